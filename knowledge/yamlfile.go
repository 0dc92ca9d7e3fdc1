package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The YAML schema. Unknown fields are errors (checkShape), so a typo in a
// key is reported instead of silently dropping content.
type fileYAML struct {
	Disclaimer   *string      `yaml:"disclaimer"`
	DontKnow     *string      `yaml:"dont_know"`
	Synonyms     [][]string   `yaml:"synonyms"`
	Article      *articleYAML `yaml:"article"`
	examplesYAML `yaml:",inline"`
	root         *yaml.Node // for line numbers
}

type articleYAML struct {
	ID       string        `yaml:"id"`
	Title    string        `yaml:"title"`
	Source   string        `yaml:"source"`
	Sections []sectionYAML `yaml:"sections"`
}

type sectionYAML struct {
	Slug     string        `yaml:"slug"`
	Title    string        `yaml:"title"`
	Summary  string        `yaml:"summary"`
	Passages []passageYAML `yaml:"passages"`
}

type passageYAML struct {
	ID        string   `yaml:"id"`
	Title     string   `yaml:"title"`
	Text      string   `yaml:"text"`
	Phrasings []string `yaml:"phrasings"`
	Overview  bool     `yaml:"overview"`
}

func parse(f namedData) (*fileYAML, error) {
	var ff fileYAML
	root, err := decodeStrict(f.name, f.data, &ff, "a knowledge file")
	var fe *FileError
	if ext := strings.ToLower(filepath.Ext(f.name)); errors.As(err, &fe) && ext != ".yaml" && ext != ".yml" &&
		(strings.HasPrefix(fe.Problem, "not valid YAML") || strings.HasPrefix(fe.Problem, "not a knowledge file")) {
		// Most likely an article given where its YAML draft belongs.
		fe.Problem += "; knowledge files are YAML: make one from an article with 'backpainbot knowledge import " + filepath.Base(f.name) + "'"
	}
	if err != nil {
		return nil, err
	}
	ff.root = root
	return &ff, nil
}

// DecodeYAML decodes the one YAML document in data, read from the file
// name, into v (a pointer to a struct with yaml tags) as knowledge files
// are read: unknown keys, aliases and a second document are refused, and
// every mistake is a *FileError with its line, in operator words, never
// a Go type name; kind names what the file should be ("a settings
// file"). It returns the document's top node, for the lines of later
// checks. Other files backpainbot reads (settings import) use it too.
func DecodeYAML(name string, data []byte, v any, kind string) (*yaml.Node, error) {
	return decodeStrict(name, data, v, kind)
}

// decodeStrict decodes the one YAML document of a knowledge or safety rules
// file into v, which must be a pointer to a struct, and returns the
// document's root node for line numbers. Every error is a *FileError in the
// operator's words: aliases, syntax, a shape that does not match v (kind
// says what the file should be), an empty file, a second document.
func decodeStrict(name string, data []byte, v any, kind string) (*yaml.Node, error) {
	if err := rejectAliases(name, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, pos{name, 0}.errorf("file is empty")
	} else if err != nil {
		return nil, yamlError(name, err)
	}
	// Decode reads one document: a second one ("---") would be dropped
	// without a word, so it is an error. An empty one is harmless.
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, yamlError(name, err)
		}
		if len(next.Content) != 1 || next.Content[0].ShortTag() != "!!null" {
			return nil, pos{name, next.Line}.errorf("a second YAML document; put each article in a file of its own")
		}
	}
	var root *yaml.Node
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	if root == nil || root.ShortTag() == "!!null" {
		return nil, pos{name, 0}.errorf("file is empty")
	}
	if err := checkFileShape(name, root, reflect.TypeOf(v).Elem(), kind); err != nil {
		return nil, err
	}
	if err := root.Decode(v); err != nil {
		// checkFileShape accepts what decodes, but for values that read
		// themselves (a phrase): their errors are about the value.
		line, msg := yamlErrLine(err)
		return nil, pos{name, line}.errorf("%s", msg)
	}
	return root, nil
}

// yamlError is a yaml.v3 syntax error as a FileError: "file.yaml:3: not
// valid YAML: ...".
func yamlError(name string, err error) error {
	line, msg := yamlErrLine(err)
	return pos{name, line}.errorf("not valid YAML: %s", msg)
}

// yamlErrLine splits a yaml.v3 error into its line (0 when it names none)
// and what it says.
func yamlErrLine(err error) (int, string) {
	msg := yamlErr(err)
	if l, rest, ok := strings.Cut(msg, ": "); ok {
		if n, convErr := strconv.Atoi(l); convErr == nil {
			return n, rest
		}
	}
	return 0, msg
}

// yamlErr turns yaml.v3's "yaml: line 3: ..." and "yaml: unmarshal
// errors:\n  line 5: field x not found in type ..." into "3: ...", so that
// errors read "file.yaml:3: ...".
var yamlLinePattern = regexp.MustCompile(`line (\d+): ([^\n]*)`)

func yamlErr(err error) string {
	ms := yamlLinePattern.FindAllStringSubmatch(err.Error(), -1)
	if ms == nil {
		return strings.TrimPrefix(err.Error(), "yaml: ")
	}
	var parts []string
	for i, m := range ms {
		msg := m[2]
		if f, _, ok := strings.Cut(msg, " not found in type "); ok {
			msg = "unknown " + f
		}
		if i == 0 {
			parts = append(parts, m[1]+": "+msg)
		} else {
			parts = append(parts, "line "+m[1]+": "+msg)
		}
	}
	return strings.Join(parts, "; ")
}

// line returns the line of a top-level key, or 0.
func (f *fileYAML) line(key string) int {
	if n := child(f.root, key); n != nil {
		return n.Line
	}
	return 0
}

// itemLine returns the line of the i-th item of a top-level list.
func (f *fileYAML) itemLine(key string, i int) int {
	if n := child(f.root, key); n != nil && i < len(n.Content) {
		return n.Content[i].Line
	}
	return 0
}

// nodeAt walks a path of map keys (string) and list indexes (int).
func nodeAt(n *yaml.Node, p ...any) *yaml.Node {
	for _, step := range p {
		if n == nil {
			return nil
		}
		switch s := step.(type) {
		case string:
			n = child(n, s)
		case int:
			if n.Kind != yaml.SequenceNode || s >= len(n.Content) {
				return nil
			}
			n = n.Content[s]
		}
	}
	return n
}

func child(n *yaml.Node, key string) *yaml.Node {
	_, v := YAMLKey(n, key)
	return v
}

// YAMLKey finds key in the mapping n (or in the mapping a document n
// holds) and returns its key and value nodes, for the line of a mistake;
// nil, nil when n has no such key.
func YAMLKey(n *yaml.Node, key string) (k, v *yaml.Node) {
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i], n.Content[i+1]
		}
	}
	return nil, nil
}

func lineOf(root *yaml.Node, p ...any) int {
	if n := nodeAt(root, p...); n != nil {
		return n.Line
	}
	return 0
}

func where(file string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return file
}
