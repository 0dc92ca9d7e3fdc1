package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/bot/cli"
)

const (
	seedArticle = "../../../shared/seed/massage-and-back-pain.txt"
	lintDir     = "../../knowledge/testdata/lint/"
)

// import writes a draft that lint accepts, word for word against the
// article, once its summaries are written; an edited word is an error at
// the passage's line.
func TestKnowledgeImportThenLint(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.yaml")
	if _, stderr, err := run(t, "", "knowledge", "import", seedArticle, "--out", draft); err != nil || !strings.Contains(stderr, "6 sections, 14 passages") {
		t.Fatalf("knowledge import --out: %v, stderr %q", err, stderr)
	}
	if _, _, err := run(t, "", "knowledge", "import", "--out", draft, seedArticle); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("knowledge import over an existing file: error %v; want it refused", err)
	}
	out, _, err := run(t, "", "knowledge", "lint", "--no-cv", draft)
	if err == nil || strings.Count(out, ": error: ") != 6 || !strings.Contains(out, "draft.yaml:10: error: section \"introduction\": empty summary") {
		t.Errorf("knowledge lint (draft) = %v:\n%s\nwant the six empty summaries, one line each", err, out)
	}
	b, err := os.ReadFile(draft)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.ReplaceAll(string(b), `summary: ""`, "summary: Written by the operator.")
	if err := os.WriteFile(draft, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, "", "knowledge", "lint", "--no-cv", "--source", seedArticle, draft)
	if err != nil || strings.Contains(out, "error") {
		t.Errorf("knowledge lint --source (filled draft) = %v:\n%s%s\nwant no errors", err, out, stderr)
	}
	edited := strings.Replace(filled, "mood enhancers", "mood boosters", 1)
	if err := os.WriteFile(draft, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err = run(t, "", "knowledge", "lint", "--no-cv", "--source", seedArticle, draft)
	want := `draft.yaml:54: error: passage "release-of-endorphins" is not word for word in massage-and-back-pain.txt`
	if err == nil || !strings.Contains(out, want) || !strings.Contains(out, `"boosters."`) {
		t.Errorf("knowledge lint --source (edited passage) = %v:\n%s\nwant %q", err, out, want)
	}
}

func TestKnowledgeImportToStdout(t *testing.T) {
	out, _, err := run(t, "", "knowledge", "import", seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"article:\n", "  id: can-body-massage-fix-back-pain\n", "- id: muscle-relaxation\n", "overview: true"} {
		if !strings.Contains(out, want) {
			t.Errorf("knowledge import: draft lacks %q", want)
		}
	}
	if _, _, err := run(t, "", "knowledge", "import", "article.pdf"); !cli.IsUsage(err) || !strings.Contains(err.Error(), "--format") {
		t.Errorf("knowledge import article.pdf: error %v; want a usage error pointing at --format", err)
	}
}

// lint's exit status: an error fails, warnings alone do not; the embedded
// default lints clean.
func TestKnowledgeLintExit(t *testing.T) {
	tests := []struct {
		args    []string
		fail    bool
		wantOut string
	}{
		{[]string{"--no-cv", lintDir + "clean.yaml"}, false, ""},
		{[]string{"--no-cv", lintDir + "few-examples.yaml"}, false, `few-examples.yaml:13: warning: passage "walking" has 3 example questions`},
		{[]string{"--no-cv", lintDir + "duplicate-id.yaml"}, true, `duplicate-id.yaml:13: error: passage "posture": duplicate id`},
		{[]string{"--no-cv"}, false, ""},
	}
	for _, tt := range tests {
		out, stderr, err := run(t, "", append([]string{"knowledge", "lint"}, tt.args...)...)
		if (err != nil) != tt.fail || !strings.Contains(out, tt.wantOut) || (tt.wantOut == "" && out != "") {
			t.Errorf("knowledge lint %v = %v:\n%s%s\nwant failure %v and %q", tt.args, err, out, stderr, tt.fail, tt.wantOut)
		}
	}
}

// Cross-validation finds a passage whose examples the model cannot tell
// from another's, and names the other.
func TestKnowledgeLintCrossValidates(t *testing.T) {
	file := lintDir + "cv-unlearnable.yaml"
	out, _, err := run(t, "", "knowledge", "lint", file)
	want := `cv-unlearnable.yaml:17: warning: passage "heat": cross-validated, the model answers 0 of its 10 examples (0%) with it; most often it gives "posture" instead`
	if err != nil || !strings.Contains(out, want) {
		t.Errorf("knowledge lint %s = %v:\n%s\nwant %q", file, err, out, want)
	}
	if out, _, _ := run(t, "", "knowledge", "lint", "--no-cv", file); strings.Contains(out, "cross-validated") {
		t.Errorf("knowledge lint --no-cv cross-validated:\n%s", out)
	}
}
