package safety

import "testing"

// What spent held-out splits from v52 on taught the rules. Each case is a
// message like the one missed, not the held-out message itself.

// Planning an exit is a crisis when it ends the clause ("kinda planning my
// exit tbh."), not when something follows it: "planning + exit + tbh|ngl"
// had read as "planning + exit", since fillers are skipped.
func TestSafetyPlanningAnExit(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "exit tbh", text: "kinda planning my exit tbh. sorting out my last bits", want: VerdictCrisis},
		{name: "exit from a company", text: "planning my exit from this company, the desk is killing my back. standing desk?", want: VerdictNone},
	})
}

// A unit after a number is not a word on its own ("10 kms" is not "kms"),
// but an unless that names one means it: legs that ache after "25km" of
// walking are a long walk's.
func TestSafetyUnlessNamesAUnit(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "25km walk", text: "both legs ache after walking 25km today, no numbness, just tired. back a bit stiff", want: VerdictNone},
		{name: "no distance", text: "both legs ache and go numb when I stand, back pain since yesterday", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "10 kms", text: "walked 10 kms yesterday and my back is sore", want: VerdictNone},
	})
}

// Held-out v52 (spent): a tram stepped in front of "if", how easy it would
// be to drive into a pillar, a cousin who uses a needle, a minibus that
// rolled; and the look-alikes it found: a knee-high fall, pain on the
// night shift that rest eases, self-harm ten years over, a comic's flop.
func TestSafetyHeldOutV52Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "if I step in front of the tram", text: "if i walk in front of the tram on monday at least work stops. anyway, stretches for a stiff back?", want: VerdictCrisis},
		{name: "how easy to drive into", text: "on the motorway i keep thinking how easy it would be to just steer into the barrier. my back is wrecked too", want: VerdictCrisis},
		{name: "uses a needle", text: "my brother uses a needle again and his back has been bad for three days, he feels hot", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "minibus rolled", text: "the team minibus overturned on the way home last night, my back is getting worse today", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "knee-high fall", text: "stepped off a knee high wall badly yesterday and landed on my bum, bit sore. ok to run?", want: VerdictNone},
		{name: "night shift, eased by rest", text: "back worse during night shifts lifting patients, fine once i rest at home. massage before work?", want: VerdictNone},
		{name: "self-harm years over", text: "i self harmed as a teenager, 12 years fine now. can a massage therapist work near the old scars?", want: VerdictNone},
		{name: "die on stage", text: "i wanted to die on stage when the mic cut out lol. my back is sore from the gig, heat or ice?", want: VerdictFigure},
	})
}
