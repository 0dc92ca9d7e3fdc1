package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

// storeEndpoint is the endpoint on the embedded store in dir, and a
// function that stops it (closing the store).
func storeEndpoint(t *testing.T, k keys, dir string) (*endpoint, store.Store, func()) {
	t.Helper()
	s, err := bolt.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st := session.New(session.WithStore(s))
	h, err := newHandler(Config{PublicKey: k.pub}, discord.NewHandler(newAnswerer(t), discord.Config{State: st}), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &endpoint{h: h, keys: k}, s, func() { st.Close() }
}

// vote is a click on a vote button under message 700.
func vote(id, user, customID string) []byte {
	var m map[string]any
	if err := json.Unmarshal(button(id, user, customID), &m); err != nil {
		panic(err)
	}
	m["message"] = map[string]any{"id": "700", "channel_id": "300", "content": "", "author": map[string]any{"id": "111", "username": "bot"},
		"embeds": []any{}, "components": []any{}}
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// replyOf decodes an interaction response.
func replyOf(t *testing.T, body []byte) discordgo.InteractionResponse {
	t.Helper()
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("response: %v\n%s", err, body)
	}
	return r
}

// votesOf returns server 400's votes.
func votesOf(t *testing.T, st store.Store) []store.Vote {
	t.Helper()
	v, err := st.Votes(context.Background(), "400", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Over HTTP as over the gateway: an answer carries the vote buttons; a
// click records one vote, thanked privately; a second click changes it.
func TestVoteOverHTTP(t *testing.T) {
	e, st, stop := storeEndpoint(t, newKeys(t), t.TempDir())
	defer stop()
	w := e.send(ask(id(1), "1001", "does massage help relax tight muscles?"))
	if w.Code != http.StatusOK {
		t.Fatalf("/ask: status %d", w.Code)
	}
	var up, down string
	for _, s := range fakediscord.Strings(t, w.Body.Bytes()) {
		switch {
		case strings.HasPrefix(s, "helpful:"):
			up = s
		case strings.HasPrefix(s, "unhelpful:"):
			down = s
		}
	}
	if up == "" || down == "" {
		t.Fatalf("answer without vote buttons:\n%s", w.Body)
	}

	for k, click := range []struct {
		customID string
		helpful  bool
	}{{up, true}, {down, false}} {
		w := e.send(vote(id(10+k), "1002", click.customID))
		if w.Code != http.StatusOK {
			t.Fatalf("click %s: status %d", click.customID, w.Code)
		}
		checkReply(t, w.Body.Bytes())
		if r := replyOf(t, w.Body.Bytes()); r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Errorf("click %s: response type %d flags %d; want an ephemeral message", click.customID, r.Type, r.Data.Flags)
		}
		votes := votesOf(t, st)
		if len(votes) != 1 || votes[0].Helpful != click.helpful || votes[0].Reply != "700" || votes[0].UserHash == "1002" {
			t.Errorf("after click %s: votes %+v; want one vote, helpful %v, on message 700, by a hashed member", click.customID, votes, click.helpful)
		}
	}
}

// Votes and logged questions outlive a restart on the embedded store, and
// /forget after it still finds them: the salt outlives it too.
func TestFeedbackSurvivesRestart(t *testing.T) {
	k, dir := newKeys(t), t.TempDir()
	e, st, stop := storeEndpoint(t, k, dir)
	on := true
	if err := st.SaveSettings(context.Background(), "400", store.Settings{LogUnanswered: &on}); err != nil {
		t.Fatal(err)
	}
	e.send(ask(id(20), "1001", "what mattress is best for back pain"))
	e.send(vote(id(21), "1001", "unhelpful:posture"))
	stop()

	e, st, stop = storeEndpoint(t, k, dir)
	defer stop()
	logged, err := st.UnansweredSince(context.Background(), "400", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if votes := votesOf(t, st); len(votes) != 1 || len(logged) != 1 {
		t.Fatalf("after a restart: votes %+v, logged %+v; want one of each", votes, logged)
	}
	w := e.send(command(id(22), "1001", "forget"))
	if !strings.Contains(w.Body.String(), "I deleted 2 records about you") {
		t.Errorf("/forget after a restart: %s; want both records deleted", w.Body)
	}
}

// blockedSent holds every Sent until released: the store writes of
// recording an answer, at their slowest.
type blockedSent struct {
	interactor
	release chan struct{}
}

func (b blockedSent) Sent(ctx context.Context, r discord.Response, link string) {
	<-b.release
	b.interactor.Sent(ctx, r, link)
}

// Recording an answer never holds the reply back: Discord has the whole
// response while the recording is still under way.
func TestReplyBeforeRecording(t *testing.T) {
	k := newKeys(t)
	ix := blockedSent{interactor: discord.NewHandler(newAnswerer(t), discord.Config{}), release: make(chan struct{})}
	h, err := newHandler(Config{PublicKey: k.pub}, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	defer close(ix.release)
	req := k.request(ask(id(30), "1001", "does massage help relax tight muscles?"), time.Now())
	req.RequestURI, req.URL.Scheme, req.URL.Host = "", "http", strings.TrimPrefix(srv.URL, "http://")
	got := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
		}
		got <- err
	}()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("no response while the answer was being recorded: the reply waits for the store")
	}
}
