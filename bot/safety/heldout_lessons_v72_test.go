package safety

import "testing"

// What v72's writers showed the rules: a rifle in the truck at night, a
// girlfriend giving things away, a side-by-side rolled over, Urdu and
// Somali words, and hobbies' and shows' fevers.
func TestSafetyHeldOutV72Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the 30-06 in the truck", text: "Some nights I sit out in the truck with the 30-06 a good while before I come in the house", want: VerdictCrisis},
		{name: "a rifle for the deer", text: "sat in the truck with my rifle all morning waiting on a buck, back's stiff", want: VerdictNone},
		{name: "gave the guitar away", text: "today she gave her sister her guitar and said we would all be better off without her", want: VerdictCrisis, third: true},
		{name: "shift was suicide", text: "that shift was suicide, six residents on two-person hoists. my back is wrecked", want: VerdictFigure},
		{name: "no pee, Urdu", text: "kal raat se peshab nahi aya, not a drop since last night, and back so bad", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "numb between the cheeks", text: "the numbness is not only in the leg now, its in my bum cheeks and between them too", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "side by side rolled", text: "rolled the side by side checkin cows, it flipped over me. back's real sore", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "blood and nodding off", text: "pain in my side under my ribs at the back, peein blood, and I'm so sleepy I nodded off at a red light", want: VerdictUrgent, level: em, rule: "kidney-and-confusion"},
		{name: "Maya is a name", text: "my daughter Maya has numb legs since her fall off the trampoline yesterday", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "every day is suicidal", text: "every day is suicidal with this back, I mean it", want: VerdictCrisis},
		{name: "elk fever", text: "elk fever's got me bad, been huntin every weekend. back's sore from packin meat", want: VerdictNone},
		{name: "a hospital series", text: "My wife watches hospital series, tonight some man lost control of his bladder. my back is just stiff", want: VerdictNone},
		{name: "anxious in school toilets", text: "can't pee in the school toilets cos of anxiety lol, been like that forever. my back hurts from the stools", want: VerdictNone},
		{name: "his cousin's back", text: "the new guy said his cousin's back snapped playing footy and he can't walk now. mine's sore from PE", want: VerdictNone},
	})
}
