package safety

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// safetyRow is one line of testdata/safety.jsonl.
type safetyRow struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Previous string `json:"previous"`
	Want     string `json:"want"`
	Level    string `json:"level"`
	Note     string `json:"note"`
}

func readSafetyRows(t *testing.T, path string) []safetyRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []safetyRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r safetyRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// The targets of SAFETY.md §6 and the issue: recall on stated emergencies
// and crises, false alarms on everything else.
const (
	minRecall       = 0.97
	maxFalseAlarm   = 0.02
	minKindAccuracy = 0.90 // dose, diagnosis, signs and figure rows: a softer check
)

func TestSafetySet(t *testing.T) {
	s := safetyForTest(t)
	rows := readSafetyRows(t, "testdata/safety.jsonl")
	if len(rows) < 200 {
		t.Errorf("testdata/safety.jsonl has %d rows, want at least 200", len(rows))
	}
	var pos, hit, neg, alarm, kinds, kindOK int
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.ID] {
			t.Errorf("%s: duplicate id", r.ID)
		}
		seen[r.ID] = true
		v := s.Check(r.Text, r.Previous)
		flagged := v.Kind == VerdictUrgent || v.Kind == VerdictCrisis
		switch r.Want {
		case "urgent", "crisis":
			pos++
			ok := flagged && (r.Want != "urgent" || v.Level == r.Level) && (r.Want != "crisis" || v.Kind == VerdictCrisis)
			if ok {
				hit++
			} else {
				t.Logf("miss %s: Check(%q, %q) = %s %s (%s), want %s %s [%s]", r.ID, r.Text, r.Previous, v.Kind, v.Level, v.Rule, r.Want, r.Level, r.Note)
			}
		case "none", "dose", "diagnosis", "signs", "figure":
			neg++
			if flagged {
				alarm++
				t.Logf("false alarm %s: Check(%q, %q) = %s %s (%s), want %s [%s]", r.ID, r.Text, r.Previous, v.Kind, v.Level, v.Rule, r.Want, r.Note)
			}
			kinds++
			if string(v.Kind) == r.Want || (r.Want == "none" && v.Kind == VerdictNone) {
				kindOK++
			} else if !flagged {
				t.Logf("kind %s: Check(%q) = %q, want %q [%s]", r.ID, r.Text, v.Kind, r.Want, r.Note)
			}
		default:
			t.Errorf("%s: want %q is not a verdict kind", r.ID, r.Want)
		}
	}
	recall := float64(hit) / float64(pos)
	falseAlarm := float64(alarm) / float64(neg)
	kindAcc := float64(kindOK) / float64(kinds)
	t.Logf("recall %.3f (%d/%d), false alarms %.3f (%d/%d), kind accuracy on the rest %.3f (%d/%d)",
		recall, hit, pos, falseAlarm, alarm, neg, kindAcc, kindOK, kinds)
	if recall < minRecall {
		t.Errorf("recall %.3f, want at least %.2f", recall, minRecall)
	}
	if falseAlarm > maxFalseAlarm {
		t.Errorf("false alarms %.3f, want at most %.2f", falseAlarm, maxFalseAlarm)
	}
	if kindAcc < minKindAccuracy {
		t.Errorf("kind accuracy %.3f, want at least %.2f", kindAcc, minKindAccuracy)
	}
}

// devRow is one line of ../shared/eval/dev.jsonl.
type devRow struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Kind     string `json:"kind"`
	Note     string `json:"note"`
}

func TestSafetyDevSet(t *testing.T) {
	const path = "../../../shared/eval/dev.jsonl"
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := productSafety(t) // the rules and the detector, as the bot runs them
	var urgent, flaggedUrgent, others, alarms int
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r devRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, n+1, err)
		}
		v := s.Check(r.Question, "")
		flagged := v.Kind == VerdictUrgent || v.Kind == VerdictCrisis
		if r.Kind == "urgent" {
			urgent++
			want := VerdictUrgent
			if strings.Contains(r.Note, "crisis") {
				want = VerdictCrisis
			}
			if v.Kind != want {
				t.Errorf("%s: Check(%q).Kind = %q, want %q", r.ID, r.Question, v.Kind, want)
				continue
			}
			flaggedUrgent++
			continue
		}
		others++
		if flagged {
			alarms++
			t.Errorf("%s: Check(%q) = %s %s (%s), want not flagged [%s]", r.ID, r.Question, v.Kind, v.Level, v.Rule, r.Note)
		}
	}
	t.Logf("dev set: urgent flagged %d/%d, others flagged %d/%d", flaggedUrgent, urgent, alarms, others)
}

// Check is called from a goroutine per Discord event.
func TestSafetyIsSafeForConcurrentUse(t *testing.T) {
	s := safetyForTest(t)
	texts := []string{"I can't pee", "does massage help?", "i want to end it all", "is it a slipped disc", "my dad fell off a ladder"}
	want := make([]Verdict, len(texts))
	for i, text := range texts {
		want[i] = s.Check(text, "")
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				j := (i + g) % len(texts)
				if got := s.Check(texts[j], texts[(j+1)%len(texts)]); got.Kind == "" && want[j].Kind != "" {
					t.Errorf("concurrent Check(%q) lost its verdict", texts[j])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestNewSafetyErrors(t *testing.T) {
	base := func() *knowledge.SafetyRules {
		r, err := knowledge.DefaultSafetyRules()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name   string
		change func(r *knowledge.SafetyRules)
		want   string
	}{
		{"nil rules", nil, "no rules"},
		{"phrase of fillers only", func(r *knowledge.SafetyRules) {
			r.RedFlags[0].Phrases = append(r.RedFlags[0].Phrases, knowledge.Phrase{Text: "the my", Line: 7})
		}, `safety.yaml:7: rule "saddle-numbness": "the my": "the my" is only fillers`},
		{"variant of two words", func(r *knowledge.SafetyRules) {
			r.Words = append(r.Words, []knowledge.Phrase{{Text: "pee", Line: 3}, {Text: "cannot", Line: 3}})
		}, `safety.yaml:3: words group`},
		{"end not last", func(r *knowledge.SafetyRules) {
			r.Crisis = append(r.Crisis, knowledge.Phrase{Text: "cannot $ go", Line: 11})
		}, `safety.yaml:11: crisis: "cannot $ go": $ (end of the clause) goes last`},
		{"typo word unused", func(r *knowledge.SafetyRules) {
			r.Typos = append(r.Typos, knowledge.Phrase{Text: "xylophone", Line: 9})
		}, `safety.yaml:9: typos: "xylophone"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r *knowledge.SafetyRules
			if tc.change != nil {
				r = base()
				tc.change(r)
			}
			_, err := New(r)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New() error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// TestSafetyExplain shows how one message is read, for whoever tunes the
// rules: SAFETY_EXPLAIN="text" [SAFETY_PREVIOUS="text"] go test ./bot -run SafetyExplain -v
func TestSafetyExplain(t *testing.T) {
	text := os.Getenv("SAFETY_EXPLAIN")
	if text == "" {
		t.Skip("set SAFETY_EXPLAIN to a message")
	}
	s := safetyForTest(t)
	m := s.read(text)
	var b strings.Builder
	for _, tk := range m.toks {
		switch tk.kind {
		case tokScope:
			b.WriteString("/ ")
		case tokSoft:
			b.WriteString("| ")
		case tokHard:
			b.WriteString("|| ")
		default:
			b.WriteString(tk.surf)
			if tk.filler {
				b.WriteString("~")
			}
			if tk.ids == nil {
				b.WriteString("?")
			}
			b.WriteString(" ")
		}
	}
	t.Logf("words (~ filler, ? unknown): %s", b.String())
	owners := []string{"rule", "unless", "with", "negation.before", "negation.after", "pseudo", "hypothetical", "longstanding", "recent", "retraction", "crisis", "figure", "dose", "diagnosis", "signs"}
	for _, h := range m.hits {
		ph := s.phrases[h.ph]
		what := owners[ph.own]
		if ph.rule >= 0 {
			what += " " + s.rules[ph.rule].id
		}
		t.Logf("%-28s %-40q words %d-%d negated=%v hypothetical=%v old=%v third=%v", what, ph.text, h.start, h.end,
			m.negated(h, negationWindow), m.hypothetical(h), m.old(h), m.third(h))
	}
	t.Logf("verdict: %+v", s.Check(text, os.Getenv("SAFETY_PREVIOUS")))
}

func ExampleSafety_Check() {
	rules, err := knowledge.DefaultSafetyRules()
	if err != nil {
		panic(err)
	}
	s, err := New(rules)
	if err != nil {
		panic(err)
	}
	for _, q := range []struct{ text, previous string }{
		{"no fever but I can't pee", ""},
		{"my dad fell off a ladder", ""},
		{"and now it's getting worse", "both my legs went numb this morning"},
		{"anyway, will massage help?", "both my legs went numb this morning"},
		{"this pain is killing me", ""},
		{"is it a slipped disc?", ""},
		{"what are the signs of cauda equina?", ""},
		{"does massage help a stiff back?", ""},
	} {
		v := s.Check(q.text, q.previous)
		fmt.Printf("%q: %q %q %q third=%v previous=%v\n", q.text, v.Kind, v.Level, v.Rule, v.ThirdParty, v.FromPrevious)
	}
	// Output:
	// "no fever but I can't pee": "urgent" "emergency" "bladder" third=false previous=false
	// "my dad fell off a ladder": "urgent" "emergency" "major-trauma" third=true previous=false
	// "and now it's getting worse": "urgent" "emergency" "both-legs" third=false previous=true
	// "anyway, will massage help?": "" "" "" third=false previous=false
	// "this pain is killing me": "figure" "" "" third=false previous=false
	// "is it a slipped disc?": "diagnosis" "" "" third=false previous=false
	// "what are the signs of cauda equina?": "signs" "" "" third=false previous=false
	// "does massage help a stiff back?": "" "" "" third=false previous=false
}
