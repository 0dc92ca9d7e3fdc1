package bot_test

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

var update = flag.Bool("update", false, "rewrite testdata/replies.golden")

// The text the bot posts for one reply of each kind, as a golden file, so
// that any change to what members read shows up in review.
func TestRepliesGolden(t *testing.T) {
	a := newAnswerer(t)
	k := a.Knowledge()
	ask := func(q string) knowledge.Reply { return a.Answer(context.Background(), bot.Question{Text: q}) }
	replies := []struct {
		name  string
		reply knowledge.Reply
	}{
		{"answer", ask("will a massage get rid of the knots in my back?")},
		{"answer, general question", ask("so does massage help back pain or not")},
		{"abstain", ask("what's the best pizza topping?")},
		{"dose", ask("how many mg of ibuprofen can i take")},
		{"diagnosis", ask("is it a slipped disc?")},
		{"signs", ask("what are the signs of cauda equina?")},
		{"emergency", ask("my back hurts and I suddenly can't control my bladder")},
		{"emergency, third party", ask("my dad can't feel his legs and his back hurts")},
		{"same-day with passage", ask("back pain with a fever, would a massage help my tight muscles?")},
		{"crisis", ask("my back pain is so bad I don't want to live anymore")},
		{"figure of speech", ask("my back is killing me, will a massage help my tight muscles?")},
		{"topics", a.Topics()},
		{"topic", a.Topic("benefits")},
		{"help", a.Help()},
		{"cooldown", a.Notice(knowledge.KindCooldown, "One question every 3 seconds, please: try again in a moment.")},
		// The question model's replies, built here rather than asked, so
		// that retraining the model does not change this file.
		{"greeting", knowledge.Reply{Kind: knowledge.KindChat, Reason: knowledge.LabelGreeting, Disclaimer: k.Disclaimer}},
		{"thanks", knowledge.Reply{Kind: knowledge.KindChat, Reason: knowledge.LabelThanks, Disclaimer: k.Disclaimer}},
		{"did you mean", suggestionReply(t, k)},
	}
	var b strings.Builder
	for _, r := range replies {
		b.WriteString("=== " + r.name + " (" + string(r.reply.Kind) + ")\n")
		m := bot.Render(r.reply)
		b.WriteString(m.Content + "\n")
		// The buttons under it, on Discord: their labels are read too.
		for _, btn := range m.Related {
			b.WriteString("[" + btn.Label + "] → passage:" + btn.PassageID + "\n")
		}
		b.WriteString("\n")
	}
	const golden = "testdata/replies.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run RepliesGolden -update ./bot/ to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("posted text differs from %s (-want +got; rerun with -update if intended):\n%s", golden, diff)
	}
}
