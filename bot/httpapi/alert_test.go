package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

const (
	crisisQuestion    = "my back pain is so bad I don't want to live anymore"
	emergencyQuestion = "my back hurts and I suddenly can't control my bladder"
)

// alertEndpoint is an endpoint on an embedded store where server 400 has
// alert channel 302 and server 401 none, posting alerts to rest with a
// token unless token is "".
func alertEndpoint(t *testing.T, rest *fakediscord.Server, token string) *endpoint {
	t.Helper()
	st, err := bolt.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	state := session.New(session.WithStore(st))
	t.Cleanup(func() { state.Close() })
	if err := st.SaveSettings(t.Context(), "400", store.Settings{AlertChannel: "302"}); err != nil {
		t.Fatal(err)
	}
	cfg := discord.Config{Cooldown: -1, State: state, APIBase: rest.APIBase(), Token: token}
	h := discord.NewHandler(newAnswerer(t), cfg)
	k := newKeys(t)
	var c Config
	c.PublicKey = k.pub
	if token != "" {
		if c.Alerts, err = discord.NewAlerter(cfg, h); err != nil {
			t.Fatal(err)
		}
	}
	m := ops.New(ops.HTTP)
	ix := &counting{next: h}
	eh, err := newHandler(c, ix, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &endpoint{h: eh, m: m, ix: ix, keys: k}
}

// inGuild returns the payload body moved to server guild.
func inGuild(body []byte, guild string) []byte {
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		panic(err)
	}
	m["guild_id"] = guild
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// An /ask answered with a crisis or emergency reply, in a server whose
// admins set an alert channel, posts one alert there after the reply,
// with a link and without the question or the reply; nothing else does.
func TestModeratorAlertsAfterReply(t *testing.T) {
	tests := []struct {
		name     string
		token    string
		body     []byte
		question string
		want     []string // the calls to Discord, in order
		link     string   // in the alert
	}{
		{"crisis: private, links the channel", "test-token", ask(id(200), "2001", crisisQuestion), crisisQuestion,
			[]string{"POST /api/v9/channels/302/messages"}, "https://discord.com/channels/400/300\n"},
		{"emergency: public, links the reply", "test-token", ask(id(201), "2002", emergencyQuestion), emergencyQuestion,
			[]string{"GET /api/v9/webhooks/222/tok-" + id(201) + "/messages/@original", "POST /api/v9/channels/302/messages"},
			"https://discord.com/channels/400/300/" + fakediscord.OriginalID("tok-"+id(201))},
		{"no alert channel", "test-token", inGuild(ask(id(202), "2003", crisisQuestion), "401"), crisisQuestion, nil, ""},
		{"no token", "", ask(id(203), "2004", crisisQuestion), crisisQuestion, nil, ""},
		{"an answer", "test-token", ask(id(204), "2005", "does massage help tight muscles?"), "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest := fakediscord.New(t)
			e := alertEndpoint(t, rest, tt.token)
			w := e.send(tt.body)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
			defer cancel()
			if err := e.h.Shutdown(ctx); err != nil {
				t.Fatalf("Shutdown = %v; want the alert finished", err)
			}
			calls := rest.Requests()
			var got []string
			for _, c := range calls {
				got = append(got, c.Method+" "+c.Path)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("Discord was asked %q; want %q", got, tt.want)
			}
			if len(calls) == 0 {
				return
			}
			alert := strings.Join(fakediscord.Strings(t, calls[len(calls)-1].Body), "\n")
			if !strings.Contains(alert+"\n", tt.link) {
				t.Errorf("alert lacks the link %q:\n%s", tt.link, alert)
			}
			checkNoText(t, alert, tt.question, w.Body.Bytes())
		})
	}
}

// checkNoText fails if alert repeats any of the question or of the reply
// (the JSON response), beyond the disclaimer both carry.
func checkNoText(t *testing.T, alert, question string, reply []byte) {
	t.Helper()
	lower := strings.ToLower(alert)
	for _, w := range []string{"live anymore", "bladder", strings.ToLower(question)} {
		if strings.Contains(question, w) && strings.Contains(lower, w) {
			t.Errorf("alert contains %q from the question:\n%s", w, alert)
		}
	}
	disclaimer := newAnswerer(t).Knowledge().Disclaimer
	for _, s := range fakediscord.Strings(t, reply) {
		for line := range strings.SplitSeq(s, "\n") {
			line = strings.TrimSpace(line)
			if len(line) > 20 && !strings.Contains(disclaimer, line) && strings.Contains(alert, line) {
				t.Errorf("alert contains the reply's %q", line)
			}
		}
	}
}

// Shutdown waits for an alert in flight until its deadline, then cancels
// it; alerts after that are not started.
func TestShutdownCancelsAlerts(t *testing.T) {
	rest := fakediscord.New(t)
	rest.Hold("POST", "/api/v9/channels/")
	e := alertEndpoint(t, rest, "test-token")
	if w := e.send(ask(id(210), "2010", crisisQuestion)); w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	rest.WaitFor("the alert to be posted", func() bool { return rest.Waiting() == 1 })
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := e.h.Shutdown(ctx); err == nil {
		t.Error("Shutdown with an alert blocked = nil; want an error saying it cancelled")
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Shutdown took %v; want it to cancel at its deadline", took)
	}
	if w := e.send(ask(id(211), "2011", crisisQuestion)); w.Code != http.StatusOK {
		t.Fatalf("after shutdown: status %d", w.Code)
	}
	if err := e.h.Shutdown(t.Context()); err != nil {
		t.Errorf("second Shutdown = %v; want nil", err)
	}
	rest.WaitFor("Discord to see the alert given up", func() bool { return rest.Waiting() == 0 })
	if n := len(rest.Requests()); n != 1 {
		t.Errorf("Discord was asked %d times; want 1: no alert starts after Shutdown", n)
	}
}
