package safety

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The detector's cross-validation: how it does on messages it was not
// trained on, as far as the training examples can tell. Each fold of the
// safety examples is checked by a detector trained, thresholds and all, on
// the other folds and the ordinary messages, exactly as NewDetector trains
// the bot's. It trains cvFolds detectors (8 to 11 minutes on a busy shared
// 2-core machine, 2 on a quiet one), so it runs only when asked:
//
//	BACKPAINBOT_SAFETY_CV=1 go test -run TestDetectorCrossValidation -v ./bot/safety/
//
// It measures; it asserts only that the folds cover every example. The
// held-out splits are never part of it.
const (
	cvFolds = 4
	cvSeed  = 20261202
)

func TestDetectorCrossValidation(t *testing.T) {
	if os.Getenv("BACKPAINBOT_SAFETY_CV") == "" {
		t.Skip("set BACKPAINBOT_SAFETY_CV=1 to cross-validate the detector (minutes)")
	}
	ex, msgs, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	rules := safetyForTest(t)
	ordinary := rules.Ordinary(msgs)
	fold := levelFolds(ex, cvFolds, cvSeed)
	var alone, both []levelRow
	var aloneGot, bothGot []string
	for k := range cvFolds {
		var train []knowledge.SafetyExample
		var test []int
		for i, e := range ex {
			if fold[i] == k {
				test = append(test, i)
			} else {
				train = append(train, e)
			}
		}
		d, err := NewDetector(train, ordinary, DetectorOptions{})
		if err != nil {
			t.Fatal(err)
		}
		check := rules.WithDetector(d)
		t.Logf("fold %d: %d test examples, thresholds %+v", k, len(test), d.cut)
		for _, i := range test {
			e := ex[i]
			row := levelRow{ID: e.File + ":" + strconv.Itoa(e.Line), Text: e.Text, Previous: e.Previous, Level: e.Level, Flag: e.Flag}
			alone, aloneGot = append(alone, row), append(aloneGot, detectorAlone(d, e))
			both, bothGot = append(both, row), append(bothGot, verdictLevel(check.Check(e.Text, e.Previous)))
		}
	}
	if len(alone) != len(ex) {
		t.Errorf("the folds checked %d examples of %d", len(alone), len(ex))
	}
	ra, rb := tally(alone, aloneGot), tally(both, bothGot)
	t.Logf("%d-fold cross-validation of the training examples, detector alone:\n%s%s", cvFolds, ra, noneAlarms(ra))
	t.Logf("%d-fold cross-validation of the training examples, rules and detector:\n%s%s", cvFolds, rb, noneAlarms(rb))
	if os.Getenv("BACKPAINBOT_SAFETY_CV_MISSES") != "" {
		for _, m := range ra.misses {
			t.Log(m)
		}
	}
}

// detectorAlone is the level the detector alone gives an example, read as
// the check reads it (a message that continues the one before, with it),
// confirmed by its nearest examples as the check confirms it.
func detectorAlone(d *Detector, e knowledge.SafetyExample) string {
	text := joined(e)
	if e.Previous != "" && !continues(e.Text) {
		text = e.Text
	}
	f := d.Read(text)
	if f.Level != knowledge.SafetyNone && !d.confirm(text, &f) {
		return knowledge.SafetyNone
	}
	return f.Level
}

// tally is scoreLevels for levels already decided.
func tally(rows []levelRow, got []string) levelReport {
	i := 0
	return scoreLevels(rows, func(text, previous string) Verdict {
		g := got[i]
		i++
		switch g {
		case knowledge.SafetyCrisis:
			return Verdict{Kind: VerdictCrisis}
		case knowledge.SafetySigns:
			return Verdict{Kind: VerdictSigns}
		case knowledge.SafetyNone:
			return Verdict{}
		}
		return Verdict{Kind: VerdictUrgent, Level: g}
	})
}

// noneAlarms is the false alarms among the "none" look-alikes alone.
func noneAlarms(r levelReport) string {
	var a, n int
	for got, c := range r.confusion[knowledge.SafetyNone] {
		n += c
		if alarming(got) {
			a += c
		}
	}
	return "false alarms on the none look-alikes " + strconv.Itoa(a) + "/" + strconv.Itoa(n) + "\n"
}

// levelFolds deals each level's examples round-robin into k folds after a
// seeded shuffle: every fold has every level in proportion.
func levelFolds(ex []knowledge.SafetyExample, k int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, 1))
	fold := make([]int, len(ex))
	for _, l := range knowledge.SafetyLevels {
		var idx []int
		for i, e := range ex {
			if e.Level == l {
				idx = append(idx, i)
			}
		}
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for j, i := range idx {
			fold[i] = j % k
		}
	}
	return fold
}
