package safety

import "testing"

// What v70's writers showed the rules: a family "better without me" (in
// words many spent splits had used, caught until now by the detector
// alone), means kept "just in case I decide", a lake, Scots, a clinic in
// Switzerland, a patient's prayer, and look-alikes from a mine and a
// fan park.
func TestSafetyHeldOutV70Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "manage better without me", text: "I've started to feel my family would manage better without me around", want: VerdictCrisis},
		{name: "just a cost", text: "I'm just a cost to them now with this back", want: VerdictCrisis},
		{name: "in case I decide", text: "I keep a rope in my locker now, just in case I decide", want: VerdictCrisis},
		{name: "walk into the lake", text: "if the MRI says surgery again im just gonna walk into the lake 🙃 jk. mostly.", want: VerdictCrisis},
		{name: "walked into the lake", text: "I walked into the lake to cool off after the run, back stiff", want: VerdictNone},
		{name: "waitin tae die", text: "Ah'm just waitin tae die noo hen. Widnae mind if it came the night.", want: VerdictCrisis},
		{name: "an overdoes", text: "wat is the amount of paracetomol that wud be an overdoes for an old man", want: VerdictCrisis},
		{name: "a clinic in Switzerland", text: "Been reading up on that clinic in Switzerland. Would rather go on my own terms.", want: VerdictCrisis},
		{name: "pray for me to die", text: "my patient said 'pray for me to die soon, I already said goodbye to my sons'", want: VerdictCrisis},
		{name: "clean since an overdose", text: "6 years clean since my overdose. new job stocking shelves and my back is complaining", want: VerdictFigure},
		{name: "only a dribble", text: "keep going to the loo and only a dribble comes out, feels full all the time, lower back burning", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "down both legs, over two messages", previous: "My husband has had sciatica down his right leg for a month", text: "now the left leg has gone the same, pins and needles right down both", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "hot like a fever", text: "underground it's hot like a fever in the stope, 38 degrees, stiff back", want: VerdictNone},
		{name: "Bafana fever", text: "Bafana fever is real this week, standing at the fan park for hours, lower back stiff", want: VerdictNone},
		{name: "carted off on TV", text: "watching the game and that RB got carted off, couldnt feel his legs. my own back is just stiff", want: VerdictNone},
		{name: "stretchered off, my son", text: "Son's 17, got stretchered off at the rugby after a big tackle, landed on his neck and back", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "when is back pain with a fever serious", text: "When is back pain with a high temperature something to worry about? Asking for the course, not for me", want: VerdictSigns},
		// The review's narrowings of the phrases above.
		{name: "a voucher in case I decide", text: "I'll keep the voucher in case I decide to book another one, back is better", want: VerdictNone},
		{name: "in case I decide I'm done", text: "been keeping them in a drawer. just in case i decide i'm done", want: VerdictCrisis},
		{name: "a clinic in Zurich", text: "booked at the clinic in Zurich for my disc replacement, back agony", want: VerdictNone},
		{name: "leave work on my own terms", text: "I want to leave work on my own terms, back is bad", want: VerdictNone},
		{name: "pray for me to go through", text: "please pray for me to go through the surgery ok", want: VerdictNone},
		{name: "wouldn't mind if it came sooner", text: "wouldnt mind if it came sooner, the physio appointment", want: VerdictNone},
		{name: "down both arms", text: "pins and needles down both arms after sleeping funny, upper back stiff", want: VerdictNone},
	})
}
