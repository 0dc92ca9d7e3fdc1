package cli_test

import (
	"bytes"
	"context"
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
