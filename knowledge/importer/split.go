package importer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// split splits every passage too long for one Discord message into parts
// at sentence ends, each within knowledge.MaxPassageLen: the parts, joined
// with a space, are the passage's text, so each stays word for word.
func (d *Draft) split() {
	for i := range d.Sections {
		s := &d.Sections[i]
		var out []Passage
		for _, p := range s.Passages {
			parts := splitText(p.Text, knowledge.MaxPassageLen)
			if len(parts) == 1 {
				out = append(out, p)
				continue
			}
			for j, t := range parts {
				suffix := fmt.Sprintf(" (part %d)", j+1)
				title := clipWords(p.Title, knowledge.MaxTitleLen-utf8.RuneCountInString(suffix)) + suffix
				out = append(out, Passage{Title: title, Text: t, Overview: p.Overview && j == 0})
			}
		}
		s.Passages = out
	}
}

// sentenceEnd matches the end of a sentence and the space after it; the
// next sentence must start with a capital, a digit or an opening mark.
var sentenceEnd = regexp.MustCompile(`[.!?…]["'”’)\]]* +`)

// sentences splits text (single-spaced) after each sentence end; the parts
// concatenated are text.
func sentences(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(text, -1) {
		r, _ := utf8.DecodeRuneInString(text[m[1]:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'“‘(`, r) {
			continue
		}
		out = append(out, text[start:m[1]])
		start = m[1]
	}
	return append(out, text[start:])
}

// splitText packs whole sentences into parts of at most max (as
// knowledge.PassageLen counts); a sentence longer than max alone is split
// between words. The parts are trimmed; joined with spaces they are text.
func splitText(text string, max int) []string {
	if knowledge.PassageLen(text) <= max {
		return []string{text}
	}
	var pieces []string
	for _, s := range sentences(text) {
		if knowledge.PassageLen(strings.TrimSpace(s)) <= max {
			pieces = append(pieces, s)
			continue
		}
		pieces = append(pieces, strings.SplitAfter(s, " ")...) // a run-on sentence: by words
	}
	var parts []string
	cur := ""
	for _, p := range pieces {
		if cur != "" && knowledge.PassageLen(strings.TrimSpace(cur+p)) > max {
			parts = append(parts, strings.TrimSpace(cur))
			cur = ""
		}
		cur += p
	}
	if strings.TrimSpace(cur) != "" {
		parts = append(parts, strings.TrimSpace(cur))
	}
	return parts
}
