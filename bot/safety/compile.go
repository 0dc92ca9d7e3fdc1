package safety

import (
	"fmt"
	"strings"

	"github.com/backpainbot/backpainbot/knowledge"
)

// New compiles the rules. Its errors name the rules file and line.
func New(r *knowledge.SafetyRules) (*Safety, error) {
	if r == nil {
		return nil, fmt.Errorf("bot: safety: no rules")
	}
	s := &Safety{wording: r.Wording, anchors: map[int32][]anchor{}, negCueIDs: map[int32]bool{}}
	c := compiler{s: s, file: r.File, classes: map[string][][]string{}}
	for _, stage := range []func(*knowledge.SafetyRules) error{c.lexicon, c.people, c.cues, c.rules, c.combinations} {
		if err := stage(r); err != nil {
			return nil, err
		}
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// people compiles the phrases matched on the words as typed (who is
// described, where a clause ends) and the classes phrases may name.
func (c *compiler) people(r *knowledge.SafetyRules) error {
	s := c.s
	var err error
	if s.firstPerson, err = c.surface(r.FirstPerson, "people.first_person"); err != nil {
		return err
	}
	if s.thirdParty, err = c.surface(r.ThirdParty, "people.third_party"); err != nil {
		return err
	}
	if s.breakers, err = c.surface(r.Breakers, "scope_breakers"); err != nil {
		return err
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
	return nil
}

// cues compiles the lists of cue phrases: negation, hypothetical, time,
// retractions, and the phrases of crisis, figures, dose, diagnosis and signs.
func (c *compiler) cues(r *knowledge.SafetyRules) error {
	// Negation cue words first: phrases containing them are negative in
	// themselves.
	for _, l := range [][]knowledge.Phrase{r.NegationBefore, r.Inherent} {
		for _, p := range l {
			ws := c.words(p.Text, true)
			if len(ws) == 1 {
				c.s.negCueIDs[c.id(ws[0])] = true
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
		{ownInsist, r.Insist, false, "insist"},
		{ownNotMine, r.NotMine, false, "not_mine"},
		{ownStory, r.Stories, false, "stories"},
		{ownPassed, r.Passed, false, "passed"},
		{ownDenial, r.Denials, false, "denials"},
		{ownRecovered, r.Recovered, false, "recovered"},
		{ownCrisis, r.Crisis, false, "crisis"},
		{ownFigure, r.Figures, false, "figures"},
		{ownDose, r.Dose, false, "dose"},
		{ownDiagnosis, r.Diagnosis, false, "diagnosis"},
		{ownSigns, r.Signs, false, "signs"},
	}
	for _, l := range lists {
		for i, p := range l.ps {
			if err := c.phrase(p, l.own, -1, int32(i), l.adj, l.name); err != nil {
				return err
			}
		}
	}
	return nil
}

// rules compiles the red flags, then the signals, with their unless and
// with phrases.
func (c *compiler) rules(r *knowledge.SafetyRules) error {
	s := c.s
	for _, set := range [][]knowledge.RedFlag{r.RedFlags, r.Signals} {
		for _, rf := range set {
			ri := int32(len(s.rules))
			s.rules = append(s.rules, rule{id: rf.ID, level: rf.Level, why: rf.Why, newOnly: rf.NewOnly, transient: rf.Transient, besideBack: rf.BesideBack,
				yieldsToCrisis: rf.YieldsToCrisis, minMatches: rf.MinMatches, hasWith: len(rf.With) > 0})
			item := fmt.Sprintf("rule %q", rf.ID)
			for i, p := range rf.Phrases {
				if err := c.phrase(p, ownRule, ri, int32(i), false, item); err != nil {
					return err
				}
			}
			for i, p := range rf.Unless {
				if err := c.phrase(p, ownUnless, ri, int32(i), false, item+" unless"); err != nil {
					return err
				}
			}
			for i, p := range rf.With {
				if err := c.phrase(p, ownWith, ri, int32(i), false, item+" with"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// combinations compiles the combinations, over the rules compiled before.
func (c *compiler) combinations(r *knowledge.SafetyRules) error {
	s := c.s
	ruleIndex := map[string]int{}
	for i, rl := range s.rules {
		ruleIndex[rl.id] = i
	}
	for _, cb := range r.Combinations {
		co := combo{id: cb.ID, level: cb.Level, why: cb.Why}
		for _, id := range cb.All {
			i, ok := ruleIndex[id]
			if !ok {
				return fmt.Errorf("bot: safety: %s: combination %q: unknown rule %q", knowledge.RedFlag{Line: cb.Line}.Where(r.File), cb.ID, id)
			}
			co.all = append(co.all, i)
		}
		s.combos = append(s.combos, co)
	}
	return nil
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

// oneWordEach reports whether each alternative is a single word.
func oneWordEach(alts [][]int32) bool {
	for _, a := range alts {
		if len(a) != 1 {
			return false
		}
	}
	return true
}

// phrase compiles one phrase of a list or a rule and indexes it by the
// words it may start with.
func (c *compiler) phrase(p knowledge.Phrase, own uint8, ri, idx int32, adj bool, item string) error {
	slots, end, err := c.slots(p, item)
	if err != nil {
		return err
	}
	// An optional slot at either end would add nothing (gaps allow any
	// word there), so its words would be written but never required.
	if len(slots) > 0 && (slots[0].optional || slots[len(slots)-1].optional) {
		return c.errorf(p.Line, "%s: %q: a slot holding a filler may be missing, so at the start or end of a phrase it requires nothing; drop the slot or its fillers", item, p.Text)
	}
	if len(slots) == 0 {
		return c.errorf(p.Line, "%s: %q has no words once fillers are skipped", item, p.Text)
	}
	if len(slots) == 1 && oneWordEach(slots[0].alts) && len(strings.Fields(p.Text)) > 1 {
		return c.errorf(p.Line, "%s: %q is one word once fillers are skipped, and matches that word anywhere; drop the filler or name the words around it", item, p.Text)
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

// slots reads a phrase's text into its slots: runs of plain words, "..."
// (a wide gap), "+" (adjacent), "$" (the clause ends), @class and a|b
// alternatives. end reports a "$".
func (c *compiler) slots(p knowledge.Phrase, item string) (slots []slot, end bool, err error) {
	wide, adjNext := false, false
	var run []string      // plain words waiting to be normalised together
	var fillersOnly error // a run of plain words that are all fillers
	flushRun := func() {
		if len(run) == 0 {
			return
		}
		ws := c.words(strings.Join(run, " "), true)
		if len(ws) == 0 && fillersOnly == nil {
			fillersOnly = c.errorf(p.Line, "%s: %q: %q is only fillers, which messages skip, so it requires nothing, and the gaps around it join into one; drop it", item, p.Text, strings.Join(run, " "))
		}
		for _, w := range ws {
			slots = append(slots, slot{alts: [][]int32{{c.id(w)}}, wide: wide, adj: adjNext})
			wide, adjNext = false, false
		}
		run = run[:0]
	}
	for _, f := range strings.Fields(p.Text) {
		if end {
			return nil, false, c.errorf(p.Line, "%s: %q: $ (end of the clause) goes last", item, p.Text)
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
		case strings.HasPrefix(f, "!"):
			flushRun()
			if len(slots) == 0 {
				return nil, false, c.errorf(p.Line, "%s: %q: a phrase cannot start with %s (any word but those)", item, p.Text, f)
			}
			sl := slot{except: true}
			if sl.alts, err = c.exceptAlts(f[1:]); err != nil {
				return nil, false, c.errorf(p.Line, "%s: %q: %v", item, p.Text, err)
			}
			slots = append(slots, sl)
			wide, adjNext = false, false
		case strings.HasPrefix(f, "@"):
			flushRun()
			members, ok := c.classes[f[1:]]
			if !ok {
				return nil, false, c.errorf(p.Line, "%s: %q: unknown class %q", item, p.Text, f)
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
			if len(sl.alts) == 0 {
				return nil, false, c.errorf(p.Line, "%s: %q: every word of %q is a filler, which messages skip, so the slot requires nothing; drop it", item, p.Text, f)
			}
			slots = append(slots, sl)
			wide, adjNext = false, false
		default:
			run = append(run, f)
		}
	}
	flushRun()
	if fillersOnly != nil {
		return nil, false, fillersOnly
	}
	return slots, end, nil
}

// exceptAlts reads the words of an except slot ("!@drug|them|purpose"):
// classes and single words, fillers included (they are what the slot
// looks at, not what it skips).
func (c *compiler) exceptAlts(text string) ([][]int32, error) {
	var alts [][]int32
	for _, a := range strings.Split(text, "|") {
		if name, ok := strings.CutPrefix(a, "@"); ok {
			members, ok := c.classes[name]
			if !ok {
				return nil, fmt.Errorf("unknown class %q", a)
			}
			for _, mem := range members {
				alts = append(alts, []int32{c.id(mem[0])})
			}
			continue
		}
		ws := c.words(a, false)
		if len(ws) != 1 {
			return nil, fmt.Errorf("%q: an except slot takes single words", a)
		}
		alts = append(alts, []int32{c.id(ws[0])})
	}
	if len(alts) == 0 {
		return nil, fmt.Errorf("! names no word")
	}
	return alts, nil
}
