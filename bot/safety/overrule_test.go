package safety

import (
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The detector overrules a rule's red flag only in a message long enough
// to tell a story, where it is all but sure there is none.
func TestDetectorOverrulesRuleInStory(t *testing.T) {
	s := productSafety(t)
	rules := safetyForTest(t)
	for _, text := range []string{
		// From the spent held-out splits: false alarms of the rules.
		"My uncle had a heart attack last year which started as back pain, he's doing fine now thank God. My question is just how often is it ok to get a massage, weekly?",
		"at my nail salon we are so busy i cannot even go pee all day lol, bent over 10 hours, my back is tight. what stretches can i do between customers?",
		"doctor checked all the bladder and numbness stuff when I had the scan, said all clear, nothing sinister, just a bulging disc. how many massages is normal to see a difference?",
	} {
		if v := rules.Check(text, ""); v.Kind != VerdictUrgent {
			t.Fatalf("the rules alone no longer flag %q (%v): pick another false alarm", text, v.Kind)
		}
		v := s.Check(text, "")
		if v.Kind != VerdictSigns || !strings.Contains(v.Basis, "overruled by the detector") || v.Rule == "" {
			t.Errorf("%q: got %v %q (rule %q), want the warning signs, the rule named and overruled", text, v.Kind, v.Basis, v.Rule)
		}
	}
}

func TestDetectorNeverOverrulesPlainRedFlag(t *testing.T) {
	s := productSafety(t)
	for _, text := range []string{
		"saddle numbness + back pain, what do i do",
		"woke up and i cant feel my bum or between my legs, and i havent been able to pee since last night, back is killing me",
		"my dad fell off the ladder this morning, about 3 metres onto the patio, now his back is agony and his legs feel weak",
	} {
		if v := s.Check(text, ""); v.Kind != VerdictUrgent || strings.Contains(v.Basis, "overruled") {
			t.Errorf("%q: got %v (%s), want urgent advice", text, v.Kind, v.Basis)
		}
	}
}

func TestOverrulesOnlyRulesRedFlagInStory(t *testing.T) {
	s := productSafety(t)
	story := strings.Repeat("word ", overruleMinWords)
	urgent := Verdict{Kind: VerdictUrgent, Level: knowledge.LevelEmergency, Rule: "bladder"}
	sure := Finding{Level: knowledge.SafetyNone, Alarm: overruleBelow / 2}
	for _, c := range []struct {
		name string
		v    Verdict
		f    Finding
		text string
		want bool
	}{
		{"story", urgent, sure, story, true},
		{"same-day", Verdict{Kind: VerdictUrgent, Level: knowledge.LevelSameDay}, sure, story, true},
		{"one word short", urgent, sure, strings.Repeat("word ", overruleMinWords-1), false},
		{"too long to trust", urgent, sure, strings.Repeat("word ", overruleMaxWords+1), false},
		{"detector unsure", urgent, Finding{Alarm: overruleBelow}, story, false},
		{"crisis", Verdict{Kind: VerdictCrisis}, sure, story, false},
		{"previous message", Verdict{Kind: VerdictUrgent, Level: knowledge.LevelEmergency, FromPrevious: true}, sure, story, false},
		{"soon", Verdict{Kind: VerdictUrgent, Level: knowledge.LevelSoon}, sure, story, false},
	} {
		if got := s.overrules(c.v, c.f, c.text); got != c.want {
			t.Errorf("%s: overrules = %v, want %v", c.name, got, c.want)
		}
	}
}

// A laugh right after "I want to die" makes it a figure for the rules;
// said alone, the detector still reads it as the crisis it may be.
func TestLaughAloneLeavesCrisisToDetector(t *testing.T) {
	s := productSafety(t)
	for _, text := range []string{"i want to die lol", "i want to die lol. been thinking about it every night"} {
		if v := s.Check(text, ""); v.Kind != VerdictCrisis {
			t.Errorf("%q: got %v (%s), want the crisis reply", text, v.Kind, v.Basis)
		}
	}
}

// A crisis the detector is all but sure of takes the place of an emergency
// the rules read in the same message (an old crash told beside a goodbye);
// a plain emergency keeps its advice.
func TestSureCrisisReplacesRulesEmergency(t *testing.T) {
	s := productSafety(t)
	rules := safetyForTest(t)
	goodbye := "my uncle has had a bad back since his car accident last year, and this week he gave away his tools and his watch and told me he won't be needing them. he is not picking up his phone"
	if v := rules.Check(goodbye, ""); v.Kind != VerdictUrgent || v.Level != knowledge.LevelEmergency {
		t.Fatalf("the rules alone read %q as %v %s: pick a message they read as an emergency", goodbye, v.Kind, v.Level)
	}
	if v := s.Check(goodbye, ""); v.Kind != VerdictCrisis {
		t.Errorf("%q: got %v (%s), want the crisis reply", goodbye, v.Kind, v.Basis)
	}
	fall := "fell off a ladder this morning onto my back, can't feel my legs"
	if v := s.Check(fall, ""); v.Kind != VerdictUrgent || v.Level != knowledge.LevelEmergency {
		t.Errorf("%q: got %v %s (%s), want the emergency advice", fall, v.Kind, v.Level, v.Basis)
	}
}

// A goodbye told beside an old accident: the rules read the accident as
// major trauma, and the detector's crisis, fairly but not very sure,
// replaces the emergency advice, because major trauma yields to a crisis.
// An emergency of a rule that does not yield keeps its advice.
func TestCrisisReplacesYieldingEmergency(t *testing.T) {
	s := productSafety(t)
	text := "our lodger keeps saying she wants to go home in a coffin, she laughs when she says it. yesterday she gave me her coat and her phone, says she wont need them. her back very bad since the accident at work. what should i do"
	if v := safetyForTest(t).Check(text, ""); v.Rule != "major-trauma" {
		t.Fatalf("the rules read %q as %v (rule %q), want major trauma: pick another message", text, v.Kind, v.Rule)
	}
	f := s.detector.Read(text)
	if f.Level != knowledge.SafetyCrisis || f.P < crisisOverYielding || f.P >= crisisOverEmergency {
		t.Fatalf("the detector reads %q as %s at %.3f, want a crisis between %.2f and %.2f: pick another message", text, f.Level, f.P, crisisOverYielding, crisisOverEmergency)
	}
	if v := s.Check(text, ""); v.Kind != VerdictCrisis {
		t.Errorf("got %v (%s), want the crisis reply", v.Kind, v.Basis)
	}
	for rule, want := range map[string]float32{"major-trauma": crisisOverYielding, "bladder": crisisOverEmergency, "": crisisOverEmergency} {
		if got := s.crisisOver(Verdict{Kind: VerdictUrgent, Level: knowledge.LevelEmergency, Rule: rule}); got != want {
			t.Errorf("crisisOver(%q) = %.2f, want %.2f", rule, got, want)
		}
	}
}
