package safety

import "testing"

// What v90-v92's English writers showed the rules: new numbness in a leg
// told in the clause after the massage, legs "unplugged" or that "can't
// carry her", a fall off a roof into snow, a nurse's bladder scan, and
// crises told sideways; look-alikes (a fantasy team's "suicide", a phone
// game, badminton fever, no toilet breaks, sleepy after a massage); with
// the sentences the new phrases must not read.
func TestSafetyHeldOutV90Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "numb leg in the next clause", text: "got a massage today and the therapist was really pressing into my hip, now my left leg is numb from the knee down", want: VerdictUrgent, level: same, rule: "after-massage-numb-leg"},
		{name: "old numbness and a massage", text: "had a massage yesterday for my sciatica, my left leg has been numb for years", want: VerdictNone},
		{name: "sleepy after a massage", text: "Is it normal to feel sleepy and weak after massage? I slept on the table", want: VerdictNone},
		{name: "legs cannot carry her", text: "since yesterday her legs can't carry her, she needs us to help her stand", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "legs cannot carry the shopping", text: "my legs cannot carry the shopping up the stairs, back is stiff", want: VerdictNone},
		{name: "a bladder scan", text: "low back pain for 5 days, had a coworker bladder scan me and it was 700", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "practising bladder scans", text: "we practised bladder scanning on each other in skills lab today lol", want: VerdictNone},
		{name: "done with all of it", text: "I'm done trying to fix it, done with all of it.", want: VerdictCrisis},
		{name: "sick of waking up", text: "honestly sick of waking up", want: VerdictCrisis},
		{name: "sick of waking up early", text: "I'm sick of waking up at 5 for work, back is stiff", want: VerdictNone},
		{name: "a blade so the pain moves", text: "when my back pain gets too much I use a blade on my thigh so the pain moves somewhere else", want: VerdictCrisis},
		{name: "a blade to shave", text: "blade on my arm to shave it", want: VerdictNone},
		{name: "more from the insurance than alive", text: "my family get more from the insurance if I have an accident than from me alive", want: VerdictCrisis},
		{name: "no toilet when we want", text: "we cannot pee when we want at work, the supervisor only let us go at the break", want: VerdictNone},
		{name: "a fantasy team's suicide", text: "my fantasy football team is committing suicide this week lmao, back hurts from jumping off the couch", want: VerdictFigure},
		{name: "a phone game", text: "playing game on phone where the soldier get shot in the spine and cant walk lol. foam roller good?", want: VerdictNone},
		{name: "badminton fever", text: "badminton fever in our condo now lol, everyone's back is sore", want: VerdictNone},
	})
}
