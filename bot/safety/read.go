package safety

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
	flagNegEnd    = 1 << iota // last word of a negation cue before a symptom
	flagNegAfter              // first word of a negation cue after a symptom
	flagPseudo                // inside a pseudo-negation ("not sure")
	flagHypo                  // last word of a hypothetical cue
	flagLong                  // inside a "longstanding" cue
	flagRecent                // inside a "recent" cue
	flagRecovered             // inside a "recovered" cue ("doing well now")
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
	insist  bool // says a figure of speech was meant ("i mean it")
	notMine bool // says the red flags it names are not the writer's ("i dont have it")

	// Computed once after the cues are marked, so that judging each match
	// is cheap however long the message is.
	longSent     []bool         // by sentence: has a "longstanding" cue
	recentClause []bool         // by clause: has a "recent" cue
	unlessAt     map[int64]bool // rule<<32 | sentence: a benign look-alike of the rule is in the sentence
	storyAt      []int32        // by sentence: start+1 of its first cue of a story seen, heard or read, or 0
	passedAt     []int32        // by sentence: start+1 of its last "passed" cue, or 0
	deniedAt     []int32        // by sentence: start+1 of its last denial, or 0
	deniesBefore []bool         // by sentence: opens with a denial, which answers the sentence before
	recovered    bool           // says a crisis is over, and nothing is recent
}

// read reads one message: its words (with variants and vocabulary ids),
// the phrases that match them, and the cues around them.
func (s *Safety) read(text string) *msg {
	raw := tokenize(text)
	person := make([]uint8, len(raw))
	s.people(raw, person)
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
				m.toks = append(m.toks, tok{surf: t.surf, kind: t.kind, clause: clause, sent: sent})
			case t.kind > m.toks[n-1].kind:
				if t.kind == tokHard {
					sent++
				}
				m.toks[n-1].kind, m.toks[n-1].sent = t.kind, sent
				fallthrough
			default:
				if t.surf != "" {
					m.toks[n-1].surf = t.surf // "?", the question mark
				}
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

// people sets person[i] to who raw[i] describes, on the words as typed, and
// marks the scope breakers as clause ends. The caller makes person, so that
// a short message's stays on the stack.
func (s *Safety) people(raw []rawTok, person []uint8) {
	for i := 0; i < len(raw); i++ {
		if raw[i].kind != tokWord {
			continue
		}
		if n := s.thirdParty.at(raw, i); n > 0 {
			if listener(raw, i) || vocative(raw, i) || likeness(raw, i) || filipinoParticle(raw, i) {
				// Someone spoken to ("I want to talk to someone about
				// it", "I'm tired mate") or a likeness ("like wiping
				// someone elses bum"): the writer still speaks of
				// themself.
				i += n - 1
				continue
			}
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
}

// listener reports an unnamed person spoken to ("talk to someone", "tell
// somebody"), who is not the one a message describes. Found on held-out
// v28 (spent): "I want to talk to someone about suicide" got the crisis
// reply for someone else's thoughts. Like vocative and likeness, it is
// asked only about a word of people.third_party.
func listener(raw []rawTok, i int) bool {
	if w := raw[i].surf; w != "someone" && w != "somebody" {
		return false
	}
	if i == 0 || raw[i-1].kind != tokWord {
		return false
	}
	switch raw[i-1].surf {
	case "to", "tell", "telling", "told", "ask", "asking", "asked":
		return true
	}
	return false
}

// likeness reports "someone else's" in a likeness ("when i wipe its like
// wiping someone elses bum"; held-out v34, spent): nobody else is
// described.
func likeness(raw []rawTok, i int) bool {
	w := raw[i].surf
	return (w == "someone" || w == "somebody") && i+1 < len(raw) && raw[i+1].surf == "elses"
}

// vocative reports a word for a friend used to address the reader ("I'm
// tired mate.", "thanks bro"): it ends its clause and no "my" or "his"
// makes it someone's. Found on held-out v31 (spent): "but I'm tired mate
// ... looking at the beam a bit too long" got the crisis reply for
// someone else.
func vocative(raw []rawTok, i int) bool {
	switch raw[i].surf {
	case "mate", "bro", "buddy", "pal":
	default:
		return false
	}
	if i+1 < len(raw) && raw[i+1].kind == tokWord {
		return false
	}
	if i > 0 && raw[i-1].kind == tokWord {
		switch raw[i-1].surf {
		case "my", "his", "her", "your", "ur", "our", "their", "a", "the", "this", "that", "me":
			return false
		}
	}
	return true
}

// filipinoParticle reports "man" as the Cebuano and Tagalog particle
// after another particle or a negation ("na", "ra", "lang", "gyud",
// "dili", "wala": "dili na man ko magdugay"), not a man. Found on
// held-out v82 (spent): a Cebuano writer's own crisis got the reply for
// someone else.
func filipinoParticle(raw []rawTok, i int) bool {
	if raw[i].surf != "man" || i == 0 || raw[i-1].kind != tokWord {
		return false
	}
	switch raw[i-1].surf {
	case "na", "ra", "lang", "gyud", "gud", "pud", "sab", "kay", "dili", "wala":
		return true
	}
	return false
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
	m.storyAt = make([]int32, last.sent+1)
	m.passedAt = make([]int32, last.sent+2)
	m.deniedAt = make([]int32, last.sent+1)
	m.deniesBefore = make([]bool, last.sent+2)
	hypo, person := int32(-1), uint8(personNone)
	// A crisis is told as over when a "recovered" cue says so and no
	// "recent" cue stands outside the clauses that say it ("I'm in a good
	// place now" is not "but lately I want to die again").
	recoveredClause := make([]bool, last.clause+1)
	recovered := false
	for i := range m.toks {
		if m.toks[i].flags&flagRecovered != 0 {
			recoveredClause[m.toks[i].clause], recovered = true, true
		}
	}
	recentElsewhere := false
	for i := range m.toks {
		t := &m.toks[i]
		if t.flags&flagLong != 0 {
			m.longSent[t.sent] = true
		}
		if t.flags&flagRecent != 0 {
			m.recentClause[t.clause] = true
			recentElsewhere = recentElsewhere || !recoveredClause[t.clause]
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
		switch ph := &s.phrases[h.ph]; ph.own {
		case ownUnless:
			if m.unlessAt == nil {
				m.unlessAt = map[int64]bool{}
			}
			m.unlessAt[int64(ph.rule)<<32|int64(m.toks[h.start].sent)] = true
		case ownStory:
			if at := &m.storyAt[m.toks[h.start].sent]; *at == 0 || h.start+1 < *at {
				*at = h.start + 1
			}
		case ownDenial:
			sent := m.toks[h.start].sent
			m.deniedAt[sent] = max(m.deniedAt[sent], h.start+1)
			m.deniesBefore[sent] = m.deniesBefore[sent] || m.wordsBefore(h.start) < denialLead
		case ownPassed:
			if m.over(h) {
				m.passedAt[m.toks[h.start].sent] = h.start + 1
			}
		}
	}
	m.recovered = recovered && !recentElsewhere
}

// over reports that the cue h says something is over: not negated ("it
// hasn't gone away"), not doubted, not hoped for ("maybe it go away by
// itself if I rest?"; held-out v159, spent). Both a passed cue and a
// retraction of the previous message must be over.
func (m *msg) over(h hit) bool {
	return !m.negated(hit{start: h.start, end: h.start + 1}, 3) && m.toks[h.start].flags&flagPseudo == 0 && !m.awaited(h.start)
}

// awaited reports that one of the three words before token i, in its
// clause, says what is hoped or asked for, not what happened: "will it go
// away by itself?", "hope it goes away", "until it goes away".
func (m *msg) awaited(i int32) bool {
	if m.futureGo(i) {
		return true
	}
	for n := 0; n < 3 && i > 0 && m.toks[i-1].kind == tokWord; n++ {
		i--
		if awaiting[m.toks[i].surf] || m.futureGo(i) {
			return true
		}
	}
	return false
}

// futureGo reports "gonna go" or "going to go" at token i. The words
// group reads "gonna" and "going" as "go", so "that's gonna go away
// right?" reads "go go away": the first "go" is a hope, not a symptom
// that went (held-out v152, spent).
func (m *msg) futureGo(i int32) bool {
	j := i + 1
	if j < int32(len(m.toks)) && m.toks[j].surf == "to" {
		j++
	}
	return m.toks[i].surf == "go" && j < int32(len(m.toks)) && m.toks[j].kind == tokWord && m.toks[j].surf == "go"
}

// awaiting leaves out "would" and "could", which also tell what used to
// happen ("it would go away once I stood up"), and "may", also a month;
// "thought it would go away" is awaited by "thought".
var awaiting = set("will", "should", "might", "maybe", "hopefully", "if", "until", "till", "hope", "hoped", "hoping", "thought", "expected", "expecting", "wait", "waiting", "whether", "unless", "itll", "thatll", "shall")

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
		case ownInsist:
			m.insist = true
		case ownNotMine:
			m.notMine = true
		}
	}
	// A retraction is read once every cue's flags are set, so that a
	// negation on either side of it counts ("it hasn't gone away", "gone
	// away? no").
	for _, h := range m.hits {
		if s.phrases[h.ph].own == ownRetract && m.over(h) {
			m.retract = true
		}
	}
	if m.insist { // "not joking" takes nothing back
		m.retract = false
	}
	// "Doing well" marks a crisis as over; "not doing well" does not.
	for _, h := range m.hits {
		if s.phrases[h.ph].own == ownRecovered && !m.negated(hit{start: h.start, end: h.start + 1}, 3) {
			for i := h.start; i < h.end; i++ {
				m.toks[i].flags |= flagRecovered
			}
		}
	}
}
