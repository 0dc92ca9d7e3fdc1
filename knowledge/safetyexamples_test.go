package knowledge_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The corpus the detector learns from covers every red flag of SAFETY.md
// with at least 40 phrasings, and has at least as many look-alikes and
// signs questions as red flags and crisis messages (issue 10).
func TestDefaultSafetyExamplesCoverEveryRedFlag(t *testing.T) {
	ex, err := knowledge.DefaultSafetyExamples()
	if err != nil {
		t.Fatal(err)
	}
	byFlag := map[string]int{}
	byLevel := map[string]int{}
	for _, e := range ex {
		byLevel[e.Level]++
		if e.Level == knowledge.LevelEmergency || e.Level == knowledge.LevelSameDay || e.Level == knowledge.LevelSoon {
			byFlag[e.Flag]++
		}
	}
	for _, flag := range []string{
		"saddle-numbness", "bladder", "bowel", "sexual-function", "both-legs", "major-trauma", "chest-pain",
		"breathless", "belly-and-back", "faint-collapse", "fever", "fall-fragile", "one-leg-weakness",
		"weight-loss", "night-pain", "kidney", "cancer-history", "not-improving",
	} {
		if byFlag[flag] < 40 {
			t.Errorf("red flag %s has %d examples, want at least 40", flag, byFlag[flag])
		}
	}
	flagged := byLevel[knowledge.LevelEmergency] + byLevel[knowledge.LevelSameDay] + byLevel[knowledge.LevelSoon] + byLevel[knowledge.SafetyCrisis]
	if benign := byLevel[knowledge.SafetyNone] + byLevel[knowledge.SafetySigns]; benign < flagged {
		t.Errorf("%d look-alikes and signs questions for %d red flags and crises; want at least as many", benign, flagged)
	}
	t.Logf("%d examples: %v", len(ex), byLevel)
}

func TestLoadSafetyExamplesErrors(t *testing.T) {
	for _, tt := range []struct{ name, yaml, want string }{
		{"unknown level", "examples:\n  urgent:\n    x: [\"a\"]\n", "x.yaml:2: unknown level \"urgent\""},
		{"not a list", "examples:\n  emergency:\n    bladder: \"cant pee\"\n", "x.yaml:3: emergency/bladder must be a list"},
		{"empty message", "examples:\n  none:\n    x: [\"\"]\n", "x.yaml:3: none/x: empty message"},
		{"unknown field", "examples:\n  none:\n    x:\n      - {before: a, text: b}\n", "unknown field \"before\""},
		{"duplicate", "examples:\n  none:\n    x: [\"a\", \"A\"]\n", "the same message as line 3"},
		{"no examples", "examples: {}\n", "no examples"},
		{"alias", "a: &a [x]\nexamples: *a\n", "alias"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "x.yaml")
			if err := os.WriteFile(p, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := knowledge.LoadSafetyExamples(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want it to contain %q", err, tt.want)
			}
		})
	}
	ex, err := func() ([]knowledge.SafetyExample, error) {
		p := filepath.Join(t.TempDir(), "ok.yaml")
		os.WriteFile(p, []byte("examples:\n  same-day:\n    fall-fragile:\n      - previous: i slipped on the stairs\n        text: forgot to say i have osteoporosis\n"), 0o644)
		return knowledge.LoadSafetyExamples(p)
	}()
	if err != nil || len(ex) != 1 || ex[0].Previous != "i slipped on the stairs" || ex[0].Level != knowledge.LevelSameDay || ex[0].Line != 4 {
		t.Errorf("two-message example = %+v, %v", ex, err)
	}
}
