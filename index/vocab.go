package index

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/backpainbot/backpainbot/knowledge"
)

// synonymSet is the knowledge's synonym groups after analysis.
type synonymSet struct {
	// defs are the single-word terms of each group with at least two
	// distinct stems: what Bleve's synonym support expands.
	defs [][]string
	// groups holds each group's stems, for the answering evidence.
	groups [][]string
	// phrases are multi-word terms, rewritten to their group's first
	// single-word term before searching.
	phrases []phrase
}

type phrase struct {
	tokens    []string // analysed
	canonical string   // a stem
	word      string   // the canonical's surface form
}

// synonyms analyses and validates the synonym groups. Bleve silently drops a
// synonym that is not exactly one token after analysis, and a synonym source
// left with no usable pair fails every query, so both are checked here and
// reported with the group's file and line.
func (ix *Index) synonyms(groups []knowledge.SynonymGroup) (synonymSet, error) {
	var s synonymSet
	for _, g := range groups {
		var single, stems []string
		var canonical, word string
		var phrases [][]string
		seen := map[string]bool{}
		for _, term := range g.Terms {
			ts := ix.stem.Analyze([]byte(term))
			switch len(ts) {
			case 0:
				return s, fmt.Errorf("index: knowledge: %s: synonym %q has no searchable word (only stop words or punctuation)", g.Where(), term)
			case 1:
				st := string(ts[0].Term)
				if canonical == "" {
					canonical, word = st, strings.ToLower(term)
				}
				if !seen[st] {
					seen[st] = true
					single = append(single, strings.ToLower(term))
					stems = append(stems, st)
				}
			default:
				toks := make([]string, len(ts))
				for i, t := range ts {
					toks[i] = string(t.Term)
				}
				phrases = append(phrases, toks)
			}
		}
		if canonical == "" {
			return s, fmt.Errorf("index: knowledge: %s: synonym group %q has no single-word term to search for", g.Where(), g.Terms[0])
		}
		if len(stems) >= 2 {
			s.defs = append(s.defs, single)
		}
		s.groups = append(s.groups, stems)
		for _, p := range phrases {
			s.phrases = append(s.phrases, phrase{tokens: p, canonical: canonical, word: word})
		}
	}
	// Longest phrases first, so "herniated disc" wins over a shorter one.
	sort.SliceStable(s.phrases, func(i, j int) bool { return len(s.phrases[i].tokens) > len(s.phrases[j].tokens) })
	return s, nil
}

// vocabulary is what the knowledge contains, by stem.
type vocabulary struct {
	n        int                        // passages
	df       map[string]int             // stem -> passages containing it
	dfSyn    map[string]int             // stem of a synonym group -> passages containing it or a synonym
	terms    map[string]map[string]bool // passage id -> its stems
	groupsOf map[string][]int           // stem -> synonym groups it is in
	groups   [][]string
	phrases  []phrase
	surface  []string            // every word of the knowledge, for spelling correction
	aliases  map[string][]string // passage id -> canonical words of the phrases in it
}

// searchedFields are the fields whose words count as a passage's content.
// The section field is shared by a whole section, so it is left out: a
// word in a section summary does not make each of its passages an answer.
func searchedText(p *knowledge.Passage) string {
	return p.Title + "\n" + strings.Join(p.Phrasings, "\n") + "\n" + p.Text
}

func (ix *Index) buildVocabulary(syn synonymSet) *vocabulary {
	v := &vocabulary{
		df:       map[string]int{},
		terms:    map[string]map[string]bool{},
		groupsOf: map[string][]int{},
		groups:   syn.groups,
		phrases:  syn.phrases,
		aliases:  map[string][]string{},
	}
	surface := map[string]bool{}
	addSurface := func(text string) {
		for _, t := range ix.surf.Analyze([]byte(text)) {
			if w := string(t.Term); len(w) >= minCorrectLen && !surface[w] && ix.stemOf(w) != "" {
				surface[w] = true
			}
		}
	}
	for _, p := range ix.k.Passages() {
		ix.progress.passage()
		v.n++
		set := map[string]bool{}
		var toks []string
		for _, t := range ix.stem.Analyze([]byte(searchedText(p))) {
			set[string(t.Term)] = true
			toks = append(toks, string(t.Term))
		}
		rewritten, words := v.rewritePhrases(toks, toks)
		for i, t := range rewritten {
			if !set[t] {
				set[t] = true
				v.aliases[p.ID] = append(v.aliases[p.ID], words[i])
			}
		}
		v.terms[p.ID] = set
		for t := range set {
			v.df[t]++
		}
		addSurface(searchedText(p))
	}
	for i, g := range syn.groups {
		for _, st := range g {
			v.groupsOf[st] = append(v.groupsOf[st], i)
		}
	}
	// A passage holds a group stem, directly or through a synonym, when it
	// holds any stem of a group the stem is in. Counted once here, so that
	// weight costs a lookup, not a pass over every passage.
	v.dfSyn = map[string]int{}
	for _, set := range v.terms {
		touched := map[string]bool{}
		for t := range set {
			for _, g := range v.groupsOf[t] {
				for _, st := range v.groups[g] {
					touched[st] = true
				}
			}
		}
		for st := range touched {
			v.dfSyn[st]++
		}
	}
	for _, g := range ix.k.Synonyms {
		for _, term := range g.Terms {
			addSurface(term)
		}
	}
	v.surface = sortedKeys(surface)
	return v
}

// expand returns t and every stem it is a synonym of.
func (v *vocabulary) expand(t string) []string {
	out := []string{t}
	for _, g := range v.groupsOf[t] {
		for _, s := range v.groups[g] {
			if s != t {
				out = append(out, s)
			}
		}
	}
	return out
}

// indexed returns the stems to search for t: t itself if a passage has it,
// otherwise the synonyms of t that passages have.
func (v *vocabulary) indexed(t string) []string {
	if v.df[t] > 0 {
		return []string{t}
	}
	var out []string
	for _, s := range v.expand(t)[1:] {
		if v.df[s] > 0 {
			out = append(out, s)
		}
	}
	return out
}

// known reports whether t, or a synonym of it, is in some passage.
func (v *vocabulary) known(t string) bool {
	for _, s := range v.expand(t) {
		if v.df[s] > 0 {
			return true
		}
	}
	return false
}

// weight is t's inverse document frequency over the passages, counting a
// passage that holds any synonym of t. A word in every passage weighs
// about 0, a word in none the most (the BM25 idf, always positive).
func (v *vocabulary) weight(t string) float64 {
	df := v.df[t]
	if len(v.groupsOf[t]) > 0 {
		df = v.dfSyn[t]
	}
	n := float64(v.n)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (v *vocabulary) contains(id, t string) bool {
	set := v.terms[id]
	for _, s := range v.expand(t) {
		if set[s] {
			return true
		}
	}
	return false
}

// matched returns the terms that passage id contains, directly or through a
// synonym.
func (v *vocabulary) matched(id string, terms []string) []string {
	var out []string
	for _, t := range terms {
		if v.contains(id, t) {
			out = append(out, t)
		}
	}
	return out
}

// rewritePhrases replaces every multi-word synonym ("slipped disc") in the
// analysed question with its group's single-word term ("herniated").
func (v *vocabulary) rewritePhrases(terms, words []string) ([]string, []string) {
	if len(v.phrases) == 0 {
		return terms, words
	}
	var ot, ow []string
	for i := 0; i < len(terms); {
		hit := false
		for _, p := range v.phrases {
			if i+len(p.tokens) <= len(terms) && slices.Equal(terms[i:i+len(p.tokens)], p.tokens) {
				ot, ow = append(ot, p.canonical), append(ow, p.word)
				i += len(p.tokens)
				hit = true
				break
			}
		}
		if !hit {
			ot, ow = append(ot, terms[i]), append(ow, words[i])
			i++
		}
	}
	return ot, ow
}
