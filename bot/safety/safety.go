package safety

import (
	"strings"
	"unicode"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The safety check (../shared/SAFETY.md): runs on every question before any
// search. The rules are data (knowledge.SafetyRules, rules/safety.yaml); this
// package is the matching. It is pure: no I/O, no clock, no mutable state.
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
//     look-alike? told as a story? about whom?
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
	// Basis says what the verdict rests on, for people auditing it: "rule
	// bladder", or the detector's level and probability with the training
	// example nearest the message. Never the message's own words.
	Basis string
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
// New and safe for concurrent use.
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

	detector *Detector // nil: the rules alone
}

// anchor is an alternative of a phrase's first slot that starts with a
// given word.
type anchor struct {
	ph, alt int32
}

type rule struct {
	id, level, why string
	newOnly        bool
	transient      bool
	besideBack     bool
	yieldsToCrisis bool
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
	ownInsist
	ownStory
	ownPassed
	ownDenial
	ownRecovered
	ownCrisis
	ownFigure
	ownDose
	ownDiagnosis
	ownSigns
	ownNotMine
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
	// except: "!" before the slot: any one word, so long as neither it nor
	// the words right after it in the clause (fillers too) are one of
	// alts ("overdosed on + !@drug": the zumba class, not the pills).
	except bool
}

// acrossMessages judges what the two messages of a pair say together: the
// combinations over the rules and signals that fired in either, and, when
// the current message continues the previous one (cont), a rule whose
// phrases one message matched and whose "with" the other did ("I had
// breast cancer in 2019", then "and now my back has started aching"),
// about the same person. An ordinary message leaves no memory (see
// Safety.Remember), so a "with" told first counts only beside something
// else the rules found in its message. A rule the current message
// negates, or explains away in its opening, does not count from the
// previous one.
func (s *Safety) acrossMessages(prev, cur finding, cont bool) finding {
	var f finding
	fired := make([]bool, len(s.rules))
	thirdOnly := make([]bool, len(s.rules))
	for i, r := range s.rules {
		p := prev.fired[i] && !cur.negated[i]
		fired[i] = p || cur.fired[i]
		switch {
		case p && cur.fired[i]:
			thirdOnly[i] = prev.thirdOnly[i] && cur.thirdOnly[i]
		case p:
			thirdOnly[i] = prev.thirdOnly[i]
		case cur.fired[i]:
			thirdOnly[i] = cur.thirdOnly[i]
		case !cont:
			// A new question completes nothing of the message before.
		case completes(prev, cur, i) && !cur.negated[i] && !cur.excused[i]:
			_, thirdOnly[i] = prev.unmet(i)
			fired[i] = true
		case completes(cur, prev, i):
			_, thirdOnly[i] = cur.unmet(i)
			fired[i] = true
		}
		if fired[i] && !prev.fired[i] && !cur.fired[i] && levelRank(r.level) > f.level {
			f.level, f.rule, f.why, f.third = levelRank(r.level), r.id, r.why, thirdOnly[i]
		}
	}
	if c, third := s.combine(fired, thirdOnly); c != nil && levelRank(c.level) > f.level {
		f.level, f.rule, f.why, f.third = levelRank(c.level), c.id, c.why, third
	}
	return f
}

// completes reports whether rule i's phrases matched in open without its
// "with", and other says the "with" about the same person.
func completes(open, other finding, i int) bool {
	unmet, third := open.unmet(i)
	return unmet && other.open[i]&openWith(third, true) != 0
}

func (s *Safety) crisisVerdict(third, fromPrevious bool) Verdict {
	v := Verdict{Kind: VerdictCrisis, Advice: s.wording.Crisis, Rule: "crisis", ThirdParty: third, FromPrevious: fromPrevious,
		Basis: "rule crisis"}
	if third {
		v.Advice = s.wording.CrisisThirdParty
	}
	return v
}

func (s *Safety) urgentVerdict(f finding) Verdict {
	level := rankLevel(f.level)
	return Verdict{Kind: VerdictUrgent, Level: level, Advice: s.wording.Advice(level, f.third),
		Why: f.why, Rule: f.rule, ThirdParty: f.third, Symptoms: f.symptoms, Basis: "rule " + f.rule}
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
