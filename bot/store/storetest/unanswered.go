package storetest

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// question returns a question of this run asked at the fixture's clock
// plus at, kept for keep.
func (f fixture) question(guild, member, text string, at, keep time.Duration) store.Unanswered {
	asked := f.c.Now().Add(at)
	return store.Unanswered{Guild: f.id(guild), UserHash: member, Text: text, At: asked, Expires: asked.Add(keep)}
}

// questions returns guild's unexpired questions since, or this run's in
// every guild for guild "", failing t on an error.
func (f fixture) questions(t *testing.T, guild string, since time.Time) []store.Unanswered {
	t.Helper()
	if guild != "" {
		guild = f.id(guild)
	}
	all, err := f.s.UnansweredSince(t.Context(), guild, since)
	if err != nil {
		t.Fatalf("UnansweredSince(%q): %v", guild, err)
	}
	var ours []store.Unanswered
	for _, u := range all {
		if strings.HasPrefix(u.Guild, f.prefix) {
			ours = append(ours, u)
		}
	}
	return ours
}

func (f fixture) logQuestions(t *testing.T, questions ...store.Unanswered) {
	t.Helper()
	for _, u := range questions {
		if err := f.s.LogUnanswered(t.Context(), u); err != nil {
			t.Fatalf("LogUnanswered(%+v): %v", u, err)
		}
	}
}

func canonical(us ...store.Unanswered) []store.Unanswered {
	out := make([]store.Unanswered, len(us))
	for i, u := range us {
		out[i] = u.Canonical()
	}
	return out
}

// A logged question comes back as it was logged: its text, its runners-up
// in the model's order, its times in UTC to the microsecond; listings are
// oldest first, questions asked at one instant in the order logged.
func testUnansweredRoundTrip(t *testing.T, f fixture) {
	t0 := f.c.Now()
	withRunners := f.question("1", "m", "Is it «sciatica» if my leg tingles? 🦵", time.Second, 30*24*time.Hour)
	withRunners.RunnersUp = []string{"sciatica", "red-flags", "nerve-pain"} // not sorted: the model's order
	withRunners.At = withRunners.At.In(time.FixedZone("EST", -5*3600)).Add(1500)
	first := f.question("1", "m", "first at noon", 0, time.Hour)
	second := f.question("1", "n", "second at noon", 0, time.Hour)
	second.RunnersUp = []string{}
	otherGuild := f.question("2", "m", "elsewhere", 0, time.Hour)
	before := f.question("1", "m", "before", -time.Hour, 2*time.Hour)
	f.logQuestions(t, withRunners, first, second, otherGuild, before)
	tests := []struct {
		guild string
		since time.Time
		want  []store.Unanswered
	}{
		{"1", time.Time{}, canonical(before, first, second, withRunners)},
		{"1", t0, canonical(first, second, withRunners)},
		{"", t0, canonical(first, second, otherGuild, withRunners)},
		{"2", t0.Add(time.Microsecond), nil},
		{"2", t0.Add(time.Nanosecond), canonical(otherGuild)}, // since too is taken to the microsecond
		{"3", time.Time{}, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, f.questions(t, tt.guild, tt.since)); diff != "" {
			t.Errorf("UnansweredSince(%q, %v) (-want +got):\n%s", tt.guild, tt.since, diff)
		}
	}
}

// A question is invisible from its Expires on, before any purge;
// PurgeExpired deletes it for good (turning the clock back does not bring
// it back) and counts it once, however many instances purge at once.
//
// The test works before the fixture's clock start, where only its own
// questions expire, so that its counts are exact on a store that holds
// data already, and it deletes what it logged, so that a rerun on the
// same data starts clean.
func testUnansweredExpiry(t *testing.T, f fixture) {
	ctx := t.Context()
	f.c.Add(-30 * 24 * time.Hour)
	t.Cleanup(func() { _, _ = f.s.DeleteUnanswered(context.Background(), f.id("1")) })
	short := f.question("1", "m", "kept an hour", 0, time.Hour)
	long := f.question("1", "m", "kept a day", time.Second, 24*time.Hour)
	f.logQuestions(t, short, long)
	f.c.Add(time.Hour - time.Microsecond)
	if got := f.questions(t, "1", time.Time{}); len(got) != 2 {
		t.Errorf("a microsecond before the first expiry: %d questions; want 2", len(got))
	}
	f.c.Add(time.Microsecond)
	if diff := cmp.Diff(canonical(long), f.questions(t, "1", time.Time{})); diff != "" {
		t.Errorf("at the first question's Expires, before a purge (-want +got):\n%s", diff)
	}
	var purged atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			n, err := f.s.PurgeExpired(ctx, f.c.Now())
			if err != nil {
				t.Errorf("PurgeExpired: %v", err)
			}
			purged.Add(int64(n))
		})
	}
	wg.Wait()
	if n := purged.Load(); n != 1 {
		t.Errorf("four concurrent PurgeExpired at the first Expires deleted %d in all; want 1", n)
	}
	f.c.Add(-time.Hour)
	if diff := cmp.Diff(canonical(long), f.questions(t, "1", time.Time{})); diff != "" {
		t.Errorf("with the clock turned back after the purge (-want +got):\n%s", diff)
	}
	if n, err := f.s.PurgeExpired(ctx, f.c.Now()); err != nil || n != 0 {
		t.Errorf("PurgeExpired before anything expired = %d, %v; want 0", n, err)
	}
}

// DeleteUnanswered forgets one guild's questions, expired ones too, and
// counts them; other guilds keep theirs.
func testDeleteUnanswered(t *testing.T, f fixture) {
	ctx := t.Context()
	f.logQuestions(t,
		f.question("1", "m", "a", 0, time.Minute),
		f.question("1", "n", "b", 0, time.Hour),
		f.question("2", "m", "c", 0, time.Hour))
	f.c.Add(2 * time.Minute)
	if n, err := f.s.DeleteUnanswered(ctx, f.id("1")); err != nil || n != 2 {
		t.Errorf("DeleteUnanswered = %d, %v; want 2", n, err)
	}
	f.c.Add(-2 * time.Minute)
	if got := f.questions(t, "1", time.Time{}); len(got) != 0 {
		t.Errorf("guild 1 after DeleteUnanswered: %+v; want none", got)
	}
	if got := f.questions(t, "2", time.Time{}); len(got) != 1 {
		t.Errorf("guild 2 after guild 1's DeleteUnanswered: %d questions; want its 1", len(got))
	}
	if n, err := f.s.DeleteUnanswered(ctx, f.id("1")); err != nil || n != 0 {
		t.Errorf("DeleteUnanswered again = %d, %v; want 0", n, err)
	}
}
