package safety

import (
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// crisisProbes is a development set for the crisis rules: messages written
// to the kinds of crisis the held-out splits kept missing (an overdose
// asked about in everyday words, hurting oneself to move the pain, means
// kept, a method named with a joke that is meant, plans told as logistics,
// goodbyes and things given away, passive wishes, someone else's words,
// burden, any of them in passing in a long message), 60 of each writer's
// 100, and 40 look-alikes in the same words ("this back is killing me",
// a shotgun kept for the foxes, a will made for a new baby). Eight writers
// with their own personas wrote them after held-out v116; the rules were
// tuned on them, so they are no measure, only a floor: what the rules
// learnt from them must not be lost. Their "flag" names the kind.
const crisisProbes = "testdata/crisis-probes-p1.jsonl"

// The floors, rules and detector together: c6aef08's, before the rules
// learnt from the probes.
const (
	probeCrisesCaught = 424
	probeAlarmsMost   = 41
)

func TestSafetyCrisisProbes(t *testing.T) {
	t.Parallel()
	rows := readHeldOut(t, crisisProbes)
	r := scoreLevels(rows, productSafety(t).Check)
	hit, n := r.recall(knowledge.SafetyCrisis)
	alarms, neg := r.falseAlarms()
	if n != 480 || neg != 320 {
		t.Fatalf("%s: %d crises and %d look-alikes, want 480 and 320", crisisProbes, n, neg)
	}
	if hit < probeCrisesCaught || alarms > probeAlarmsMost {
		t.Errorf("%s: %d/%d crises caught (floor %d), %d/%d look-alikes alarmed (at most %d)\n%s",
			crisisProbes, hit, n, probeCrisesCaught, alarms, neg, probeAlarmsMost, r)
	}
}
