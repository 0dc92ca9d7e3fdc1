package discord

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session/sessiontest"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// leaveOpen is a store whose Close is the test's; it keeps the settings
// methods, so that the state hands it out for settings too.
type leaveOpen struct{ store.Store }

func (leaveOpen) Close() error { return nil }

// Two handlers on one store are one bot: a cooldown set through one holds
// on the other, and an event delivered to both is answered once.
func TestHandlersShareState(t *testing.T) {
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
			sa, sb := sessiontest.TwoStates(t, engine, c.Now)
			a, _, _ := newTestHandler(t, Config{State: sa})
			b, _, _ := newTestHandler(t, Config{State: sb})
			for _, h := range []*Handler{a, b} {
				h.sessionsCfg.Now = c.Now
				h.use(h.a)
			}
			ctx := context.Background()
			if r := a.Interaction(ctx, ask("1", "u1", "300", "massage for stress")); r.Rendered.Kind != knowledge.KindAnswer {
				t.Fatalf("first question, on a: %v; want an answer", r.Rendered.Kind)
			}
			c.Add(time.Second)
			if r := b.Interaction(ctx, ask("2", "u1", "300", "what about posture correction")); r.Rendered.Kind != knowledge.KindCooldown {
				t.Errorf("second question, on b, 1 s later: %v; want the cooldown a started", r.Rendered.Kind)
			}
			c.Add(2 * time.Second)
			if r := b.Interaction(ctx, ask("3", "u1", "300", "what about posture correction")); r.Rendered.Kind != knowledge.KindAnswer {
				t.Errorf("third question, on b, 3 s after the first: %v; want an answer", r.Rendered.Kind)
			}

			// One interaction and one message, each delivered to both at once.
			var answered atomic.Int32
			var wg sync.WaitGroup
			for _, h := range []*Handler{a, b} {
				wg.Go(func() {
					if r := h.Interaction(ctx, ask("4", "u2", "300", "massage for stress")); !r.Empty() {
						answered.Add(1)
					}
				})
				wg.Go(func() {
					if r := h.Message(ctx, mention("40", "u3", "300", "massage for stress")); !r.Empty() {
						answered.Add(1)
					}
				})
			}
			wg.Wait()
			if n := answered.Load(); n != 2 {
				t.Errorf("an interaction and a message each delivered to both handlers got %d answers; want 2", n)
			}
		})
	}
}
