package storetest

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// The conformance tests of store.Feedback: votes, the salt and Forget
// here; logged questions in unanswered.go, daily counts in counts.go.

// vote returns a vote of this run, at the fixture's clock plus d.
func (f fixture) vote(guild, reply, member string, helpful bool, d time.Duration) store.Vote {
	return store.Vote{Guild: f.id(guild), Reply: reply, Passage: "posture", UserHash: member, Helpful: helpful, At: f.c.Now().Add(d)}
}

// votes returns guild's votes since, or this run's votes in every guild
// for guild "", failing t on an error.
func (f fixture) votes(t *testing.T, guild string, since time.Time) []store.Vote {
	t.Helper()
	if guild != "" {
		guild = f.id(guild)
	}
	all, err := f.s.Votes(t.Context(), guild, since)
	if err != nil {
		t.Fatalf("Votes(%q): %v", guild, err)
	}
	var ours []store.Vote
	for _, v := range all {
		if strings.HasPrefix(v.Guild, f.prefix) {
			ours = append(ours, v)
		}
	}
	return ours
}

func (f fixture) saveVotes(t *testing.T, votes ...store.Vote) {
	t.Helper()
	for _, v := range votes {
		if err := f.s.SaveVote(t.Context(), v); err != nil {
			t.Fatalf("SaveVote(%+v): %v", v, err)
		}
	}
}

// A second click by the same member on the same reply replaces the first;
// another member's vote, or the member's vote on another reply, stays.
func testVoteReplaced(t *testing.T, f fixture) {
	first := f.vote("1", "reply-1", "member-a", true, 0)
	second := f.vote("1", "reply-1", "member-a", false, time.Minute)
	second.Passage = "stretching"
	other := f.vote("1", "reply-1", "member-b", true, 2*time.Minute)
	elsewhere := f.vote("1", "reply-2", "member-a", true, 3*time.Minute)
	f.saveVotes(t, first, other, elsewhere, second)
	want := []store.Vote{second.Canonical(), other.Canonical(), elsewhere.Canonical()}
	if diff := cmp.Diff(want, f.votes(t, "1", time.Time{})); diff != "" {
		t.Errorf("Votes after a member voted twice on one reply (-want +got):\n%s", diff)
	}
}

// Votes lists one guild's, or every guild's, votes cast at or after since,
// oldest first, ties by guild, reply and member; times in UTC to the
// microsecond.
func testVotesByGuildSince(t *testing.T, f fixture) {
	t0 := f.c.Now()
	early := f.vote("1", "r0", "m", true, -time.Hour)
	a1 := f.vote("1", "r1", "m", true, 0)
	a1.At = a1.At.In(time.FixedZone("IST", 5*3600+1800)).Add(1500) // 1.5µs: kept to the microsecond
	tieB := f.vote("2", "r1", "m", false, 0)                       // the same microsecond, later guild
	tieA := f.vote("1", "r0", "n", false, 0)                       // the same microsecond, earlier reply
	tieB.At, tieA.At = a1.At.Add(-500), a1.At.UTC()
	late := f.vote("2", "r9", "m", true, time.Hour)
	f.saveVotes(t, late, tieB, a1, early, tieA)
	canon := func(vs ...store.Vote) []store.Vote {
		for i := range vs {
			vs[i] = vs[i].Canonical()
		}
		return vs
	}
	tests := []struct {
		guild string
		since time.Time
		want  []store.Vote
	}{
		{"1", time.Time{}, canon(early, tieA, a1)},
		{"1", t0, canon(tieA, a1)},
		{"2", t0, canon(tieB, late)},
		{"", t0, canon(tieA, a1, tieB, late)},
		{"", t0.Add(time.Hour), canon(late)},
		{"", t0.Add(2 * time.Hour), nil},
		{"3", time.Time{}, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, f.votes(t, tt.guild, tt.since)); diff != "" {
			t.Errorf("Votes(%q, %v) (-want +got):\n%s", tt.guild, tt.since, diff)
		}
	}
}

// A vote or question the contract refuses is refused by every engine
// alike, and nothing of it is stored.
func testFeedbackInvalid(t *testing.T, f fixture) {
	ctx := t.Context()
	noTime := f.vote("1", "r", "m", true, 0)
	noTime.At = time.Time{}
	noPassage := f.vote("1", "r", "m", true, 0)
	noPassage.Passage = ""
	for _, v := range []store.Vote{noTime, noPassage} {
		if err := f.s.SaveVote(ctx, v); err == nil || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("SaveVote(%+v) = %v; want a store error", v, err)
		}
	}
	if got := f.votes(t, "1", time.Time{}); len(got) != 0 {
		t.Errorf("Votes after refused votes = %+v; want none", got)
	}
	expiresAsked := f.question("1", "m", "why?", 0, 0)
	noText := f.question("1", "m", "", 0, time.Hour)
	for _, u := range []store.Unanswered{expiresAsked, noText} {
		if err := f.s.LogUnanswered(ctx, u); err == nil || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("LogUnanswered(%+v) = %v; want a store error", u, err)
		}
	}
	if got := f.questions(t, "1", time.Time{}); len(got) != 0 {
		t.Errorf("UnansweredSince after refused questions = %+v; want none", got)
	}
	for _, kind := range []string{"", "Passage", "red_flag"} {
		if err := f.s.CountAnswer(ctx, f.id("1"), kind, f.c.Now()); err == nil || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("CountAnswer(kind %q) = %v; want a store error", kind, err)
		}
	}
	if n, err := f.s.DeleteUnanswered(ctx, ""); err == nil {
		t.Errorf("DeleteUnanswered(\"\") = %d, nil; want an error, not every server's questions gone", n)
	}
}

// The salt is 32 bytes, the same on every call, from any number of
// concurrent callers, and the caller's to change.
func testSalt(t *testing.T, f fixture) {
	first, err := f.s.Salt(t.Context())
	if err != nil {
		t.Fatalf("Salt: %v", err)
	}
	if len(first) != 32 || bytes.Equal(first, make([]byte, 32)) {
		t.Fatalf("Salt() = %x; want 32 random bytes", first)
	}
	keep := bytes.Clone(first)
	first[0]++
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := f.s.Salt(t.Context())
			if err != nil || !bytes.Equal(got, keep) {
				t.Errorf("Salt() again = %x, %v; want %x every time", got, err, keep)
			}
		})
	}
	wg.Wait()
}

// Forget removes exactly one member's votes and questions in one guild,
// expired ones too, and nothing of anyone else's or of another guild.
func testForget(t *testing.T, f fixture) {
	ctx := t.Context()
	f.saveVotes(t,
		f.vote("1", "r1", "gone", true, 0), f.vote("1", "r2", "gone", false, time.Second),
		f.vote("1", "r1", "stays", true, 2*time.Second), f.vote("2", "r1", "gone", true, 3*time.Second))
	f.logQuestions(t,
		f.question("1", "gone", "first", 0, time.Minute), // expired by the time Forget runs
		f.question("1", "gone", "second", time.Second, time.Hour),
		f.question("1", "stays", "third", 2*time.Second, time.Hour),
		f.question("2", "gone", "fourth", 3*time.Second, time.Hour))
	f.c.Add(2 * time.Minute)
	n, err := f.s.Forget(ctx, f.id("1"), "gone")
	if err != nil || n != 4 {
		t.Errorf("Forget = %d, %v; want 4 (two votes, two questions)", n, err)
	}
	f.c.Add(-2 * time.Minute) // the expired question would show again had it stayed
	members := func(guild string) (voters, askers []string) {
		for _, v := range f.votes(t, guild, time.Time{}) {
			voters = append(voters, v.UserHash+"@"+strings.TrimPrefix(v.Guild, f.prefix))
		}
		for _, u := range f.questions(t, guild, time.Time{}) {
			askers = append(askers, u.UserHash+"@"+strings.TrimPrefix(u.Guild, f.prefix))
		}
		return voters, askers
	}
	voters, askers := members("")
	if want := []string{"stays@1", "gone@2"}; !cmp.Equal(voters, want) || !cmp.Equal(askers, want) {
		t.Errorf("after Forget(guild 1, gone): votes by %v, questions by %v; want %v for both", voters, askers, want)
	}
	if n, err := f.s.Forget(ctx, f.id("1"), "gone"); err != nil || n != 0 {
		t.Errorf("Forget again = %d, %v; want 0", n, err)
	}
	for _, args := range [][2]string{{"", "gone"}, {f.id("1"), ""}} {
		if _, err := f.s.Forget(ctx, args[0], args[1]); err == nil || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("Forget(%q, %q) = %v; want a store error", args[0], args[1], err)
		}
	}
}
