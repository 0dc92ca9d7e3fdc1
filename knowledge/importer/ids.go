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
	slugs, passages := newIDs(), newIDs()
	for i := range d.Sections {
		s := &d.Sections[i]
		s.Slug = slugs.unique(slug(s.Title, "section"))
		for j := range s.Passages {
			p := &s.Passages[j]
			p.ID = passages.unique(slug(p.Title, "passage"))
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

// ids hands out unique ids: an id, or the id with a number added, never
// one handed out before or a reserved label.
type ids struct {
	seen map[string]bool
	next map[string]int // the next number to try after a base id
}

func newIDs() *ids { return &ids{seen: map[string]bool{}, next: map[string]int{}} }

func (u *ids) unique(id string) string {
	taken := func(s string) bool {
		return u.seen[s] || s == knowledge.LabelNone || knowledge.IsChatLabel(s)
	}
	out := id
	n := max(u.next[id], 2)
	for taken(out) {
		suffix := "-" + strconv.Itoa(n)
		out = strings.TrimRight(id[:min(len(id), maxID-len(suffix))], "-") + suffix
		n++
	}
	u.next[id] = n
	u.seen[out] = true
	return out
}
