package bot_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The tree is the architecture: these rules keep it true.
func TestImportRules(t *testing.T) {
	const mod = "github.com/backpainbot/backpainbot"
	tests := []struct {
		dir     string
		allowed func(imp string) bool
		why     string
	}{
		{"../knowledge", func(imp string) bool { return std(imp) || imp == "gopkg.in/yaml.v3" },
			"knowledge is the domain: standard library and yaml.v3 only"},
		{"../index", func(imp string) bool {
			return std(imp) || imp == mod+"/knowledge" || strings.HasPrefix(imp, "github.com/blevesearch/") ||
				imp == "go.etcd.io/bbolt" || imp == "go.etcd.io/bbolt/errors" // Bleve's store: whether another process holds an index's lock
		}, "index speaks knowledge types and is the only package that imports Bleve"},
		{".", func(imp string) bool {
			return std(imp) || imp == mod+"/knowledge" || imp == mod+"/bot/session" || imp == mod+"/bot/qmodel" || imp == mod+"/bot/safety"
		},
			"bot's answering policy imports no engine and no transport library, only its own concerns"},
		{"safety", func(imp string) bool { return std(imp) || imp == mod+"/knowledge" || imp == mod+"/bot/qmodel" },
			"the safety check is the rules and a detector on the question model's machinery: standard library, knowledge and qmodel only"},
		{"live", func(imp string) bool { return std(imp) || imp == mod+"/bot" || imp == mod+"/knowledge" },
			"the swap of a reload holds answerers: standard library, bot and knowledge only"},
		{"../knowledge/importer", func(imp string) bool {
			return std(imp) || imp == "gopkg.in/yaml.v3" || imp == mod+"/knowledge" || strings.HasPrefix(imp, "golang.org/x/net/html")
		}, "the importer sits beside the domain: the standard library, yaml.v3, knowledge and x/net/html, nothing of the bot's"},
		{"feedback", func(imp string) bool { return std(imp) || imp == mod+"/knowledge" || imp == mod+"/bot/store" },
			"feedback is policy over the store contract: no engine, no transport"},
		{"internal/fakediscord", func(imp string) bool { return !strings.HasPrefix(imp, mod) },
			"the fake Discord imports nothing of ours, so every transport's tests can use it"},
		{"store", std, "the store contract is the project's own: standard library only"},
		{"session", func(imp string) bool { return std(imp) || imp == mod+"/bot/store" },
			"the state between events is kept behind the store contract, whatever the engine"},
		{"store/bolt", func(imp string) bool {
			return std(imp) || imp == mod+"/bot/store" || strings.HasPrefix(imp, "go.etcd.io/bbolt")
		}, "the embedded store is bbolt behind the store contract"},
		{"store/postgres", func(imp string) bool {
			return std(imp) || imp == mod+"/bot/store" || strings.HasPrefix(imp, "github.com/jackc/pgx/v5")
		}, "the PostgreSQL store is pgx behind the store contract"},
		{"..", func(imp string) bool { return std(imp) || imp == mod+"/bot/cli" },
			"main only wires: it calls cli.Run"},
	}
	for _, tt := range tests {
		for file, imp := range imports(t, tt.dir) {
			for _, i := range imp {
				if !tt.allowed(i) {
					t.Errorf("%s imports %q: %s", file, i, tt.why)
				}
			}
		}
	}
	// Bleve stays inside index; discordgo inside bot/discord.
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		for _, s := range f.Imports {
			imp, _ := strconv.Unquote(s.Path.Value)
			if strings.HasPrefix(imp, "github.com/blevesearch/") && dir != "../index" {
				t.Errorf("%s imports %s: only package index may import Bleve", path, imp)
			}
			if imp == "github.com/bwmarrin/discordgo" && dir != "../bot/discord" && dir != "../bot/httpapi" {
				t.Errorf("%s imports discordgo: only the Discord transports may", path)
			}
			if strings.HasPrefix(imp, "github.com/jackc/pgx/") && dir != "../bot/store/postgres" && dir != "../bot/store/pgtest" {
				t.Errorf("%s imports %s: only the PostgreSQL store and its test server may", path, imp)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// imports returns the imports of the non-test files of dir.
func imports(t *testing.T, dir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		pf, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range pf.Imports {
			imp, _ := strconv.Unquote(s.Path.Value)
			out[f] = append(out[f], imp)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no Go files in %s", dir)
	}
	return out
}

// std reports whether imp is in the standard library (no dot in its
// first path element).
func std(imp string) bool { return !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") }
