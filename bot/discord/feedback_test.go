package discord

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// These tests drive the gateway bot through the fake Discord and check
// what it stored by querying the store directly.

// Questions the test answerer answers, and does not.
const (
	qAnswered   = "does massage help relax tight muscles?"
	qUnanswered = "what mattress is best for back pain"
	qCrisis     = "i want to kill myself tonight"
)

// feedbackBot is a gateway bot on an embedded store of the test's own.
func feedbackBot(t *testing.T) (*fakediscord.Server, *running, store.Store) {
	t.Helper()
	st := testStore(t)
	f := fakediscord.New(t)
	r := startBot(t, f, Config{GuildID: "400", State: session.New(session.WithStore(leaveOpen{st}))}, nil)
	return f, r, st
}

// click is a click by user on a button with customID under message 700.
func click(id, user, customID string) map[string]any {
	d := fakediscord.Interaction(id, user, "400", "300", 3, map[string]any{"custom_id": customID, "component_type": 2})
	d["message"] = map[string]any{"id": "700", "channel_id": "300", "content": "", "author": fakediscord.User("111"), "embeds": []any{}, "components": []any{}}
	return d
}

// asAdmin gives the member of interaction d Manage Server.
func asAdmin(d map[string]any) map[string]any {
	d["member"].(map[string]any)["permissions"] = "2248473465835105"
	return d
}

// stored returns every vote and unexpired logged question of server 400.
func stored(t *testing.T, st store.Store) ([]store.Vote, []store.Unanswered) {
	t.Helper()
	ctx := context.Background()
	votes, err := st.Votes(ctx, "400", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	logged, err := st.UnansweredSince(ctx, "400", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return votes, logged
}

// counted waits until guild's count of kind reaches n: answers are
// recorded once sent, just after Discord has the reply, and the count
// last (feedback.Recorder.Answered).
func counted(t *testing.T, f *fakediscord.Server, st store.Store, guild, kind string, n int) {
	t.Helper()
	f.WaitFor(kind+" answers counted", func() bool {
		counts, err := st.AnswerCounts(context.Background(), guild, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, c := range counts {
			if c.Guild == guild && c.Kind == kind {
				got += c.N
			}
		}
		return got >= n
	})
}

// wantPrivate checks a callback is an ephemeral message saying want, with
// the disclaimer.
func wantPrivate(t *testing.T, what string, cb fakediscord.CallbackBody, want string) {
	t.Helper()
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags != 64 {
		t.Fatalf("%s: callback type %d flags %v; want an ephemeral message (4, 64)", what, cb.Type, cb.Data)
	}
	e := embedOf(t, cb.Data)
	if !strings.Contains(e.Description, want) {
		t.Errorf("%s: %q; want it to say %q", what, e.Description, want)
	}
	if e.Footer == nil || e.Footer.Text != knowledge.DefaultDisclaimer {
		t.Errorf("%s: footer %v; want the disclaimer", what, e.Footer)
	}
	wantNoMentions(t, cb.Raw)
}

func TestVoteButtons(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("501", "u1", "300", "ask", "question", qAnswered))
	cb := f.WaitCallback("501")
	rows := cb.Data.Components
	if len(rows) == 0 || len(rows[len(rows)-1].Components) != 2 {
		t.Fatalf("answer rows %+v; want a last row of two vote buttons", rows)
	}
	up, down := rows[len(rows)-1].Components[0], rows[len(rows)-1].Components[1]
	if up.Label != bot.LabelHelpful || down.Label != bot.LabelNotHelpful || !strings.HasPrefix(up.CustomID, "helpful:") {
		t.Fatalf("vote buttons %+v, %+v; want Helpful and Not helpful", up, down)
	}
	passage := strings.TrimPrefix(up.CustomID, "helpful:")

	f.Dispatch("INTERACTION_CREATE", click("502", "u2", up.CustomID))
	wantPrivate(t, "helpful", f.WaitCallback("502"), msgVotedHelpful)
	votes, _ := stored(t, st)
	if len(votes) != 1 || !votes[0].Helpful || votes[0].Reply != "700" || votes[0].Passage != passage || votes[0].UserHash == "u2" {
		t.Fatalf("votes %+v; want one helpful vote on %s under message 700, by a hashed member", votes, passage)
	}

	// A second click changes the vote; another member's is their own.
	f.Dispatch("INTERACTION_CREATE", click("503", "u2", down.CustomID))
	wantPrivate(t, "not helpful", f.WaitCallback("503"), msgVotedNotHelpful)
	f.Dispatch("INTERACTION_CREATE", click("504", "u3", up.CustomID))
	f.WaitCallback("504")
	votes, _ = stored(t, st)
	if len(votes) != 2 || votes[0].Helpful || !votes[1].Helpful {
		t.Errorf("votes %+v; want u2's changed to not helpful, then u3's helpful", votes)
	}
}

// No vote buttons in a DM, and a vote from one is answered, not stored.
func TestNoVotesInDMs(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("801", "u1", "", "900", qAnswered))
	m := f.WaitMessage("900", 1)
	for _, row := range m.Components {
		for _, b := range row.Components {
			if strings.HasPrefix(b.CustomID, "helpful:") || strings.HasPrefix(b.CustomID, "unhelpful:") {
				t.Errorf("DM answer has vote button %q", b.CustomID)
			}
		}
	}
	d := fakediscord.Interaction("802", "u1", "", "900", 3, map[string]any{"custom_id": "helpful:posture", "component_type": 2})
	d["message"] = map[string]any{"id": "701", "channel_id": "900", "content": "", "author": fakediscord.User("111"), "embeds": []any{}, "components": []any{}}
	f.Dispatch("INTERACTION_CREATE", d)
	wantPrivate(t, "vote in a DM", f.WaitCallback("802"), msgVoteDM)
	if votes, err := st.Votes(context.Background(), "", time.Time{}); err != nil || len(votes) != 0 {
		t.Errorf("votes %+v, %v; want none", votes, err)
	}
}

// An unanswered question is logged, with its runner-ups, only in a server
// that turned the log on; never from a DM; and turning the log off
// deletes it.
func TestUnansweredLog(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	if r := testAnswerer(t).Answer(context.Background(), bot.Question{Text: qUnanswered}); r.Kind != knowledge.KindAbstain {
		t.Fatalf("precondition: %q gets %v; want I don't know", qUnanswered, r.Kind)
	}
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("511", "u1", "300", "ask", "question", qUnanswered))
	f.WaitCallback("511")
	counted(t, f, st, "400", store.KindUnanswered, 1)
	if _, logged := stored(t, st); len(logged) != 0 {
		t.Errorf("logged %+v with the log off (the default); want nothing", logged)
	}

	on := true
	if err := st.SaveSettings(context.Background(), "400", store.Settings{LogUnanswered: &on}); err != nil {
		t.Fatal(err)
	}
	// Other members: one question every 3 s per member.
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("512", "u2", "300", "ask", "question", qUnanswered))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("813", "u3", "", "900", qUnanswered))
	f.WaitCallback("512")
	f.WaitMessage("900", 1)
	counted(t, f, st, "400", store.KindUnanswered, 2)
	counted(t, f, st, "", store.KindUnanswered, 1) // the DM: counted by kind
	_, logged := stored(t, st)
	if len(logged) != 1 || logged[0].Text != qUnanswered || len(logged[0].RunnersUp) == 0 {
		t.Fatalf("logged %+v; want the server's question once, with its runner-ups", logged)
	}
	if all, _ := st.UnansweredSince(context.Background(), "", time.Time{}); len(all) != 1 {
		t.Errorf("%d questions logged in all; want 1: never a DM's", len(all))
	}
	if want := logged[0].At.Add(30 * 24 * time.Hour); !logged[0].Expires.Equal(want) {
		t.Errorf("expires %v; want 30 days after it was asked, %v", logged[0].Expires, want)
	}

	// The admin turns the log off: what was logged is deleted at once.
	d := asAdmin(fakediscord.Interaction("514", "u9", "400", "309", 2, map[string]any{"id": "600", "name": "settings", "type": 1,
		"options": []any{map[string]any{"type": 5, "name": "log_unanswered", "value": false}}}))
	f.Dispatch("INTERACTION_CREATE", d)
	cb := f.WaitCallback("514")
	if e := embedOf(t, cb.Data); !strings.Contains(e.Description, "Saved.") || !strings.Contains(e.Description, "Unanswered-questions log:** off") {
		t.Errorf("/settings log_unanswered:False: %q; want it saved and shown off", e.Description)
	}
	if _, logged := stored(t, st); len(logged) != 0 {
		t.Errorf("after the log was turned off: %+v; want nothing", logged)
	}
}

// A crisis message is counted by kind, and its text is in no record,
// even in a server that keeps the log.
func TestCrisisIsCountedNotStored(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	on := true
	if err := st.SaveSettings(context.Background(), "400", store.Settings{LogUnanswered: &on}); err != nil {
		t.Fatal(err)
	}
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("521", "u1", "300", "ask", "question", qCrisis))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("822", "u2", "400", "300", "<@"+f.BotID+"> "+qCrisis, f.BotID))
	f.WaitCallback("521")
	counted(t, f, st, "400", store.KindCrisis, 2)
	votes, logged := stored(t, st)
	for _, u := range logged {
		if strings.Contains(u.Text, "kill") {
			t.Errorf("logged %+v: a crisis message's text is stored", u)
		}
	}
	if len(votes)+len(logged) != 0 {
		t.Errorf("records %+v %+v; want none but the counts", votes, logged)
	}
}

// /forget leaves nothing of the member in that server, and says how much
// it deleted; other members' votes stay.
func TestForget(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	on := true
	if err := st.SaveSettings(context.Background(), "400", store.Settings{LogUnanswered: &on}); err != nil {
		t.Fatal(err)
	}
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("531", "u1", "300", "ask", "question", qUnanswered))
	f.Dispatch("INTERACTION_CREATE", click("532", "u1", "unhelpful:posture"))
	f.Dispatch("INTERACTION_CREATE", click("533", "u2", "helpful:posture"))
	for _, id := range []string{"531", "532", "533"} {
		f.WaitCallback(id)
	}
	counted(t, f, st, "400", store.KindUnanswered, 1)
	if votes, logged := stored(t, st); len(votes) != 2 || len(logged) != 1 {
		t.Fatalf("before /forget: %d votes, %d logged; want 2 and 1", len(votes), len(logged))
	}

	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("534", "u1", "309", "forget"))
	wantPrivate(t, "/forget", f.WaitCallback("534"), "I deleted 2 records about you")
	votes, logged := stored(t, st)
	if len(logged) != 0 || len(votes) != 1 || votes[0].Helpful != true {
		t.Errorf("after /forget: votes %+v, logged %+v; want only u2's helpful vote", votes, logged)
	}
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("535", "u1", "309", "forget"))
	wantPrivate(t, "/forget again", f.WaitCallback("535"), "I had nothing stored about you")
}

// /stats is refused to a member without Manage Server, on our side too
// (a server can grant the command to anyone), and shown to an admin.
func TestStats(t *testing.T) {
	t.Parallel()
	f, _, st := feedbackBot(t)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("541", "u1", "300", "ask", "question", qAnswered))
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("542", "u2", "301", "ask", "question", qUnanswered))
	f.Dispatch("INTERACTION_CREATE", click("543", "u2", "unhelpful:posture"))
	for _, id := range []string{"541", "542", "543"} {
		f.WaitCallback(id)
	}
	counted(t, f, st, "400", store.KindPassage, 1)
	counted(t, f, st, "400", store.KindUnanswered, 1)

	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("544", "u1", "300", "stats"))
	wantPrivate(t, "/stats by a member", f.WaitCallback("544"), msgStatsDenied)

	f.Dispatch("INTERACTION_CREATE", asAdmin(fakediscord.Slash("545", "u9", "300", "stats")))
	cb := f.WaitCallback("545")
	wantPrivate(t, "/stats by an admin", cb, "The last 30 days")
	e := embedOf(t, cb.Data)
	for _, want := range []string{"answered with a passage: 1", "not answered", "Posture Correction: 1 not helpful, 0 helpful", "Unanswered questions:** 1"} {
		if !strings.Contains(e.Description, want) {
			t.Errorf("/stats %q; want it to say %q", e.Description, want)
		}
	}
}

// A server the bot left is purged with its logged questions; another
// server's stay.
func TestLeftServerLogIsPurged(t *testing.T) {
	c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	st := guildStore(t, c, "400", "401")
	ctx := context.Background()
	h := storeHandler(t, st, Config{})
	for _, g := range []string{"400", "401"} {
		u := store.Unanswered{Guild: g, UserHash: strings.Repeat("a", 64), Text: qUnanswered, At: c.Now(), Expires: c.Now().Add(300 * 24 * time.Hour)}
		if err := st.LogUnanswered(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.MarkRemoved(ctx, "400", c.Now()); err != nil {
		t.Fatal(err)
	}
	c.Add(RemovedGrace + time.Second)
	purger{st: leftServers{Store: st, fb: h.fb, log: h.log}, log: h.log, now: c.Now}.once(ctx)
	logged, err := st.UnansweredSince(ctx, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != 1 || logged[0].Guild != "401" {
		t.Errorf("after 400 was purged, logged %+v; want only 401's question", logged)
	}
}
