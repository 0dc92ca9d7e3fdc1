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
// agreed (see agrees), and held both over the look-alike traps of the
// safety examples and over ordinary messages. The thresholds are the
// lowest within it: as much recall as the budget buys. Two levels at 0.25%
// keep the detector's false alarms on the look-alikes within 0.5%, a
// quarter of the 2% the issue allows in all (the rules take a few tenths
// more); at 0.5% a level, 4-fold cross-validation of the examples caught
// 717 of 1,104 crises instead of 640, but the detector alarmed 8 of the
// safety set's 289 look-alikes instead of 5.
const falseAlarmBudget = 0.0025

// signsCut: a question about warning signs is told the signs, not
// alarmed; the model must be as sure as not.
const signsCut = 0.5

// The floors and the ceiling of the thresholds: a level the model gives
// more probability than maxCut always flags; below its floor, never. The
// budget sets the urgent threshold (0.88 with the default examples); the
// urgent floor only stops a small or odd set of examples from setting it
// absurdly low. The crisis floor binds: the budget alone gives 0.89, at
// which the detector alarmed 5 of the safety set's 289 look-alikes, 6 with
// the rules', over the 2% the suite allows ("i cant go to sleep because of
// the pain" at 0.93 and "i dont want to go on holiday with my back like
// this" at 0.92 read as crisis); at 0.93, 3. Before the nearest examples'
// agreement counted in the budget, floors of 0.96 (crisis) and 0.93
// (urgent) held the false alarms, and 4-fold cross-validation of the
// examples caught 424 of 1,104 crises and 855 of 1,745 urgent messages.
const (
	minCrisisCut = 0.93
	minUrgentCut = 0.80
	maxCut       = 0.99
)

// negative is a fold's example that needs no alarm, with its out-of-fold
// probabilities of crisis and of emergency or same-day.
type negative struct {
	crisis, urgent float32
	trap           bool // a look-alike written to fool, not an ordinary message
}

// chooseThresholds sets the thresholds on out-of-fold probabilities. traps
// marks the folds whose example is a look-alike trap; agrees reports
// whether the training examples nearest a text, leaving out the text
// itself, would confirm a finding (see Detector.confirm): a negative they
// would not confirm raises no alarm at any threshold.
func chooseThresholds(labels []string, folds []qmodel.Fold, traps []bool, agrees func(text string) bool) thresholds {
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
		if (n.crisis >= minCrisisCut || n.urgent >= minUrgentCut) && !agrees(f.Example.Text) {
			n.crisis, n.urgent = 0, 0
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
