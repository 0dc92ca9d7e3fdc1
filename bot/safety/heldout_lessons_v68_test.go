package safety

import "testing"

// What v68's writers showed the rules: crises told as a wish ("the sea
// should have taken me", a scrum that snaps the neck) or a client's last
// massage, bladder trouble in Kongish and learner English, a kidney
// infection with drowsiness, and look-alikes from games, TV and the news.
func TestSafetyHeldOutV68Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the sea should have taken me", text: "my brother drowned when we crossed, and sometimes I think the sea should have taken me also", want: VerdictCrisis},
		{name: "a client's last massage", text: "my regular lady told me 'this is my last massage, I sorted everything out, I won't need you next week'", want: VerdictCrisis},
		{name: "hope it snaps my neck", text: "in the scrum i hope it collapses and snaps my neck so i dont have to wake up with this back", want: VerdictCrisis},
		{name: "the chiro and my neck", text: "I hope the chiro doesn't snap my neck lol, back stiff", want: VerdictNone},
		{name: "nothing at the toilet", text: "Now pee problem come, I go to toilet and nothing, 10 hour already", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "can't pee, Kongish", text: "since last nite mm o dou niu, only few drips come, lower back ho tung", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "wet sheets, first time", text: "woke up this morning and the sheets were wet 😳 first time since i was a kid, im 40", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "sheets wet with sweat", text: "back aching all week and im waking up with the sheets soaked in sweat every night", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "kidney infection, drowsy", text: "mum has pain near the kidney, burning pee, fever, now very sleepy, hard to wake up", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "PUBG roof", text: "in PUBG my guy jumped from the roof and kept running haha, gaming chair help?", want: VerdictFigure},
		{name: "jelly after steps", text: "both legs like jelly after climbing 300 steps to the temple yesterday, today calves sore", want: VerdictNone},
		{name: "wobbly climbing into the bus", text: "he can't lift either foot high enough to climb into the bus, both legs wobbly, back pain 3 days", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "Eurovision fever", text: "got Eurovision fever, dancing every night and now my lower back is sore", want: VerdictNone},
		{name: "a fever brought home", text: "kid brought a fever home from daycare, back aching from carrying her", want: VerdictNone},
		{name: "the news says", text: "news say a worker fell from scaffolding today, so scary. I just have office back pain", want: VerdictNone},
		{name: "watching Fauda", text: "watching Fauda and a guy falls off a roof and just runs away lol", want: VerdictNone},
		{name: "if a client says", text: "if a client says their bum is numb after a massage is that dangerous? not me", want: VerdictSigns},
	})
}
