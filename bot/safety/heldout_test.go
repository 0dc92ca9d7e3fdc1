package safety

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// testdata/heldout.jsonl: 440 messages written after the safety examples
// and the rules were frozen (commit 375bf35), by four writers who never saw
// them. Measured once for the final detector; never tuned on.

func readHeldOut(t *testing.T) []levelRow {
	f, err := os.Open("testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []levelRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var r struct{ ID, Text, Previous, Level, Flag string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("testdata/heldout.jsonl:%d: %v", n, err)
		}
		rows = append(rows, levelRow{ID: r.ID, Text: r.Text, Previous: r.Previous, Level: r.Level, Flag: r.Flag})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func wordSet(s string) map[string]bool {
	ws := map[string]bool{}
	for _, w := range strings.Fields(nonWord.ReplaceAllString(strings.ToLower(s), " ")) {
		ws[w] = true
	}
	return ws
}

func jaccard(a, b map[string]bool) float64 {
	in := 0
	for w := range a {
		if b[w] {
			in++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in)
}

// No held-out message is in what the detector trains on: the safety
// examples and the knowledge's example questions, word for word or nearly
// (the same words, 80% or more).
func TestSafetyHeldOutIsNotInTrainingData(t *testing.T) {
	ex, ordinary, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var train []string
	for _, e := range ex {
		train = append(train, joined(e))
	}
	train = append(train, ordinary...)
	sets := make([]map[string]bool, len(train))
	for i, s := range train {
		sets[i] = wordSet(s)
	}
	rows := readHeldOut(t)
	if len(rows) < 400 {
		t.Errorf("held-out split has %d messages, want at least 400", len(rows))
	}
	for _, r := range rows {
		h := wordSet(r.Previous + " " + r.Text)
		if len(h) == 0 {
			continue
		}
		for i, s := range sets {
			if jaccard(h, s) >= 0.8 {
				t.Errorf("held-out %s is in the training data: %q ~ %q", r.ID, r.Text, train[i])
				break
			}
		}
	}
}

// The figures on the held-out split, rules and detector together.
// The floors are what was measured once on the final variant: they guard
// against regressions, they are not the targets.
func TestSafetyHeldOut(t *testing.T) {
	rows := readHeldOut(t)
	rules := scoreLevels(rows, safetyForTest(t).Check)
	both := scoreLevels(rows, productSafety(t).Check)
	t.Logf("held-out, rules alone:\n%s", rules)
	t.Logf("held-out, rules and detector:\n%s\n%s", both, strings.Join(both.misses, "\n"))
	// Measured once, 2026-12-02, on commit 94b711a: 155/184, 52/79, 21/172.
	// The round-2 variant (commit after 344a1ca) on the same split, which
	// it was no longer blind to: 154/184, 59/79, 20/172; these are now the
	// floors.
	if h, n := both.recall(knowledge.LevelEmergency, knowledge.LevelSameDay); h < 154 {
		t.Errorf("emergency and same-day recall %d/%d, below the 154/184 measured", h, n)
	}
	if h, n := both.recall(knowledge.SafetyCrisis); h < 59 {
		t.Errorf("crisis recall %d/%d, below the 59/79 measured", h, n)
	}
	if a, n := both.falseAlarms(); a > 20 {
		t.Errorf("false alarms %d/%d, above the 20/172 measured", a, n)
	}
}
