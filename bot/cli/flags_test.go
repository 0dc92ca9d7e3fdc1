package cli_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/cli"
)

// helpFlags returns the flags a --help text lists.
func helpFlags(help string) []string {
	var names []string
	for _, l := range strings.Split(help, "\n") {
		if !strings.HasPrefix(l, "  -") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(l, "  -"), " ")
		names = append(names, strings.TrimSpace(name))
	}
	sort.Strings(names)
	return names
}

// Each command's --help lists the flags it uses, and no others.
func TestHelpListsOnlyTheCommandsFlags(t *testing.T) {
	answer := []string{"index-dir", "knowledge", "log-format", "log-level", "safety-examples", "safety-rules", "scoring"}
	store := []string{"data-dir", "database-url-file"}
	with := func(lists ...[]string) []string {
		var all []string
		for _, l := range lists {
			all = append(all, l...)
		}
		sort.Strings(all)
		return all
	}
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, with(answer, store, []string{"config", "guild", "channels", "cooldown", "discord-api", "shard-id", "shard-count", "metrics-addr", "watch"})},
		{[]string{"ask", "--help"}, with(answer, []string{"json"})},
		{[]string{"topics", "--help"}, answer},
		{[]string{"topic", "--help"}, answer},
		{[]string{"eval", "--help"}, with(answer, []string{"cv", "engine", "verbose"})},
		{[]string{"commands", "--help"}, with([]string{"discord-api", "guild", "log-format", "log-level", "register"})},
		{[]string{"invite", "--help"}, with([]string{"app-id", "discord-api"})},
		{[]string{"serve", "--help"}, with(answer, store, []string{"addr", "channels", "cooldown", "discord-api", "metrics-addr", "watch"})},
		{[]string{"settings", "--help"}, with(store, []string{"dry-run"})},
	}
	for _, tt := range tests {
		out, _, err := run(t, "", tt.args...)
		if !cli.IsHelp(err) {
			t.Errorf("Run(%q) = %v; want help", tt.args, err)
			continue
		}
		if diff := cmp.Diff(tt.want, helpFlags(out)); diff != "" {
			t.Errorf("Run(%q) lists other flags than the command uses (-want +got):\n%s", tt.args, diff)
		}
	}
}

// A flag before the command's name is the command's own flag, or refused:
// a flag the command would ignore is not silently accepted.
func TestFlagBeforeCommand(t *testing.T) {
	if out, _, err := run(t, "", "--scoring", "tf-idf", "topics"); err != nil || !strings.Contains(out, "Topics") {
		t.Errorf("--scoring before topics = %v; want it taken as topics' flag", err)
	}
	_, _, err := run(t, "", "--guild", "123456789012345678", "topics")
	if !cli.IsUsage(err) || !strings.Contains(err.Error(), "--guild is not a flag of topics") {
		t.Errorf("--guild before topics = %v; want a usage error saying topics has no --guild", err)
	}
}

// A config file may hold the settings of several commands; each command
// takes its own and leaves the others', but a mistake anywhere in the
// file is reported.
func TestConfigFileServesEveryCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "bot.yaml")
	os.WriteFile(cfg, []byte("guild: \"123456789012345678\"\naddr: 127.0.0.1:0\nscoring: magic\n"), 0o644)
	for _, args := range [][]string{{"topics"}, {"invite", "--app-id", "123456789012345678"}} {
		_, _, err := run(t, "", append([]string{"--config", cfg}, args...)...)
		if !cli.IsUsage(err) || !strings.Contains(err.Error(), "bot.yaml: --scoring \"magic\"") {
			t.Errorf("%s with scoring: magic in the config = %v; want the bad scoring reported", args[0], err)
		}
	}
	os.WriteFile(cfg, []byte("guild: \"123456789012345678\"\naddr: 127.0.0.1:0\nscoring: tf-idf\n"), 0o644)
	if _, _, err := run(t, "", "--config", cfg, "topics"); err != nil {
		t.Errorf("topics with guild and addr in the config = %v; want them left to the commands that use them", err)
	}
}
