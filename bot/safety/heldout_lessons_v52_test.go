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
