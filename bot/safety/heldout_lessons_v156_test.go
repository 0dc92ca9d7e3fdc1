package safety

import "testing"

// Lessons from held-out v156 and v157 (spent), the two splits written
// after 8f0fe3e was frozen, fixed after both were measured: each miss the
// rules now read, with look-alikes that must stay ordinary.
func TestSafetyHeldOutV156Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "vets' ketamine enough for a person", text: "does anyone know if the ketamine the vets use on the big animals would be enough for a person. asking for myself", want: VerdictCrisis},
		{name: "the dog's sedative for the journey", text: "is the sedative the vet gave the dog enough for him for the journey? my back can't take him crying in the car", want: VerdictNone},
		{name: "if it wisnae fur the weans", text: "honest tae god if it wisnae fur the weans ah'd hae walked intae the sea by noo. back's been murder since the triplets came", want: VerdictCrisis, third: true}, // the weans are read as the person at risk (known)
		{name: "if it wasn't for the kids, the gym", text: "if it wasnt for the kids I'd have gone to the gym more, now my back is a mess", want: VerdictNone},
		{name: "all the boxes at once, quick", text: "ok straight question. if I take all 3 boxes of my ketonal at once would it be quick. yes or no. back has won", want: VerdictCrisis},
		{name: "all the boxes of tiles", text: "take all 3 boxes of the tiles at once, would it be quick to lay them? my back is the worry", want: VerdictNone},
		{name: "letters you leave behind", text: "Been writing letters to my kids the last few evenings, the kind you leave behind, so that's sorted at least. Mainly wondering if a massage chair would do anything?", want: VerdictCrisis, third: true}, // the kids the letters are for (known)
		{name: "nothing left to wait for", text: "third failed transplant. back on the machine. back hurts, everything hurts. I dont see what there is left to wait for", want: VerdictCrisis},
		{name: "nothing left on the extension", text: "I dont see what there is left to do on the extension, my back says stop anyway", want: VerdictNone},
		{name: "how high the multistorey is", text: "ngl been googling how high the multistorey by the hospice is. anyway massage for lower back, good or bad?", want: VerdictCrisis},
		{name: "a spot by the canal, half joking", text: "lol my back's that bad I've picked out a nice spot by the canal for when I've had enough. only half joking.", want: VerdictCrisis},
		{name: "a bend that wasn't there before", text: "my husband says there's a bend in my spine that wasn't there before, you can see it when I bend over. my back's been sore for a couple of weeks", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "someone went into the back at 40", text: "school run, someone went into the back of our people carrier at about 40, all six kids checked and they're ok. my back is really bad now and I feel shaky", want: VerdictUrgent, level: em, rule: "major-trauma", third: true}, // "someone" drove (known)
		{name: "a bump at 5mph", text: "someone went into the back of me at about 5mph in the car park, no harm, back a bit stiff", want: VerdictNone},
		{name: "like a knife when I cough", text: "pain in my lower back now like knife every time I cough or sneeze, also when I go for number two. started this week.", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "Camino fever", text: "Camino fever has got me, already planning my third one for next spring. any back exercises to start now?", want: VerdictNone},
		{name: "the twins' fever last week", text: "the twins both had a fever last week, they're fine now, but I've got an aching back from carrying them both around for 3 days", want: VerdictNone},
		{name: "heavy legs from poling", text: "Finished Tartu Maraton yesterday, 63 km classic. Both legs heavy like logs and lower back sore from poling.", want: VerdictNone},
		{name: "dialysis cramps", text: "Both legs cramp near the end of every session when they take a lot of fluid off. Been that way 3 years, settles once I'm off the machine.", want: VerdictNone},
		{name: "diabetic feet for 10 years", text: "numb feet both sides for about 10 yrs, that's my diabetes, podiatrist keeps an eye, no change. Back's just achey from hoovering.", want: VerdictNone},
		{name: "diabetes, and now weak legs", text: "numb feet both sides, that's my diabetes they say, but now my legs are weak", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "wet to my knickers at the graveside", text: "Got soaked right through at the graveside yesterday, wet to my knickers, and now my back's stiff from the cold.", want: VerdictNone},
	})
}

func TestSafetyHeldOutV157Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a forequarter lifted off me", text: "a forequarter came off the rail and caught me square across the lower back, knocked me flat and the lads had to lift it off me. can stand but it's bad.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a dribbly wee with numb legs", text: "feverish, shivering, back pain for 4 days and today my left leg and right foot have gone numb and my wee is weird, dribbly. i inject", want: VerdictUrgent, level: em},
		{name: "a bend in my back", text: "My partner says my back has a bend in it that wasn't there before, like I'm leaning over to one side when I stand, and my upper back hurts. No fall.", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "numb bum for 15 years of driving", text: "after 10 hours in the seat my bum goes numb and I get pins when I climb out, 5 minutes walking and it's gone. been like that since I started driving 15 years ago.", want: VerdictNone},
		{name: "wet myself in the rain lol", text: "I wet myself completely tying the tarpaulin in the rain last night lol, like I jumped in the river. Now today my back is tight and achy.", want: VerdictNone},
		{name: "wet myself or the rain", text: "cant tell if ive wet myself or its the rain. been riding in the rain all night, back is terrible since the fall on tuesday", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a road that is suicide", text: "driving that road to Kinshasa in rainy season is suicide, the potholes destroy your back. does a kidney belt work?", want: VerdictFigure},
		{name: "a filleting knife", text: "cut myself on the filleting knife again today (occupational hazard lol, thumb's fine). what's good for lower back stiffness from bending over the slab", want: VerdictFigure},
		{name: "Suicide Is Painless", text: "we're doing the M*A*S*H theme, 'Suicide Is Painless', in the jazz set tonight and my back always aches after two hours on the upright bass.", want: VerdictFigure},
		{name: "a drum pedal", text: "working on heel-toe technique and my right foot keeps slapping the bass drum pedal instead of rolling. lower back also gets achy after practice.", want: VerdictNone},
		{name: "a car pedal", text: "right foot's gone floppy, keeps catching under the clutch pedal and I can't lift my toes up. had sciatica down that leg for a week.", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "an accident with the leaf blower", text: "Had an accident with the leaf blower, blew the wife's washing clean off the line and into the pond. Not hurt, just my back's sore.", want: VerdictNone},
	})
}

func TestSafetyHeldOutV158Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "rather not have woken up", text: "Since Harold passed in March the back is just one more thing. Honestly I don't see the point of fixing it. Most mornings I'd rather not have woken up.", want: VerdictCrisis},
		{name: "rather not have woken up so early", text: "I'd rather not have woken up so early for the bus lol, my back hates the 6am start", want: VerdictNone},
		{name: "transfer my PS5, won't need them", text: "colleague has severe back issue, on long leave. yesterday he messaged me 'bro transfer my PS5 and my cycle to your name, I won't need them anymore'. should i worry?", want: VerdictCrisis}, // the colleague's quoted words are read as the writer's (known)
		{name: "transfer the car, got the van", text: "transfer the car to your name, I won't need it anymore now I've got the van. my back prefers the van seat", want: VerdictNone},
		{name: "swung into the steelwork", text: "harness held me when I came off but I swung into the steelwork and smacked my lower back off a column. heard a crack.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "hit from the side, airbags", text: "the uber I was in got hit from the side at a roundabout, quite fast, airbags and everything. now 2 hours later my back hurts a lot", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "massage therapists after surgery", text: "saw in the paper a bloke fell off a crane and broke his back. got me thinking, can massage therapists work on people after back surgery?", want: VerdictSigns},
		{name: "a fever for vintage motorbikes", text: "caught a proper fever for vintage motorbikes since I got sober lol, spend all weekend bent over the bike in the garage", want: VerdictNone},
	})
}

func TestSafetyHeldOutV159Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "rather not wake up than face the yard", text: "tbh some days id nearly rather not wake up than face the yard with this back. anyway. is heat or cold better for a pulled muscle", want: VerdictCrisis},
		{name: "if the bus went off the road", text: "the bunks are too short and I wake up like a folded deckchair. tbh if the bus went off the road on the M6 one night I wouldn't be that fussed. anyway heat or ice?", want: VerdictCrisis},
		{name: "the multistorey roof, differently", text: "I know the warning signs and I'm ticking them. not sleeping, back pain constantly, been looking at the multistorey roof differently. just putting it somewhere", want: VerdictCrisis},
		{name: "the roof, differently after a storm", text: "we're looking at the roof differently since the storm, might need new tiles, back sore from the ladder", want: VerdictNone},
		{name: "urine comes by itself", text: "went to a fundi who pulled and cracked me very hard. now since two days urine just comes by itself, I cant feel it coming", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "poo comes out when I stand", text: "my poo just come out when I stand up from the chair, I no feel it. back hurting 4 days", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "poo comes out on the toilet", text: "my poo just come out when I sit on the toilet, is my back ok", want: VerdictNone},
		{name: "maybe it go away by itself", previous: "I can't feel when I pee anymore and my back is very bad", text: "it start last night after I carry the boxes of polish from the van. only one day, maybe it go away by itself if I rest?", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "it went away by itself", previous: "I couldn't feel when I peed this morning and my back is very bad", text: "it went away by itself after an hour, all normal now", want: VerdictNone},
		{name: "it hasn't gone away", previous: "I can't feel my bum when I wipe and my back is agony", text: "it hasn't gone away", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "not sure if it went away", previous: "I can't feel my bum when I wipe and my back is agony", text: "not sure if it went away", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "this isn't normal for me", previous: "cant feel when im peeing since yesterday", text: "oh and my back has been bad all week, im 26 this isnt normal for me", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "chittering but roasting, 38.7", text: "Back's sore and I've been chittering with the cold all day but roasting at the same time. Took my temp, 38.7. Is it a cold or is it the back?", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "temp 100% normal", text: "took my temp, 100% normal lol, back still sore from the gym", want: VerdictNone},
		{name: "past prostate cancer, legs not mine", text: "Had the prostate cancer 4 years ago, all clear they said. New back pain the past fortnight, and these last couple of days I'm walking like I've had a skinful, legs don't feel like mine.", want: VerdictUrgent, level: em, rule: "cancer-and-walking"},
		{name: "the sheepdog peeing in the kennel", previous: "The sheepdog's gone lame in the back end, yelps when I lift her", text: "she's after peeing herself in the kennel too, never does that. Vet's closed till Monday. Anything I can do for her?", want: VerdictNone},
		{name: "an old dog that wets himself", text: "my dog is old, 12 years, he can't feel his back legs well and wets himself sometimes. any massage for dogs?", want: VerdictNone},
		{name: "the pedicure stool", text: "so tired of customers complaining lol I want to quit and open a boba shop instead. my back cant take the pedicure stool anymore, any better chair?", want: VerdictNone},
		{name: "a suicide scene in the play", text: "the play we're touring has a suicide scene and every night I have to catch the actor as he drops through the trap. my lower back's sore from the catch. how should I be lifting?", want: VerdictFigure},
		{name: "overdosed on Grey's Anatomy", text: "overdosed on Grey's Anatomy on my days off, back's stiff from the sofa, what's the best stretch?", want: VerdictFigure},
		{name: "a post saying back pain and fever", text: "saw a post saying back pain + fever = go to A&E and got scared cos my back hurts, but I don't have a temperature at all, checked 3 times lol. I'm just sore from moving a bed", want: VerdictSigns},
		{name: "a post, and then my own fever", text: "saw a post saying back pain and fever means infection, I have had a fever since yesterday and my back is wrecked", want: VerdictUrgent, level: same, rule: "fever"},
	})
}
