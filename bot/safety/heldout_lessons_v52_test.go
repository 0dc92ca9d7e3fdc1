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
