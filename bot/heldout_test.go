package bot_test

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// heldOut is the question model's held-out split: written by writers who
// never saw the training examples, after they were frozen, and never used
// for training or tuning. (testdata/heldout-v1.jsonl was the held-out
// split of the first model, trained on 4,615 examples; the examples
// written after it may repeat its messages, so it is a dev set now.)
const heldOut = "testdata/heldout-v2.jsonl"

// A held-out message that is also in the training examples, exactly or
// nearly (character 4-gram Jaccard similarity of 0.8 or more, after
// lowercasing and dropping punctuation), would make the held-out figures
// worthless.
func TestHeldOutNotInTraining(t *testing.T) {
	cases, err := bot.LoadEvalFile(heldOut)
	if err != nil {
		t.Fatal(err)
	}
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	train := qmodel.Examples(k)
	exact := map[string]string{}
	byGram := map[string][]int{}
	grams := make([]map[string]bool, len(train))
	for i, e := range train {
		n := normalized(e.Text)
		exact[n] = e.Text
		grams[i] = shingles(n)
		for g := range grams[i] {
			byGram[g] = append(byGram[g], i)
		}
	}
	for _, c := range cases {
		n := normalized(c.Question)
		if e, ok := exact[n]; ok {
			t.Errorf("held-out %s %q is in the training examples as %q", c.ID, c.Question, e)
			continue
		}
		s := shingles(n)
		shared := map[int]int{}
		for g := range s {
			for _, i := range byGram[g] {
				shared[i]++
			}
		}
		for i, n := range shared {
			if j := float64(n) / float64(len(s)+len(grams[i])-n); j >= 0.8 {
				t.Errorf("held-out %s %q nearly repeats training example %q (Jaccard %.2f)", c.ID, c.Question, train[i].Text, j)
			}
		}
	}
}

func normalized(s string) string {
	n := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
	if n == "" {
		return s
	}
	return n
}

func shingles(s string) map[string]bool {
	s = " " + s + " "
	rs := []rune(s)
	out := map[string]bool{}
	for i := 0; i+4 <= len(rs); i++ {
		out[string(rs[i:i+4])] = true
	}
	if len(out) == 0 {
		out[s] = true
	}
	return out
}

// Floors on the question model, the way the program answers the default
// knowledge. Figures are in the README; the floors sit under them so that
// a change that makes answers worse fails here. The held-out floors are the
// targets the model was built to, not tuned on the split.
func TestModelQualityFloors(t *testing.T) {
	a := bottest.ModelAnswerer(t)
	for _, tt := range []struct {
		file                  string
		minRight, minDeclined float64
	}{
		{heldOut, 0.92, 0.92},
		{"testdata/questions.jsonl", 0.90, 0.88},
		{"testdata/holdout.jsonl", 0.88, 0.85},
	} {
		cases, err := bot.LoadEvalFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		r := a.Evaluate(context.Background(), cases)
		t.Logf("%s: top-1 %d/%d = %.1f%%, declined %d/%d = %.1f%%", tt.file, r.Correct, r.Answerable, 100*r.Accuracy(), r.Abstained, r.OutOfScope, 100*r.AbstainRate())
		if r.Accuracy() < tt.minRight || r.AbstainRate() < tt.minDeclined {
			t.Errorf("%s: top-1 %.3f, declined %.3f; want at least %.2f and %.2f", tt.file, r.Accuracy(), r.AbstainRate(), tt.minRight, tt.minDeclined)
		}
	}
}

// The dev set lives outside the project; skip where it is absent. The
// model's target there: at least 35 of the 37 answerable questions right,
// and all 12 out-of-scope ones declined.
func TestModelQualityDevSet(t *testing.T) {
	cases, err := bot.LoadEvalFile("../../shared/eval/dev.jsonl")
	if err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	var scored []bot.EvalCase
	for _, c := range cases {
		if c.Kind != "urgent" {
			scored = append(scored, c)
		}
	}
	r := bottest.ModelAnswerer(t).Evaluate(context.Background(), scored)
	if r.Correct < 35 || r.Abstained < r.OutOfScope {
		for _, m := range r.Misses {
			t.Logf("miss %s: %q", m.Case.ID, m.Case.Question)
		}
		t.Errorf("dev: %d/%d right, %d/%d declined; want at least 35 and all", r.Correct, r.Answerable, r.Abstained, r.OutOfScope)
	}
}
