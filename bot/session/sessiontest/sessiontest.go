// Package sessiontest gives tests the states of two instances on one
// store, as several instances of the bot share one.
package sessiontest

import (
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

// Engines are the stores TwoStates opens.
var Engines = []string{"bolt", "postgres"}

// TwoStates returns the states of two instances on one store of engine
// ("bolt" or "postgres"): PostgreSQL opened twice (a fresh database from
// pgtest: the test package's TestMain must call pgtest.Main); the embedded
// store, which serves one process, opened once and held by both. Both
// states read the clock now.
func TwoStates(t *testing.T, engine string, now func() time.Time) (a, b *session.State) {
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
