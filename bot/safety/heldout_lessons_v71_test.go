package safety

import "testing"

// What v71's writers showed the rules: messages wholly in Swahili, which
// they had read only a few words of, Haitian Kreyol, and legs described
// as wood.
func TestSafetyHeldOutV71Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "bought a rope, Swahili", text: "leo ameniambia ashanunua kamba na amekuwa akiomba msamaha kwa kila mtu", want: VerdictCrisis},
		{name: "won't need these things, Swahili", text: "nimegawa redio yangu, sitahitaji vitu hizi tena. mgongo imeshinda madaktari", want: VerdictCrisis},
		{name: "sleep and not wake, Swahili", text: "sioni sababu ya kuamka tena. ningependa tu nilale nisiamke", want: VerdictCrisis},
		{name: "swallowed all the pills, Swahili", text: "nilimeza vidonge vyote za mgongo za mathe kama saa moja iliyopita", want: VerdictCrisis},
		{name: "don't want to live, Kreyol", text: "do m fè m mal chak jou, m pa vle viv ankò konsa", want: VerdictCrisis},
		{name: "both legs heavy, Swahili", text: "tangu hapo miguu zote mbili ziko nzito na hazina nguvu, mgongo unauma", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "can't hold urine, Swahili", text: "kiuno kinauma sana tangu jana na sasa siwezi kujizuia mkojo", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "numb bottom, Swahili", text: "mgongo imekuwa mbaya wiki hii na makalio yamekufa ganzi", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "chest tight, Swahili", text: "kifua inabana kama mtu amekalia, inaenda mgongo na mkono wa kushoto", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "weight lost, Swahili", text: "nimepunguza kilo nane kwa miezi mbili bila kujaribu, mgongo inauma", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "a lump on the spine, Swahili", text: "kuna uvimbe kwa uti wa mgongo ambao haukuwepo mwezi uliopita", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "spinal cord is not a UTI", text: "mtu akipata ajali, ni dalili gani zinaonyesha uti wa mgongo umeumia?", want: VerdictNone},
		{name: "legs like wood", text: "the back is hurting 3 days and now both my legs are like two wooden legs", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a table's wooden legs", text: "two legs of the table are wooden, my back hurts from carrying it", want: VerdictNone},
		// The review's narrowings of the Swahili phrases.
		{name: "legs have strength, Swahili", text: "miguu yote mbili ina nguvu, ni mgongo tu unauma", want: VerdictNone},
		{name: "won't need anything else, Swahili", text: "sitahitaji kitu tena, asante sana, mgongo ni bora", want: VerdictNone},
		{name: "today's pills, Swahili", text: "nimekunywa vidonge vyote vya leo, mgongo bado unauma", want: VerdictNone},
	})
}
