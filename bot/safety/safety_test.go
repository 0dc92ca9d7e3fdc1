package safety

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

// The shipped rules compile in a few milliseconds; the result is immutable,
// so the tests share one.
var safetyShared = sync.OnceValues(func() (*Safety, error) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		return nil, err
	}
	return New(r)
})

func safetyRulesForTest(t testing.TB) *knowledge.SafetyRules {
	t.Helper()
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func safetyForTest(t testing.TB) *Safety {
	t.Helper()
	s, err := safetyShared()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// safetyCase is one row of a table: the message, the previous message, and
// what the check must say. Level and Rule are compared only when set.
type safetyCase struct {
	name     string
	text     string
	previous string
	want     VerdictKind
	level    string
	rule     string
	third    bool
}

func runSafetyCases(t *testing.T, cases []safetyCase) {
	t.Helper()
	s := safetyForTest(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := s.Check(tc.text, tc.previous)
			if v.Kind != tc.want {
				t.Fatalf("Check(%q, %q).Kind = %q (rule %q), want %q", tc.text, tc.previous, v.Kind, v.Rule, tc.want)
			}
			if tc.level != "" && v.Level != tc.level {
				t.Errorf("Check(%q, %q).Level = %q (rule %q), want %q", tc.text, tc.previous, v.Level, v.Rule, tc.level)
			}
			if tc.rule != "" && v.Rule != tc.rule {
				t.Errorf("Check(%q, %q).Rule = %q, want %q", tc.text, tc.previous, v.Rule, tc.rule)
			}
			if v.ThirdParty != tc.third {
				t.Errorf("Check(%q, %q).ThirdParty = %v, want %v", tc.text, tc.previous, v.ThirdParty, tc.third)
			}
		})
	}
}

const (
	em   = knowledge.LevelEmergency
	same = knowledge.LevelSameDay
	soon = knowledge.LevelSoon
)

// SAFETY.md §5: match the symptom first, then negation, with a limited scope.
func TestSafetyNegation(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "no numbness", text: "no numbness in my legs, just a sore back", want: VerdictNone},
		{name: "dont have fever", text: "I don't have a fever, my back is just stiff", want: VerdictNone},
		{name: "list of negations", text: "no numbness or bladder problems, just a sore back from moving house", want: VerdictNone},
		{name: "without", text: "back pain without any numbness or tingling", want: VerdictNone},
		{name: "never", text: "never had cancer, just a bad back", want: VerdictNone},
		{name: "negation after", text: "the numbness in my groin has gone, back still sore", want: VerdictNone},
		{name: "inherently negative cant pee", text: "I can't pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "inherently negative cannot feel bum", text: "cannot feel my bum", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "inherently negative bladder control", text: "I can't control my bladder", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "scope ends at but", text: "no fever but I can't pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "scope ends at comma", text: "no fever, both legs numb", want: VerdictUrgent, level: em},
		{name: "scope ends at and my", text: "no fever and my legs are numb", want: VerdictUrgent, level: em},
		{name: "negative phrase after a negation", text: "no fever and I can't feel my legs", want: VerdictUrgent, level: em},
		{name: "uncertainty is not negation", text: "not sure if I can feel it when I wipe, back is bad", want: VerdictUrgent, level: em},
		{name: "no joke is not negation", text: "no joke my legs gave way twice today", want: VerdictUrgent, level: em},
		{name: "wont go away is not gone", text: "numbness around my bum that won't go away", want: VerdictUrgent, level: em},
		// A new line ends a sentence, and so a negation's scope (the
		// answering code passes new lines through).
		{name: "new line ends no fever", text: "no fever\nboth legs numb", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "new line ends nothing wrong", text: "nothing wrong with my bladder\nmy bum is numb", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "crlf ends no fever", text: "no fever\r\nboth legs numb", want: VerdictUrgent, level: em},
		{name: "negation on the same line", text: "no fever, no numbness in my legs", want: VerdictNone},
		// "not been able" is "cannot" however the "not" is written.
		{name: "havent been able", text: "i havent been able to pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "have not been able", text: "i have not been able to pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "hasnt been able", text: "he hasn't been able to pee since lunch", want: VerdictUrgent, level: em, rule: "bladder", third: true},
		{name: "wasnt able", text: "wasn't able to pee this morning", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "been able is fine", text: "i've been able to pee fine, just worried about my back", want: VerdictNone},
	})
}

// Review 2026-11: phrases that are the start of harmless expressions, and
// the mechanisms that keep them apart (particles, "+" and "$").
func TestSafetyPhraseAnchors(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		// "cannot go on" keeps its "on", and needs the clause to end or a
		// word that makes it serious.
		{name: "cant go to work", text: "i cant go to work because of my back", want: VerdictNone},
		{name: "cant go to the gym", text: "cant go to the gym, will massage help?", want: VerdictNone},
		{name: "cant go to sleep", text: "i cant go to sleep because of the pain", want: VerdictNone},
		{name: "couldnt go for a run", text: "couldnt go for my run today", want: VerdictNone},
		{name: "cant go on long walks", text: "i cant go on long walks anymore because of my back", want: VerdictNone},
		{name: "dont want to go on holiday", text: "i dont want to go on holiday with my back like this", want: VerdictNone},
		{name: "cant go on", text: "i can't go on.", want: VerdictCrisis},
		{name: "cant go on like this", text: "i cant go on like this", want: VerdictCrisis},
		{name: "cant go on anymore", text: "i cant go on anymore with this pain", want: VerdictCrisis},
		{name: "no point going on", text: "theres no point going on with this pain", want: VerdictCrisis},
		// "take all my pills" needs a plan or a moment.
		{name: "take all meds routine", text: "i take all my meds in the morning", want: VerdictNone},
		{name: "take all tablets on holiday", text: "i'm going to take all my tablets with me on holiday", want: VerdictNone},
		{name: "thinking of taking all", text: "thinking of taking all my pills tonight", want: VerdictCrisis},
		// "od on" needs a drug.
		{name: "od on coffee", text: "i od on coffee", want: VerdictNone},
		{name: "od on codeine", text: "gonna od on codeine", want: VerdictCrisis},
		// "+": "end + it all" is not "the end of it all".
		{name: "end of it all", text: "at the end of it all my back still hurts", want: VerdictNone},
		{name: "end it all", text: "i just want to end it all", want: VerdictCrisis},
		// Diagnosis: "is it" directly before a condition; a body part only
		// when it ends the question.
		{name: "is it normal for my muscles", text: "is it normal for my muscles to be sore after a massage", want: VerdictNone},
		{name: "is it the muscles that", text: "is it the muscles that massage helps", want: VerdictNone},
		{name: "is it a muscle", text: "is it a muscle?", want: VerdictDiagnosis},
		{name: "disc or muscle", text: "is it my disc or a muscle", want: VerdictDiagnosis},
		// Particles named by a phrase: "slip on" is a fall, "slipped a
		// disc" is not.
		{name: "slipped on ice with osteoporosis", text: "i have osteoporosis and slipped on ice, back pain", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "slipped a disc at 72", text: "im 72 and slipped a disc", want: VerdictNone},
	})
}

// Review 2026-11: missed red flags and crises, and whose they are.
func TestSafetyReview202611(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "numb when wiping", text: "numb when i wipe", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "no sensation peeing", text: "no sensation when i pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cant feel peeing", text: "i cant feel when im peeing", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "nothing comes out", text: "i need to pee but nothing comes out", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "wont come out", text: "pee wont come out", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cannot poo with back pain", text: "havent been able to poo for days and back pain", want: VerdictUrgent, level: em, rule: "bowel-retention"},
		{name: "cannot poo on codeine", text: "haven't been able to poo since starting codeine, back hurts", want: VerdictNone},
		{name: "both feet numb", text: "my feet are both numb", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "cant lift feet", text: "i cant lift my feet", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs dead", text: "legs both went dead", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs dead weight", text: "my legs are dead weight", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs dead after leg day", text: "legs are dead after leg day, will a massage help", want: VerdictNone},
		{name: "cant feel feet", text: "i can't feel my feet", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "dad cant feel his", text: "i can feel my legs but my dad cant feel his", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "overdose taken", text: "i took 20 paracetamol an hour ago", want: VerdictCrisis},
		{name: "overdose taken co-codamol", text: "took 30 co-codamol tablets tonight", want: VerdictCrisis},
		{name: "ordinary dose taken", text: "took 2 paracetamol an hour ago, can i get a massage", want: VerdictNone},
		{name: "life not worth it", text: "life isn't worth it with this pain", want: VerdictCrisis},
		{name: "done with life", text: "i'm done with life", want: VerdictCrisis},
		{name: "done with back pain", text: "done with this back pain, what stretches actually work?", want: VerdictNone},
		{name: "might as well end it", text: "i might as well end it", want: VerdictCrisis},
		{name: "sleep and not wake up", text: "i wish i could just go to sleep and not wake up", want: VerdictCrisis},
		{name: "not wake up with pain", text: "i just want to sleep and not wake up with back pain", want: VerdictNone},
		{name: "no one would care", text: "no one would care if i was gone", want: VerdictCrisis},
		{name: "stop feeling anything", text: "how many tramadol until i stop feeling anything", want: VerdictCrisis},
		{name: "80 year old mum", text: "my 80 year old mum fell over", want: VerdictUrgent, level: same, rule: "fragility-fracture", third: true},
		{name: "wakes every night", text: "pain wakes me up every night", want: VerdictUrgent, level: same, rule: "night-pain"},
		{name: "baby wakes every night", text: "my baby wakes me up every night and my back hurts", want: VerdictNone},
		{name: "what can i take", text: "what can i take for back pain", want: VerdictDose},
		{name: "what should i take", text: "what should i take for the pain", want: VerdictDose},
	})
}

// The whole of a long Discord message is read: 4,000 characters can be
// far more bytes, and the red flag may be in the last sentence.
func TestSafetyLongMessage(t *testing.T) {
	s := safetyForTest(t)
	para := "I’ve worked at the warehouse for six years and my lower back’s always been a bit stiff after long shifts. " +
		"I’d like to know whether a proper massage is worth the money, and what kind I’d ask for. "
	var b strings.Builder
	for b.Len() < 3900*3/2 {
		b.WriteString(para)
	}
	story := []rune(b.String())
	end := " Now I can’t pee."
	text := string(story[:4000-len([]rune(end))]) + end
	if n := len([]rune(text)); n != 4000 || len(text) <= 4000 {
		t.Fatalf("test message: %d characters, %d bytes; want 4,000 characters in more than 4,000 bytes", n, len(text))
	}
	if v := s.Check(text, ""); v.Kind != VerdictUrgent || v.Level != em {
		t.Errorf("Check(4,000 characters ending %q) = %s %s, want urgent emergency", end, v.Kind, v.Level)
	}
	// Past the cap nothing is read: the cap bounds the work.
	long := strings.Repeat("my back is stiff. ", (maxInputBytes/18)+1) + "I can't pee."
	if v := s.Check(long, ""); v.Kind != VerdictNone {
		t.Errorf("Check(red flag after %d bytes) = %s, want none (past the cap)", maxInputBytes, v.Kind)
	}
}

// Third parties escalate, worded for them.
func TestSafetyThirdParty(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "dad legs", text: "my dad can't feel his legs", want: VerdictUrgent, level: em, third: true},
		{name: "mum bladder", text: "my mum wet herself and her back is agony", want: VerdictUrgent, level: em, third: true},
		{name: "friend ladder", text: "my friend fell off a ladder and hurt his back", want: VerdictUrgent, level: em, third: true},
		{name: "he fever", text: "he has a fever and his back hurts", want: VerdictUrgent, level: same, third: true},
		{name: "first person told by dad", text: "my dad says I should ask: I can't feel my legs", want: VerdictUrgent, level: em},
		{name: "family history is not a red flag", text: "my mum had breast cancer, does massage help my back?", want: VerdictNone},
		{name: "their cancer history", text: "my dad had prostate cancer and now his back hurts", want: VerdictUrgent, level: soon, third: true},
		{name: "crisis for a friend", text: "my friend wants to kill himself", want: VerdictCrisis, third: true},
		// A fever is a red flag beside back pain in the same person: someone
		// else's fever beside the writer's own sore back is not one.
		{name: "their fever, my back", text: "my son has a fever and my back is stiff from sleeping in his chair", want: VerdictNone},
		{name: "their fever, my back from lifting", text: "Husband's laid up with the flu and a fever so I do the chores. My back is done in.", want: VerdictNone},
		{name: "their fever, their back", text: "my son has a fever and his back hurts, mine too", want: VerdictUrgent, level: same, third: true},
		{name: "their back by name", text: "my roommate's back has been hurting for 2 days and now she has a fever", want: VerdictUrgent, level: same, third: true},
		{name: "their back pain, then mine", text: "mum has back pain and a fever. my back is sore from lifting her", want: VerdictUrgent, level: same, third: true},
		{name: "my fever, my back", text: "i have a fever and my back hurts", want: VerdictUrgent, level: same},
	})
	s := safetyForTest(t)
	v := s.Check("my dad can't feel his legs", "")
	if !strings.Contains(v.Advice, "Help them") {
		t.Errorf("third-party advice = %q, want it worded for them (\"Help them ...\")", v.Advice)
	}
}

// Questions about warning signs get the signs, not an alarm.
func TestSafetyInformational(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "signs of CES", text: "what are the signs of cauda equina?", want: VerdictSigns},
		{name: "when emergency", text: "when is back pain an emergency?", want: VerdictSigns},
		{name: "what if", text: "what if I can't pee, is that serious?", want: VerdictSigns},
		{name: "hypothetical massage", text: "can massage cause numbness in your bum?", want: VerdictSigns},
		{name: "signs then a report", text: "what are the signs of cauda equina, I can't pee since yesterday", want: VerdictUrgent, level: em},
		{name: "when to see a doctor is an ordinary question", text: "when should I see a doctor about my back pain?", want: VerdictNone},
		// A sign asked about after it is named, in the same clause.
		{name: "asked about after", text: "Is numbness in the saddle area a warning sign?", want: VerdictSigns},
		{name: "asked about after, dangerous sign", text: "is numbness in the saddle area a dangerous sign? asking in general", want: VerdictSigns},
		{name: "own symptom asked about", text: "Is numbness in my saddle area a warning sign?", want: VerdictUrgent, level: em},
		{name: "told, then asked about", text: "can't feel my bum when I wipe, is that a red flag?", want: VerdictUrgent, level: em},
		{name: "what a term means", text: "what is 'saddle anesthesia'? the doctor on TV said it", want: VerdictSigns},
		{name: "what my symptom is", text: "what is this numbness in my saddle area?", want: VerdictUrgent, level: em},
		// Red flags the message says are not the writer's.
		{name: "named, not mine", text: "Does numbness in both legs with back pain mean A&E? I don't have it, our health group was arguing", want: VerdictSigns},
		{name: "named, never had it", text: "is a fever with back pain something to worry about? never had it myself", want: VerdictSigns},
		{name: "mine, and not it", text: "I can't feel my legs since this morning. I don't have it in my arms", want: VerdictUrgent, level: em},
		{name: "never had it this bad", text: "numbness in both legs since this morning, never had it this bad", want: VerdictUrgent, level: em},
	})
}

// A red flag said a moment ago carries over to a message that continues
// it; a new, unrelated question gets its own answer (issue 10).
func TestSafetyPreviousMessage(t *testing.T) {
	s := safetyForTest(t)
	const legs = "both my legs went numb this morning"
	cases := []struct {
		name, text, previous string
		want                 Verdict
	}{
		{"continues: started", "it started yesterday actually", legs,
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "both-legs", FromPrevious: true}},
		{"continues: and now", "and now it's spreading to my feet", legs,
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "both-legs", FromPrevious: true}},
		{"continues: short", "is that bad?", legs,
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "both-legs", FromPrevious: true}},
		{"unrelated question", "whats the best mattress for a bad back?", legs, Verdict{}},
		{"continues: a measure", "about eight foot i think. he says it's just his back", "Husband's just fallen off the shed roof",
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "major-trauma", ThirdParty: true, FromPrevious: true}},
		{"about something new", "about massage, how often should I go for my back?", legs, Verdict{}},
		{"maybe a new question", "maybe a massage would help my back?", legs, Verdict{}},
		{"anyway starts anew", "anyway, will massage help?", legs, Verdict{}},
		{"crisis then continues", "i mean it, i'm serious", "i want to end it all",
			Verdict{Kind: VerdictCrisis, Rule: "crisis", FromPrevious: true}},
		{"crisis then unrelated", "what stretches help with a stiff lower back?", "i want to end it all", Verdict{}},
		{"current is more urgent", "I can't pee now either", "my back hurts and I have a fever",
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "bladder"}},
		{"previous more urgent than current", "I also have a fever", "I can't feel my legs",
			Verdict{Kind: VerdictUrgent, Level: em, Rule: "both-legs", FromPrevious: true}},
		{"taken back", "jk lol, does massage help?", "I can't feel my legs",
			Verdict{}},
		{"negated now", "sorry, I meant no bladder problems at all. does massage help?", "I've got bladder problems and back pain",
			Verdict{}},
		{"nothing before", "does massage help?", "", Verdict{}},
		// A combination split across the two messages.
		{"fall then osteoporosis", "i have osteoporosis, will a massage help?", "i fell over yesterday",
			Verdict{Kind: VerdictUrgent, Level: same, Rule: "fragility-fracture", FromPrevious: true}},
		{"osteoporosis then fall", "i slipped on the stairs this morning", "I have osteoporosis",
			Verdict{Kind: VerdictUrgent, Level: same, Rule: "fragility-fracture", FromPrevious: true}},
		{"fall taken back", "jk, i have osteoporosis though, will massage help?", "i fell over yesterday",
			Verdict{}},
		{"signal alone before", "will a massage help?", "i fell over yesterday", Verdict{}},
		{"ordinary before", "does massage help?", "my back is stiff", Verdict{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := s.Check(tc.text, tc.previous)
			if (v.Kind == VerdictUrgent || v.Kind == VerdictCrisis) && !strings.HasPrefix(v.Basis, "rule "+v.Rule) {
				t.Errorf("Check(%q, %q).Basis = %q; want the rule %s", tc.text, tc.previous, v.Basis, v.Rule)
			}
			v.Advice, v.Why, v.Notice, v.Symptoms, v.Basis = "", "", "", nil, ""
			if diff := cmp.Diff(tc.want, v); diff != "" {
				t.Errorf("Check(%q, %q) mismatch (-want +got):\n%s", tc.text, tc.previous, diff)
			}
		})
	}
}

// Crisis, figures of speech, doses and diagnoses.
func TestSafetyCrisisAndRefusals(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "end it all", text: "i want to end it all", want: VerdictCrisis},
		{name: "dont want to live", text: "my back pain is so bad I don't want to live anymore", want: VerdictCrisis},
		{name: "kms", text: "kms", want: VerdictCrisis},
		{name: "kms lol", text: "this back pain kms lol", want: VerdictCrisis},
		{name: "overdose question", text: "how many pills would be too many", want: VerdictCrisis},
		{name: "not suicidal", text: "I'm not suicidal, just frustrated with my back", want: VerdictNone},
		{name: "no one would care", text: "no one would care if I killed myself", want: VerdictCrisis},
		{name: "pain killing me", text: "this pain is killing me", want: VerdictFigure},
		{name: "kill me now lol", text: "kill me now lol", want: VerdictFigure},
		{name: "makes me want to die lol", text: "this pain makes me want to die lol", want: VerdictFigure},
		{name: "hurt myself lifting", text: "I think I hurt myself lifting boxes", want: VerdictNone},
		{name: "dose mg", text: "how many mg of ibuprofen can I take", want: VerdictDose},
		{name: "dose combination", text: "can I take tramadol with naproxen", want: VerdictDose},
		{name: "drug choice", text: "which painkiller is best", want: VerdictDose},
		{name: "natural painkillers are not a dose", text: "does massage release natural painkillers", want: VerdictNone},
		{name: "slipped disc", text: "is it a slipped disc?", want: VerdictDiagnosis},
		{name: "sciatica", text: "do I have sciatica?", want: VerdictDiagnosis},
		{name: "statement of a diagnosis", text: "I have a herniated disc, should I get a massage?", want: VerdictNone},
		{name: "causes in general", text: "what usually causes back pain in the first place", want: VerdictNone},
		{name: "urgent beats dose", text: "how much ibuprofen can I take, I can't pee", want: VerdictUrgent, level: em},
		{name: "crisis beats urgent", text: "I can't feel my legs and I want to die", want: VerdictCrisis},
		// Found on the spent held-out splits (2026-12).
		{name: "whole pack of a brand name", text: "took a whole pack of panadol about an hour ago", want: VerdictCrisis},
		{name: "a plan with a day", text: "whats the point. ending it this weekend. already decided", want: VerdictCrisis},
		{name: "not around by a date", text: "what's even the point of fixing my back. i don't plan on being around by summer", want: VerdictCrisis},
		{name: "in portuguese", text: "quero morrer, não aguento mais essa dor nas costas", want: VerdictCrisis},
		{name: "brand-name dose question", text: "how much tylenol can i take for my back", want: VerdictDose},
	})
}

func TestSafetyWording(t *testing.T) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	w := r.Wording
	bare111 := regexp.MustCompile(`(^|[^0-9])111([^0-9]|$)`)
	for name, text := range map[string]string{
		"emergency": w.Emergency, "emergency_third_party": w.EmergencyThirdParty,
		"same_day": w.SameDay, "same_day_third_party": w.SameDayThirdParty,
		"soon": w.Soon, "soon_third_party": w.SoonThirdParty,
		"crisis": w.Crisis, "crisis_third_party": w.CrisisThirdParty,
		"dose": w.Dose, "diagnosis": w.Diagnosis, "signs": w.Signs, "figure": w.Figure,
	} {
		for _, loc := range bare111.FindAllStringIndex(text, -1) {
			if !strings.HasSuffix(text[:loc[0]+1], "NHS ") && !strings.HasSuffix(text[:loc[0]], "NHS ") {
				t.Errorf("wording %s has a bare 111: %q", name, text)
			}
		}
	}
	for name, text := range map[string]string{"emergency": w.Emergency, "emergency_third_party": w.EmergencyThirdParty, "crisis": w.Crisis, "signs": w.Signs} {
		for _, want := range []string{"emergency number", "911", "999", "112", "000"} {
			if !strings.Contains(text, want) {
				t.Errorf("wording %s lacks %q: %q", name, want, text)
			}
		}
	}
	if !strings.Contains(w.Emergency, "Don't drive yourself") || !strings.Contains(w.Emergency, "emergency department") {
		t.Errorf("emergency wording must say go to an emergency department and don't drive yourself: %q", w.Emergency)
	}
	// Crisis: emergency number first, then the helplines, then someone you trust.
	for _, text := range []string{w.Crisis, w.CrisisThirdParty} {
		order := []string{"emergency number", "https://findahelpline.com", "988", "Samaritans 116 123", "someone you trust", "server moderator"}
		last := -1
		for _, s := range order {
			i := strings.Index(text, s)
			if i < 0 || i < last {
				t.Errorf("crisis wording: %q missing or out of order (want %q): %q", s, order, text)
				break
			}
			last = i
		}
		for _, banned := range []string{"mg", "pill", "tablet", "dose", "lethal", "method"} {
			if strings.Contains(strings.ToLower(text), banned) {
				t.Errorf("crisis wording mentions %q: %q", banned, text)
			}
		}
	}
	for name, text := range map[string]string{"dose": w.Dose, "diagnosis": w.Diagnosis} {
		if !strings.Contains(text, "can't") || !strings.Contains(text, "doctor") {
			t.Errorf("%s wording must say the bot can't and a doctor can: %q", name, text)
		}
	}
	if !strings.Contains(w.Dose, "pharmacist") {
		t.Errorf("dose wording must name a pharmacist: %q", w.Dose)
	}
	if !strings.Contains(w.Signs, "If you have any of these, call") {
		t.Errorf("signs wording lacks the \"if you have these, call...\" line: %q", w.Signs)
	}
	if strings.HasPrefix(w.Signs, "This could be serious") {
		t.Errorf("signs wording must not open with an alarm: %q", w.Signs)
	}
	// Every verdict carries the text of its kind.
	s := safetyForTest(t)
	for _, tc := range []struct {
		text string
		want func(Verdict) string
		exp  string
	}{
		{"I can't pee", func(v Verdict) string { return v.Advice }, w.Emergency},
		{"my dad can't pee", func(v Verdict) string { return v.Advice }, w.EmergencyThirdParty},
		{"back pain and a fever", func(v Verdict) string { return v.Advice }, w.SameDay},
		{"i want to die", func(v Verdict) string { return v.Advice }, w.Crisis},
		{"how many mg of ibuprofen", func(v Verdict) string { return v.Notice }, w.Dose},
		{"is it a slipped disc", func(v Verdict) string { return v.Notice }, w.Diagnosis},
		{"what are the signs of cauda equina", func(v Verdict) string { return v.Notice }, w.Signs},
		{"this pain is killing me", func(v Verdict) string { return v.Notice }, w.Figure},
	} {
		v := s.Check(tc.text, "")
		if got := tc.want(v); got != tc.exp {
			t.Errorf("Check(%q) text = %q, want %q", tc.text, got, tc.exp)
		}
	}
	if v := s.Check("I can't pee", ""); v.Why == "" {
		t.Errorf("Check(%q).Why is empty", "I can't pee")
	}
}
