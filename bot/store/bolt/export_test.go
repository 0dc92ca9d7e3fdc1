package bolt

// SchemaVersion is the schema version this package writes.
var SchemaVersion = len(migrations)
