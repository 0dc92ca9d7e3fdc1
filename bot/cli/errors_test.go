package cli_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/bot/cli"
)

// goTypeName matches what Go, not a person, would write: a package's type
// (knowledge.fileYAML), or encoding/json's "Go value of type".
var goTypeName = regexp.MustCompile(`\b(?:knowledge|bot|cli|discord|discordgo|safety|json|yaml|time|strconv)\.\w*[A-Z]|Go (?:value|struct)|!!`)

// Every mistake an operator can make on the command line, in the config
// file or in the files it names gets a message saying what to fix, and
// none names a Go type.
func TestErrorsSayWhatToFix(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badConfig := write("bot.yaml", "cooldown: soon\n")
	noCrisis := write("examples.yaml", "examples:\n  none:\n    chat: [\"hello there\"]\n")
	write("passages.json", `{"intro": "Back pain is a common ailment"}`)
	badCase := write("cases.jsonl", `{"id": 1, "question": "x", "kind": "answer", "expect": ["intro"]}`+"\n")
	rules := "../../knowledge/testdata/safety/"
	tests := []struct {
		name  string
		args  []string
		usage bool
		want  string
	}{
		{"bad duration", []string{"--cooldown", "soon", "topics"}, true, `--cooldown: want a duration such as 3s or 500ms, not "soon"`},
		{"duration without unit", []string{"serve", "--cooldown", "3"}, true, `--cooldown: want a duration such as 3s or 500ms, not "3"`},
		{"negative cooldown", []string{"--cooldown", "-1s"}, true, "--cooldown -1s: want 0 (no cooldown) or more"},
		{"channel name", []string{"--channels", "123456789012345678,general"}, true, `--channels: "general" is not a channel id: want ids of 17 to 20 digits`},
		{"short channel id", []string{"serve", "--channels", "300"}, true, `--channels: "300" is not a channel id`},
		{"guild name", []string{"--guild", "my-server"}, true, `--guild "my-server": want the server's id, 17 to 20 digits`},
		{"guild for commands", []string{"commands", "--register", "--guild", "12"}, true, `--guild "12": want the server's id`},
		{"app id", []string{"invite", "--app-id", "backpainbot"}, true, `--app-id "backpainbot": want the application id, 17 to 20 digits`},
		{"config duration", []string{"--config", badConfig, "topics"}, true, `bot.yaml:1: cooldown: want a duration such as 3s or 500ms, not "soon"`},
		{"whole number", []string{"--shard-id", "one"}, true, `--shard-id: want a whole number, not "one"`},
		{"true or false", []string{"eval", "--verbose=maybe", "f"}, true, `--verbose: want true or false, not "maybe"`},
		{"unknown flag", []string{"ask", "--jsn", "q"}, true, "unknown flag --jsn (see 'backpainbot ask --help')"},
		{"flag without value", []string{"topics", "--knowledge"}, true, "--knowledge needs a value"},
		{"safety rule", []string{"--safety-rules", rules + "bad-combination.yaml", "topics"}, false, `safety rules: ../../knowledge/testdata/safety/bad-combination.yaml:20: combination "both": unknown rule or signal "chest"`},
		{"safety rules field", []string{"--safety-rules", rules + "unknown-field.yaml", "topics"}, false, "safety rules: ../../knowledge/testdata/safety/unknown-field.yaml:15: red_flag 2: unknown field levle"},
		{"safety examples", []string{"--safety-examples", noCrisis, "topics"}, false, "safety examples: no crisis examples to learn from"},
		{"eval file", []string{"eval", badCase}, false, `cases.jsonl:1: "id": want a string, not number`},
	}
	for _, tt := range tests {
		_, _, err := run(t, "", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) || cli.IsUsage(err) != tt.usage {
			t.Errorf("%s: Run(%q) = %v (usage %v); want %q (usage %v)", tt.name, tt.args, err, cli.IsUsage(err), tt.want, tt.usage)
			continue
		}
		if goTypeName.MatchString(err.Error()) {
			t.Errorf("%s: Run(%q) = %q names a Go type", tt.name, tt.args, err)
		}
	}
}

// A token Discord rejects is named, with where to get a new one.
func TestRejectedTokenSaysWhereToResetIt(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"message": "401: Unauthorized", "code": 0}`))
	}))
	defer srv.Close()
	env := map[string]string{"DISCORD_TOKEN": "not-a-token"}
	const want = "Discord rejected DISCORD_TOKEN (401): reset it on the Bot page of the developer portal"
	for _, args := range [][]string{
		{"--discord-api", srv.URL + "/api/v9", "--data-dir", t.TempDir()},
		{"commands", "--register", "--discord-api", srv.URL + "/api/v9"},
		{"invite", "--discord-api", srv.URL + "/api/v9"},
	} {
		_, _, err := runEnv(t, env, args...)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Run(%q) with a rejected token = %v; want %q", args, err, want)
		}
	}
}
