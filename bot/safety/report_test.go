package safety

import (
	"os"
	"strconv"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The rules' figures on what they are tuned on: the written training
// examples and the spent held-out splits together, as a development set.
// Changes to the rules are judged on these before a new split is written;
// the figures in commit messages come from here. It measures, it asserts
// nothing, and it runs only when asked (the detector trains first):
//
//	BACKPAINBOT_SAFETY_REPORT=1 go test -run TestSafetyDevelopmentReport -v ./bot/safety/
func TestSafetyDevelopmentReport(t *testing.T) {
	if os.Getenv("BACKPAINBOT_SAFETY_REPORT") == "" {
		t.Skip("set BACKPAINBOT_SAFETY_REPORT=1 for the rules' figures on the training examples and spent splits")
	}
	ex, _, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var train, dev []levelRow
	for _, e := range ex {
		train = append(train, levelRow{ID: e.File + ":" + strconv.Itoa(e.Line), Text: e.Text, Previous: e.Previous, Level: e.Level, Flag: e.Flag})
	}
	for _, s := range heldOutSplits {
		dev = append(dev, readHeldOut(t, s.path)...)
	}
	rules := safetyForTest(t)
	for _, set := range []struct {
		name string
		rows []levelRow
	}{{"training examples", train}, {"spent held-out splits", dev}} {
		r := scoreLevels(set.rows, rules.Check)
		t.Logf("%s, rules alone: %s", set.name, r.summary())
	}
	both := scoreLevels(dev, productSafety(t).Check)
	t.Logf("spent held-out splits, rules and detector: %s", both.summary())
}

// summary is the three figures on one line.
func (r levelReport) summary() string {
	c, cn := r.recall(knowledge.SafetyCrisis)
	u, un := r.recall(knowledge.LevelEmergency, knowledge.LevelSameDay)
	a, an := r.falseAlarms()
	return "crises " + strconv.Itoa(c) + "/" + strconv.Itoa(cn) +
		", emergency and same-day " + strconv.Itoa(u) + "/" + strconv.Itoa(un) +
		", false alarms " + strconv.Itoa(a) + "/" + strconv.Itoa(an)
}
