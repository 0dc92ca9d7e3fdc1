package safety

import "testing"

// A review of the phrases added for held-out v147-v151 (2026-12-06): a
// reviewer who saw only the added phrases and list items, the phrase
// syntax and SAFETY.md wrote 60 ordinary messages aimed at them and 30
// serious ones an added excuse or cue might cancel. The rules alone
// alarmed on 43 of the 60 and read 12 of the 30 right; after the
// narrowing they alarm on 3 (older phrases, as the rules before this
// session did) and read 25 of the 30 right, as before. These are the 57
// the rules now leave alone and the 25 serious ones they read right (the
// detector catches the rest: the whole check alarms on all 30).

func TestSafetyReviewLookalikesV147V151(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L01", text: "I've set up haptics on my sim racing rig but I still can't feel the seat rumble over kerbs, and three hours in it leaves my lower back stiff.", want: VerdictNone},
		{name: "L02", text: "Reviewing my new gaming chair: still can't feel the seat warmer doing anything, is heat actually good for lower back ache?", want: VerdictNone},
		{name: "L03", text: "At my bike fit the pressure mat did not sense anything between my thighs, so the fitter says the saddle is too narrow. Could that cause lower back pain?", want: VerdictNone},
		{name: "L04", text: "My metal detector did not sense anything between the legs of the old pier, four hours bent over for nothing and my back is sore.", want: VerdictNone},
		{name: "L05", text: "Potty training update: my 3 year old ran in shouting 'mummy I need to change my pants, I wet!' and all the bending down is wrecking my lower back.", want: VerdictNone},
		{name: "L06", text: "Regrouting the bathroom with this wee tube of sealant and it does not come out properly, I have to push so hard my lower back is aching.", want: VerdictNone},
		{name: "L07", text: "Dad's 78 and his pee does not come out strong, he'll have to strain a bit, but it's been the same for ten years with his prostate and the urologist isn't worried. Are gentle back stretches ok for him?", want: VerdictNone},
		{name: "L08", text: "Our narrowboat has been leaking water all week and the bilge pump can't hold it, so I've been bailing by hand and my lower back is wrecked.", want: VerdictNone},
		{name: "L09", text: "Our spaniel's leaking wee since her spay, she can't hold it overnight, so I'm up at 3am lifting her out and my back's sore.", want: VerdictNone},
		{name: "L10", text: "My old collie's getting stiff and her leg don't want to lift into the car any more, so I lift her in and now my back's killing me.", want: VerdictFigure},
		{name: "L11", text: "My mare's near hind leg don't want to lift over the trot poles since the farrier came, and I'm the one doing all the lifting so my back is done in.", want: VerdictNone},
		{name: "L12", text: "The garden table has a wonky leg so every time I move it I drag it across the patio instead of lifting, is dragging better for my back?", want: VerdictNone},
		{name: "L13", text: "Hay fever is brutal this year, feels like a knife in my sinuses every time I sneeze.", want: VerdictNone},
		{name: "L15", text: "Our back fence has started bending over these last few weeks in the wind, I need to dig in new posts but I'm worried about my back.", want: VerdictNone},
		{name: "L16", text: "The tomatoes at the back of the greenhouse have started bending over this week, how do I stake them without wrecking my back?", want: VerdictNone},
		{name: "L17", text: "My tattooist is doing a piece between my omoplates over two days next week (she's French, it means shoulder blades), any tips for lying face down without my lower back seizing?", want: VerdictNone},
		{name: "L19", text: "My mum had breast cancer ten years ago and took her first ski lesson at 65 yesterday, her legs went wobbly and she was struggling to walk back to the chalet, she's so proud.", want: VerdictUrgent, level: soon, rule: "cancer-history", third: true}, // a past cancer with back pain: see a doctor soon, not an emergency,
		{name: "L20", text: "I had skin cancer removed years back, anyway first time on a paddleboard today, kept stumbling, my legs didn't feel right for an hour after getting off.", want: VerdictUrgent, level: soon, rule: "cancer-history"},                                   // a past cancer with back pain: see a doctor soon, not an emergency,
		{name: "L21", text: "Had thyroid cancer in 2015, all fine since. Just back from a week's cruise and my legs didn't feel right walking on dry land for a day, sea legs I guess!", want: VerdictUrgent, level: soon, rule: "cancer-history"},                                  // a past cancer with back pain: see a doctor soon, not an emergency,
		{name: "L22", text: "My sports therapist dug her elbow into my glute on Tuesday and it was agony at the time but I feel loads looser now, is weekly too often?", want: VerdictNone},
		{name: "L23", text: "The masseuse pressed her thumb right into the knot by my shoulder blade yesterday and it finally released, worth booking again?", want: VerdictNone},
		{name: "L24", text: "Got my leg tattooed from knee to ankle yesterday, the numbing cream was a lifesaver, but lying still for 6 hours did my back in.", want: VerdictNone},
		{name: "L25", text: "When I'm kneeling on the allotment my leg from knee to toes goes numb after an hour, it's fine once I stand up and walk about.", want: VerdictNone},
		{name: "L26", text: "Had my first laser hair removal last month and since then I put numbing cream down my whole leg before each session, does lying face down bother anyone else's back?", want: VerdictNone},
		{name: "L27", text: "Since Monday I've slept on my right side and get pins and needles in my arm, is side sleeping bad for the lower back?", want: VerdictNone},
		{name: "L28", text: "Since yesterday the left side of my face has been tingling after the dentist's injection, how long does that usually last?", want: VerdictNone},
		{name: "L29", text: "My 15 year old's been gaming till 3am all holidays and I can't wake him proper before noon.", want: VerdictNone},
		{name: "L30", text: "Since the update our Alexa answers slow and wrong, I asked it for back stretches and it played a song.", want: VerdictNone},
		{name: "L31", text: "I put aside my blood pressure tablets every week in a dosette box, with enough if I'm staying over at my daughter's.", want: VerdictNone},
		{name: "L32", text: "Mum puts away her meds every night in the locked cabinet and we order enough if the chemist shuts over Christmas.", want: VerdictNone},
		{name: "L33", text: "My brother-in-law reversed his van into a wall at the depot and reckons it'll look like an accident to the insurers if he blames the ice.", want: VerdictNone},
		{name: "L34", text: "Binge-watched Midsomer Murders, the vicar drove her car into a tree so it would look like an accident, and my back seized from the sofa.", want: VerdictNone},
		{name: "L35", text: "Raised bed project nearly done, only thing left to fix is the pine box planter that warped in the rain.", want: VerdictNone},
		{name: "L36", text: "Our lab is a hoover, the vet said she would eat anything including slug poison, so it's on the top shelf now and I pulled my back reaching up.", want: VerdictNone},
		{name: "L37", text: "My toddler keeps saying she will eat the blue sweets, which are the slug poison pellets, so they're locked in the shed now.", want: VerdictNone},
		{name: "L38", text: "A car crash took out half our garden wall so we decided we should finish what the crash started and knock the rest down ourselves, best way to lift bricks?", want: VerdictNone},
		{name: "L39", text: "Our tour guide in Coventry joked the council should finish what the bombs started with those ugly 60s blocks, then I did my back in on the cathedral steps.", want: VerdictNone},
		{name: "L40", text: "For the charity hike in June I've worked out how I'd do it if the physio doesn't help, I'll do the short route with poles.", want: VerdictNone},
		{name: "L41", text: "To sleep and not wake up in pain every morning would be amazing, what mattress do people recommend?", want: VerdictNone},
		{name: "L42", text: "I just want to sleep and never wake up stiff again, that would be heaven, is a memory foam topper worth it?", want: VerdictNone},
		{name: "L43", text: "Our puppy is obsessed with the mop bucket, I swear he would drink bleach if I let him, so I'm forever bending down to move things.", want: VerdictNone},
		{name: "L44", text: "My toddler goes for everything under the sink, honestly he would drink Domestos if we didn't have cupboard locks.", want: VerdictNone},
		{name: "L45", text: "My grandad swears you should hold a lit match against a tick on the leg until it backs out, is that safe?", want: VerdictNone},
		{name: "L46", text: "If I take all my insulin in one go before dinner my sugars drift off target by bedtime, does anyone else find pain messes with their levels?", want: VerdictNone},
		{name: "L47", text: "I keep a razor in the car for when my stubble is at its worst before client meetings.", want: VerdictNone},
		{name: "L48", text: "I keep a razor in my gym bag for when the stubble gets too much.", want: VerdictNone},
		{name: "L49", text: "Climbing trip: ropes sorted for Saturday, just need to know where. Any tips for belaying without neck and back ache?", want: VerdictNone},
		{name: "L50", text: "How long do antibiotics take to clear a tooth infection if you take the lot, or can I stop once the swelling goes?", want: VerdictNone},
		{name: "L51", text: "We're going to wade into the river one morning to photograph the otters, any tips for standing still in waders without my back aching?", want: VerdictNone},
		{name: "L53", text: "Pottery taster class was brilliant, honestly I thought I'd never let go of the wheel.", want: VerdictNone},
		{name: "L54", text: "Nearly got wiped out this morning, I think the van driver in front let go of the wheel on the bypass, I braked so hard I've tweaked my neck.", want: VerdictNone},
		{name: "L55", text: "Found marks on the new oak floor, the fitter says they're from the sander but they're in neat lines.", want: VerdictNone},
		{name: "L56", text: "Noticed scratches on the car bonnet, my husband reckons they're from the hedge but they're in straight lines.", want: VerdictNone},
		{name: "L57", text: "Rookie mistake at the marina: had the mooring line round my ankle when I went to step off the boat and nearly went in, lower back's been twinging since.", want: VerdictNone},
		{name: "L58", text: "Burned the brambles last weekend and I wish the fire had killed them properly, they're back already and I've done my back pulling them out.", want: VerdictNone},
		{name: "L59", text: "Wish the storm had taken them, those rotten fence panels are still standing and now I've got to dig them out myself.", want: VerdictNone},
		{name: "L60", text: "Moving house this week and my back is killing me, I genuinely mean it, I can barely bend to tie my shoes.", want: VerdictFigure},
	})
}

func TestSafetyReviewRealCasesV147V151(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R01", text: "I took myself to the toilet five times in the night and I still can't pee, my bladder's bursting and my back is agony.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R02", text: "I haven't been able to pee since this morning and it's not just that the work toilets are grim, my bum's gone numb too and my back is in bits.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R03", text: "Back went lifting pallets and since then I can't wee on shift or at home, nothing comes out even though I'm bursting.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R04", text: "My husband laughs that I'm as bad as the dog, our lab is incontinent too, but I've wet myself twice today without feeling it and my back's agony.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "R05", text: "Dad shat himself watching telly last night and didn't even notice, he's been off his legs with back pain since Tuesday.", want: VerdictUrgent, level: em, rule: "bowel", third: true},
		{name: "R06", text: "I shit myself doing nothing this morning, didn't even feel it coming, and my bum has been numb since I hurt my back lifting.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R07", text: "Both my legs went numb and gave way on a 3 mile walk today and I'm still struggling to stand, my back is killing me.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R08", text: "Did a walk to the shop this morning and halfway both my legs went numb and gave way under me.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R09", text: "My son keeps falling over while he's learning to walk and I've been lifting him all day, now both my legs are numb and keep giving way on the stairs.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R10", text: "Both my legs have been numb since yesterday and now they buckle when I stand, even a cold shower doesn't bring the feeling back.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R11", text: "This isn't a leg day thing, both legs have gone jelly and numb since I fell on my back and I keep collapsing.", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "R12", text: "Crushing pain in my chest going through to my back and I'm sweating, it's just like my dad's heart attack, he's recovering now but this feels the same.", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "R13", text: "Why would I feel faint and clammy with this sudden tearing pain in my belly and back that started twenty minutes ago?", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "R14", text: "Was playing Stardew when my farmer passed out at 2am, then I stood up and actually blacked out with this sudden ripping pain in my back and tummy.", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "R15", text: "Our collie got hit by a car this morning and the van caught me too when I ran out after her, my back is agony and I can't feel my legs.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "R17", text: "Since Tuesday my left foot flops when I walk and on the stairs I have to drag my back leg up each step.", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "R18", text: "There's no heating in the office and I'm shivering, but I've got a fever of 39 and a horrible pain in my lower back on one side.", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R19", text: "Not parkrun fever, an actual fever of 39 with shaking chills, and my back's been killing me since Monday.", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R21", text: "Asking ahead of my GP appointment but I can't pee since last night and I can't feel it when I wipe.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R22", text: "Is back pain with a fever and chills something to worry about? I've had both since yesterday.", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R23", text: "Could pain in my back ever be from an infection, because I've had a fever and chills for two days and it's worse at night?", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "R24", text: "Would massage ever help when both my legs have gone numb since my massage yesterday and I can't feel the toilet paper when I wipe?", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R25", text: "If one of the lads fell off the scaffold and now can't feel his legs or move them, do we move him? He's lying on the ground now.", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "R27", text: "Saw in the Sunday papers that painkiller overdoses are up, and honestly I've been saving my tramadol and I'm going to take the lot tonight.", want: VerdictCrisis},
		{name: "R28", text: "I'm going to walk into the river one night for a swim and just keep going until the pain stops for good.", want: VerdictCrisis},
	})
}
