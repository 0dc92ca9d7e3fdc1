package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// applyConfig sets, from a YAML file of flag-name keys, every flag that was
// not given on the command line. Unknown keys are errors, and so is a token:
// secrets come only from the environment.
func applyConfig(fs *flag.FlagSet, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		return fmt.Errorf("config: %s: %v", path, err)
	}
	if len(doc.Content) == 0 {
		return nil // an empty file sets nothing
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return fmt.Errorf("config: %s:%d: want a mapping of setting: value", path, m.Line)
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		name := strings.ReplaceAll(k.Value, "_", "-")
		switch {
		case strings.Contains(name, "token"):
			return fmt.Errorf("config: %s:%d: %s: the token is read only from DISCORD_TOKEN or DISCORD_TOKEN_FILE", path, k.Line, k.Value)
		case strings.Contains(name, "database-url") && name != "database-url-file" || strings.Contains(name, "password"):
			return fmt.Errorf("config: %s:%d: %s: the database URL is read only from %s, or the file database-url-file names", path, k.Line, k.Value, envDatabaseURL)
		case name == "config":
			return fmt.Errorf("config: %s:%d: config files do not nest", path, k.Line)
		case fs.Lookup(name) == nil:
			return fmt.Errorf("config: %s:%d: unknown setting %q", path, k.Line, k.Value)
		case given[name]:
			continue // the command line wins
		}
		val := v.Value
		if v.Kind == yaml.SequenceNode { // channels: [1, 2]
			var parts []string
			for _, c := range v.Content {
				parts = append(parts, c.Value)
			}
			val = strings.Join(parts, ",")
		} else if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("config: %s:%d: %s: want a value or a list", path, v.Line, k.Value)
		}
		if err := fs.Set(name, val); err != nil {
			return fmt.Errorf("config: %s:%d: %s: %v", path, v.Line, k.Value, err)
		}
	}
	return nil
}
