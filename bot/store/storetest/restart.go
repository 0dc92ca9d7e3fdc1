package storetest

import (
	"bytes"
	"crypto/rand"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// Reopen returns a function that opens the same data each time it is
// called (one data directory, one database), with a store that reads the
// time from now and is closed when t ends if the test has not closed it.
type Reopen func(t *testing.T, now func() time.Time) func() store.Store

// RunRestart runs the tests of what must outlive a restart: the salt,
// votes, logged questions, daily counts and the log settings are all
// there after the store is closed and opened again on the same data.
func RunRestart(t *testing.T, reopen Reopen) {
	c := newClock()
	open := reopen(t, c.Now)
	f := fixture{s: open(), c: c, prefix: "storetest-" + rand.Text()[:10] + "-"}
	ctx := t.Context()
	salt, err := f.s.Salt(ctx)
	if err != nil {
		t.Fatalf("Salt: %v", err)
	}
	vote := f.vote("1", "r", "m", false, 0)
	question := f.question("1", "m", "does it survive?", 0, time.Hour)
	question.RunnersUp = []string{"b", "a"}
	settings := store.Settings{LogUnanswered: ptr(true), LogRetention: ptr(7 * 24 * time.Hour), EmergencyNumber: "112"}
	f.saveVotes(t, vote)
	f.logQuestions(t, question)
	f.count(t, "1", store.KindPassage, f.c.Now())
	if err := f.s.SaveSettings(ctx, f.id("1"), settings); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	if err := f.s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	f.s = open()
	if again, err := f.s.Salt(ctx); err != nil || !bytes.Equal(again, salt) {
		t.Errorf("Salt after a restart = %x, %v; want %x: the member hashes of every stored vote depend on it", again, err, salt)
	}
	if diff := cmp.Diff([]store.Vote{vote.Canonical()}, f.votes(t, "1", time.Time{})); diff != "" {
		t.Errorf("votes after a restart (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(canonical(question), f.questions(t, "1", time.Time{})); diff != "" {
		t.Errorf("logged questions after a restart (-want +got):\n%s", diff)
	}
	want := []store.DayCount{{Guild: "1", Day: store.Day(f.c.Now()), Kind: store.KindPassage, N: 1}}
	if got, _ := f.counts(t, "1", f.c.Now()); !cmp.Equal(want, got) {
		t.Errorf("answer counts after a restart = %+v; want %+v", got, want)
	}
	if got, err := f.s.Settings(ctx, f.id("1")); err != nil || !cmp.Equal(got, settings) {
		t.Errorf("settings after a restart = %+v, %v; want %+v", got, err, settings)
	}
}
