package safety

import "testing"

// What v69's writers showed the rules: Creole and Pidgin English, a
// blister strip taken whole, and falls in games, on the news, on TV and
// of cats, none of them the writer's.
func TestSafetyHeldOutV69Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the full patta", text: "took the full patta of the pain goli together like 1 hr back", want: VerdictCrisis},
		{name: "finish a person off", text: "how much panadol and cataflam togedda befor it does finish a person off", want: VerdictCrisis},
		{name: "cyah go on", text: "i cyah go on like dis. nobody could fix it. i done.", want: VerdictCrisis},
		{name: "urine no gree come", text: "since yesterday night urine no gree come out, my lower back pain start 4 days ago", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a hump forming", text: "my mudda back start bending over more and more, like a hump forming. she 70", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "between the shoulder blades, no cause", text: "pain between my shoulder blades since 10 days, didn't lift anything", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "a loft's roof collapsed", text: "the roof of me pigeon loft collapsed in the storm, not on me, but clearing it did me back in", want: VerdictNone},
		{name: "a cat off the shed", text: "cat got stuck on the shed roof, fell off and landed on her feet. strained me back with the ladder", want: VerdictNone},
		{name: "a dog's wee", text: "my dog is wobbly on her back legs and can't hold her wee sometimes, can I massage her?", want: VerdictNone},
		{name: "a grown man's wee", text: "my back, legs weak and I can't hold my wee since yesterday", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "saw on Telemundo", text: "saw on Telemundo a worker fell off scaffolding and broke his spine, im a roofer, massage?", want: VerdictNone},
		{name: "anyone watch last night", text: "anyone watch the novela last night? the guy fell off a roof and couldnt walk", want: VerdictNone},
		{name: "grandson's game", text: "grandson's game fella just fell off a roof and broke his back lol", want: VerdictNone},
		{name: "a kid's game is no story", text: "crapped my pants at the rink during my kid's game and didnt even feel it coming, back wrecked since tuesday", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "only three steps", text: "fell down stairs in our dormitory, only 3 steps, landed on my bum", want: VerdictNone},
		{name: "a grandmother's saying", text: "my grandmother always says if after a fall your bottom goes numb it is very dangerous. nobody has it", want: VerdictSigns},
		// The review's narrowings of v68's and v69's phrases.
		{name: "last massage was great", text: "my last massage was great, they sorted everything out for me", want: VerdictNone},
		{name: "a packet of biscuits", text: "ate the whole packet of biscuits together with the kids, back sore from the sofa", want: VerdictNone},
		{name: "bending over at work", text: "my job has me bending over more and more, lower back stiff", want: VerdictNone},
		{name: "wobbly after stairs, then numb", text: "both legs went wobbly after the stairs this morning and now they're numb and weak", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "off a roof onto my feet", text: "fell off the roof and landed on my feet, now my back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "anyone see my post", text: "anyone see my post last night? I can't feel my legs since this morning", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a player in the game", text: "in the rugby game a player fell on my back, now my legs are numb", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "the ladder's last step", text: "i fell off the last step of the ladder on sunday, landed on my feet but jarred my back", want: VerdictNone},
	})
}
