package qmodel_test

import (
	"slices"
	"testing"

	"github.com/backpainbot/backpainbot/bot/qmodel"
)

// The nearest messages are the ones sharing the most of a question's
// words, most alike first; a message sharing none is never among them,
// and Best keeps to the messages it is asked to.
func TestNearestRanksByWordsShared(t *testing.T) {
	m := qmodel.Train(defaultExamples(t)[:400], qmodel.TrainOptions{Seed: 7, Epochs: 1})
	texts := []string{
		"does massage help lower back pain",
		"zzz qqq xxx",
		"does deep tissue massage help lower back pain after work",
		"massage",
	}
	sims := m.Nearest(texts).Similar(m.Nearest(texts).Query("does massage help lower back pain"))
	top := sims.Top(3)
	if len(top) == 0 || top[0] != 0 {
		t.Fatalf("Top(3) = %v, want the identical message (0) first", top)
	}
	if slices.Contains(top, 1) {
		t.Errorf("Top(3) = %v holds message 1, which shares no word", top)
	}
	if i, _ := sims.Best(func(i int) bool { return i != 0 }); i != 2 {
		t.Errorf("Best without message 0 = %d, want 2 (the longer one with every word)", i)
	}
	if i, sim := sims.Best(func(i int) bool { return i == 1 }); i != -1 || sim != 0 {
		t.Errorf("Best of message 1 alone = %d (%v), want -1: it shares no word", i, sim)
	}
}
