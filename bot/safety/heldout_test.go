package safety

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

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

// No held-out message is in what the detector trains on (the safety
// examples and the knowledge's example questions) or in the crisis probes
// the rules learnt from, word for word or nearly (the same words, 80% or
// more).
func TestSafetyHeldOutIsNotInTrainingData(t *testing.T) {
	t.Parallel() // tens of seconds under -race: run beside the other tests
	ex, ordinary, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var train []string
	for _, e := range ex {
		train = append(train, joined(e))
	}
	train = append(train, ordinary...)
	// The rules learnt from the crisis probes: a held-out message must not
	// be one of them either.
	for _, p := range crisisProbes {
		for _, r := range readHeldOut(t, p.path) {
			train = append(train, r.Text)
		}
	}
	sets := make([]map[string]bool, len(train))
	for i, s := range train {
		sets[i] = wordSet(s)
	}
	near := newNearIndex(sets)
	for _, split := range heldOutSplits {
		path := split.path
		rows := readHeldOut(t, path)
		if len(rows) < 400 {
			t.Errorf("%s has %d messages, want at least 400", path, len(rows))
		}
		for _, r := range rows {
			h := wordSet(r.Previous + " " + r.Text)
			if len(h) == 0 {
				continue
			}
			if i := near.find(h); i >= 0 {
				t.Errorf("%s: %s is in the training data: %q ~ %q", path, r.ID, r.Text, train[i])
			}
		}
	}
}

// checkedUnderRace reports the splits a -race binary checks: the newest
// eight and every eighth of the others.
func checkedUnderRace(i, n int) bool { return i >= n-8 || i%8 == 0 }

// The figures on each held-out split, rules and detector together.
// The splits run in parallel, and the rules alone are scored only for -v
// (measuring a split).
//
// Under -race each split costs about 6 s of one core and the splits were
// three quarters of bot/safety's time (300 of 396 s, nearing go test's
// 10 minutes), though they check no concurrency: that is
// TestSafetyIsSafeForConcurrentUse. So a -race binary checks the newest
// splits and every eighth older one (every fourth until 139 splits had
// taken the race pass to 422 s); without -race every split is checked
// (`go test ./bot/safety/`, which .ci/run runs after the race pass).
func TestSafetyHeldOut(t *testing.T) {
	productSafety(t) // train once, before the splits start
	for i, split := range heldOutSplits {
		if raceEnabled && !checkedUnderRace(i, len(heldOutSplits)) {
			continue
		}
		t.Run(strings.TrimSuffix(strings.TrimPrefix(split.path, "testdata/heldout-"), ".jsonl"), func(t *testing.T) {
			t.Parallel()
			rows := readHeldOut(t, split.path)
			if testing.Verbose() {
				t.Logf("%s, rules alone:\n%s", split.path, scoreLevels(rows, safetyForTest(t).Check))
			}
			both := scoreLevels(rows, productSafety(t).Check)
			t.Logf("%s, rules and detector:\n%s\n%s", split.path, both, strings.Join(both.misses, "\n"))
			if h, n := both.recall(knowledge.LevelEmergency, knowledge.LevelSameDay); h < split.urgent {
				t.Errorf("emergency and same-day recall %d/%d, below the %d measured", h, n, split.urgent)
			}
			if h, n := both.recall(knowledge.SafetyCrisis); h < split.crisis {
				t.Errorf("crisis recall %d/%d, below the %d measured", h, n, split.crisis)
			}
			if a, n := both.falseAlarms(); a > split.alarms {
				t.Errorf("false alarms %d/%d, above the %d measured", a, n, split.alarms)
			}
		})
	}
}
