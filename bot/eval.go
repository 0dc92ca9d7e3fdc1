package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// EvalCase is one labelled question, in the format of dev.jsonl.
type EvalCase struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Previous string   `json:"previous,omitempty"`
	Kind     string   `json:"kind"` // answer, abstain or urgent
	Expect   []string `json:"expect"`
	Note     string   `json:"note,omitempty"`
	// Phrases are the expected labels resolved through passages.json: the
	// answer is right if its passage contains one of them.
	Phrases []string `json:"-"`
}

// jsonProblem says what is wrong with a line of JSON in a person's words,
// without the Go types that encoding/json names.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("%q: want %s, not %s", te.Field, jsonKind(te.Type), te.Value)
		}
		return fmt.Sprintf("want %s, not %s", jsonKind(te.Type), te.Value)
	}
	return "not JSON: " + strings.TrimPrefix(err.Error(), "json: ")
}

// jsonKind names a Go type as the JSON that decodes into it.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

// LoadEvalFile reads a labelled JSONL file and resolves its labels through
// the passages.json beside it.
func LoadEvalFile(path string) ([]EvalCase, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(path), "passages.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: labels: %w", err)
	}
	var labels map[string]string
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("eval: %s: %s: want an object of passage id: phrase", filepath.Join(filepath.Dir(path), "passages.json"), jsonProblem(err))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var cases []EvalCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c EvalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %s", path, n, jsonProblem(err))
		}
		switch c.Kind {
		case "answer", "abstain", "urgent":
		default:
			return nil, fmt.Errorf("eval: %s:%d: case %q: kind %q, want answer, abstain or urgent", path, n, c.ID, c.Kind)
		}
		for _, l := range c.Expect {
			ph, ok := labels[l]
			if !ok {
				return nil, fmt.Errorf("eval: %s:%d: case %q: unknown label %q", path, n, c.ID, l)
			}
			c.Phrases = append(c.Phrases, ph)
		}
		if c.Kind == "answer" && len(c.Phrases) == 0 {
			return nil, fmt.Errorf("eval: %s:%d: case %q: an answer case needs expect labels", path, n, c.ID)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	return cases, nil
}

// EvalReport sums up an evaluation.
type EvalReport struct {
	Answerable, Correct   int // answer cases, and those whose top passage is right
	OutOfScope, Abstained int // abstain cases, and those abstained
	Urgent, Flagged       int // urgent cases, and those flagged urgent or crisis
	Other, FalseAlarms    int // non-urgent cases, and those flagged urgent or crisis
	Misses                []EvalMiss
	// Confusion counts each (wanted, got) pair of labels: a passage label,
	// "none" for an abstention, "chat", "urgent" or "other".
	Confusion map[[2]string]int
}

// EvalMiss is one case the answerer got wrong.
type EvalMiss struct {
	Case EvalCase
	Got  knowledge.Reply
	// Runners are the question model's most likely labels for the
	// question, with their probabilities (none without a model).
	Runners []qmodel.Scored
}

// Accuracy is the top-1 accuracy on answerable questions.
func (r EvalReport) Accuracy() float64 { return ratio(r.Correct, r.Answerable) }

// AbstainRate is the share of out-of-scope questions abstained.
func (r EvalReport) AbstainRate() float64 { return ratio(r.Abstained, r.OutOfScope) }

// UrgentRecall is the share of urgent questions flagged urgent or crisis.
func (r EvalReport) UrgentRecall() float64 { return ratio(r.Flagged, r.Urgent) }

// FalseAlarmRate is the share of other questions flagged urgent or crisis.
func (r EvalReport) FalseAlarmRate() float64 { return ratio(r.FalseAlarms, r.Other) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EvalOption is an option of Evaluate and CrossValidate.
type EvalOption func(*evalOptions)

type evalOptions struct {
	progress func(done, total int)
}

// EvalProgress tells progress how much of an evaluation is done: cases
// answered, or training steps of cross-validation.
func EvalProgress(progress func(done, total int)) EvalOption {
	return func(o *evalOptions) { o.progress = progress }
}

func evalOptionsOf(opts []EvalOption) evalOptions {
	var o evalOptions
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Evaluate answers every case and scores the replies.
func (a *Answerer) Evaluate(ctx context.Context, cases []EvalCase, opts ...EvalOption) EvalReport {
	o := evalOptionsOf(opts)
	r := EvalReport{Confusion: map[[2]string]int{}}
	for i, c := range cases {
		if o.progress != nil {
			o.progress(i, len(cases))
		}
		got := a.Answer(ctx, Question{Text: c.Question, Previous: a.Remember(c.Previous)})
		r.Confusion[[2]string{wantLabel(c, got), gotLabel(got)}]++
		flagged := got.Kind == knowledge.KindUrgent || got.Kind == knowledge.KindCrisis
		ok := false
		switch c.Kind {
		case "answer":
			r.Answerable++
			if got.Kind == knowledge.KindAnswer && got.Passage != nil {
				for _, ph := range c.Phrases {
					if strings.Contains(got.Passage.Text, ph) {
						ok = true
					}
				}
			}
			if ok {
				r.Correct++
			}
		case "abstain":
			r.OutOfScope++
			if ok = got.Kind == knowledge.KindAbstain; ok {
				r.Abstained++
			}
		case "urgent":
			r.Urgent++
			if ok = flagged; ok {
				r.Flagged++
			}
		}
		if c.Kind != "urgent" {
			r.Other++
			if flagged {
				r.FalseAlarms++
				ok = false
			}
		}
		if !ok {
			r.Misses = append(r.Misses, EvalMiss{Case: c, Got: got, Runners: a.Explain(c.Question)})
		}
	}
	if o.progress != nil {
		o.progress(len(cases), len(cases))
	}
	return r
}
