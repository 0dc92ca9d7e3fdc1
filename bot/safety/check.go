package safety

import (
	"fmt"
	"slices"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The two layers: the rules, exact and auditable, and the learned
// detector, for the ways people write that no rule names. A message is
// flagged when either flags it, at the more urgent level.

// WithDetector returns a copy of s that checks messages with d too.
func (s *Safety) WithDetector(d *Detector) *Safety {
	c := *s
	c.detector = d
	return &c
}

// Ordinary returns those of msgs the rules find nothing to flag in (no red
// flag, crisis or signs question): messages fit to teach the detector what
// ordinary messages look like.
func (s *Safety) Ordinary(msgs []string) []string {
	var out []string
	for _, m := range msgs {
		if v := s.rulesVerdict(m, nil, false); verdictRank(v) == rankNone && v.Kind != VerdictSigns {
			out = append(out, m)
		}
	}
	return out
}

// TrainDetector trains a detector on examples and ordinary messages (see
// NewDetector), leaving out the ordinary messages these rules would flag.
func (s *Safety) TrainDetector(examples []knowledge.SafetyExample, ordinary []string, opts DetectorOptions) (*Detector, error) {
	return NewDetector(examples, s.Ordinary(ordinary), opts)
}

// verdictLevel is a verdict as a level of knowledge.SafetyLevels.
func verdictLevel(v Verdict) string {
	switch v.Kind {
	case VerdictCrisis:
		return knowledge.SafetyCrisis
	case VerdictUrgent:
		return v.Level
	case VerdictSigns:
		return knowledge.SafetySigns
	}
	return knowledge.SafetyNone
}

// Detector returns the learned detector s checks with, or nil.
func (s *Safety) Detector() *Detector { return s.detector }

// Memory is what the safety check needs of a member's previous message:
// what the rules found there, and the detector's features of its words
// (hashes, not text), so that a red flag told over two messages is read as
// one. The zero Memory means nothing to carry.
type Memory struct {
	f   *finding
	ctx qmodel.Context
}

// Empty reports whether m carries nothing.
func (m Memory) Empty() bool { return m.f == nil && m.ctx.Empty() }

// Remember reads text for what the next message needs: what the rules
// found, and a rule whose phrases matched without its "with", which the
// next message may complete. An ordinary message leaves nothing.
func (s *Safety) Remember(text string) Memory {
	var m Memory
	if f := s.judge(text); f.crisis || f.veiled || f.level > 0 || slices.Contains(f.fired, true) || slices.ContainsFunc(f.open, func(o uint8) bool { return o&openUnmet != 0 }) {
		f.symptoms = nil // words of this message: the next one has its own
		m.f = &f
	}
	if s.detector != nil && s.detector.Trace(text) {
		m.ctx = s.detector.Context(text)
	}
	return m
}

// Check runs the safety check on a message. previous is the same user's
// previous message (or ""): a red flag or crisis said a moment ago still
// counts for a message that continues it ("and now my legs are numb too").
func (s *Safety) Check(text, previous string) Verdict {
	return s.CheckAfter(text, s.Remember(previous))
}

// CheckAfter is Check with the previous message already read.
func (s *Safety) CheckAfter(text string, prev Memory) Verdict {
	cont := !prev.Empty() && continues(text)
	v := s.rulesVerdict(text, prev.f, cont)
	if s.detector == nil {
		return v
	}
	joined := cont && !prev.ctx.Empty()
	var f Finding
	if joined {
		f = s.detector.ReadAfter(text, prev.ctx)
	} else {
		f = s.detector.Read(text)
	}
	if s.overrules(v, f, text) {
		return Verdict{Kind: VerdictSigns, Notice: s.wording.Signs, Rule: v.Rule,
			Basis: fmt.Sprintf("%s, overruled by the detector (p=%.3f of any alarm): the warning signs instead", v.Basis, f.Alarm)}
	}
	return s.stronger(v, f, text, joined)
}

// overrules reports whether the detector's finding f is sure enough that
// text raises no alarm to turn the rules' urgent verdict v into the warning
// signs. Only for a red flag a rule found in this message itself, never a
// crisis, and only for a message long enough for the detector to read its
// story (a short "saddle numbness + back pain, what do i do" is not) and
// short enough that a red flag told in passing still shows. The member
// still gets the list of warning signs and what to do about each.
func (s *Safety) overrules(v Verdict, f Finding, text string) bool {
	if v.Kind != VerdictUrgent || v.FromPrevious || v.Level == knowledge.LevelSoon || f.Alarm >= overruleBelow {
		return false
	}
	n := len(strings.Fields(text))
	return n >= overruleMinWords && n <= overruleMaxWords
}

// The detector overrules a rule's red flag below overruleBelow (chosen on
// 4-fold cross-validation of the training examples, messages of 15–300
// words: below 1% the rules' red flag was a false alarm 69 times and right
// none of 2,176 times; on the spent held-out splits v1–v23 it removes 24 of
// 87 false alarms and no red flag).
const (
	overruleBelow    = 0.01
	overruleMinWords = 15
	overruleMaxWords = 300
)

// rulesVerdict is the rules' verdict on text after the previous message's
// finding (nil for none); cont says text continues that message.
func (s *Safety) rulesVerdict(text string, prev *finding, cont bool) Verdict {
	cur := s.judge(text)
	if cur.crisis {
		v := s.crisisVerdict(cur.crisisThird, false)
		if cur.meant {
			v.Basis += meantBasis
		}
		return v
	}
	if prev != nil {
		if prev.crisis && cont {
			return s.crisisVerdict(prev.crisisThird, true)
		}
		// "this pain makes me want to die haha", then "I mean it".
		if prev.veiled && cont && cur.insist {
			v := s.crisisVerdict(prev.veiledThird, true)
			v.Basis += meantBasis + ", in the previous message"
			return v
		}
		// A combination split across the two messages ("I fell over
		// yesterday", then "I have osteoporosis, will massage help?"; a
		// fever, then "now he's not making any sense"): the second
		// completes the first whatever its words, and it outranks the
		// first message's own flag.
		if !cur.retract {
			if both := s.acrossMessages(*prev, cur, cont); both.level > max(prev.level, cur.level) {
				v := s.urgentVerdict(both)
				v.FromPrevious = true
				v.Basis += ", over two messages"
				return v
			}
		}
		takenBack := cur.retract || (prev.ruleIdx >= 0 && (cur.negated[prev.ruleIdx] || cur.excused[prev.ruleIdx]))
		if cont && prev.level > cur.level && !takenBack {
			v := s.urgentVerdict(*prev)
			v.FromPrevious = true
			v.Basis += ", in the previous message"
			return v
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

// meantBasis marks a crisis told as a figure of speech and then said to be
// meant (see knowledge.SafetyRules.Insist).
const meantBasis = ", a figure of speech said to be meant"

// verdictRank is the urgency of a verdict on the detector's scale.
func verdictRank(v Verdict) int { return detectorRank(verdictLevel(v)) }

// stronger returns the rules' verdict v, or the detector's finding f when
// it is more urgent. A signs question the rules missed gets the signs.
func (s *Safety) stronger(v Verdict, f Finding, text string, joined bool) Verdict {
	if f.rank() <= verdictRank(v) || (f.Level == knowledge.SafetyCrisis && f.P < s.crisisOver(v) && v.Kind == VerdictUrgent && v.Level == knowledge.LevelEmergency) {
		// Not more urgent; and an emergency the rules found keeps its
		// advice over a crisis the detector is less than sure of. A
		// same-day or see-soon flag yields to it, as it does to the rules'
		// own crisis phrases: the crisis reply opens with the emergency
		// number.
		if f.Level == knowledge.SafetySigns && (v.Kind == VerdictNone || v.Kind == VerdictFigure) && s.detector.confirm(text, &f) {
			return Verdict{Kind: VerdictSigns, Notice: s.wording.Signs, Basis: f.basis()}
		}
		return v
	}
	if !s.detector.confirm(text, &f) {
		return v
	}
	third := s.aboutSomeoneElse(text)
	var out Verdict
	if f.Level == knowledge.SafetyCrisis {
		out = s.crisisVerdict(third, false)
		out.Rule = "detector"
	} else {
		out = Verdict{Kind: VerdictUrgent, Level: f.Level, Advice: s.wording.Advice(f.Level, third), Rule: "detector", ThirdParty: third}
	}
	out.Basis, out.FromPrevious = f.basis(), joined
	if joined {
		out.Basis += ", reading this message with the one before"
	}
	return out
}

// crisisOverEmergency is how sure the detector must be of a crisis for its
// reply to replace the advice of an emergency the rules found. On the spent
// held-out splits v1-v95 (single messages the rules read as an emergency
// and the detector as a crisis), 10 crises and no emergency were at 0.95
// or above; the most sure of the emergencies was 0.94 (a Tok Pisin
// "pundaun 3 taim tude", fallen three times today). Most of the crises were
// an old accident the rules read as new beside a goodbye told sideways.
const crisisOverEmergency = 0.95

// crisisOverYielding is crisisOverEmergency for a rule marked
// yields_to_crisis (major trauma). On the spent splits v1-v169, the
// emergencies of that rule the detector read as a crisis at 0.9 or more
// were 3 crises and no emergency; from 0.8, 4 crises and 2 emergencies
// (a son's fall from a roof, a car into the divider).
const crisisOverYielding = 0.9

// crisisOver is how sure the detector must be of a crisis to replace the
// rules' emergency verdict v.
func (s *Safety) crisisOver(v Verdict) float32 {
	if i := s.ruleIndex(v.Rule); i >= 0 && s.rules[i].yieldsToCrisis {
		return crisisOverYielding
	}
	return crisisOverEmergency
}

// basis says what a finding rests on: the level, how sure, and the training
// example most like the message.
func (f Finding) basis() string {
	b := fmt.Sprintf("detector %s (p=%.2f)", f.Level, f.P)
	if n := f.Nearest; n.Text != "" {
		b += fmt.Sprintf(", nearest example %q (%s %s:%d)", clip(joined(n), 120), n.Flag, n.File, n.Line)
	}
	return b
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// aboutSomeoneElse reports whether a message describes someone other than
// its writer: it names others more often than the writer ("my dad can't
// feel his legs", not "I'm worried, I can't feel my legs").
func (s *Safety) aboutSomeoneElse(text string) bool {
	m := s.read(text)
	first, third := 0, 0
	for _, t := range m.toks {
		switch t.person {
		case personFirst:
			first++
		case personThird:
			third++
		}
	}
	return third > first
}
