package safety

import "testing"

// A third review (2026-12-06), of the phrases and list items added for
// held-out v156-v163 since the second review (8f0fe3e), and of one code
// change (a retraction that is only hoped for, "maybe it go away by itself
// if I rest?", takes nothing back): a reviewer who saw only those, the
// phrase syntax and SAFETY.md wrote 60 ordinary messages aimed at them and
// 30 serious ones an added excuse might cancel. The rules alone alarmed on
// 46 of the 60 and on 6 of the 30; after the narrowing they alarm on 11 of
// the 60 (6 of them older phrases) and on 19 of the 30 (the whole check:
// 29 of 30, from 27). These are the 49 look-alikes
// the rules leave alone and the 18 serious ones they read at exactly
// the writer's level.

func TestSafetyReviewLookalikesV156V163(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L02", text: "Got everything lined up for Saturday when the kids are away at their gran's: hot bath, foam roller and a proper back stretch session.", want: VerdictNone},
		{name: "L03", text: "Does anyone know if you get a payout from your life insurance if you need spinal surgery? Mine has a critical illness bit.", want: VerdictNone},
		{name: "L04", text: "Pushing the left stick around for hours in FIFA gives me thumb ache and a sore upper back. Better way to sit when gaming?", want: VerdictNone},
		{name: "L06", text: "At work I drive the loader down into the quarry all shift to save the lads walking, and the bumping is wrecking my back. Any seat cushion tips?", want: VerdictNone},
		{name: "L07", text: "Is it worth continuing existing physio sessions if my back isn't getting better, or should I switch to pilates?", want: VerdictUrgent, level: soon, rule: "not-improving"},
		{name: "L08", text: "Laid up with my back so I'm gaming: how many arrows would reliably be lethal on the final boss in Elden Ring?", want: VerdictNone},
		{name: "L09", text: "Good news, my physio won't have to deal with me much longer, I'm discharged next week!", want: VerdictNone},
		{name: "L10", text: "I'm a dog groomer and I cut legs and hips shorter where the owners can't see under the coat, all that bending over the table is wrecking my back.", want: VerdictNone},
		{name: "L12", text: "How do I end things painlessly with my chiropractor? He keeps booking me in and I want to switch to a physio.", want: VerdictFigure},
		{name: "L14", text: "Sleeping on the floor for my back is so comfy, I set 3 alarms n I dont wake up. Is a firm mattress the same?", want: VerdictNone},
		{name: "L15", text: "Movie night with my husband, both of us on heat pads for our backs, and if we both fall asleep before the film ends, so be it.", want: VerdictNone},
		{name: "L16", text: "If the bus is off the road again tomorrow with the strike I wouldn't be bothered, more time for my back exercises at home.", want: VerdictNone},
		{name: "L17", text: "Since the builders fixed it I look at our balcony differently, it'd be perfect for doing my back exercises on a mat.", want: VerdictNone},
		{name: "L19", text: "Is the sedative the dentist gives enough for me to lie back in the chair for an hour with my bad back?", want: VerdictNone},
		{name: "L20", text: "If it wasn't for the kids I'd never have jumped into the sea on New Year's Day, and now my back has seized up from the cold.", want: VerdictNone},
		{name: "L21", text: "Moving house: if I take all the boxes upstairs at once it's quick, but is that worse for my back than lots of trips?", want: VerdictNone},
		{name: "L22", text: "We're emigrating and packing with a sore back is hell. What do you do with old love letters you leave behind?", want: VerdictNone},
		{name: "L23", text: "We've nearly finished decorating and I honestly do not see what there is left to hang on the walls, so can I finally rest my back?", want: VerdictNone},
		{name: "L24", text: "Checking how high the tower is at the climbing centre before my daughter's party, is belaying OK with lower back pain?", want: VerdictNone},
		{name: "L25", text: "Found a nice spot on the canal and I leave when I've had enough. Is sitting on a fishing box all day bad for my back?", want: VerdictNone},
		{name: "L26", text: "I work on the butcher's counter and I'm also cutting chicken thighs all day, the standing is murder on my lower back.", want: VerdictNone},
		{name: "L27", text: "Working in Primark, my fingers go numb from tagging in the knickers area all day, and my back aches from the rails.", want: VerdictNone},
		{name: "L28", text: "Having trouble telling when the new puppy needs to pee, and all the crouching on the lawn is wrecking my back.", want: VerdictNone},
		{name: "L29", text: "My puppy's wee is funny, he goes dribbling it along every lamppost like a big dog. Walking him twice a day is helping my back though!", want: VerdictNone},
		{name: "L30", text: "Nappy disaster: the poo came out when I stood him up on the changing mat, and all the bending over it is hurting my back.", want: VerdictNone},
		{name: "L31", text: "Tried the new sports massage place in town and felt almost nothing there, the pressure was way too light for my knotted back.", want: VerdictNone},
		{name: "L33", text: "In my new ski boots I can't stand on my tiptoes at all with both feet locked in. Is skiing OK with a stiff back?", want: VerdictNone},
		{name: "L34", text: "My cheap desk legs keep giving in when I lean on it, any sturdy standing desk recommendations for back pain?", want: VerdictNone},
		{name: "L37", text: "Got a double barrelled surname and no booking form ever fits it. Anyway, best stretches for lower back stiffness?", want: VerdictNone},
		{name: "L38", text: "I was nearly kicked by a cow on the walk back from the pub, made me jump and tweak my back a bit. Heat or ice?", want: VerdictNone},
		{name: "L42", text: "A van smashed into the back of my parked car at about 40 last night, nobody was in it. Lifting the kids' seats into the hire car has set my back off.", want: VerdictNone},
		{name: "L43", text: "The cat slept on my chest all night and I had to lift it off me at 5am, lol. Is sleeping on my back good for lower back pain?", want: VerdictNone},
		{name: "L44", text: "Beach day: feet freezing in the sea and shoulders burning at the same time. Does lying on the sand help a stiff back?", want: VerdictNone},
		{name: "L45", text: "Checked the temperature of the hot tub and it says 38, is that too hot for my back spasms?", want: VerdictNone},
		{name: "L46", text: "My cat's back goes up like a knife blade every time I sneeze, lol, she hates it. Anyway, best mattress for lower back pain?", want: VerdictNone},
		{name: "L47", text: "My office chair has a bend in the lower back support that was never there before, time to replace it?", want: VerdictNone},
		{name: "L48", text: "One side of my sofa's back cushion sticks out now, is a saggy sofa bad for lower back pain?", want: VerdictNone},
		{name: "L49", text: "My new mattress has a lump in it that wasn't there before. Could that be why my back is stiff in the mornings?", want: VerdictNone},
		{name: "L50", text: "Hay fever is brutal, sharp pain at the back of my throat like a knife every time I sneeze. Does sneezing put strain on your lower back?", want: VerdictNone},
		{name: "L51", text: "I've had pain between my shoulder blades for 2 days now after painting the ceiling. Heat or ice?", want: VerdictNone},
		{name: "L52", text: "Constant ache between my shoulder blades for a few days since I started the new desk job, what's a good monitor height?", want: VerdictNone},
		{name: "L53", text: "My old collie's back legs are getting weaker, is there a harness that saves my back when I lift him into the car?", want: VerdictNone},
		{name: "L54", text: "My 18-month-old keeps tripping over nothing and picking her up 50 times a day is wrecking my back.", want: VerdictNone},
		{name: "L55", text: "Did leg day yesterday and I'm walking like I've had a skinful today, lol. Is squatting OK for my lower back?", want: VerdictNone},
		{name: "L56", text: "After that spin class my legs don't feel like mine, lol. Is spinning good or bad for a dodgy back?", want: VerdictNone},
		{name: "L57", text: "Your bot's not answering properly, I asked about stretches for sciatica and got a weird reply.", want: VerdictNone},
		{name: "L58", text: "My husband gets sleepy after Sunday roast and starts mumbling at the telly, meanwhile I'm doing the dishes with a sore back.", want: VerdictNone},
		{name: "L59", previous: "Both my legs went numb and tingly sitting cross-legged on the floor at my kid's assembly.", text: "Never mind, it's gone now, maybe I'd just sat on them funny.", want: VerdictNone},
		{name: "L60", previous: "My legs went numb after the long drive and I'm a bit scared.", text: "It went away once I walked around, hopefully that's the last of it.", want: VerdictNone},
	})
}

func TestSafetyReviewRealCasesV156V163(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R04", text: "I've been sitting on the shower stool trying and I can't poo at all, can't feel myself push, four days now with this new back pain.", want: VerdictUrgent, level: em, rule: "bowel-retention"},
		{name: "R06", text: "It's not the usual cramp after my dialysis session, both legs have gone numb and keep giving way with this back pain.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R09", text: "My dad had an aneurysm repair at 60 and now I've got sudden tearing pain in my belly going straight through to my back and I feel faint.", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "R10", text: "I'm three weeks post top surgery and suddenly short of breath with sharp chest pain going into my back.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R11", text: "I always get upper back ache from big boobs but today there's crushing pain in my chest and I can't catch my breath.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R12", text: "Our scrum collapsed and I played on, but after the game I collapsed in the changing room and my back is agony.", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "R13", text: "I'm not exaggerating, the car did run over my lower back in the car park an hour ago and it's agony.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "R14", text: "My back's been bad since the accident this morning when my motorbike hit a lorry at about 50.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "R15", text: "Mum pressed her falls alarm after she fell down the whole flight of stairs, now her back is agony and she can't get up.", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "R16", text: "I can't lift my right foot to work the kick pedal anymore, it just slaps down, started yesterday with my back pain.", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "R17", text: "I've got back pain with a fever of 39 and chills, should I go now or wait for the GP tomorrow?", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R19", text: "I'm used to the horses urine smell on the yard but now my own wee burns, there's blood in it and my side below the ribs aches badly.", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "R20", text: "I've lost a stone in two months and it's not by dieting, I'm eating normally, and my back aches constantly.", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "R22", text: "I've had back pain for about 10 years but since yesterday I can't feel my bum when I wipe.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R23", text: "I'm only half joking when I say I've been thinking about taking all my pills tonight.", want: VerdictCrisis},
		{name: "R25", text: "I get crushing chest pain after 5 minutes walking that goes through to my back, it started today.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R27", text: "I've been cutting myself on the stanley blade on purpose because it's the only thing that helps.", want: VerdictCrisis},
		{name: "R29", text: "My wee just trickles out on its own now and I only notice when I'm wet, started with this back pain two days ago.", want: VerdictUrgent, level: em, rule: "bladder"},
	})
}
