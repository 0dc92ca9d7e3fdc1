package safety

import "testing"

// What v81's writers showed the rules: Lingala, Swahili, Andean Spanish
// and transliterated Russian red flags and crises, self-harm told as
// penance, an old lady who asks for all her pills at once; look-alikes
// (a dance's and a football cup's "fever", an overdose of pastries or
// series, a team's "suicide", a dog's IVDD); with the sentences the new
// phrases must not read.
func TestSafetyHeldOutV81Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "at 1 time", text: "wat happen if u take like 20 ibuprofin at 1 time?? asking for a frend", want: VerdictCrisis},
		{name: "not to wake again, Lingala", text: "Mbote. Ba comprimés boni ya tramadol moto akoki kozwa mpo alala mpe alamuka lisusu te?", want: VerdictCrisis},
		{name: "God take me, Lingala", text: "Nalembi na bomoi oyo. Butu nyonso nazo sambela Nzambe azwa ngai kaka.", want: VerdictCrisis},
		{name: "gave everything away, Swahili", text: "Mama yangu huko Lubumbashi amegawa vitu vyake vyote kwa majirani, hata cherehani yake.", want: VerdictCrisis, third: true},
		{name: "a step forward on the platform, es", text: "cuando espero el metro en el andén pienso que sería tan fácil dar un paso adelante y ya no tener que explicar nada", want: VerdictCrisis},
		{name: "a step forward at the gym, es", text: "es fácil dar un paso adelante en el gimnasio? me duele la espalda", want: VerdictNone},
		{name: "the cross into the arm", text: "When the back pain is very bad I press the edge of my crucifix into my arm until it bleeds.", want: VerdictCrisis},
		{name: "not wanting to live, ru", text: "ne hochu bolshe zhit s etoy spinoy. vsyo. ustal ot vsego", want: VerdictCrisis},
		{name: "all her pills at once", text: "every day she asks me to give her all her pills at once, she says she is ready to go", want: VerdictCrisis, third: true},
		{name: "all the tablets at once or spread", text: "should I give all the tablets at once or spread them through the day for my mum's back", want: VerdictNone},
		{name: "wish I hadn't woken at all", text: "Some mornings I lie there in the RV and wish I just hadn't woken up at all... anyway. My lower back is stiff", want: VerdictCrisis},
		{name: "wish I hadn't woken so early", text: "I wish I hadn't woken up so early, my back is stiff", want: VerdictNone},
		{name: "pinned by a forklift", text: "got pinned by a forklift at the warehouse, it crushed my lower back against the rack", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a door that swung", text: "the door swung and hit me in the back, bit sore", want: VerdictNone},
		{name: "a crash with the combi, es", text: "choqué con la combi en la Panamericana, me golpeé la espalda contra el fierro del asiento", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "both legs dead, Lingala", text: "Koko na ngai akoki kotelema te banda ntongo. Makolo nyonso mibale ekufi, azali koyoka pasi ya mokongo.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "dragging both legs", text: "Back pain started a few weeks ago and this week shes dragging both her legs and needs the walker", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "dragging both feet to work", text: "dragging both feet to work this morning lol back stiff", want: VerdictNone},
		{name: "only drops coming", text: "tryed to urinat all evening only drops coming, back is kiling me since the weekend. no fever", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a jolt on coughing, es", text: "desde hace 3 días cada vez que toso o estornudo me da un corrientazo en la espalda baja", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "more hunched than months ago", text: "my auntie's back looks more hunched than a few months ago, like it suddenly curved more", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "more hunched than I should", text: "I sit more hunched than I should at my desk, back aches", want: VerdictNone},
		{name: "a chest that presses, ru", text: "spina i grud davit, ne mogu normalno dyshat. 52 goda", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "fever of the caporales, es", text: "tengo la fiebre de los caporales, ensayo todos los días y los saltos me dejan la espalda baja adolorida", want: VerdictNone},
		{name: "fever of the CAN, fr", text: "Toute la famille a la fièvre de la CAN, j'ai sauté comme un fou au but et depuis le dos est coincé", want: VerdictNone},
		{name: "an overdose of pastries, es", text: "sobredosis de salteñas en el desayuno y después cargué las cajas, ahora me duele la espalda baja jaja", want: VerdictFigure},
		{name: "a team's suicide", text: "Žalgiris basically committed suicide in the 4th quarter, I jumped off the sofa shouting and my back went", want: VerdictFigure},
		{name: "a dog's IVDD", text: "Our doxie Pretzel is dragging his back legs and can't pee on his own. Vet says IVDD and he's on crate rest.", want: VerdictNone},
		{name: "numbness that always passes", text: "During sesshin I sit zazen for hours and my bum and feet go numb, but it always passes within a few minutes of walking meditation", want: VerdictNone},
	})
}
