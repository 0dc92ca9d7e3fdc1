package knowledge

import (
	"bytes"
	"errors"
	"io"

	"gopkg.in/yaml.v3"
)

// rejectAliases refuses YAML aliases ("*name") in a knowledge or safety
// rules file. An alias repeats what its anchor names wherever it stands, so
// a file of a few hundred kilobytes can expand to gigabytes of strings when
// decoded; nothing in these files needs one, and text written out in full is
// what a reviewer wants to read anyway. The file is parsed into nodes, which
// keep an alias as one small reference, before anything is decoded.
func rejectAliases(name string, data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A syntax error: the decoding that follows reports it in full.
			return nil
		}
		if n := findAlias(&doc); n != nil {
			return pos{name, n.Line}.errorf("YAML alias *%s: aliases are not allowed in knowledge and safety rules files; write the text out in full", n.Value)
		}
	}
}

// findAlias returns the first alias node under n, in document order.
func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}
