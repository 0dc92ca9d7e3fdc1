package bot_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/backpainbot/backpainbot/bot"
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
