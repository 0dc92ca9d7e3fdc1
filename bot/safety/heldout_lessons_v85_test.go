package safety

import "testing"

// What v85's writers showed the rules: Tok Pisin, Bislama and Pijin,
// Tetum and Kelantan Malay red flags and crises, a rope kept "like plan
// B"; look-alikes (shivering after night fishing, a fall on the TV news);
// with the sentences the new phrases must not read.
func TestSafetyHeldOutV85Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "kill myself, Tok Pisin", text: "mi laik kilim mi yet. pen i bikpela tumas", want: VerdictCrisis},
		{name: "not wanting life, Bislama", text: "Mi no wantem laef moa. Evri dei pen nomo. Mi ting se bae mi finisim laef blong mi long wik ia.", want: VerdictCrisis},
		{name: "not wanting to wake, Bislama", text: "Mi wantem slip nomo mo mi no wantem wekap bakegen. Baksaed i soa evri dei", want: VerdictCrisis},
		{name: "not woken up yet, Tok Pisin", text: "hem i no wekap yet, em i slip long moning, baksait i pen", want: VerdictNone},
		{name: "better if I'm not here, Tok Pisin", text: "mi save tingting ol bai orait moa sapos mi no stap. masas bai helpim o nogat", want: VerdictCrisis},
		{name: "if I'm not at home, Tok Pisin", text: "sapos mi no stap long haus, husat i lukautim pikinini? baksait pen", want: VerdictNone},
		{name: "a razor on the arm, Tok Pisin", text: "pikinini meri bilong mi katim han bilong em long reza", want: VerdictCrisis, third: true},
		{name: "a weedkiller bottle, Tok Pisin", text: "mi lukluk long botol gramoxone long stua insait long haus planti taim nau. baksait pen i no pinis", want: VerdictCrisis},
		{name: "a rope like plan B", text: "back is gone. wife left, took kids to her village. I keep a rope in my room like plan B lol", want: VerdictCrisis},
		{name: "wanting to die, Kelantan Malay", text: "sakik pinggae tiap hari, bini doh balik rumoh. rasa nok mati jah. hidup gini tok guno", want: VerdictCrisis},
		{name: "wanting to die, Tetum", text: "Semana ida ne'e nia dehan 'ha'u hakarak mate deit, la hakarak moris ona'.", want: VerdictCrisis, third: true},
		{name: "cannot pee, Tok Pisin", text: "Mi no inap pispis stat long nait asde. Mi traim traim tasol liklik tasol i kam.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "both legs weak, Tok Pisin", text: "Nau long apinun tupela lek i wik, strong i pinis, mi no inap kalap long stap bilong haus", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "both legs fine, Tok Pisin", text: "tupela lek i orait, baksait tasol i pen", want: VerdictNone},
		{name: "off a coconut tree, Tok Pisin", text: "Brata bilong mi pundaun long diwai kokonas, klostu 8 mita", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "numb when washing, Tok Pisin", text: "baksait pen i strong na hap bilong sem i dai olgeta, mi no pilim taim mi wasim", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "shivering after night fishing", text: "Night fishing in the rain, came home shivering cold, warmed up by the fire and fine now. But back stiff from pulling the net", want: VerdictNone},
		{name: "death warmed up", text: "back pain plus fever and sweats since tuesday, feel like death warmed up and cant get out of bed", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a fall on the TV news", text: "EMTV news tonight had a man in Madang who fell from a coconut tree and now cant walk, so sad. is massage good for normal back pain like mine", want: VerdictNone},
	})
}

// What v86's writers showed the rules: Darija (Moroccan, Algerian and
// Tunisian Arabic in Latin letters), French and Italian crises; with the
// sentences the new phrases must not read.
func TestSafetyHeldOutV86Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "suicide every day, Darija", text: "walakin wallah ila kanfker fih kol nhar, f lintihar, b sbab had lwja3 dyal dahri", want: VerdictCrisis},
		{name: "so as not to wake, Darija", text: "ch7al mn kachia dyal trammadol khassk tchreb bach ma tfi9ch? ma bqitch 9ad 3la dahri", want: VerdictCrisis},
		{name: "sleeping pills so as not to wake at night, Darija", text: "kankhod dwa dyal n3as bach ma nfi9ch f lil, dahri kaydrni", want: VerdictNone},
		{name: "twenty at once, Darija", text: "wach ila chrebt 20 dyal paracetamole f merra wa7da kat mout? ghir su2al", want: VerdictCrisis},
		{name: "twenty squats at once, Darija", text: "dert 20 squat f merra wa7da w dahri kaydrni", want: VerdictNone},
		{name: "God take me, Darija", text: "ya rabi rani 3yit. kol lila nda3i rabi yddini w ma nnodch sbe7", want: VerdictCrisis},
		{name: "God take me to hajj, Darija", text: "ya rabi yddini l7aj had l3am, dahri kaydrni", want: VerdictNone},
		{name: "the whole pack tonight, fr", text: "j ai pris toute la plaquette de doliprane ce soir, daba kan7ess b dokha", want: VerdictCrisis},
		{name: "the whole pack over a week, fr", text: "j'ai pris toute la plaquette sur 7 jours comme le médecin a dit, mal au dos", want: VerdictNone},
		{name: "nothing comes out, Darija", text: "depuis hier soir rani n7awel nbouel w walou ma yekhroujch, karchi m3ammar w dahri ydir fiya l7al", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "both legs weak, Darija", text: "rjliya b jouj merkhyin w kaytlwaw, ma 9drtch ntla3 drouj d dar", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "off the olive tree, Tunisian", text: "baba ta7 mel zitouna w howa yjenni, ta7 3la dharou men fou9. taw ma ynajjamch y9oum", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "a cup fever, Darija", text: "3ndi s5ana dyal CAN, kanb9a gales f café 4 sa3at kol match w dahri kaytb9a m9foul", want: VerdictNone},
	})
}

// What v87's writers showed the rules: Bengali, Nepali, Antillean Creole,
// Kurdish and Kinyarwanda red flags and crises, a lethal dose misspelled;
// look-alikes (AFCON fever, a firm that collapsed, killing yourself with
// physio exercises, a toddler's accident); with the sentences the new
// phrases must not read.
func TestSafetyHeldOutV87Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot pee, Bengali", text: "dada porshu theke komor e byatha, r aaj shokal theke prosrab hocche na", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "both legs weak, Bengali", text: "komor byatha 1 soptaho, ekhon dui pa i durbol lagche", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "massage on both legs, Bengali", text: "amar komor e byatha, dui pa e massage korle ki bhalo hobe?", want: VerdictNone},
		{name: "fever and chills, Bengali", text: "3 din dhore jor ashe, kapuni diye, r komor e byatha", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "no fever, Nepali", text: "jwaro chaina, kammar matra dukhchha 2 hapta dekhi", want: VerdictNone},
		{name: "both legs without strength, Nepali", text: "dubai khutta ma bal chhaina, kammar 2 din dekhi dukheko", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "massage on both legs, Nepali", text: "dubai khutta ma massage garda kammar lai ramro hunchha?", want: VerdictNone},
		{name: "no point living, Nepali", text: "kaam gayo, aba bachnuko kei artha chaina jasto lagchha", want: VerdictCrisis},
		{name: "burning with cigarettes, Antillean Creole", text: "kan doulè do a two fò, mwen ka brilé bra an mwen épi sigarèt", want: VerdictCrisis},
		{name: "better off without me, Antillean Creole", text: "i té ké pi byen san mwen, mwen sé on chay pou'y", want: VerdictCrisis},
		{name: "never pain again with paracetamol, Antillean Creole", text: "konbyen paracetamol fo pran pou pa janmen ni doulè ankò", want: VerdictCrisis},
		{name: "never pain again with massage, Antillean Creole", text: "ki masaj pou pa janmen ni doulè ankò?", want: VerdictNone},
		{name: "should have stayed home, Antillean Creole", text: "mwen té dwèt rété lakay jodi a, do an mwen ka fè mal", want: VerdictNone},
		{name: "not wanting to live, Kurmanji", text: "ez naxwazim bijîm êdî. pişt, kar, her tişt.", want: VerdictCrisis},
		{name: "no reason to go on, Kinyarwanda", text: "Umugongo wanjye ntukira. Ndumva nta mpamvu yo gukomeza kubaho.", want: VerdictCrisis},
		{name: "lethal dose misspelled", text: "whats the leathal dose of paracetamol for someone my size", want: VerdictCrisis},
		{name: "a blade again", text: "did my arm again last night with a razor blade, back still sore", want: VerdictCrisis},
		{name: "hurt my arm again at rugby", text: "did my arm again at rugby, back sore as well", want: VerdictNone},
		{name: "AFCON fever", text: "AFCON fever has the whole family on the sofa every night, my lower back is stiff", want: VerdictNone},
		{name: "a firm that collapsed", text: "my old company went bust and collapsed in a week, now I have time for back exercises", want: VerdictNone},
		{name: "killing myself with exercises", text: "killing myself with these rehab exercises but my back is improving", want: VerdictFigure},
		{name: "end it with a consultant", text: "going to end it with my consultant, he never listens about my back", want: VerdictFigure},
		{name: "a toddler's accident", text: "my daughter 2 had an accident in her pants and I hurt my back lifting her", want: VerdictNone},
		{name: "my own accident", text: "picked up my son and then I had an accident in my pants, didn't feel it, back went this morning", want: VerdictUrgent, level: em},
	})
}
