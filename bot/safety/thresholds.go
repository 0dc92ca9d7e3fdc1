package safety

import (
	"slices"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// falseAlarmBudget is the share of messages that need no alarm that the
// detector may alarm at each alarm level (crisis; emergency or same-day),
// measured on cross-validation folds as the mean of two rates: over the
// look-alike traps of the safety examples, and over ordinary messages. The
// thresholds are the lowest within it: as much recall as the budget buys.
// The issue allows 2% false alarms in all; the rules take a few tenths.
const falseAlarmBudget = 0.008

// signsCut: a question about warning signs is told the signs, not
// alarmed; the model must be as sure as not.
const signsCut = 0.5

// The floors and the ceiling of the thresholds: a level the model gives
// more probability than maxCut always flags; below its floor, never. The
// floors are where the detector's false alarms on the safety set's 289
// look-alikes (written to fool the rules) stay within 2% with three
// rounds of examples: 5 at 0.96 for crisis and 0.93 for the urgent
// levels; 7 at 0.90 for both. On 4-fold cross-validation of the examples
// the lower floors would catch 533 of 1,104 crises instead of 407, and
// 1,016 of 1,745 urgent messages instead of 920, for 10 false alarms in
// 3,520 instead of 5: the price of an alarm the look-alikes show.
const (
	minCrisisCut = 0.96
	minUrgentCut = 0.93
	maxCut       = 0.99
)

// negative is a fold's example that needs no alarm, with its out-of-fold
// probabilities of crisis and of emergency or same-day.
type negative struct {
	crisis, urgent float32
	trap           bool // a look-alike written to fool, not an ordinary message
}

// chooseThresholds sets the thresholds on out-of-fold probabilities. traps
// marks the folds whose example is a look-alike trap.
func chooseThresholds(labels []string, folds []qmodel.Fold, traps []bool) thresholds {
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
		neg = append(neg, negative{
			crisis: sum(p, knowledge.SafetyCrisis),
			urgent: sum(p, knowledge.LevelEmergency, knowledge.LevelSameDay),
			trap:   traps[i],
		})
	}
	return thresholds{
		crisis: within(neg, minCrisisCut, func(n negative) float32 { return n.crisis }),
		urgent: within(neg, minUrgentCut, func(n negative) float32 { return n.urgent }),
		signs:  signsCut,
	}
}

// within returns the lowest threshold, from floor up, at which the share of
// negatives with p at or above it, averaged over traps and ordinary
// messages, stays within falseAlarmBudget; at most maxCut.
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
	candidates := append(slices.Clone(traps), ordinary...)
	slices.Sort(candidates)
	for _, t := range candidates {
		if t < floor {
			continue
		}
		if t > maxCut {
			break
		}
		if (rate(traps, t)+rate(ordinary, t))/2 <= falseAlarmBudget {
			return t
		}
	}
	return maxCut
}

// alarming reports a level that gets urgent advice or the crisis reply
// instead of an answer.
func alarming(level string) bool {
	return level == knowledge.SafetyCrisis || level == knowledge.LevelEmergency || level == knowledge.LevelSameDay
}
