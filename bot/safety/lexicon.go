package safety

import (
	"fmt"
	"sort"
	"strings"

	"github.com/backpainbot/backpainbot/knowledge"
)

// ---------------------------------------------------------------------------
// The vocabulary: words of the rules, their variants, inflections and typos.

type lexicon struct {
	ids      map[string]int32   // canonical word -> id
	forms    map[string][]int32 // surface form (variant, inflection) -> ids
	variant  map[string]string  // one-word variant -> canonical word
	multi    map[string][]multiVariant
	known    map[string]bool
	exact    map[string]bool
	typos    map[string]bool // words whose misspellings are read as them
	typoLine map[string]int
	fillers  map[string]bool
	// particles are skipped in user text like fillers, but kept in phrases
	// that name them.
	particles map[string]bool
	deletes   map[string][]int32 // typo index: a form with letters deleted -> fuzzy entries
	fuzzy     []fuzzyForm
	nextID    int32
	variants  map[string][]string // canonical -> one-word variants, for inflecting them
}

type multiVariant struct {
	words     []string
	canonical string
}

type fuzzyForm struct {
	form string
	ids  []int32
}

func (c *compiler) lexicon(r *knowledge.SafetyRules) error {
	lx := &c.s.lex
	*lx = lexicon{ids: map[string]int32{}, forms: map[string][]int32{}, variant: map[string]string{},
		multi: map[string][]multiVariant{}, known: map[string]bool{}, exact: map[string]bool{},
		fillers: map[string]bool{}, particles: map[string]bool{}, typos: map[string]bool{}, typoLine: map[string]int{}, deletes: map[string][]int32{}, variants: map[string][]string{}}
	one := func(p knowledge.Phrase, what string) (string, error) {
		ts := tokenize(p.Text)
		if len(ts) != 1 || ts[0].kind != tokWord {
			return "", c.errorf(p.Line, "%s: %q must be one word", what, p.Text)
		}
		return ts[0].surf, nil
	}
	for _, l := range []struct {
		ps   []knowledge.Phrase
		set  map[string]bool
		name string
	}{{r.KnownWords, lx.known, "known_words"}, {r.Exact, lx.exact, "exact"}, {r.Fillers, lx.fillers, "fillers"},
		{r.Particles, lx.particles, "particles"}, {r.Typos, lx.typos, "typos"}} {
		for _, p := range l.ps {
			w, err := one(p, l.name)
			if err != nil {
				return err
			}
			l.set[w] = true
			if l.name == "typos" {
				lx.typoLine[w] = p.Line
			}
		}
	}
	canonLine := map[string]int{}
	for gi, g := range r.Words {
		canon, err := one(g[0], fmt.Sprintf("words group %d", gi+1))
		if err != nil {
			return err
		}
		if v, ok := lx.variant[canon]; ok {
			return c.errorf(g[0].Line, "words group %d: %q is already a variant of %q", gi+1, canon, v)
		}
		canonLine[canon] = g[0].Line
		for _, p := range g[1:] {
			var ws []string
			for _, t := range tokenize(p.Text) {
				if t.kind == tokWord {
					ws = append(ws, t.surf)
				}
			}
			switch {
			case len(ws) == 0:
				return c.errorf(p.Line, "words group %d: %q has no word", gi+1, p.Text)
			case len(ws) == 1:
				if ws[0] == canon {
					continue
				}
				if prev, ok := lx.variant[ws[0]]; ok && prev != canon {
					return c.errorf(p.Line, "words group %d: %q is already a variant of %q", gi+1, ws[0], prev)
				}
				if _, ok := canonLine[ws[0]]; ok {
					return c.errorf(p.Line, "words group %d: %q is the first word of another group", gi+1, ws[0])
				}
				if lx.known[ws[0]] {
					return c.errorf(p.Line, "words group %d: %q is in known_words, which are read only as themselves", gi+1, ws[0])
				}
				lx.variant[ws[0]] = canon
				lx.variants[canon] = append(lx.variants[canon], ws[0])
			default:
				lx.multi[ws[0]] = append(lx.multi[ws[0]], multiVariant{ws, canon})
			}
		}
	}
	return nil
}

// canonical returns the word a one-word variant stands for.
func (lx *lexicon) canonical(w string) string {
	if c, ok := lx.variant[w]; ok {
		return c
	}
	return w
}

// id returns the id of a canonical word, adding it to the vocabulary.
func (c *compiler) id(w string) int32 {
	lx := &c.s.lex
	if id, ok := lx.ids[w]; ok {
		return id
	}
	id := lx.nextID
	lx.nextID++
	lx.ids[w] = id
	return id
}

// words normalises rule text the way user text is normalised: tokens,
// multi-word variants, one-word variants, and (if content) fillers dropped.
func (c *compiler) words(text string, content bool) []string {
	toks := c.s.lex.rewrite(tokenize(text))
	var ws []string
	for _, t := range toks {
		if t.kind != tokWord || (content && c.s.lex.fillers[t.surf] && !c.s.lex.particles[t.surf]) {
			continue
		}
		ws = append(ws, t.surf)
	}
	return ws
}

// rewrite applies multi-word and one-word variants to typed tokens.
func (lx *lexicon) rewrite(toks []rawTok) []rawTok {
	out := make([]rawTok, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokWord {
			if best, bestLen := lx.multiAt(toks, i); bestLen > 0 {
				out = append(out, rawTok{surf: best})
				i += bestLen - 1
				continue
			}
			if v, ok := lx.variant[t.surf]; ok {
				t.surf = v
			}
		}
		out = append(out, t)
	}
	return out
}

// multiAt returns the longest multi-word variant at toks[i:] (the word it
// stands for and its length in words), or 0. Each word of a variant matches
// the word as typed or the word that one stands for, so "not been able"
// covers "haven't been able", "hasnt been able" and "wasn't able".
func (lx *lexicon) multiAt(toks []rawTok, i int) (string, int) {
	best, n := "", 0
	first := toks[i].surf
	for k, key := range [2]string{first, lx.variant[first]} {
		if key == "" || (k == 1 && key == first) {
			continue
		}
		for _, mv := range lx.multi[key] {
			if len(mv.words) > n && i+len(mv.words) <= len(toks) && lx.matchesWords(toks[i:i+len(mv.words)], mv.words) {
				best, n = mv.canonical, len(mv.words)
			}
		}
	}
	return best, n
}

func (lx *lexicon) matchesWords(toks []rawTok, words []string) bool {
	for j, w := range words {
		if toks[j].kind != tokWord || (toks[j].surf != w && lx.variant[toks[j].surf] != w) {
			return false
		}
	}
	return true
}

func matchesSurf(toks []rawTok, words []string) bool {
	for j, w := range words {
		if toks[j].kind != tokWord || toks[j].surf != w {
			return false
		}
	}
	return true
}

// inflections returns the forms of a word: plural, past, -ing, -er, -ness,
// -ly, -y. "pee": pees peed peeing; "wet": wetting; "tingle": tingly.
func inflections(w string) []string {
	fs := []string{w}
	if len(w) < minInflectLen || !isLetters(w) {
		return fs
	}
	n := len(w)
	last := w[n-1]
	derive := n >= minDeriveLen
	fs = append(fs, w+"s", w+"es", w+"ed", w+"ing")
	if derive {
		fs = append(fs, w+"er", w+"ers", w+"est", w+"ness", w+"ly", w+"y", w+"iness")
	}
	switch {
	case strings.HasSuffix(w, "ee"):
		fs = append(fs, w+"d")
	case strings.HasSuffix(w, "ie"):
		fs = append(fs, w[:n-2]+"ying", w+"d")
	case last == 'e':
		st := w[:n-1]
		fs = append(fs, w+"d", st+"ing")
		if derive {
			fs = append(fs, st+"er", st+"y", st+"iness", w+"r")
		}
	case last == 'y' && n > 1 && !isVowel(w[n-2]):
		st := w[:n-1]
		fs = append(fs, st+"ies", st+"ied")
		if derive {
			fs = append(fs, st+"ier", st+"iest", st+"iness", st+"ily")
		}
	}
	// Double a final consonant after a single vowel: wet -> wetting, drag -> dragged.
	if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(w[n-2]) && !isVowel(w[n-3]) {
		d := w + string(last)
		fs = append(fs, d+"ing", d+"ed")
		if derive {
			fs = append(fs, d+"er", d+"y")
		}
	}
	return fs
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isVowel(b byte) bool {
	return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u'
}

func (c *compiler) finish() error {
	lx := &c.s.lex
	add := func(form string, id int32) {
		for _, x := range lx.forms[form] {
			if x == id {
				return
			}
		}
		lx.forms[form] = append(lx.forms[form], id)
	}
	for w, id := range lx.ids {
		if lx.exact[w] || lx.particles[w] {
			add(w, id)
			continue
		}
		for _, f := range inflections(w) {
			add(f, id)
		}
		for _, v := range lx.variants[w] {
			for _, f := range inflections(v) {
				add(f, id)
			}
		}
	}
	// Words in exact and known_words stand only for themselves.
	for w := range lx.exact {
		lx.forms[w] = nil
		if id, ok := lx.ids[w]; ok {
			lx.forms[w] = []int32{id}
		}
	}
	for w := range lx.known {
		delete(lx.forms, w)
		if id, ok := lx.ids[w]; ok {
			lx.forms[w] = []int32{id}
		}
	}
	// The typo index: each word of the typos list under every way of
	// deleting one letter (two for long words). A typed word is looked up
	// the same way and confirmed with an edit distance.
	words := make([]string, 0, len(lx.typos))
	for w := range lx.typos {
		words = append(words, w)
	}
	sort.Strings(words) // a stable index, whatever the map order
	for _, w := range words {
		ids := lx.forms[lx.canonical(w)]
		if len(ids) == 0 {
			ids = lx.forms[w]
		}
		if len(ids) == 0 {
			return c.errorf(lx.typoLine[w], "typos: %q is not a word of any phrase", w)
		}
		if len(w) < minFuzzyLen || !isLetters(w) {
			continue
		}
		fi := int32(len(lx.fuzzy))
		lx.fuzzy = append(lx.fuzzy, fuzzyForm{w, ids})
		seen := map[string]bool{}
		addDel := func(k string) {
			if !seen[k] {
				seen[k] = true
				lx.deletes[k] = append(lx.deletes[k], fi)
			}
		}
		addDel(w)
		for i := range len(w) {
			d1 := w[:i] + w[i+1:]
			addDel(d1)
			if len(w) >= longFuzzyLen {
				for j := range len(d1) {
					addDel(d1[:j] + d1[j+1:])
				}
			}
		}
	}
	return nil
}

// lookup returns the vocabulary ids a typed word (after variants) may be.
func (lx *lexicon) lookup(w string) []int32 {
	if lx.known[w] {
		return lx.forms[w]
	}
	if ids, ok := lx.forms[w]; ok {
		return ids
	}
	if len(w) < minFuzzyLen || !isLetters(w) {
		return nil
	}
	return lx.typo(w)
}

// typo finds the closest vocabulary form within the allowed edit distance.
func (lx *lexicon) typo(w string) []int32 {
	maxD := 1
	if len(w) >= longFuzzyLen {
		maxD = 2
	}
	var buf [64]byte
	best, bestD := int32(-1), maxD+1
	try := func(k []byte) {
		for _, fi := range lx.deletes[string(k)] {
			f := lx.fuzzy[fi].form
			allowed := 1
			if len(f) >= longFuzzyLen && len(w) >= longFuzzyLen {
				allowed = 2
			}
			if d := knowledge.EditDistance(w, f, allowed); d <= allowed && d < bestD {
				best, bestD = fi, d
			}
		}
	}
	if len(w) > len(buf) {
		return nil
	}
	try(append(buf[:0], w...))
	for i := range len(w) {
		k := append(append(buf[:0], w[:i]...), w[i+1:]...)
		try(k)
		if maxD == 2 {
			var buf2 [64]byte
			for j := range len(k) {
				try(append(append(buf2[:0], k[:j]...), k[j+1:]...))
			}
		}
	}
	if best < 0 {
		return nil
	}
	return lx.fuzzy[best].ids
}
