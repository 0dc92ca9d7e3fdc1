package importer

import (
	"fmt"
	"strings"
)

// Source is an article's text, read as Import reads it, for checking that
// passages quote it word for word (knowledge lint --source).
type Source struct {
	text string // every block's text, single-spaced, joined by spaces
}

// ReadSource reads an article in format f.
func ReadSource(data []byte, f Format, name string) (*Source, error) {
	a, err := readArticle(data, f, name)
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, b := range a.blocks {
		texts = append(texts, b.text)
	}
	return &Source{text: strings.Join(texts, " ")}, nil
}

// Quotes reports whether text is in the source word for word (white space
// aside). When it is not, diff says where it stops matching: the last
// words that do, and the word that does not.
func (s *Source) Quotes(text string) (ok bool, diff string) {
	text = collapse(text)
	if strings.Contains(s.text, text) {
		return true, ""
	}
	words := strings.Fields(text)
	n := 0 // the longest run of opening words found in the source
	for n < len(words) && strings.Contains(s.text, strings.Join(words[:n+1], " ")) {
		n++
	}
	if n == 0 {
		return false, fmt.Sprintf("its first word %q is not in the source", words[0])
	}
	return false, fmt.Sprintf("it follows the source up to %q, then has %q", clipStart(strings.Join(words[:n], " "), 40), words[n])
}

// clipStart keeps the end of s, at most n bytes, at a word.
func clipStart(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[len(s)-n:]
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return "…" + s
}

// readArticle reads data in format f into a page (only HTML gives it a
// title and address); name is the file's, for errors. Import and
// ReadSource read articles alike through it.
func readArticle(data []byte, f Format, name string) (page, error) {
	switch f {
	case Text:
		return page{blocks: readText(string(data))}, nil
	case Markdown:
		return page{blocks: readMarkdown(string(data))}, nil
	case HTML:
		p, err := readHTML(data)
		if err != nil {
			return page{}, fmt.Errorf("%s: reading HTML: %w", name, err)
		}
		return p, nil
	}
	return page{}, fmt.Errorf("unknown format %q: want text, markdown or html", f)
}
