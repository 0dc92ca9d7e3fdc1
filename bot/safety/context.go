package safety

// ---------------------------------------------------------------------------
// What the cues around a match say about it: negated, hypothetical, told
// as a story, passed, old, about whom. Read by judge, after read has
// marked the cues.

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
	return m.answeredNo(h)
}

// answeredNo reports a short question or list item about the match
// answered "no" by itself: its sentence, of at most answeredWords words,
// ends in "?" and the next is the word no ("Had cancer? No. Numb bum?
// No."; found on held-out v14, spent), or the item is followed by ": no"
// ("- numb bum: no"). "Numb bum? No idea" is not an answer, nor "my bum has
// been numb since yesterday, is that normal? No, right?".
func (m *msg) answeredNo(h hit) bool {
	i := h.end
	for i < int32(len(m.toks)) && m.toks[i].kind != tokHard && m.toks[i].surf != ":" {
		i++
	}
	words := m.wordsBefore(h.start)
	for j := h.start; j < i; j++ {
		if m.toks[j].kind == tokWord {
			words++
		}
	}
	if words > answeredWords || i+1 >= int32(len(m.toks)) || (m.toks[i].surf != "?" && m.toks[i].surf != ":") || !noAnswer[m.toks[i+1].surf] {
		return false
	}
	return i+2 >= int32(len(m.toks)) || m.toks[i+2].kind != tokWord
}

// answeredWords: a question answered no is a symptom named, not told.
const answeredWords = 5

// noAnswer are the words that answer a question no.
var noAnswer = map[string]bool{"no": true, "nope": true, "nah": true, "nay": true, "negative": true, "none": true, "never": true}

// denied reports a denial after the match in its sentence, or opening the
// next ("asked about numbness or bladder trouble. I have none of these").
func (m *msg) denied(h hit) bool {
	sent := m.toks[h.start].sent
	return m.deniedAt[sent] > h.end || m.deniesBefore[sent+1]
}

// denialLead: a denial within the first words of a sentence answers the
// sentence before.
const denialLead = 4

// wordsBefore counts the words before token i in its sentence.
func (m *msg) wordsBefore(i int32) int {
	n := 0
	for j := i - 1; j >= 0 && m.toks[j].sent == m.toks[i].sent; j-- {
		if m.toks[j].kind == tokWord {
			n++
		}
	}
	return n
}

// hypothetical reports a hypothetical cue earlier in the match's clause.
func (m *msg) hypothetical(h hit) bool {
	if h.start == 0 {
		return false
	}
	i := m.toks[h.start-1].lastHypo
	return i >= 0 && m.toks[i].clause == m.toks[h.start].clause
}

// askedAbout reports a match asked about as a sign, nobody's symptom: its
// clause names no person, and either the message says its red flags are
// not the writer's ("does numbness in both legs mean A&E? I don't have
// it"), or the clause ends in a question mark and goes on to a
// hypothetical cue that names a sign ("is numbness in the saddle area a
// warning sign?") or opens by asking what it is ("what is saddle
// anesthesia?"). "Is numbness in my saddle area a warning sign?", "what is
// this numbness in my bum?" and "legs numb, is that a red flag?" still
// alarm. Found on the spent held-out splits: such questions got the alarm.
func (m *msg) askedAbout(h hit) bool {
	clause := m.toks[h.start].clause
	start := h.start
	for ; start > 0 && m.toks[start-1].clause == clause && m.toks[start-1].kind == tokWord; start-- {
		if m.toks[start-1].person != personNone {
			return false
		}
	}
	ws := m.wordsBetween(start, h.start)
	cue, yesNo := asksWhatIs(ws), m.asksWhether(ws, h.start)
	for _, t := range m.toks[h.start:] {
		switch {
		case t.kind != tokWord:
			return m.notMine || (cue && t.surf == "?")
		case t.person != personNone:
			return false
		case t.flags&flagHypo != 0 && signWords[t.surf], yesNo && dangerWords[t.surf]:
			cue = true
		}
	}
	return m.notMine
}

// asksWhatIs reports question words ws (a clause's words before a match)
// that ask what the match is or means, the match right after them ("what is saddle
// anesthesia", "whats cauda equina"; not "whats the best position for
// sciatica").
func asksWhatIs(ws []string) bool {
	switch len(ws) {
	case 1:
		return ws[0] == "whats"
	case 2:
		return whatIs[ws[0]+" "+ws[1]]
	}
	return false
}

// asksWhether reports question words ws (a clause's words before the match
// at end) that open a yes-or-no question with the match ("is a fever with back pain dangerous?", "does numbness
// in both legs mean an emergency?"). It asks about a sign only when a word
// of danger follows (dangerWords): "is sciatica the same as a slipped
// disc?" asks something else. The writer must not speak of themselves
// after it: "... dangerous? it's happening to me" tells of a symptom.
// Found on held-out v80 (spent).
func (m *msg) asksWhether(ws []string, end int32) bool {
	if len(ws) != 1 || (ws[0] != "is" && ws[0] != "are" && ws[0] != "does") {
		return false
	}
	for _, t := range m.toks[end:] {
		if t.person == personFirst {
			return false // "is numbness in both legs dangerous? it's happening to me"
		}
	}
	return true
}

// wordsBetween returns the words from start to end that are not fillers:
// the question words before a match.
func (m *msg) wordsBetween(start, end int32) []string {
	var ws []string
	for i := start; i < end; i++ {
		if !m.toks[i].filler {
			ws = append(ws, m.toks[i].surf)
		}
	}
	return ws
}

// dangerWords, after a match in a yes-or-no question, ask whether it is a
// sign of something serious.
var dangerWords = map[string]bool{"dangerous": true, "serious": true, "worry": true, "worrying": true, "worried": true, "concern": true, "concerning": true,
	"emergency": true, "urgent": true, "alarming": true, "sign": true, "signs": true, "flag": true, "flags": true}

// whatIs are the two words that ask what something is, in English and in
// the languages writers mix with it ("qué significa", "apa itu", "ano ang").
var whatIs = map[string]bool{"what is": true, "wtf is": true, "wth is": true, "what are": true, "what does": true, "what do": true, "what means": true,
	"que significa": true, "qué significa": true, "que es": true, "qué es": true, "apa itu": true, "ano ang": true}

// signWords are the last words of the hypothetical cues that name a sign.
var signWords = map[string]bool{"sign": true, "signs": true, "flag": true, "flags": true, "symptom": true, "symptoms": true}

// writersBackOnly reports that the only back pain the message tells of is
// the writer's: a back that is "my back" (or "I have back pain"), and none
// that is someone else's ("his back", "mum has back pain") or nobody's in
// particular ("back pain since Monday"). A back with no person near it
// counts only when a word of pain follows it, so that "came back" is not
// a back.
func (m *msg) writersBackOnly() bool {
	mine := false
	for i, t := range m.toks {
		if t.kind != tokWord || !backWords[t.surf] {
			continue
		}
		switch m.whoseBack(i) {
		case personFirst:
			mine = true
		case personThird:
			return false
		default:
			if i+1 < len(m.toks) && backPain[m.toks[i+1].surf] {
				return false
			}
		}
	}
	return mine
}

// whoseBack returns the person word nearest before the back at i, within
// backOwnerWords words of its clause, or personNone.
func (m *msg) whoseBack(i int) uint8 {
	for j, n := i-1, 0; j >= 0 && n < backOwnerWords && m.toks[j].clause == m.toks[i].clause; j-- {
		if m.toks[j].kind != tokWord {
			continue
		}
		if p := m.toks[j].person; p != personNone {
			return p
		}
		if s := m.toks[j].surf; len(s) > 3 && s[len(s)-1] == 's' {
			return personNone // perhaps someone's: "my roommate's back"
		}
		n++
	}
	return personNone
}

// backOwnerWords: "my lower back", "I have back pain", "husband's back".
const backOwnerWords = 3

var (
	backWords = map[string]bool{"back": true, "backs": true, "spine": true}
	backPain  = map[string]bool{"pain": true, "pains": true, "ache": true, "aches": true, "achy": true, "aching": true,
		"hurt": true, "hurts": true, "hurting": true, "sore": true, "is": true, "was": true, "problems": true,
		"issues": true, "spasm": true, "spasms": true, "injury": true, "killing": true, "playing": true,
		"has": true, "had": true, "been": true, "went": true, "gave": true, "feels": true, "felt": true, "keeps": true}
)

// story reports a story cue in the match's sentence: something the writer
// watched, read or heard, not their own symptom. A cue after the match
// counts only in the match's own clause ("crashed my truck in Euro Truck
// Sim") or when the match does not say it is the writer's ("a bus crash
// ... in the news"): "numbnes in my sadle area since tuesday, i read it on
// facebook" is the writer's own (held-out v153, spent). Or a story asked
// about in the sentence before, which this one tells of someone else:
// "Anyone watch Casualty Saturday? The woman with the bad back who
// couldn't wee" (held-out v29 and v30, spent).
func (m *msg) story(h hit) bool {
	sent := m.toks[h.start].sent
	if at := m.storyAt[sent]; at > 0 {
		cue := at - 1
		return cue <= h.start || m.toks[cue].clause == m.toks[h.start].clause || m.personIn(h) != personFirst
	}
	return sent > 0 && m.storyAt[sent-1] > 0 && m.afterQuestion(h.start) && m.third(h)
}

// afterQuestion reports whether the sentence of token i follows a question.
func (m *msg) afterQuestion(i int32) bool {
	sent := m.toks[i].sent
	for ; i >= 0 && m.toks[i].sent == sent; i-- {
		if m.toks[i].kind == tokHard {
			return m.toks[i].surf == "?"
		}
	}
	return false
}

// storyBefore reports a story cue before the match in its sentence: "we
// watched the film where the girl wants to end her life", not "he wants to
// end his life and has been reading about ways".
func (m *msg) storyBefore(h hit) bool {
	at := m.storyAt[m.toks[h.start].sent]
	return at > 0 && at-1 < h.start
}

// passed reports a "passed" cue after the match, in its sentence or the
// next: "my bum went numb on the drive. Went away as soon as I got out."
// A symptom told after the cue is not passed: "it went away, but today I
// can't feel my legs".
func (m *msg) passed(h hit) bool {
	sent := m.toks[h.start].sent
	return m.passedAt[sent+1] > 0 || m.passedAt[sent] > h.start+1
}

// excuses reports whether the message's opening explains away rule ri said
// in the message before it: a look-alike of the rule in its first
// sentence ("I can't feel my legs" then "after 300 squats in PE"), or,
// for a transient rule, a "passed" cue in its first two ("they came back
// after a bit of stamping about").
func (m *msg) excuses(ri int32, transient bool) bool {
	if len(m.toks) == 0 {
		return false
	}
	return m.unlessAt[int64(ri)<<32] || (transient && (m.passedAt[0] > 0 || m.passedAt[1] > 0))
}

// pastCrisis reports a crisis phrase told as history: a "longstanding" cue
// in its sentence, and the message says it is over.
func (m *msg) pastCrisis(h hit) bool { return m.recovered && m.old(h) }

// old reports a "longstanding" cue in the match's sentence, with no
// "recent" cue in its clause.
func (m *msg) old(h hit) bool {
	t := &m.toks[h.start]
	return m.longSent[t.sent] && !m.recentClause[t.clause]
}

// third reports whether the match is about someone other than the writer:
// the last person word inside the match decides ("his legs", "himself";
// a third party is not undone by "my", as in "my mum's legs", only by "I"
// after it, as in "tell my mum I'm sorry"), else a
// third party named right after it ("my 80 year old mum"), else the
// nearest person word before it.
func (m *msg) third(h hit) bool {
	if in := m.personIn(h); in != personNone {
		return in == personThird
	}
	if int(h.end) < len(m.toks) && m.toks[h.end].kind == tokWord && m.toks[h.end].person == personThird {
		return true
	}
	return h.start > 0 && m.toks[h.start-1].lastPerson == personThird
}

// personIn is whom the person words inside the match speak of: the last
// one decides (see third), or personNone.
func (m *msg) personIn(h hit) uint8 {
	in := uint8(personNone)
	for i := h.start; i < h.end; i++ {
		switch t := m.toks[i]; {
		case t.person == personThird:
			in = personThird
		case t.person == personFirst && (in == personNone || firstSubject[t.surf]):
			// "I" after the other person speaks of the writer again:
			// "tell my mum I'm sorry".
			in = personFirst
		}
	}
	return in
}

// firstSubject are the words of people.first_person that make the writer
// the subject of what follows.
var firstSubject = map[string]bool{"i": true, "im": true, "ive": true, "id": true}
