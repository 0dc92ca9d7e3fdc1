package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
)

// Knowledge is a loaded, validated set of articles with the shared wording.
// It is immutable after loading and safe for concurrent use.
type Knowledge struct {
	Articles   []*Article
	Synonyms   []SynonymGroup
	Disclaimer string // appended to every reply; never empty
	DontKnow   string // the first line of an honest "I don't know"
	// Examples are the ways people ask, labelled: they train the question
	// model. Knowledge without them is answered by search alone.
	Examples []Example

	passages map[string]*Passage
	sections map[string]*Section
}

// Article is one source text, split into sections in reading order.
type Article struct {
	ID       string
	Title    string
	Source   string // attribution shown under every passage quoted from it
	File     string // where it was loaded from, for error messages
	Sections []*Section
	// Overview is the passage that answers the article's question as a
	// whole (its conclusion), or nil: the answer to a question about the
	// article's subject in general ("is massage worth it for back pain?").
	Overview *Passage
}

// Section is a part of an article; its Slug names it in the /topic command.
type Section struct {
	Slug     string
	Title    string
	Summary  string // plain-language summary, faithful to the article
	Passages []*Passage
	Article  *Article
}

// Passage is a paragraph or a numbered item, quoted verbatim.
type Passage struct {
	ID        string
	Title     string
	Text      string   // verbatim from the article
	Phrasings []string // optional ways people ask about it; searched, never shown
	Section   *Section
	Line      int // where it starts in Section.Article.File, for messages
}

// SynonymGroup lists terms that mean the same thing to the people asking.
// The first term is the article's own word.
type SynonymGroup struct {
	Terms []string
	File  string
	Line  int
}

// Where returns "file:line" for error messages.
func (g SynonymGroup) Where() string { return where(g.File, g.Line) }

// Passage returns the passage with the given id, or nil.
func (k *Knowledge) Passage(id string) *Passage { return k.passages[id] }

// Section returns the section with the given slug, or nil.
func (k *Knowledge) Section(slug string) *Section { return k.sections[strings.ToLower(slug)] }

// Passages returns every passage in reading order, article by article.
func (k *Knowledge) Passages() []*Passage {
	var ps []*Passage
	for _, a := range k.Articles {
		for _, s := range a.Sections {
			ps = append(ps, s.Passages...)
		}
	}
	return ps
}

// Sections returns every section in reading order, article by article.
func (k *Knowledge) Sections() []*Section {
	var ss []*Section
	for _, a := range k.Articles {
		ss = append(ss, a.Sections...)
	}
	return ss
}

// Fingerprint is a hash of everything that goes into a search index and
// the question model: the passages, their titles and phrasings, their
// section's title and summary (indexed with each passage), the synonyms
// and the examples. Two knowledges with the same fingerprint index and
// train identically.
func (k *Knowledge) Fingerprint() string {
	type p struct {
		ID, Article, Section, Title, Text string
		Phrasings                         []string
		SectionTitle, Summary             string
	}
	var v struct {
		Passages []p
		Synonyms [][]string
		Examples [][2]string
	}
	for _, ps := range k.Passages() {
		v.Passages = append(v.Passages, p{ps.ID, ps.Section.Article.ID, ps.Section.Slug, ps.Title, ps.Text, ps.Phrasings, ps.Section.Title, ps.Section.Summary})
	}
	for _, g := range k.Synonyms {
		v.Synonyms = append(v.Synonyms, g.Terms)
	}
	for _, e := range k.Examples {
		v.Examples = append(v.Examples, [2]string{e.Label, e.Text})
	}
	b, _ := json.Marshal(v) // cannot fail: only strings and slices
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
