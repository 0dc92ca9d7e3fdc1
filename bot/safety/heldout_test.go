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

// The held-out splits, each written after the safety examples and the
// rules were frozen, by writers who never saw them, and measured once on
// the variant they were written for; never tuned on.
//   - v1: 435 messages by four writers after commit 375bf35 (the first
//     corpus). Its figures are now regression floors.
//   - v2: 457 messages (461 written, 4 dropped as near copies of training
//     text) by four new writers after commit 1047404 froze the second
//     round of examples, rules and detector settings.
//   - v3: 459 messages (464 written, 5 dropped as near copies of training
//     text) by four new writers after commit 0293834 froze the third
//     round of examples, rules and detector settings.
var heldOutSplits = []string{"testdata/heldout-v1.jsonl", "testdata/heldout-v2.jsonl", "testdata/heldout-v3.jsonl"}

func readHeldOut(t *testing.T, path string) []levelRow {
	f, err := os.Open(path)
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
			t.Fatalf("%s:%d: %v", path, n, err)
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
	for _, path := range heldOutSplits {
		rows := readHeldOut(t, path)
		if len(rows) < 400 {
			t.Errorf("%s has %d messages, want at least 400", path, len(rows))
		}
		for _, r := range rows {
			h := wordSet(r.Previous + " " + r.Text)
			if len(h) == 0 {
				continue
			}
			for i, s := range sets {
				if jaccard(h, s) >= 0.8 {
					t.Errorf("%s: %s is in the training data: %q ~ %q", path, r.ID, r.Text, train[i])
					break
				}
			}
		}
	}
}

// The figures on the held-out split, rules and detector together.
// The floors are what was measured once on the final variant: they guard
// against regressions, they are not the targets.
func TestSafetyHeldOut(t *testing.T) {
	rows := readHeldOut(t, heldOutSplits[0])
	rules := scoreLevels(rows, safetyForTest(t).Check)
	both := scoreLevels(rows, productSafety(t).Check)
	t.Logf("held-out, rules alone:\n%s", rules)
	t.Logf("held-out, rules and detector:\n%s\n%s", both, strings.Join(both.misses, "\n"))
	// Measured once, 2026-12-02, on commit 94b711a: 155/184, 52/79, 21/172.
	// Later variants on the same split, which they were no longer blind
	// to: round 2 (1047404) 154/184, 59/79, 20/172; round 3 (0293834)
	// 158/184, 57/79, 20/172, now the floors.
	if h, n := both.recall(knowledge.LevelEmergency, knowledge.LevelSameDay); h < 158 {
		t.Errorf("emergency and same-day recall %d/%d, below the 158/184 measured", h, n)
	}
	if h, n := both.recall(knowledge.SafetyCrisis); h < 57 {
		t.Errorf("crisis recall %d/%d, below the 57/79 measured", h, n)
	}
	if a, n := both.falseAlarms(); a > 20 {
		t.Errorf("false alarms %d/%d, above the 20/172 measured", a, n)
	}
}

// The second held-out split, measured once on the round-2 variant (commit
// 1047404). The floors are those figures: they guard against regressions.
func TestSafetyHeldOutV2(t *testing.T) {
	rows := readHeldOut(t, heldOutSplits[1])
	rules := scoreLevels(rows, safetyForTest(t).Check)
	both := scoreLevels(rows, productSafety(t).Check)
	t.Logf("held-out v2, rules alone:\n%s", rules)
	t.Logf("held-out v2, rules and detector:\n%s\n%s", both, strings.Join(both.misses, "\n"))
	// Measured once, 2026-12-02: 149/192, 66/87, 10/178 (rules alone:
	// 126/192, 29/87, 10/178). The round-3 variant (0293834), no longer
	// blind to it: 154/192, 61/87, 10/178, now the floors.
	if h, n := both.recall(knowledge.LevelEmergency, knowledge.LevelSameDay); h < 154 {
		t.Errorf("emergency and same-day recall %d/%d, below the 154/192 measured", h, n)
	}
	if h, n := both.recall(knowledge.SafetyCrisis); h < 61 {
		t.Errorf("crisis recall %d/%d, below the 61/87 measured", h, n)
	}
	if a, n := both.falseAlarms(); a > 10 {
		t.Errorf("false alarms %d/%d, above the 10/178 measured", a, n)
	}
}

// The third held-out split, measured once on the round-3 variant (commit
// 0293834).
func TestSafetyHeldOutV3(t *testing.T) {
	rows := readHeldOut(t, heldOutSplits[2])
	rules := scoreLevels(rows, safetyForTest(t).Check)
	both := scoreLevels(rows, productSafety(t).Check)
	t.Logf("held-out v3, rules alone:\n%s", rules)
	t.Logf("held-out v3, rules and detector:\n%s\n%s", both, strings.Join(both.misses, "\n"))
	// Measured once, 2026-12-02: 161/193, 62/87, 7/179 (rules alone:
	// 128/193, 24/87, 7/179).
	if h, n := both.recall(knowledge.LevelEmergency, knowledge.LevelSameDay); h < 161 {
		t.Errorf("emergency and same-day recall %d/%d, below the 161/193 measured", h, n)
	}
	if h, n := both.recall(knowledge.SafetyCrisis); h < 62 {
		t.Errorf("crisis recall %d/%d, below the 62/87 measured", h, n)
	}
	if a, n := both.falseAlarms(); a > 7 {
		t.Errorf("false alarms %d/%d, above the 7/179 measured", a, n)
	}
}
