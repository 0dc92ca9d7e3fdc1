package cli

import "github.com/backpainbot/backpainbot/bot/store"

// ParseSettingsFile exposes the settings file's parser to the fuzz target:
// the settings of every server in data, or an error.
func ParseSettingsFile(data []byte) (map[string]store.Settings, error) {
	f, err := parseSettingsFile("fuzz.yaml", data)
	if err != nil {
		return nil, err
	}
	out := map[string]store.Settings{}
	for g, y := range f.Servers {
		s, _, err := y.settings()
		if err != nil {
			return nil, err
		}
		out[g] = s
	}
	return out, nil
}
