package safety

import (
	"github.com/backpainbot/backpainbot/knowledge"
)

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
	excused             []bool // per rule: explained away by the opening (msg.excuses)
	fired, thirdOnly    []bool // per rule and signal: fired; only about someone else
	// open, per rule: its phrases matched but its "with" did not, or its
	// "with" matched without them (the open* bits), which the other
	// message of a pair may complete (see acrossMessages).
	open            []uint8
	dose, diagnosis bool
	signs, figure   bool
	retract         bool
	// veiled: a crisis phrase inside a figure of speech ("this pain makes
	// me want to die"); insist: the message says it was meant ("i mean
	// it"). Both, in one message or over two, are a crisis.
	veiled, veiledThird bool
	insist, meant       bool // meant: the crisis is a veiled one, insisted on
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

// judge reads a message and decides what it holds: crisis, the most
// urgent red flag or combination, the notices, and what the next message
// may need (see acrossMessages).
func (s *Safety) judge(text string) finding {
	m := s.read(text)
	f := finding{retract: m.retract, insist: m.insist, ruleIdx: -1, negated: make([]bool, len(s.rules)), excused: make([]bool, len(s.rules))}
	for ri := range s.rules {
		f.excused[ri] = m.excuses(int32(ri), s.rules[ri].transient)
	}
	figures := s.notices(m, &f)
	st := s.states(m, &f, figures)
	fired, thirdOnly := s.fire(m, &f, st)
	if c, third := s.combine(fired, thirdOnly); c != nil && levelRank(c.level) > f.level {
		f.level, f.rule, f.why, f.third = levelRank(c.level), c.id, c.why, third
	}
	return f
}

// notices notes the figures, dose, diagnosis and signs phrases of m, and
// returns the spans of its figures of speech: a crisis phrase inside one is
// the figure.
func (s *Safety) notices(m *msg, f *finding) []hit {
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
	return figures
}

// states judges each match of a crisis phrase, a rule or a rule's "with"
// phrase: negated, hypothetical, old, a look-alike, about whom. It notes
// crisis, negated rules and hypothetical red flags in f.
func (s *Safety) states(m *msg, f *finding, figures []hit) []ruleState {
	st := make([]ruleState, len(s.rules))
	for _, h := range m.hits {
		ph := &s.phrases[h.ph]
		switch ph.own {
		case ownCrisis:
			// Someone else's, in a story seen or read ("watched the film
			// where the girl wants to end her life"), is the story's.
			if f.crisis || m.negated(h, crisisNegationWindow) || m.pastCrisis(h) || (m.storyBefore(h) && m.third(h)) {
				continue
			}
			if inside(h, figures) {
				if !f.veiled {
					f.veiled, f.veiledThird = true, m.third(h)
				}
				if !m.insist {
					continue
				}
				f.meant = true
			}
			f.crisis, f.crisisThird = true, m.third(h)
		case ownRule:
			r := &s.rules[ph.rule]
			if s.unless(m, ph.rule, h) || m.story(h) || (r.newOnly && m.old(h)) || (r.transient && m.passed(h)) {
				continue
			}
			if m.negated(h, negationWindow) || m.denied(h) {
				f.negated[ph.rule] = true
				continue
			}
			if m.hypothetical(h) || m.askedAbout(h) {
				f.signs = true
				continue
			}
			rs := &st[ph.rule]
			if r.besideBack && m.third(h) && m.writersBackOnly() {
				continue
			}
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
	return st
}

// fire decides which rules and signals fired, and about whom, and keeps the
// most urgent in f with the words they were found in.
func (s *Safety) fire(m *msg, f *finding, st []ruleState) (fired, thirdOnly []bool) {
	fired = make([]bool, len(s.rules))
	thirdOnly = make([]bool, len(s.rules))
	f.open = make([]uint8, len(s.rules))
	for i, r := range s.rules {
		rs := &st[i]
		if !rs.first && !rs.third {
			f.open[i] = openWith(false, rs.withFirst) | openWith(true, rs.withThird)
			continue
		}
		if r.minMatches > 1 && rs.nPhrases < r.minMatches {
			continue
		}
		third := rs.third && !rs.first
		if r.hasWith && !((third && rs.withThird) || (!third && rs.withFirst)) {
			f.open[i] = openUnmet
			if third {
				f.open[i] |= openUnmetThird
			}
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
	return fired, thirdOnly
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

// unless reports a benign look-alike of the rule in the match's sentence:
// on the round-4 examples, a sentence rather than a clause dropped 36 of
// the both-legs and saddle-numbness rules' 161 false alarms for 14 of
// their 286 red flags ("my bum went numb on the drive, fine again once I
// got out" puts the look-alike after a comma).
func (s *Safety) unless(m *msg, ri int32, h hit) bool {
	return m.unlessAt[int64(ri)<<32|int64(m.toks[h.start].sent)]
}

func inside(h hit, spans []hit) bool {
	for _, sp := range spans {
		if sp.start <= h.start && h.end <= sp.end {
			return true
		}
	}
	return false
}

// The bits of a rule left open for the next message (finding.open): its
// phrases matched without its "with" (about someone else), or its "with"
// matched alone (about the writer, about someone else).
const (
	openUnmet = 1 << iota
	openUnmetThird
	openWithFirst
	openWithThird
	openBits = openWithThird<<1 - 1
)

// openWith is the open bit for a "with" phrase about the writer or about
// someone else, if it matched.
func openWith(third, matched bool) uint8 {
	switch {
	case !matched:
		return 0
	case third:
		return openWithThird
	}
	return openWithFirst
}

// unmet reports whether rule i's phrases matched without its "with", and
// whether about someone else only.
func (f *finding) unmet(i int) (unmet, third bool) {
	return f.open[i]&openUnmet != 0, f.open[i]&openUnmetThird != 0
}
