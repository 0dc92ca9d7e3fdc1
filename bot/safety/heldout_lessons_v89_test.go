package safety

import "testing"

// What v89's writers showed the rules: Haitian Kreyol, Norwegian, Danish,
// Nepali, Kriolu, Portuguese and Sinhala red flags and crises, an English
// "don't see the point of sticking around"; look-alikes (a football
// "suicide", a sweets "overdose", gardening fever, hiking's dead legs, a
// denied fever in Portuguese); with the sentences the new phrases must not
// read.
func TestSafetyHeldOutV89Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "wetting herself unaware, Kreyol", text: "grann mwen pipi sou li jodi a e li pa menm konnen, do l fè l mal", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a toddler wets himself, Kreyol", text: "pitit mwen an 3 an pipi sou li nan lekòl la, do m fè m mal", want: VerdictNone},
		{name: "a donkey wets itself, Kreyol", text: "bourik mwen an pa ka leve e li pipi sou li, ki masaj?", want: VerdictNone},
		{name: "hit by a motorbike, Kreyol", text: "yon motosiklèt frape m maten an, do m fè m mal anpil", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "the last message, Kreyol", text: "mèsi tout moun. se dènye mesaj mwen", want: VerdictCrisis},
		{name: "the last message today, Kreyol", text: "se dènye mesaj mwen jodi a, m al dòmi", want: VerdictNone},
		{name: "keep my children for me, Kreyol", text: "li di m kenbe timoun mwen yo pou mwen", want: VerdictCrisis},
		{name: "hold the child while I shop, Kreyol", text: "kenbe pitit la pou mwen pandan m al nan mache, do m fè m mal", want: VerdictNone},
		{name: "if I don't wake tomorrow, Kreyol", text: "m bouke. si m pa leve demen pa gen pwoblèm", want: VerdictCrisis},
		{name: "if I don't get up early, Kreyol", text: "si m pa leve demen bonè m ap rate bis la", want: VerdictNone},
		{name: "burning the arm with a cigarette, Kreyol", text: "m konn pran yon sigarèt m boule bra m lè doulè a twò fò", want: VerdictCrisis},
		{name: "burnt arm cooking, Kreyol", text: "m boule bra m ak lwil cho nan kizin nan", want: VerdictNone},
		{name: "a hump growing, Kreyol", text: "do grann mwen gen yon bos ki vin pi gwo mwa sa a", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "the boss pays more, Kreyol", text: "bòs la ap peye pi gwo kounya, do m fè m mal", want: VerdictNone},
		{name: "cannot pee, Danish", text: "har ikke kunnet tisse siden i morges, ryggen er smadret", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a car crash, Norwegian", text: "var i en bilulykke i går, korsryggen er helt jævlig i dag", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a car crash years ago, Norwegian", text: "jeg var i en bilulykke for 10 år siden, ryggen er stiv", want: VerdictNone},
		{name: "numb between the legs, Norwegian", text: "nå er det nummen mellom beina og rundt rumpa etter kiropraktoren", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "sleep and never wake, Nynorsk", text: "eg vil berre sova og ikkje vakna opp att", want: VerdictCrisis},
		{name: "sleep until dinner, Norwegian", text: "jeg vil bare sove og ikke våkne før middag", want: VerdictNone},
		{name: "pills all at once, Danish", text: "hvis man tager alle sine Panodil på én gang, hvad sker der så?", want: VerdictCrisis},
		{name: "morning pills at once, Norwegian", text: "jeg tar alle mine piller på en gang om morgenen", want: VerdictNone},
		{name: "pee will not come, Nepali", text: "aaja bihana dekhi pisab garna khojda aaudai aaudaina, kammar dukheko cha", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "no fever, Portuguese", text: "tenho 71 anos, as costas doem. não caí, não tenho febre", want: VerdictNone},
		{name: "swimming until exhausted, Portuguese", text: "nadei até não aguentar mais, costas doem", want: VerdictNone},
		{name: "swim until I cannot, Kriolu", text: "m ta bai pa mar i m ta kontinua ta nada ate m ka pode más", want: VerdictCrisis},
		{name: "a useless cream, Kriolu", text: "kel kreme ka ta sirbi pa nada", want: VerdictNone},
		{name: "tight chest, Sinhala", text: "papuwa thada wage, huspaana ganna amarui, back also paining", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "no point sticking around", text: "honestly if it's still like this next year I don't see the point of sticking around. does the article say anything", want: VerdictCrisis},
		{name: "no point staying for the credits", text: "I don't see the point of staying around for the credits", want: VerdictNone},
		{name: "the defence committed suicide", text: "our defence committed suicide in the last 5 mins, I pulled something in my back jumping up", want: VerdictFigure},
		{name: "gardening fever", text: "I got the gardenin fever bad this spring and my back's payin for it", want: VerdictNone},
		{name: "dead legs after a hike", text: "climbed Nyangani on Saturday, both legs are dead and my lower back is tight", want: VerdictNone},
		{name: "a whole pack of Ibux, Norwegian", text: "tok en hel pakke Ibux i kveld fordi jeg ikke orket mer", want: VerdictCrisis},
		{name: "a whole pack of biscuits, Norwegian", text: "jeg tok en hel pakke kjeks i kveld, ryggen er stiv", want: VerdictNone},
		{name: "sleep and not wake, Quebec", text: "des fois j'aimerais m'endormir pis pas me réveiller", want: VerdictCrisis},
		{name: "sleep through the night, Quebec", text: "il faut s'endormir et pas se réveiller la nuit, le dos repose", want: VerdictNone},
		{name: "rather not be here at all", text: "6 months. I can't do it. I'd rather not be here at all than sit through that", want: VerdictCrisis},
		{name: "rather not be here at this meeting", text: "I'd rather not be here at this meeting, my back hurts in these chairs", want: VerdictNone},
		{name: "wet myself laughing", text: "like to wet myself laughin when the little dog hopped up on the massage table", want: VerdictNone},
	})
}
