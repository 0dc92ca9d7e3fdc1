package postgres

// SchemaVersions returns the versions of the embedded migrations.
func SchemaVersions() []int {
	ms, err := migrations()
	if err != nil {
		panic(err)
	}
	var vs []int
	for _, m := range ms {
		vs = append(vs, m.version)
	}
	return vs
}
