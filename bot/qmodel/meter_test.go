package qmodel_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/bot/qmodel"
)

// recorder keeps the largest done and total a meter reported.
type recorder struct {
	mu          sync.Mutex
	calls       int
	done, total int
}

func (r *recorder) report(done, total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	r.done, r.total = max(r.done, done), max(r.total, total)
	if done > total {
		panic("a meter reported more done than its total")
	}
}

// A meter counts every training step toward a total known up front, and
// does not change what is trained.
func TestMeterCountsTraining(t *testing.T) {
	ex := defaultExamples(t)[:800]
	var r recorder
	m := qmodel.NewMeter(r.report)
	metered := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3, Meter: m})
	if r.done != 3*800 || r.total != 3*800 || r.calls < 3 {
		t.Errorf("Train(800 examples, 3 epochs) reported %d of %d in %d calls; want 2400 of 2400, at least once an epoch", r.done, r.total, r.calls)
	}
	plain := qmodel.Train(ex, qmodel.TrainOptions{Seed: 7, Epochs: 3})
	if !slices.Equal(metered.W, plain.W) {
		t.Error("a metered training gave other weights than an unmetered one")
	}

	r = recorder{}
	qmodel.CrossValidate(ex, 4, qmodel.TrainOptions{Seed: 7, Epochs: 2, Meter: qmodel.NewMeter(r.report)})
	if want := 2 * 3 * 800; r.done != want || r.total != want {
		t.Errorf("CrossValidate(800 examples, 4 folds, 2 epochs) reported %d of %d; want %d of %d", r.done, r.total, want, want)
	}
	if qmodel.NewMeter(nil) != nil {
		t.Error("NewMeter(nil) is not nil: a nil report should count nothing")
	}
}
