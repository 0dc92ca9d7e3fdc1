package importer

import (
	"strconv"
	"strings"

	"github.com/backpainbot/backpainbot/knowledge"
)

// maxID is the longest id or slug the loader accepts.
const maxID = 32

// name gives the draft, its sections and its passages ids from their
// titles: lowercase words and dashes, at most 32 characters, unique, and
// never one of the labels knowledge reserves for examples.
func (d *Draft) name() {
	d.ID = slug(d.Title, "article")
	slugs, ids := map[string]bool{}, map[string]bool{}
	for i := range d.Sections {
		s := &d.Sections[i]
		s.Slug = unique(slug(s.Title, "section"), slugs)
		for j := range s.Passages {
			p := &s.Passages[j]
			p.ID = unique(slug(p.Title, "passage"), ids)
		}
	}
}

// small words left out of an id when it would be too long.
var small = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "for": true, "to": true, "in": true, "on": true, "with": true, "your": true, "is": true, "part": true}

// slug makes an id from a title: ASCII letters and digits, words joined
// by dashes, cut at a word to 32 characters; fallback when none is left.
func slug(title, fallback string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	if len(strings.Join(words, "-")) > maxID {
		var kept []string
		for _, w := range words {
			if !small[w] {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			words = kept
		}
	}
	s := ""
	for _, w := range words {
		next := w
		if s != "" {
			next = s + "-" + w
		}
		if len(next) > maxID {
			if s == "" {
				s = w[:maxID]
			}
			break
		}
		s = next
	}
	if s == "" {
		return fallback
	}
	return s
}

// unique returns id, or id with a number added, so that it is not in seen
// and not a reserved label; it records the result in seen.
func unique(id string, seen map[string]bool) string {
	taken := func(s string) bool {
		return seen[s] || s == knowledge.LabelNone || knowledge.IsChatLabel(s)
	}
	out := id
	for n := 2; taken(out); n++ {
		suffix := "-" + strconv.Itoa(n)
		out = strings.TrimRight(id[:min(len(id), maxID-len(suffix))], "-") + suffix
	}
	seen[out] = true
	return out
}
