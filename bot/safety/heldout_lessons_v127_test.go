package safety

import "testing"

// Lessons from the held-out splits v127 onwards, each spent once measured:
// the words of its misses, and look-alikes the fixes must not read.

func TestSafetyHeldOutV127Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "scratches I do at night", text: "Also the scratches on my arms are getting worse, I do it at night when the pain keeps me awake, my bf hasn't noticed yet.", want: VerdictCrisis},
		{name: "bramble scratches", text: "the scratches on my arms are from the brambles, i do it every year clearing the back hedge and my lower back hates it", want: VerdictNone},
		{name: "thanking the bus driver", text: "if a bus took me out tomorrow I'd honestly thank the driver. genuinely. anyway best stretches for lower back?", want: VerdictCrisis},
		{name: "a bus to work", text: "if the bus took me all the way to work I'd thank the driver, that 20 min walk kills my back", want: VerdictNone},
		{name: "the rest with a blade", text: "funny thing is the back pain's the only pain I dont choose. the rest I do myself with a blade once the kids are asleep.", want: VerdictCrisis},
		{name: "a barber's razor", text: "get a fade at the barbers every month but the rest I do myself with a razor, leaning over the sink does my back in", want: VerdictNone},
		{name: "a mother more bent", text: "My mother's back became much more bent in the last two months, she is shorter, her dresses are now long on her.", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "lightning when she coughs", text: "my friend's back pain shoots like lightning every time she coughs or sneezes, and she's got a cold so that's constantly", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "sciatica on a cough", text: "nerve pain shoots down my right leg every time i cough lol, strength fine. typical disc stuff?", want: VerdictNone},
		{name: "a tree at speed, helmet cracked", text: "clipped a tree at speed in the glades yesterday, back first, helmet cracked. woke up today and theres a massive bruise right on the spine", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a suicidal single", text: "called a suicidal single in the vets match, dived for the crease and jarred my back. what sort of massage for that?", want: VerdictFigure},
		{name: "an X Games replay", text: "watching the X Games replay, that rider who crashed on big air and couldnt feel his legs, horrible. anyway is foam rolling the lower back a bad idea?", want: VerdictNone},
		{name: "a dad watching the Olympics", text: "we were watching the olympics and my dad said he suddenly cant feel his legs, he's 70", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "a fever for powder", text: "got a serious fever for powder this week, cant stop refreshing the snow report, my lower back gets sore on chairlifts", want: VerdictNone},
		{name: "a potty-training accident", text: "potty training my 3 year old, he had a accident on the bus and I had to carry him the whole way home, now my back sore", want: VerdictNone},
		{name: "a toddler down the stairs", text: "potty training is going fine but yesterday he fell down the whole flight of stairs and landed on his back, he won't stand up for me", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
	})
}
