package importer

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// summaryTodo is the comment on each summary the draft leaves empty: the
// loader refuses an empty summary, so the draft does not run until the
// operator has written them.
const summaryTodo = "write a plain-language summary of this section, faithful to the article (shown by /topic)"

// YAML writes the draft as a knowledge file (see the README's "Knowledge
// file format"), with comments saying what the operator still has to do.
// from is the command that made it, for the header comment.
func (d *Draft) YAML(from string) ([]byte, error) {
	sections := seq()
	for _, s := range d.Sections {
		passages := seq()
		for _, p := range s.Passages {
			pm := mapping(
				"id", str(p.ID),
				"title", str(p.Title),
			)
			if p.Overview {
				ov := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true", LineComment: "the article's conclusion: the answer to its question in general"}
				pm.Content = append(pm.Content, str("overview"), ov)
			}
			pm.Content = append(pm.Content, str("text"), text(p.Text))
			passages.Content = append(passages.Content, pm)
		}
		summary := str("")
		summary.LineComment = summaryTodo
		sections.Content = append(sections.Content, mapping(
			"slug", str(s.Slug),
			"title", str(s.Title),
			"summary", summary,
			"passages", passages,
		))
	}
	source := str(d.Source)
	source.LineComment = "who wrote it and where it was published: shown under every passage quoted"
	article := mapping(
		"id", str(d.ID),
		"title", str(d.Title),
		"source", source,
		"sections", sections,
	)
	root := mapping("article", article)
	root.HeadComment = fmt.Sprintf("Draft made by %s.\n"+
		"Passage texts are the article's words: keep them verbatim. Check the titles\n"+
		"and ids, write each section's summary, add phrasings and example questions\n"+
		"(see the README), then check it: backpainbot knowledge lint FILE", from)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("writing the draft: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing the draft: %w", err)
	}
	return wrapFolded(b.Bytes(), wrapAt), nil
}

// wrapAt is the column the draft's passage texts wrap at, for reading.
const wrapAt = 80

// wrapFolded wraps the long lines of folded scalars (">-") between words.
// A single line break in a folded scalar reads back as a space, and the
// texts are single-spaced with no leading space, so the text is unchanged.
func wrapFolded(b []byte, width int) []byte {
	lines := strings.Split(string(b), "\n")
	var out []string
	folded := false
	for _, l := range lines {
		if !folded || len(l) <= width {
			out = append(out, l)
			folded = strings.HasSuffix(l, ": >-")
			continue
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
		cur := indent
		for _, w := range strings.Fields(l) {
			if cur != indent && len(cur)+1+len(w) > width {
				out = append(out, cur)
				cur = indent
			}
			if cur != indent {
				cur += " "
			}
			cur += w
		}
		out = append(out, cur)
		folded = false
	}
	return []byte(strings.Join(out, "\n"))
}

func seq() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// text is a passage's text: folded (">-"), so that long lines wrap in the
// file and read back as the same single-spaced text.
func text(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.FoldedStyle}
}

// mapping makes a mapping node from key, value pairs.
func mapping(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Content = append(n.Content, str(kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return n
}
