package cli_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
)

// A SIGTERM (the context ending) while a large knowledge loads stops the
// command instead of letting it finish loading and answer anyway.
func TestAskStopsWhileKnowledgeLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(path, bigKnowledge(3000), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	var out, errb bytes.Buffer
	err := cli.Run(ctx, cli.Env{Args: []string{"--knowledge", path, "ask", "does walking help?"}, Stdout: &out, Stderr: &errb})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("ask with the context ended mid-load: error %v, output %q; want it stopped with the context's error", err, out.String())
	}
	if out.Len() != 0 {
		t.Errorf("ask answered after it was stopped: %q", out.String())
	}
}

// bigKnowledge is an article of n passages: about 1 s to load and index.
func bigKnowledge(n int) []byte {
	var b strings.Builder
	b.WriteString("article:\n  id: big\n  title: Big\n  source: A test\n  sections:\n")
	for i := range n {
		fmt.Fprintf(&b, "    - slug: s%d\n      title: Section %d\n      summary: About walking, part %d.\n      passages:\n", i, i, i)
		fmt.Fprintf(&b, "        - id: p%d\n          text: Walking %d minutes a day keeps the back moving, says note %d.\n", i, i, i)
	}
	return []byte(b.String())
}
