package knowledge

import (
	"errors"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Example is one way people ask something: a message labelled with the
// passage that answers it, or with what kind of message it is when no
// passage does. Examples train the question model; they are never shown.
type Example struct {
	Text  string
	Label string // a passage id, or LabelNone, LabelGreeting, LabelThanks or LabelHelp
	File  string
	Line  int
}

// The labels of examples that no passage answers. They are reserved: no
// passage may take one of them as its id.
const (
	LabelNone     = "none"     // the articles do not answer it: "I don't know"
	LabelGreeting = "greeting" // "hi", "good morning bot"
	LabelThanks   = "thanks"   // "thanks, that helped"
	LabelHelp     = "help"     // "what can you do?"
)

// IsChatLabel reports whether label is one of the small talk labels, whose
// reply says what the bot can do instead of quoting a passage.
func IsChatLabel(label string) bool {
	return label == LabelGreeting || label == LabelThanks || label == LabelHelp
}

func reservedLabel(id string) bool { return id == LabelNone || IsChatLabel(id) }

// MaxExampleLen is the longest example accepted, in characters: a Discord
// message with Nitro.
const MaxExampleLen = 4000

// examplesYAML is the examples part of a knowledge file:
//
//	examples:        # passage id → messages that passage answers
//	  posture: ["how do I stop slouching at my desk"]
//	out_of_scope:    # messages no passage answers
//	  - "what mattress is best for a bad back?"
//	chat:            # small talk
//	  greeting: [hi]
//	  thanks: [ty that helped]
//	  help: [what can you do]
type examplesYAML struct {
	Examples   yaml.Node `yaml:"examples"`
	OutOfScope yaml.Node `yaml:"out_of_scope"`
	Chat       yaml.Node `yaml:"chat"`
}

// readExamples collects the examples of one file. Passage ids are checked
// once every file is loaded (checkExamples).
func readExamples(file string, y examplesYAML) ([]Example, error) {
	var out []Example
	var errs []error // every mistake, for lint; loading stops at any
	add := func(label string, list *yaml.Node, key string) error {
		if list.Kind != yaml.SequenceNode {
			return pos{file, list.Line}.errorf("%s: want a list of messages", key)
		}
		for _, item := range list.Content {
			if err := checkExample(file, item, key); err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, Example{Text: strings.TrimSpace(item.Value), Label: label, File: file, Line: item.Line})
		}
		return nil
	}
	mapping := func(n *yaml.Node, key string, each func(k *yaml.Node, v *yaml.Node) error) error {
		if n.Kind == 0 || n.ShortTag() == "!!null" {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			want := "passage ids, each with a list of messages"
			if key == "chat" {
				want = "greeting, thanks or help, each with a list of messages"
			}
			return pos{file, n.Line}.errorf("%s: want %s", key, want)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := each(n.Content[i], n.Content[i+1]); err != nil {
				errs = append(errs, err)
			}
		}
		return nil
	}
	err := mapping(&y.Examples, "examples", func(k, v *yaml.Node) error {
		if reservedLabel(k.Value) {
			return pos{file, k.Line}.errorf("examples: %q is not a passage id; put such messages under out_of_scope or chat", k.Value)
		}
		return add(k.Value, v, "examples: "+k.Value)
	})
	errs = append(errs, err)
	if y.OutOfScope.Kind != 0 {
		errs = append(errs, add(LabelNone, &y.OutOfScope, "out_of_scope"))
	}
	errs = append(errs, mapping(&y.Chat, "chat", func(k, v *yaml.Node) error {
		if !IsChatLabel(k.Value) {
			return pos{file, k.Line}.errorf("chat: unknown kind %q, want greeting, thanks or help", k.Value)
		}
		return add(k.Value, v, "chat: "+k.Value)
	}))
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// checkExample checks one example message of the list key.
func checkExample(file string, item *yaml.Node, key string) error {
	if item.Kind != yaml.ScalarNode {
		return pos{file, item.Line}.errorf("%s: each example is one message: text, not a list or keys", key)
	}
	text := strings.TrimSpace(item.Value)
	if text == "" {
		return pos{file, item.Line}.errorf("%s: empty example", key)
	}
	if n := utf8.RuneCountInString(text); n > MaxExampleLen {
		return pos{file, item.Line}.errorf("%s: example is %d characters, at most %d", key, n, MaxExampleLen)
	}
	return nil
}

// checkExamples checks the examples of every file against the passages:
// each names a passage that exists, and no message is given two labels.
func (k *Knowledge) checkExamples() error {
	seen := map[string]Example{}
	for _, e := range k.Examples {
		if !reservedLabel(e.Label) && k.passages[e.Label] == nil {
			return pos{e.File, e.Line}.errorf("examples: no passage has the id %q", e.Label)
		}
		key := ExampleKey(e.Text)
		if prev, ok := seen[key]; ok {
			if prev.Label != e.Label {
				return pos{e.File, e.Line}.errorf("example %q is also labelled %q at %s; give each message one label", clip(e.Text, 60), prev.Label, where(prev.File, prev.Line))
			}
			return pos{e.File, e.Line}.errorf("example %q is given twice (also at %s)", clip(e.Text, 60), where(prev.File, prev.Line))
		}
		seen[key] = e
	}
	return nil
}

// ExampleKey is an example's text as compared for duplicates: lowercase,
// letters and digits only (or the text itself when it has none: "?").
func ExampleKey(s string) string {
	k := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	}), " ")
	if k == "" {
		return s
	}
	return k
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
