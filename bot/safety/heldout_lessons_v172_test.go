package safety

import "testing"

// Lessons from held-out v172 and v173 (spent), the two splits written
// after bd8b246 was frozen, fixed after both were measured: each miss the
// rules now read, with look-alikes that must stay ordinary.
func TestSafetyHeldOutV172Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a will made, the papers shown", text: "Gave the horse to my niece. Made my will and showed my daughter where the insurance papers are. Anyway, is a heat pad ok for a bad back?", want: VerdictCrisis, third: true}, // "my daughter" in the span is read as whom it is about (known)
		{name: "letters already written", text: "haha joke's on you all, I already wrote my letters out. anyway what stretch for lower back", want: VerdictCrisis},
		{name: "cutting again", text: "started cutting again after a year off, the back pain won't stop. can massage help at all", want: VerdictCrisis},
		{name: "tablets put aside each day", text: "I've been putting aside a couple of my sleeping tablets each night in a jar. just so they're there", want: VerdictCrisis},
		{name: "nearly two weeks, constant", text: "Pain right between my shoulder blades, nearly 2 weeks now, constant, no matter how I lie. Breathing fine.", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "no feeling of needing to go", text: "since Monday I don't get the feeling I need to go for a poo, it just comes. lower back is terrible", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "sciatica now in both legs", text: "sciatica was only in my left leg for weeks. since last night it's in both legs and I'm scared", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "the toilet's full", text: "the portaloo's full so I can't pee till the break, and standing on the site all day has done my back in", want: VerdictNone},
		{name: "fine by teatime", text: "legs were like jelly after the hill walk, fine by teatime, back still stiff. normal?", want: VerdictNone},
		{name: "sports day fever", text: "school sports day fever in our house, ran the dads' race and now my lower back's tight", want: VerdictNone},
	})
}

func TestSafetyHeldOutV173Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "where she's going she won't need it", text: "my aunt gave me her fur coat and said where she's going soon she won't need it. her back's been terrible for a year", want: VerdictCrisis, third: true},
		{name: "tablets from different chemists", text: "I think dad's getting tablets from two different chemists and hiding them. he's been so low since his back op", want: VerdictCrisis, third: true},
		{name: "a fever and mixing words", text: "my husband has pain in his side under the ribs and a high temperature, now he's mixing up his words", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "weak stream, pushing hard", text: "lower back gone since Friday and now my pee is coming out weak and I have to push hard", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "soiled and didn't know", text: "soiled my pants at work and didn't notice till I got home. back's been agony since the weekend", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "everything's dead after a shift", text: "feet dead, legs dead, everything dead after the double shift lol. any massage oil recommendations?", want: VerdictNone},
		{name: "jelly with excitement", text: "won the meat raffle and my legs went like jelly with the excitement! back stiff from the club chairs though", want: VerdictNone},
		{name: "gives you the chills", text: "that ghost story at the campfire would give you the chills, and the log seat has my back in bits", want: VerdictNone},
	})
}
