package discord

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
	"github.com/backpainbot/backpainbot/knowledge"
)

// twoStates returns the states of two instances on one store: two
// connections to one PostgreSQL database, or, for the embedded store
// (one process at a time), one file both handlers of a process use.
func twoStates(t *testing.T, engine string, now func() time.Time) (*session.State, *session.State) {
	t.Helper()
	if engine == "bolt" {
		s, err := bolt.Open(t.TempDir(), bolt.WithClock(now))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return session.New(session.WithStore(leaveOpen{s}), session.WithClock(now)), session.New(session.WithStore(leaveOpen{s}), session.WithClock(now))
	}
	url := pgtest.URL(t)
	open := func() *session.State {
		s, err := postgres.Open(t.Context(), url, postgres.WithClock(now))
		if err != nil {
			t.Fatal(err)
		}
		st := session.New(session.WithStore(s), session.WithClock(now))
		t.Cleanup(func() { st.Close() })
		return st
	}
	return open(), open()
}

// leaveOpen is a store whose Close is the test's; it keeps the settings
// methods, so that the state hands it out for settings too.
type leaveOpen struct{ store.Store }

func (leaveOpen) Close() error { return nil }

// Two handlers on one store are one bot: a cooldown set through one holds
// on the other, and an event delivered to both is answered once.
func TestHandlersShareState(t *testing.T) {
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			c := &clock{t: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)}
			sa, sb := twoStates(t, engine, c.now)
			a, _, _ := newTestHandler(t, Config{State: sa})
			b, _, _ := newTestHandler(t, Config{State: sb})
			for _, h := range []*Handler{a, b} {
				h.sessionsCfg.Now = c.now
				h.use(h.a)
			}
			ctx := context.Background()
			if r := a.Interaction(ctx, ask("1", "u1", "300", "massage for stress")); r.Rendered.Kind != knowledge.KindAnswer {
				t.Fatalf("first question, on a: %v; want an answer", r.Rendered.Kind)
			}
			c.advance(time.Second)
			if r := b.Interaction(ctx, ask("2", "u1", "300", "what about posture correction")); r.Rendered.Kind != knowledge.KindCooldown {
				t.Errorf("second question, on b, 1 s later: %v; want the cooldown a started", r.Rendered.Kind)
			}
			c.advance(2 * time.Second)
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
