// Package qmodel is the question model: it reads a message and says which
// passage answers it, or that none does, with a probability that means
// what it says. It is a softmax regression over the message's words, word
// pairs and letter sequences, trained at start-up on the knowledge's
// example questions, and calibrated on cross-validation folds so that the
// bot answers only when it is likely to be right.
package qmodel

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Model is a trained question model. It is immutable and safe for
// concurrent use.
type Model struct {
	Labels []string          // the classes: passage ids, then the reserved labels
	Vocab  map[feature]int32 // feature → row of W
	W      []float32         // len(Vocab) × len(Labels), row-major
	B      []float32         // one bias per label
	// Temperature divides the scores before the softmax; calibrated so
	// that the probabilities match how often the model is right.
	Temperature float32
	// Threshold is the least probability of the top passage for the bot to
	// answer with it; below it, the bot says "I don't know".
	Threshold float32
}

// TrainOptions are the knobs of training. The zero value is the default.
type TrainOptions struct {
	Epochs int     // passes over the examples (default 12)
	Rate   float32 // initial learning rate (default 1)
	L2     float32 // weight decay per step (default 1e-4)
	Seed   uint64  // shuffling seed; the same seed gives the same model
	MinDF  int     // a feature seen in fewer examples is dropped (default 2)
	// AverageLast, if above 0, makes the model the average of the weights
	// at the end of each of the last AverageLast passes: less hangs on the
	// order of the last few hundred steps.
	AverageLast int
	// Meter, if not nil, counts the training steps, for a progress display.
	Meter *Meter
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Rate == 0 {
		o.Rate = 1
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.MinDF == 0 {
		o.MinDF = 2
	}
	return o
}

// labelsOf lists the classes of examples: passage ids in sorted order, then
// the reserved labels that occur.
func labelsOf(ex []knowledge.Example) []string {
	seen := map[string]bool{}
	for _, e := range ex {
		seen[e.Label] = true
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// vocabulary indexes the features of the examples; those seen in fewer
// than minDF examples are noise and left out.
func vocabulary(bags []bag, minDF int) map[feature]int32 {
	df := map[feature]int{}
	for _, b := range bags {
		for _, f := range b.keys {
			df[f]++
		}
	}
	var keep []feature
	for f, n := range df {
		if n >= minDF {
			keep = append(keep, f)
		}
	}
	slices.Sort(keep)
	v := make(map[feature]int32, len(keep))
	for i, f := range keep {
		v[f] = int32(i)
	}
	return v
}

// Train fits a model to the examples. It is deterministic: the same
// examples and options give the same model. Temperature is 1 and
// Threshold 0 until Calibrate sets them.
func Train(ex []knowledge.Example, opts TrainOptions) *Model {
	opts.Meter.expect(opts.withDefaults().Epochs * len(ex))
	bags := make([]bag, len(ex))
	for i, e := range ex {
		bags[i] = read(e.Text)
	}
	return train(ex, bags, opts)
}

// train is Train on examples already read.
func train(ex []knowledge.Example, bags []bag, opts TrainOptions) *Model {
	opts = opts.withDefaults()
	m := &Model{Labels: labelsOf(ex), Temperature: 1}
	m.Vocab = vocabulary(bags, opts.MinDF)
	nl := len(m.Labels)
	m.W = make([]float32, len(m.Vocab)*nl)
	m.B = make([]float32, nl)
	class := map[string]int{}
	for i, l := range m.Labels {
		class[l] = i
	}
	xs := make([][]feat, len(ex))
	ys := make([]int, len(ex))
	count := make([]int, nl)
	for i, e := range ex {
		xs[i] = vectorize(bags[i], m.Vocab)
		ys[i] = class[e.Label]
		count[ys[i]]++
	}
	// Labels have very different numbers of examples (2,000 out of scope,
	// 40 greetings): each example weighs by the square root of how rare
	// its label is, so that a small label is not drowned out and a large
	// one still counts for more.
	weight := make([]float32, nl)
	for c, n := range count {
		weight[c] = float32(math.Sqrt(float64(len(ex)) / float64(nl*max(n, 1))))
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	p := make([]float32, nl)
	avg := newAverage(m, opts)
	for epoch := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := opts.Rate / (1 + float32(epoch)*0.2)
		for n, i := range order {
			m.step(xs[i], ys[i], rate*weight[ys[i]], opts.L2, p)
			if (n+1)%meterEvery == 0 {
				opts.Meter.step(meterEvery)
			}
		}
		opts.Meter.step(len(order) % meterEvery)
		avg.add(m, epoch)
	}
	avg.set(m)
	return m
}

// average sums a model's weights at the end of the last passes (see
// TrainOptions.AverageLast).
type average struct {
	from int // the first pass summed
	n    int
	w, b []float32
}

func newAverage(m *Model, opts TrainOptions) *average {
	if opts.AverageLast <= 0 {
		return nil
	}
	return &average{from: opts.Epochs - min(opts.AverageLast, opts.Epochs), w: make([]float32, len(m.W)), b: make([]float32, len(m.B))}
}

func (a *average) add(m *Model, epoch int) {
	if a == nil || epoch < a.from {
		return
	}
	a.n++
	for i, w := range m.W {
		a.w[i] += w
	}
	for i, b := range m.B {
		a.b[i] += b
	}
}

func (a *average) set(m *Model) {
	if a == nil || a.n == 0 {
		return
	}
	k := 1 / float32(a.n)
	for i := range a.w {
		m.W[i] = a.w[i] * k
	}
	for i := range a.b {
		m.B[i] = a.b[i] * k
	}
}

// step is one stochastic gradient step of the softmax loss on one example.
//
// step and scores are the inner loops of training, and are left out of the
// race detector's instrumentation (go:norace), which made a -race start-up
// twenty times slower (42 s): step writes only to a model that one
// goroutine is training, and scores reads only weights that no one writes
// once training is done.
//
//go:norace
func (m *Model) step(x []feat, y int, rate, l2 float32, p []float32) {
	nl := len(m.Labels)
	m.scores(x, p)
	softmax(p, 1)
	p[y]--
	for c := range nl {
		m.B[c] -= rate * p[c]
	}
	decay := 1 - rate*l2
	for _, f := range x {
		row := m.W[int(f.i)*nl : int(f.i)*nl+nl]
		row = row[:len(p)] // one bounds check for the loop below
		g := rate * f.v
		for c, pc := range p {
			row[c] = row[c]*decay - g*pc
		}
	}
}

// scores writes the raw score of each label for x into out.
//
//go:norace
func (m *Model) scores(x []feat, out []float32) {
	nl := len(m.Labels)
	copy(out, m.B)
	out = out[:nl]
	for _, f := range x {
		row := m.W[int(f.i)*nl : int(f.i)*nl+nl]
		row = row[:len(out)] // one bounds check for the loop below
		for c, w := range row {
			out[c] += f.v * w
		}
	}
}

// softmax turns scores into probabilities in place, at temperature t.
func softmax(s []float32, t float32) {
	hi := slices.Max(s)
	var sum float64
	for i, v := range s {
		e := math.Exp(float64((v - hi) / t))
		s[i] = float32(e)
		sum += e
	}
	for i := range s {
		s[i] = float32(float64(s[i]) / sum)
	}
}

// minKnown is how many known features a message needs for the model to
// read it at all: one is only its length bucket.
const minKnown = 2

// Scored is a label with its probability.
type Scored struct {
	Label string
	P     float32
}

// Predict returns every label with its calibrated probability, most
// probable first.
func (m *Model) Predict(text string) []Scored { return m.predictBag(read(text)) }

func (m *Model) predictBag(b bag) []Scored {
	p := make([]float32, len(m.Labels))
	x := vectorize(b, m.Vocab)
	if len(x) <= minKnown {
		// Nothing the examples ever said: out of scope, whatever the biases
		// of the labels would make of an empty message.
		if i := slices.Index(m.Labels, knowledge.LabelNone); i >= 0 {
			p[i] = 1
			return ranked(p, m.Labels)
		}
	}
	m.scores(x, p)
	softmax(p, m.Temperature)
	return ranked(p, m.Labels)
}

// Rank orders labelled probabilities, most probable first (ties by label).
func Rank(p map[string]float32) []Scored {
	labels := make([]string, 0, len(p))
	for l := range p {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	ps := make([]float32, len(labels))
	for i, l := range labels {
		ps[i] = p[l]
	}
	return ranked(ps, labels)
}

// ranked pairs probabilities with their labels, most probable first.
func ranked(p []float32, labels []string) []Scored {
	out := make([]Scored, len(p))
	for i, v := range p {
		out[i] = Scored{labels[i], v}
	}
	slices.SortStableFunc(out, func(a, b Scored) int {
		switch {
		case a.P > b.P:
			return -1
		case a.P < b.P:
			return 1
		}
		return 0
	})
	return out
}
