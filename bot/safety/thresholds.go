package safety

import (
	"math"
	"slices"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// falseAlarmBudget is the share of messages that need no alarm that the
// detector may alarm at each alarm level (crisis; emergency or same-day),
// measured on cross-validation folds after its nearest examples have
// agreed (see agreeNeeded), and held both over the look-alike traps of the
// safety examples and over ordinary messages. The thresholds are the
// lowest within it: as much recall as the budget buys.
//
// 2% a level since round 13 of the examples, with the crisis floor at 0.4
// (below): on the spent splits v1-v20 the crisis threshold came out at
// 0.48 with 1.5% and at the floor with 2%, catching 1,716 and 1,720 of
// 1,739 crises for 64 and 65 false alarms in 3,584. 1.5% a level since
// 2026-12 (1% before, 0.25% before that). The spent
// held-out splits v1-v8, used as a development set (3,644 messages by 32
// writers the detector never trained on), chose it with the floors below:
// at 1% with floors of 0.6, rules and detector caught 669 of their 688
// crises and 1,458 of 1,529 emergency and same-day messages, with 35 false
// alarms in 1,427; at 1.5% with floors of 0.5 and 0.4, 675, 1,486 and 37.
// The safety set's look-alikes did not move (11 of 289 alarmed; see
// TestSafetySetWithDetector). Earlier, v1-v4 alone had taken the budget
// from 0.25% to 1%: 678 to 710 of their 761 urgent messages, 280 to 315
// of 341 crises, 35 to 38 false alarms in 709.
const falseAlarmBudget = 0.02

// signsCut: a question about warning signs is told the signs, not
// alarmed; the model must be as sure as not.
const signsCut = 0.5

// The floors and the ceiling of the thresholds: a level the model gives
// more probability than maxCut always flags; below its floor, never. With
// the default examples both floors bind (the budget alone would go
// lower): they stop a large or odd set of look-alikes from setting a
// threshold absurdly low. On the development set above, crisis floors of
// 0.4 to 0.6 caught 675, 675 and 669 crises; urgent floors of 0.3, 0.4 and
// 0.5 caught 1,493, 1,486 and 1,474 urgent messages for 44, 37 and 37
// false alarms. The crisis floor is 0.4 since round 13 of the examples
// (0.5 before): on the spent splits v1-v20 (4,143 messages the detector
// never trained on), with the crisis threshold set at 0.4, 0.45 and 0.5,
// it caught 1,720, 1,716 and 1,714 of 1,739 crises for 65, 64 and 64
// false alarms in 3,584, and 11, 10 and 9 of the safety set's 289
// look-alikes alarmed. The urgent floor is 0.45 since round 26 of the
// examples (its 480 crises, red flags and look-alikes moved many ordinary
// messages' probabilities just over 0.4): on the spent splits v1-v67
// (48,680 messages), urgent floors of 0.4, 0.42 and 0.45 caught 20,184,
// 20,176 and 20,170 of 20,343 emergency and same-day messages for 266,
// 250 and 246 false alarms in 19,052; a crisis floor of 0.45 instead of
// 0.4 lost 6 of 9,214 crises caught for 9 false alarms, so it stays.
// Before round 26 (floors 0.4): 20,170, 9,216 and 234.
const (
	minCrisisCut = 0.4
	minUrgentCut = 0.45
	maxCut       = 0.99
)

// negative is a fold's example that needs no alarm, with its out-of-fold
// probabilities of crisis and of emergency or same-day.
type negative struct {
	crisis, urgent float32
	trap           bool // a look-alike written to fool, not an ordinary message
}

// chooseThresholds sets the thresholds on out-of-fold probabilities. traps
// marks the folds whose example is a look-alike trap; near counts the
// training examples of an alarming level nearest a text, leaving out the
// text itself, which must agree to confirm a finding (see
// Detector.confirm): a negative they would not confirm raises no alarm at
// any threshold.
func chooseThresholds(labels []string, folds []qmodel.Fold, traps []bool, near func(text string) int) thresholds {
	at := func(l string) int { return slices.Index(labels, l) }
	sum := func(p []float32, ls ...string) float32 {
		var s float32
		for _, l := range ls {
			if i := at(l); i >= 0 {
				s += p[i]
			}
		}
		return s
	}
	var neg []negative
	for i, f := range folds {
		if alarming(f.Example.Label) {
			continue
		}
		p := qmodel.Probabilities(f.Scores)
		n := negative{
			crisis: sum(p, knowledge.SafetyCrisis),
			urgent: sum(p, knowledge.LevelEmergency, knowledge.LevelSameDay),
			trap:   traps[i],
		}
		// The nearest examples are asked only where an alarm is possible:
		// a pass over every example each.
		if n.crisis >= minCrisisCut || n.urgent >= minUrgentCut {
			k := near(f.Example.Text)
			if k < agreeNeeded(knowledge.SafetyCrisis, n.crisis) {
				n.crisis = 0
			}
			if k < agreeNeeded(knowledge.LevelEmergency, n.urgent) {
				n.urgent = 0
			}
		}
		neg = append(neg, n)
	}
	return thresholds{
		crisis: within(neg, minCrisisCut, func(n negative) float32 { return n.crisis }),
		urgent: within(neg, minUrgentCut, func(n negative) float32 { return n.urgent }),
		signs:  signsCut,
	}
}

// within returns the lowest threshold, from floor up, at which the share of
// negatives with p at or above it stays within falseAlarmBudget, both among
// traps and among ordinary messages; at most maxCut.
func within(neg []negative, floor float32, p func(negative) float32) float32 {
	var traps, ordinary []float32
	for _, n := range neg {
		if n.trap {
			traps = append(traps, p(n))
		} else {
			ordinary = append(ordinary, p(n))
		}
	}
	slices.Sort(traps)
	slices.Sort(ordinary)
	rate := func(ps []float32, t float32) float64 {
		if len(ps) == 0 {
			return 0
		}
		i, _ := slices.BinarySearch(ps, t) // ps[i:] are >= t
		return float64(len(ps)-i) / float64(len(ps))
	}
	// The lowest threshold within budget is just above some negative's p:
	// try each, and the floor itself.
	candidates := []float32{floor}
	for _, t := range append(slices.Clone(traps), ordinary...) {
		candidates = append(candidates, nextAbove(t))
	}
	slices.Sort(candidates)
	for _, t := range candidates {
		if t < floor {
			continue
		}
		if t > maxCut {
			break
		}
		if max(rate(traps, t), rate(ordinary, t)) <= falseAlarmBudget {
			return t
		}
	}
	return maxCut
}

// nextAbove is the least float32 above t.
func nextAbove(t float32) float32 { return math.Nextafter32(t, 1) }

// alarming reports a level that gets urgent advice or the crisis reply
// instead of an answer.
func alarming(level string) bool {
	return level == knowledge.SafetyCrisis || level == knowledge.LevelEmergency || level == knowledge.LevelSameDay
}
