package feedback

import (
	"bytes"
	"context"
	"encoding/hex"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/knowledge"
)

type fixture struct {
	r    *Recorder
	st   *bolt.Store
	c    *fakeclock.Clock
	logs *bytes.Buffer
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	c := fakeclock.At(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	st, err := bolt.Open(t.TempDir(), bolt.WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	logs := &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r := New(func() store.Feedback { return st }, Config{Log: log, Now: c.Now})
	return fixture{r: r, st: st, c: c, logs: logs}
}

func on() *bool                 { b := true; return &b }
func off() *bool                { b := false; return &b }
func days(n int) *time.Duration { d := time.Duration(n) * 24 * time.Hour; return &d }
func logOn(retention *time.Duration) store.Settings {
	return store.Settings{LogUnanswered: on(), LogRetention: retention}
}

var (
	unanswered = knowledge.Reply{Kind: knowledge.KindAbstain, Reason: knowledge.ReasonOutOfScope, RunnersUp: []string{"posture", "stress"}}
	passage    = knowledge.Reply{Kind: knowledge.KindAnswer}
	crisis     = knowledge.Reply{Kind: knowledge.KindCrisis}
	urgent     = knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelEmergency}
	dose       = knowledge.Reply{Kind: knowledge.KindAbstain, Reason: knowledge.ReasonDose}
)

// everything returns every record the store holds, of every server.
func (f fixture) everything(t *testing.T) ([]store.Vote, []store.Unanswered, []store.DayCount) {
	t.Helper()
	ctx := context.Background()
	votes, err := f.st.Votes(ctx, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	logged, err := f.st.UnansweredSince(ctx, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	counts, err := f.st.AnswerCounts(ctx, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return votes, logged, counts
}

func TestAnsweredLogsOnlyWhenOptedIn(t *testing.T) {
	tests := []struct {
		name    string
		a       Answer
		logged  bool
		counted string
	}{
		{"log on", Answer{Guild: "400", User: "u1", Text: "what mattress?", Reply: unanswered, Settings: logOn(nil)}, true, store.KindUnanswered},
		{"log off by default", Answer{Guild: "400", User: "u1", Text: "what mattress?", Reply: unanswered}, false, store.KindUnanswered},
		{"log turned off", Answer{Guild: "400", User: "u1", Text: "what mattress?", Reply: unanswered, Settings: store.Settings{LogUnanswered: off()}}, false, store.KindUnanswered},
		{"DM, even with settings that say on", Answer{User: "u1", Text: "what mattress?", Reply: unanswered, Settings: logOn(nil)}, false, store.KindUnanswered},
		{"answered", Answer{Guild: "400", User: "u1", Text: "does massage help?", Reply: passage, Settings: logOn(nil)}, false, store.KindPassage},
		{"crisis", Answer{Guild: "400", User: "u1", Text: "i want to end it all", Reply: crisis, Settings: logOn(nil)}, false, store.KindCrisis},
		{"emergency", Answer{Guild: "400", User: "u1", Text: "i can't feel my legs", Reply: urgent, Settings: logOn(nil)}, false, store.KindUrgent},
		{"dose", Answer{Guild: "400", User: "u1", Text: "how many mg of ibuprofen", Reply: dose, Settings: logOn(nil)}, false, store.KindUnanswered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			f.r.Answered(context.Background(), tt.a)
			_, logged, counts := f.everything(t)
			if got := len(logged) == 1; got != tt.logged {
				t.Errorf("logged %v; want logged = %v", logged, tt.logged)
			}
			for _, u := range logged {
				if u.Text != tt.a.Text || !cmp.Equal(u.RunnersUp, tt.a.Reply.RunnersUp) || u.UserHash == "" || u.UserHash == tt.a.User {
					t.Errorf("logged %+v; want the text, the runner-ups and a hashed user", u)
				}
				if want := f.c.Now().Add(store.DefaultLogRetention); !u.Expires.Equal(want) {
					t.Errorf("expires %v; want %v (30 days)", u.Expires, want)
				}
			}
			want := []store.DayCount{{Guild: tt.a.Guild, Day: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Kind: tt.counted, N: 1}}
			if diff := cmp.Diff(want, counts); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
		})
	}
}

// A red flag or a crisis is counted by kind; its text is in no record,
// whatever the settings.
func TestCrisisTextIsNeverStored(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	const text = "i just want it all to end tonight"
	for _, r := range []knowledge.Reply{crisis, urgent} {
		f.r.Answered(ctx, Answer{Guild: "400", User: "u1", Text: text, Reply: r, Settings: logOn(nil)})
	}
	votes, logged, counts := f.everything(t)
	for _, v := range votes {
		t.Errorf("vote %+v; want none", v)
	}
	for _, u := range logged {
		if strings.Contains(u.Text, "end") {
			t.Errorf("logged %+v: a crisis message's text is stored", u)
		}
	}
	if len(counts) != 2 {
		t.Errorf("counts %+v; want one crisis and one urgent", counts)
	}
	if strings.Contains(f.logs.String(), text) {
		t.Errorf("logs hold the crisis message: %s", f.logs)
	}
}

func TestRetention(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ask := func(guild, text string, set store.Settings) {
		f.r.Answered(ctx, Answer{Guild: guild, User: "u1", Text: text, Reply: unanswered, Settings: set})
	}
	ask("400", "old, default retention", logOn(nil))
	ask("401", "old, kept 7 days", logOn(days(7)))
	f.c.Add(20 * 24 * time.Hour)
	ask("400", "recent", logOn(nil))

	tick := make(chan time.Time)
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		f.r.runRetention(rctx, tick)
		close(done)
	}()
	// 20 days on: the 7-day one is gone; 11 days later the first 30-day one.
	f.c.Add(11 * 24 * time.Hour)
	tick <- f.c.Now()
	tick <- f.c.Now() // the second tick waits for the first purge
	cancel()
	<-done
	logged, err := f.st.UnansweredSince(ctx, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, u := range logged {
		texts = append(texts, u.Text)
	}
	if want := []string{"recent"}; !cmp.Equal(texts, want) {
		t.Errorf("after 31 days the log holds %q; want %q", texts, want)
	}
	// What UnansweredSince hides, the purge has deleted: the store counts
	// what is left.
	if n, _ := f.st.PurgeExpired(ctx, time.Time{}); n != 0 {
		t.Errorf("purge deleted nothing more, yet %d remain expired", n)
	}
	if n, _ := f.st.DeleteUnanswered(ctx, "400"); n != 1 {
		t.Errorf("%d questions left in server 400; want 1 (the recent one)", n)
	}
}

func TestVoteChangesAndForget(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.r.Vote(ctx, "400", "u1", "m1", "posture", true))
	must(f.r.Vote(ctx, "400", "u1", "m1", "posture", false)) // changes the vote
	must(f.r.Vote(ctx, "400", "u2", "m1", "posture", true))
	must(f.r.Vote(ctx, "401", "u1", "m9", "posture", true)) // another server
	f.r.Answered(ctx, Answer{Guild: "400", User: "u1", Text: "what mattress?", Reply: unanswered, Settings: logOn(nil)})

	votes, _, _ := f.everything(t)
	if len(votes) != 3 {
		t.Fatalf("%d votes; want 3 (u1's second click replaced the first)", len(votes))
	}
	for _, v := range votes {
		if v.UserHash == "u1" || v.UserHash == "u2" || len(v.UserHash) != 64 {
			t.Errorf("vote by %q; want a salted hash, not the id", v.UserHash)
		}
	}
	hashU1, err := f.r.member(ctx, f.st, "400", "u1")
	must(err)
	for _, v := range votes {
		if v.UserHash == hashU1 && v.Helpful {
			t.Errorf("u1's vote in 400 is still \"Helpful\" after the second click: %+v", v)
		}
		if v.Guild == "401" && v.UserHash == hashU1 {
			t.Errorf("u1 has one hash in two servers; want them unlinkable")
		}
	}
	if err := f.r.Vote(ctx, "", "u1", "m1", "posture", true); err == nil {
		t.Errorf("a vote in a DM was taken")
	}

	n, err := f.r.Forget(ctx, "400", "u1")
	must(err)
	if n != 2 {
		t.Errorf("Forget deleted %d records; want 2 (a vote and a logged question)", n)
	}
	votes, logged, _ := f.everything(t)
	for _, v := range votes {
		if v.Guild == "400" && v.UserHash == hashU1 {
			t.Errorf("vote %+v of u1 in 400 left after /forget", v)
		}
	}
	if len(votes) != 2 || len(logged) != 0 {
		t.Errorf("after /forget: %d votes, %d logged; want u2's and u1's in 401, and none logged", len(votes), len(logged))
	}
}

func TestSettingsChangedDeletesTheLog(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.r.Answered(ctx, Answer{Guild: "400", User: "u1", Text: "q1", Reply: unanswered, Settings: logOn(nil)})
	f.r.Answered(ctx, Answer{Guild: "401", User: "u1", Text: "q2", Reply: unanswered, Settings: logOn(nil)})
	if err := f.r.SettingsChanged(ctx, "400", logOn(nil), logOn(days(7))); err != nil {
		t.Fatal(err)
	}
	if _, logged, _ := f.everything(t); len(logged) != 2 {
		t.Fatalf("a change of retention deleted the log: %d left", len(logged))
	}
	if err := f.r.SettingsChanged(ctx, "400", logOn(nil), store.Settings{}); err != nil {
		t.Fatal(err)
	}
	_, logged, _ := f.everything(t)
	if len(logged) != 1 || logged[0].Guild != "401" {
		t.Errorf("after 400 turned the log off: %+v; want only 401's question", logged)
	}
}

func TestStats(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	answer := func(guild string, r knowledge.Reply) {
		f.r.Answered(ctx, Answer{Guild: guild, User: "u1", Text: "q", Reply: r, Settings: logOn(nil)})
	}
	answer("400", passage)
	f.c.Add(-40 * 24 * time.Hour) // before the period
	answer("400", passage)
	f.c.Add(40 * 24 * time.Hour)
	answer("400", passage)
	answer("400", unanswered)
	answer("400", crisis)
	answer("401", unanswered) // another server
	for i, v := range []struct {
		user, passage string
		helpful       bool
	}{{"u1", "posture", false}, {"u2", "posture", false}, {"u3", "posture", true}, {"u1", "stress", false}, {"u2", "sleep", true}} {
		if err := f.r.Vote(ctx, "400", v.user, "m"+string(rune('0'+i)), v.passage, v.helpful); err != nil {
			t.Fatal(err)
		}
	}
	got, err := f.r.Stats(ctx, "400")
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{
		Since:      f.c.Now().Add(-StatsPeriod),
		Kinds:      []KindCount{{store.KindPassage, 2}, {store.KindCrisis, 1}, {store.KindUnanswered, 1}},
		NotHelpful: []PassageVotes{{"posture", 1, 2}, {"stress", 0, 1}},
		Unanswered: 1,
		Logged:     1,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

// A store that is away costs the answer nothing: Answered logs and goes
// on; what the member asked for explicitly says it could not.
func TestNoStore(t *testing.T) {
	r := New(func() store.Feedback { return nil }, Config{})
	ctx := context.Background()
	r.Answered(ctx, Answer{Guild: "400", User: "u1", Text: "q", Reply: unanswered, Settings: logOn(nil)})
	if err := r.Vote(ctx, "400", "u1", "m1", "posture", true); err == nil {
		t.Errorf("Vote without a store: no error")
	}
	if _, err := r.Forget(ctx, "400", "u1"); err == nil {
		t.Errorf("Forget without a store: no error")
	}
	if _, err := r.Stats(ctx, "400"); err == nil {
		t.Errorf("Stats without a store: no error")
	}
	if n := r.Purge(ctx); n != 0 {
		t.Errorf("Purge without a store = %d", n)
	}
}

// The salt never reaches the logs.
func TestSaltIsNeverLogged(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.r.Answered(ctx, Answer{Guild: "400", User: "u1", Text: "q", Reply: unanswered, Settings: logOn(nil)})
	_ = f.r.Vote(ctx, "400", "u1", "m1", "posture", true)
	_, _ = f.r.Forget(ctx, "400", "u1")
	salt, _ := f.st.Salt(ctx)
	if strings.Contains(f.logs.String(), hex.EncodeToString(salt)) || bytes.Contains(f.logs.Bytes(), salt) {
		t.Errorf("the salt is in the logs: %s", f.logs)
	}
}
