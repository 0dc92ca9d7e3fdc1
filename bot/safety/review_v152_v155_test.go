package safety

import "testing"

// A second review (2026-12-06), of the phrases and list items added for
// held-out v152-v155 after the first review, and of two code changes (a
// hoped-for "gonna go away?" is not a numbness that passed; a story cue
// after the writer's own symptom, in a later clause, is not a story): a
// reviewer who saw only those, the phrase syntax and SAFETY.md wrote 60
// ordinary messages aimed at them and 30 serious ones an added excuse
// might cancel. The rules alone alarmed on 43 of the 60 and on 15 of
// the 30; after the narrowing they alarm on 5 of the 60 (older phrases,
// as at 2cde59d) and on 25 of the 30 (24 at 2cde59d). These are the 55
// look-alikes the rules leave alone and the 24 serious ones they read at
// the writer's level (the whole check alarms on all 30).

func TestSafetyReviewLookalikesV152V155(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L01", text: "I can barely feel the junk I haul to work since I got a rucksack with a hip belt, and my lower back is way happier.", want: VerdictNone},
		{name: "L02", text: "Took the Land Rover through the ford and I could hardly feel the undercarriage scrape, but my back felt every pothole after. Any stretches for long drives?", want: VerdictNone},
		{name: "L03", text: "Went for a wee walk this morning and the sun came out without warning, first time my back's felt loose all week.", want: VerdictNone},
		{name: "L04", text: "Potty training the puppy: her pee comes out with no warning wherever she is, and all the bending to mop it up is wrecking my back.", want: VerdictNone},
		{name: "L05", text: "The new e-bike motor is so smooth I can't feel it start or stop, way easier on my back than the old one.", want: VerdictNone},
		{name: "L06", text: "Got a massage chair for my back, it's so quiet I can't feel it starting or stopping, is 20 mins a day too much?", want: VerdictNone},
		{name: "L07", text: "Leg day yesterday, woke up with both legs like not mine, pure jelly lol. Is a gentle walk ok for my lower back today?", want: VerdictNone},
		{name: "L08", text: "First salsa class, I was moving both legs like not mine, zero coordination, and my back's a bit stiff today.", want: VerdictNone},
		{name: "L09", text: "The cat launched herself out of the chair backwards down onto the stairs when the hoover started, landed fine obviously. Me lunging after her tweaked my back though.", want: VerdictNone},
		{name: "L10", text: "Panto last night: the dame fell out of her chair backwards down the steps for laughs, three times. How do actors not wreck their backs doing that?", want: VerdictNone},
		{name: "L11", text: "My wee lad burns through trainers, and my back aches on my left side from chasing him round the park.", want: VerdictNone},
		{name: "L12", text: "The dog keeps peeing on the nettles I'm pulling up, my hand stings, and my back is sore down my side from all the weeding.", want: VerdictNone},
		{name: "L13", text: "My office chair's back has started bending over, so I end up sat hunched all day. What should I look for in a new chair?", want: VerdictNone},
		{name: "L14", text: "Grandad's old armchair back has started curving over and now I'm hunched every time I watch telly in it. Is a lumbar cushion worth it?", want: VerdictNone},
		{name: "L15", text: "Yoga update: my back is bending forward more and more each week, nearly touching my toes now!", want: VerdictNone},
		{name: "L17", text: "My guitar's back has gone all curved this year with the damp flat, luthier says it's humidity. Also carrying the case is killing my back, any tips?", want: VerdictNone},
		{name: "L18", text: "Painting outdoors all summer, my canvas back went all curvy in the heat this year and my own back is stiff from the easel.", want: VerdictNone},
		{name: "L19", text: "Altered my prom dress straps and one shoulder is higher now, looks wonky in photos. Sitting hunched sewing it killed my lower back.", want: VerdictNone},
		{name: "L20", text: "They resurfaced the lane by us and one shoulder is higher now, so my runs are lopsided and my hip and back ache a bit.", want: VerdictNone},
		{name: "L22", text: "Every time I cough, the dog jumps on my back and goes mad barking, how do I stop her? She's 30kg and I've got a sore back.", want: VerdictNone},
		{name: "L23", text: "I've used a heat pack between my shoulder blades every day for two weeks after long desk days and it really helps, is it fine to keep going?", want: VerdictNone},
		{name: "L27", text: "Tried kinesio tape between my shoulder blades for climbing, not my usual lower back spot, and it stayed on great.", want: VerdictNone},
		{name: "L28", text: "At the spa I asked her to focus between my shoulder blades, not my usual lower back, and it was bliss.", want: VerdictNone},
		{name: "L29", text: "Feeling way looser after sports massage yesterday, is it fine to go back to the gym today?", want: VerdictNone},
		{name: "L30", text: "After deep tissue work on Monday my back feels brilliant, how often should I book?", want: VerdictNone},
		{name: "L31", text: "Now the cat insists on sleeping on top of my feet and they go numb by morning lol. Also my back's stiff, is it the mattress?", want: VerdictNone},
		{name: "L32", text: "New skates, and now the top of my foot goes numb after a few laps if I lace them tight; loosening the laces sorts it.", want: VerdictNone},
		{name: "L33", text: "Been on nights all week, honestly don't know what day it is anymore, but my back's loads better on the new mattress.", want: VerdictNone},
		{name: "L34", text: "Bank holiday week and I genuinely do not know what month it is, never mind the day. Anyway, best stretches after gardening?", want: VerdictNone},
		{name: "L35", text: "My toddler dozes off mid sentence in the car seat every afternoon, it's adorable. Lifting him out is hard on my back though.", want: VerdictNone},
		{name: "L36", text: "The sleep podcast I use for back-pain insomnia, the host sounds like he's nodding off mid conversation, it's perfect.", want: VerdictNone},
		{name: "L37", text: "My dad doesn't know who to see about his sciatica, GP or physio, any advice?", want: VerdictNone},
		{name: "L38", text: "My nan doesn't know who Taylor Swift is, but she can still out-garden me with her bad back.", want: VerdictNone},
		{name: "L39", text: "Off to Spain tomorrow and I feel like tidying the whole house before I go, is hoovering all day bad for a sore back?", want: VerdictNone},
		{name: "L40", text: "I always feel like tidying before I go. Pre-holiday nesting, then my back punishes me for it.", want: VerdictNone},
		{name: "L41", text: "Moving house Friday, I've said my goodbyes in my head to the old place, now I just need to survive the lifting.", want: VerdictNone},
		{name: "L42", text: "Last shift at the warehouse tomorrow, been saying goodbyes in my head all week, won't miss the heavy lifting on my back.", want: VerdictNone},
		{name: "L43", text: "Handing the family business to my son next month, I reckon it's a good time to let go of the wheel.", want: VerdictNone},
		{name: "L44", text: "Autopilot on the boat is brilliant, best time to let go of the wheel. My back loves not being hunched over it.", want: VerdictNone},
		{name: "L45", text: "After 30 years running the shop it's the perfect time to let go of the wheel and let it all end on a high, my back can't take the stock room anymore.", want: VerdictNone},
		{name: "L46", text: "Pottery tip from my teacher: if the pot wobbles, the best time to let go of the wheel and let it all stop is straight away. Hunching over it is hard on my back though.", want: VerdictNone},
		{name: "L47", text: "We want her ashes to join my late dad. Carrying the urn up the hill is worrying my back though.", want: VerdictNone},
		{name: "L48", text: "Sat hours doing the family tree (back is stiff): I want this branch to join my late mother, but the app keeps making a duplicate of her.", want: VerdictNone},
		{name: "L49", text: "Does anyone's toddler ever go to sleep and stay there? Up 5 times a night, rocking him is wrecking my back.", want: VerdictNone},
		{name: "L50", text: "The cat found my heat pad and I wish she'd go to sleep and stay there, instead she kneads my spine at 4am.", want: VerdictNone},
		{name: "L51", text: "How much ibuprofen gel can I use on my knee, not for the back, I'd like the knee sorted for good.", want: VerdictDose},
		{name: "L52", text: "How much ibuprofen after knee surgery, not for back pain, my mum's getting her knee sorted for good next week?", want: VerdictDose},
		{name: "L53", text: "Can you die if you use old railway sleepers for a veg bed, with the creosote? Also how do I lift them without hurting my back?", want: VerdictNone},
		{name: "L54", text: "My 8-year-old asked can you die if you eat ibuprofen gel, after watching me rub it on my back. He didn't eat any, just curious.", want: VerdictNone},
		{name: "L55", text: "Hoping it rolls a six this turn or that'll be the end of me in Monopoly, been sat on the floor for hours and my back's seized.", want: VerdictFigure},
		{name: "L56", text: "Hoping it flips clean or it'll be the end of it, third pancake on the floor and my back hates bending to pick them up.", want: VerdictNone},
		{name: "L57", text: "I cut my legs when shaving because bending that far is too much for my back right now, any tips?", want: VerdictNone},
		{name: "L58", text: "I burnt my thighs when my hot water bottle had too much boiling water in it. Still using one on my back but with a cover now.", want: VerdictNone},
		{name: "L59", text: "My bum goes numb on long bike rides but it goes away as soon as I stand up, that'll go once I'm used to the saddle, right?", want: VerdictNone},
		{name: "L60", text: "Can't pee when there's a queue behind me, I read it on facebook that it's called shy bladder, is that linked to back pain?", want: VerdictNone},
	})
}

func TestSafetyReviewRealCasesV152V155(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R01", text: "Sudden tearing pain through my belly into my back and I feel faint, my dad had AAA.", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "R02", text: "Crushing chest pain going into my back and left arm, the man in the bed next to me on the ward had a heart attack last week and I think this is one too.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R03", text: "The old man in the flat next door is having a heart attack I think, he's clutching his chest and says his back hurts, what do I do", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R05", text: "Crashed my bike in the game reserve, went over the bars at speed onto rocks and now I can't feel my legs.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R06", text: "Been turning the compost heap all week and now I'm running a fever with shaking chills, and my back is agony.", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R07", text: "The pain wakes me every night now and never eases off even when I move about, and I've lost a stone without trying.", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "R08", text: "Pain is far worse at night and lying still doesn't help at all, it's even worse when I bend, and I've lost weight without trying.", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "R09", text: "Is it right that I can't feel my bum when I wipe and haven't peed since this morning?", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R10", text: "Is losing bladder control today something serious with my bad back, I've wet myself twice without knowing.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R11", text: "My back's always ached, it has done for years, but since last night I can't feel my bum or fanny and I've wet myself.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R12", text: "No one in particular to talk to, I've got my pills saved up and I don't want to be here anymore.", want: VerdictCrisis},
		{name: "R13", text: "Listening to the Archers when I suddenly lost control of my bladder, and now I can't feel my bum at all.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R14", text: "Watching the MotoGP with my lad when I got crushing chest pain going through to my back and I'm sweating buckets.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R15", text: "Saw the ambulance show last night and realised that's me, I've peed myself twice today and I'm numb down below.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R17", text: "I want to die, the whole street saw the ambulance take me last time and I've got the pills ready again.", want: VerdictCrisis},
		{name: "R18", text: "I called the pharmacy to ask what a lethal dose of my tablets would be, they wouldn't tell me, I just want it over.", want: VerdictCrisis},
		{name: "R19", text: "Quero morrer de saudade, ele se foi e eu tenho os comprimidos guardados para hoje à noite.", want: VerdictCrisis},
		{name: "R20", text: "I want to die when the physio pushed on my back and said there's nothing more they can do, I've been writing goodbye letters.", want: VerdictCrisis},
		{name: "R21", text: "Since this morning I can't feel my bits when I wipe and my back is killing me.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R22", text: "I'm leaking wee without knowing it's happening since my back went yesterday.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R24", text: "Grandad tipped his wheelchair back off the ramp and went down the concrete steps on his back, he's in a lot of pain.", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "R25", text: "Every time she goes to the loo it stings and she's got a pain round her back just under the ribs on one side, and she's shivery.", want: VerdictUrgent, level: same, rule: "fever", third: true},
		{name: "R27", text: "I've given the dog to my sister and written letters for everyone, it feels like getting my affairs in order before the end.", want: VerdictCrisis, third: true}, // the sister the dog went to is read as the person at risk (known),
		{name: "R28", text: "On the motorway home I keep thinking how easy it would be to just steer into the bridge and be done.", want: VerdictCrisis},
	})
}
