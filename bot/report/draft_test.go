package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

func TestDraftGolden(t *testing.T) {
	k, _, _ := defaults(t)
	var b bytes.Buffer
	if err := WriteDraft(&b, fixtureReport(t), k); err != nil {
		t.Fatal(err)
	}
	golden(t, "draft.golden.yaml", b.Bytes())
}

// A reviewed draft goes into the knowledge directory as it is: it must
// load beside the knowledge it was drafted from, adding its questions
// under the labels it gives them.
func TestDraftLoadsIntoTheKnowledge(t *testing.T) {
	k, _, _ := defaults(t)
	rep := fixtureReport(t)
	dir := t.TempDir()
	files, err := filepath.Glob("../../knowledge/default/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("the default knowledge's files: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var draft bytes.Buffer
	if err := WriteDraft(&draft, rep, k); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(draft.String(), "REVIEW EVERY LINE BEFORE ADDING") {
		t.Errorf("the draft does not tell the operator to review it:\n%s", draft.String())
	}
	if err := os.WriteFile(filepath.Join(dir, "draft.yaml"), draft.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	withDraft, err := knowledge.LoadPath(dir)
	if err != nil {
		t.Fatalf("the knowledge with the draft does not load: %v\n%s", err, draft.String())
	}
	labels := map[string]string{}
	for _, e := range withDraft.Examples {
		if filepath.Base(e.File) == "draft.yaml" {
			labels[e.Text] = e.Label
		}
	}
	if len(labels) == 0 {
		t.Fatalf("the draft added no examples:\n%s", draft.String())
	}
	for _, g := range rep.Groups {
		want := g.Nearest
		if g.OutOfScope {
			want = knowledge.LabelNone
		}
		for _, text := range g.Wordings {
			if got, ok := labels[text]; ok && got != want {
				t.Errorf("draft labels %q %q, want %q", text, got, want)
			}
		}
	}
}

func TestDraftOfNothingLoads(t *testing.T) {
	k, _, _ := defaults(t)
	var b bytes.Buffer
	if err := WriteDraft(&b, &Report{}, k); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "draft.yaml"), b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledge.LoadPath(filepath.Join(dir, "draft.yaml")); err != nil && !strings.Contains(err.Error(), "article") {
		t.Errorf("an empty draft: %v\n%s", err, b.String())
	}
}

func TestDraftLeavesOutKnownExamples(t *testing.T) {
	k, _, _ := defaults(t)
	rep := &Report{Groups: []Group{{
		Count: 2, OutOfScope: true, Nearest: "short-term",
		// The first is an example of the default knowledge, in other case
		// and punctuation.
		Wordings: []string{"Heat or ice for back pain??", "heat pad or ice pack for my back"},
	}}}
	var b bytes.Buffer
	if err := WriteDraft(&b, rep, k); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	if strings.Contains(got, "Heat or ice") || !strings.Contains(got, `"heat pad or ice pack for my back"`) || !strings.Contains(got, "left out (1)") {
		t.Errorf("WriteDraft with one known example:\n%s\nwant only the new wording, and the known one counted as left out", got)
	}
}
