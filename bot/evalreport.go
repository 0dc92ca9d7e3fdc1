package bot

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Labels of replies that are not a passage, in evaluation reports.
const (
	labelUrgent = "urgent"
	labelChat   = "chat"
	labelOther  = "other"
)

// gotLabel names a reply for the confusion table.
func gotLabel(r knowledge.Reply) string {
	switch r.Kind {
	case knowledge.KindAnswer:
		if r.Passage != nil {
			return r.Passage.ID
		}
	case knowledge.KindAbstain:
		return knowledge.LabelNone
	case knowledge.KindUrgent, knowledge.KindCrisis:
		return labelUrgent
	case knowledge.KindChat, knowledge.KindHelp:
		return labelChat
	}
	return labelOther
}

// wantLabel names what a case wanted: the expected passage the reply gave
// if it gave one of them, else the first expected passage.
func wantLabel(c EvalCase, got knowledge.Reply) string {
	switch c.Kind {
	case "abstain":
		return knowledge.LabelNone
	case "urgent":
		return labelUrgent
	}
	if g := gotLabel(got); slices.Contains(c.Expect, g) {
		return g
	}
	if len(c.Expect) > 0 {
		return c.Expect[0]
	}
	return labelOther
}

// Explain returns the question model's most likely labels for a question,
// with their probabilities: what an evaluation shows for each miss. It is
// nil without a model.
func (a *Answerer) Explain(text string) []qmodel.Scored {
	if a.model == nil {
		return nil
	}
	pred := a.model.Predict(normalizeInput(text))
	return pred[:min(3, len(pred))]
}

// LabelScore is the precision and recall of one label.
type LabelScore struct {
	Label             string
	Precision, Recall float64
	Support           int // cases that wanted it
}

// PerLabel computes precision and recall for every label that was wanted
// or given, sorted by label.
func (r EvalReport) PerLabel() []LabelScore {
	want, got, right := map[string]int{}, map[string]int{}, map[string]int{}
	for k, n := range r.Confusion {
		want[k[0]] += n
		got[k[1]] += n
		if k[0] == k[1] {
			right[k[0]] += n
		}
	}
	var labels []string
	for l := range want {
		labels = append(labels, l)
	}
	for l := range got {
		if want[l] == 0 {
			labels = append(labels, l)
		}
	}
	slices.Sort(labels)
	out := make([]LabelScore, 0, len(labels))
	for _, l := range labels {
		out = append(out, LabelScore{l, ratio(right[l], got[l]), ratio(right[l], want[l]), want[l]})
	}
	return out
}

// WriteConfusion writes the confusion table: a row per wanted label, a
// column per label given, counts off the diagonal only (the diagonal is
// the recall column of PerLabel).
func (r EvalReport) WriteConfusion(w io.Writer) {
	var labels []string
	for _, s := range r.PerLabel() {
		labels = append(labels, s.Label)
	}
	for _, want := range labels {
		var cells []string
		for _, got := range labels {
			if n := r.Confusion[[2]string{want, got}]; n > 0 && got != want {
				cells = append(cells, fmt.Sprintf("%s %d", got, n))
			}
		}
		if len(cells) > 0 {
			fmt.Fprintf(w, "  %-22s -> %s\n", want, strings.Join(cells, ", "))
		}
	}
}

// CrossValidate scores the question model by k-fold cross-validation of
// its own examples: each example is answered by a model trained without
// it, and decided at the threshold the bot uses. Small talk examples count
// as answerable with their own label.
func (a *Answerer) CrossValidate(ctx context.Context, k int, opts ...EvalOption) (EvalReport, error) {
	if a.model == nil {
		return EvalReport{}, fmt.Errorf("cross-validation needs example questions: the knowledge has none")
	}
	r := EvalReport{Confusion: map[[2]string]int{}}
	for _, f := range a.model.CrossValidate(qmodel.Examples(a.k), k, evalOptionsOf(opts).progress) {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		want, got := f.Example.Label, f.Decision.Label
		if !f.Decision.Answer {
			got = knowledge.LabelNone
		}
		if knowledge.IsChatLabel(want) {
			want = labelChat
		}
		if knowledge.IsChatLabel(got) {
			got = labelChat
		}
		r.Confusion[[2]string{want, got}]++
		switch {
		case want == knowledge.LabelNone:
			r.OutOfScope++
			if got == knowledge.LabelNone {
				r.Abstained++
			}
		case want != labelChat:
			r.Answerable++
			if got == want {
				r.Correct++
			}
		}
		if want != got {
			c := EvalCase{ID: fmt.Sprintf("%s:%d", f.Example.File, f.Example.Line), Question: f.Example.Text, Kind: "answer", Expect: []string{f.Example.Label}}
			if want == knowledge.LabelNone {
				c.Kind = "abstain"
			}
			r.Misses = append(r.Misses, EvalMiss{Case: c, Runners: f.Ranked[:min(3, len(f.Ranked))]})
		}
	}
	return r, nil
}
