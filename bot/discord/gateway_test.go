package discord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/ops"
)

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
