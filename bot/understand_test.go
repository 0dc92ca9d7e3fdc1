package bot_test

import (
	"context"
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The questions the keyword engine got wrong, as a new user asked them.
func TestModelAnswersWhatSearchMissed(t *testing.T) {
	a := bottest.ModelAnswerer(t)
	tests := []struct {
		q    string
		kind knowledge.Kind
		id   string
	}{
		{"my lower back is killing me after moving house, will a massage actually help or is it a waste of money?", knowledge.KindAnswer, "conclusion"},
		{"whats the best mattress for a bad back?", knowledge.KindAbstain, ""},
		{"should i use heat or ice on my back", knowledge.KindAbstain, ""},
		{"thanks that helped!", knowledge.KindChat, ""},
		{"help", knowledge.KindHelp, ""},
		{"hi", knowledge.KindChat, ""},
		{"will a massage help the knots in my back?", knowledge.KindAnswer, "muscle-relaxation"},
	}
	for _, tt := range tests {
		r := a.Answer(context.Background(), bot.Question{Text: tt.q})
		got := ""
		if r.Passage != nil {
			got = r.Passage.ID
		}
		if r.Kind != tt.kind || got != tt.id {
			t.Errorf("Answer(%q) = %s %q; want %s %q", tt.q, r.Kind, got, tt.kind, tt.id)
		}
		if r.Kind == knowledge.KindAnswer && r.Confidence == knowledge.ConfidenceLow {
			t.Errorf("Answer(%q): a low-confidence quote; the model answers confidently or not at all", tt.q)
		}
	}
}

// A short follow-up is read with the previous question; a new question is
// read on its own, also right after an urgent reply.
func TestModelFollowUps(t *testing.T) {
	a := bottest.ModelAnswerer(t)
	ctx := context.Background()
	ask := func(prev, q string) knowledge.Reply {
		return a.Answer(ctx, bot.Question{Text: q, Previous: a.Remember(prev)})
	}
	passage := func(r knowledge.Reply) string {
		if r.Passage == nil {
			return string(r.Kind)
		}
		return r.Passage.ID
	}
	const knots = "will a massage help the knots in my back?"
	alone := a.Answer(ctx, bot.Question{Text: "is that true?"})
	if alone.Kind != knowledge.KindAbstain {
		t.Fatalf(`"is that true?" alone = %s %s; want "I don't know"`, alone.Kind, passage(alone))
	}
	if r := ask(knots, "is that true?"); passage(r) != "muscle-relaxation" {
		t.Errorf(`"is that true?" after a question about knots = %s; want muscle-relaxation`, passage(r))
	}
	if r := ask("does stress make my back pain worse?", "is that true?"); passage(r) != "stress" {
		t.Errorf(`"is that true?" after a question about stress = %s; want stress`, passage(r))
	}
	if r := ask(knots, "whats the best mattress for a bad back?"); r.Kind != knowledge.KindAbstain {
		t.Errorf("an unrelated new question after a question about knots = %s; want it answered on its own (I don't know)", passage(r))
	}
	if r := ask(knots, "and what about ibuprofen?"); r.Kind == knowledge.KindAnswer {
		t.Errorf(`"and what about ibuprofen?" after a question about knots = %s; want no passage`, passage(r))
	}
	// After an urgent reply, the follow-up keeps the urgent advice first
	// (the red flag still counts) and a new question is read on its own.
	prev := "I fell off a ladder yesterday and I'm 80 with osteoporosis, my back is killing me"
	if r := a.Answer(ctx, bot.Question{Text: prev}); r.Kind != knowledge.KindUrgent {
		t.Fatalf("setup: %q = %s; want urgent", prev, r.Kind)
	}
	if r := ask(prev, "and would a massage help the knots?"); r.Kind != knowledge.KindUrgent {
		t.Errorf("a follow-up to an urgent message = %s; want the urgent advice again", r.Kind)
	}
}

func BenchmarkAnswerModel(b *testing.B) {
	benchmarkAnswer(b, bottest.ModelAnswerer(b), append(benchQuestions,
		"my mum is 70 and her lower back has been sore since she moved house, she asked me if a massage would actually do anything or if she should just do stretches, what do you think"))
}
