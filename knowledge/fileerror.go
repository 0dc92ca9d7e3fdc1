package knowledge

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileError is a mistake in a knowledge or safety rules file: where it is
// and, in the operator's words, what to fix. Every load error names one,
// so that a tool (knowledge lint) can report it as file:line.
type FileError struct {
	File    string
	Line    int // 0 when the mistake is the whole file
	Problem string
}

func (e *FileError) Error() string { return "knowledge: " + where(e.File, e.Line) + ": " + e.Problem }

// pos is a place in a file, for errors.
type pos struct {
	file string
	line int
}

func (p pos) String() string { return where(p.file, p.line) }

func (p pos) errorf(format string, args ...any) error {
	return &FileError{File: p.file, Line: p.line, Problem: fmt.Sprintf(format, args...)}
}

// checkFileShape checks the shape of a whole file (see checkShape); kind
// names what the file should be ("a knowledge file").
func checkFileShape(file string, root *yaml.Node, t reflect.Type, kind string) error {
	if root == nil || root.ShortTag() == "!!null" {
		return nil
	}
	fields := yamlFields(t)
	if root.Kind != yaml.MappingNode {
		return pos{file, root.Line}.errorf("not %s: want YAML keys such as %s at the top level, found %s", kind, keyList(fields), shapeName(root))
	}
	if len(root.Content) == 0 {
		return nil // {}: nothing in it, as an empty file
	}
	known := false
	for i := 0; i < len(root.Content); i += 2 {
		_, ok := fields[root.Content[i].Value]
		known = known || ok
	}
	if !known {
		return pos{file, root.Line}.errorf("not %s: want YAML keys such as %s at the top level, found %s", kind, keyList(fields), shapeName(root.Content[0]))
	}
	return checkShape(file, root, t, "")
}

var unmarshaler = reflect.TypeOf((*yaml.Unmarshaler)(nil)).Elem()

// checkShape compares a parsed YAML document with the Go value it is about
// to be decoded into, and reports the first place where the two disagree in
// operator words ("article: want keys such as id, title, source and
// sections, found a list"), where yaml.v3 would name Go types
// ("cannot unmarshal !!seq into knowledge.articleYAML"). A yaml.Node field
// takes any shape: its reader checks it.
func checkShape(file string, n *yaml.Node, t reflect.Type, what string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n == nil || n.ShortTag() == "!!null" || t == reflect.TypeOf(yaml.Node{}) || reflect.PointerTo(t).Implements(unmarshaler) {
		return nil // a type that reads itself checks its own shape
	}
	at := pos{file, n.Line}
	switch t.Kind() {
	case reflect.Struct:
		fields := yamlFields(t)
		if n.Kind != yaml.MappingNode {
			return at.errorf("%s: want keys such as %s, found %s", what, keyList(fields), shapeName(n))
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok && what == "" {
				return pos{file, k.Line}.errorf("unknown field %s at the top level; the fields are %s", k.Value, keyList(fields))
			}
			if !ok {
				return pos{file, k.Line}.errorf("%s: unknown field %s; the fields are %s", what, k.Value, keyList(fields))
			}
			if err := checkShape(file, v, ft, fieldWhat(what, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return at.errorf("%s: want keys and values, found %s", what, shapeName(n))
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := checkShape(file, n.Content[i+1], t.Elem(), fieldWhat(what, n.Content[i].Value)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return at.errorf("%s: want a list (lines starting with \"- \"), found %s", what, shapeName(n))
		}
		for i, c := range n.Content {
			if err := checkShape(file, c, t.Elem(), itemWhat(what, i)); err != nil {
				return err
			}
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return at.errorf("%s: want text, found %s", what, shapeName(n))
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			return at.errorf("%s: want true or false, found %s", what, shapeName(n))
		}
	case reflect.Int, reflect.Int64, reflect.Float64:
		if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!int" && n.ShortTag() != "!!float") {
			return at.errorf("%s: want a number, found %s", what, shapeName(n))
		}
	}
	return nil
}

// yamlFields maps the YAML keys of a struct to their types, inline
// structs included.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case tag == "-" || (tag == "" && !f.IsExported()):
		case opts == "inline":
			for k, v := range yamlFields(f.Type) {
				out[k] = v
			}
		case name != "":
			out[name] = f.Type
		}
	}
	return out
}

// keyList lists a struct's keys in a stable, readable order.
func keyList(fields map[string]reflect.Type) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// fieldWhat names a field for errors: "article", "section 2: passages".
func fieldWhat(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + ": " + key
}

// itemWhat names the i-th item of a list for errors, with the item it is
// in: "section 2, passage 1" for the first of "section 2: passages".
func itemWhat(list string, i int) string {
	parent, name := "", list
	if j := strings.LastIndex(list, ": "); j >= 0 {
		parent, name = list[:j], list[j+2:]
	}
	if strings.HasSuffix(name, "s") && len(name) > 1 {
		name = name[:len(name)-1]
	} else {
		name += " item"
	}
	name = fmt.Sprintf("%s %d", name, i+1)
	if parent != "" && parent[len(parent)-1] >= '0' && parent[len(parent)-1] <= '9' {
		return parent + ", " + name
	}
	return name
}

// shapeName says what a node is, in words.
func shapeName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "keys and values"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", clip(strings.Join(strings.Fields(n.Value), " "), 30))
	}
	return "something else"
}
