package bot_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session/sessiontest"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/knowledge"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// Two instances on one store behave as one bot: a cooldown set through
// one holds on the other, a red flag told to one carries to a follow-up
// the other receives, an answer posted through one is linked from the
// other, and an event delivered to both is handled once.
func TestSessionsShared(t *testing.T) {
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
			sa, sb := sessiontest.TwoStates(t, engine, c.Now)
			cfg := bot.SessionsConfig{Cooldown: 3 * time.Second, Now: c.Now}
			a, _, _ := newSessions(t, cfg, sa)
			b, _, _ := newSessions(t, cfg, sb)
			ctx := context.Background()
			at := func(user, channel string) bot.Place { return bot.Place{User: user, Guild: "400", Channel: channel} }

			if got := a.Ask(ctx, at("u1", "c1"), "both my legs went numb and weak this morning", false); got.Reply.Kind != knowledge.KindUrgent {
				t.Fatalf("a red flag: %v; want urgent", got.Reply.Kind)
			}
			c.Add(time.Second)
			if got := b.Ask(ctx, at("u1", "c9"), "massage for stress", false); got.Reply.Kind != knowledge.KindCooldown {
				t.Errorf("a question to the other instance within the cooldown: %v; want the cooldown notice", got.Reply.Kind)
			}
			if got := b.Ask(ctx, at("u1", "c1"), "and now it's spreading to my feet", false); got.Reply.Kind != knowledge.KindUrgent {
				t.Errorf("the follow-up on the other instance: %v; want urgent, read with the first message", got.Reply.Kind)
			}

			const q = "what about posture correction"
			first := a.Ask(ctx, at("u2", "c2"), q, false)
			if first.Post == nil {
				t.Fatalf("u2's answer: %+v; want one to record", first)
			}
			first.Post.Link = "https://discord.com/channels/400/c2/m1"
			a.Posted(ctx, *first.Post)
			c.Add(10 * time.Second)
			if got := b.Ask(ctx, at("u3", "c2"), q, false); !strings.Contains(got.Reply.Notice, "/c2/m1") {
				t.Errorf("the same passage asked on the other instance: %v %q; want a link to the first answer", got.Reply.Kind, got.Reply.Notice)
			}

			if !a.FirstEvent(ctx, "interaction:9") || b.FirstEvent(ctx, "interaction:9") {
				t.Error("an event delivered to both instances was not handled exactly once")
			}
		})
	}
}
