package httpapi

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	dto "github.com/prometheus/client_model/go"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/ops"
)

// Tests sign requests as Discord does, with a key pair made here, and send
// them to the endpoint in front of a real discord.Handler, a real answerer
// and the shipped knowledge.

func newAnswerer(t testing.TB) *bot.Answerer { return bottest.Answerer(t) }

// keys is a key pair standing in for the application's.
type keys struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newKeys(t testing.TB) keys {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return keys{pub, priv}
}

// sign returns the X-Signature-Ed25519 header for ts and body.
func (k keys) sign(ts string, body []byte) string {
	return hex.EncodeToString(ed25519.Sign(k.priv, append([]byte(ts), body...)))
}

// request is a POST of body signed with k at time at.
func (k keys) request(body []byte, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Signature-Ed25519", k.sign(ts, body))
	r.Header.Set("X-Signature-Timestamp", ts)
	return r
}

// counting wraps an interactor, counting its calls; it can panic on an
// interaction id, or block until released.
type counting struct {
	next    interactor
	calls   atomic.Int64
	panicID string
	entered chan struct{} // if set, receives when a call starts...
	release chan struct{} // ...which then waits for this
}

func (c *counting) InteractionIn(ctx context.Context, i *discordgo.Interaction, parent string) discord.Response {
	c.calls.Add(1)
	if c.panicID != "" && i.ID == c.panicID {
		panic("test: panic on " + i.ID)
	}
	if c.entered != nil {
		c.entered <- struct{}{}
		<-c.release
	}
	return c.next.InteractionIn(ctx, i, parent)
}

func (c *counting) Sent(ctx context.Context, r discord.Response, link string) {
	c.next.Sent(ctx, r, link)
}

// endpoint is the handler under test, with its metrics and a counter of
// calls reaching the discord.Handler.
type endpoint struct {
	h    *Handler
	m    *ops.Metrics
	ix   *counting
	keys keys
}

func newEndpoint(t testing.TB, cfg discord.Config) *endpoint {
	t.Helper()
	k := newKeys(t)
	m := ops.New(ops.HTTP)
	ix := &counting{next: discord.NewHandler(newAnswerer(t), cfg)}
	h, err := newHandler(Config{PublicKey: k.pub}, ix, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &endpoint{h: h, m: m, ix: ix, keys: k}
}

// do sends r and returns the response.
func (e *endpoint) do(r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, r)
	return w
}

// send signs body now, sends it and returns the response.
func (e *endpoint) send(body []byte) *httptest.ResponseRecorder {
	return e.do(e.keys.request(body, time.Now()))
}

// fixture reads a recorded Discord payload from testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// interaction builds an interaction payload of type typ in a server
// channel, invoked by user, with data.
func interaction(typ discordgo.InteractionType, id, user string, data any) []byte {
	b, err := json.Marshal(map[string]any{
		"id":             id,
		"application_id": "222",
		"type":           typ,
		"token":          "tok-" + id,
		"channel_id":     "300",
		"guild_id":       "400",
		"member":         map[string]any{"user": map[string]any{"id": user, "username": "user" + user}},
		"data":           data,
		"locale":         "en-GB",
		"version":        1,
	})
	if err != nil {
		panic(err)
	}
	return b
}

// command is a slash command payload; opts are option name/value pairs.
func command(id, user, name string, opts ...string) []byte {
	var options []map[string]any
	for i := 0; i+1 < len(opts); i += 2 {
		options = append(options, map[string]any{"name": opts[i], "type": 3, "value": opts[i+1]})
	}
	return interaction(discordgo.InteractionApplicationCommand, id, user,
		map[string]any{"id": "600", "name": name, "type": 1, "options": options})
}

// ask is an /ask payload.
func ask(id, user, question string) []byte { return command(id, user, "ask", "question", question) }

// inChannel returns the interaction payload body moved to channel: a load
// of answers each in a channel of its own, so that the same-passage rule
// (which links a second asker to the first answer) does not apply.
func inChannel(body []byte, channel string) []byte {
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		panic(err)
	}
	m["channel_id"] = channel
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// button is a click on a related-passage button.
func button(id, user, customID string) []byte {
	return interaction(discordgo.InteractionMessageComponent, id, user,
		map[string]any{"component_type": 2, "custom_id": customID})
}

// checkReply checks the invariants of a message reply: the disclaimer is
// in it, and it mentions nobody.
func checkReply(t testing.TB, body []byte) {
	t.Helper()
	disclaimer := newAnswerer(t).Knowledge().Disclaimer
	found := false
	for _, s := range fakediscord.Strings(t, body) {
		if strings.Contains(s, disclaimer) {
			found = true
		}
	}
	if !found {
		t.Errorf("reply lacks the disclaimer %q:\n%s", disclaimer, body)
	}
	var r struct {
		Data struct {
			AllowedMentions *struct {
				Parse *[]string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	if am := r.Data.AllowedMentions; am == nil || am.Parse == nil || len(*am.Parse) != 0 {
		t.Errorf("reply allowed_mentions parse is not [] (nil or pings someone):\n%s", body)
	}
}

// metric returns the value of a counter (or a histogram's count) with the
// given labels ("name=value" pairs) in m; 0 if it is absent.
func metric(t testing.TB, m *ops.Metrics, name string, labels ...string) float64 {
	t.Helper()
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, mm := range mf.GetMetric() {
			if hasLabels(mm, labels) {
				if h := mm.GetHistogram(); h != nil {
					return float64(h.GetSampleCount())
				}
				return mm.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func hasLabels(m *dto.Metric, labels []string) bool {
	want := map[string]string{}
	for _, l := range labels {
		k, v, _ := strings.Cut(l, "=")
		want[k] = v
	}
	for _, lp := range m.GetLabel() {
		if v, ok := want[lp.GetName()]; ok && v != lp.GetValue() {
			return false
		}
		delete(want, lp.GetName())
	}
	for _, v := range want {
		if v != "" {
			return false
		}
	}
	return true
}

func id(n int) string { return fmt.Sprintf("13%017d", n) }
