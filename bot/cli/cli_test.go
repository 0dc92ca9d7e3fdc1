package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = cli.Run(context.Background(), cli.Env{Args: args, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), err
}

func TestAskJSONKeepsLinesInStep(t *testing.T) {
	in := "does massage help knots?\n\nwhat's the best pizza topping\n\xff\xfe\n" + strings.Repeat("x", 100000) + "\nlast line without newline"
	out, _, err := run(t, in, "ask", "--json")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("ask --json wrote %d lines for 6 input lines:\n%s", len(lines), out)
	}
	wantKinds := []string{"answer", "abstain", "abstain", "abstain", "abstain", "abstain"}
	for i, l := range lines {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		for _, f := range []string{"kind", "passage", "title", "section", "article", "confidence", "text", "disclaimer"} {
			if _, ok := r[f]; !ok {
				t.Errorf("line %d lacks field %q", i+1, f)
			}
		}
		if r["kind"] != wantKinds[i] {
			t.Errorf("line %d kind = %v, want %s", i+1, r["kind"], wantKinds[i])
		}
		if d, _ := r["disclaimer"].(string); d == "" || !strings.Contains(r["text"].(string), d) {
			t.Errorf("line %d: text lacks the disclaimer", i+1)
		}
	}
	var first map[string]string
	json.Unmarshal([]byte(lines[0]), &first)
	if !strings.Contains(first["passage"], "relax tense muscles") || first["title"] != "Muscle Relaxation" {
		t.Errorf("first answer = %q / %q, want the Muscle Relaxation passage", first["title"], first["passage"])
	}
}

func TestAskPrintsWhatTheBotPosts(t *testing.T) {
	out, _, err := run(t, "", "ask", "is", "massage", "good", "for", "stress?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Stress Reduction") || !strings.Contains(out, knowledge.DefaultDisclaimer) {
		t.Errorf("ask output:\n%s", out)
	}
}

func TestInteractiveWithoutToken(t *testing.T) {
	out, _, err := run(t, "knots in my back\n/topics\nquit\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No DISCORD_TOKEN set", "Muscle Relaxation", "Topics", knowledge.DefaultDisclaimer} {
		if !strings.Contains(out, want) {
			t.Errorf("interactive output lacks %q:\n%s", want, out)
		}
	}
}

func TestTopicCommands(t *testing.T) {
	out, _, err := run(t, "", "topics")
	if err != nil || !strings.Contains(out, "`benefits`") {
		t.Errorf("topics = %v:\n%s", err, out)
	}
	out, _, err = run(t, "", "topic", "limitations")
	if err != nil || !strings.Contains(out, "Short-Term Relief") {
		t.Errorf("topic limitations = %v:\n%s", err, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown command", []string{"frobnicate"}},
		{"unknown flag", []string{"--nope"}},
		{"unknown command flag", []string{"ask", "--nope", "q"}},
		{"ask without question", []string{"ask"}},
		{"ask json with argument", []string{"ask", "--json", "q"}},
		{"topic without name", []string{"topic"}},
		{"eval without file", []string{"eval"}},
		{"bad log level", []string{"--log-level", "loud", "topics"}},
		{"bad scoring", []string{"ask", "--scoring", "magic", "q"}},
		{"bad flag value", []string{"eval", "--verbose=maybe", "f"}},
	}
	for _, tt := range tests {
		_, _, err := run(t, "", tt.args...)
		if !cli.IsUsage(err) {
			t.Errorf("%s: Run(%q) = %v, want a usage error (exit 2)", tt.name, tt.args, err)
		}
	}
	for _, args := range [][]string{{"--help"}, {"ask", "--help"}, {"eval", "-h"}} {
		stdout, _, err := run(t, "", args...)
		if !cli.IsHelp(err) || !strings.Contains(stdout, "Usage") {
			t.Errorf("Run(%q) = %v, stdout %q; want help", args, err, stdout)
		}
	}
}

func TestBadKnowledgeStopsBeforeAnything(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("article:\n  id: x\n  title: X\n  source: S\n  sections:\n    - slug: s\n      title: S\n      summary: sum\n      passages:\n        - id: p\n          txt: oops\n"), 0o644)
	out, _, err := run(t, "", "--knowledge", bad, "ask", "anything")
	if err == nil || !strings.Contains(err.Error(), "bad.yaml:11") {
		t.Errorf("Run with a bad knowledge file = %v, want an error naming bad.yaml:11", err)
	}
	if out != "" {
		t.Errorf("printed %q before failing", out)
	}
}

func TestAskJSONOddLines(t *testing.T) {
	tests := []struct {
		in   string
		want int // output lines
	}{
		{"", 0}, {"\n", 1}, {"\r", 1}, {"a\n\r", 2}, {"a\r\nb", 2}, {"a\r\nb\r\n", 2},
	}
	for _, tt := range tests {
		out, _, err := run(t, tt.in, "ask", "--json")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(out, "\n"); got != tt.want {
			t.Errorf("ask --json on %q wrote %d lines; want %d", tt.in, got, tt.want)
		}
	}
}

func TestEvalMissingFile(t *testing.T) {
	_, _, err := run(t, "", "eval", "/nonexistent/questions.jsonl")
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/questions.jsonl") {
		t.Errorf("eval of a missing file = %v; want an error naming it", err)
	}
}

func TestEvalCommand(t *testing.T) {
	out, _, err := run(t, "", "eval", "--verbose", "../testdata/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Scan()
	if !strings.HasPrefix(sc.Text(), "answerable: top-1 ") {
		t.Errorf("eval output starts %q", sc.Text())
	}
	if !strings.Contains(out, "miss q") {
		t.Errorf("eval --verbose lists no misses:\n%s", out)
	}
}

// withChoices returns the program's answerer (the shipped knowledge and
// its question model, trained once per process) and a question the model
// finds ambiguous, with its "Did you mean" reply. Which questions those are
// changes whenever the model is retrained; bot's own tests cover the same
// paths with a stand-in for the model.
func withChoices(t *testing.T) (*bot.Answerer, string, knowledge.Reply) {
	t.Helper()
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	a := bot.NewAnswerer(k, ix, bot.WithModel(qmodel.Build(k)))
	for _, q := range []string{
		"so its the chemicals or the blood?",
		"endorphins or circulation which one",
		"ok massage helps but very strong like this?",
		"can a massage help tho nothing actually changed",
		"is a back rub a legit fix for back ache or is that a myth",
	} {
		if r := a.Answer(context.Background(), bot.Question{Text: q}); r.Kind == knowledge.KindAbstain && len(r.Suggestions) >= 2 {
			return a, q, r
		}
	}
	t.Fatal("precondition: the question model offers no \"Did you mean\" choices for any question of withChoices; add one it does (try some with ask --json)")
	return nil, "", knowledge.Reply{}
}

func TestAskJSONSuggestionsAndChat(t *testing.T) {
	_, q, r := withChoices(t)
	out, _, err := run(t, q+"\nhi there\nthanks, that helped\n", "ask", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var j map[string]any
		if err := json.Unmarshal([]byte(l), &j); err != nil {
			t.Fatalf("%q is not JSON: %v", l, err)
		}
		got = append(got, j)
	}
	if len(got) != 3 {
		t.Fatalf("ask --json wrote %d lines for 3:\n%s", len(got), out)
	}
	var want []any
	for _, p := range r.Suggestions {
		want = append(want, map[string]any{"passage": p.ID, "title": p.Title})
	}
	if diff := cmp.Diff(want, got[0]["suggestions"]); diff != "" {
		t.Errorf("ask --json %q: suggestions (-want +got):\n%s", q, diff)
	}
	if got[0]["kind"] != "abstain" || got[0]["passage"] != "" {
		t.Errorf("ask --json %q: kind %v, passage %q; want abstain and no passage", q, got[0]["kind"], got[0]["passage"])
	}
	for i, reason := range []string{knowledge.LabelGreeting, knowledge.LabelThanks} {
		j := got[i+1]
		if _, ok := j["suggestions"]; j["kind"] != "chat" || j["reason"] != reason || ok {
			t.Errorf("line %d: kind %v, reason %v, suggestions %v; want chat, %s and none", i+2, j["kind"], j["reason"], j["suggestions"], reason)
		}
	}
}

// The terminal numbers the model's choices, and a bare number shows that
// passage.
func TestInteractiveChoices(t *testing.T) {
	a, q, r := withChoices(t)
	out, _, err := run(t, q+"\n2\n")
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	want.WriteString(bot.Render(r).Content + "\n\n")
	for i, p := range r.Suggestions {
		fmt.Fprintf(&want, "%d. %s\n", i+1, p.Title)
	}
	want.WriteString("Type a number to read one, or ask something else.\n")
	want.WriteString(bot.Render(a.Passage(r.Suggestions[1].ID)).Content + "\n")
	_, got, _ := strings.Cut(out, "Ctrl-D to leave.\n") // after the notice
	if diff := cmp.Diff(want.String(), got); diff != "" {
		t.Errorf("the terminal given %q and 2 printed (-want +got):\n%s", q, diff)
	}
}
