package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/knowledge"
)

// These tests drive the real Bot (discordgo sessions, REST and gateway)
// through the in-process fake Discord. They assert what reaches Discord,
// never how long it took.

func testAnswerer(t testing.TB) *bot.Answerer { return bottest.Answerer(t) }

// syncBuffer collects a logger's JSON records.
type syncBuffer struct{ bottest.SyncBuffer }

// records returns the JSON log records.
func (s *syncBuffer) records(t testing.TB) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s.String()), "\n") {
		if line == "" {
			continue
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, r)
	}
	return out
}

type running struct {
	b    *Bot
	logs *syncBuffer
	stop func() // stops the bot and waits for Run to return
}

// startBot runs a Bot against f until the test ends, and waits until it
// has registered its commands. tweak may change the Bot before it runs.
func startBot(t testing.TB, f *fakediscord.Server, cfg Config, tweak func(*Bot)) *running {
	t.Helper()
	if cfg.Token == "" {
		cfg.Token = "test-token"
	}
	cfg.APIBase = f.APIBase()
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(cfg, testAnswerer(t), log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if tweak != nil {
		tweak(b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- b.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-errc:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Errorf("Run did not return after its context ended")
			}
		})
	}
	t.Cleanup(stop)
	f.SetDiagnosis(func() string { return warnings(logs.String()) })
	f.WaitFor("the commands to be registered", func() bool {
		return len(fakediscord.OKOnly(f.Find("PUT", "/api/v9/applications/"))) > 0
	})
	return &running{b: b, logs: logs, stop: stop}
}

// warnings returns the log lines at warning level and above.
func warnings(logs string) string {
	var out []string
	for _, l := range strings.Split(logs, "\n") {
		if strings.Contains(l, `"level":"WARN"`) || strings.Contains(l, `"level":"ERROR"`) {
			out = append(out, l)
		}
	}
	if len(out) > 20 {
		out = append(out[:20], fmt.Sprintf("… and %d more", len(out)-20))
	}
	return strings.Join(out, "\n")
}

// renderFor is what the bot should send for a question.
func renderFor(t testing.TB, q bot.Question) (knowledge.Reply, bot.Message) {
	r := testAnswerer(t).Answer(context.Background(), q)
	return r, bot.Render(r)
}

func embedOf(t testing.TB, m *fakediscord.MessageBody) fakediscord.EmbedBody {
	t.Helper()
	if m == nil || len(m.Embeds) != 1 {
		t.Fatalf("want one embed, got %+v", m)
	}
	return m.Embeds[0]
}

// wantNoMentions checks the raw body for "allowed_mentions":{"parse":[]…}.
func wantNoMentions(t testing.TB, raw []byte) {
	t.Helper()
	var v struct {
		AllowedMentions *struct {
			Parse *[]string `json:"parse"`
		} `json:"allowed_mentions"`
		Data *struct {
			AllowedMentions *struct {
				Parse *[]string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	am := v.AllowedMentions
	if am == nil && v.Data != nil {
		am = v.Data.AllowedMentions
	}
	if am == nil || am.Parse == nil || len(*am.Parse) != 0 {
		t.Errorf("allowed_mentions parse is not []: %s", raw)
	}
}

func TestAsk(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	r := startBot(t, f, Config{GuildID: "400"}, nil)
	q := "does massage help relax tight muscles?"
	reply, want := renderFor(t, bot.Question{Text: q})
	if reply.Kind != knowledge.KindAnswer || reply.Passage == nil {
		t.Fatalf("precondition: %q answers with %v; want a passage", q, reply.Kind)
	}
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("501", "u1", "300", "ask", "question", q))
	cb := f.WaitCallback("501")
	if cb.Type != 4 || cb.Data.Flags != 0 {
		t.Fatalf("callback type %d flags %d; want 4 (message), public", cb.Type, cb.Data.Flags)
	}
	e := embedOf(t, cb.Data)
	if !strings.Contains(e.Description, reply.Passage.Text) {
		t.Errorf("embed description lacks the passage verbatim:\n%s\nwant it to contain:\n%s", e.Description, reply.Passage.Text)
	}
	if e.Title != want.Title || e.Footer == nil || e.Footer.Text != reply.Disclaimer || e.Color != colourAnswer {
		t.Errorf("embed = %+v; want title %q, footer %q (the disclaimer), colour %#x", e, want.Title, reply.Disclaimer, colourAnswer)
	}
	wantNoMentions(t, cb.Raw)
	var ids []string
	for k, row := range cb.Data.Components {
		for _, b := range row.Components {
			ids = append(ids, b.CustomID)
			if last := k == len(cb.Data.Components)-1; !last && !strings.HasPrefix(b.Label, "More on: ") {
				t.Errorf("button label %q; want \"More on: …\"", b.Label)
			}
		}
	}
	// Related passages first, then a row to vote on the answer.
	var wantIDs []string
	for _, p := range reply.Related {
		wantIDs = append(wantIDs, "passage:"+p.ID)
	}
	wantIDs = append(wantIDs, "helpful:"+reply.Passage.ID, "unhelpful:"+reply.Passage.ID)
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("buttons (-want +got):\n%s", diff)
	}
	// The question is logged at debug level only; kind and latency at info.
	waitLog(t, r.logs, "discord: interaction", "501")
	for _, rec := range r.logs.records(t) {
		if strings.Contains(fmt.Sprint(rec), q) && rec["level"] != "DEBUG" {
			t.Errorf("question text logged above debug level: %v", rec)
		}
		if rec["msg"] == "discord: interaction" && (rec["kind"] != "answer" || rec["latency"] == nil || rec["event"] != "ask") {
			t.Errorf("interaction log = %v; want event ask, kind answer and a latency", rec)
		}
	}
}

// waitLog waits for a log record with that message and, if id is not
// empty, that event id.
func waitLog(t testing.TB, logs *syncBuffer, msg, id string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		for _, rec := range logs.records(t) {
			if rec["msg"] == msg && (id == "" || rec["id"] == id) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q for %q in the log:\n%s", msg, id, logs.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSlashCommands(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{GuildID: "400"}, nil)
	a := testAnswerer(t)
	tests := []struct {
		name    string
		payload map[string]any
		want    bot.Message
	}{
		{"topic by slug", fakediscord.Slash("511", "u1", "300", "topic", "name", "complementary"), bot.Render(a.Topic("complementary"))},
		{"topic by title", fakediscord.Slash("512", "u2", "300", "topic", "name", "Complementary Approaches"), bot.Render(a.Topic("complementary"))},
		{"unknown topic", fakediscord.Slash("513", "u3", "300", "topic", "name", "pizza"), bot.Render(a.Topic("pizza"))},
		{"partial topic", fakediscord.Slash("518", "u8", "300", "topic", "name", "limit"), bot.Render(a.Topic("limitations"))},
		{"topic without a name", fakediscord.Slash("519", "u9", "300", "topic"), bot.Render(a.Topics())},
		{"topics", fakediscord.Slash("514", "u4", "300", "topics"), bot.Render(a.Topics())},
		{"help", fakediscord.Slash("515", "u5", "300", "help"), bot.Render(a.Help())},
		{"unknown command", fakediscord.Slash("516", "u6", "300", "dance"), bot.Render(a.Notice(knowledge.KindError, msgUnknown))},
		{"out of scope", fakediscord.Slash("517", "u7", "300", "ask", "question", "what is the capital of France"), bot.Render(a.Answer(context.Background(), bot.Question{Text: "what is the capital of France"}))},
	}
	for _, tt := range tests {
		f.Dispatch("INTERACTION_CREATE", tt.payload)
	}
	for _, tt := range tests {
		cb := f.WaitCallback(tt.payload["id"].(string))
		wantNoMentions(t, cb.Raw)
		if cb.Type != 4 {
			t.Errorf("%s: callback type %d; want 4", tt.name, cb.Type)
			continue
		}
		wantFlags := 0
		if tt.want.Private {
			wantFlags = 64
		}
		if cb.Data.Flags != wantFlags {
			t.Errorf("%s: flags %d; want %d (private %v)", tt.name, cb.Data.Flags, wantFlags, tt.want.Private)
		}
		e := embedOf(t, cb.Data)
		if e.Title != tt.want.Title || e.Description != tt.want.Description || e.Footer == nil || e.Footer.Text != tt.want.Footer {
			t.Errorf("%s: embed = %+v; want title %q and the rendered description and disclaimer", tt.name, e, tt.want.Title)
		}
	}
}

func TestTopicAutocomplete(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{GuildID: "400"}, nil)
	ac := func(id, typed string) map[string]any {
		return fakediscord.Interaction(id, "u1", "400", "300", 4, map[string]any{"id": "601", "name": "topic", "type": 1,
			"options": []any{map[string]any{"type": 3, "name": "name", "value": typed, "focused": true}}})
	}
	tests := []struct {
		typed string
		want  []string // the first values, in order
	}{
		{"", []string{"introduction", "causes", "benefits", "limitations", "complementary", "conclusion"}},
		{"comp", []string{"complementary"}},
		{"posture", []string{"complementary"}}, // a word from a passage title
		{"endorph", []string{"benefits"}},      // a word from a passage's text
		{"zzzz", nil},
	}
	for k, tt := range tests {
		f.Dispatch("INTERACTION_CREATE", ac(fmt.Sprintf("52%d", k), tt.typed))
	}
	for k, tt := range tests {
		cb := f.WaitCallback(fmt.Sprintf("52%d", k))
		if cb.Type != 8 {
			t.Fatalf("autocomplete %q: callback type %d; want 8", tt.typed, cb.Type)
		}
		var got []string
		for _, c := range cb.Data.Choices {
			got = append(got, c.Value)
		}
		if len(got) > 25 {
			t.Errorf("autocomplete %q: %d choices; want at most 25", tt.typed, len(got))
		}
		if len(got) < len(tt.want) || !cmp.Equal(tt.want, got[:len(tt.want)]) || (tt.want == nil && len(got) > 0) {
			t.Errorf("autocomplete %q = %v; want it to start with %v", tt.typed, got, tt.want)
		}
	}
}

func TestButtonClick(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{GuildID: "400"}, nil)
	a := testAnswerer(t)
	click := func(id, customID string) map[string]any {
		d := fakediscord.Interaction(id, "u1", "400", "300", 3, map[string]any{"custom_id": customID, "component_type": 2})
		d["message"] = map[string]any{"id": "700", "channel_id": "300", "content": "", "author": fakediscord.User("111"), "embeds": []any{}, "components": []any{}}
		return d
	}
	f.Dispatch("INTERACTION_CREATE", click("531", "passage:posture"))
	f.Dispatch("INTERACTION_CREATE", click("532", "passage:no-such-passage"))

	cb := f.WaitCallback("531")
	want := bot.Render(a.Passage("posture"))
	if cb.Type != 7 {
		t.Errorf("button: callback type %d; want 7 (update the message in place)", cb.Type)
	}
	if e := embedOf(t, cb.Data); e.Description != want.Description || e.Footer == nil || e.Footer.Text != want.Footer {
		t.Errorf("button: embed %+v; want the posture passage and the disclaimer", e)
	}
	wantNoMentions(t, cb.Raw)

	cb = f.WaitCallback("532")
	if cb.Type != 4 || cb.Data.Flags != 64 {
		t.Errorf("stale button: callback type %d flags %d; want an ephemeral new message (4, 64)", cb.Type, cb.Data.Flags)
	}
}

// metricValue sums every series of a metric family in m's registry.
func metricValue(t *testing.T, m *ops.Metrics, name string) float64 {
	t.Helper()
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		for _, mm := range f.GetMetric() {
			switch {
			case mm.GetCounter() != nil:
				sum += mm.GetCounter().GetValue()
			case mm.GetGauge() != nil:
				sum += mm.GetGauge().GetValue()
			}
		}
	}
	return sum
}

// A question the model finds ambiguous gets its choices as buttons, from
// a slash command (ephemeral) and from a mention; a click answers with
// that passage in place of the choices.
func TestChoiceButtons(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{GuildID: "400"}, func(b *Bot) { b.h.use(&stubAnswerer{answerer: b.h.a}) })
	a := testAnswerer(t)
	want := bot.Render(choicesReply(a))
	buttons := func(what string, m *fakediscord.MessageBody) []string {
		t.Helper()
		var ids []string
		for _, row := range m.Components {
			for k, b := range row.Components {
				if k < len(offered) && b.Label != offered[k].title {
					t.Errorf("%s: button %d label %q; want the passage title %q", what, k, b.Label, offered[k].title)
				}
				ids = append(ids, b.CustomID)
			}
		}
		if diff := cmp.Diff([]string{"passage:short-term", "passage:conclusion"}, ids); diff != "" {
			t.Errorf("%s: buttons (-want +got):\n%s", what, diff)
		}
		if e := embedOf(t, m); e.Title != want.Title || e.Description != want.Description || e.Footer == nil || e.Footer.Text != want.Footer {
			t.Errorf("%s: embed %+v; want the \"Did you mean\" text and the disclaimer", what, e)
		}
		return ids
	}

	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("541", "u1", "300", "ask", "question", "AMBIGUOUS does it work"))
	cb := f.WaitCallback("541")
	if cb.Type != 4 || cb.Data.Flags != 64 {
		t.Errorf("/ask: callback type %d flags %d; want an ephemeral message (4, 64)", cb.Type, cb.Data.Flags)
	}
	ids := buttons("/ask", cb.Data)

	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("840", "u2", "400", "302", "<@111> AMBIGUOUS does it work", "111"))
	m := f.WaitMessage("302", 1)
	buttons("mention", &m)

	if len(ids) < 2 {
		t.FailNow()
	}
	click := fakediscord.Interaction("542", "u1", "400", "300", 3, map[string]any{"custom_id": ids[1], "component_type": 2})
	click["message"] = map[string]any{"id": "701", "channel_id": "300", "content": "", "author": fakediscord.User("111"), "embeds": []any{}, "components": []any{}, "flags": 64}
	f.Dispatch("INTERACTION_CREATE", click)
	cb = f.WaitCallback("542")
	passage := bot.Render(a.Passage("conclusion"))
	if cb.Type != 7 {
		t.Errorf("click: callback type %d; want 7 (the passage replaces the choices)", cb.Type)
	}
	if e := embedOf(t, cb.Data); e.Title != passage.Title || e.Description != passage.Description {
		t.Errorf("click: embed %+v; want the conclusion passage", e)
	}
}
