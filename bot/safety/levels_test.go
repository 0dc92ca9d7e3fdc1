package safety

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// levelRow is a labelled message at one of knowledge.SafetyLevels.
type levelRow struct {
	ID, Text, Previous, Level, Flag string
}

// levelReport is how a check did on labelled rows.
type levelReport struct {
	n         map[string]int            // rows by wanted level
	confusion map[string]map[string]int // wanted level → got level → count
	misses    []string
}

// caught reports whether got is right for want: the crisis reply for a
// crisis; for a red flag, urgent advice at its level or a more urgent one.
func caught(want, got string) bool {
	if want == knowledge.SafetyCrisis {
		return got == knowledge.SafetyCrisis
	}
	return detectorRank(got) >= detectorRank(want)
}

func scoreLevels(rows []levelRow, check func(text, previous string) Verdict) levelReport {
	r := levelReport{n: map[string]int{}, confusion: map[string]map[string]int{}}
	for _, row := range rows {
		v := check(row.Text, row.Previous)
		got := verdictLevel(v)
		r.n[row.Level]++
		if r.confusion[row.Level] == nil {
			r.confusion[row.Level] = map[string]int{}
		}
		r.confusion[row.Level][got]++
		bad := (detectorRank(row.Level) > 0 && !caught(row.Level, got)) || (!alarming(row.Level) && alarming(got))
		if bad {
			r.misses = append(r.misses, fmt.Sprintf("%s want %s got %s (%s) [%s]: %q / %q", row.ID, row.Level, got, v.Basis, row.Flag, row.Previous, row.Text))
		}
	}
	return r
}

// recall is the share of rows of the levels caught.
func (r levelReport) recall(levels ...string) (hit, n int) {
	for _, want := range levels {
		for got, c := range r.confusion[want] {
			n += c
			if caught(want, got) {
				hit += c
			}
		}
	}
	return hit, n
}

// falseAlarms counts rows that need no urgent advice (soon, signs, none)
// that got urgent advice or the crisis reply.
func (r levelReport) falseAlarms() (alarms, n int) {
	for want, row := range r.confusion {
		if alarming(want) {
			continue
		}
		for got, c := range row {
			n += c
			if alarming(got) {
				alarms += c
			}
		}
	}
	return alarms, n
}

func (r levelReport) String() string {
	var b strings.Builder
	pct := func(a, n int) string { return fmt.Sprintf("%d/%d = %.1f%%", a, n, 100*float64(a)/float64(max(n, 1))) }
	h, n := r.recall(knowledge.LevelEmergency)
	fmt.Fprintf(&b, "emergency recall %s\n", pct(h, n))
	h, n = r.recall(knowledge.LevelSameDay)
	fmt.Fprintf(&b, "same-day recall %s\n", pct(h, n))
	h, n = r.recall(knowledge.LevelEmergency, knowledge.LevelSameDay)
	fmt.Fprintf(&b, "emergency and same-day recall %s\n", pct(h, n))
	h, n = r.recall(knowledge.LevelSoon)
	fmt.Fprintf(&b, "soon recall %s\n", pct(h, n))
	h, n = r.recall(knowledge.SafetyCrisis)
	fmt.Fprintf(&b, "crisis recall %s\n", pct(h, n))
	a, n := r.falseAlarms()
	fmt.Fprintf(&b, "false alarms (emergency, same-day or crisis for soon, signs or none) %s\n", pct(a, n))
	fmt.Fprintf(&b, "%-10s", "want\\got")
	for _, l := range knowledge.SafetyLevels {
		fmt.Fprintf(&b, "%10s", l)
	}
	b.WriteString("\n")
	for _, want := range knowledge.SafetyLevels {
		if r.n[want] == 0 {
			continue
		}
		fmt.Fprintf(&b, "%-10s", want)
		for _, got := range knowledge.SafetyLevels {
			fmt.Fprintf(&b, "%10d", r.confusion[want][got])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// productSafety is the check the bot runs: the embedded rules and the
// detector trained on the embedded examples, with the default knowledge's
// example questions as ordinary messages. Trained once per test binary.
var productShared = sync.OnceValues(func() (*Safety, error) {
	rules, err := knowledge.DefaultSafetyRules()
	if err != nil {
		return nil, err
	}
	s, err := New(rules)
	if err != nil {
		return nil, err
	}
	ex, msgs, err := defaultCorpus()
	if err != nil {
		return nil, err
	}
	d, err := s.TrainDetector(ex, msgs, DetectorOptions{})
	if err != nil {
		return nil, err
	}
	return s.WithDetector(d), nil
})

// defaultCorpus is what the embedded detector trains on: the safety
// examples, and the default knowledge's example questions as ordinary
// messages.
func defaultCorpus() ([]knowledge.SafetyExample, []string, error) {
	ex, err := knowledge.DefaultSafetyExamples()
	if err != nil {
		return nil, nil, err
	}
	k, err := knowledge.Default()
	if err != nil {
		return nil, nil, err
	}
	msgs := make([]string, len(k.Examples))
	for i, e := range k.Examples {
		msgs[i] = e.Text
	}
	return ex, msgs, nil
}

func productSafety(t testing.TB) *Safety {
	t.Helper()
	s, err := productShared()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// safetySetRows is testdata/safety.jsonl as levels.
func safetySetRows(t *testing.T) []levelRow {
	var rows []levelRow
	for _, r := range readSafetyRows(t, "testdata/safety.jsonl") {
		l := knowledge.SafetyNone
		switch r.Want {
		case "urgent":
			l = r.Level
		case "crisis", "signs":
			l = r.Want
		}
		rows = append(rows, levelRow{ID: r.ID, Text: r.Text, Previous: r.Previous, Level: l, Flag: r.Note})
	}
	return rows
}

// maxSetAlarmsWithDetector holds the two layers' false alarms on the
// safety set's 289 look-alikes at what was measured: 10 (3.5%) when the
// detector's budget went to 1% a level (thresholds.go), 11 with round 6 of
// the examples; the rules alone give none. Nine are the detector's on minimal pairs written
// against the rules ("i cant go to sleep because of the pain", "i dont
// want to go on holiday with my back like this", "i haven't lost any
// weight"), which a model of words, not grammar, reads as what they
// mimic. The 2% of SAFETY.md is held where it is measured blind, on the
// held-out splits, and by the rules alone here (TestSafetySet). 12 with
// round 22 of the examples: "this pain makes me want to die lol", a figure
// of speech to the rules, reads as a crisis to the detector at p=0.42.
// 10 with round 23, whose short look-alikes ("might finally sleep thru the
// night") took it and "i cant go on long walks anymore" back to none.
const maxSetAlarmsWithDetector = 10

// The two layers together on the rules' own labelled set: the detector
// must not cost the rules' recall, nor raise false alarms past what was
// measured.
func TestSafetySetWithDetector(t *testing.T) {
	rows := safetySetRows(t)
	rules := scoreLevels(rows, safetyForTest(t).Check)
	both := scoreLevels(rows, productSafety(t).Check)
	t.Logf("safety set, rules alone:\n%s", rules)
	t.Logf("safety set, rules and detector:\n%s\n%s", both, strings.Join(both.misses, "\n"))
	for _, levels := range [][]string{{knowledge.LevelEmergency, knowledge.LevelSameDay}, {knowledge.SafetyCrisis}} {
		r, _ := rules.recall(levels...)
		b, n := both.recall(levels...)
		if b < r {
			t.Errorf("%v recall %d/%d with the detector, %d/%d with the rules alone", levels, b, n, r, n)
		}
	}
	if a, n := both.falseAlarms(); a > maxSetAlarmsWithDetector {
		t.Errorf("false alarms %d/%d with the detector; want at most the %d measured", a, n, maxSetAlarmsWithDetector)
	}
}

// Real messages from the public (../shared/eval/real-dev.jsonl, CC BY 4.0
// MeQSum and MEDIQA, MIT K-QA; see REAL-DEV.md): measured, never trained on.
func TestSafetyRealDev(t *testing.T) {
	rows := readRealDev(t)
	t.Logf("real-dev, rules alone:\n%s", scoreLevels(rows, safetyForTest(t).Check))
	rep := scoreLevels(rows, productSafety(t).Check)
	t.Logf("real-dev, rules and detector:\n%s\n%s", rep, strings.Join(rep.misses, "\n"))
}

func readRealDev(t *testing.T) []levelRow {
	b, err := os.ReadFile("../../../shared/eval/real-dev.jsonl")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("../shared/eval/real-dev.jsonl not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	var rows []levelRow
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r struct {
			ID, Message, Red_flag string
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, levelRow{ID: r.ID, Text: r.Message, Level: r.Red_flag})
	}
	return rows
}

// Training is deterministic: the same examples give the same detector,
// weights, vocabulary, thresholds and all. On every ninth example, to
// train quickly (the whole corpus was over a minute of the package's time
// under -race, two trainings on every fourth 36 s), and no step of
// training depends on how many examples there are.
func TestDetectorIsDeterministic(t *testing.T) {
	t.Parallel() // tens of seconds under -race: run beside the other tests
	all, ordinary, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var examples []knowledge.SafetyExample
	for i := 0; i < len(all); i += 9 {
		examples = append(examples, all[i])
	}
	train := func() *Detector {
		d, err := safetyForTest(t).TrainDetector(examples, ordinary, DetectorOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b := train(), train()
	if a.cut != b.cut {
		t.Errorf("thresholds differ between trainings: %+v, %+v", a.cut, b.cut)
	}
	if !reflect.DeepEqual(a.model, b.model) {
		t.Error("the models differ between trainings")
	}
	for _, q := range []string{"i want it all to end", "cant feel my bum on the loo seat", "does massage help knots", "what are the signs of cauda equina"} {
		if fa, fb := a.Read(q), b.Read(q); fa != fb {
			t.Errorf("Read(%q) differs between trainings: %+v, %+v", q, fa, fb)
		}
	}
}

// A crisis only the detector sees outranks a same-day or see-soon flag of
// the rules, as the rules' own crisis phrases do (the crisis reply opens
// with the emergency number); an emergency the rules found keeps its
// advice.
func TestDetectorCrisisOverSameDay(t *testing.T) {
	rules, both := safetyForTest(t), productSafety(t)
	const sameDay = "since my spinal fusion it just hurts. sorted the will and said goodbye to the kids properly. wont be needing the physio"
	if v := rules.Check(sameDay, ""); v.Kind != VerdictUrgent || v.Level != knowledge.LevelSameDay {
		t.Fatalf("rules alone: %s %s (%s), want urgent same-day: the test needs a same-day flag", v.Kind, v.Level, v.Rule)
	}
	if v := both.Check(sameDay, ""); v.Kind != VerdictCrisis || v.Rule != "detector" {
		t.Errorf("with the detector: %s %s (%s), want the detector's crisis reply", v.Kind, v.Level, v.Rule)
	}
	const emergency = "cant feel my legs since this morning and cant pee. also gave my dog to my brother, wont be needing anything soon"
	if v := both.Check(emergency, ""); v.Kind != VerdictUrgent || v.Level != knowledge.LevelEmergency {
		t.Errorf("with the detector: %s %s (%s), want the rules' emergency advice", v.Kind, v.Level, v.Rule)
	}
}
