package ops

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/backpainbot/backpainbot/knowledge"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	return w.Code, w.Body.String()
}

func TestHealthAndReadiness(t *testing.T) {
	type step struct {
		name  string
		do    func(m *Metrics)
		ready bool
	}
	tests := []struct {
		name  string
		mode  Mode
		steps []step
	}{
		{"http", HTTP, []step{
			{"new", func(*Metrics) {}, false},
			{"knowledge loaded", func(m *Metrics) { m.SetReady(true) }, true},
			{"connection does not matter", func(m *Metrics) { m.SetConnected(0, false) }, true},
			{"shutting down", func(m *Metrics) { m.SetReady(false) }, false},
		}},
		{"gateway", Gateway, []step{
			{"new", func(*Metrics) {}, false},
			{"knowledge loaded, not connected", func(m *Metrics) { m.SetReady(true) }, false},
			{"shard 0 connected", func(m *Metrics) { m.SetConnected(0, true) }, true},
			{"shard 1 connected", func(m *Metrics) { m.SetConnected(1, true) }, true},
			{"shard 1 dropped", func(m *Metrics) { m.SetConnected(1, false) }, false},
			{"shard 1 back", func(m *Metrics) { m.SetConnected(1, true) }, true},
			{"shutting down", func(m *Metrics) { m.SetReady(false) }, false},
		}},
	}
	for _, tt := range tests {
		m := New(tt.mode)
		h := m.Handler()
		for _, s := range tt.steps {
			s.do(m)
			if code, body := get(t, h, "/healthz"); code != http.StatusOK {
				t.Errorf("%s, %s: /healthz = %d %q, want 200", tt.name, s.name, code, body)
			}
			want := http.StatusServiceUnavailable
			if s.ready {
				want = http.StatusOK
			}
			code, body := get(t, h, "/readyz")
			if code != want {
				t.Errorf("%s, %s: /readyz = %d %q, want %d", tt.name, s.name, code, body, want)
			}
			if !s.ready && !strings.HasPrefix(body, "not ready: ") {
				t.Errorf("%s, %s: /readyz body %q does not say why", tt.name, s.name, body)
			}
			gauge := 0.0
			if s.ready {
				gauge = 1
			}
			if n, err := testutil.GatherAndCount(m.Registry(), "backpainbot_ready"); err != nil || n != 1 {
				t.Fatalf("backpainbot_ready: %d series, %v", n, err)
			}
			if got := gaugeValue(t, m, "backpainbot_ready"); got != gauge {
				t.Errorf("%s, %s: backpainbot_ready = %v, want %v", tt.name, s.name, got, gauge)
			}
		}
	}
}

func gaugeValue(t *testing.T, m *Metrics, name string) float64 {
	t.Helper()
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

func TestMetricsExposition(t *testing.T) {
	m := New(HTTP)
	m.Received()
	m.Received()
	m.Received()
	m.Rejected(ReasonBadSignature)
	m.ObserveReply(knowledge.KindAnswer, "", 300*time.Microsecond)
	m.ObserveReply(knowledge.KindAnswer, "ignored", 3*time.Millisecond) // only urgent replies have levels
	m.ObserveReply(knowledge.KindUrgent, knowledge.LevelSameDay, time.Millisecond)
	m.ObserveReply(knowledge.KindCooldown, "", time.Millisecond)
	m.Cooldown()
	m.Reconnect()
	m.Reconnect()

	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("/metrics Content-Type %q, want the text format", ct)
	}
	want := `
# HELP backpainbot_cooldowns_total Questions answered with a cooldown notice instead of an answer.
# TYPE backpainbot_cooldowns_total counter
backpainbot_cooldowns_total 1
# HELP backpainbot_gateway_reconnects_total Gateway connections re-established after a drop (the first connection of each shard is not counted).
# TYPE backpainbot_gateway_reconnects_total counter
backpainbot_gateway_reconnects_total 2
# HELP backpainbot_interactions_received_total Interactions received, before any check (rejected ones included).
# TYPE backpainbot_interactions_received_total counter
backpainbot_interactions_received_total 3
# HELP backpainbot_interactions_rejected_total Interactions rejected without an answer, by reason.
# TYPE backpainbot_interactions_rejected_total counter
backpainbot_interactions_rejected_total{reason="bad_json"} 0
backpainbot_interactions_rejected_total{reason="bad_signature"} 1
backpainbot_interactions_rejected_total{reason="duplicate"} 0
backpainbot_interactions_rejected_total{reason="method"} 0
backpainbot_interactions_rejected_total{reason="read"} 0
backpainbot_interactions_rejected_total{reason="stale"} 0
backpainbot_interactions_rejected_total{reason="too_large"} 0
backpainbot_interactions_rejected_total{reason="unknown_type"} 0
# HELP backpainbot_replies_total Replies sent, by kind (answer, abstain, urgent, crisis, signs, topics, topic, help, cooldown, error) and, for urgent replies, level (emergency, same-day, soon).
# TYPE backpainbot_replies_total counter
backpainbot_replies_total{kind="abstain",level=""} 0
backpainbot_replies_total{kind="answer",level=""} 2
backpainbot_replies_total{kind="cooldown",level=""} 1
backpainbot_replies_total{kind="crisis",level=""} 0
backpainbot_replies_total{kind="error",level=""} 0
backpainbot_replies_total{kind="help",level=""} 0
backpainbot_replies_total{kind="signs",level=""} 0
backpainbot_replies_total{kind="topic",level=""} 0
backpainbot_replies_total{kind="topics",level=""} 0
backpainbot_replies_total{kind="urgent",level="emergency"} 0
backpainbot_replies_total{kind="urgent",level="same-day"} 1
backpainbot_replies_total{kind="urgent",level="soon"} 0
# HELP backpainbot_answer_duration_seconds Time from receiving a question or interaction to having its reply ready to send.
# TYPE backpainbot_answer_duration_seconds histogram
backpainbot_answer_duration_seconds_bucket{le="0.0005"} 1
backpainbot_answer_duration_seconds_bucket{le="0.001"} 3
backpainbot_answer_duration_seconds_bucket{le="0.002"} 3
backpainbot_answer_duration_seconds_bucket{le="0.005"} 4
backpainbot_answer_duration_seconds_bucket{le="0.01"} 4
backpainbot_answer_duration_seconds_bucket{le="0.02"} 4
backpainbot_answer_duration_seconds_bucket{le="0.05"} 4
backpainbot_answer_duration_seconds_bucket{le="0.1"} 4
backpainbot_answer_duration_seconds_bucket{le="0.25"} 4
backpainbot_answer_duration_seconds_bucket{le="0.5"} 4
backpainbot_answer_duration_seconds_bucket{le="1"} 4
backpainbot_answer_duration_seconds_bucket{le="2.5"} 4
backpainbot_answer_duration_seconds_bucket{le="5"} 4
backpainbot_answer_duration_seconds_bucket{le="+Inf"} 4
backpainbot_answer_duration_seconds_sum 0.0053
backpainbot_answer_duration_seconds_count 4
`
	names := []string{"backpainbot_cooldowns_total", "backpainbot_gateway_reconnects_total",
		"backpainbot_interactions_received_total", "backpainbot_interactions_rejected_total",
		"backpainbot_replies_total", "backpainbot_answer_duration_seconds"}
	if err := testutil.ScrapeAndCompare(srv.URL+"/metrics", strings.NewReader(want), names...); err != nil {
		t.Error(err)
	}
	if got, want := m.Totals(), (Totals{Received: 3, Rejected: 1, Replies: 4}); got != want {
		t.Errorf("Totals() = %+v; want %+v", got, want)
	}
	// The runtime and process collectors are there too.
	if n, err := testutil.GatherAndCount(m.Registry(), "go_goroutines"); err != nil || n != 1 {
		t.Errorf("go_goroutines: %d series, %v; want 1", n, err)
	}
}

// Two Metrics never share counters: each has its own registry.
func TestMetricsIndependent(t *testing.T) {
	a, b := New(HTTP), New(HTTP)
	a.Received()
	if got := testutil.ToFloat64(b.received); got != 0 {
		t.Errorf("b.received = %v after a.Received(), want 0", got)
	}
}

// Every method of a nil *Metrics is safe and does nothing.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.Received()
	m.Rejected(ReasonStale)
	m.ObserveReply(knowledge.KindAnswer, "", time.Millisecond)
	m.Cooldown()
	m.Reconnect()
	m.Panic()
	m.SetReady(true)
	m.SetConnected(0, true)
	if ok, _ := m.Ready(); ok {
		t.Errorf("nil Metrics is ready")
	}
	if m.Registry() != nil {
		t.Errorf("nil Metrics has a registry")
	}
	if got := m.Totals(); got != (Totals{}) {
		t.Errorf("nil Metrics: Totals() = %+v; want zero", got)
	}
	h := m.Handler()
	if code, _ := get(t, h, "/healthz"); code != http.StatusOK {
		t.Errorf("nil Metrics: /healthz = %d, want 200", code)
	}
	if code, _ := get(t, h, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("nil Metrics: /readyz = %d, want 503", code)
	}
}

func TestEndpointsMethods(t *testing.T) {
	h := New(HTTP).Handler()
	for _, path := range []string{"/healthz", "/readyz", "/metrics"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, path, nil))
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("POST %s = %d, want 405", path, w.Code)
		}
		w = httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodHead, path, nil))
		if w.Code != http.StatusOK && w.Code != http.StatusServiceUnavailable {
			t.Errorf("HEAD %s = %d, want 200 or 503", path, w.Code)
		}
	}
	if code, _ := get(t, h, "/nothing"); code != http.StatusNotFound {
		t.Errorf("GET /nothing = %d, want 404", code)
	}
}

// Serve finishes the requests in flight when ctx ends, and returns nil.
func TestServeGraceful(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
		io.WriteString(w, "done")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, NewServer(h, nil), ln, 5*time.Second) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()
	<-entered
	cancel()
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if s := <-got; s != "done" {
		t.Errorf("in-flight request got %q, want %q", s, "done")
	}
	if err := <-served; err != nil {
		t.Errorf("Serve = %v, want nil", err)
	}
}

// A request that outlasts the drain is cut, and Serve says so.
func TestServeDrainTimeout(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, NewServer(h, nil), ln, 50*time.Millisecond) }()
	go func() {
		if resp, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
			resp.Body.Close()
		}
	}()
	<-entered
	cancel()
	select {
	case err := <-served:
		if err == nil || !strings.Contains(err.Error(), "still in flight") {
			t.Errorf("Serve = %v, want an error about requests still in flight", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the drain timeout")
	}
}

// Serve reports a listener that fails.
func TestServeListenerError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if err := Serve(context.Background(), NewServer(http.NotFoundHandler(), nil), ln, 0); err == nil {
		t.Errorf("Serve on a closed listener = nil, want an error")
	}
}

func TestNewServerTimeouts(t *testing.T) {
	s := NewServer(http.NotFoundHandler(), nil)
	if s.ReadHeaderTimeout != ReadHeaderTimeout || s.ReadTimeout != ReadTimeout || s.WriteTimeout != WriteTimeout ||
		s.IdleTimeout != IdleTimeout || s.MaxHeaderBytes != MaxHeaderBytes {
		t.Errorf("NewServer: a timeout or limit is not the package's: %+v", s)
	}
	// Each bounds what one client holds; each must be short next to
	// net/http's usual 2-minute idle timeout.
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": ReadHeaderTimeout, "IdleTimeout": IdleTimeout} {
		if d <= 0 || d > 30*time.Second {
			t.Errorf("%s = %v; want at most 30 s", name, d)
		}
	}
}

// A store that does not answer leaves the bot ready, answering with its
// own state, and /readyz and the metrics say so.
func TestReadyWithTheStoreDown(t *testing.T) {
	m := New(HTTP)
	m.SetReady(true)
	h := m.Handler()
	if code, body := get(t, h, "/readyz"); code != http.StatusOK || body != "ready\n" {
		t.Errorf("store never reported: /readyz = %d %q; want 200 ready", code, body)
	}
	m.SetStoreUp(false)
	if code, body := get(t, h, "/readyz"); code != http.StatusOK || !strings.HasPrefix(body, "ready, degraded: the store is unreachable") {
		t.Errorf("store down: /readyz = %d %q; want 200, degraded, saying why", code, body)
	}
	if got := gaugeValue(t, m, "backpainbot_store_up"); got != 0 {
		t.Errorf("store down: backpainbot_store_up = %v, want 0", got)
	}
	m.SetStoreUp(true)
	if code, body := get(t, h, "/readyz"); code != http.StatusOK || body != "ready\n" {
		t.Errorf("store back: /readyz = %d %q; want 200 ready", code, body)
	}
	if got := gaugeValue(t, m, "backpainbot_store_up"); got != 1 {
		t.Errorf("store back: backpainbot_store_up = %v, want 1", got)
	}
	m.SetReady(false)
	m.SetStoreUp(false)
	if code, body := get(t, h, "/readyz"); code != http.StatusServiceUnavailable || !strings.HasPrefix(body, "not ready: ") {
		t.Errorf("not ready and store down: /readyz = %d %q; want 503 not ready", code, body)
	}
}
