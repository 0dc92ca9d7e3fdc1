package safety

import "testing"

// What spent held-out splits from v52 on taught the rules. Each case is a
// message like the one missed, not the held-out message itself.

// Planning an exit is a crisis when it ends the clause ("kinda planning my
// exit tbh."), not when something follows it: "planning + exit + tbh|ngl"
// had read as "planning + exit", since fillers are skipped.
func TestSafetyPlanningAnExit(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "exit tbh", text: "kinda planning my exit tbh. sorting out my last bits", want: VerdictCrisis},
		{name: "exit from a company", text: "planning my exit from this company, the desk is killing my back. standing desk?", want: VerdictNone},
	})
}

// A unit after a number is not a word on its own ("10 kms" is not "kms"),
// but an unless that names one means it: legs that ache after "25km" of
// walking are a long walk's.
func TestSafetyUnlessNamesAUnit(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "25km walk", text: "both legs ache after walking 25km today, no numbness, just tired. back a bit stiff", want: VerdictNone},
		{name: "no distance", text: "both legs ache and go numb when I stand, back pain since yesterday", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "10 kms", text: "walked 10 kms yesterday and my back is sore", want: VerdictNone},
	})
}

// Held-out v52 (spent): a tram stepped in front of "if", how easy it would
// be to drive into a pillar, a cousin who uses a needle, a minibus that
// rolled; and the look-alikes it found: a knee-high fall, pain on the
// night shift that rest eases, self-harm ten years over, a comic's flop.
func TestSafetyHeldOutV52Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "if I step in front of the tram", text: "if i walk in front of the tram on monday at least work stops. anyway, stretches for a stiff back?", want: VerdictCrisis},
		{name: "how easy to drive into", text: "on the motorway i keep thinking how easy it would be to just steer into the barrier. my back is wrecked too", want: VerdictCrisis},
		{name: "uses a needle", text: "my brother uses a needle again and his back has been bad for three days, he feels hot", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "minibus rolled", text: "the team minibus overturned on the way home last night, my back is getting worse today", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "knee-high fall", text: "stepped off a knee high wall badly yesterday and landed on my bum, bit sore. ok to run?", want: VerdictNone},
		{name: "night shift, eased by rest", text: "back worse during night shifts lifting patients, fine once i rest at home. massage before work?", want: VerdictNone},
		{name: "self-harm years over", text: "i self harmed as a teenager, 12 years fine now. can a massage therapist work near the old scars?", want: VerdictNone},
		{name: "die on stage", text: "i wanted to die on stage when the mic cut out lol. my back is sore from the gig, heat or ice?", want: VerdictFigure},
	})
}

// Held-out v53 (spent): crises told sideways (letters written "just in
// case", a bridge picked "kidding. mostly", waking up no longer cared
// about, pills taken an hour ago, who gets the gear sorted out); red flags
// in dialect ("baith legs"), a quad that came over on top of someone,
// legs folding under, a back gone a funny shape, a cough like a knife,
// constant pain between the shoulder blades, a fever that "won't go"
// (the fever rule's unless read "fever ... go" as the fever gone); and the
// look-alikes it found.
func TestSafetyHeldOutV53Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "letters just in case", text: "exams next week and my back is wrecked. wrote letters to my family just in case. posture tips?", want: VerdictCrisis},
		{name: "kidding mostly", text: "haha I've picked the cliff already 😂 kidding. mostly. is a foam roller any good?", want: VerdictCrisis},
		{name: "whether I wake up", text: "stopped caring if I wake up tomorrow honestly. heat or ice for sciatica?", want: VerdictCrisis},
		{name: "pills an hour ago", text: "took a handful of my codeine about two hours ago, feel weird. does a massage gun help?", want: VerdictCrisis},
		{name: "baith legs", text: "ma back's bad and baith legs are numb since this morning", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "came over on top", text: "my dad tipped the tractor and it came over on top of him in the field, he says his back is fine", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "legs folding", text: "my legs keep folding under me on the stairs since monday and my back is killing me", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "funny shape", text: "my back's gone a funny shape in the last few weeks, there's a hump now, and it aches", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "cough like a knife", text: "since last week when I cough it's like a knife in my lower back", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "between the shoulder blades", text: "constant pain between my shoulder blades for a week, didn't do anything to it", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "fever won't go", text: "the fever won't go and my lower back is getting worse", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "fever gone", text: "fever's been gone since friday, just a stiff back from lying in bed", want: VerdictNone},
		{name: "a knot between the shoulder blades", text: "constant knot between my shoulder blades from the desk, best massage?", want: VerdictNone},
		{name: "legs folded on the couch", text: "I sit with my legs folded under me watching telly and my back is stiff after", want: VerdictNone},
		{name: "a dog's back legs", text: "our old collie's back legs are wobbly, can I massage her back?", want: VerdictNone},
		{name: "cat off the balcony", text: "my cat jumped off the balcony, she's fine lol, I hurt my back chasing her", want: VerdictFigure},
	})
}

// Held-out v54 (spent): a walk into the sea "and keep going", the only
// thing stopping a crash, Sheng, tablets "together", letters being
// written "just in case", cuts all over her legs; a Harley laid down,
// waterworks that stopped, confusion told as "talking out of his head",
// numbness down one leg since a massage, a spine bending to the side,
// steady pain between the shoulder blades; and look-alikes.
func TestSafetyHeldOutV54Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "sea, keep going", text: "some mornings i want to walk out into the ocean and just keep going. back is the same. any stretches?", want: VerdictCrisis},
		{name: "only thing stopping me", text: "the only thing stopping me is my dog honestly. my back has been hell for a year", want: VerdictCrisis},
		{name: "tablets together", text: "my dad asked me to put all his pills together in a cup for him tonight. his back is bad, what massage helps?", want: VerdictCrisis, third: true},
		{name: "writing letters just in case", text: "been writing some letters this week, just in case. heat or ice for a bad back?", want: VerdictCrisis},
		{name: "harley laid down", text: "laid the harley down on the highway this morning, back is screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "waterworks stopped", text: "grandad says his waterworks stopped working since this morning and his back hurts", want: VerdictUrgent, level: em, rule: "bladder", third: true},
		{name: "talking out of his head", text: "he has a fever and back pain and now he's talking out of his head", want: VerdictUrgent, level: em, third: true},
		{name: "leg numb since the massage", text: "since the massage on monday my right leg from the knee down is numb and it's not going away", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "numb patch fading", text: "after the massage there's a small numb patch on my thigh where she pressed, it's fading already", want: VerdictNone},
		{name: "spine bends to the side", text: "my son's spine bends to the side now and his back hurts, he's 12", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "steady between the shoulder blades", text: "steady ache between my shoulder blades for a week, didn't do anything to it", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "overdosed on dramas", text: "overdosed on kdramas all weekend on the sofa and now my back is stiff lol", want: VerdictFigure},
	})
}

// Held-out v55 (spent): a hook on a beam looked at "differently", a
// sharpener with its blade out, a pain plan that "is the motorway
// bridge", an arm held over the kettle steam, "had enough of being
// alive", an "over dose" asked for a mate who is me; wiping "through a
// glove", a tree limb that came down on someone; and look-alikes ("Eid
// fever", a soda fountain's "suicide", a game where someone breaks his
// spine, "shat myself when the inspector walked in").
func TestSafetyHeldOutV55Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "rafters differently", text: "been looking at the rafters in the garage a bit differently lately. back's no better", want: VerdictCrisis},
		{name: "sharpener blade", text: "found my son's pencil sharpener with the blade taken out in his drawer. he's been hiding his arms", want: VerdictCrisis, third: true},
		{name: "plan is the bridge", text: "honestly my retirement plan is the bridge over the bypass lol. anyway, stretches?", want: VerdictCrisis},
		{name: "arm over the steam", text: "when it gets bad I hold my wrist over the kettle steam until I can't think. back is wrecked", want: VerdictCrisis},
		{name: "enough of being alive", text: "I've had enough of being alive with this back. Does massage help at 80?", want: VerdictCrisis},
		{name: "over dose for a mate", text: "what's an over dose of co-codamol, asking for a friend. the friend is me", want: VerdictCrisis},
		{name: "through a glove", text: "since monday wiping feels like doing it through a glove and my back is killing me", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "limb came down", text: "a branch came down in the storm and hit me across the shoulders, back is throbbing", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "Diwali fever", text: "Diwali fever at ours, cleaning all week and my back is done. massage oil?", want: VerdictNone},
		{name: "ordered a suicide", text: "my kid ordered a suicide at the soda machine lol, bent to clean it up and tweaked my back", want: VerdictFigure},
		{name: "game where", text: "there's a game where the hero can't feel his legs after a fall, my son loves it. my back hurts from the sofa", want: VerdictNone},
		{name: "shat myself", text: "shat myself when the boss walked in early, back's been tense all day. stretches?", want: VerdictNone},
	})
}

// Held-out v56 (spent): tall bridges googled, "gn chat, forever" after
// the pills, not bothering to wake up, an insurance payout that would see
// the family right, an "0D amount", a rig that rolled, a car "totaled",
// both legs "like sleeping", a leg that "se me dobla", a cough like a
// knife at rest, a back looking crooked lately; and look-alikes ("me
// quiero morir jaja" over a good massage, a passing-out parade, a game
// character's jump, a truck simulator, gold fever, legs like jelly that
// were normal next morning, no place to stop to pee, what kind of fall is
// dangerous).
func TestSafetyHeldOutV56Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "googling bridges", text: "started googling high bridges near me last night. anyway what helps sciatica", want: VerdictCrisis},
		{name: "gn forever", text: "took every pill in the cabinet. gn everyone, forever", want: VerdictCrisis},
		{name: "not bother waking", text: "some days i wouldn't bother waking up again. back pain for years. is yoga worth it", want: VerdictCrisis},
		{name: "insurance would see", text: "the life insurance would see my wife and boys right. back still bad, any stretches", want: VerdictCrisis},
		{name: "0d amount", text: "whats the 0d amount of tramadol lol. my back is done", want: VerdictCrisis},
		{name: "rolled the rig", text: "rolled my semi on the interstate this morning and my back is getting worse by the hour", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "car totaled", text: "car totaled on the freeway yesterday, back much worse today", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "van tipped over", text: "the van tipped over on the ice on tuesday and my lower back is getting worse", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "legs like sleeping", text: "since the adjustment both my legs are like sleeping and i cant stand long", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "se me dobla", text: "la rodilla derecha se me dobla since monday, the right leg gave way on the stairs", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "knife at rest", text: "like a knife every time i cough, even lying still, started on sunday", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "crooked lately", text: "my wife says my back looks crooked recently and it aches", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "quiero morir jaja", text: "me quiero morir jajaja the massage hurt so good. how often?", want: VerdictFigure},
		{name: "passing out parade", text: "stood for two hours at my son's passing out parade and my back is aching", want: VerdictNone},
		{name: "game jump", text: "my guy in dayz jumped off a roof and broke his legs lol. back stiff from the chair", want: VerdictFigure},
		{name: "truck sim", text: "crashed my truck in the truck sim again, back aches from the chair. better cushion?", want: VerdictNone},
		{name: "gold fever", text: "prospecting fever took hold, digging all weekend, back is sore", want: VerdictNone},
		{name: "jelly next morning", text: "legs like jelly after the hike but the next morning they were fine. back a bit sore", want: VerdictNone},
		{name: "nowhere to stop", text: "cant pee for hours on my route cause there is nowhere to stop. does it hurt the back", want: VerdictNone},
		{name: "what kind of fall", text: "what kind of fall is serious for someone with osteoporosis? my dad is 80", want: VerdictSigns},
	})
}

// The rules' false alarms left on the spent splits v53-v55: legs that
// "belonged to somebody else" after a night of dancing, "I'm fine, just
// curious", numb feet told again as "given the numb feet", no toilet break
// on shift, a dog that can't wee with the vet seeing it, a baby's teething
// temperature, a winger stretchered off on television.
func TestSafetySpentSplitLookAlikes(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "danced", text: "danced till 2am at the wedding, both legs were dead by the end, back stiff today", want: VerdictNone},
		{name: "fine, just curious", text: "does back pain with a fever mean hospital? i'm fine, only curious", want: VerdictSigns},
		{name: "given the numb feet", text: "can she have a foot massage given the numb feet? her back is just stiff", want: VerdictNone},
		{name: "no breaks", text: "i can't pee for hours cos we get no breaks on the line, does that hurt your back", want: VerdictNone},
		{name: "dog's back legs", text: "our collie's back legs are weak and he can't pee, vet is seeing him at 4. my back aches from lifting him", want: VerdictNone},
		{name: "teething", text: "baby has a temp from teething and i've paced all night, my back is wrecked", want: VerdictNone},
		{name: "winger stretchered", text: "a winger got stretchered off on telly last night and couldn't feel his legs. my back is just tight from the sofa", want: VerdictNone},
		{name: "son stretchered", text: "my son got stretchered off at rugby today, landed on his neck and back and now his back is getting worse", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
	})
}

// Held-out v57 (spent): what number "does it for good", walking into the
// surf and keeping going, not able to tell what day it is, a spine
// visibly crooked, a new hump, bent forward suddenly, a belt of pain
// between the shoulder blades, sheets soaked at night, a bladder that
// can't empty, no feeling of the bath water inside the thighs, a calf
// numb after a massage; and look-alikes (a fever for quilting, passing out
// at a bill, a night of dancing, a baby's fever after her jabs).
func TestSafetyHeldOutV57Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "does it for good", text: "how many of my naproxen would it take, what amount does it for good", want: VerdictCrisis},
		{name: "into the sea", text: "some days i think i'll walk into the sea and keep walking. back is awful", want: VerdictCrisis},
		{name: "what day it is", text: "back pain and a fever since sunday and now i cannot tell what day it is", want: VerdictUrgent, level: em},
		{name: "visibly crooked", text: "my back is visibly crooked in photos now and it aches", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "new hump", text: "there's a new hump at the top of my back and it hurts", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "belt between shoulder blades", text: "pain between my shoulder blades that goes round like a belt, started last week", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "soaked sheets", text: "soaked the sheets three nights running and my back aches", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "cannot empty", text: "back pain since monday and i can't empty properly when i pee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "bath water", text: "couldn't feel the shower water on my bum tonight, back bad since lifting", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "calf after massage", text: "after a deep tissue massage yesterday my right calf is numb and won't come back", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "fever for quilting", text: "got a fever for knitting this winter and my back is stiff from the chair", want: VerdictNone},
		{name: "passed out at the bill", text: "nearly passed out when i saw the quote for physio. is massage cheaper", want: VerdictNone},
		{name: "danced all night", text: "back in agony after dancing the whole night at the wedding, stretches?", want: VerdictNone},
		{name: "jabs", text: "baby had a temperature after her jabs, fine now, my back is sore from rocking her", want: VerdictNone},
	})
}

// Spent splits (v29-v57): letters "started" for the family, only a few
// drops when trying to pee, a toilet that can't be made, weight down
// "not even trying", a Filipino grandmother of 81 who slipped.
func TestSafetySpentSplitRedFlags(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "started writing letters", text: "i've started writing letters for everyone. back is no better", want: VerdictCrisis},
		{name: "few drops", text: "back went yesterday and now only a few drops come when i go", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cannot make toilet", text: "since lifting the sacks i cannot make toilet and my back is bad", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "not even trying", text: "down 10 kilos this winter, not even trying, and my back aches all the time", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "lola 81", text: "lola ko 81 nadulas sa banyo, masakit likod niya ngayon", want: VerdictUrgent, level: same, rule: "fragility-fracture", third: true},
	})
}
