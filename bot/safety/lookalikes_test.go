package safety

import "testing"

// Benign look-alikes and intensity words never escalate.
func TestSafetyLookAlikes(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "killing me is a figure", text: "my back is killing me", want: VerdictFigure},
		{name: "10/10", text: "10/10 pain today", want: VerdictNone},
		{name: "agony", text: "my lower back is in agony after gardening", want: VerdictNone},
		{name: "worst pain ever", text: "worst pain ever, what stretches help?", want: VerdictNone},
		{name: "emergency word", text: "lol is it an emergency if my back is stiff after leg day", want: VerdictNone},
		{name: "one leg numb", text: "numbness down one leg, is massage ok?", want: VerdictNone},
		{name: "one leg tingling", text: "tingling down my left leg when I sit", want: VerdictNone},
		{name: "leg fell asleep", text: "my leg fell asleep while gaming", want: VerdictNone},
		{name: "sore after massage", text: "really sore after my massage yesterday", want: VerdictNone},
		{name: "numb bum cycling", text: "numb bum from cycling for hours", want: VerdictNone},
		{name: "long-standing leak", text: "I leak a little when I sneeze, have done for years", want: VerdictNone},
		{name: "old accident", text: "car accident years ago, back still stiff", want: VerdictNone},
		{name: "cant poo on codeine", text: "can't poo since starting codeine", want: VerdictNone},
		{name: "legs after leg day", text: "legs like jelly after leg day", want: VerdictNone},
		{name: "back crack", text: "my back cracked when I stretched", want: VerdictNone},
		{name: "hay fever", text: "hay fever and a stiff back", want: VerdictNone},
		{name: "one leg weak is same-day at most", text: "my right leg feels weak since my back went", want: VerdictUrgent, level: same},
	})
}

// A red flag in a story the writer watched or read is not theirs; one of
// their own in the next sentence still is.
func TestSafetyStories(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "tv drama", text: "watched a drama last night where a man lost control of his bladder. my back is just stiff, stretches?", want: VerdictNone},
		{name: "news", text: "saw on the news a man fell off scaffolding. anyway best pillow for back pain?", want: VerdictNone},
		{name: "fever in a story is any rule", text: "watching a documentary about a woman with a high fever and back pain, is massage good for back pain?", want: VerdictNone},
		{name: "a and e on the telly", text: "just watched 24 Hours in A&E and a bloke fell off scaffolding. best pillow for low back pain?", want: VerdictNone},
		{name: "own red flag after a story", text: "saw on tiktok that numbness down there is serious. i cant feel my bum when i wipe since this morning", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		// A story cue after the writer's own red flag, in a later clause, is
		// where they read about it, not a story (held-out v153, spent).
		{name: "read it on facebook after", text: "i think i got the quada equina? numbnes in my sadle area since tuesday, i read it on facebook. back is sore also", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "doing homework after", text: "sharp pain on the left of my chest going through to my back and i cant get a full breath in, it just started while i was sitting doing homework", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "a game's crash in the same clause", text: "crashed my truck in Euro Truck Sim so many times tonight lol. sitting at my wheel rig makes my back ache", want: VerdictNone},
		{name: "a crash in the news after", text: "There was a bus crash on the Mombasa road in the news, so sad. my lower back aches from the matatu rides", want: VerdictNone},
	})
}

// Benign look-alikes found on the spent held-out splits (2026-12).
func TestSafetyLookAlikes202612(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "numb bum that goes off", text: "numb arse after 12 hours on the fish box, goes off once im up walking about", want: VerdictNone},
		{name: "numbness that goes off after a walk", text: "numb bum after 6 hours in the lorry cab, goes off after a walk round the truck stop", want: VerdictNone},
		{name: "legs that buckle when standing are not transient", text: "both my legs keep buckling when i stand up, back is bad", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "hit by a bus after a massage", text: "went for thai massage, next day im sore like ive been hit by a bus", want: VerdictNone},
		{name: "accident with oil", text: "had an accident with the massage oil, it's all over the sofa", want: VerdictNone},
		{name: "rollover is trauma", text: "rolled the ute on the farm track yesterday, back's sore as", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "airbags", text: "got t-boned on the way home, airbags went off, now my lower back hurts", want: VerdictUrgent, level: em, rule: "major-trauma"},
		// Found on held-out v9 (spent).
		{name: "suicide prevention work", text: "I man the suicide prevention stall at the show every year, my lower back aches by day 3", want: VerdictFigure},
		{name: "a quoted hyperbole with its condition", text: "my kid said 'im gonna kill myself if i have to do one more burpee' lol. is massage ok for a 14 yo?", want: VerdictFigure},
		{name: "the news", text: "saw the news about the lorry crash, the driver broke his back. is massage ok in pregnancy?", want: VerdictNone},
		{name: "peeing in peace", text: "cant pee in peace cos my toddler follows me into the toilet lol. back pain from carrying him", want: VerdictNone},
		{name: "weeks of rest not better is not night pain", text: "6 wks of rest and rehab exercises and its not better at all", want: VerdictUrgent, level: soon},
		{name: "immunosuppressed", text: "I'm on methotrexate for my rheumatoid and this week I've got a new pain in the middle of my spine", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "a motorbike laid down", text: "laid my bike down on the interstate at like 50, my back is wrecked", want: VerdictUrgent, level: em, rule: "major-trauma"},
		// Found on held-out v10 (spent).
		{name: "suicide shift", text: "the lads at the depot call the 5am start the suicide shift lol. best lumbar support?", want: VerdictFigure},
		{name: "suicides at practice", text: "coach made us run suicides all practice, now my lower back is tight af", want: VerdictFigure},
		{name: "overdosed on anime", text: "my sister overdosed on anime last weekend lol 40 episodes straight and now her back is wrecked", want: VerdictFigure},
		{name: "overdosed on food", text: "overdosed on my mum's pierogi at Easter, back stiff as a plank lol", want: VerdictFigure},
		// A meal beside a real overdose must not make it a figure.
		{name: "overdose after dinner", text: "overdosed on paracetamol after dinner", want: VerdictCrisis},
		{name: "overdose at christmas", text: "i overdosed on my tablets at christmas", want: VerdictCrisis},
		{name: "shy bladder", text: "cant pee when people are at the next urinal lmao shy bladder since forever. is massage good for posture", want: VerdictNone},
		{name: "one leg from the buttock down", text: "my right leg has tingling from butt to calf, doctor say sciatica. is massage ok?", want: VerdictNone},
		{name: "a note already written", text: "lmao anyway i already wrote my note so if the massage doesnt work thats plan b", want: VerdictCrisis},
		{name: "injecting, told plainly", text: "gonna be honest i inject, and my lower back's come up really sore the last few days", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "legs went from under me", text: "my legs went from under me twice this morning, back's been bad all week", want: VerdictUrgent, level: em, rule: "both-legs"},
	})
}

// The look-alikes that excuse a red flag stay narrow: each was added for
// a false alarm, and must not excuse the red flag it resembles (found
// while fixing held-out v18 and round 11 of the examples, 2026-12).
func TestSafetyExcusesStayNarrow(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "chills at a song", text: "got chills when the choir sang, my back is sore from the pews", want: VerdictNone},
		{name: "chills at night", text: "I got chills at night and a fever, back aching", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "chills, then a fever", text: "got chills when i went out, now fever 39 and back pain", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "an aneurysm repaired and fine", text: "my dad had his aneurysm repaired in 2019 and he's doing great. is massage ok for his stiff back?", want: VerdictNone},
		{name: "an old op, then sudden pain", text: "had an op on my stomach 2 years ago and now sudden ripping pain in my belly and back", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "collapsed as a figure", text: "collapsed on the floor after the workout like a dead fish lol, back's wrecked", want: VerdictNone},
		{name: "collapsed at the gym", text: "collapsed during crossfit and passed out for a minute, back hurts", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "pink pee after beetroot", text: "pee was pink and i panicked, then remembered the beetroot salad lol. back stiff from hoovering", want: VerdictNone},
		{name: "pink pee, no beetroot", text: "my wee has gone pink and it burns, I thought it was the beetroot but I haven't had any. back aches on the right", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "numb like a foot asleep", text: "now my privates feel numb like when ur foot falls asleep, back's bad", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "numb bum asleep on the drive", text: "my bum went asleep on the long drive, fine once I got out. back's stiff", want: VerdictNone},
		// A burden on a team may be a crisis told small: with anyone else
		// better off too it stays one. The team alone is a figure, with
		// the soft check-in (since 2026-12-03: on the training examples
		// and spent splits v1-v35 it was never the only sign of a crisis,
		// and 5 training look-alikes alarmed).
		{name: "better off without me on the crew", text: "The lads would be better off without me on the crew. Everyone would be, to be honest.", want: VerdictCrisis},
		{name: "a team better off without me", text: "the team is better off without me till my back heals", want: VerdictFigure},
		// Review of the session's excuses (2026-12-03): each must leave the
		// red flag or crisis it resembles alone.
		{name: "killing myself with pills", text: "I keep thinking about killing myself with the pills I've been saving for hours", want: VerdictCrisis},
		{name: "an overdose, running out", text: "took an overdose of my meds, running out of options", want: VerdictCrisis},
		{name: "collapsed on a roof", text: "I was on the roof and collapsed, back agony", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "a crash with others hurt", text: "I was in a bus crash, several people injured, my back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "blue-lighted myself", text: "they blue-lighted me to hospital, now I cant feel my legs", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "in resus myself", text: "I was in resus last night with chest pain going into my back", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "my last job", text: "my last job had me lifting all day and now both legs numb", want: VerdictUrgent, level: em, rule: "both-legs"},
		// Review of v29-v33's excuses: advice told about "you" is a signs
		// question; someone's own symptom told with "if" is not.
		{name: "she says if she stands", text: "my mum says if she stands up her legs give way", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "he says if he sits", text: "he says if he sits down he cant feel his bum", want: VerdictUrgent, level: em, rule: "saddle-numbness", third: true},
		{name: "told if you cannot feel", text: "someone in vc said if u cant feel your butt you should go to hospital?? is that real", want: VerdictSigns},
		{name: "cannot pee, tried between meetings", text: "I can't pee at all, tried between every meeting", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "my fever beside the calves'", text: "the calves have scours and I have a fever and chills, back agony", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "leaking pee, not the dog", text: "my dog is fine but I keep leaking pee since the fall", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "after the lecture, suicide", text: "after the lecture I talked to my tutor about suicide, I think about it every day", want: VerdictCrisis},
		{name: "a school counsellor, suicide", text: "at school I had a talk with the counsellor about suicide because I want to die", want: VerdictCrisis},
	})
}

// Round 12 of the examples (2026-12): negation in Arabic, terms asked in
// plain words or another language, a Scots wean's fever, a game's plot.
func TestSafetyExamplesRound12Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "negated in Arabic", text: "mafeesh numbness, mafeesh fever el hamdulillah, just pain in the lower back when I bend", want: VerdictNone},
		{name: "a term in plain English", text: "What is urinary retention in plain English? My English not so deep.", want: VerdictSigns},
		{name: "a term asked in Indonesian", text: "Apa itu 'foot drop'? The trainer mentioned it when teaching how to lift patients", want: VerdictSigns},
		{name: "the wean's fever", text: "The wean has chickenpox and a fever and I've been bent over the cot half the night. My back's wrecked.", want: VerdictNone},
		{name: "a game's plot", text: "my son plays that game where the guy jumps off buildings and gets up fine lol. my upper back hurts", want: VerdictNone},
	})
}

// Round 13 of the examples (2026-12): a deal that collapsed, an accident
// "not the car kind" (the bladder kind), a paramedic's calls.
func TestSafetyExamplesRound13Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a deal that collapsed", text: "the deal with our supplier collapsed and I've been hunched over my laptop 14 hours a day", want: VerdictNone},
		{name: "not the car kind of accident", text: "Had an accident this morning, and not the car kind. Back's been screaming for a week.", want: VerdictUrgent, level: em, rule: "accident"},
		{name: "a paramedic's call", text: "pulled a guy out of a rollover on tuesday, he couldn't feel his legs. my own back's been tight since", want: VerdictNone},
		{name: "an overdose call", text: "Had an overdose call this morning, did compressions on the tile till the bus got there. my back is not built for it", want: VerdictFigure},
	})
}

// Red flags and crises in Spanish, Portuguese, French, Tagalog and
// Indonesian, and the figures of speech in those languages that are not
// (held-out v24, spent, and the examples of round 15).
func TestSafetyOtherLanguages(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "fell from a scaffold, es", text: "me caí del andamio en la obra, como 3 metros, caí de espaldas", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "both legs numb, pt", text: "dormência nas duas pernas do joelho pra baixo desde ontem à noite", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "numb down there, pt", text: "hoje percebi que tá tudo dormente lá embaixo, na parte íntima e no bumbum", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "short of breath, es", text: "tengo dolor de espalda alta y me falta el aire, no puedo respirar bien", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "cannot pee, tl", text: "walang lagnat, walang manhid, pero hindi ako maka-ihi since kagabi", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "wants to kill herself, es", text: "ya no puedo más con este dolor, quiero matarme. en serio no es broma", want: VerdictCrisis},
		{name: "took all the pills, es", text: "me tomé todas las pastillas del frasco hace una hora", want: VerdictCrisis},
		{name: "better off without me, pt", text: "sou só um peso pra minha família agora, eles estariam melhor sem mim", want: VerdictCrisis},
		{name: "burned on purpose, es", text: "me quemé con el encendedor otra vez a propósito, es lo único que me distrae del dolor", want: VerdictCrisis},
		{name: "will kill myself, pt", text: "vou me matar. sério.", want: VerdictCrisis},
		{name: "this exam will kill me, pt", text: "essa prova de anatomia vai me matar 💀 estudando 10h sentada", want: VerdictNone},
		{name: "this job will kill me, fr", text: "ce boulot va me tuer 😤 je porte des colis toute la journée", want: VerdictNone},
		{name: "this job will kill me, es", text: "este trabajo va a matarme jajaja, cargando cajas todo el día", want: VerdictNone},
		{name: "no fever, es", text: "no tengo fiebre, solo me duele la espalda de cargar cajas", want: VerdictNone},
		{name: "fell asleep, es", text: "me quedé dormida en la camilla y ahora tengo las dos piernas adoloridas", want: VerdictNone},
		{name: "both legs numb, es", text: "tengo las dos piernas dormidas desde ayer y la espalda me duele", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "the pain stays, es", text: "el dolor se queda en la espalda, tengo 75 años y osteoporosis", want: VerdictNone},
	})
}
