package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/bot/cli"
)

// The question model is kept with an index on disk: a second start with
// the same knowledge reuses it instead of training again, and answers the
// same.
func TestQuestionModelKeptWithIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ask := func() (out, log string) {
		var o, e bytes.Buffer
		err := cli.Run(context.Background(), cli.Env{
			Args:   []string{"--index-dir", dir, "--log-level", "debug", "ask", "how long does the relief from a massage last?"},
			Stdout: &o, Stderr: &e,
		})
		if err != nil {
			t.Fatalf("ask: %v\n%s", err, e.String())
		}
		return o.String(), e.String()
	}
	first, log1 := ask()
	second, log2 := ask()
	if !strings.Contains(log1, "question model trained") {
		t.Errorf("first start did not train the question model; log:\n%s", log1)
	}
	if strings.Contains(log2, "question model trained") {
		t.Errorf("second start trained again instead of reusing the model kept with the index; log:\n%s", log2)
	}
	if first != second || !strings.Contains(first, "Short-Term Relief") {
		t.Errorf("answers differ or are wrong:\nfirst:\n%s\nsecond:\n%s", first, second)
	}
}

// The safety detector is kept beside an index on disk: a second start with
// the same safety examples reads it instead of training, and answers the
// same; changed examples train and keep a new one.
func TestSafetyDetectorKeptBesideIndex(t *testing.T) {
	root := t.TempDir()
	dir, examples := filepath.Join(root, "index"), filepath.Join(root, "examples.yaml")
	writeFile(t, examples, safetyExamplesYAML)
	ask := func() (out, log string) {
		var o, e bytes.Buffer
		err := cli.Run(context.Background(), cli.Env{
			Args:   []string{"--index-dir", dir, "--safety-examples", examples, "--log-level", "debug", "ask", "both my legs went numb an hour ago"},
			Stdout: &o, Stderr: &e,
		})
		if err != nil {
			t.Fatalf("ask: %v\n%s", err, e.String())
		}
		return o.String(), e.String()
	}
	first, log1 := ask()
	if !strings.Contains(log1, "safety detector kept beside the index") {
		t.Fatalf("first start did not keep the detector; log:\n%s", log1)
	}
	if _, err := os.Stat(dir + ".safety-detector"); err != nil {
		t.Fatalf("no detector file beside the index: %v", err)
	}
	second, log2 := ask()
	if !strings.Contains(log2, "safety detector read from beside the index") || strings.Contains(log2, "safety detector kept") {
		t.Errorf("second start trained again instead of reading the kept detector; log:\n%s", log2)
	}
	if first != second || !strings.Contains(first, "emergency") {
		t.Errorf("answers differ or are wrong:\nfirst:\n%s\nsecond:\n%s", first, second)
	}
	writeFile(t, examples, safetyExamplesYAML+"      - \"my legs gave way on the stairs this morning\"\n")
	_, log3 := ask()
	if !strings.Contains(log3, "the safety examples or the program changed") || !strings.Contains(log3, "safety detector kept beside the index") {
		t.Errorf("after the examples changed, the detector was not trained and kept again; log:\n%s", log3)
	}
}

// Knowledge without examples is answered by search alone, and the program
// says so.
func TestNoExamplesSaysSearchAlone(t *testing.T) {
	var o, e bytes.Buffer
	err := cli.Run(context.Background(), cli.Env{
		Args:   []string{"--knowledge", "../../knowledge/testdata/valid/walking.yaml", "ask", "is a daily walk good for my back?"},
		Stdout: &o, Stderr: &e,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.String(), "no example questions: answering by search alone") {
		t.Errorf("stderr does not say the search alone answers:\n%s", e.String())
	}
}
