package httpapi

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
)

// post sends a signed interaction to url with client.
func post(client *http.Client, k keys, url string, body []byte) (int, []byte, error) {
	r := k.request(body, time.Now())
	req, err := http.NewRequest(http.MethodPost, url, r.Body)
	if err != nil {
		return 0, nil, err
	}
	req.Header = r.Header
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// On shutdown, the request in flight finishes and gets its reply; new
// connections are refused; Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	k := newKeys(t)
	ix := &counting{
		next:    discord.NewHandler(newAnswerer(t), discord.Config{}),
		entered: make(chan struct{}),
		release: make(chan struct{}),
	}
	h, err := newHandler(Config{PublicKey: k.pub}, ix, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- ops.Serve(ctx, ops.NewServer(h, nil), ln, 5*time.Second) }()

	type result struct {
		code int
		body []byte
		err  error
	}
	done := make(chan result, 1)
	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	go func() {
		code, body, err := post(client, k, "http://"+addr+"/interactions", ask(id(50), "1001", "does massage help relax tight muscles?"))
		done <- result{code, body, err}
	}()
	<-ix.entered // the request is in flight
	cancel()

	// The listener closes at once; Serve waits for the request.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections 5 s after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	case <-time.After(50 * time.Millisecond):
	}

	close(ix.release)
	res := <-done
	if res.err != nil || res.code != http.StatusOK {
		t.Fatalf("in-flight request: status %d, error %v; want 200", res.code, res.err)
	}
	checkReply(t, res.body)
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve = %v after a graceful shutdown, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the last request finished")
	}
}

// The metrics endpoint, scraped and parsed like Prometheus does, counts
// what was sent.
func TestMetricsScrape(t *testing.T) {
	e := newEndpoint(t, discord.Config{})
	e.m.SetReady(true)
	stale := func(body []byte) *http.Request { return e.keys.request(body, time.Now().Add(-10*time.Minute)) }
	forged := func(body []byte) *http.Request { return newKeys(t).request(body, time.Now()) }
	reqs := []struct {
		r    *http.Request
		code int
	}{
		{e.keys.request(ask(id(60), "2001", "does massage help relax tight muscles?"), time.Now()), 200},
		{e.keys.request(ask(id(61), "2002", "how does massage improve blood circulation"), time.Now()), 200},
		{e.keys.request(ask(id(62), "2003", "can fixing my posture help"), time.Now()), 200},
		{e.keys.request(ask(id(63), "2004", "what's the best pizza topping?"), time.Now()), 200},
		{e.keys.request(ask(id(64), "2005", "my back hurts and I suddenly can't control my bladder"), time.Now()), 200},
		{e.keys.request(ask(id(65), "2006", "my back pain is so bad I want to kill myself"), time.Now()), 200},
		{e.keys.request(ask(id(66), "2001", "and does it help with stress?"), time.Now()), 200}, // within the cooldown
		{e.keys.request(command(id(67), "2007", "topics"), time.Now()), 200},
		{e.keys.request(command(id(68), "2007", "help"), time.Now()), 200},
		{e.keys.request(button(id(69), "2008", "passage:muscle-relaxation"), time.Now()), 200},
		{e.keys.request(fixture(t, "interaction_autocomplete.json"), time.Now()), 200},
		{e.keys.request([]byte(`{"id":"1","type":1}`), time.Now()), 200},
		{forged(ask(id(70), "2009", "hello")), 401},
		{forged(ask(id(71), "2009", "hello")), 401},
		{httptest.NewRequest(http.MethodPost, "/", nil), 401},
		{stale(ask(id(72), "2009", "hello")), 401},
		{stale(ask(id(73), "2009", "hello")), 401},
		{e.keys.request(hugeBody(), time.Now()), 413},
		{e.keys.request([]byte(`{"type":`), time.Now()), 400},
		{e.keys.request([]byte(`{"id":"2","type":9}`), time.Now()), 400},
	}
	for n, r := range reqs {
		if w := e.do(r.r); w.Code != r.code {
			t.Fatalf("request %d: status %d, want %d; body %q", n, w.Code, r.code, w.Body)
		}
	}

	srv := httptest.NewServer(e.m.Handler())
	defer srv.Close()
	got := scrape(t, srv.URL+"/metrics")
	tests := []struct {
		name   string
		labels []string
		want   float64
	}{
		{"backpainbot_interactions_received_total", nil, float64(len(reqs))},
		{"backpainbot_interactions_rejected_total", []string{"reason=bad_signature"}, 3},
		{"backpainbot_interactions_rejected_total", []string{"reason=stale"}, 2},
		{"backpainbot_interactions_rejected_total", []string{"reason=too_large"}, 1},
		{"backpainbot_interactions_rejected_total", []string{"reason=bad_json"}, 1},
		{"backpainbot_interactions_rejected_total", []string{"reason=unknown_type"}, 1},
		{"backpainbot_interactions_rejected_total", []string{"reason=duplicate"}, 0},
		{"backpainbot_replies_total", []string{"kind=answer", "level="}, 4},
		{"backpainbot_replies_total", []string{"kind=abstain", "level="}, 1},
		{"backpainbot_replies_total", []string{"kind=urgent", "level=emergency"}, 1},
		{"backpainbot_replies_total", []string{"kind=crisis", "level="}, 1},
		{"backpainbot_replies_total", []string{"kind=cooldown", "level="}, 1},
		{"backpainbot_replies_total", []string{"kind=topics", "level="}, 1},
		{"backpainbot_replies_total", []string{"kind=help", "level="}, 1},
		{"backpainbot_replies_total", []string{"kind=error", "level="}, 0},
		{"backpainbot_cooldowns_total", nil, 1},
		{"backpainbot_answer_duration_seconds", nil, 10}, // every reply but autocomplete and PING
		{"backpainbot_panics_total", nil, 0},
		{"backpainbot_ready", nil, 1},
	}
	for _, tt := range tests {
		v, ok := value(got[tt.name], tt.labels)
		if !ok {
			t.Errorf("scrape: no %s%v", tt.name, tt.labels)
			continue
		}
		if v != tt.want {
			t.Errorf("scrape: %s%v = %v, want %v", tt.name, tt.labels, v, tt.want)
		}
	}
}

// scrape GETs a Prometheus text exposition and parses it.
func scrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", url, resp.StatusCode)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: not the Prometheus text format: %v", url, err)
	}
	return mfs
}

// value is the counter, gauge or histogram count with exactly labels.
func value(mf *dto.MetricFamily, labels []string) (float64, bool) {
	if mf == nil {
		return 0, false
	}
	for _, m := range mf.GetMetric() {
		if !hasLabels(m, labels) {
			continue
		}
		switch {
		case m.GetCounter() != nil:
			return m.GetCounter().GetValue(), true
		case m.GetGauge() != nil:
			return m.GetGauge().GetValue(), true
		case m.GetHistogram() != nil:
			return float64(m.GetHistogram().GetSampleCount()), true
		}
	}
	return 0, false
}
