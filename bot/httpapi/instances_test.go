package httpapi

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

// Several instances behind a load balancer share a store; these tests
// run two endpoints on one, with the application's one key pair.

// instances returns two endpoints for one application on one store of
// engine: PostgreSQL opened by each, or one embedded store in one
// process, held by both.
func instances(t *testing.T, engine string, cfg discord.Config) (a, b *endpoint) {
	t.Helper()
	k := newKeys(t)
	var states [2]*session.State
	switch engine {
	case "bolt":
		s, err := bolt.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		states[0], states[1] = session.New(session.WithStore(noClose{s})), session.New(session.WithStore(noClose{s}))
	default:
		url := pgtest.URL(t)
		for n := range states {
			s, err := postgres.Open(t.Context(), url)
			if err != nil {
				t.Fatal(err)
			}
			states[n] = session.New(session.WithStore(s))
			t.Cleanup(func() { states[n].Close() })
		}
	}
	var eps [2]*endpoint
	for n, st := range states {
		cfg.State = st
		m := ops.New(ops.HTTP)
		ix := &counting{next: discord.NewHandler(newAnswerer(t), cfg)}
		h, err := newHandler(Config{PublicKey: k.pub}, ix, m, nil)
		if err != nil {
			t.Fatal(err)
		}
		eps[n] = &endpoint{h: h, m: m, ix: ix, keys: k}
	}
	return eps[0], eps[1]
}

// noClose is a store whose Close is the test's.
type noClose struct{ session.Store }

func (noClose) Close() error { return nil }

// A request replayed to another instance within the five minutes its
// signature is good for is refused there too, as it is by the instance
// that answered it; so is one Discord delivers to both at once.
func TestReplayToAnotherInstance(t *testing.T) {
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			a, b := instances(t, engine, discord.Config{})
			r := a.keys.request(ask(id(70), "1001", "does massage help?"), time.Now())
			body, _ := io.ReadAll(r.Body)
			replay := func() *http.Request {
				c := r.Clone(t.Context())
				c.Body = io.NopCloser(bytes.NewReader(body))
				return c
			}
			if w := a.do(replay()); w.Code != http.StatusOK {
				t.Fatalf("first delivery: status %d, want 200", w.Code)
			}
			if w := b.do(replay()); w.Code != http.StatusConflict {
				t.Errorf("replay to the other instance: status %d, want 409", w.Code)
			}
			if got := metric(t, b.m, "backpainbot_interactions_rejected_total", "reason="+ops.ReasonDuplicate); got != 1 {
				t.Errorf("rejected{duplicate} on the other instance = %v, want 1", got)
			}

			r = a.keys.request(ask(id(71), "1002", "does massage help?"), time.Now())
			body, _ = io.ReadAll(r.Body)
			codes := make(chan int, 2)
			var wg sync.WaitGroup
			for _, e := range []*endpoint{a, b} {
				wg.Go(func() { codes <- e.do(replay()).Code })
			}
			wg.Wait()
			close(codes)
			var got []int
			for c := range codes {
				got = append(got, c)
			}
			if !(got[0] == 200 && got[1] == 409 || got[0] == 409 && got[1] == 200) {
				t.Errorf("one request delivered to both instances at once: statuses %v; want one 200 and one 409", got)
			}
		})
	}
}

// An instance restarted on the embedded store still refuses a request
// it answered before the restart.
func TestReplayAfterRestart(t *testing.T) {
	dir := t.TempDir()
	k := newKeys(t)
	start := func() (*endpoint, func()) {
		s, err := bolt.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		st := session.New(session.WithStore(s))
		h, err := newHandler(Config{PublicKey: k.pub}, discord.NewHandler(newAnswerer(t), discord.Config{State: st}), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return &endpoint{h: h, keys: k}, func() { st.Close() }
	}
	body := ask(id(72), "1001", "does massage help?")
	r := k.request(body, time.Now())
	e, stop := start()
	if w := e.do(r); w.Code != http.StatusOK {
		t.Fatalf("first delivery: status %d", w.Code)
	}
	stop()
	e, stop = start()
	defer stop()
	r = k.request(body, time.Now())
	if w := e.do(r); w.Code != http.StatusConflict {
		t.Errorf("replay after a restart: status %d, want 409", w.Code)
	}
}

// The same passage asked for by someone else in the channel, on another
// instance within the minute, gets a link to the first answer: the
// instance finds the first reply through Discord, by its interaction.
func TestSamePassageAcrossInstances(t *testing.T) {
	var mu sync.Mutex
	var lookups []string
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		lookups = append(lookups, r.Method+" "+r.URL.Path)
		mu.Unlock()
		if r.Method != http.MethodGet || !strings.HasSuffix(r.URL.Path, "/messages/@original") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"1399","channel_id":"300","content":""}`)
	}))
	defer fake.Close()
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			mu.Lock()
			lookups = nil
			mu.Unlock()
			a, b := instances(t, engine, discord.Config{Cooldown: -1, APIBase: fake.URL + "/api/v9"})
			const q = "what about posture correction"
			if w := a.send(ask(id(80), "1001", q)); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"embeds":[{`) {
				t.Fatalf("first answer: %d %s", w.Code, w.Body)
			}
			w := b.send(ask(id(81), "1002", q))
			var resp struct {
				Data struct {
					Content string
					Flags   int
				}
			}
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(resp.Data.Content, "https://discord.com/channels/400/300/1399") || resp.Data.Flags != 64 {
				t.Errorf("second asker, other instance: %q (flags %d); want an ephemeral link to the first answer", resp.Data.Content, resp.Data.Flags)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(lookups) != 1 || lookups[0] != "GET /api/v9/webhooks/222/tok-"+id(80)+"/messages/@original" {
				t.Errorf("Discord was asked %v; want the first interaction's original response, once", lookups)
			}
		})
	}
}

// A thread of an allowed channel is allowed: the payload's channel object
// names its parent. A channel's category allows nothing.
func TestThreadOfAllowedChannel(t *testing.T) {
	e := newEndpoint(t, discord.Config{AllowedChannels: []string{"320"}})
	withChannel := func(n int, channel map[string]any) []byte {
		var m map[string]any
		json.Unmarshal(ask(id(n), "1001", "does massage help?"), &m)
		m["channel_id"], m["channel"] = channel["id"], channel
		b, _ := json.Marshal(m)
		return b
	}
	tests := []struct {
		name    string
		channel map[string]any
		allowed bool
	}{
		{"a thread of the allowed channel", map[string]any{"id": "1320", "type": 11, "parent_id": "320"}, true},
		{"a forum post in it", map[string]any{"id": "1321", "type": 11, "parent_id": "320", "flags": 0}, true},
		{"a thread of another channel", map[string]any{"id": "1322", "type": 11, "parent_id": "321"}, false},
		{"a channel in the allowed id's category", map[string]any{"id": "1323", "type": 0, "parent_id": "320"}, false},
	}
	for n, tt := range tests {
		w := e.send(withChannel(90+n, tt.channel))
		answered := !strings.Contains(w.Body.String(), "not set up to answer in this channel")
		if w.Code != http.StatusOK || answered != tt.allowed {
			t.Errorf("%s: %d %.200s; want answered %v", tt.name, w.Code, w.Body, tt.allowed)
		}
	}
}
