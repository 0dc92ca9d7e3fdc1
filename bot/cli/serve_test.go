package cli_test

import (
	"context"
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

// The serve command end to end: a real listener, signed requests, the
// operational endpoints, and a graceful stop.
func TestServe(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr bottest.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- cli.Run(ctx, cli.Env{
			Args:   []string{"serve", "--addr", "127.0.0.1:0"},
			Getenv: func(k string) string { return map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}[k] },
			Stdin:  strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr,
		})
	}()
	addrRE := regexp.MustCompile(`msg="serving Discord interactions" addr=(\S+)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("serve did not start; stderr:\n%s", stderr.String())
	}
	post := func(body string, sign bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, base+"/interactions", strings.NewReader(body))
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		sig := ed25519.Sign(priv, []byte(ts+body))
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
	if code, body := post(`{"type":1}`, true); code != 200 || body != `{"type":1}` {
		t.Errorf("PING = %d %s; want 200 PONG", code, body)
	}
	if code, _ := post(`{"type":1}`, false); code != 401 {
		t.Errorf("badly signed PING = %d; want 401", code)
	}
	ask := `{"id":"501","application_id":"222","type":2,"token":"tok","channel_id":"300","guild_id":"400",` +
		`"member":{"user":{"id":"700","username":"u"}},"data":{"id":"600","name":"ask","type":1,` +
		`"options":[{"type":3,"name":"question","value":"will a massage loosen the knots in my back? @everyone"}]}}`
	code, body := post(ask, true)
	if code != 200 || !strings.Contains(body, "relax tense muscles") || !strings.Contains(body, knowledge.DefaultDisclaimer) ||
		!strings.Contains(body, `"allowed_mentions":{"parse":[]`) {
		t.Errorf("/ask = %d %s", code, body)
	}
	for path, want := range map[string]string{"/healthz": "", "/readyz": "", "/metrics": "backpainbot_replies_total"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d %.200s", path, resp.StatusCode, b)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM-like cancel = %v; want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
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
