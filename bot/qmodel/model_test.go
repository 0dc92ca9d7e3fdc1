package qmodel_test

import (
	"slices"
	"testing"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

func defaultExamples(t testing.TB) []knowledge.Example {
	t.Helper()
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	return qmodel.Examples(k)
}

// The same examples and seed give the same model, to the bit.
func TestTrainIsDeterministic(t *testing.T) {
	ex := defaultExamples(t)[:800]
	a := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3})
	b := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3})
	if !slices.Equal(a.W, b.W) || !slices.Equal(a.B, b.B) || !slices.Equal(a.Labels, b.Labels) {
		t.Fatal("two trainings on the same examples with the same seed differ")
	}
	c := qmodel.Train(ex, qmodel.TrainOptions{Seed: 8, Epochs: 3})
	if slices.Equal(a.W, c.W) {
		t.Error("another seed gave the very same weights: the seed is not used")
	}
}

// Averaging the last passes' weights: over one pass it is the model
// itself; over more it is neither the last pass's weights nor
// nondeterministic, and it lies between what the passes ended at.
func TestTrainAverageLast(t *testing.T) {
	ex := defaultExamples(t)[:800]
	plain := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3})
	one := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3, AverageLast: 1})
	if !slices.Equal(plain.W, one.W) || !slices.Equal(plain.B, one.B) {
		t.Error("the average of the last pass alone differs from the model")
	}
	two := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3, AverageLast: 2})
	again := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3, AverageLast: 2})
	if !slices.Equal(two.W, again.W) {
		t.Error("two averaged trainings on the same examples differ")
	}
	if slices.Equal(two.W, plain.W) {
		t.Fatal("averaging two passes gave the last pass's weights")
	}
	before := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 2})
	for i, w := range two.W {
		lo, hi := min(before.W[i], plain.W[i]), max(before.W[i], plain.W[i])
		if w < lo-1e-6 || w > hi+1e-6 {
			t.Fatalf("weight %d is %g, outside the passes' %g and %g", i, w, before.W[i], plain.W[i])
		}
	}
}

// KnownWords counts the letters of the words a model learned, leaving
// words of one or two letters out.
func TestKnownWords(t *testing.T) {
	m := qmodel.Train(defaultExamples(t)[:800], qmodel.TrainOptions{Seed: 7, Epochs: 1})
	for _, c := range []struct {
		text       string
		known, all int
	}{
		{"does massage help", 15, 15},
		{"xqzvw plorfk massage", 7, 18},
		{"i u k", 0, 0},
		{"la ar se massage", 7, 7},
	} {
		if k, a := m.KnownWords(c.text); k != c.known || a != c.all {
			t.Errorf("KnownWords(%q) = %d, %d; want %d, %d", c.text, k, a, c.known, c.all)
		}
	}
}

// A calibrated model answers what its examples say and declines the rest,
// and a message with nothing it knows is out of scope.
func TestBuildAnswersAndDeclines(t *testing.T) {
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := qmodel.Build(k)
	if m.Threshold <= 0 || m.Threshold >= 1 || m.Temperature <= 0 {
		t.Fatalf("calibration: threshold %v, temperature %v", m.Threshold, m.Temperature)
	}
	for q, want := range map[string]string{
		"how do i stop slouching at my desk":    "posture",
		"what stretches strengthen my core":     "exercise",
		"who won the football last night":       knowledge.LabelNone,
		"zzqxv qqqzx":                           knowledge.LabelNone,
		"how long does the relief from it last": "short-term",
	} {
		d := m.Decide(m.Predict(q))
		got := d.Label
		if !d.Answer {
			got = knowledge.LabelNone
		}
		if got != want {
			t.Errorf("Decide(%q) = %s (answer %v, p %.2f); want %s", q, d.Label, d.Answer, d.P, want)
		}
	}
	if k2, _ := knowledge.LoadPath("../../knowledge/testdata/valid/walking.yaml"); qmodel.Build(k2) != nil {
		t.Error("knowledge without examples got a model; want nil (search alone)")
	}
}

func BenchmarkBuild(b *testing.B) {
	k, err := knowledge.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		qmodel.BuildUncached(k)
	}
}

func BenchmarkPredict(b *testing.B) {
	k, _ := knowledge.Default()
	m := qmodel.Build(k)
	b.ReportAllocs()
	for b.Loop() {
		m.Predict("my mum is 70 and her lower back has been sore since she moved house, would a massage do anything")
	}
}

// A model kept on disk decodes to the same model; damage is an error.
func TestEncodeDecode(t *testing.T) {
	ex := defaultExamples(t)[:500]
	m := qmodel.Train(ex, qmodel.TrainOptions{Seed: 3, Epochs: 2})
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := qmodel.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.W, m.W) || !slices.Equal(got.Labels, m.Labels) || got.Threshold != m.Threshold {
		t.Fatal("decoded model differs from the encoded one")
	}
	if _, err := qmodel.Decode(b[:len(b)/2]); err == nil {
		t.Error("Decode of half a model: no error")
	}
}
