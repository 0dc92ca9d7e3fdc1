package knowledge

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// SafetyExample is one labelled message the learned safety detector is
// trained on: how people write a red flag, a crisis, a question about
// warning signs, or something that only looks like one of them.
type SafetyExample struct {
	Text string
	// Previous is the same person's message before Text, for a red flag
	// told over two messages ("I slipped on the stairs", then "forgot to
	// say I have osteoporosis"); Level is then the level of the pair.
	Previous string
	Level    string // LevelEmergency, LevelSameDay, LevelSoon, SafetyCrisis, SafetySigns or SafetyNone
	Flag     string // what it is an example of ("bladder", "passive", "trap-figure"), for people and reports
	File     string
	Line     int
}

// The levels of safety examples beyond the urgency levels.
const (
	SafetyCrisis = "crisis" // the crisis reply
	SafetySigns  = "signs"  // a question about warning signs, not a red flag
	SafetyNone   = "none"   // nothing to flag, whatever it looks like
)

// SafetyLevels are the levels of safety examples, most urgent first.
var SafetyLevels = []string{SafetyCrisis, LevelEmergency, LevelSameDay, LevelSoon, SafetySigns, SafetyNone}

// The embedded default safety examples, written for the red flags and
// crisis of ../shared/SAFETY.md by several independent writers.
//
//go:embed rules/safety-examples.yaml
var defaultSafetyExamples []byte

const safetyExamplesFile = "rules/safety-examples.yaml"

// DefaultSafetyExamples returns the embedded default safety examples.
func DefaultSafetyExamples() ([]SafetyExample, error) {
	return parseSafetyExamples(safetyExamplesFile, defaultSafetyExamples)
}

// LoadSafetyExamples loads an operator's safety examples file, which
// replaces the embedded default whole.
func LoadSafetyExamples(path string) ([]SafetyExample, error) {
	f, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return parseSafetyExamples(f.name, f.data)
}

// safetyExamplesYAML is the file:
//
//	examples:
//	  emergency:                 # a level of SafetyLevels
//	    bladder:                 # a flag: any name, for people
//	      - "cant pee since this morning and my back is agony"
//	      - previous: "back went at work yesterday"
//	        text: "now i cant really feel the toilet seat"
type safetyExamplesYAML struct {
	Examples yaml.Node `yaml:"examples"`
}

func parseSafetyExamples(name string, data []byte) ([]SafetyExample, error) {
	var y safetyExamplesYAML
	if _, err := decodeStrict(name, data, &y, "a safety examples file"); err != nil {
		return nil, err
	}
	errorf := func(line int, format string, args ...any) error {
		return fmt.Errorf("knowledge: %s: %s", where(name, line), fmt.Sprintf(format, args...))
	}
	levels := &y.Examples
	if levels.Kind != yaml.MappingNode {
		return nil, errorf(levels.Line, "examples must map levels (%s) to flags", strings.Join(SafetyLevels, ", "))
	}
	var out []SafetyExample
	seen := map[string]int{}
	for i := 0; i+1 < len(levels.Content); i += 2 {
		level, flags := levels.Content[i], levels.Content[i+1]
		if !isSafetyLevel(level.Value) {
			return nil, errorf(level.Line, "unknown level %q: want one of %s", level.Value, strings.Join(SafetyLevels, ", "))
		}
		if flags.Kind != yaml.MappingNode {
			return nil, errorf(flags.Line, "level %s must map flags to lists of messages", level.Value)
		}
		for j := 0; j+1 < len(flags.Content); j += 2 {
			flag, items := flags.Content[j], flags.Content[j+1]
			if items.Kind != yaml.SequenceNode {
				return nil, errorf(items.Line, "%s/%s must be a list of messages", level.Value, flag.Value)
			}
			for _, item := range items.Content {
				e, err := safetyExample(item)
				if err != nil {
					return nil, errorf(item.Line, "%s/%s: %v", level.Value, flag.Value, err)
				}
				e.Level, e.Flag, e.File, e.Line = level.Value, flag.Value, name, item.Line
				key := strings.ToLower(e.Previous + "\n" + e.Text)
				if first, dup := seen[key]; dup {
					return nil, errorf(item.Line, "the same message as line %d", first)
				}
				seen[key] = item.Line
				out = append(out, e)
			}
		}
	}
	if len(out) == 0 {
		return nil, errorf(levels.Line, "no examples")
	}
	return out, nil
}

// safetyExample reads one item: a message, or a mapping with text and
// previous.
func safetyExample(n *yaml.Node) (SafetyExample, error) {
	var e SafetyExample
	switch n.Kind {
	case yaml.ScalarNode:
		e.Text = n.Value
	case yaml.MappingNode:
		var two struct {
			Previous string `yaml:"previous"`
			Text     string `yaml:"text"`
		}
		if err := n.Decode(&two); err != nil {
			return e, errors.New("want a message, or a mapping of previous and text")
		}
		for k := 0; k < len(n.Content); k += 2 {
			if key := n.Content[k].Value; key != "previous" && key != "text" {
				return e, fmt.Errorf("unknown field %q: want previous and text", key)
			}
		}
		e.Text, e.Previous = two.Text, two.Previous
	default:
		return e, errors.New("want a message, or a mapping of previous and text")
	}
	e.Text, e.Previous = strings.TrimSpace(e.Text), strings.TrimSpace(e.Previous)
	switch {
	case e.Text == "":
		return e, errors.New("empty message")
	case !utf8.ValidString(e.Text + e.Previous):
		return e, errors.New("not valid UTF-8")
	case utf8.RuneCountInString(e.Text) > MaxExampleLen || utf8.RuneCountInString(e.Previous) > MaxExampleLen:
		return e, fmt.Errorf("longer than %d characters", MaxExampleLen)
	}
	return e, nil
}

func isSafetyLevel(l string) bool {
	for _, s := range SafetyLevels {
		if l == s {
			return true
		}
	}
	return false
}
