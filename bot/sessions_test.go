package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The policy between messages is tested on values: questions in, Asked
// out, with a clock the test moves and the state in memory (or, in
// TestSessionsShared, in a store two instances share).

// urgentStub wraps the real answerer: a question containing "URGENT" gets
// urgent advice (the safety check's decision, which the policy only
// passes on), and it records the questions it answers.
type urgentStub struct {
	*bot.Answerer
	mu    sync.Mutex
	asked []bot.Question
}

func (s *urgentStub) Answer(ctx context.Context, q bot.Question) knowledge.Reply {
	s.mu.Lock()
	s.asked = append(s.asked, q)
	s.mu.Unlock()
	if strings.Contains(q.Text, "URGENT") {
		return knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelEmergency, Advice: "Get help now.", Disclaimer: knowledge.DefaultDisclaimer}
	}
	return s.Answerer.Answer(ctx, q)
}

func (s *urgentStub) questions() []bot.Question {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.Question(nil), s.asked...)
}

// newSessions returns the policy over the stub, with its clock, on st (nil:
// in memory).
func newSessions(t testing.TB, cfg bot.SessionsConfig, st *session.State) (*bot.Sessions, *urgentStub, *fakeclock.Clock) {
	t.Helper()
	c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	stub := &urgentStub{Answerer: bottest.Answerer(t)}
	if cfg.Now == nil {
		cfg.Now = c.Now
	}
	if st == nil {
		st = session.New(session.WithClock(cfg.Now))
	}
	return bot.NewSessions(stub, st, cfg), stub, c
}

func TestSessionsCooldown(t *testing.T) {
	s, _, c := newSessions(t, bot.SessionsConfig{Cooldown: 3 * time.Second}, nil)
	steps := []struct {
		after      time.Duration
		user, q    string
		wantKind   knowledge.Kind
		wantNotice string
	}{
		{0, "u1", "massage for stress", knowledge.KindAnswer, ""},
		{time.Second, "u1", "what about posture correction", knowledge.KindCooldown, "One question every 3 seconds"},
		{0, "u2", "what about posture correction", knowledge.KindAnswer, ""},
		{time.Second, "u1", "URGENT (stub)", knowledge.KindUrgent, ""},                 // never held back
		{time.Second, "u1", "what about posture correction", knowledge.KindAnswer, ""}, // 3 s after the last answer
		{0, "u1", "what about posture correction", knowledge.KindCooldown, ""},
	}
	for k, st := range steps {
		c.Add(st.after)
		got := s.Ask(context.Background(), bot.Place{User: st.user, Guild: "400", Channel: "c" + st.user}, st.q, false)
		if got.Reply.Kind != st.wantKind || !strings.Contains(got.Reply.Notice, st.wantNotice) || got.Quiet {
			t.Errorf("step %d: %s asks %q: %v %q (quiet %v); want %v containing %q", k, st.user, st.q, got.Reply.Kind, got.Reply.Notice, got.Quiet, st.wantKind, st.wantNotice)
		}
	}
	// None: every question is answered.
	s, _, _ = newSessions(t, bot.SessionsConfig{}, nil)
	for k := range 3 {
		if got := s.Ask(context.Background(), bot.Place{User: "u1", Channel: "c"}, "massage for stress", false); got.Reply.Kind != knowledge.KindAnswer {
			t.Errorf("no cooldown, question %d: %v; want an answer", k, got.Reply.Kind)
		}
	}
}

// A notice the channel sees is sent once per cooldown; one only the
// asker sees, every time.
func TestSessionsOneNoticePerCooldownInPublic(t *testing.T) {
	for _, public := range []bool{true, false} {
		s, _, c := newSessions(t, bot.SessionsConfig{Cooldown: 3 * time.Second}, nil)
		notices, quiet := 0, 0
		for range 10 {
			got := s.Ask(context.Background(), bot.Place{User: "u1", Guild: "400", Channel: "c1"}, "massage for stress?", public)
			switch {
			case got.Quiet:
				quiet++
			case got.Reply.Kind == knowledge.KindCooldown:
				notices++
			}
			c.Add(200 * time.Millisecond)
		}
		want := 9
		if public {
			want = 1
		}
		if notices != want || notices+quiet != 9 {
			t.Errorf("public %v: 10 questions in 2 s got %d notices and %d silences; want %d notices", public, notices, quiet, want)
		}
	}
}

func TestSessionsPreviousMessage(t *testing.T) {
	s, stub, c := newSessions(t, bot.SessionsConfig{}, nil)
	ask := func(user, channel, q string) {
		s.Ask(context.Background(), bot.Place{User: user, Guild: "400", Channel: channel}, q, false)
	}
	ask("u1", "c1", "I have numbness around my bottom")
	c.Add(time.Minute)
	ask("u1", "c1", "does massage help?")  // previous: the numbness
	ask("u2", "c1", "does massage help?")  // another member: none
	ask("u1", "c2", "does massage help?")  // another channel: none
	c.Add(session.ContextWindow)           // too long ago
	ask("u1", "c1", "and stretching?")     // none
	ask("u1", "c1", "what about posture?") // none: stretching left nothing
	var got []bool
	for _, q := range stub.questions() {
		got = append(got, !q.Previous.Empty())
	}
	if diff := cmp.Diff([]bool{false, true, false, false, false, false}, got); diff != "" {
		t.Errorf("Question.Previous carried (-want +got):\n%s", diff)
	}
}

func TestSessionsSamePassage(t *testing.T) {
	locates := 0
	locate := func(_ context.Context, p bot.Post) (string, error) {
		locates++
		if p.Ref != "ref-"+p.User {
			t.Errorf("Locate got ref %q for %s's post", p.Ref, p.User)
		}
		return "https://discord.com/channels/400/" + p.Channel + "/m-" + p.User, nil
	}
	s, _, c := newSessions(t, bot.SessionsConfig{Locate: locate}, nil)
	const q = "what about posture correction"
	post := func(user, channel string) bot.Asked {
		got := s.Ask(context.Background(), bot.Place{User: user, Guild: "400", Channel: channel}, q, false)
		if got.Post != nil {
			p := *got.Post
			p.Ref = "ref-" + user // what an interaction's reply leaves: no link yet
			s.Posted(context.Background(), p)
		}
		return got
	}
	if got := post("u1", "c1"); got.Reply.Kind != knowledge.KindAnswer || got.Post == nil {
		t.Fatalf("first: %v, post %v; want the answer, to record", got.Reply.Kind, got.Post)
	}
	c.Add(30 * time.Second)
	for _, u := range []string{"u2", "u3"} {
		got := post(u, "c1")
		if got.Reply.Kind != knowledge.KindCooldown || !strings.Contains(got.Reply.Notice, "https://discord.com/channels/400/c1/m-u1") || got.Post != nil {
			t.Errorf("%s within the minute: %+v; want a link to u1's answer", u, got)
		}
	}
	if locates != 1 {
		t.Errorf("located the earlier answer %d times; want once (then kept)", locates)
	}
	if got := post("u1", "c1"); got.Reply.Kind != knowledge.KindAnswer {
		t.Errorf("the same member again: %v; want the answer (the rule is for different people)", got.Reply.Kind)
	}
	if got := post("u4", "c2"); got.Reply.Kind != knowledge.KindAnswer {
		t.Errorf("another channel: %v; want the answer", got.Reply.Kind)
	}
	c.Add(session.PostWindow + time.Second)
	if got := post("u5", "c1"); got.Reply.Kind != knowledge.KindAnswer {
		t.Errorf("after a minute: %v; want the answer", got.Reply.Kind)
	}
	// An answer that cannot be found is posted again.
	s, _, _ = newSessions(t, bot.SessionsConfig{Locate: func(context.Context, bot.Post) (string, error) { return "", errors.New("gone") }}, nil)
	first := s.Ask(context.Background(), bot.Place{User: "u1", Channel: "c1"}, q, false)
	first.Post.Ref = "ref"
	s.Posted(context.Background(), *first.Post)
	if got := s.Ask(context.Background(), bot.Place{User: "u2", Channel: "c1"}, q, false); got.Reply.Kind != knowledge.KindAnswer {
		t.Errorf("earlier answer not found: %v; want the answer", got.Reply.Kind)
	}
	// Urgent replies are never replaced by a link, nor recorded.
	if got := s.Ask(context.Background(), bot.Place{User: "u3", Channel: "c1"}, "URGENT posture correction", false); got.Reply.Kind != knowledge.KindUrgent || got.Post != nil {
		t.Errorf("urgent: %v, post %v; want urgent, not recorded", got.Reply.Kind, got.Post)
	}
}

func TestCooldownNoticeWording(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{time.Second, "One question every second,"},
		{3 * time.Second, "One question every 3 seconds,"},
		{1500 * time.Millisecond, "One question every 2 seconds,"},
		{90 * time.Second, "One question every 90 seconds,"},
		{time.Minute, "One question every minute,"},
		{2 * time.Minute, "One question every 2 minutes,"},
		{time.Hour, "One question every hour,"},
		{3 * time.Hour, "One question every 3 hours,"},
	}
	for _, tt := range tests {
		s, _, _ := newSessions(t, bot.SessionsConfig{Cooldown: tt.d}, nil)
		s.Ask(context.Background(), bot.Place{User: "u1", Channel: "c"}, "massage for stress", false)
		got := s.Ask(context.Background(), bot.Place{User: "u1", Channel: "c"}, "massage for stress", false)
		if !strings.HasPrefix(got.Reply.Notice, tt.want) {
			t.Errorf("cooldown %v: notice %q; want it to start %q", tt.d, got.Reply.Notice, tt.want)
		}
	}
}
