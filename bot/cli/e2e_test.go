package cli_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The end-to-end test of issue 11: two `serve` instances (HTTP
// interactions) and one gateway bot on one PostgreSQL and the fake
// Discord are one bot to the members of a server.
//
// The three run in this process, each through cli.Run with its own
// command line and environment: the wiring main uses, from flag parsing
// to the store, with nothing of it replaced. In-process rather than child
// processes (as the load tests use, to SIGKILL one) because nothing here
// needs a process to die: this way a failure shows the instance's log in
// the test, the instances stop cleanly with the test, and the safety
// detector, built once per process, is trained once rather than three
// times, which keeps the test to seconds (tens of seconds under -race on
// a busy machine) rather than minutes.
//
//	go test -run TestEndToEnd -v ./bot/cli/
//
// PostgreSQL is pgtest's: BACKPAINBOT_TEST_DATABASE_URL, or a throwaway
// cluster it starts; the test always runs.
func TestEndToEnd(t *testing.T) {
	url := pgtest.URL(t)
	f := fakediscord.New(t)
	priv, key := newAppKey(t)
	env := map[string]string{"DISCORD_PUBLIC_KEY": key, "BACKPAINBOT_DATABASE_URL": url}
	// An hour: no test timing expires a cooldown.
	args := []string{"--cooldown", "1h", "--discord-api", f.APIBase()}
	start := time.Now()
	a := startServeEnv(t, priv, env, args...) // first alone: the others reuse its safety detector
	waitReady(t, a)
	b := startServeEnv(t, priv, env, args...)
	startGateway(t, f, url, args...)
	waitReady(t, b)
	t.Logf("two serve instances and the gateway bot ready in %v", time.Since(start).Round(time.Millisecond))
	e := &endToEnd{t: t, f: f, serve: [2]*served{a, b}}

	// Checks in turn, not subtests: the fake Discord fails the test it
	// was made for.
	e.cooldownHoldsEverywhere()
	e.settingAppliesEverywhere()
}

// cooldownHoldsEverywhere checks that a cooldown started through serve a
// holds on serve b and the gateway for the same member.
func (e *endToEnd) cooldownHoldsEverywhere() {
	e.t.Helper()
	if got := e.ask(serveA, "10", "700", "300"); got != replyAnswer {
		e.t.Fatalf("first question of member 700, through serve a: %s; want an answer", got)
	}
	for k, via := range []via{serveB, gateway} {
		if got := e.ask(via, fmt.Sprint(11+k), "700", fmt.Sprint(301+k)); got != replyCooldown {
			e.t.Errorf("member 700 again at once, through %s: %s; want the cooldown serve a started", via, got)
		}
	}
	if got := e.ask(gateway, "14", "701", "310"); got != replyAnswer {
		e.t.Errorf("another member through the gateway: %s; want an answer", got)
	}
}

// settingAppliesEverywhere checks that a setting changed with /settings
// through serve a (the channels) applies on serve b and the gateway
// within a second.
func (e *endToEnd) settingAppliesEverywhere() {
	e.t.Helper()
	// Before: channels 330 and 331 are answered.
	refused := map[via]string{serveB: "330", gateway: "331"}
	chosen := map[via]string{serveB: "340", gateway: "341"}
	for k, via := range []via{serveB, gateway} {
		if got := e.ask(via, fmt.Sprint(20+k), fmt.Sprint(710+k), refused[via]); got != replyAnswer {
			e.t.Fatalf("before the change, channel %s through %s: %s; want an answer", refused[via], via, got)
		}
	}
	code, body := e.serve[serveA].post(e.t, interactionJSON(adminSettings("30", "900", "340", "channels", "<#340> <#341>")), true)
	if code != 200 || !strings.Contains(strings.Join(fakediscord.Strings(e.t, []byte(body)), "\n"), "<#340>, <#341> and their threads") {
		e.t.Fatalf("/settings channels:<#340> <#341> through serve a = %d %.300s; want the new settings shown", code, body)
	}
	changed := time.Now()
	e.within(changed.Add(time.Second), refused, replyNotHere)
	for k, via := range []via{serveB, gateway} {
		if got := e.ask(via, fmt.Sprint(40+k), fmt.Sprint(740+k), chosen[via]); got != replyAnswer {
			e.t.Errorf("channel %s, chosen, through %s: %s; want an answer", chosen[via], via, got)
		}
	}
}

// via is the way a question reaches the bot in the end-to-end test.
type via int

const (
	serveA via = iota
	serveB
	gateway
)

func (v via) String() string { return [...]string{"serve a", "serve b", "the gateway"}[v] }

// What the bot did with a question.
const (
	replyAnswer   = "an answer"
	replyCooldown = "the cooldown notice"
	replyNotHere  = "the not-in-this-channel notice"
)

// endToEnd asks questions through either serve instance or the gateway.
// Every question expected to be answered is asked in a channel of its
// own: a second asker of the same passage in a channel within the minute
// gets a link to the first answer instead.
type endToEnd struct {
	t     *testing.T
	f     *fakediscord.Server
	serve [2]*served // a, b
	next  int        // for ids and members of polls
}

// ask sends member's /ask in channel of server 400 with interaction id
// through v, and says what the reply was.
func (e *endToEnd) ask(v via, id, member, channel string) string {
	e.t.Helper()
	return e.send(v, id, member, channel)()
}

// send sends member's /ask in channel of server 400 with interaction id
// through v, and returns what waits for the reply and says what it was.
// Through the gateway, it returns before the bot has the event.
func (e *endToEnd) send(v via, id, member, channel string) (reply func() string) {
	e.t.Helper()
	d := fakediscord.Slash(id, member, channel, "ask", "question", "does massage help tight back muscles?")
	if v == gateway {
		e.f.Dispatch("INTERACTION_CREATE", d)
		return func() string { return replyKind(e.t, string(e.f.WaitCallback(id).Raw)) }
	}
	code, body := e.serve[v].post(e.t, interactionJSON(d), true)
	if code != 200 {
		e.t.Fatalf("/ask %s through %s = %d %.300s", id, v, code, body)
	}
	return func() string { return replyKind(e.t, body) }
}

// within asks through each way in channels, in the channel given for it,
// each time as a new member and through all the ways at once, until the
// reply is want; it fails for each way through which no question sent
// before deadline got it.
func (e *endToEnd) within(deadline time.Time, channels map[via]string, want string) {
	e.t.Helper()
	channels = maps.Clone(channels)
	got := map[via][]string{}
	for len(channels) > 0 && time.Now().Before(deadline) {
		replies := map[via]func() string{}
		for _, v := range []via{gateway, serveA, serveB} { // the gateway first: its send does not wait
			if ch, ok := channels[v]; ok {
				e.next++
				replies[v] = e.send(v, fmt.Sprint(1000+e.next), fmt.Sprint(5000+e.next), ch)
			}
		}
		for v, reply := range replies {
			if kind := reply(); kind == want {
				delete(channels, v)
			} else {
				got[v] = append(got[v], kind)
			}
		}
	}
	for v, ch := range channels {
		e.t.Errorf("through %s, questions in channel %s sent within a second of the change got %q; want %s", v, ch, got[v], want)
	}
}

// replyKind says which of the replies the test tells apart a reply is;
// every one carries the disclaimer.
func replyKind(t *testing.T, reply string) string {
	t.Helper()
	var text strings.Builder
	for _, s := range fakediscord.Strings(t, []byte(reply)) {
		text.WriteString(s + "\n")
	}
	s := text.String()
	if !strings.Contains(s, knowledge.DefaultDisclaimer) {
		t.Fatalf("reply without the disclaimer: %.500s", reply)
	}
	switch {
	case strings.Contains(s, "One question every"):
		return replyCooldown
	case strings.Contains(s, "not set up to answer in this channel"):
		return replyNotHere
	case regexp.MustCompile(`(?i)massage`).MatchString(s):
		return replyAnswer
	}
	return fmt.Sprintf("neither an answer nor a notice: %.300s", reply)
}

// adminSettings is /settings with options, from a member with Manage
// Server.
func adminSettings(id, member, channel string, opts ...string) map[string]any {
	d := fakediscord.Slash(id, member, channel, "settings", opts...)
	d["member"].(map[string]any)["permissions"] = "32" // Manage Server
	return d
}

// interactionJSON is an interaction payload as an HTTP body.
func interactionJSON(d map[string]any) string {
	b, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// startGateway runs the gateway bot (backpainbot with DISCORD_TOKEN set)
// on the database at dbURL against f, with more args, and waits until
// its shard is ready and its commands are registered.
func startGateway(t *testing.T, f *fakediscord.Server, dbURL string, args ...string) *inProcess {
	t.Helper()
	env := map[string]string{"DISCORD_TOKEN": "test-token", "BACKPAINBOT_DATABASE_URL": dbURL}
	p := runInProcess(t, env, append([]string{"--discord-api", f.APIBase()}, args...)...)
	p.waitLog(t, regexp.MustCompile(`msg="discord: ready"`))
	f.WaitFor("the gateway bot's commands", func() bool {
		return len(fakediscord.OKOnly(f.Find("PUT", "/api/v9/applications/"))) > 0
	})
	return p
}
