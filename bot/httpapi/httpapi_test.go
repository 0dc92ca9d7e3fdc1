package httpapi

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/knowledge"
)

func TestRejected(t *testing.T) {
	valid := ask(id(1), "1001", "does massage help relax tight muscles?")
	tests := []struct {
		name   string
		req    func(e *endpoint) *http.Request
		status int
		reason string
	}{
		{"tampered body", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(valid, []byte("tight"), []byte("tiny!"), 1)))
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"wrong key", func(e *endpoint) *http.Request {
			return newKeys(t).request(valid, time.Now())
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"timestamp not the one signed", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(time.Now().Unix()+1, 10))
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"stale timestamp", func(e *endpoint) *http.Request {
			return e.keys.request(valid, time.Now().Add(-MaxSkew-time.Minute))
		}, http.StatusUnauthorized, ops.ReasonStale},
		{"timestamp in the future", func(e *endpoint) *http.Request {
			return e.keys.request(valid, time.Now().Add(MaxSkew+time.Minute))
		}, http.StatusUnauthorized, ops.ReasonStale},
		{"timestamp 25 years old", func(e *endpoint) *http.Request {
			return e.keys.request(valid, time.Now().AddDate(-25, 0, 0))
		}, http.StatusUnauthorized, ops.ReasonStale},
		{"no signature", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"no timestamp", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"no headers", func(e *endpoint) *http.Request {
			return httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(valid))
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"signature not hex", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Set("X-Signature-Ed25519", strings.Repeat("zz", 64))
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"signature too short", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Set("X-Signature-Ed25519", r.Header.Get("X-Signature-Ed25519")[:126])
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"timestamp not a number, signed", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Header.Set("X-Signature-Timestamp", "yesterday")
			r.Header.Set("X-Signature-Ed25519", e.keys.sign("yesterday", valid))
			return r
		}, http.StatusUnauthorized, ops.ReasonBadSignature},
		{"huge body, signed", func(e *endpoint) *http.Request {
			return e.keys.request(hugeBody(), time.Now())
		}, http.StatusRequestEntityTooLarge, ops.ReasonTooLarge},
		{"huge body without a length, signed", func(e *endpoint) *http.Request {
			r := e.keys.request(hugeBody(), time.Now())
			r.ContentLength = -1 // as with chunked encoding: only reading finds out
			return r
		}, http.StatusRequestEntityTooLarge, ops.ReasonTooLarge},
		{"length understated", func(e *endpoint) *http.Request {
			r := e.keys.request(hugeBody(), time.Now())
			r.ContentLength = 100
			return r
		}, http.StatusRequestEntityTooLarge, ops.ReasonTooLarge},
		{"malformed JSON, signed", func(e *endpoint) *http.Request {
			return e.keys.request([]byte(`{"type":2,"id":"1","data":`), time.Now())
		}, http.StatusBadRequest, ops.ReasonBadJSON},
		{"JSON of the wrong shape, signed", func(e *endpoint) *http.Request {
			return e.keys.request([]byte(`{"type":"command"}`), time.Now())
		}, http.StatusBadRequest, ops.ReasonBadJSON},
		{"modal submit (type 5), signed", func(e *endpoint) *http.Request {
			return e.keys.request(interaction(discordgo.InteractionModalSubmit, id(2), "1001", map[string]any{"custom_id": "m"}), time.Now())
		}, http.StatusBadRequest, ops.ReasonUnknownType},
		{"no type, signed", func(e *endpoint) *http.Request {
			return e.keys.request([]byte(`{"id":"1"}`), time.Now())
		}, http.StatusBadRequest, ops.ReasonUnknownType},
		{"GET", func(e *endpoint) *http.Request {
			r := e.keys.request(valid, time.Now())
			r.Method = http.MethodGet
			return r
		}, http.StatusMethodNotAllowed, ops.ReasonMethod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEndpoint(t, discord.Config{})
			w := e.do(tt.req(e))
			if w.Code != tt.status {
				t.Errorf("status = %d, want %d; body %q", w.Code, tt.status, w.Body)
			}
			if n := e.ix.calls.Load(); n != 0 {
				t.Errorf("the handler ran %d times, want 0", n)
			}
			if got := metric(t, e.m, "backpainbot_interactions_rejected_total", "reason="+tt.reason); got != 1 {
				t.Errorf("rejected{reason=%q} = %v, want 1", tt.reason, got)
			}
			if got := metric(t, e.m, "backpainbot_interactions_received_total"); got != 1 {
				t.Errorf("received = %v, want 1", got)
			}
			if strings.Contains(w.Body.String(), newAnswerer(t).Knowledge().Disclaimer) || strings.Contains(w.Body.String(), `"type"`) {
				t.Errorf("a rejection carries a reply: %q", w.Body)
			}
		})
	}
}

// hugeBody is a valid interaction padded over MaxBody.
func hugeBody() []byte {
	return ask(id(3), "1001", "massage "+strings.Repeat("please ", MaxBody/7))
}

// Requests within MaxSkew are answered, whichever side of our clock.
func TestTimestampWithinSkew(t *testing.T) {
	for _, d := range []time.Duration{-MaxSkew + 30*time.Second, -time.Minute, 0, time.Minute, MaxSkew - 30*time.Second} {
		e := newEndpoint(t, discord.Config{})
		w := e.do(e.keys.request(ask(id(4), "1001", "does massage help?"), time.Now().Add(d)))
		if w.Code != http.StatusOK {
			t.Errorf("signed %v from now: status %d, want 200; body %q", d, w.Code, w.Body)
		}
	}
}

func TestPing(t *testing.T) {
	e := newEndpoint(t, discord.Config{})
	w := e.send([]byte(`{"id":"1","application_id":"222","type":1,"token":"tok","version":1}`))
	if w.Code != http.StatusOK {
		t.Fatalf("PING: status %d, want 200; body %q", w.Code, w.Body)
	}
	if got, want := w.Body.String(), `{"type":1}`; got != want {
		t.Errorf("PING: body %s, want %s", got, want)
	}
	if got := w.Header().Get("Content-Type"); got != "application/json" {
		t.Errorf("PING: Content-Type %q, want application/json", got)
	}
	if n := e.ix.calls.Load(); n != 0 {
		t.Errorf("PING reached the handler %d times, want 0", n)
	}
}

// Each command and a button click get the same reply over HTTP as from
// the gateway's Handler.Interaction for the same interaction.
func TestSameAsGateway(t *testing.T) {
	tests := []struct {
		name  string
		body  []byte
		reply bool // a message reply (else autocomplete choices)
		kind  knowledge.Kind
	}{
		{"ask, recorded", fixture(t, "interaction_ask.json"), true, knowledge.KindAnswer},
		{"ask in a DM, recorded", fixture(t, "interaction_ask_dm.json"), true, knowledge.KindAnswer},
		{"ask, abstain", ask(id(10), "1001", "what's the best pizza topping?"), true, knowledge.KindAbstain},
		{"ask, urgent", ask(id(11), "1001", "my back hurts and I suddenly can't control my bladder"), true, knowledge.KindUrgent},
		{"ask, crisis", ask(id(12), "1001", "my back pain is so bad I want to kill myself"), true, knowledge.KindCrisis},
		{"ask, dose", ask(id(13), "1001", "how many mg of ibuprofen should I take for back pain?"), true, knowledge.KindAbstain},
		{"ask, markup and mentions", ask(id(14), "1001", "@everyone <@123> does **massage** help loosen tight knotted muscles?"), true, knowledge.KindAnswer},
		{"topic", command(id(15), "1001", "topic", "name", "benefits"), true, knowledge.KindTopic},
		{"topic, unknown", command(id(16), "1001", "topic", "name", "astrology"), true, knowledge.KindAbstain},
		{"topics", command(id(17), "1001", "topics"), true, knowledge.KindTopics},
		{"help", command(id(18), "1001", "help"), true, knowledge.KindHelp},
		{"unknown command", command(id(19), "1001", "weather"), true, knowledge.KindError},
		{"button, recorded", fixture(t, "interaction_button.json"), true, knowledge.KindAnswer},
		{"button", button(id(20), "1001", "passage:muscle-relaxation"), true, knowledge.KindAnswer},
		{"button, unknown passage", button(id(21), "1001", "passage:no-such-passage"), true, knowledge.KindAbstain},
		{"autocomplete, recorded", fixture(t, "interaction_autocomplete.json"), false, ""},
		{"autocomplete, empty", interaction(discordgo.InteractionApplicationCommandAutocomplete, id(22), "1001",
			map[string]any{"id": "601", "name": "topic", "type": 1, "options": []map[string]any{{"name": "name", "type": 3, "value": "", "focused": true}}}), false, ""},
	}
	a := newAnswerer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var i discordgo.Interaction
			if err := json.Unmarshal(tt.body, &i); err != nil {
				t.Fatal(err)
			}
			direct := discord.NewHandler(a, discord.Config{}).Interaction(context.Background(), &i)
			if direct.Interaction == nil {
				t.Fatalf("Handler.Interaction(%s) is empty", tt.name)
			}
			if direct.Rendered.Kind != tt.kind {
				t.Errorf("Handler.Interaction(%s).Rendered.Kind = %q, want %q", tt.name, direct.Rendered.Kind, tt.kind)
			}
			want, err := json.Marshal(direct.Interaction)
			if err != nil {
				t.Fatal(err)
			}

			e := newEndpoint(t, discord.Config{})
			w := e.send(tt.body)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body %q", w.Code, w.Body)
			}
			if got := w.Header().Get("Content-Type"); got != "application/json" {
				t.Errorf("Content-Type %q, want application/json", got)
			}
			if diff := cmp.Diff(decode(t, want), decode(t, w.Body.Bytes())); diff != "" {
				t.Errorf("HTTP reply differs from Handler.Interaction's (-gateway +http):\n%s", diff)
			}
			if !bytes.Equal(bytes.TrimSpace(w.Body.Bytes()), want) {
				t.Errorf("HTTP body is not byte for byte the gateway's payload:\n got %s\nwant %s", w.Body, want)
			}
			if tt.reply {
				checkReply(t, w.Body.Bytes())
			}
		})
	}
}

func decode(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON: %v: %s", err, b)
	}
	return v
}

// An interaction sent twice (a replay within MaxSkew) is answered once.
func TestDuplicate(t *testing.T) {
	e := newEndpoint(t, discord.Config{})
	r1 := e.keys.request(ask(id(30), "1001", "does massage help?"), time.Now())
	r2 := r1.Clone(context.Background())
	body, _ := io.ReadAll(r1.Body)
	r1.Body, r2.Body = io.NopCloser(bytes.NewReader(body)), io.NopCloser(bytes.NewReader(body))
	if w := e.do(r1); w.Code != http.StatusOK {
		t.Fatalf("first: status %d, want 200", w.Code)
	}
	if w := e.do(r2); w.Code != http.StatusConflict {
		t.Errorf("replay: status %d, want %d; body %q", w.Code, http.StatusConflict, w.Body)
	}
	if got := metric(t, e.m, "backpainbot_interactions_rejected_total", "reason="+ops.ReasonDuplicate); got != 1 {
		t.Errorf("rejected{duplicate} = %v, want 1", got)
	}
}

// A panic while answering is a 500 and one log record, and the server
// goes on serving.
func TestPanic(t *testing.T) {
	k := newKeys(t)
	m := ops.New(ops.HTTP)
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ix := &counting{next: discord.NewHandler(newAnswerer(t), discord.Config{}), panicID: id(40)}
	h, err := newHandler(Config{PublicKey: k.pub}, ix, m, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	post := func(body []byte) (int, string) {
		t.Helper()
		r := k.request(body, time.Now())
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/interactions", r.Body)
		req.Header = r.Header
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("POST: %v", err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post(ask(id(40), "1001", "does massage help?")); code != http.StatusInternalServerError {
		t.Errorf("panicking handler: status %d, want 500; body %q", code, body)
	}
	if code, body := post(ask(id(41), "1002", "does massage help?")); code != http.StatusOK {
		t.Errorf("after a panic: status %d, want 200; body %q", code, body)
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "panic") || !strings.Contains(lines[0], "test: panic on") {
		t.Errorf("log after a panic = %q, want one record with the panic", logs.String())
	}
	if got := metric(t, m, "backpainbot_panics_total"); got != 1 {
		t.Errorf("panics = %v, want 1", got)
	}
}

func TestParsePublicKey(t *testing.T) {
	k := newKeys(t)
	hexKey := strings.ToUpper(hexString(k.pub))
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"hex", hexString(k.pub), true},
		{"upper case, spaces around", " " + hexKey + "\n", true},
		{"empty", "", false},
		{"not hex", strings.Repeat("g", 64), false},
		{"too short", hexString(k.pub)[:62], false},
		{"too long", hexString(k.pub) + "00", false},
	}
	for _, tt := range tests {
		got, err := ParsePublicKey(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParsePublicKey(%q) error = %v, want ok %v", tt.in, err, tt.ok)
		}
		if tt.ok && !k.pub.Equal(got) {
			t.Errorf("ParsePublicKey(%q) = %x, want %x", tt.in, got, k.pub)
		}
	}
	if _, err := New(Config{PublicKey: k.pub[:16]}, discord.NewHandler(newAnswerer(t), discord.Config{}), nil, nil); err == nil {
		t.Errorf("New with a 16-byte key: no error")
	}
	if _, err := New(Config{PublicKey: k.pub}, nil, nil, nil); err == nil {
		t.Errorf("New without a handler: no error")
	}
}

func hexString(b []byte) string { return hex.EncodeToString(b) }
