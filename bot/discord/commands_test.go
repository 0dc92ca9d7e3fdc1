package discord

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
)

// commandName is Discord's pattern for CHAT_INPUT command and option
// names (Go's regexp has no \p{sc=Deva}; \p{Devanagari} is the same set).
var commandName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// checkCommandLimits checks commands as sent on the wire against the
// limits Discord documents (some of which its OpenAPI spec lacks).
func checkCommandLimits(t *testing.T, cmds []map[string]any) {
	t.Helper()
	if len(cmds) == 0 || len(cmds) > 100 {
		t.Errorf("%d commands; want 1 to 100", len(cmds))
	}
	checkName := func(what, n string) {
		if !commandName.MatchString(n) || strings.ToLower(n) != n {
			t.Errorf("%s name %q: want ^[-_'\\p{L}\\p{N}]{1,32}$, lower case", what, n)
		}
	}
	checkDesc := func(what, d string) {
		if n := utf8.RuneCountInString(d); n < 1 || n > 100 {
			t.Errorf("%s description %q: %d characters; want 1 to 100", what, d, n)
		}
	}
	seen := map[string]bool{}
	for _, c := range cmds {
		name, _ := c["name"].(string)
		desc, _ := c["description"].(string)
		checkName("command", name)
		checkDesc(name, desc)
		if seen[name] {
			t.Errorf("command %q registered twice", name)
		}
		seen[name] = true
		opts, _ := c["options"].([]any)
		if len(opts) > 25 {
			t.Errorf("%s: %d options; want at most 25", name, len(opts))
		}
		for _, o := range opts {
			o := o.(map[string]any)
			on, _ := o["name"].(string)
			checkName(name+" option", on)
			od, _ := o["description"].(string)
			checkDesc(name+" "+on, od)
			choices, _ := o["choices"].([]any)
			if len(choices) > 25 {
				t.Errorf("%s %s: %d choices; want at most 25", name, on, len(choices))
			}
			if ac, _ := o["autocomplete"].(bool); ac && len(choices) > 0 {
				t.Errorf("%s %s: choices and autocomplete together", name, on)
			}
			if ml, ok := o["max_length"].(float64); ok && (ml < 1 || ml > 6000) {
				t.Errorf("%s %s: max_length %v; want 1 to 6000", name, on, ml)
			}
		}
	}
}

func TestCommands(t *testing.T) {
	b, err := json.Marshal(Commands())
	if err != nil {
		t.Fatal(err)
	}
	var cmds []map[string]any
	if err := json.Unmarshal(b, &cmds); err != nil {
		t.Fatal(err)
	}
	checkCommandLimits(t, cmds)
	if err := fakediscord.ValidateSpec("commands", b); err != nil {
		t.Errorf("commands not valid per the spec: %v", err)
	}
	// /topic autocompletes, and lists the topics without a name; /ask's
	// question is required.
	byName := map[string]map[string]any{}
	for _, c := range cmds {
		byName[c["name"].(string)] = c
	}
	topic := byName["topic"]["options"].([]any)[0].(map[string]any)
	if topic["autocomplete"] != true || topic["required"] == true {
		t.Errorf("/topic name option = %v; want it optional, with autocomplete", topic)
	}
	ask := byName["ask"]["options"].([]any)[0].(map[string]any)
	if ask["name"] != "question" || ask["required"] != true {
		t.Errorf("/ask option = %v; want a required question", ask)
	}
}

func TestInviteURL(t *testing.T) {
	got := InviteURL("222")
	u, err := url.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	// View Channels 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read
	// Message History 1<<16, Send Messages in Threads 1<<38.
	const want = "274877991936"
	if u.Host != "discord.com" || u.Path != "/oauth2/authorize" || q.Get("client_id") != "222" ||
		q.Get("scope") != "bot applications.commands" || q.Get("permissions") != want {
		t.Errorf("InviteURL(%q) = %q; want client_id 222, scope bot+applications.commands, permissions %s", "222", got, want)
	}
	if !strings.Contains(got, "scope=bot+applications.commands") {
		t.Errorf("InviteURL = %q; want the scopes joined by +", got)
	}
}
