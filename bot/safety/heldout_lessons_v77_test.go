package safety

import "testing"

// What v77's writers showed the rules: Luganda, Odia and Caribbean
// Spanish red flags and crises, a family "more easy without me", loose
// ends tied up "before"; with the sentences the new phrases must not read.
func TestSafetyHeldOutV77Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot pass urine, Luganda", text: "Nze omugongo gunuma nnyo, and ate since last night sisobola kufuka even when I push", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "the pee won't come, es", text: "mi pipí no sale desde anoche, tengo la barriga llena y dura y la cintura me está matando", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "numb round the privates, es", text: "fui al quiropráctico ayer, ahora tengo como dormido alrededor de mis partes y por dentro de los muslos", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "a motorbike over, es", text: "Se me viró el motor en la carretera y caí de espalda en el pavimento, me duele mucho la espalda", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a foot gone numb after a massage", text: "after that hot stone massage Saturday my left foot's gone numb on top and it's still numb now", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "a jolt on coughing", text: "Every time I cough or sneeze I get a terrible jolt in my lower back, started a week ago", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "more easy without me", text: "Now I have no job, my wife is working double. Sometimes I am thinking my family will be more easy without me.", want: VerdictCrisis},
		{name: "loose ends before", text: "gave my guitar and the cat to my sister, cleared out my flat. Feels good to tie up loose ends before.", want: VerdictCrisis},
		{name: "loose ends before the move", text: "cleared out my flat this week, feels good to tie up loose ends before the move", want: VerdictNone},
		{name: "enough or need more", text: "paracetmol 40 enough or need more? back pain 10 year I am done", want: VerdictCrisis},
		{name: "enough for the trip", text: "is ibuprofen 20 enough for the trip?", want: VerdictNone},
		{name: "not to wake again, es", text: "cuantas percocet hay que tomarse pa dormir y no despertar mas", want: VerdictCrisis},
		{name: "not to wake later, es", text: "no despertar más tarde de las 8, me duele la espalda", want: VerdictNone},
		{name: "better if I died, Odia", text: "Mu au sahi parunahi ei anta kasta. Mori gale bhala hanta.", want: VerdictCrisis},
		{name: "Puja fever", text: "Puja fever in our para, been carrying bamboo poles for the pandal all week, now my back is sore", want: VerdictNone},
		{name: "loukoumades", text: "overdosed on loukoumades at my name day haha, back is stiff", want: VerdictFigure},
		{name: "a boda crash on the news", text: "They said on NTV last night that a boda guy crashed and broke his spine. For me my back is just aching from riding", want: VerdictNone},
	})
}
