package bot_test

import (
	"context"
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// A member's previous message, remembered by the answerer before a reload,
// still counts with the next message answered by the reloaded one, even
// when the reload added safety rules (a Memory's findings are per rule of
// the answerer that made it), and encoding it after the reload works too.
func TestMemoryAcrossReload(t *testing.T) {
	before := bottest.Answerer(t)
	rules, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	rules.RedFlags = append(rules.RedFlags, knowledge.RedFlag{ID: "added-by-reload", Level: knowledge.LevelSoon,
		Why: "a rule the reload added", Phrases: []knowledge.Phrase{{Text: "zebra stripes on my back"}}})
	s, err := bot.NewSafety(rules)
	if err != nil {
		t.Fatal(err)
	}
	after := bot.NewAnswerer(before.Knowledge(), searchNothing{}, bot.WithSafety(s))

	ctx := context.Background()
	for _, tt := range []struct{ previous, text string }{
		{"I fell over yesterday", "I have osteoporosis, will massage help?"},
		{"i want to end it all", "i mean it"},
	} {
		want := before.Answer(ctx, bot.Question{Text: tt.text, Previous: before.Remember(tt.previous)})
		m := before.Remember(tt.previous)
		got := after.Answer(ctx, bot.Question{Text: tt.text, Previous: m})
		if got.Kind != want.Kind || got.Level != want.Level {
			t.Errorf("after a reload, %q then %q: kind %s %s; want %s %s as before it", tt.previous, tt.text, got.Kind, got.Level, want.Kind, want.Level)
		}
		b, err := after.EncodeMemory(m)
		if err != nil {
			t.Fatalf("after a reload, EncodeMemory(memory of %q): %v", tt.previous, err)
		}
		if _, err := after.DecodeMemory(b); err != nil {
			t.Errorf("after a reload, DecodeMemory(EncodeMemory(memory of %q)): %v", tt.previous, err)
		}
	}
}

// searchNothing is a Searcher that finds nothing: the safety check comes
// first, so these answers never search.
type searchNothing struct{}

func (searchNothing) Search(context.Context, string, int) (knowledge.Result, error) {
	return knowledge.Result{}, nil
}
