package discord

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
)

// slowBot makes the bot's answerer slow (or panicky) through a stub and
// returns the stub.
func slowBot(delay time.Duration, deferAfter time.Duration) (*stubAnswerer, func(*Bot)) {
	stub := &stubAnswerer{delay: delay}
	return stub, func(b *Bot) {
		stub.answerer = b.h.a
		b.h.use(stub)
		b.deferAfter = deferAfter
	}
}

func TestSlowAnswersAreDeferred(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	_, tweak := slowBot(200*time.Millisecond, 10*time.Millisecond)
	startBot(t, f, Config{}, tweak)
	a := testAnswerer(t)

	f.RateLimit("PATCH", "/api/v9/webhooks/222/tok-1001/", 1, 0.02) // the edit is retried after a 429
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1001", "u1", "300", "ask", "question", "massage for stress"))
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1002", "u2", "300", "ask", "question", "what is the capital of France"))
	click := fakediscord.Interaction("1003", "u3", "400", "300", 3, map[string]any{"custom_id": "passage:posture", "component_type": 2})
	click["message"] = map[string]any{"id": "700", "channel_id": "300", "content": "", "author": fakediscord.User("111"), "embeds": []any{}, "components": []any{}}
	f.Dispatch("INTERACTION_CREATE", click)

	// A public answer: defer (5), then edit the original.
	if cb := f.WaitCallback("1001"); cb.Type != 5 || cb.Data != nil && cb.Data.Flags != 0 {
		t.Errorf("slow /ask: callback %s; want a public deferral (type 5)", cb.Raw)
	}
	var edits []fakediscord.Request
	f.WaitFor("the edit of the deferred answer", func() bool {
		edits = fakediscord.OKOnly(f.Find("PATCH", "/api/v9/webhooks/222/tok-1001/messages/@original"))
		return len(edits) == 1
	})
	var edit fakediscord.MessageBody
	if err := json.Unmarshal(edits[0].Body, &edit); err != nil {
		t.Fatal(err)
	}
	want := bot.Render(a.Answer(t.Context(), bot.Question{Text: "massage for stress"}))
	if e := embedOf(t, &edit); e.Description != want.Description || e.Footer == nil || e.Footer.Text != want.Footer {
		t.Errorf("edit = %s; want the answer with the disclaimer", edits[0].Body)
	}
	wantNoMentions(t, edits[0].Body)

	// A private answer after a public deferral: an ephemeral follow-up,
	// and the "thinking" placeholder deleted.
	if cb := f.WaitCallback("1002"); cb.Type != 5 {
		t.Errorf("slow private /ask: callback type %d; want 5", cb.Type)
	}
	var follow []fakediscord.Request
	f.WaitFor("the follow-up and the deletion", func() bool {
		follow = fakediscord.OKOnly(f.Find("POST", "/api/v9/webhooks/222/tok-1002"))
		return len(follow) == 1 && len(f.Find("DELETE", "/api/v9/webhooks/222/tok-1002/messages/@original")) == 1
	})
	var fu fakediscord.MessageBody
	_ = json.Unmarshal(follow[0].Body, &fu)
	if fu.Flags != 64 || len(fu.Embeds) != 1 || fu.Embeds[0].Footer == nil || fu.Embeds[0].Footer.Text != a.Knowledge().Disclaimer {
		t.Errorf("follow-up = %s; want an ephemeral \"I don't know\" with the disclaimer", follow[0].Body)
	}
	wantNoMentions(t, follow[0].Body)

	// A button: deferred update (6), then the message edited in place.
	if cb := f.WaitCallback("1003"); cb.Type != 6 {
		t.Errorf("slow button: callback type %d; want 6", cb.Type)
	}
	f.WaitFor("the edit after the button", func() bool {
		return len(fakediscord.OKOnly(f.Find("PATCH", "/api/v9/webhooks/222/tok-1003/messages/@original"))) == 1
	})
	if n := len(f.Find("DELETE", "/api/v9/webhooks/222/tok-1003/")); n != 0 {
		t.Errorf("the message with the buttons was deleted")
	}
}

func TestPanicsAreRecovered(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	stub, tweak := slowBot(0, time.Minute)
	stub.panicOn = "PANIC"
	r := startBot(t, f, Config{}, tweak)

	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1101", "u1", "300", "ask", "question", "PANIC now"))
	cb := f.WaitCallback("1101")
	if cb.Type != 4 || cb.Data.Flags != 64 || len(cb.Data.Embeds) != 1 || cb.Data.Embeds[0].Footer.Text != testAnswerer(t).Knowledge().Disclaimer {
		t.Errorf("panicking answer: %s; want an ephemeral error notice with the disclaimer", cb.Raw)
	}
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("1102", "u2", "400", "340", "<@111> PANIC again", "111"))
	waitLog(t, r.logs, "discord: panic in handler", "")
	// Still alive.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("1103", "u3", "400", "340", "<@111> massage for stress", "111"))
	if m := f.WaitMessage("340", 1); len(m.Embeds) != 1 {
		t.Errorf("after the panics: %s; want an answer", m.Raw)
	}
	if !strings.Contains(r.logs.String(), `"msg":"discord: panic while answering"`) {
		t.Errorf("the interaction's panic was not logged")
	}
}

func TestGracefulShutdown(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	stub, tweak := slowBot(time.Second, time.Minute)
	r := startBot(t, f, Config{}, func(b *Bot) {
		tweak(b)
		b.respondWithin = time.Minute // the slow answer is not the point here
	})
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1201", "u1", "300", "ask", "question", "massage for stress"))
	f.WaitFor("the question to reach the answerer", func() bool { return len(stub.asked()) == 1 })

	stopped := make(chan struct{})
	go func() {
		r.stop()
		close(stopped)
	}()
	f.WaitFor("the bot to stop taking events", func() bool {
		r.b.mu.Lock()
		defer r.b.mu.Unlock()
		return r.b.closing
	})
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1202", "u2", "300", "ask", "question", "massage for stress"))
	<-stopped

	// Run returned only after the event in flight was answered; the one
	// that came during the shutdown was not taken.
	cbs := f.Callbacks()
	if len(cbs["1201"]) != 1 {
		t.Errorf("in-flight interaction answered %d times before Run returned; want once", len(cbs["1201"]))
	}
	if len(cbs["1202"]) != 0 || len(stub.asked()) != 1 {
		t.Errorf("an interaction arriving during shutdown was answered")
	}
	logs := r.logs.String()
	if i, j := strings.Index(logs, `"msg":"discord: interaction"`), strings.Index(logs, `"msg":"discord: shut down"`); i < 0 || j < i {
		t.Errorf("want the answer logged before the shutdown:\n%s", logs)
	}
}

func TestShutdownWaitIsBounded(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	_, tweak := slowBot(time.Hour, 10*time.Millisecond) // the stub gives up when its context ends
	r := startBot(t, f, Config{}, func(b *Bot) {
		tweak(b)
		b.drainTimeout = 50 * time.Millisecond
	})
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1301", "u1", "300", "ask", "question", "massage for stress"))
	if cb := f.WaitCallback("1301"); cb.Type != 5 {
		t.Fatalf("callback type %d; want the deferral", cb.Type)
	}
	r.stop() // fails the test if Run does not return
	if !strings.Contains(r.logs.String(), "events still in flight") {
		t.Errorf("the abandoned event was not logged")
	}
}

// A gateway that accepts the connection but never speaks cannot keep the
// bot from stopping, or from reporting that it could not connect.
func TestSilentGatewayDoesNotHang(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	f.Silent = true
	b, err := New(Config{Token: "test-token", APIBase: f.APIBase()}, testAnswerer(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	b.readyTimeout = 200 * time.Millisecond
	errc := make(chan error, 1)
	go func() { errc <- b.Run(context.Background()) }()
	select {
	case err := <-errc:
		if err == nil || !strings.Contains(err.Error(), "did not answer") {
			t.Errorf("Run against a silent gateway = %v; want an error saying it did not answer", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run hung on a gateway that never says HELLO")
	}

	// And a shutdown while it waits returns at once.
	b2, _ := New(Config{Token: "test-token", APIBase: f.APIBase()}, testAnswerer(t), nil)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { errc <- b2.Run(ctx) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run cancelled while connecting = %v; want nil", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after its context ended while connecting")
	}
}
