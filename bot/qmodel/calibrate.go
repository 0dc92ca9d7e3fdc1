package qmodel

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Fold is one example with the scores the model gave it when trained on the
// other folds: an honest guess, as on a message nobody wrote down.
type Fold struct {
	Example knowledge.Example
	Scores  []float32 // raw scores, in the order of the labels
	Y       int       // the example's label, as an index into the labels
}

// CrossValidate trains k models, each on all but one k-th of the examples
// (split within each label, so every fold has every label), and scores each
// example with the model that did not see it. Deterministic for a seed.
func CrossValidate(ex []knowledge.Example, k int, opts TrainOptions) (labels []string, folds []Fold) {
	return crossValidate(ex, k, -1, opts)
}

// crossValidate is CrossValidate; with only >= 0, just that fold is held
// out and scored (one model trained instead of k).
func crossValidate(ex []knowledge.Example, k, only int, opts TrainOptions) (labels []string, folds []Fold) {
	labels = labelsOf(ex)
	fold := assignFolds(ex, k, opts.Seed)
	opts.Meter.expect(opts.withDefaults().Epochs * trainingSize(fold, k, only))
	bags := make([]bag, len(ex))
	for i, e := range ex {
		bags[i] = read(e.Text)
	}
	for f := range k {
		if only >= 0 && f != only {
			continue
		}
		var trainEx []knowledge.Example
		var trainBags []bag
		var test []int
		for i, e := range ex {
			if fold[i] == f {
				test = append(test, i)
			} else {
				trainEx, trainBags = append(trainEx, e), append(trainBags, bags[i])
			}
		}
		m := train(trainEx, trainBags, opts)
		for _, i := range test {
			e := ex[i]
			s := make([]float32, len(m.Labels))
			m.scores(vectorize(bags[i], m.Vocab), s)
			folds = append(folds, Fold{Example: e, Scores: align(s, m.Labels, labels), Y: slices.Index(labels, e.Label)})
		}
	}
	return labels, folds
}

// trainingSize is how many examples the models of crossValidate train on
// together: each example is in the training set of every fold but its
// own.
func trainingSize(fold []int, k, only int) int {
	if only < 0 {
		return len(fold) * (k - 1)
	}
	n := 0
	for _, f := range fold {
		if f != only {
			n++
		}
	}
	return n
}

// align maps scores in the order of from to the order of to; a label the
// fold's model never saw gets a score far below the others.
func align(s []float32, from, to []string) []float32 {
	if len(from) == len(to) {
		return s
	}
	at := map[string]float32{}
	for i, l := range from {
		at[l] = s[i]
	}
	out := make([]float32, len(to))
	for i, l := range to {
		v, ok := at[l]
		if !ok {
			v = -1e4
		}
		out[i] = v
	}
	return out
}

// assignFolds deals each label's examples round-robin into k folds, after
// a seeded shuffle.
func assignFolds(ex []knowledge.Example, k int, seed uint64) []int {
	byLabel := map[string][]int{}
	for i, e := range ex {
		byLabel[e.Label] = append(byLabel[e.Label], i)
	}
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	rng := rand.New(rand.NewPCG(seed, 0x243f6a8885a308d3))
	fold := make([]int, len(ex))
	for _, l := range labels {
		idx := byLabel[l]
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for j, i := range idx {
			fold[i] = j % k
		}
	}
	return fold
}

// Calibrate sets the model's temperature and threshold from out-of-fold
// scores. The temperature is the one under which the fold probabilities
// are most likely (the least log loss); the threshold is the probability
// of the top passage above which answering is right more often than
// abstaining would be: it maximises the mean of top-1 accuracy on
// answerable examples and the share of the others abstained.
func (m *Model) Calibrate(labels []string, folds []Fold) {
	m.Temperature = bestTemperature(folds)
	m.Threshold = bestThreshold(labels, folds, m.Temperature)
}

func bestTemperature(folds []Fold) float32 {
	best, bestLoss := float32(1), math.Inf(1)
	for t := float32(0.25); t <= 4; t *= 1.1 {
		var loss float64
		p := make([]float32, 0, 32)
		for _, f := range folds {
			p = append(p[:0], f.Scores...)
			softmax(p, t)
			y := indexOf(f)
			loss -= math.Log(math.Max(float64(p[y]), 1e-12))
		}
		if loss < bestLoss {
			best, bestLoss = t, loss
		}
	}
	return best
}

func indexOf(f Fold) int { return f.Y }

// bestThreshold tries every threshold between 0.05 and 0.95 and keeps the
// one with the best balance of answering right and declining right.
func bestThreshold(labels []string, folds []Fold, t float32) float32 {
	best, bestScore := float32(0.5), -1.0
	preds := make([][]Scored, len(folds))
	for i, f := range folds {
		p := append([]float32(nil), f.Scores...)
		softmax(p, t)
		preds[i] = ranked(p, labels)
	}
	for th := float32(0.05); th <= 0.95; th += 0.01 {
		var right, answerable, declined, outOfScope int
		for i, f := range folds {
			d := decide(preds[i], th)
			switch label := f.Example.Label; {
			case label == knowledge.LabelNone:
				outOfScope++
				if !d.Answer || d.Label != label && knowledge.IsChatLabel(d.Label) {
					declined++
				}
			case !knowledge.IsChatLabel(label):
				answerable++
				if d.Answer && d.Label == label {
					right++
				}
			}
		}
		score := (ratio(right, answerable) + ratio(declined, outOfScope)) / 2
		if score > bestScore {
			best, bestScore = th, score
		}
	}
	return best
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Judged is an example with the decision a model trained without it made.
type Judged struct {
	Example  knowledge.Example
	Ranked   []Scored
	Decision Decision
}

// CrossValidate judges every example with a model trained, like m, on the
// others (k folds), at m's temperature and threshold: how the bot would do
// on messages nobody wrote down, as far as the examples can tell.
//
// progress, if not nil, is told how much of the training is done.
func (m *Model) CrossValidate(ex []knowledge.Example, k int, progress func(done, total int)) []Judged {
	labels, folds := CrossValidate(ex, k, TrainOptions{Seed: Seed + 1, Meter: NewMeter(progress)})
	out := make([]Judged, len(folds))
	for i, f := range folds {
		p := append([]float32(nil), f.Scores...)
		softmax(p, m.Temperature)
		r := ranked(p, labels)
		out[i] = Judged{Example: f.Example, Ranked: r, Decision: m.Decide(r)}
	}
	return out
}
