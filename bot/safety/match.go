package safety

// Matching phrases on a message's content words.

// match finds every phrase in the message.
func (s *Safety) match(m *msg) {
	present := m.presentIDs(s.lex.nextID)
	viable := make([]int8, len(s.phrases)) // per phrase: 0 not yet known, 1 may match, -1 cannot
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
				if viable[a.ph] == 0 {
					viable[a.ph] = -1
					if ph.canMatch(present) {
						viable[a.ph] = 1
					}
				}
				if viable[a.ph] < 0 {
					continue
				}
				if t.unit && ph.own != ownUnless && len(ph.slots) == 1 && len(ph.slots[0].alts[a.alt]) == 1 {
					// "10 kms": a unit, not a word on its own; an unless
					// that names one means the unit ("km" in "25 km").
					continue
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

// idSet is a set of word ids, one bit each.
type idSet []uint64

func (b idSet) has(id int32) bool {
	return id >= 0 && int(id>>6) < len(b) && b[id>>6]&(1<<(uint(id)&63)) != 0
}

// presentIDs is the set of word ids of m's tokens (n is the lexicon's
// size).
func (m *msg) presentIDs(n int32) idSet {
	b := make(idSet, (n+63)/64)
	for i := range m.toks {
		for _, id := range m.toks[i].ids {
			if id >= 0 && id < n {
				b[id>>6] |= 1 << (uint(id) & 63)
			}
		}
	}
	return b
}

// canMatch reports whether ph could match a message whose word ids are
// present: every slot it cannot skip needs an alternative whose words
// are all there. A long message tries thousands of phrases from its
// common first words ("i", "back", "my"); most name a word the message
// never uses, and this turns them away before any matching.
func (ph *phrase) canMatch(present idSet) bool {
	for i := range ph.slots {
		sl := &ph.slots[i]
		if sl.optional || sl.except {
			continue
		}
		ok := false
		for _, alt := range sl.alts {
			all := true
			for _, id := range alt {
				if !present.has(id) {
					all = false
					break
				}
			}
			if all {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
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
	if sl.except {
		if !m.noneOf(sl.alts, pos) {
			return 0, false, false
		}
		return s.matchSlots(m, ph, si+1, pos+1)
	}
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

// exceptReach is how many words an except slot looks at: the word it
// stands for and those right after it, fillers included ("overdosed on my
// mum's pills").
const exceptReach = 4

// noneOf reports whether content position pos is a word and neither it
// nor the next words of its clause, fillers included, start any of alts
// (an except slot; a multi-word alternative counts by its first word, so
// that in doubt the phrase does not match).
func (m *msg) noneOf(alts [][]int32, pos int) bool {
	if pos == 0 || pos >= len(m.content) || m.toks[m.content[pos]].kind != tokWord {
		return false
	}
	words := 0
	for i := m.content[pos-1] + 1; int(i) < len(m.toks) && words < exceptReach; i++ {
		t := &m.toks[i]
		if t.kind != tokWord {
			break
		}
		words++
		for _, alt := range alts {
			if hasID(t.ids, alt[0]) {
				return false
			}
		}
	}
	return true
}
