package session_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/session"
)

type clock struct{ t atomic.Int64 }

func (c *clock) now() time.Time      { return time.Unix(0, c.t.Load()) }
func (c *clock) add(d time.Duration) { c.t.Add(int64(d)) }
func newClock() *clock               { c := &clock{}; c.t.Store(time.Unix(1e9, 0).UnixNano()); return c }
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("gave up waiting: %s", what)
}

func TestRecentForgetsAfterTheWindow(t *testing.T) {
	c := newClock()
	r := session.NewRecent[string](time.Minute)
	r.SetClock(c.now, time.Hour) // no sweep during this test
	r.Put("chan/user", "fell off a ladder")
	if v, ok := r.Get("chan/user"); !ok || v != "fell off a ladder" {
		t.Fatalf("Get right after Put = %q, %v", v, ok)
	}
	c.add(59 * time.Second)
	if _, ok := r.Get("chan/user"); !ok {
		t.Fatal("Get within the window found nothing")
	}
	c.add(time.Second)
	if v, ok := r.Get("chan/user"); ok {
		t.Fatalf("Get after the window = %q; want nothing", v)
	}
}

// Expired entries are dropped by the timer even when no traffic comes.
func TestRecentSweepsWithoutTraffic(t *testing.T) {
	c := newClock()
	r := session.NewRecent[int](time.Minute)
	r.SetClock(c.now, 5*time.Millisecond)
	for i := range 1000 {
		r.Put(string(rune('a'+i%26))+time.Duration(i).String(), i)
	}
	if r.Len() != 1000 {
		t.Fatalf("Len = %d after 1000 puts", r.Len())
	}
	c.add(2 * time.Minute)
	waitFor(t, "the sweep to empty the map", func() bool { return r.Len() == 0 })
	// And it starts again for new entries.
	r.Put("again", 1)
	c.add(2 * time.Minute)
	waitFor(t, "the second sweep", func() bool { return r.Len() == 0 })
}
