package safety

import "testing"

// What v67's writers showed the rules: Punjabi, crises inside a booking
// or a joke taken half back, legs described, a fever with a weak leg,
// and look-alikes from a game, a film and a car park.
func TestSafetyHeldOutV67Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "burden, Punjabi", text: "main sab te bojh haan, kamar da dard kade nahi jaanda", want: VerdictCrisis},
		{name: "happier without me, Punjabi", text: "mere bina sab sukhi rehnge, eh kamar da dard", want: VerdictCrisis},
		{name: "not wake up, Punjabi", text: "kinniyan goliyan khaan ke subah na uthan?", want: VerdictCrisis},
		{name: "will sorted", text: "I won't be around after summer, I've sorted my will. deep tissue or normal?", want: VerdictCrisis},
		{name: "bannister", text: "the bannister's starting to look like a solution. jk. mostly", want: VerdictCrisis},
		{name: "legs borrowed", text: "my legs feel borrowed, slow to listen, back hurt since monday", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "neither leg takes weight", text: "since the massage neither of her legs will take her weight", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "not working downstairs", text: "since my back went on Thursday things don't work downstairs and the feeling there is less", want: VerdictUrgent, level: em, rule: "sexual-function"},
		{name: "fever and a weak leg", text: "shivery with a temp since tuesday, back agony, and today my right leg wont hold me up", want: VerdictUrgent, level: em, rule: "fever-and-weakness"},
		{name: "sat down on a step at 86", text: "Tad-cu (86) missed the bottom step and sort of sat down on it, back worse now", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "accident, Punjabi", text: "subah accident ho gaya, hun kamar da bura haal", want: VerdictUrgent, level: em, rule: "accident"},
		{name: "weight lost, Punjabi", text: "kamar dard 2 mahine ton, 7 kilo ghatt gaya bina koshish de", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "chai spilt", text: "aaj subah accident ho gaya, garam chai keyboard pe gir gayi, kamar mein moch", want: VerdictNone},
		{name: "a sim hit by a truck", text: "my sim got hit by a truck in the game lol, best chair for my back?", want: VerdictNone},
		{name: "car-park bump", text: "someone reversed into me in the car park at walking pace, back same old ache", want: VerdictNone},
		{name: "horror film shivers", text: "had the shivers all through the horror film and now my back aches from the sofa", want: VerdictNone},
		{name: "if you come off the bike", text: "if you come off the bike, what signs mean you've done your spine? none of us hurt", want: VerdictNone},
		// The review's narrowings of the day's phrases.
		{name: "borrowed a massage gun", text: "my legs hurt so I borrowed a massage gun from my sister", want: VerdictNone},
		{name: "gave in and booked", text: "my legs were sore so I gave in and booked a massage", want: VerdictNone},
		{name: "slow to move in the morning", text: "my legs are stiff and slow to move in the morning, back ache", want: VerdictNone},
		{name: "feeling there less sharp", text: "i had a knot in my back, the feeling there is less sharp after the massage", want: VerdictNone},
		{name: "house not right without me", text: "mere bina ghar theek nahi chalta, kamar dard phir bhi kaam", want: VerdictNone},
		{name: "couldn't get up this morning", text: "aaj subah na utha gaya kamar dard se", want: VerdictNone},
		{name: "everyone's load on me", text: "ghar ka sab ka bojh mere upar, kamar toot gayi", want: VerdictNone},
		{name: "came off at 60", text: "I came off my motorbike at 60 on the motorway, if you come off at that speed your back knows it", want: VerdictUrgent, level: em, rule: "major-trauma"},
	})
}
