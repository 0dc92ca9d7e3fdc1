package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The answering engines eval can compare. The program answers with
// engineModel, or engineSearch for knowledge without examples.
const (
	engineModel  = "model"  // the question model alone
	engineSearch = "search" // the search's evidence alone (the engine before the model)
	engineFusion = "fusion" // the model with the search's evidence as an input
	engineKNN    = "knn"    // a nearest-neighbour vote over the examples, in Bleve
)

// fusionWeight is the weight of the search's evidence in the fusion engine.
const fusionWeight = 0.5

// knnNeighbours is how many examples the knn engine's vote counts: the
// best of 5, 10 and 20 in leave-one-out on the default examples.
const knnNeighbours = 20

// engineOptions are the answerer options of the engine eval measures.
func (c *common) engineOptions(k *knowledge.Knowledge) ([]bot.Option, error) {
	switch c.engine {
	case engineFusion:
		return []bot.Option{bot.WithFusion(fusionWeight)}, nil
	case engineKNN:
		x, err := index.NewExampleIndex(k)
		if err != nil || x == nil {
			return nil, fmt.Errorf("--engine knn: needs example questions: %v", err)
		}
		return []bot.Option{bot.WithVote(func(ctx context.Context, text string) ([]qmodel.Scored, error) {
			votes, err := x.Vote(ctx, text, knnNeighbours)
			out := make([]qmodel.Scored, len(votes))
			for i, v := range votes {
				out[i] = qmodel.Scored{Label: v.Label, P: float32(v.Share)}
			}
			return out, err
		})}, nil
	}
	return nil, nil
}

const evalUsage = `Usage:
  backpainbot eval [flags] FILE.jsonl
  backpainbot eval --cv K [flags]

Scores a labelled question file in the format of dev.jsonl; labels are
resolved through the passages.json beside it. Prints top-1 accuracy on
answerable questions, the share of out-of-scope questions abstained,
urgent recall and false alarms, then precision and recall per passage and
a confusion table. With --cv K, cross-validates the question model on the
knowledge's own examples instead (K folds). --verbose lists every miss
with the model's three most likely labels.

Flags:
`

func runEval(ctx context.Context, env Env, o *options, args []string) error {
	var verbose bool
	var folds int
	c := &o.common
	fs, err := o.parseCommand(env, "eval", evalUsage, args, o.answerFlags(), o.logFlags(), ownFlags(func(fs *flag.FlagSet) {
		fs.BoolVar(&verbose, "verbose", false, "list every miss, with the model's runner-up labels")
		fs.IntVar(&folds, "cv", 0, "cross-validate the question model on the knowledge's examples with `K` folds (2-20)")
		fs.StringVar(&c.engine, "engine", engineModel, "the answering `engine` to measure: model, search (the keyword engine before the model), fusion (the model with the search's evidence) or knn (a nearest-neighbour vote over the examples)")
	}))
	if err != nil {
		return err
	}
	switch c.engine {
	case engineModel, engineSearch, engineFusion, engineKNN:
	default:
		return usagef("--engine: want model, search, fusion or knn, not %q", c.engine)
	}
	if folds != 0 && (folds < 2 || folds > 20) {
		return usagef("--cv: want a number of folds from 2 to 20")
	}
	if folds == 0 && fs.NArg() != 1 || folds != 0 && fs.NArg() != 0 {
		return usagef("eval needs one labelled file (backpainbot eval ../shared/eval/dev.jsonl), or --cv K alone")
	}
	var cases []bot.EvalCase
	if folds == 0 {
		if cases, err = bot.LoadEvalFile(fs.Arg(0)); err != nil {
			return err
		}
	}
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	p := newProgress(env.Stderr, env.Now)
	var r bot.EvalReport
	if folds == 0 {
		r = a.Evaluate(ctx, cases, bot.EvalProgress(p.Task("answering the questions")))
	} else {
		r, err = a.CrossValidate(ctx, folds, bot.EvalProgress(p.Task("cross-validating")))
	}
	p.Done()
	if err != nil {
		return err
	}
	writeEval(env.Stdout, r, folds == 0, verbose)
	return nil
}

// writeEval prints an evaluation report.
func writeEval(w io.Writer, r bot.EvalReport, urgent, verbose bool) {
	fmt.Fprintf(w, "answerable: top-1 %d/%d = %.1f%%\n", r.Correct, r.Answerable, 100*r.Accuracy())
	fmt.Fprintf(w, "out of scope: abstained %d/%d = %.1f%%\n", r.Abstained, r.OutOfScope, 100*r.AbstainRate())
	if urgent {
		fmt.Fprintf(w, "urgent: flagged %d/%d = %.1f%% recall\n", r.Flagged, r.Urgent, 100*r.UrgentRecall())
		fmt.Fprintf(w, "false alarms: %d/%d = %.1f%%\n", r.FalseAlarms, r.Other, 100*r.FalseAlarmRate())
	}
	fmt.Fprintf(w, "\n%-24s %9s %7s %7s\n", "label", "precision", "recall", "cases")
	for _, s := range r.PerLabel() {
		fmt.Fprintf(w, "%-24s %8.1f%% %6.1f%% %7d\n", s.Label, 100*s.Precision, 100*s.Recall, s.Support)
	}
	fmt.Fprintln(w, "\nconfusion (wanted -> given, off the diagonal):")
	r.WriteConfusion(w)
	if !verbose {
		return
	}
	fmt.Fprintln(w)
	for _, m := range r.Misses {
		got := string(m.Got.Kind)
		if m.Got.Passage != nil {
			got += " " + m.Got.Passage.ID
		}
		if m.Got.Reason != "" {
			got += " (" + m.Got.Reason + ")"
		}
		if m.Got.Level != "" {
			got += " (" + m.Got.Level + ")"
		}
		var runners []string
		for _, s := range m.Runners {
			runners = append(runners, fmt.Sprintf("%s %.2f", s.Label, s.P))
		}
		fmt.Fprintf(w, "miss %s: want %s %v, got %s [%s]: %q\n", m.Case.ID, m.Case.Kind, m.Case.Expect, got, strings.Join(runners, ", "), m.Case.Question)
	}
}
