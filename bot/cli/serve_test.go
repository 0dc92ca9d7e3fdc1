package cli_test

import (
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// served is a `backpainbot serve` running in-process.
type served struct {
	base, metrics string // http://host:port of --addr and of --metrics-addr ("" if not given)
	priv          ed25519.PrivateKey
	stderr        *bottest.SyncBuffer
	stop          func() error // cancels the context and returns Run's error
	asked         int          // interactions sent by askShoes, for new ids
}

// startServe runs `backpainbot serve --addr 127.0.0.1:0` with more args,
// its state in a data dir of its own, and waits until it listens.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return startServeEnv(t, priv, map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)},
		append([]string{"--data-dir", t.TempDir()}, args...)...)
}

// startServeEnv runs `backpainbot serve --addr 127.0.0.1:0` with more args
// in the environment env, for the application whose key is priv, and waits
// until it listens.
func startServeEnv(t *testing.T, priv ed25519.PrivateKey, env map[string]string, args ...string) *served {
	t.Helper()
	p := runInProcess(t, env, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	s := &served{priv: priv, stderr: p.stderr, stop: p.stop}
	m := p.waitLog(t, regexp.MustCompile(`msg="serving Discord interactions" addr=(\S+) .*metrics_addr=(\S*)`))
	s.base = "http://" + m[1]
	if m[2] != `""` {
		s.metrics = "http://" + m[2]
	}
	return s
}

// post sends body to /interactions, signed (or with a broken signature).
func (s *served) post(t *testing.T, body string, sign bool) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.base+"/interactions", strings.NewReader(body))
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("X-Signature-Timestamp", ts)
	sig := ed25519.Sign(s.priv, []byte(ts+body))
	if !sign {
		sig[0] ^= 0xff
	}
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// askBody is a signed-able /ask interaction with the given id, token and
// question.
func askBody(id, token, question string) string {
	return `{"id":"` + id + `","application_id":"222","type":2,"token":"` + token + `","channel_id":"300","guild_id":"400",` +
		`"member":{"user":{"id":"700","username":"u"}},"data":{"id":"600","name":"ask","type":1,` +
		`"options":[{"type":3,"name":"question","value":"` + question + `"}]}}`
}

// The serve command end to end: a real listener, signed requests, the
// operational endpoints, and a graceful stop.
func TestServe(t *testing.T) {
	s := startServe(t)
	if code, body := s.post(t, `{"type":1}`, true); code != 200 || body != `{"type":1}` {
		t.Errorf("PING = %d %s; want 200 PONG", code, body)
	}
	if code, _ := s.post(t, `{"type":1}`, false); code != 401 {
		t.Errorf("badly signed PING = %d; want 401", code)
	}
	code, body := s.post(t, askBody("501", "tok", "will a massage loosen the knots in my back? @everyone"), true)
	if code != 200 || !strings.Contains(body, "relax tense muscles") || !strings.Contains(body, knowledge.DefaultDisclaimer) ||
		!strings.Contains(body, `"allowed_mentions":{"parse":[]`) {
		t.Errorf("/ask = %d %s", code, body)
	}
	for path, want := range map[string]string{"/healthz": "", "/readyz": "", "/metrics": "backpainbot_replies_total"} {
		resp, err := http.Get(s.base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d %.200s", path, resp.StatusCode, b)
		}
	}
	if err := s.stop(); err != nil {
		t.Errorf("serve after SIGTERM-like cancel = %v; want nil", err)
	}
}

// Any method but POST on /interactions is 405 with Allow: POST, whether
// the operational endpoints share the address or not.
func TestServeInteractionsMethods(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"one address", nil},
		{"--metrics-addr", []string{"--metrics-addr", "127.0.0.1:0"}},
	}
	for _, tt := range tests {
		s := startServe(t, tt.args...)
		for _, method := range []string{http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete} {
			req, _ := http.NewRequest(method, s.base+"/interactions", nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != http.MethodPost {
				t.Errorf("%s: %s /interactions = %d, Allow %q; want 405, Allow POST", tt.name, method, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
		if err := s.stop(); err != nil {
			t.Errorf("%s: serve = %v", tt.name, err)
		}
	}
}

// Shutting down is logged at info, from its start to its end with counts
// and durations; no record carries a question or an interaction token.
func TestServeLogsShutdown(t *testing.T) {
	s := startServe(t)
	const question, token = "does massage help the xyzzy in my lower back?", "tok-secret-4242"
	if code, _ := s.post(t, askBody("601", token, question), true); code != 200 {
		t.Fatalf("/ask = %d; want 200", code)
	}
	if code, _ := s.post(t, `{"type":1}`, false); code != 401 {
		t.Fatalf("badly signed PING = %d; want 401", code)
	}
	if err := s.stop(); err != nil {
		t.Fatalf("serve = %v", err)
	}
	log := s.stderr.String()
	for _, re := range []string{
		`level=INFO msg="shutting down" why="context canceled" open_conns=\d+ busy_conns=\d+ drain_timeout=10s`,
		`level=INFO msg="shut down" took=\S+ uptime=\S+ interactions=2 replies=1 rejected=1 conns_accepted=[1-9]\d* conns_shed=0 conns_refused=0 clean=true`,
	} {
		if !regexp.MustCompile(re).MatchString(log) {
			t.Errorf("log lacks a record matching %s; log:\n%s", re, log)
		}
	}
	for _, secret := range []string{"xyzzy", token} {
		if strings.Contains(log, secret) {
			t.Errorf("log contains %q:\n%s", secret, log)
		}
	}
}

func TestServeNeedsAKey(t *testing.T) {
	for _, key := range []string{"", "nothex", "abcd"} {
		_, _, err := runEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": key}, "serve", "--addr", "127.0.0.1:0")
		if !cli.IsUsage(err) || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY") {
			t.Errorf("serve with key %q = %v; want a usage error about DISCORD_PUBLIC_KEY", key, err)
		}
	}
}
