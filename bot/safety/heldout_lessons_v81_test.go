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

// What v82's writers showed the rules: Cebuano, Bisaya and Ilocano,
// Sylheti and Telugu red flags and crises, Hawaii Pidgin, overdoses
// asked and taken sideways, a rodeo rider's plan; look-alikes (a goat off
// a wall, a bouldering drop, an ultra's "fever", a game character);
// with the sentences the new phrases must not read.
func TestSafetyHeldOutV82Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "want to die, Ilocano", text: "Nabannogak unayen, manang. Awan serbik iti pamiliak, kayat kon ti matay tapno saandak metten a problemaen.", want: VerdictCrisis},
		{name: "a blade on the arm, Cebuano", text: "karon ang ginabuhat nako kay ginagasgas nako akong bukton og blade para malimtan nako ang sakit sa likod", want: VerdictCrisis},
		{name: "not here much longer, Cebuano", text: "hilot nalang siguro, dili na man ko magdugay diri sa kalibutan, naplano na nako tanan", want: VerdictCrisis},
		{name: "no use living, Sylheti", text: "ar farrai na ei bish niya. kono laab nai bachiya thakia", want: VerdictCrisis},
		{name: "no use living, Telugu", text: "3 years ee noppi tho. brathiki em labham ra. emi maaraledu", want: VerdictCrisis},
		{name: "to sleep forever", text: "do you know if zolpidem and wodka together is enough. for sleeping forever i mean", want: VerdictCrisis},
		{name: "pills that made me sleep", text: "those sleeping pills made me sleep forever lol", want: VerdictNone},
		{name: "too late for the doctors", text: "how much paracetmol is enough that its too late for the doctors to fix", want: VerdictCrisis},
		{name: "ibuprofen too late to help", text: "took my ibuprofen too late for it to help the back", want: VerdictNone},
		{name: "a bunch an hour ago", text: "took a bunch of my percs like an hour ago, feel real heavy, backs finally not hurting", want: VerdictCrisis},
		{name: "a bunch over the week", text: "took a bunch of ibuprofen over the week, like 3 days ago I stopped", want: VerdictNone},
		{name: "the insurance for the kids", text: "if I came off the bronc wrong on purpose next weekend and just didn't get up, would the insurance still pay out to my kids?", want: VerdictCrisis},
		{name: "the insurance for a chiro", text: "will my insurance still pay for massage if I see a chiro too", want: VerdictNone},
		{name: "cannot pee, Cebuano", text: "since gahapon sa hapon dili ko ka-ihi. murag puno akong pantog pero walay mogawas, tulo2 ra", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "too shy to pee on a flight, Cebuano", text: "14 hrs nga flight, dili ko ka-ihi kay ulaw ko mobarug ug moagi sa akong seatmate. Pero sakit akong likod sa lingkoranan.", want: VerdictNone},
		{name: "cannot tell if peeing", text: "update, just realised when I go to the loo I can't actually tell if I'm peeing or not, it just sort of comes out. that's new", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "no pee since morning, Telugu", text: "morning nundi urine raavatledu. try chesthe drops kooda raavu, bladder full ga undi anipisthundi. nadumu noppi 3 days nundi", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "chest to the arm, Ilocano", text: "Nasakit ti barukongko ket agturong iti bukot ken iti kanigid nga imak. Agling-et ak uray nalamiis.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "a motorbike-taxi crash, Cebuano", text: "na-disgrasya mi sa habal-habal pauli from Tagum, nabalintong mi sa kilid sa dalan. sakit kaayo akong likod", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a foot asleep after a massage", text: "after the massage yesterday my left foot feels like it's asleep and doesn't wake up", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "asleep during a leg massage", text: "had a massage on my legs and I fell asleep, calves feel great", want: VerdictNone},
		{name: "a hump showing", text: "my mother's back has started bending forward in just the last month, a hump is showing and her blouse fitting has changed", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "bending forward hurts", text: "bending forward hurts for the last month, what stretch", want: VerdictNone},
		{name: "a goat off the wall", text: "our goat fell off the wall and can't use her back legs, vet is coming tomorrow. can you even massage animals backs?", want: VerdictNone},
		{name: "a bouldering drop", text: "tweaked my back on the move just before the top of a V4, dropped onto the mats and landed on my feet fine", want: VerdictNone},
		{name: "ultra fever", text: "got the ultra fever, signed up for 3 more races this year. back's holding up ok", want: VerdictNone},
		{name: "still running a fever", text: "been running a fever n shivery all day with this back pain ugh", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a game character", text: "my guy in the game fell off a cliff and now can't walk lmaooo. meanwhile IRL my back hurts from gaming", want: VerdictNone},
		{name: "a lorry driver's numb bum", text: "lorry driver, 9h a day in the seat. my bum gets numb after few hours but its gone 5 min after i get out and walk", want: VerdictNone},
		{name: "numb for minutes after a fall", text: "bum numb for 10 minutes after the fall and still numb", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
	})
}

// What v83's writers showed the rules: Javanese, Sundanese and
// Indonesian red flags and crises, "ga ada" as a negation, Shetland and
// Gullah speech, self-harm told as kitchen burns, a rifle by the bed;
// look-alikes (a cat off a roof, a ewe that cannot pee, legs like jelly
// after a regatta, gemstone and carnival "fevers"); with the sentences
// the new phrases must not read.
func TestSafetyHeldOutV83Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "better off without me, Javanese", text: "bojoku mesti luwih seneng nek aku ora ono. aku mung dadi beban, boyok ra iso kerjo", want: VerdictCrisis},
		{name: "not wanting to be a burden, Javanese", text: "aku ora pengen dadi beban, boyok lara", want: VerdictNone},
		{name: "take me, Lord, Javanese", text: "simbah ngendika pengen dipundut Gusti wae, boyoke lara terus", want: VerdictCrisis, third: true},
		{name: "taken by the Lord yesterday, Javanese", text: "simbah wis dipundut Gusti wingi, aku kesel banget boyok lara", want: VerdictNone},
		{name: "sleeping pills saved up, Javanese", text: "obat turuku wis tak kumpulke sak wulan iki, wis ono 30an. ben cepet rampung", want: VerdictCrisis},
		{name: "no use living, Sundanese", text: "Abdi tos teu kiat. Nyeri unggal dinten, asa euweuh gunana hirup téh.", want: VerdictCrisis},
		{name: "a pain I can control", text: "burns on my forearms, not all from the flat top. started when the back pain got bad bc it's pain i can control", want: VerdictCrisis},
		{name: "a pain controlled by ibuprofen", text: "it's a pain I can control with ibuprofen mostly", want: VerdictNone},
		{name: "not for coyotes", text: "been keepin the .30-06 loaded by the bed lately. aint for coyotes. just so it's there if this back gets any worse", want: VerdictCrisis},
		{name: "ill and die on purpose", text: "I have stopped eating on purpose so I get ill and die but that is a different thing", want: VerdictCrisis},
		{name: "afraid to get sick and die", text: "I don't want to get sick and die like my dad, is my back pain a sign", want: VerdictNone},
		{name: "cannot pee, Sundanese", text: "Punten, abdi teu tiasa kiih ti kamari siang, beuteung handap karasa pinuh, cangkéng nyeri pisan.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cannot pee since the fall, id", text: "mas skrg pinggangku makin sakit dan dr tadi ga bisa kencing, padahal udah kebelet bgt", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "not allowed to pee at the factory, id", text: "di pabrik ga bisa pipis sembarangan, harus nunggu jam istirahat. pinggang jadi sering pegel", want: VerdictNone},
		{name: "both legs not my own, Javanese", text: "sikilku loro-lorone gringgingen terus, rasane kaya dudu sikilku dewe. wis rong dina, boyok yo lara", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "no feeling when washing, Javanese", text: "pinggangku kumat lagi, tapi kok saiki pas cebok ra kroso blas, kaya ngusap kulite wong liya", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "a numb bum gone after ten minutes, id", text: "abis nyetir ojek 6 jam, bokong kebas wkwk, tapi 10 menit jalan2 udah ilang, normal lagi", want: VerdictNone},
		{name: "a quad on top of me, Shetland", text: "came aff da quad on da hill caain da sheep an it geed ower on top o me. back's awful", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "no fever, id", text: "Ga ada demam, ga ada kebas, pipis sama BAB normal, cuma pinggang kaku tiap bangun tidur 10 menit", want: VerdictNone},
		{name: "a cat off the roof, id", text: "kucingku kaki belakangnya dua-duanya lemes ga bisa jalan abis jatuh dari genteng, pipisnya juga netes2", want: VerdictNone},
		{name: "a ewe that cannot pee", text: "Got a ewe with a fever that can't pee, straining away in the pen. My own back's wrecked from catching her", want: VerdictNone},
		{name: "jelly after the regatta", text: "Legs like jelly after the regatta yesterday, we rowed the whole course twice. Fine this morning but my lower back's tight", want: VerdictNone},
		{name: "gemstone fever, id", text: "Lagi demam batu akik lagi nih bapak2 di pos ronda wkwk, seharian nunduk ngegosok batu, punggung jadi pegel", want: VerdictNone},
		{name: "an uncle's heart attack", text: "how can you tell if back pain is your heart and not a muscle? genuinely asking, just my uncle had a heart attack that started in his back", want: VerdictNone},
		{name: "nearly fainted at the price, id", text: "hampir pingsan lihat harga pijat di mall wkwk", want: VerdictNone},
	})
}

// What v84's writers showed the rules: Caribbean, Andean-coast and
// rioplatense Spanish, Shona and Ndebele, Urdu, Sindhi and Pashto red
// flags and crises, "nada de" as a negation, a father's "where I'm going
// I don't need them"; look-alikes (an accident with a thermos and with an
// oil bottle, a truck driver's numb bum, PSL "fever", running at 2 p.m.
// "es un suicidio"); with the sentences the new phrases must not read.
func TestSafetyHeldOutV84Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "want to die, Ndebele", text: "Ngidiniwe yimpilo le. Umhlane ubuhlungu for two years, ngifuna ukufa nje.", want: VerdictCrisis},
		{name: "want to die, Shona", text: "ndirikuda kungofa chete. hapana chinobatsira", want: VerdictCrisis},
		{name: "no wish to live, Sindhi", text: "Ada munhnjo chelh jo soor ghano aahe. hane maan jeean nathi chahyan.", want: VerdictCrisis},
		{name: "no wish to live, Pashto", text: "yara za nor zhwand na ghwaram. mla me mati da", want: VerdictCrisis},
		{name: "where I'm going", text: "yesterday he give my son his gold watch and he says where he's going he doesn't need them. only the back", want: VerdictCrisis, third: true},
		{name: "where I'm going on holiday", text: "where im going on holiday i wont need them winter boots, back sore from packing", want: VerdictNone},
		{name: "a crash from behind, es", text: "chocamos ayer en la Francisco Fajardo, un camion nos dio por detras. hoy no me puedo ni sentar", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "two cars crashed, seen, es", text: "chocaron dos carros en la esquina y yo vi todo, me duele la espalda de cargar cajas", want: VerdictNone},
		{name: "off the scaffold, es", text: "Ayer me caí del andamio en la obra, like 2nd floor, but I feel ok just sore", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a hammer off the ladder, es", text: "se me cayó el martillo de la escalera, casi me pega, la espalda me duele de trabajar", want: VerdictNone},
		{name: "a kombi overturned, Shona", text: "Kombi yedu yakapidiguka near Chivhu this afternoon, I was on the back seat. Now my back is throbbing", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a rock off the mine roof, Urdu", text: "Quetta ki kaan mein chhat se bada pathar gira meri kamar pe aaj shift mein", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "not feeling the buttocks, es", text: "desde que sali de alla no siento bien las nalgas ni la parte de adentro de los muslos, como si estuvieran dormidas", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "no pain in the buttocks, es", text: "no siento dolor en las nalgas, solo en la espalda baja", want: VerdictNone},
		{name: "nothing of a fever, es", text: "Nada de fiebre, nada de adormecimiento, hago pipí normal, las piernas bien. Solo me duele la espalda baja", want: VerdictNone},
		{name: "an accident with an oil bottle", text: "I had an accident on the massage table lol, knocked the therapist's oil bottle all over the towels", want: VerdictNone},
		{name: "a numb bum fine after five minutes, Urdu", text: "12 ghante truck chalane ke baad hips aur bum sunn sa ho jata hai, utar ke 5 minute chalun to theek", want: VerdictNone},
		{name: "PSL fever", text: "PSL fever hai yaar Karachi mein, 3 ghante stadium ki plastic seat pe baith ke kamar akad gayi", want: VerdictNone},
		{name: "running at 2 p.m., es", text: "Salir a correr a las 2 de la tarde en Maracaibo es un suicidio jaja. Cuando corro me duele la espalda baja", want: VerdictFigure},
	})
}
