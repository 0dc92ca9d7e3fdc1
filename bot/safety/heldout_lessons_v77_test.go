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

// What v78's writers showed the rules: Central American Spanish,
// Portuguese and Galician red flags and crises, and look-alikes
// (a phone off a roof, a cat off a roof, a car hit with nobody in it);
// with the sentences the new phrases must not read.
func TestSafetyHeldOutV78Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the farm bus rolled, es", text: "Se volteó el bus de la finca esta mañana, la espalda me duele mucho", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "off the roof four metres, gl", text: "meu irmao caiu do tellado a arranjar as telhas, uns quatro metros, bateu com as costas no muro", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "a three-storey building, es", text: "vivo en un edificio de tres pisos y me duele la espalda", want: VerdictNone},
		{name: "walked five metres, es", text: "caminé 5 metros y me dolió la espalda", want: VerdictNone},
		{name: "a phone off the roof, es", text: "se me cayó el celular del techo mientras trabajaba jaja, ¿qué estiramientos sirven para techadores?", want: VerdictNone},
		{name: "a cat off the roof, pt", text: "minha gata caiu do telhado and now she can't jump, my back is killing me from these plastic chairs", want: VerdictFigure},
		{name: "both legs burning and asleep, es", text: "tengo siatica en las 2 piernas, antes solo era la izquierda, ahora las dos me queman y se me duermen", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "soiled without noticing, gl", text: "Onte caguei nos pantalóns e non me decatei. Levo unha semana coas costas fatais", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "a thin stream, pt", text: "o jato do xixi é um fiozinho desde ontem e a bexiga está cheia, mesmo depois. dor nas costas", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "took all the pills, es", text: "me tome todas las pastillas del dolor que me dieron en la clinica hace como una hora, toditas", want: VerdictCrisis},
		{name: "take all the pills with water, es", text: "tome todas las pastillas con agua dice el doctor", want: VerdictNone},
		{name: "under a trailer, es", text: "manejando de regreso a veces pienso en meterme debajo de un tráiler y ya. la espalda me tiene harto", want: VerdictCrisis},
		{name: "asking God to take her, pt", text: "a minha avó diz que já viveu demais e anda a pedir a Deus que a leve", want: VerdictCrisis, third: true},
		{name: "better without me they are", text: "better without me they are. the family. i am only the one on the sofa who costs money", want: VerdictCrisis},
		{name: "gravy on the shirt", text: "Had a likkle accident wid di curry goat gravy pon mi white shirt lol, mi back hurt from di dancing", want: VerdictNone},
		{name: "a car hit with nobody in it", text: "my car got hit in the Tesco car park while I was inside shopping, nobody in it. now my back aches from the plastic chair", want: VerdictNone},
		{name: "an overdose of Turkish soaps, es", text: "me di una sobredosis de novelas turcas todo el fin de semana y ahora me duele la espalda", want: VerdictFigure},
	})
}

// What v79's writers showed the rules: Cantonese and French crises, a
// friend's 3 a.m. apology, legs that "go where they want", a mum who
// cannot stand after a massage; with the sentences the new phrases must
// not read.
func TestSafetyHeldOutV79Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "not wanting to live, Cantonese", text: "ngo m seung wut lok heui la. tui na, kup gun, all useless", want: VerdictCrisis},
		{name: "to sleep for ever, fr", text: "tramadole combien de cachets pour dormir pour toujours", want: VerdictCrisis},
		{name: "better when I'm gone", text: "every night he says to me 'you will be better when I'm gone, you can marry again'", want: VerdictCrisis},
		{name: "easier when I'm gone for the weekend", text: "it'll be easier when I'm gone for the weekend, back sore", want: VerdictNone},
		{name: "tell everyone sorry", text: "my mate texted me 'tell everyone sorry, it's not their fault' at 3am and now his phone's off", want: VerdictCrisis},
		{name: "only small drops", text: "my back is paining. now 2 days I push push to pee and only small drops come", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "legs that go where they want", text: "the legs they go where they want. my husband walks like a baby learning, back pain since the car", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "neither leg will take her weight", text: "after the massage she can't stand up from the sofa, neither leg will take her weight", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "neither leg hurts", text: "neither leg hurts, I can stand fine, just my back", want: VerdictNone},
		{name: "a shower stool's legs", text: "The legs on my shower stool buckled this morning but I grabbed the rail and didn't fall, wrenched my back a bit", want: VerdictNone},
		{name: "a stage at 40 degrees", text: "stage temp was like 40 degrees under the lights, and today my lower back is tight", want: VerdictNone},
		{name: "vinyl fever", text: "caught a serious case of vinyl fever at the record fair, back is sore today from carrying crates", want: VerdictNone},
		{name: "latkes", text: "Overdosed on latkes and sufganiyot all Chanukah and now my back is aching", want: VerdictFigure},
	})
}

// What v80's writers showed the rules: overdose questions asked sideways
// ("would that do it", "in one time", "what dose is deadly"), a
// grandmother's hopelessness inside a thank-you, a last post with the dogs
// already gone, goodbyes relayed by a partner or a parent, yes-or-no
// questions about a sign; with the sentences the new phrases must not read.
func TestSafetyHeldOutV80Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "would that do it", text: "if someone took like 40 ibuprofin would that do it or just wreck there stomach", want: VerdictCrisis, third: true},
		{name: "in one time", text: "what happen if someone take 30 ibuprofene in one time? its for know", want: VerdictCrisis, third: true},
		{name: "a prescribed dose at one time", text: "my doctor said take 10 mg of amitriptyline at one time at night, is that ok with massage", want: VerdictDose},
		{name: "what dose is deadly", text: "wat dose of parasetamol is deadly for man 80 kg", want: VerdictCrisis},
		{name: "before it's game over", text: "a worker asked me how many of his naproxen it takes 'before it's game over'", want: VerdictCrisis, third: true},
		{name: "the point of me being here", text: "I don't see the point of me being here anymore, I am only pain for everybody. But yes heat before or after?", want: VerdictCrisis},
		{name: "the point of being here at 7am", text: "I have no intention of being here for the pain clinic again, don't see the point in being here at 7am", want: VerdictNone},
		{name: "the dogs already gone", text: "probably my last post here. thanks to the folks who helped with my back questions this winter. my dogs already went to my cousin's team. take care of yourselves", want: VerdictCrisis},
		{name: "the dogs at the kennels", text: "the dogs already went to the kennels for our holiday, my back is sore from packing", want: VerdictNone},
		{name: "fine without me, he says", text: "He only says 'you will be fine without me'. Which massage can I do for his back?", want: VerdictCrisis},
		{name: "fine without me for the weekend", text: "you'll be fine without me for the weekend, my husband says, but my back hurts", want: VerdictNone},
		{name: "in the car in the garage", text: "I keep ending up sitting in the car in the garage at night with the door shut thinking about not going back in.", want: VerdictCrisis},
		{name: "not going back in to work", text: "thinking about not going back in to work tomorrow, back is wrecked", want: VerdictNone},
		{name: "barely anything comes out", text: "no temperature or anything like that, but since yesterday I'm going to the loo every hour and barely anything comes out, like it's stuck, and my lower back is agony", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "hit a wall at 40", text: "daughter was in the back of her mate's car when they hit a wall at about 40. she walked away from it and says her back's just stiff", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "an accident this morning, fr", text: "J'ai eu un accident ce matin, i cant stand straight. Massage or i wait few days?", want: VerdictUrgent, level: em, rule: "accident"},
		{name: "an accident in his pants, fr", text: "mon fils de 3 ans a eu un accident dans sa culotte au supermarché, j'ai senti mon dos coincer", want: VerdictNone},
		{name: "a hump growing fast", text: "my mother's back is getting a hump very fast, last 3 months she is more and more bent, and pain", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "the MDT crashed", text: "The MDT in the truck crashed for the third time today and I spent 20 mins hunched over it rebooting. Neck and shoulders now tight as a drum.", want: VerdictNone},
		{name: "a student who fainted and is fine", text: "One of my students fainted in the lab yesterday, low blood sugar, the paramedics checked her and she's fine. Unrelated: I'm the one with the back pain.", want: VerdictNone},
		{name: "a numb bum that goes when he stands", text: "he gets a numb bum after 6 hours on the PS5 but it goes the second he stands up. Is his gaming chair bad for his back?", want: VerdictNone},
		{name: "Formula 1 fever", text: "whole Baku has Formula 1 fever this week, I'm driving taxi 14 hours a day, what can I do in the car between clients?", want: VerdictNone},
		{name: "is a fever a worry, just curious", text: "is a fever with back pain something to worry about? just curious, no fever here", want: VerdictSigns},
		{name: "is it dangerous, it's me", text: "is numbness in both legs dangerous? it's happening to me right now", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "is sciatica a slipped disc", text: "is sciatica the same thing as a slipped disc?", want: VerdictNone},
	})
}
