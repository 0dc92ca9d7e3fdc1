package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// configSetting is one key of a config file: a flag's name and its value.
type configSetting struct {
	key   string // as written
	name  string // the flag's name
	value string
	line  int
}

// configFile is a config file's settings, in the file's order.
type configFile struct {
	path     string
	settings []configSetting
}

// readConfig reads a YAML file of flag-name keys. A token or a database
// URL is an error: secrets come only from the environment.
func readConfig(path string) (*configFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		return nil, fmt.Errorf("config: %s: %v", path, err)
	}
	cf := &configFile{path: path}
	if len(doc.Content) == 0 {
		return cf, nil // an empty file sets nothing
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config: %s:%d: want a mapping of setting: value", path, m.Line)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		name := strings.ReplaceAll(k.Value, "_", "-")
		switch {
		case strings.Contains(name, "token"):
			return nil, fmt.Errorf("config: %s:%d: %s: the token is read only from DISCORD_TOKEN or DISCORD_TOKEN_FILE", path, k.Line, k.Value)
		case strings.Contains(name, "database-url") && name != "database-url-file" || strings.Contains(name, "password"):
			return nil, fmt.Errorf("config: %s:%d: %s: the database URL is read only from %s, or the file database-url-file names", path, k.Line, k.Value, envDatabaseURL)
		case name == "config":
			return nil, fmt.Errorf("config: %s:%d: config files do not nest", path, k.Line)
		}
		val := v.Value
		if v.Kind == yaml.SequenceNode { // channels: [1, 2]
			var parts []string
			for _, c := range v.Content {
				parts = append(parts, c.Value)
			}
			val = strings.Join(parts, ",")
		} else if v.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("config: %s:%d: %s: want a value or a list", path, v.Line, k.Value)
		}
		cf.settings = append(cf.settings, configSetting{key: k.Value, name: name, value: val, line: v.Line})
	}
	return cf, nil
}

// apply sets the flags of fs the file names, except those given on the
// command line. With all, fs must have every setting of the file: a name
// it lacks is an unknown setting; without, fs is one command's flags, and
// the settings of other commands are left to them.
func (cf *configFile) apply(fs *flag.FlagSet, given map[string]bool, all bool) error {
	for _, s := range cf.settings {
		switch {
		case fs.Lookup(s.name) == nil && all:
			return fmt.Errorf("config: %s:%d: unknown setting %q", cf.path, s.line, s.key)
		case fs.Lookup(s.name) == nil, given[s.name]:
			continue // another command's, or the command line wins
		}
		if err := fs.Set(s.name, s.value); err != nil {
			if want := wantValue(fs.Lookup(s.name)); want != "" {
				return usagef("config: %s:%d: %s: %s, not %q", cf.path, s.line, s.key, want, s.value)
			}
			return usagef("config: %s:%d: %s: %v", cf.path, s.line, s.key, err)
		}
	}
	return nil
}
