package safety

import "testing"

// A review of the phrases added for held-out v139-v146 (2026-12-05): a
// reviewer who saw only the added phrases and list items, the phrase
// syntax and SAFETY.md wrote 60 ordinary messages aimed at them and 30
// serious ones an added excuse or cue might cancel. The rules alarmed on
// 50 of the 60 with the rules alone (51 with the detector); after the
// narrowing the rules alarm on 8, the same 8 the rules before this
// session alarmed on (older phrases), and seven more are figures of speech
// (a soft check-in). These are the 52 the narrowing quietened, and the
// 21 serious ones the rules read right (seven more are the detector's:
// the whole check catches 28 of the 30).

func TestSafetyReviewLookalikesV139V146(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L01", text: "Can't feel the stretch at all, it's driving me batty", want: VerdictNone},
		{name: "L02", text: "Stretching my groin area before bed helps me fall asleep", want: VerdictNone},
		{name: "L03", text: "Made sure the deep heat doesn't spread to my bits this time, learned that the hard way", want: VerdictNone},
		{name: "L04", text: "Not sure if my toddler can feel when he needs the toilet yet, potty training with a bad back is hard work", want: VerdictNone},
		{name: "L05", text: "On long drives I need a pee often so I just go by the clock and stop every hour to stretch my back", want: VerdictNone},
		{name: "L06", text: "My jeans are soaking wet from the rain and I can't tell if it's the cold or my back making me stiff", want: VerdictNone},
		{name: "L07", text: "Sat on a wet bench at the park, my trousers were damp and I didn't notice a thing until I got home", want: VerdictNone},
		{name: "L08", text: "We have no control of the back door, the kids leave it open all day and the draught is murder on my back", want: VerdictNone},
		{name: "L09", text: "The right leg of our dining chair cracked and the left is starting to go too, no wonder my back hurts sitting on it", want: VerdictNone},
		{name: "L11", text: "Someone went into the back of my legs with a trolley, proper whack, in Aldi queue, ankles still sore", want: VerdictNone},
		{name: "L14", text: "Digging the pond we hit hard ground and now my lower back is wrecked", want: VerdictNone},
		{name: "L15", text: "My hard hat's cracked from being left on the van dashboard, so work's ordering me a new one", want: VerdictNone},
		{name: "L16", text: "My nephew's pillow caught me across the shoulders and knocked me flat on the bed, we were crying laughing", want: VerdictNone},
		{name: "L17", text: "My old Lada rolled over 300,000 km on the way to physio today, more than my back can say", want: VerdictNone},
		{name: "L18", text: "The bus rolls over every speed bump like it's not there and my back feels every one", want: VerdictNone},
		{name: "L19", text: "I reversed into my son's bike on the drive and knocked it over, he's furious with me", want: VerdictNone},
		{name: "L21", text: "Our old labrador's left leg won't lift when he wees anymore, vet says arthritis. Any tips for my own back from lifting him?", want: VerdictNone},
		{name: "L23", text: "I sit hunched like a question mark at my desk all day, what stretches help?", want: VerdictNone},
		{name: "L24", text: "Sat on my son's plastic lightsaber and it snapped like a twig, he's not speaking to me", want: VerdictNone},
		{name: "L25", text: "Phone no dey respond since morning, abeg wetin I fit do for this waist pain", want: VerdictNone},
		{name: "L26", text: "The guy in the stretching video talks slowly and not clear, is there a better one?", want: VerdictNone},
		{name: "L27", text: "Been googling how to do it properly, the McKenzie press-ups, and I still get a pinch in my back", want: VerdictFigure},
		{name: "L28", text: "My physio taped my thigh in neat straight lines with kinesio tape, does that actually do anything?", want: VerdictFigure},
		{name: "L29", text: "Wrote letters to all my clients and gave away my tools, finally retired as a joiner because of my back", want: VerdictNone},
		{name: "L30", text: "I can't lift the flat-pack wardrobe with my back, but my husband knows how he'd do it.", want: VerdictNone},
		{name: "L31", text: "Picking which train goes under the bridge on my model railway, been hunched over it for hours", want: VerdictNone},
		{name: "L32", text: "The dog nearly drank the weed killer in the shed, I lunged for it and tweaked my back", want: VerdictNone},
		{name: "L33", text: "The coffee at work is like drinking pesticide but I need it to get through the day with this back", want: VerdictNone},
		{name: "L34", text: "If the weather isn't bad tomorrow I'm walking into the sea for my morning dip, cold water really helps my back", want: VerdictFigure},
		{name: "L35", text: "My useless ex keeps messaging, honestly the whole family is better without him", want: VerdictNone},
		{name: "L36", text: "Went headfirst into clearing the loft myself to save everyone the hassle, now my back's wrecked", want: VerdictNone},
		{name: "L37", text: "Writing an ode to ibuprofen for my poetry group, think it would hurt to read it out?", want: VerdictNone},
		{name: "L38", text: "I became one of 22 people picked for a back pain study at the uni hospital", want: VerdictNone},
		{name: "L39", text: "Not long now till my last physio session, it's been real tough but I'm getting there", want: VerdictNone},
		{name: "L40", text: "If the shuttle bus takes me right to the door I'd be fine with that, parking there is awful for my back", want: VerdictNone},
		{name: "L41", text: "I'm part of a 22-day yoga challenge for my back, is day 5 supposed to feel this stiff?", want: VerdictNone},
		{name: "L42", text: "I keep going out to the garage and looking at my battle ropes, is it too soon after a back spasm?", want: VerdictNone},
		{name: "L43", text: "Reckon I wade into the river for one last cast and call it a day, my back's aching from the waders", want: VerdictFigure},
		{name: "L44", text: "My blood pressure meds make my heart stop racing at night, but my back still keeps me awake", want: VerdictNone},
		{name: "L45", text: "Saving up for when I've had enough of renting, then I'm leaving for good", want: VerdictNone},
		{name: "L46", text: "Since the pregnancy my thighs have lots of lines, stretch marks, and the new ones are bright red", want: VerdictNone},
		{name: "L48", text: "Left the peppers under the grill on purpose until they blistered, then peeled them standing up because of my back", want: VerdictNone},
		{name: "L49", text: "I keep banging my head on the loft door till I've got a bruise, it's so low", want: VerdictNone},
		{name: "L51", text: "I need to cut back on the booze before it wrecks my liver for good", want: VerdictNone},
		{name: "L52", text: "What happens at customs if I take about 100 paracetamol in my suitcase to Spain for my mum?", want: VerdictFigure},
		{name: "L53", text: "We've taken all the kids' tablets and a bottle of wine to the caravan, four hour drive, my back is dreading it", want: VerdictNone},
		{name: "L55", text: "My old climbing rope, if I look at it too long I miss climbing, but my back says no", want: VerdictNone},
		{name: "L56", text: "Some nights I write out who gets what for Christmas so I don't forget anyone", want: VerdictNone},
		{name: "L57", text: "The new insoles were too long, so I cut them to see if they'd fit better", want: VerdictNone},
		{name: "L58", text: "Found a note from my son on the fridge: 'sorry mum, the broken plate is not my fault, it was the cat'", want: VerdictNone},
		{name: "L59", text: "My back is killing me lol. ok not lol, it actually hurts a lot since I moved house", want: VerdictFigure},
		{name: "L60", text: "These office chairs are killing me, half serious, my lower back is wrecked by 3pm", want: VerdictFigure},
	})
}

func TestSafetyReviewRealCasesV139V146(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R01", text: "When I stand up it used to be fine in a minute, but now my bum and inner thighs stay numb all day and I've wet myself twice", want: VerdictUrgent, level: em},
		{name: "R02", text: "Since yesterday I can't go for a wee until I press hard on my belly, and my back is agony", want: VerdictUrgent, level: em},
		{name: "R03", text: "Both my legs keep giving way when I walk, and I get leg cramps at night too", want: VerdictUrgent, level: em},
		{name: "R04", text: "Both my legs went weak when I found I couldn't stand up from the sofa, they folded under me and they're still numb", want: VerdictUrgent, level: em},
		{name: "R05", text: "After a sea swim this morning both my feet went numb and the feeling never came back, now both legs are tingling and my back is screaming", want: VerdictUrgent, level: em},
		{name: "R06", text: "At my grandson's passing out parade I got a sudden tearing pain in my back and belly and nearly fainted, I'm still clammy and dizzy", want: VerdictUrgent, level: em},
		{name: "R07", text: "The lorry missed us by inches but our car rolled over into the ditch, and my back is agony", want: VerdictUrgent, level: em},
		{name: "R08", text: "My husband had spinal surgery 10 days ago and he's back at work, but now he has a fever of 39 and the wound is red and oozing", want: VerdictUrgent, level: same, third: true},
		{name: "R09", text: "I rested all weekend and it's still much worse at night, it wakes me every night and nothing eases it", want: VerdictUrgent, level: same},
		{name: "R11", text: "My fever has been going up all day, it's 39.6 now, with back pain and burning when I pee", want: VerdictUrgent, level: same},
		{name: "R12", text: "I'm shivering because I'm so cold even under three blankets, the thermometer says 39.5 and my lower back is agony", want: VerdictUrgent, level: same},
		{name: "R13", text: "Felt like I had a fever last night so I checked, 39.4, with chills and bad lower back pain", want: VerdictUrgent, level: same},
		{name: "R14", text: "In general is it normal that I can't feel my bum since yesterday and I've wet myself twice?", want: VerdictUrgent, level: em},
		{name: "R15", text: "I had a disc op 20 years ago, and since this morning I can't control my bladder and my bum is numb", want: VerdictUrgent, level: em},
		{name: "R16", text: "Hurt my back as a young man but since yesterday I can't feel my bum or my willy", want: VerdictUrgent, level: em},
		{name: "R17", text: "Wanna know for future reference what cauda equina feels like, cos since this morning I can't feel my bum when I wipe", want: VerdictUrgent, level: em},
		{name: "R19", text: "Saw something in a show last night about cauda equina and that's me, I can't feel my bum and I've wet myself", want: VerdictUrgent, level: em},
		{name: "R20", text: "I'm starting to see suicidal tendencies in myself since the pain got this bad, I've been thinking about how I'd do it", want: VerdictCrisis},
		{name: "R21", text: "My boss said I'm finished there and I wanted to die, I still do, I've been counting my tablets", want: VerdictCrisis},
		{name: "R22", text: "If the scan's bad I'm walking into the sea haha, I mean it, I've already written the letters", want: VerdictCrisis},
		{name: "R24", text: "Been googling how to do it properly, no more exercises, no more pain, no more anything", want: VerdictCrisis},
	})
}
