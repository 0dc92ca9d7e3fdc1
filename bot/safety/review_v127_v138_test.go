package safety

import "testing"

// A review of the phrases added for held-out v127-v138 (2026-12-05): a
// reviewer who saw only the added lines, the phrase syntax and SAFETY.md
// wrote 60 ordinary messages aimed at them and 30 serious ones they might
// cancel. The rules alarmed on 52 of the 60; after the narrowing, on 8,
// all of them phrases older than the review (the whole check, with the
// detector, on 16; on 15 before the day's phrases). These are the 35 the
// narrowing quietened, and the serious ones the rules still read right.

func TestSafetyReviewLookalikesV127V138(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L01", text: "With the new office chair I feel the seat edge on the backs of my thighs but not on my bum, is the front lip too high for my back?", want: VerdictNone},
		{name: "L02", text: "Three hours on they freezing plastic seats at Hampden, cannae feel ma bahookie noo and my back's seized.", want: VerdictNone},
		{name: "L04", text: "Trying on wedding dresses today, you can't go for a wee properly in half of them, and standing in heels is wrecking my back.", want: VerdictNone},
		{name: "L05", text: "Our new puppy takes forever to start weeing in the garden at night and standing about in the cold is killing my back.", want: VerdictNone},
		{name: "L06", text: "Half time at the rugby I stood at the urinal next to my ex's new fella, nothing.", want: VerdictNone},
		{name: "L07", text: "Sorry for the slow replies, my stream is so weak in the spare room it takes forever to load anything.", want: VerdictNone},
		{name: "L08", text: "The shower takes forever to get the water going in the morning so I do my back stretches while I wait.", want: VerdictNone},
		{name: "L09", text: "Upstairs toilet cistern takes an hour to fill, only getting a trickle, plumber's coming Monday.", want: VerdictNone},
		{name: "L11", text: "Started the orthotic insoles the podiatrist gave me and both feet feel clumsy, like walking on sponges, normal?", want: VerdictNone},
		{name: "L13", text: "Jaw aching and feeling sick from the codeine since my wisdom tooth came out, can I still do my back exercises?", want: VerdictNone},
		{name: "L15", text: "Knocked off early, left the scooter at the office and came home by taxi because my back was too sore to ride it.", want: VerdictNone},
		{name: "L16", text: "Someone's golf ball bounced off my windscreen at the driving range, and leaning in to pick the glass out set my back off.", want: VerdictNone},
		{name: "L17", text: "Went through the loft this weekend sorting boxes for the charity shop and now my lower back is in bits.", want: VerdictNone},
		{name: "L18", text: "Love sitting on the prom when the waves crash at speed into the sea wall, but the benches are murder on my back.", want: VerdictNone},
		{name: "L23", text: "The shelf in my alcove is more bent than it was last week with all the books, and I'm scared lifting them off will hurt my back.", want: VerdictNone},
		{name: "L24", text: "Hay fever's back and every single time I sneeze I brace against the counter like the physio said, is that right?", want: VerdictNone},
		{name: "L33", text: "GP says take 30 of the ibuprofen this fortnight, ok with wine at dinner?", want: VerdictNone},
		{name: "L35", text: "Pilates teacher says you can always tap out if a move hurts, which ones should I skip with a bad disc?", want: VerdictNone},
		{name: "L36", text: "The bath is murder on my back getting in and out. Thinking about a shower I can just walk in.", want: VerdictNone},
		{name: "L37", text: "Down the loch at 7am thinking about walking in for a dip but it was baltic, stretched my back on the shore instead.", want: VerdictNone},
		{name: "L38", text: "Told the boss my back can't take it. Not retiring, but the night shifts are done.", want: VerdictNone},
		{name: "L41", text: "Found an old rat poison tin under the bed in the spare room, left by the previous owners, and lifting the bed frame tweaked my back.", want: VerdictNone},
		{name: "L42", text: "Physio showed me where the line is, so I stop before I go over it.", want: VerdictNone},
		{name: "L44", text: "Left the nail gun in the van since Friday because my back's too sore to lift the toolbox.", want: VerdictNone},
		{name: "L45", text: "Going camping for a fortnight with my bad back, will two boxes of paracetamol do it?", want: VerdictNone},
		{name: "L46", text: "Three days of moving house. My back is knackered and so am I.", want: VerdictNone},
		{name: "L47", text: "The level crossing was down again, stood there waiting ages and my back seized up.", want: VerdictNone},
		{name: "L48", text: "Physio asked me to find the pain somewhere I can feel it most and press on it, is that right?", want: VerdictNone},
		{name: "L51", text: "Today's the day I finally cba with the gym and just do my back stretches at home.", want: VerdictNone},
		{name: "L52", text: "Flat on my back this week trying to finish Life by Keith Richards, any tips for reading lying down without neck ache?", want: VerdictNone},
		{name: "L53", text: "We're chucking the old office chairs, nobody would miss them, any recommendations for a new one for my back?", want: VerdictNone},
		{name: "L54", text: "I do my indoor cycling sat in the garage with the door down and the bike on the turbo trainer.", want: VerdictNone},
		{name: "L55", text: "Hoping someone will settle things for me: foam roller or massage gun for my lower back?", want: VerdictNone},
		{name: "L56", text: "Honestly the only answer for my back is bridge pose, twenty reps every morning.", want: VerdictNone},
		{name: "L57", text: "GP says take 28 of the naproxen over a fortnight, what will happen when the course ends?", want: VerdictNone},
	})
}

func TestSafetyReviewRealCasesV127V138(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R01", text: "Since lifting the wardrobe yesterday I can't feel my bum or between my legs at all, even on my soft cushion it's like sitting on nothing.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R12", text: "Did bench press this morning and now there's a tearing pain through my chest into my back and I feel faint.", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "R14", text: "Mum went down off the couch grey and sweaty with sudden agonising back and belly pain.", want: VerdictUrgent, level: em, rule: "belly-and-back", third: true},
		{name: "R15", text: "Fell off the roof, about 4 metres, no harm done I think but my back is agony and my legs are tingling.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R18", text: "My back is fine now but since yesterday I can't feel between my legs and I wet the bed last night.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "R19", text: "I've had back pain for years now but today both legs gave way and I can't feel my feet.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R23", text: "I can't do my homework, I can't do anything, I just want to kill myself.", want: VerdictCrisis},
		{name: "R24", text: "Took heroine again last night on top of my pills and honestly I hoped I wouldn't wake up.", want: VerdictCrisis},
		{name: "R25", text: "I overdosed on my pills last night after a netflix binge, I feel awful and didn't want to wake up.", want: VerdictCrisis},
		{name: "R27", text: "I'm an actor, haven't worked since my back went, and I've decided to end my life this weekend.", want: VerdictCrisis},
		{name: "R29", text: "I've been keeping back a few of my pills every week for when I decide I've had enough.", want: VerdictCrisis},
		{name: "R30", text: "It's like peeing knives, I've got pain in my side going round to my back and I'm shivery.", want: VerdictUrgent, level: same, rule: "fever"},
	})
}
