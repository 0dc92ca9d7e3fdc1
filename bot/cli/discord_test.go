package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
)

func runEnv(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := cli.Run(context.Background(), cli.Env{
		Args: args, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return out.String(), errb.String(), err
}

func TestCommandsPrintsJSON(t *testing.T) {
	out, _, err := runEnv(t, nil, "commands")
	if err != nil {
		t.Fatal(err)
	}
	var cmds []struct{ Name, Description string }
	if err := json.Unmarshal([]byte(out), &cmds); err != nil {
		t.Fatalf("commands output is not JSON: %v\n%s", err, out)
	}
	var names []string
	for _, c := range cmds {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "ask,topic,topics,help,settings,forget,stats" {
		t.Errorf("commands = %s, want ask,topic,topics,help,settings,forget,stats", got)
	}
}

func TestCommandsRegisterAndInvite(t *testing.T) {
	f := fakediscord.New(t)
	calls := func() (out []string) {
		for _, r := range f.Requests() {
			out = append(out, r.Method+" "+r.Path+" auth="+r.Auth)
		}
		return out
	}
	env := map[string]string{"DISCORD_TOKEN": "secret-token-123"}
	const guild = "400000000000000000"
	out, stderr, err := runEnv(t, env, "commands", "--register", "--guild", guild, "--discord-api", f.APIBase())
	if err != nil {
		t.Fatalf("commands --register: %v (calls %v)", err, calls())
	}
	if !strings.Contains(out, "registered 7 commands for application 222 in server "+guild) {
		t.Errorf("commands --register printed %q", out)
	}
	found := false
	for _, c := range calls() {
		if strings.HasPrefix(c, "PUT /api/v9/applications/222/guilds/"+guild+"/commands") && strings.HasSuffix(c, "auth=Bot secret-token-123") {
			found = true
		}
	}
	if !found {
		t.Errorf("no guild bulk overwrite with the bot token; calls: %v", calls())
	}
	if strings.Contains(out+stderr, "secret-token-123") {
		t.Error("the token was printed or logged")
	}

	out, _, err = runEnv(t, env, "invite", "--discord-api", f.APIBase())
	if err != nil || !strings.Contains(out, "client_id=222") || !strings.Contains(out, "applications.commands") {
		t.Errorf("invite = %v, %q", err, out)
	}
	out, _, err = runEnv(t, nil, "invite", "--app-id", "123456789012345678")
	if err != nil || !strings.HasPrefix(out, "https://discord.com/") || !strings.Contains(out, "permissions=") {
		t.Errorf("invite --app-id = %v, %q", err, out)
	}
}

func TestDiscordSetupMistakes(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	os.WriteFile(tokenFile, []byte("  \n"), 0o600)
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		usage bool // exit 2 rather than 1
		want  string
	}{
		{"invite without id or token", nil, []string{"invite"}, true, "--app-id"},
		{"register without token", nil, []string{"commands", "--register"}, true, "DISCORD_TOKEN"},
		{"bad app id", nil, []string{"invite", "--app-id", "abc"}, true, "17 to 20 digits"},
		{"both token sources", map[string]string{"DISCORD_TOKEN": "x", "DISCORD_TOKEN_FILE": tokenFile}, []string{"topics"}, true, "set one"},
		{"empty token file", map[string]string{"DISCORD_TOKEN_FILE": tokenFile}, []string{}, false, "empty"},
		{"missing token file", map[string]string{"DISCORD_TOKEN_FILE": filepath.Join(dir, "nope")}, []string{}, false, "DISCORD_TOKEN_FILE"},
	}
	for _, tt := range tests {
		_, _, err := runEnv(t, tt.env, tt.args...)
		if tt.name == "both token sources" {
			// topics does not need a token: only the bot mode reads it.
			_, _, err = runEnv(t, tt.env)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) || cli.IsUsage(err) != tt.usage {
			t.Errorf("%s: err = %v (usage %v); want one mentioning %q, usage %v", tt.name, err, cli.IsUsage(err), tt.want, tt.usage)
		}
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", "scoring: tf-idf\nlog_level: debug\nchannels: [\"123456789012345678\", \"223456789012345678\"]\n")
	if _, _, err := runEnv(t, nil, "--config", good, "topics"); err != nil {
		t.Errorf("a good config file: %v", err)
	}
	tests := []struct{ file, want string }{
		{write("token.yaml", "guild: \"1\"\ndiscord_token: abc\n"), "token.yaml:2: discord_token: the token is read only from DISCORD_TOKEN"},
		{write("unknown.yaml", "knowlege: x\n"), `unknown.yaml:1: unknown setting "knowlege"`},
		{write("bad.yaml", "cooldown: soon\n"), "bad.yaml:1: cooldown"},
	}
	for _, tt := range tests {
		_, _, err := runEnv(t, nil, "--config", tt.file, "topics")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("--config %s = %v; want an error containing %q", filepath.Base(tt.file), err, tt.want)
		}
	}
	// The command line wins over the file.
	bad := write("badscoring.yaml", "scoring: magic\n")
	if _, _, err := runEnv(t, nil, "--config", bad, "--scoring", "bm25", "topics"); err != nil {
		t.Errorf("--scoring on the command line should win over the file: %v", err)
	}
}

// A bot that cannot start exits with its error, also when it serves
// metrics: a supervisor must see the failure, not a healthy /healthz.
func TestDiscordStartFailureWithMetricsExits(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		_, _, err := runEnv(t, map[string]string{"DISCORD_TOKEN": "x"},
			"--metrics-addr", "127.0.0.1:0", "--discord-api", "http://127.0.0.1:1/api/v9", "--data-dir", t.TempDir())
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "connection refused") || !strings.Contains(err.Error(), "cannot reach Discord at http://127.0.0.1:1/api/v9") {
			t.Errorf("Run = %v; want the connection error, naming what was tried", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after the bot failed to start")
	}
}
