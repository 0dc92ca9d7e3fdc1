package bot_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

func TestAnswerFindsPassages(t *testing.T) {
	a := newAnswerer(t)
	tests := []struct {
		question string
		want     string // passage id
	}{
		{"does a massage get rid of knots in my back", "muscle-relaxation"},
		{"massge for blood flow?", "circulation"},
		{"why do i feel so happy after a rubdown, happy hormones?", "endorphins"},
		{"is massage ok with a slipped disc", "underlying-conditions"},
		{"i slouch all day at my desk", "posture"},
		{"how long does the relief from a massage last", "short-term"},
		// Only the article's general words: its overall answer, the
		// overview passage, not the introduction that asks the question.
		{"so does massage help back pain or not", "conclusion"},
	}
	for _, tt := range tests {
		r := a.Answer(context.Background(), bot.Question{Text: tt.question})
		if r.Kind != knowledge.KindAnswer || r.Passage == nil || r.Passage.ID != tt.want {
			got := string(r.Kind)
			if r.Passage != nil {
				got += " " + r.Passage.ID
			}
			t.Errorf("Answer(%q) = %s, want answer %s", tt.question, got, tt.want)
			continue
		}
		if len(r.Related) == 0 || len(r.Related) > 3 {
			t.Errorf("Answer(%q): %d related passages, want 1 to 3", tt.question, len(r.Related))
		}
		for _, p := range r.Related {
			if p.ID == r.Passage.ID {
				t.Errorf("Answer(%q): related passages repeat the answer", tt.question)
			}
		}
	}
}

// Bad input gets an honest "I don't know" with the disclaimer: never a
// panic, an error dump or a hang.
func TestAnswerBadInput(t *testing.T) {
	a := newAnswerer(t)
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"whitespace", " \t\n  "},
		{"1 MB", strings.Repeat("pizza ", 1<<20/6)},
		{"invalid UTF-8", "\xff\xfe\xfd pizza \xc3"},
		{"NUL bytes", "\x00\x00\x00"},
		{"emoji only", "😭😭🔥💀"},
		{"Discord markup", "<@123456789012345678> <:pepe:123456789> <#987654321> <t:1700000000:R>"},
		{"@everyone", "@everyone @here"},
		{"query syntax", `+ - : * ~ " ^ ( ) body:/.*/ title:x^100`},
		{"stop words", "the of and is it"},
	}
	for _, tt := range tests {
		done := make(chan knowledge.Reply, 1)
		go func() { done <- a.Answer(context.Background(), bot.Question{Text: tt.text}) }()
		select {
		case r := <-done:
			if r.Kind != knowledge.KindAbstain {
				t.Errorf("%s: Kind = %v, want abstain", tt.name, r.Kind)
			}
			checkMessage(t, tt.name, bot.Render(r), a.Knowledge().Disclaimer)
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no reply within 5 s", tt.name)
		}
	}
}

// A line break ends a sentence for the safety check: a negation on one
// line does not cancel a red flag on the next, whichever front end the
// message came through.
func TestAnswerKeepsLineBreaksForSafety(t *testing.T) {
	a := newAnswerer(t)
	for _, text := range []string{
		"no fever\nboth legs numb",
		"nothing wrong with my bladder\r\nmy bum is numb",
	} {
		r := a.Answer(context.Background(), bot.Question{Text: text})
		if r.Kind != knowledge.KindUrgent || r.Level != knowledge.LevelEmergency {
			t.Errorf("Answer(%q) = %s %s; want urgent emergency", text, r.Kind, r.Level)
		}
	}
}

// After same-day or see-soon advice, a passage follows only if it answers
// what was asked, not because it shares a word with the symptom.
func TestUrgentPassageAnswersTheQuestionNotTheSymptom(t *testing.T) {
	a := newAnswerer(t)
	tests := []struct {
		text, want string // want: passage id, or "" for none
	}{
		{"blood in my pee and back pain", ""},
		{"back pain with a fever, would a massage help my tight muscles?", "muscle-relaxation"},
	}
	for _, tt := range tests {
		r := a.Answer(context.Background(), bot.Question{Text: tt.text})
		got := ""
		if r.Passage != nil {
			got = r.Passage.ID
		}
		if r.Kind != knowledge.KindUrgent || r.Level != knowledge.LevelSameDay || got != tt.want {
			t.Errorf("Answer(%q) = %s %s with passage %q; want urgent same-day with %q", tt.text, r.Kind, r.Level, got, tt.want)
		}
	}
}

func TestAnswerIsSafeForConcurrentUse(t *testing.T) {
	a := newAnswerer(t)
	qs := []string{"knots", "slipped disc", "posture at work", "pizza", "blood flow", ""}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				r := a.Answer(context.Background(), bot.Question{Text: qs[(g+i)%len(qs)]})
				if r.Disclaimer == "" {
					t.Error("reply without disclaimer")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTopics(t *testing.T) {
	a := newAnswerer(t)
	r := a.Topics()
	if r.Kind != knowledge.KindTopics || len(r.Topics) != 6 {
		t.Fatalf("Topics() = %v with %d topics, want 6", r.Kind, len(r.Topics))
	}
	for _, name := range []string{"benefits", "BENEFITS", "The Potential Benefits of Body Massage", " benefits "} {
		r := a.Topic(name)
		if r.Kind != knowledge.KindTopic || r.Topic.Slug != "benefits" {
			t.Errorf("Topic(%q) = %v, want the benefits topic", name, r.Kind)
		}
	}
	m := bot.Render(a.Topic("limitations"))
	for _, want := range []string{"Limitations of Body Massage for Back Pain", "Underlying Conditions", "Short-Term Relief", "Skill of the Therapist"} {
		if !strings.Contains(m.Content, want) {
			t.Errorf("topic limitations lacks %q:\n%s", want, m.Content)
		}
	}
	if r := a.Topic("pizza"); r.Kind != knowledge.KindAbstain || len(r.Topics) == 0 {
		t.Errorf("Topic(pizza) = %v, want abstain listing the topics", r.Kind)
	}
}

// Quality floors on our own labelled set, written the way people write in
// Discord. They sit a little under today's figures (see the README) so that
// a change that makes answers worse fails here.
func TestQualityOwnSet(t *testing.T) {
	cases, err := bot.LoadEvalFile("testdata/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 150 {
		t.Fatalf("%d labelled questions, want at least 150", len(cases))
	}
	r := newAnswerer(t).Evaluate(context.Background(), cases)
	t.Logf("own set: top-1 %d/%d = %.1f%%, abstained %d/%d = %.1f%%", r.Correct, r.Answerable, 100*r.Accuracy(), r.Abstained, r.OutOfScope, 100*r.AbstainRate())
	// Without a model, a weak match is offered as a choice, not quoted:
	// fewer answers, more honest declines.
	const minAccuracy, minAbstain = 0.55, 0.75
	if r.Accuracy() < minAccuracy {
		t.Errorf("top-1 accuracy %.3f, want at least %.2f", r.Accuracy(), minAccuracy)
	}
	if r.AbstainRate() < minAbstain {
		t.Errorf("out-of-scope abstained %.3f, want at least %.2f", r.AbstainRate(), minAbstain)
	}
}

// The held-out set was written by someone who saw neither the knowledge
// files nor the other question sets, after the tuning was done, and nothing
// has been tuned on it since: it is the honest estimate of how the bot does
// on questions nobody anticipated. The floors only catch regressions.
func TestQualityHoldout(t *testing.T) {
	cases, err := bot.LoadEvalFile("testdata/holdout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := newAnswerer(t).Evaluate(context.Background(), cases)
	t.Logf("held out: top-1 %d/%d = %.1f%%, abstained %d/%d = %.1f%%, urgent %d/%d, false alarms %d/%d",
		r.Correct, r.Answerable, 100*r.Accuracy(), r.Abstained, r.OutOfScope, 100*r.AbstainRate(), r.Flagged, r.Urgent, r.FalseAlarms, r.Other)
	if r.Accuracy() < 0.35 || r.AbstainRate() < 0.75 || r.UrgentRecall() < 0.9 || r.FalseAlarmRate() > 0.05 {
		t.Errorf("held out: top-1 %.3f, abstained %.3f, urgent recall %.3f, false alarms %.3f; want at least 0.35, 0.75, 0.90 and at most 0.05",
			r.Accuracy(), r.AbstainRate(), r.UrgentRecall(), r.FalseAlarmRate())
	}
}

// The dev set lives outside the project; skip where it is absent.
func TestQualityDevSet(t *testing.T) {
	cases, err := bot.LoadEvalFile("../../shared/eval/dev.jsonl")
	if err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	var scored []bot.EvalCase
	for _, c := range cases {
		if c.Kind != "urgent" { // the safety check's figures are TestSafety*'s
			scored = append(scored, c)
		}
	}
	r := newAnswerer(t).Evaluate(context.Background(), scored)
	t.Logf("dev: top-1 %d/%d = %.1f%%, abstained %d/%d = %.1f%%", r.Correct, r.Answerable, 100*r.Accuracy(), r.Abstained, r.OutOfScope, 100*r.AbstainRate())
	if r.Accuracy() < 0.85 || r.AbstainRate() < 0.90 {
		for _, m := range r.Misses {
			t.Logf("miss %s: %q", m.Case.ID, m.Case.Question)
		}
		t.Errorf("dev: top-1 %.3f and abstained %.3f, want at least 0.85 and 0.90", r.Accuracy(), r.AbstainRate())
	}
}

func BenchmarkAnswer(b *testing.B) { benchmarkAnswer(b, newAnswerer(b), benchQuestions) }

// benchQuestions are what the answering benchmarks ask, in turn.
var benchQuestions = []string{
	"does massage loosen up tight muscles in my back",
	"i have knots all over my upper back, will a massage therapist get rid of them?",
	"how long does the relief last",
	"what's the best pizza topping",
	"my back gets worse when I'm stressed at work, can massage help with that",
}

// benchmarkAnswer times answering qs in turn, with percentiles.
func benchmarkAnswer(b *testing.B, a *bot.Answerer, qs []string) {
	ctx := context.Background()
	b.ReportAllocs()
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		a.Answer(ctx, bot.Question{Text: qs[i%len(qs)]})
		took = append(took, time.Since(start))
	}
	reportPercentiles(b, took)
}

// reportPercentiles adds the median and 99th percentile of one operation
// to a benchmark's output, as p50-ns and p99-ns.
func reportPercentiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(took[len(took)*99/100].Nanoseconds()), "p99-ns")
}

// A red flag or crisis in the previous message carries over only to a
// message that continues it; a new, unrelated question gets its own answer
// (issue 10), after a crisis reply too.
func TestPreviousCarriesOnlyToAContinuation(t *testing.T) {
	a := newAnswerer(t)
	ctx := context.Background()
	for _, tt := range []struct {
		previous, text string
		want           knowledge.Kind
	}{
		{"i want to end it all", "whats the best mattress for a bad back?", ""},
		{"i want to end it all", "i mean it", knowledge.KindCrisis},
		{"both my legs went numb and weak this morning", "whats the best mattress for a bad back?", ""},
		{"both my legs went numb and weak this morning", "and now it's spreading to my feet", knowledge.KindUrgent},
		{"both my legs went numb and weak this morning", "it started yesterday actually", knowledge.KindUrgent},
	} {
		r := a.Answer(ctx, bot.Question{Text: tt.text, Previous: a.Remember(tt.previous)})
		alarm := r.Kind == knowledge.KindUrgent || r.Kind == knowledge.KindCrisis
		if tt.want == "" && alarm || tt.want != "" && r.Kind != tt.want {
			t.Errorf("%q after %q: %s (%s); want %q", tt.text, tt.previous, r.Kind, r.Basis, tt.want)
		}
	}
}
