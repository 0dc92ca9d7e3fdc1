package bot

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The safety check (../shared/SAFETY.md): runs on every question before any
// search. The rules are data (knowledge.SafetyRules, rules/safety.yaml); this
// file is the matching. It is pure: no I/O, no clock, no mutable state.
//
// How a message is read:
//  1. normalise: lowercase, drop apostrophes, skip Discord markup and links,
//     split into words and breaks (. , ; and the scope breakers);
//  2. read spelling variants as their word, then look every word up in the
//     rules' vocabulary, allowing inflections and small typos;
//  3. match every phrase of the rules over the words (fillers skipped, small
//     gaps allowed, never across a break; a particle such as "on" is skipped
//     too, unless the phrase names it: "cannot go on" is not "can't go to");
//  4. judge each red-flag match: negated? hypothetical? old? a benign
//     look-alike? about whom?
//  5. decide: crisis > emergency > same-day > soon > dose/diagnosis > signs >
//     figure > none, with the user's previous message able to escalate, and
//     combinations judged over both messages ("I fell over" then "I have
//     osteoporosis").

// VerdictKind says what the safety check found.
type VerdictKind string

// The verdict kinds, in order of precedence.
const (
	VerdictNone      VerdictKind = ""          // nothing safety-related: normal retrieval
	VerdictCrisis    VerdictKind = "crisis"    // Advice is the crisis reply; no article content
	VerdictUrgent    VerdictKind = "urgent"    // a red flag: Level, Advice, Why set
	VerdictDose      VerdictKind = "dose"      // Notice: can't advise on medicines; a pharmacist or doctor can
	VerdictDiagnosis VerdictKind = "diagnosis" // Notice: can't diagnose; a doctor can
	VerdictSigns     VerdictKind = "signs"     // Notice: the warning signs and the "if you have these, call..." line
	VerdictFigure    VerdictKind = "figure"    // Notice: a one-line soft check-in; the normal answer follows
)

// Verdict is the outcome of the safety check for one message.
type Verdict struct {
	Kind         VerdictKind
	Level        string   // knowledge.LevelEmergency, LevelSameDay or LevelSoon, for VerdictUrgent
	Advice       string   // the urgent advice (worded for a third party when one is described) or the crisis reply
	Why          string   // one line on why, for VerdictUrgent
	Rule         string   // id of the rule or combination that fired, for logs and tests
	ThirdParty   bool     // the message describes someone else
	FromPrevious bool     // fired on the user's previous message, not this one
	Symptoms     []string // the words of this message the red flag was found in
	Notice       string   // for dose, diagnosis, signs and figure
}

// Tuning. Each value is a judgement; the tests over testdata/safety.jsonl
// and ../shared/eval/dev.jsonl are what tell whether a change helps.
const (
	// maxInputBytes caps what is read of a message: the answering code's
	// own cap (MaxInputBytes, 16 KiB), so that a 4,000-character Discord
	// message is read whole even when it is all curly apostrophes and
	// emoji. The cap bounds the work an abusive message can cause; every
	// step below is linear in the words, or close to it.
	maxInputBytes = 16 << 10
	// smallGap is how many other words may stand between two words of a
	// phrase: "legs numb" matches "legs are (really) numb", "legs have been
	// numb". More than 2 starts joining words that are not about each other.
	smallGap = 2
	// wideGap is the gap allowed by "..." in a phrase. It may cross commas
	// and scope breakers, never a sentence end.
	wideGap = 6
	// negationWindow is how many words before a symptom a negation cue may
	// stand. NegEx uses five; one more covers "I don't have any of the ...".
	negationWindow = 6
	// negationAfterWindow: "the numbness has gone", "bladder is fine".
	negationAfterWindow = 4
	// crisisNegationWindow is smaller on purpose: "I'm not suicidal" is
	// negated, but "no one would care if I killed myself" must not be.
	crisisNegationWindow = 2
	// minInflectLen: words shorter than this get no inflections ("be" must
	// not match "bed").
	minInflectLen = 3
	// minDeriveLen: shorter words get only the endings of a plural or a
	// verb (pees, peed, peeing), not those that make other words: three
	// letters and -y, -er, -ly or -ness are mostly another word (sex, sexy;
	// bus, busy, business; bum, bummer; gut, gutter; car, carry).
	minDeriveLen = 4
	// minFuzzyLen: words shorter than this must be spelled right; in short
	// words one letter changes the word ("pee", "poo", "leg").
	minFuzzyLen = 5
	// longFuzzyLen: from this length two typos are allowed ("pyelonefritis").
	longFuzzyLen = 10
	// maxUnitLen: a word of up to this many letters right after a number is
	// read as its unit ("10 kms", "5 mg", "80 yo"), and so never fires a
	// phrase of one word on its own: "ran 10 kms" is not "kms" (kill myself).
	maxUnitLen = 3
)

// Token kinds.
const (
	tokWord  = iota
	tokScope // a scope breaker ("but", "and now"): ends a clause
	tokSoft  // , : ( ): ends a clause
	tokHard  // . ! ? ; and new lines: ends a sentence
)

// Who a token says is being described.
const (
	personNone = iota
	personFirst
	personThird
)

// Safety checks messages against the safety rules. It is immutable after
// NewSafety and safe for concurrent use.
type Safety struct {
	wording knowledge.SafetyWording

	lex lexicon

	// Phrases matched on the words as typed (no variants or typos).
	firstPerson, thirdParty, breakers surfaceSet

	phrases []phrase
	anchors map[int32][]anchor // word id -> the phrases (and their first alternatives) it may start

	rules  []rule // red flags, then signals
	combos []combo

	negCueIDs map[int32]bool // words that make a phrase negative in itself
}

// anchor is an alternative of a phrase's first slot that starts with a
// given word.
type anchor struct {
	ph, alt int32
}

type rule struct {
	id, level, why string
	newOnly        bool
	minMatches     int
	hasWith        bool
}

type combo struct {
	id, level, why string
	all            []int // rule indexes
}

// Owner kinds of phrases.
const (
	ownRule = iota
	ownUnless
	ownWith
	ownNegBefore
	ownNegAfter
	ownPseudo
	ownHypo
	ownLong
	ownRecent
	ownRetract
	ownCrisis
	ownFigure
	ownDose
	ownDiagnosis
	ownSigns
)

type phrase struct {
	slots []slot
	own   uint8
	rule  int32 // for ownRule, ownUnless, ownWith
	idx   int32 // position in its rule's phrase list
	adj   bool  // cue lists: words must be adjacent
	end   bool  // "$": the clause must end after the phrase
	text  string
}

type slot struct {
	alts     [][]int32 // each a run of word ids
	neg      []bool    // alts[i] is negative in itself ("cannot", "no feeling")
	optional bool      // the slot may be skipped (one of its words was a filler)
	wide     bool      // "..." before this slot
	adj      bool      // "+" before this slot: it follows directly, no particle between
}

// NewSafety compiles the rules. Its errors name the rules file and line.
func NewSafety(r *knowledge.SafetyRules) (*Safety, error) {
	if r == nil {
		return nil, fmt.Errorf("bot: safety: no rules")
	}
	s := &Safety{wording: r.Wording, anchors: map[int32][]anchor{}, negCueIDs: map[int32]bool{}}
	c := compiler{s: s, file: r.File, classes: map[string][][]string{}}
	if err := c.lexicon(r); err != nil {
		return nil, err
	}
	var err error
	if s.firstPerson, err = c.surface(r.FirstPerson, "people.first_person"); err != nil {
		return nil, err
	}
	if s.thirdParty, err = c.surface(r.ThirdParty, "people.third_party"); err != nil {
		return nil, err
	}
	if s.breakers, err = c.surface(r.Breakers, "scope_breakers"); err != nil {
		return nil, err
	}
	for _, cl := range r.Classes {
		var members [][]string
		for _, m := range cl.Members {
			ws := c.words(m.Text, true)
			if len(ws) == 0 {
				continue // a filler: the class member may be left out
			}
			members = append(members, ws)
		}
		c.classes[cl.Name] = members
	}
	// Negation cue words first: phrases containing them are negative in
	// themselves.
	for _, l := range [][]knowledge.Phrase{r.NegationBefore, r.Inherent} {
		for _, p := range l {
			ws := c.words(p.Text, true)
			if len(ws) == 1 {
				s.negCueIDs[c.id(ws[0])] = true
			}
		}
	}
	lists := []struct {
		own  uint8
		ps   []knowledge.Phrase
		adj  bool
		name string
	}{
		{ownNegBefore, r.NegationBefore, true, "negation.before"},
		{ownNegAfter, r.NegationAfter, true, "negation.after"},
		{ownPseudo, r.Pseudo, true, "negation.pseudo"},
		{ownHypo, r.Hypothetical, false, "hypothetical"},
		{ownLong, r.Longstanding, false, "longstanding"},
		{ownRecent, r.Recent, false, "recent"},
		{ownRetract, r.Retractions, false, "retractions"},
		{ownCrisis, r.Crisis, false, "crisis"},
		{ownFigure, r.Figures, false, "figures"},
		{ownDose, r.Dose, false, "dose"},
		{ownDiagnosis, r.Diagnosis, false, "diagnosis"},
		{ownSigns, r.Signs, false, "signs"},
	}
	for _, l := range lists {
		for i, p := range l.ps {
			if err := c.phrase(p, l.own, -1, int32(i), l.adj, l.name); err != nil {
				return nil, err
			}
		}
	}
	ruleIndex := map[string]int{}
	for _, set := range [][]knowledge.RedFlag{r.RedFlags, r.Signals} {
		for _, rf := range set {
			ri := int32(len(s.rules))
			ruleIndex[rf.ID] = len(s.rules)
			s.rules = append(s.rules, rule{id: rf.ID, level: rf.Level, why: rf.Why, newOnly: rf.NewOnly,
				minMatches: rf.MinMatches, hasWith: len(rf.With) > 0})
			item := fmt.Sprintf("rule %q", rf.ID)
			for i, p := range rf.Phrases {
				if err := c.phrase(p, ownRule, ri, int32(i), false, item); err != nil {
					return nil, err
				}
			}
			for i, p := range rf.Unless {
				if err := c.phrase(p, ownUnless, ri, int32(i), false, item+" unless"); err != nil {
					return nil, err
				}
			}
			for i, p := range rf.With {
				if err := c.phrase(p, ownWith, ri, int32(i), false, item+" with"); err != nil {
					return nil, err
				}
			}
		}
	}
	for _, cb := range r.Combinations {
		co := combo{id: cb.ID, level: cb.Level, why: cb.Why}
		for _, id := range cb.All {
			i, ok := ruleIndex[id]
			if !ok {
				return nil, fmt.Errorf("bot: safety: %s: combination %q: unknown rule %q", knowledge.RedFlag{Line: cb.Line}.Where(r.File), cb.ID, id)
			}
			co.all = append(co.all, i)
		}
		s.combos = append(s.combos, co)
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// ---------------------------------------------------------------------------
// Normalising and tokenising.

type rawTok struct {
	surf string // lowercased, apostrophes dropped
	kind uint8
}

// apostrophe reports runes used as apostrophes: ' ’ ‘ ʼ ` ´ ′.
func apostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032':
		return true
	}
	return false
}

// laughEmoji are read as "lol": "I can't breathe 😂" is a laugh.
func laughEmoji(r rune) bool {
	switch r {
	case '😂', '🤣', '😆', '💀', '😹':
		return true
	}
	return false
}

// tokenize splits text into words and breaks. It never fails: invalid UTF-8,
// NUL bytes and control characters separate words.
func tokenize(text string) []rawTok {
	if len(text) > maxInputBytes {
		text = text[:maxInputBytes]
	}
	toks := make([]rawTok, 0, len(text)/5+4)
	var buf []byte
	var stack [64]byte
	buf = stack[:0]
	apos := -1      // position in buf of a word-internal apostrophe
	digits := false // buf holds digits (split "400mg" into 400 mg)
	// same counts the letters of a word that is one letter repeated, or is
	// -1. Elongations collapse to two letters, but a word of exactly three
	// is kept: AAA (an aneurysm, with the right words) is not AA, while a
	// longer run ("aaaaaaaa") is a scream or a mash, and reads as two.
	same := 0
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if same == 3 {
			buf = append(buf, buf[0])
		}
		if apos >= 0 && string(buf[apos:]) == "ll" {
			buf = buf[:apos] // "i'll" is "i", not "ill"
		}
		if len(buf) > 0 {
			toks = append(toks, rawTok{surf: string(buf)})
		}
		buf, apos, same = buf[:0], -1, 0
	}
	brk := func(kind uint8) {
		flush()
		if n := len(toks); n > 0 && toks[n-1].kind != tokWord {
			if kind > toks[n-1].kind {
				toks[n-1].kind = kind
			}
			return
		}
		if len(toks) > 0 {
			toks = append(toks, rawTok{kind: kind})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '<':
			end := min(len(text), i+100)
			if j := strings.IndexByte(text[i:end], '>'); j > 1 && knowledge.IsChatMarkup(text[i+1:i+j]) {
				flush()
				i += j + 1
				continue
			}
			flush()
		case len(buf) == 0 && (strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://") || strings.HasPrefix(text[i:], "www.")):
			j := strings.IndexAny(text[i:], " \t\n\r")
			if j < 0 {
				j = len(text) - i
			}
			i += j
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			isDigit := r >= '0' && r <= '9'
			if len(buf) > 0 && isDigit != digits {
				flush()
			}
			digits = isDigit
			r = unicode.ToLower(r)
			switch {
			case isDigit || r >= utf8.RuneSelf:
				same = -1
			case len(buf) == 0:
				same = 1
			case same > 0 && buf[0] == byte(r):
				same++
			default:
				same = -1
			}
			// Collapse elongations: "numbbbb", "sooooo", "bladdder".
			if n := len(buf); r < utf8.RuneSelf && n >= 2 && buf[n-1] == byte(r) && buf[n-2] == byte(r) {
				break
			}
			if len(buf)+utf8.UTFMax > 64 {
				break // a "word" this long is not a word; keep its start
			}
			buf = utf8.AppendRune(buf, r)
		case apostrophe(r):
			if len(buf) > 0 && !digits && apos < 0 {
				apos = len(buf)
			} else {
				flush()
			}
		case r == '*':
			// Markdown emphasis, and "sh*t": ignored, not a separator.
		case r == '&' || r == '+':
			flush()
			toks = append(toks, rawTok{surf: "and"})
		case laughEmoji(r):
			flush()
			toks = append(toks, rawTok{surf: "lol"})
		case r == '.' && digits && len(buf) > 0 && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			flush() // 38.5: the fraction is a word of its own, not a sentence end
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' || r == '\r' || r == '…' || r == '。':
			brk(tokHard)
		case r == ',' || r == ':' || r == '(' || r == ')' || r == '[' || r == ']' || r == '"' ||
			r == '“' || r == '”' || r == '–' || r == '—' || r == '|' || r == '>':
			brk(tokSoft)
		default:
			flush()
		}
		i += size
	}
	flush()
	return toks
}

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

type compiler struct {
	s       *Safety
	file    string
	classes map[string][][]string
}

func (c *compiler) errorf(line int, format string, args ...any) error {
	w := c.file
	if line > 0 {
		w = fmt.Sprintf("%s:%d", c.file, line)
	}
	return fmt.Errorf("bot: safety: %s: %s", w, fmt.Sprintf(format, args...))
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

// ---------------------------------------------------------------------------
// Compiling phrases.

// surfaceSet matches short phrases on the words as typed.
type surfaceSet map[string][][]string

func (c *compiler) surface(ps []knowledge.Phrase, name string) (surfaceSet, error) {
	set := surfaceSet{}
	for _, p := range ps {
		var ws []string
		for _, t := range tokenize(p.Text) {
			if t.kind == tokWord {
				ws = append(ws, t.surf)
			}
		}
		if len(ws) == 0 {
			return nil, c.errorf(p.Line, "%s: %q has no word", name, p.Text)
		}
		set[ws[0]] = append(set[ws[0]], ws)
	}
	return set, nil
}

// at returns the length of the longest phrase of the set at toks[i:], or 0.
func (set surfaceSet) at(toks []rawTok, i int) int {
	best := 0
	for _, ws := range set[toks[i].surf] {
		if len(ws) > best && i+len(ws) <= len(toks) && matchesSurf(toks[i:i+len(ws)], ws) {
			best = len(ws)
		}
	}
	return best
}

func (c *compiler) phrase(p knowledge.Phrase, own uint8, ri, idx int32, adj bool, item string) error {
	var slots []slot
	wide, adjNext, end := false, false, false
	var run []string // plain words waiting to be normalised together
	flushRun := func() {
		if len(run) == 0 {
			return
		}
		for _, w := range c.words(strings.Join(run, " "), true) {
			slots = append(slots, slot{alts: [][]int32{{c.id(w)}}, wide: wide, adj: adjNext})
			wide, adjNext = false, false
		}
		run = run[:0]
	}
	for _, f := range strings.Fields(p.Text) {
		if end {
			return c.errorf(p.Line, "%s: %q: $ (end of the clause) goes last", item, p.Text)
		}
		switch {
		case f == "...":
			flushRun()
			wide = true
		case f == "+":
			flushRun()
			adjNext = true
		case f == "$":
			flushRun()
			end = true
		case strings.HasPrefix(f, "@"):
			flushRun()
			members, ok := c.classes[f[1:]]
			if !ok {
				return c.errorf(p.Line, "%s: %q: unknown class %q", item, p.Text, f)
			}
			sl := slot{wide: wide, adj: adjNext, optional: len(members) == 0}
			for _, m := range members {
				alt := make([]int32, len(m))
				for i, w := range m {
					alt[i] = c.id(w)
				}
				sl.alts = append(sl.alts, alt)
			}
			slots = append(slots, sl)
			wide, adjNext = false, false
		case strings.Contains(f, "|"):
			flushRun()
			sl := slot{wide: wide, adj: adjNext}
			for _, a := range strings.Split(f, "|") {
				ws := c.words(a, true)
				if len(ws) == 0 {
					sl.optional = true // "when|to": "to" is a filler, so the word may be missing
					continue
				}
				alt := make([]int32, len(ws))
				for i, w := range ws {
					alt[i] = c.id(w)
				}
				sl.alts = append(sl.alts, alt)
			}
			if len(sl.alts) > 0 {
				slots = append(slots, sl)
				wide, adjNext = false, false
			}
		default:
			run = append(run, f)
		}
	}
	flushRun()
	// An optional slot at either end adds nothing: gaps allow any word there.
	for len(slots) > 0 && slots[0].optional {
		slots = slots[1:]
	}
	for len(slots) > 0 && slots[len(slots)-1].optional {
		slots = slots[:len(slots)-1]
	}
	if len(slots) == 0 {
		return c.errorf(p.Line, "%s: %q has no words once fillers are skipped", item, p.Text)
	}
	slots[0].wide, slots[0].adj = false, false
	for i := range slots {
		sl := &slots[i]
		sl.neg = make([]bool, len(sl.alts))
		for j, alt := range sl.alts {
			for _, id := range alt {
				sl.neg[j] = sl.neg[j] || c.s.negCueIDs[id]
			}
		}
	}
	ph := phrase{slots: slots, own: own, rule: ri, idx: idx, adj: adj, end: end, text: p.Text}
	pi := int32(len(c.s.phrases))
	c.s.phrases = append(c.s.phrases, ph)
	for ai, alt := range slots[0].alts {
		c.s.anchors[alt[0]] = append(c.s.anchors[alt[0]], anchor{ph: pi, alt: int32(ai)})
	}
	return nil
}

// ---------------------------------------------------------------------------
// Reading one message.

type tok struct {
	surf     string
	ids      []int32
	kind     uint8
	filler   bool // skipped in matching (fillers and particles)
	particle bool // a filler that a phrase may name ("on")
	unit     bool // a short word right after a number: "kms" in "10 kms"
	person   uint8
	// Set by index: the nearest person word at or before this token, and
	// the last hypothetical cue at or before it in its clause (or -1).
	lastPerson uint8
	lastHypo   int32
	clause     int32
	sent       int32
	flags      uint16
}

// Token flags set by cue phrases.
const (
	flagNegEnd   = 1 << iota // last word of a negation cue before a symptom
	flagNegAfter             // first word of a negation cue after a symptom
	flagPseudo               // inside a pseudo-negation ("not sure")
	flagHypo                 // last word of a hypothetical cue
	flagLong                 // inside a "longstanding" cue
	flagRecent               // inside a "recent" cue
)

type hit struct {
	ph         int32
	start, end int32 // token indexes, end exclusive
	selfNeg    bool  // the words matched are negative in themselves ("cannot pee")
}

type msg struct {
	toks    []tok
	content []int32 // indexes of tokens that take part in phrase matching
	hits    []hit
	retract bool

	// Computed once after the cues are marked, so that judging each match
	// is cheap however long the message is.
	longSent     []bool         // by sentence: has a "longstanding" cue
	recentClause []bool         // by clause: has a "recent" cue
	unlessAt     map[int64]bool // rule<<32 | clause: a benign look-alike of the rule is in the clause
}

func (s *Safety) read(text string) *msg {
	raw := tokenize(text)
	// Who is described, and where clauses end, on the words as typed.
	person := make([]uint8, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i].kind != tokWord {
			continue
		}
		if n := s.thirdParty.at(raw, i); n > 0 {
			for j := i; j < i+n; j++ {
				person[j] = personThird
			}
			i += n - 1
			continue
		}
		if n := s.firstPerson.at(raw, i); n > 0 {
			person[i] = personFirst
		}
	}
	for i := range raw {
		if raw[i].kind == tokWord && i > 0 && s.breakers.at(raw, i) > 0 {
			// The breaker's first word becomes the clause end ("but"; the
			// "and" of "and my"); its other words stay words.
			raw[i].kind = tokScope
		}
	}
	// Variants, keeping what each token said about people.
	m := &msg{toks: make([]tok, 0, len(raw))}
	lx := &s.lex
	var clause, sent int32
	for i := 0; i < len(raw); i++ {
		t := raw[i]
		if t.kind != tokWord {
			n := len(m.toks)
			switch {
			case n == 0:
			case m.toks[n-1].kind == tokWord:
				if t.kind == tokHard {
					sent++
				}
				clause++
				m.toks = append(m.toks, tok{kind: t.kind, clause: clause, sent: sent})
			case t.kind > m.toks[n-1].kind:
				if t.kind == tokHard {
					sent++
				}
				m.toks[n-1].kind, m.toks[n-1].sent = t.kind, sent
			}
			continue
		}
		surf, n := t.surf, 1
		canon, k := lx.multiAt(raw, i)
		if k > 1 {
			n = k
		}
		p := person[i]
		if canon != "" {
			for j := i + 1; j < i+n; j++ {
				p = max(p, person[j])
			}
			surf = canon
			i += n - 1
		} else if v, ok := lx.variant[surf]; ok {
			surf = v
		}
		part := lx.particles[surf]
		unit := n == 1 && len(t.surf) <= maxUnitLen && i > 0 && isNumber(raw[i-1])
		m.toks = append(m.toks, tok{surf: surf, ids: lx.lookup(surf), filler: lx.fillers[surf] || part,
			particle: part, unit: unit, person: p, clause: clause, sent: sent})
	}
	// Phrases match over the content words: everything but the fillers.
	// Particles stay in, to be matched by a phrase that names them and
	// skipped (without counting as a gap) by the others.
	m.content = make([]int32, 0, len(m.toks))
	for i, t := range m.toks {
		if t.kind != tokWord || !t.filler || t.particle {
			m.content = append(m.content, int32(i))
		}
	}
	s.match(m)
	s.markCues(m)
	s.index(m)
	return m
}

// isNumber reports a word of digits ("10", "400").
func isNumber(t rawTok) bool {
	if t.kind != tokWord || t.surf == "" {
		return false
	}
	for i := 0; i < len(t.surf); i++ {
		if t.surf[i] < '0' || t.surf[i] > '9' {
			return false
		}
	}
	return true
}

// index computes what judging the matches needs, in one pass over the
// tokens and one over the matches.
func (s *Safety) index(m *msg) {
	n := len(m.toks)
	if n == 0 {
		return
	}
	last := m.toks[n-1]
	m.longSent = make([]bool, last.sent+1)
	m.recentClause = make([]bool, last.clause+1)
	hypo, person := int32(-1), uint8(personNone)
	for i := range m.toks {
		t := &m.toks[i]
		if t.flags&flagLong != 0 {
			m.longSent[t.sent] = true
		}
		if t.flags&flagRecent != 0 {
			m.recentClause[t.clause] = true
		}
		if hypo >= 0 && m.toks[hypo].clause != t.clause {
			hypo = -1
		}
		if t.flags&flagHypo != 0 {
			hypo = int32(i)
		}
		t.lastHypo = hypo
		if t.person != personNone {
			person = t.person
		}
		t.lastPerson = person
	}
	for _, h := range m.hits {
		if ph := &s.phrases[h.ph]; ph.own == ownUnless {
			if m.unlessAt == nil {
				m.unlessAt = map[int64]bool{}
			}
			m.unlessAt[int64(ph.rule)<<32|int64(m.toks[h.start].clause)] = true
		}
	}
}

// match finds every phrase in the message.
func (s *Safety) match(m *msg) {
	for p, ti := range m.content {
		t := &m.toks[ti]
		if t.kind != tokWord {
			continue
		}
		for _, id := range t.ids {
			done := int32(-1) // a phrase matches at most once from a word
			for _, a := range s.anchors[id] {
				if a.ph == done {
					continue
				}
				ph := &s.phrases[a.ph]
				if t.unit && len(ph.slots) == 1 && len(ph.slots[0].alts[a.alt]) == 1 {
					continue // "10 kms": a unit, not a word on its own
				}
				n := m.altAt(ph.slots[0].alts[a.alt], p)
				if n == 0 {
					continue
				}
				if end, neg, ok := s.matchSlots(m, ph, 1, p+n); ok {
					m.hits = append(m.hits, hit{ph: a.ph, start: ti, end: m.content[end-1] + 1, selfNeg: neg || ph.slots[0].neg[a.alt]})
					done = a.ph
				}
			}
		}
	}
}

// altAt returns how many content positions the words of alt take from p,
// or 0 if they do not match there. Particles between the words are skipped
// ("loss of feeling" is one alternative; "pins and needles" matches "pins
// and needles" with nothing between).
func (m *msg) altAt(alt []int32, p int) int {
	q := p
	for j, id := range alt {
		for {
			if q >= len(m.content) {
				return 0
			}
			t := &m.toks[m.content[q]]
			if t.kind != tokWord {
				return 0
			}
			if hasID(t.ids, id) {
				break
			}
			if j == 0 || !t.particle {
				return 0
			}
			q++
		}
		q++
	}
	return q - p
}

// clauseEnd reports whether the clause ends at content position p: only
// particles stand before the next break or the end of the message.
func (m *msg) clauseEnd(p int) bool {
	for ; p < len(m.content); p++ {
		t := &m.toks[m.content[p]]
		if t.kind != tokWord {
			return true
		}
		if !t.particle {
			return false
		}
	}
	return true
}

func hasID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// matchSlots matches slots[si:] of a phrase from content position pos,
// returning the content position after the match and whether the words
// matched are negative in themselves.
func (s *Safety) matchSlots(m *msg, ph *phrase, si, pos int) (int, bool, bool) {
	if si == len(ph.slots) {
		if ph.end && !m.clauseEnd(pos) {
			return 0, false, false
		}
		return pos, false, true
	}
	sl := &ph.slots[si]
	maxGap := smallGap
	switch {
	case ph.adj || sl.adj:
		maxGap = 0
	case sl.wide:
		maxGap = wideGap
	}
	gap := 0
	for p := pos; p < len(m.content); p++ {
		t := &m.toks[m.content[p]]
		if t.kind != tokWord {
			// A gap never crosses a sentence end; only a wide gap crosses a
			// comma or a scope breaker ("trying to pee but nothing comes
			// out", "2 months now, no improvement").
			if t.kind == tokHard || !sl.wide {
				break
			}
		} else {
			for ai, alt := range sl.alts {
				if n := m.altAt(alt, p); n > 0 {
					if end, neg, ok := s.matchSlots(m, ph, si+1, p+n); ok {
						return end, neg || sl.neg[ai], true
					}
				}
			}
			// A particle the slot does not want is skipped like a filler,
			// except after "+" ("end + it" is not "end of it").
			if t.particle && !sl.adj {
				continue
			}
		}
		gap++
		if gap > maxGap {
			break
		}
	}
	if sl.optional {
		return s.matchSlots(m, ph, si+1, pos)
	}
	return 0, false, false
}

// markCues turns cue phrases into token flags.
func (s *Safety) markCues(m *msg) {
	for _, pass := range []uint8{ownPseudo, ownLong} {
		for _, h := range m.hits {
			if s.phrases[h.ph].own != pass {
				continue
			}
			f := uint16(flagPseudo)
			if pass == ownLong {
				f = flagLong
			}
			for i := h.start; i < h.end; i++ {
				m.toks[i].flags |= f
			}
		}
	}
	for _, h := range m.hits {
		switch s.phrases[h.ph].own {
		case ownNegBefore:
			if m.toks[h.start].flags&flagPseudo == 0 {
				m.toks[h.end-1].flags |= flagNegEnd
			}
		case ownNegAfter:
			if m.toks[h.start].flags&flagPseudo == 0 {
				m.toks[h.start].flags |= flagNegAfter
			}
		case ownHypo:
			m.toks[h.end-1].flags |= flagHypo
		case ownRecent:
			if m.toks[h.start].flags&flagLong == 0 {
				for i := h.start; i < h.end; i++ {
					m.toks[i].flags |= flagRecent
				}
			}
		case ownRetract:
			m.retract = true
		}
	}
}

// negated reports a negation cue before the match (within window, in its
// clause) or inside it, or a negation cue just after it.
func (m *msg) negated(h hit, window int) bool {
	cl := m.toks[h.start].clause
	if !h.selfNeg {
		for i := h.start - 1; i >= 0 && h.start-i <= int32(window); i-- {
			if m.toks[i].clause != cl || m.toks[i].kind != tokWord {
				break
			}
			if m.toks[i].flags&flagNegEnd != 0 {
				return true
			}
		}
		for i := h.start; i < h.end-1; i++ {
			if m.toks[i].flags&flagNegEnd != 0 {
				return true
			}
		}
	}
	for i := h.end; i < int32(len(m.toks)) && i-h.end < negationAfterWindow; i++ {
		if m.toks[i].kind != tokWord {
			break
		}
		if m.toks[i].flags&flagNegAfter != 0 {
			return true
		}
	}
	return false
}

// hypothetical reports a hypothetical cue earlier in the match's clause.
func (m *msg) hypothetical(h hit) bool {
	if h.start == 0 {
		return false
	}
	i := m.toks[h.start-1].lastHypo
	return i >= 0 && m.toks[i].clause == m.toks[h.start].clause
}

// old reports a "longstanding" cue in the match's sentence, with no
// "recent" cue in its clause.
func (m *msg) old(h hit) bool {
	t := &m.toks[h.start]
	return m.longSent[t.sent] && !m.recentClause[t.clause]
}

// third reports whether the match is about someone other than the writer:
// a person word inside the match decides ("his legs", "himself"), else a
// third party named right after it ("my 80 year old mum"), else the
// nearest person word before it.
func (m *msg) third(h hit) bool {
	in := uint8(personNone)
	for i := h.start; i < h.end; i++ {
		if p := m.toks[i].person; p == personThird || (p == personFirst && in == personNone) {
			in = p
		}
	}
	if in != personNone {
		return in == personThird
	}
	if int(h.end) < len(m.toks) && m.toks[h.end].kind == tokWord && m.toks[h.end].person == personThird {
		return true
	}
	return h.start > 0 && m.toks[h.start-1].lastPerson == personThird
}

// ---------------------------------------------------------------------------
// Judging.

type ruleState struct {
	first, third         bool   // matched about the writer / someone else
	withFirst, withThird bool   // a "with" phrase matched about the writer / someone else
	phrases              uint64 // which phrases matched (first 64), for min_matches
	nPhrases             int
	spans                []hit // where it matched, for Verdict.Symptoms
}

type finding struct {
	crisis, crisisThird bool
	level               int // 0 none, then soon, same-day, emergency
	rule, why           string
	third               bool
	negated             []bool // per rule: appeared negated
	fired, thirdOnly    []bool // per rule and signal: fired; only about someone else
	dose, diagnosis     bool
	signs, figure       bool
	retract             bool
	ruleIdx             int
	symptoms            []string // words of the fired rules' matches
}

// levelRank orders the levels; 0 is none (and a signal's empty level).
func levelRank(level string) int {
	switch level {
	case knowledge.LevelSoon:
		return 1
	case knowledge.LevelSameDay:
		return 2
	case knowledge.LevelEmergency:
		return 3
	}
	return 0
}

func rankLevel(rank int) string {
	return [...]string{"", knowledge.LevelSoon, knowledge.LevelSameDay, knowledge.LevelEmergency}[rank]
}

func (s *Safety) judge(text string) finding {
	m := s.read(text)
	f := finding{retract: m.retract, ruleIdx: -1, negated: make([]bool, len(s.rules))}
	st := make([]ruleState, len(s.rules))

	// Spans of figures of speech: a crisis phrase inside one is the figure.
	var figures []hit
	for _, h := range m.hits {
		ph := &s.phrases[h.ph]
		switch ph.own {
		case ownFigure:
			figures = append(figures, h)
			f.figure = true
		case ownDose:
			f.dose = true
		case ownDiagnosis:
			f.diagnosis = true
		case ownSigns:
			f.signs = true
		}
	}
	for _, h := range m.hits {
		ph := &s.phrases[h.ph]
		switch ph.own {
		case ownCrisis:
			if f.crisis || m.negated(h, crisisNegationWindow) || inside(h, figures) {
				continue
			}
			f.crisis, f.crisisThird = true, m.third(h)
		case ownRule:
			r := &s.rules[ph.rule]
			if s.unless(m, ph.rule, h) || (r.newOnly && m.old(h)) {
				continue
			}
			if m.negated(h, negationWindow) {
				f.negated[ph.rule] = true
				continue
			}
			if m.hypothetical(h) {
				f.signs = true
				continue
			}
			rs := &st[ph.rule]
			if m.third(h) {
				rs.third = true
			} else {
				rs.first = true
			}
			if ph.idx < 64 && rs.phrases&(1<<ph.idx) == 0 {
				rs.phrases |= 1 << ph.idx
				rs.nPhrases++
			}
			rs.spans = append(rs.spans, h)
		case ownWith:
			if m.negated(h, negationWindow) {
				continue
			}
			if m.third(h) {
				st[ph.rule].withThird = true
			} else {
				st[ph.rule].withFirst = true
			}
			st[ph.rule].spans = append(st[ph.rule].spans, h)
		}
	}

	fired := make([]bool, len(s.rules))
	thirdOnly := make([]bool, len(s.rules))
	for i, r := range s.rules {
		rs := &st[i]
		if !rs.first && !rs.third {
			continue
		}
		if r.minMatches > 1 && rs.nPhrases < r.minMatches {
			continue
		}
		third := rs.third && !rs.first
		if r.hasWith && !((third && rs.withThird) || (!third && rs.withFirst)) {
			continue
		}
		fired[i], thirdOnly[i] = true, third
		if rank := levelRank(r.level); rank > f.level {
			f.level, f.rule, f.why, f.third, f.ruleIdx = rank, r.id, r.why, third, i
		}
	}
	f.fired, f.thirdOnly = fired, thirdOnly
	for i := range fired {
		if !fired[i] {
			continue
		}
		for _, h := range st[i].spans {
			for _, t := range m.toks[h.start:h.end] {
				f.symptoms = append(f.symptoms, t.surf)
			}
		}
	}
	if c, third := s.combine(fired, thirdOnly); c != nil && levelRank(c.level) > f.level {
		f.level, f.rule, f.why, f.third = levelRank(c.level), c.id, c.why, third
	}
	return f
}

// combine returns the most urgent combination whose rules and signals all
// fired (the first in the file among equals), and whether all of them were
// about someone else.
func (s *Safety) combine(fired, thirdOnly []bool) (*combo, bool) {
	var best *combo
	bestThird := false
	for ci := range s.combos {
		c := &s.combos[ci]
		all, third := true, true
		for _, i := range c.all {
			all = all && fired[i]
			third = third && thirdOnly[i]
		}
		if all && (best == nil || levelRank(c.level) > levelRank(best.level)) {
			best, bestThird = c, third
		}
	}
	return best, bestThird
}

// unless reports a benign look-alike of the rule in the match's clause.
func (s *Safety) unless(m *msg, ri int32, h hit) bool {
	return m.unlessAt[int64(ri)<<32|int64(m.toks[h.start].clause)]
}

func inside(h hit, spans []hit) bool {
	for _, sp := range spans {
		if sp.start <= h.start && h.end <= sp.end {
			return true
		}
	}
	return false
}

// Check runs the safety check on a message. previous is the same user's
// previous message (or ""): a red flag or crisis said a moment ago still
// counts for the follow-up "anyway, will massage help?", unless this message
// takes it back or negates it.
func (s *Safety) Check(text, previous string) Verdict {
	return s.CheckAfter(text, s.Remember(previous))
}

// CheckAfter is Check with the previous message already read: prev holds
// what the safety check found in it, not its text.
func (s *Safety) CheckAfter(text string, prev Memory) Verdict {
	cur := s.judge(text)
	if cur.crisis {
		return s.crisisVerdict(cur.crisisThird, false)
	}
	if prev.safety != nil {
		prev := *prev.safety
		if prev.crisis {
			return s.crisisVerdict(prev.crisisThird, true)
		}
		takenBack := cur.retract || (prev.ruleIdx >= 0 && cur.negated[prev.ruleIdx])
		if prev.level > cur.level && !takenBack {
			v := s.urgentVerdict(prev)
			v.FromPrevious = true
			return v
		}
		// A combination split across the two messages ("I fell over
		// yesterday", then "I have osteoporosis, will massage help?").
		if !cur.retract {
			if both := s.acrossMessages(prev, cur); both.level > max(prev.level, cur.level) {
				v := s.urgentVerdict(both)
				v.FromPrevious = true
				return v
			}
		}
	}
	switch {
	case cur.level > 0:
		return s.urgentVerdict(cur)
	case cur.dose:
		return Verdict{Kind: VerdictDose, Notice: s.wording.Dose}
	case cur.diagnosis:
		return Verdict{Kind: VerdictDiagnosis, Notice: s.wording.Diagnosis}
	case cur.signs:
		return Verdict{Kind: VerdictSigns, Notice: s.wording.Signs}
	case cur.figure:
		return Verdict{Kind: VerdictFigure, Notice: s.wording.Figure}
	}
	return Verdict{}
}

// acrossMessages judges the combinations over the rules and signals that
// fired in either message; one the current message negates does not count
// from the previous one.
func (s *Safety) acrossMessages(prev, cur finding) finding {
	var f finding
	if len(s.combos) == 0 {
		return f
	}
	fired := make([]bool, len(s.rules))
	thirdOnly := make([]bool, len(s.rules))
	for i := range s.rules {
		p := prev.fired[i] && !cur.negated[i]
		fired[i] = p || cur.fired[i]
		switch {
		case p && cur.fired[i]:
			thirdOnly[i] = prev.thirdOnly[i] && cur.thirdOnly[i]
		case p:
			thirdOnly[i] = prev.thirdOnly[i]
		default:
			thirdOnly[i] = cur.thirdOnly[i]
		}
	}
	if c, third := s.combine(fired, thirdOnly); c != nil {
		f.level, f.rule, f.why, f.third = levelRank(c.level), c.id, c.why, third
	}
	return f
}

func (s *Safety) crisisVerdict(third, fromPrevious bool) Verdict {
	v := Verdict{Kind: VerdictCrisis, Advice: s.wording.Crisis, Rule: "crisis", ThirdParty: third, FromPrevious: fromPrevious}
	if third {
		v.Advice = s.wording.CrisisThirdParty
	}
	return v
}

func (s *Safety) urgentVerdict(f finding) Verdict {
	level := rankLevel(f.level)
	return Verdict{Kind: VerdictUrgent, Level: level, Advice: s.wording.Advice(level, f.third),
		Why: f.why, Rule: f.rule, ThirdParty: f.third, Symptoms: f.symptoms}
}

// WithoutSymptoms returns text without the words v's red flag was found
// in, so that a passage after urgent advice answers what was asked ("would
// a massage help my tight muscles?"), not the symptom ("blood" in the pee is
// not "blood flow").
func WithoutSymptoms(text string, v Verdict) string {
	if len(v.Symptoms) == 0 {
		return text
	}
	drop := map[string]bool{}
	for _, w := range v.Symptoms {
		drop[strings.ToLower(w)] = true
	}
	var kept []string
	for _, w := range strings.Fields(text) {
		if !drop[strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
