package discord

import (
	"bytes"
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

func TestConnectIdentifyAndRegister(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{GuildID: "400"}, nil)

	ids := f.Identifies()
	if len(ids) != 1 {
		t.Fatalf("identifies = %d; want 1", len(ids))
	}
	if ids[0].Intents != 4609 || Intents != 4609 {
		t.Errorf("intents = %d (const %d); want 4609 (Guilds|GuildMessages|DirectMessages)", ids[0].Intents, Intents)
	}
	if ids[0].Token != "Bot test-token" {
		t.Errorf("identify token = %q; want the bot token with its prefix", ids[0].Token)
	}
	if ids[0].Shard != nil {
		t.Errorf("identify shard = %v; want none for a single shard", *ids[0].Shard)
	}

	puts := f.Find("PUT", "/api/v9/applications/")
	if len(puts) != 1 || puts[0].Path != "/api/v9/applications/222/guilds/400/commands" {
		t.Fatalf("command registration = %+v; want one PUT to the guild's commands", puts)
	}
	if puts[0].Auth != "Bot test-token" {
		t.Errorf("Authorization = %q; want %q", puts[0].Auth, "Bot test-token")
	}
	var got []map[string]any
	if err := json.Unmarshal(puts[0].Body, &got); err != nil {
		t.Fatal(err)
	}
	checkCommandLimits(t, got)
	var names []string
	for _, c := range got {
		names = append(names, c["name"].(string))
	}
	if diff := cmp.Diff([]string{"ask", "topic", "topics", "help", "settings", "forget", "stats"}, names); diff != "" {
		t.Errorf("registered commands (-want +got):\n%s", diff)
	}
	// The wire form is exactly Commands() serialised.
	want, _ := json.Marshal(Commands())
	var wantV []map[string]any
	_ = json.Unmarshal(want, &wantV)
	if diff := cmp.Diff(wantV, got); diff != "" {
		t.Errorf("registered payload differs from Commands() (-want +got):\n%s", diff)
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

func TestMessages(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	q := "how does massage improve blood circulation"
	reply, want := renderFor(t, bot.Question{Text: q})

	// Ignored: no mention in a server, a bot author, the bot itself.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("800", "u1", "400", "300", q))
	botMsg := fakediscord.Message("801", "u9", "400", "300", "<@111> "+q, "111")
	botMsg["author"].(map[string]any)["bot"] = true
	f.Dispatch("MESSAGE_CREATE", botMsg)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("802", "111", "400", "300", "<@111> "+q, "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("803", "111", "", "310", q))

	// Answered: a mention (both forms), a DM, a mention in a thread.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("810", "u1", "400", "301", "<@111> "+q, "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("811", "u2", "", "311", q))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("812", "u3", "400", "1300", "<@!111>   "+q, "111")) // 1300: a thread

	for _, c := range []struct{ channel, msgID, guild string }{{"301", "810", "400"}, {"311", "811", ""}, {"1300", "812", "400"}} {
		m := f.WaitMessage(c.channel, 1)
		wantNoMentions(t, m.Raw)
		if m.Reference == nil || m.Reference.MessageID != c.msgID || m.Reference.ChannelID != c.channel || m.Reference.GuildID != c.guild ||
			m.Reference.FailIfNotExists == nil || *m.Reference.FailIfNotExists {
			t.Errorf("channel %s: message_reference = %+v; want a soft reply to %s", c.channel, m.Reference, c.msgID)
		}
		e := embedOf(t, &m)
		if e.Description != want.Description || !strings.Contains(e.Description, reply.Passage.Text) || e.Footer.Text != want.Footer {
			t.Errorf("channel %s: embed %+v; want the circulation passage and the disclaimer", c.channel, e)
		}
	}
	// A later message in the same channel proves the ignored ones were
	// not merely slow.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("820", "u4", "", "310", "massage for stress"))
	f.WaitMessage("310", 1)
	if n := len(f.Find("POST", "/api/v9/channels/300/")); n != 0 {
		t.Errorf("%d replies in channel 300; want none (no mention, bot authors)", n)
	}
	if n := len(f.Find("POST", "/api/v9/channels/310/")); n != 1 {
		t.Errorf("%d replies in channel 310; want only the one to the user, none to the bot's own DM", n)
	}
}

func TestBareMentionGetsHelp(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("830", "u1", "400", "302", "<@111>", "111"))
	m := f.WaitMessage("302", 1)
	if e := embedOf(t, &m); e.Title != bot.Render(testAnswerer(t).Help()).Title {
		t.Errorf("bare mention: embed title %q; want the help", e.Title)
	}
}

func TestEveryoneIsNeverPinged(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	q := "@everyone @here <@&999> does massage release endorphins"
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("541", "u1", "300", "ask", "question", q))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("840", "u2", "400", "303", "<@111> "+q, "111"))
	cb := f.WaitCallback("541")
	wantNoMentions(t, cb.Raw)
	m := f.WaitMessage("303", 1)
	wantNoMentions(t, m.Raw)
	for _, raw := range [][]byte{cb.Raw, m.Raw} {
		if bytes.Contains(raw, []byte("@everyone")) {
			t.Errorf("reply echoes @everyone: %s", raw)
		}
	}
}

func TestUserCooldown(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{Cooldown: time.Hour}, nil) // an hour: no test timing can expire it
	a := testAnswerer(t)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("551", "u1", "300", "ask", "question", "massage for stress"))
	f.WaitCallback("551")
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("552", "u1", "300", "ask", "question", "what about posture correction"))
	cb := f.WaitCallback("552")
	if cb.Type != 4 || cb.Data.Flags != 64 {
		t.Fatalf("second question: callback type %d flags %d; want an ephemeral notice (4, 64)", cb.Type, cb.Data.Flags)
	}
	if !strings.Contains(cb.Data.Content, a.Knowledge().Disclaimer) || len(cb.Data.Embeds) != 0 {
		t.Errorf("cooldown notice = %q with %d embeds; want plain content with the disclaimer", cb.Data.Content, len(cb.Data.Embeds))
	}
	// Another user is not affected, and a mention from the same user is
	// cooled down too (as a plain reply: a channel message cannot be
	// ephemeral).
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("553", "u2", "300", "ask", "question", "what about posture correction"))
	if cb := f.WaitCallback("553"); cb.Data.Flags != 0 || len(cb.Data.Embeds) != 1 {
		t.Errorf("other user: flags %d, %d embeds; want a public answer", cb.Data.Flags, len(cb.Data.Embeds))
	}
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("850", "u1", "400", "304", "<@111> what about posture correction", "111"))
	m := f.WaitMessage("304", 1)
	if !strings.Contains(m.Content, a.Knowledge().Disclaimer) || len(m.Embeds) != 0 {
		t.Errorf("cooldown reply to a mention = %q; want the notice with the disclaimer", m.Content)
	}
}

func TestSamePassageInChannelLinks(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	r := startBot(t, f, Config{}, nil)
	q := "what about posture correction"
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("561", "u1", "305", "ask", "question", q))
	if cb := f.WaitCallback("561"); len(cb.Data.Embeds) != 1 {
		t.Fatalf("first answer: %s", cb.Raw)
	}
	waitLog(t, r.logs, "discord: interaction", "561") // logged once the post is recorded
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("562", "u2", "305", "ask", "question", "posture correction please"))
	cb := f.WaitCallback("562")
	link := "https://discord.com/channels/400/305/orig-tok-561"
	if cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, link) || !strings.Contains(cb.Data.Content, testAnswerer(t).Knowledge().Disclaimer) {
		t.Errorf("second asker got %q (flags %d); want an ephemeral link to %s with the disclaimer", cb.Data.Content, cb.Data.Flags, link)
	}
	// Elsewhere the passage is posted again.
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("563", "u3", "306", "ask", "question", q))
	if cb := f.WaitCallback("563"); len(cb.Data.Embeds) != 1 {
		t.Errorf("another channel: %s; want the answer", cb.Raw)
	}

	// Mentions link to the earlier message by its id, in DMs too (@me).
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("860", "u4", "400", "307", "<@111> "+q, "111"))
	first := f.WaitMessage("307", 1)
	if len(first.Embeds) != 1 {
		t.Fatalf("first mention answer: %s", first.Raw)
	}
	waitLog(t, r.logs, "discord: message", "860")
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("861", "u5", "400", "307", "<@111> "+q, "111"))
	second := f.WaitMessage("307", 2)
	if !strings.Contains(second.Content, "https://discord.com/channels/400/307/msg") {
		t.Errorf("second mention answer = %q; want a link to the first", second.Content)
	}
}

func TestResumeAfterDrop(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	m := ops.New(ops.Gateway)
	m.SetReady(true)
	r := startBot(t, f, Config{Metrics: m}, nil)
	const n = 60
	for k := range n {
		if k == n/3 {
			f.Drop()
		}
		f.Dispatch("INTERACTION_CREATE", fakediscord.Slash(fmt.Sprintf("9%03d", k), fmt.Sprintf("u%d", k), fmt.Sprintf("c%d", k), "ask", "question", "massage for stress"))
	}
	f.WaitFor("every interaction to be answered", func() bool { return f.Answered() >= n })
	f.WaitFor("the resume", func() bool {
		return f.Resumes() > 0
	})
	r.stop() // nothing is in flight any more: every event was handled once
	for id, cbs := range f.Callbacks() {
		if len(cbs) != 1 {
			t.Errorf("interaction %s answered %d times; want once", id, len(cbs))
		}
	}
	identifies, resumes := len(f.Identifies()), f.Resumes()
	if identifies != 1 || resumes != 1 {
		t.Errorf("identifies %d, resumes %d; want 1 and 1 (the session resumed, not re-identified)", identifies, resumes)
	}
	// The metrics saw it all: every interaction received and answered, one
	// reconnect, and the bot connected (ready) again afterwards.
	for name, want := range map[string]float64{
		"backpainbot_interactions_received_total": n,
		"backpainbot_gateway_reconnects_total":    1,
	} {
		if got := metricValue(t, m, name); got != want {
			t.Errorf("%s = %v; want %v", name, got, want)
		}
	}
	if got := metricValue(t, m, "backpainbot_replies_total"); got != n {
		t.Errorf("backpainbot_replies_total = %v; want %v", got, n)
	}
	if ready, why := m.Ready(); ready {
		t.Errorf("ready after shutdown; want not ready (%s)", why)
	}
	logs := r.logs.String()
	for _, msg := range []string{"discord: connected", "discord: disconnected", "discord: resumed"} {
		if !strings.Contains(logs, `"msg":"`+msg+`"`) {
			t.Errorf("no %q in the log", msg)
		}
	}
}

func TestRateLimitedMessage(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	f.RateLimit("POST", "/api/v9/channels/308/messages", 2, 0.05)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("870", "u1", "400", "308", "<@111> massage for stress", "111"))
	m := f.WaitMessage("308", 1)
	if len(m.Embeds) != 1 {
		t.Errorf("reply after the rate limit: %s", m.Raw)
	}
	all := f.Find("POST", "/api/v9/channels/308/messages")
	var statuses []int
	for _, r := range all {
		statuses = append(statuses, r.Status)
	}
	if diff := cmp.Diff([]int{429, 429, 200}, statuses); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	// A rate-limited initial interaction response is retried too.
	f.RateLimit("POST", "/api/v9/interactions/571/", 1, 0.05)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("571", "u2", "300", "ask", "question", "massage for stress"))
	if cb := f.WaitCallback("571"); cb.Type != 4 {
		t.Errorf("rate-limited callback then %d; want 4", cb.Type)
	}
}

func TestNoEmbedPermissionFallsBackToText(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	f.DenyEmbeds("309")
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("880", "u1", "400", "309", "<@111> massage for stress", "111"))
	m := f.WaitMessage("309", 1)
	reply, want := renderFor(t, bot.Question{Text: "massage for stress"})
	if len(m.Embeds) != 0 || m.Content != want.Content || !strings.Contains(m.Content, reply.Disclaimer) {
		t.Errorf("fallback = %q with %d embeds; want the plain content with the disclaimer", m.Content, len(m.Embeds))
	}
	wantNoMentions(t, m.Raw)
}

func TestAllowedChannels(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{AllowedChannels: []string{"320"}}, nil)
	// A thread (1320) of the allowed channel, known from GUILD_CREATE.
	f.Dispatch("GUILD_CREATE", map[string]any{
		"id": "400", "name": "g", "unavailable": false,
		"channels": []any{map[string]any{"id": "320", "type": 0, "name": "ask-here"}, map[string]any{"id": "321", "type": 0, "name": "general"}},
		"threads":  []any{map[string]any{"id": "1320", "type": 11, "name": "t", "parent_id": "320"}},
	})
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("890", "u1", "400", "321", "<@111> massage for stress", "111"))
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("581", "u2", "321", "ask", "question", "massage for stress"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("891", "u3", "400", "1320", "<@111> massage for stress", "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("892", "u4", "400", "320", "<@111> massage for stress", "111"))
	f.WaitMessage("320", 1)
	f.WaitMessage("1320", 1)
	if cb := f.WaitCallback("581"); cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content+fmt.Sprint(cb.Data.Embeds), "not set up to answer in this channel") {
		t.Errorf("slash command elsewhere: %s; want an ephemeral notice", cb.Raw)
	}
	if n := len(f.Find("POST", "/api/v9/channels/321/")); n != 0 {
		t.Errorf("%d replies in a channel not allowed; want none", n)
	}
}

func TestTokenIsNeverLogged(t *testing.T) {
	t.Parallel()
	const token = "MTIzNDU2Nzg5.secret-token.do-not-log"
	f := fakediscord.New(t)
	r := startBot(t, f, Config{Token: token}, nil)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("591", "u1", "300", "ask", "question", "massage for stress"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("892", "u2", "", "330", "massage for stress"))
	f.RateLimit("POST", "/api/v9/interactions/592/", 10, 0.01) // errors are logged too
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("592", "u3", "300", "ask", "question", "massage for stress"))
	f.WaitCallback("591")
	f.WaitMessage("330", 1)
	waitLog(t, r.logs, "discord: answer interaction", "592")
	r.stop()
	logs := r.logs.String()
	if strings.Contains(logs, token) || strings.Contains(logs, "secret-token") {
		t.Errorf("the token is in the log:\n%s", logs)
	}
	if strings.Contains(logs, "tok-592") {
		t.Errorf("an interaction token is in the log:\n%s", logs)
	}
	if !strings.Contains(logs, `"msg":"discord: commands registered"`) || !strings.Contains(logs, `"msg":"discord: shut down"`) {
		t.Errorf("registration or shutdown not logged:\n%s", logs)
	}
}

func TestShardsRecommendedByDiscord(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	f.Shards, f.MaxConcurrency = 2, 2
	startBot(t, f, Config{}, nil) // ShardCount 0: ask /gateway/bot
	f.Shard(1)
	var shards [][2]int
	for _, id := range f.Identifies() {
		if id.Shard != nil {
			shards = append(shards, *id.Shard)
		}
	}
	if len(shards) != 2 || !(shards[0] == [2]int{0, 2} && shards[1] == [2]int{1, 2} || shards[0] == [2]int{1, 2} && shards[1] == [2]int{0, 2}) {
		t.Errorf("identified shards %v; want [0 2] and [1 2]", shards)
	}
	if puts := f.Find("PUT", "/api/v9/applications/"); len(puts) != 1 || puts[0].Path != "/api/v9/applications/222/commands" {
		t.Errorf("registrations %+v; want one global PUT", puts)
	}
	// Both shards answer.
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("5101", "u1", "300", "help"))
	f.Shard(1).Dispatch("INTERACTION_CREATE", fakediscord.Slash("5102", "u2", "300", "help"))
	f.WaitCallback("5101")
	f.WaitCallback("5102")
}

func TestExplicitShard(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{ShardID: 1, ShardCount: 3}, nil)
	ids := f.Identifies()
	if len(ids) != 1 || ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 3} {
		t.Errorf("identifies %+v; want one with shard [1 3]", ids)
	}
	for _, r := range f.Requests() {
		if r.Path == "/api/v9/gateway/bot" {
			t.Errorf("asked for the recommended shard count with an explicit one")
		}
	}
}

func TestHeartbeat(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	f.HeartbeatMS = 50
	startBot(t, f, Config{}, nil)
	count := func() (heartbeats, resumes int) {
		return f.Heartbeats(), f.Resumes()
	}
	f.WaitFor("heartbeats", func() bool { h, _ := count(); return h >= 3 })
	// Without ACKs, discordgo gives up on the connection after five
	// intervals and resumes on a new one.
	f.SetAcks(false)
	f.WaitFor("a resume", func() bool { _, r := count(); return r >= 1 })
	f.SetAcks(true)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("1401", "u1", "300", "help"))
	f.WaitCallback("1401")
}

func TestRegisterCommandsWithoutGateway(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	cfg := Config{Token: "test-token", APIBase: f.APIBase(), GuildID: "400"}
	appID, err := RegisterCommands(t.Context(), cfg, nil)
	if err != nil || appID != "222" {
		t.Fatalf("RegisterCommands = %q, %v; want 222", appID, err)
	}
	if puts := f.Find("PUT", "/api/v9/applications/222/guilds/400/commands"); len(puts) != 1 {
		t.Errorf("%d registrations; want 1", len(puts))
	}
	if id, err := ApplicationID(t.Context(), cfg); err != nil || id != "222" {
		t.Errorf("ApplicationID = %q, %v; want 222", id, err)
	}
	if len(f.Identifies()) != 0 {
		t.Errorf("connected to the gateway; want REST only")
	}
}

func TestApplicationIDFromAPIWhenNotInReady(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	f.NoAppInReady = true
	startBot(t, f, Config{}, nil)
	if puts := f.Find("PUT", "/api/v9/applications/222/commands"); len(puts) != 1 {
		t.Errorf("registrations %+v; want one for application 222, from GET /oauth2/applications/@me", puts)
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
