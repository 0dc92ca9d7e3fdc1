package safety

import "testing"

// Lessons from the held-out splits v107-v126, each spent once measured:
// the words of its misses, and look-alikes the fixes must not read.

func TestSafetyHeldOutV107Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the last thing keeping me going", text: "discharged today. that was the last thing that was keeping me going.", want: VerdictCrisis},
		{name: "before it ODs you", text: "how much amitriptyline with paracetamol before it ODs you", want: VerdictCrisis},
		{name: "not planning on seeing Easter", text: "sorted my affairs. I don't plan on seeing Easter.", want: VerdictCrisis},
		{name: "a date picked", text: "I've picked a date. Just want the pain less till then", want: VerdictCrisis},
		{name: "a wedding date", text: "We've picked a date for the wedding! back hurts from the dress fittings", want: VerdictNone},
		{name: "biting to bruise", text: "I bite myself till it bruises when it gets bad", want: VerdictCrisis},
		{name: "a toddler biting", text: "my toddler bites himself when he's cross, is that a phase", want: VerdictNone},
		{name: "sitting holding the gun", text: "some nights I take the pistol out of the drawer and sit on the bed holding it a long time", want: VerdictCrisis},
		{name: "a heat pad out of the drawer", text: "got the heat pad out of the drawer and sat holding it on my back", want: VerdictNone},
		{name: "bring matters to a close", text: "I have begun to wonder how I might bring matters to a close.", want: VerdictCrisis},
		{name: "Christmas dinner", text: "not planning to make Christmas dinner this year, my back is too bad", want: VerdictNone},
		{name: "peeing without knowing", text: "since Monday I'm peeing myself a bit without knowing it", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "hours trying to pee", text: "been trying to pee for 4 hours and nothing comes, back is agony", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a cushion that isn't there", text: "since yesterday sitting on the loo feels like a cushion that isn't there", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "numb foot the day after a massage", previous: "had a massage on Friday for my back", text: "since Saturday my left foot is numb", want: VerdictUrgent, level: same, rule: "after-massage-numb-leg"},
		{name: "suicide on the knees", text: "that squat is suicide on my knees lol, is my back position wrong", want: VerdictFigure},
		{name: "if we lose the derby", text: "ill kill myself if we lose the derby lmaooo, back sore from the stands", want: VerdictFigure},
		{name: "if we lose the house", text: "I'll kill myself if we lose the house", want: VerdictCrisis},
		{name: "roblox fever", text: "roblox fever again, up all night, lower back sore", want: VerdictNone},
		{name: "a leaver penalty", text: "can't pee mid game or I get a leaver penalty, is sitting that long bad for the back", want: VerdictNone},
		{name: "the continence nurse knows", previous: "he wet the bed again last night", text: "it's been going on 3 years, the continence nurse knows all about it. my back is sore from the sheets", want: VerdictNone},
		{name: "continence pads are not incontinence", text: "lifted a box of continence pads at work, back twinged", want: VerdictNone},
		{name: "soiled without feeling", text: "soiled my underwear without feeling it twice this week, back bad since Monday", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "jelly after the zoo", text: "both legs like jelly after the zoo with the grandkids", want: VerdictNone},
		{name: "should a person worry", text: "Should a person worry if they get back pain with a fever? in general", want: VerdictSigns},
	})
}

func TestSafetyHeldOutV108Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a chat with the bridge", text: "had a chat with the bridge on the way home. it said hello", want: VerdictCrisis},
		{name: "counts as an od", text: "how much amitriptyline counts as an od", want: VerdictCrisis},
		{name: "check out check out", text: "gonna check out. like check out check out", want: VerdictCrisis},
		{name: "checking out a physio", text: "I'm gonna check out that physio on the high street", want: VerdictNone},
		{name: "a goodbye text", previous: "", text: "she texted 'take care of the kids for me, sorry' and switched off her phone", want: VerdictCrisis, third: true},
		{name: "sorry the phone was off", text: "sorry for the late reply, turned off my phone, my back was bad", want: VerdictNone},
		{name: "a blade across the thigh", text: "I run a blade across my thigh when the pain is bad", want: VerdictCrisis},
		{name: "a knife across the thumb", text: "ran the knife across my thumb chopping onions, and my back is sore", want: VerdictNone},
		{name: "old healed scars", text: "I have old self-harm scars on my back, all healed, haven't hurt myself in over 5 years. will the therapist mind?", want: VerdictNone},
		{name: "old scars, new cutting", text: "I have old self-harm scars and I cut again last night", want: VerdictCrisis},
		{name: "nothing working downstairs", text: "since my back went last week nothing's working downstairs", want: VerdictUrgent, level: em, rule: "sexual-function"},
		{name: "falls asleep mid-sentence", text: "mum has burning pee and pain in her side at the back, and today we wake her and she falls asleep again", want: VerdictUrgent, level: em, rule: "kidney-and-confusion", third: true},
		{name: "fever and a leg that won't lift", text: "fever since yesterday with back pain and my left leg won't lift and it's getting worse", want: VerdictUrgent, level: em, rule: "fever-and-weakness"},
		{name: "the bike broken, not him", text: "my son had an accident on his bike, the bike is broken not him, and I carried it home and hurt my back", want: VerdictNone},
		{name: "between the shoulder blades for days", text: "new pain between my shoulder blades and it's been there 4 days", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "a numb foot since a massage", text: "since the massage yesterday my left foot has been numb, still is", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "a fall from the third floor", text: "my cousin fell from the third floor hanging washing, her back is very painful", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
	})
}

func TestSafetyHeldOutV109Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "more than the box says, on purpose", text: "took more of the co-codamol than the box says, sort of on purpose", want: VerdictCrisis},
		{name: "step off the top floor", text: "plan is finish the essay then step off the top floor of the car park. joking. mostly", want: VerdictCrisis},
		{name: "they would manage without me", text: "I keep thinking my family would manage fine without me.", want: VerdictCrisis},
		{name: "the team manages for two weeks", text: "I think the team would manage without me for two weeks while I'm off with my back", want: VerdictNone},
		{name: "a lighter against the wrist", text: "I hold a lighter against my wrist when my back flares", want: VerdictCrisis},
		{name: "overdosed on box sets", text: "overdosed on box sets all weekend and now my back is stiff", want: VerdictFigure},
		{name: "shunted by an artic", text: "got shunted by an artic at about 50 on the motorway, my lower back is screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "crushed by a steer", text: "got pinned against the gate by a steer this morning, my back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "belly pain through to the back", text: "sudden pain in my belly that goes right through to my back, sweating and nearly fell", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "sitting on nothing", text: "since Saturday the toilet seat feels like sitting on nothing", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "numb around the ring", text: "back's bad and it's gone numb around my ring since yesterday", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "legs won't go where I send them", text: "these two days my legs won't go where I send them", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a cedar chest", text: "carrying a cedar chest upstairs hurt my back", want: VerdictNone},
		{name: "a shy bladder", text: "he can't pee with a queue behind him lol, anyway my back is sore from the seats", want: VerdictNone},
		{name: "a leaking hot water bottle", text: "my hot water bottle leaked in bed and I thought I'd wet myself lol", want: VerdictNone},
		{name: "walker's legs", text: "calves like jelly on the stairs today, proper walkers legs, back sore from the pack", want: VerdictNone},
		{name: "if one of them falls", text: "I run a walking group for over 70s. if one of them falls and hurts their back, what signs mean an ambulance?", want: VerdictSigns},
		{name: "reruns", text: "watching reruns where a girl gets thrown from a horse and can't feel her legs. is massage ok for stiffness?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV110Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "which floor to jump from", text: "I know which floor of the car park I'd jump from, haha. stretches for long shifts?", want: VerdictCrisis},
		{name: "a bungee bridge", text: "which bridge should I jump off for the charity bungee, my back is nervous", want: VerdictNone},
		{name: "pieces at one time", text: "what happens if someone takes 20 pcs of paracetamol at one time? for research", want: VerdictCrisis, third: true},
		{name: "pills from different pharmacies", text: "I buy sleeping pills from different pharmacies and keep them in my locker", want: VerdictCrisis},
		{name: "go jump for bridge", text: "my brother say he go jump for bridge, he say na joke", want: VerdictCrisis, third: true},
		{name: "one last nice thing", text: "booked a massage. one last nice thing before I go.", want: VerdictCrisis},
		{name: "one last meal before work", text: "one last nice meal before I go back to work on Monday, my back is dreading it", want: VerdictNone},
		{name: "a suicide squeeze", text: "ran a suicide squeeze at softball and slid into home, back's sore", want: VerdictFigure},
		{name: "a suicidal back pass", text: "our keeper's suicidal back pass had me jumping up and down, now my back hurts", want: VerdictFigure},
		{name: "gig fever", text: "gig fever! standing for 3 hours tonight, any stretches for my back?", want: VerdictNone},
		{name: "an accident this morning", text: "I get accident this morning, since then my back dey pain me", want: VerdictUrgent, level: em, rule: "accident"},
		{name: "a bus somersault", text: "our bus somersault on the highway yesterday, my back is stiff today", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a dog's back legs", text: "our old dog is wobbly on his back legs and dribbling wee, vet Monday. not me, the dog", want: VerdictNone},
		{name: "codeine constipation", text: "can't poop since they put me on the tylenol 3s for my back", want: VerdictNone},
		{name: "saddle anaesthesia mentioned", text: "the safety rep mentioned saddle anaesthesia at the meeting. what is that and when should I worry?", want: VerdictSigns},
		{name: "a game character's injury", text: "in the game my character took a spinal injury and can't walk lol. foam roller for my real back?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV111Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "keeping me off the bridge", text: "the only thing keeping me off the bridge is my dog", want: VerdictCrisis},
		{name: "keeping me off the sofa", text: "the kids are keeping me off the sofa, back is sore", want: VerdictNone},
		{name: "my own little exit", text: "planning my own little exit. just want the back to hurt less till then", want: VerdictCrisis},
		{name: "an exit from a job", text: "planning an exit from my job, my back can't take the warehouse", want: VerdictNone},
		{name: "which amount is deadly", text: "from which amount of naproxen does it become deadly?", want: VerdictCrisis},
		{name: "a neat way out", text: "if the pump dumped it all at once, would be a neat way out", want: VerdictCrisis},
		{name: "a way out of the car park", text: "what's a neat way out of the hospital car park, walking hurts my back", want: VerdictNone},
		{name: "can finish somebody", text: "how many pain relievers can finish somebody", want: VerdictCrisis, third: true},
		{name: "I want to die, me", text: "'I want to die' - me, when the missus booked couples yoga", want: VerdictFigure},
		{name: "pilates fever", text: "pilates fever! 3 classes this week and my back is tight", want: VerdictNone},
		{name: "jelly last night, grand this morning", text: "legs like jelly last night but grand this morning, stiff back though", want: VerdictNone},
		{name: "fine this morning, then numb", text: "since the massage this afternoon both his feet are numb, he was fine this morning", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "an okada crash", text: "okada hit car for road, I fly land for my back, e dey pain me", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a crunch with osteoporosis", previous: "I'm 81 with osteoporosis", text: "and I bent to pick up the baby, felt a crunch in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
	})
}

func TestSafetyHeldOutV112Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "naebody wid notice", text: "naebody wid even notice if ah wisnae here", want: VerdictCrisis},
		{name: "the multistorey, not joking", text: "im jumping off the multistorey at the hospital, not even joking", want: VerdictCrisis},
		{name: "stood there on level 6", text: "went up to level 6 of the car park last week and just stood there", want: VerdictCrisis},
		{name: "not planning on the walk out", text: "letters written and sealed in the lid pocket. not planning on the walk out.", want: VerdictCrisis},
		{name: "walking out on Tuesday", text: "not planning on the walk out from base camp till Tuesday, back ok?", want: VerdictNone},
		{name: "tablets saved up", text: "she said she's got enough tablets saved up if it comes to it", want: VerdictCrisis, third: true},
		{name: "the most someone could take before", text: "what's the most amitriptyline someone could take before it's dangerous?", want: VerdictCrisis, third: true},
		{name: "weedkiller in the shed", text: "there's weedkiller in the shed and I keep looking at it", want: VerdictCrisis},
		{name: "charcoal, not for a barbecue", text: "bought charcoal, not for bbq. just want the pain to stop", want: VerdictCrisis},
		{name: "shaking him awake", text: "husband has pain in his side and back and burning pee, now I'm shaking him and he's hardly answering", want: VerdictUrgent, level: em, rule: "kidney-and-confusion", third: true},
		{name: "the branch broke", text: "the branch broke and he fell flat on his back from way up the tree", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "a foot onto the pad", text: "came off a boulder and dropped maybe a foot onto the pad, bit sore", want: VerdictNone},
		{name: "a bouldering fall from the top", text: "fell off the top of the bouldering wall, missed the mat and landed on my back", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "something went bending", text: "I'm 74, bent to pick up the post and something went in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "clean needles", text: "I use heroin, clean needles, and my back has been sore for two weeks", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "more hunched lately", text: "dad's back is more hunched over lately and he's in pain, he's 82", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "shivering after a loch swim", text: "shivering after the loch swim this morning, back stiff from the cold", want: VerdictNone},
		{name: "a desk collapsed", text: "my standing desk collapsed mid pitch, now sitting all day and my back hurts", want: VerdictNone},
		{name: "the promotion ladder", text: "fell off the promotion ladder this year lol, back is better though", want: VerdictNone},
		{name: "the car hit, not in it", text: "my car got hit in the car park (wasn't in it), back in knots from the stress", want: VerdictNone},
	})
}

func TestSafetyHeldOutV113Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "holding the spray", text: "found him in the shed holding the weedkiller, he said he was just looking at it", want: VerdictCrisis, third: true},
		{name: "letting it drift into a wagon", text: "some days I think about letting it drift into the back of a wagon", want: VerdictCrisis},
		{name: "drifting into the kerb", text: "let the car drift into the kerb while parking and my back jolted", want: VerdictNone},
		{name: "thin lines on his arm", text: "found thin lines on his arm and blood on the sheets, he says it was the cat", want: VerdictCrisis, third: true},
		{name: "unalive myself (joke)", text: "if I sit through one more all-hands I'm going to unalive myself (joke!! I'm fine). lumbar support?", want: VerdictFigure},
		{name: "kill myself, jk", text: "i want to kill myself, jk", want: VerdictCrisis},
		{name: "doing suicides at training", text: "coach had us doing suicides at training, back's tight now", want: VerdictFigure},
		{name: "he reckons", text: "my mate reckons if your back pain is kidneys you'll pee blood. mine's from lifting, is massage ok?", want: VerdictSigns},
		{name: "after the hammam", text: "after the hammam I go hot and red like a fever, it's only the steam. heat or massage for the back?", want: VerdictNone},
		{name: "an epidural next week", text: "I'm having an epidural steroid shot for my back next week, massage after?", want: VerdictNone},
		{name: "worse on coughing", text: "my back's achy and it shoots right up when I cough or sneeze", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "fluey and hot", text: "on methotrexate and my back's agony for 4 days, feel fluey and hot", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "stiff mornings, waking at 4am", text: "stiff every morning for an hour, better once I'm moving about, and it wakes me at 4am. psoriasis too", want: VerdictUrgent, level: soon, rule: "inflammatory-pattern"},
		{name: "night pain nothing eases", text: "the pain is worse at night and wakes me, nothing eases it, lying still makes it worse, a bit better when I'm up and about in the day", want: VerdictUrgent, level: same, rule: "night-pain"},
	})
}

func TestSafetyHeldOutV114Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "at what number fatal", text: "how many crocin together, at what number does it become fatal?", want: VerdictCrisis},
		{name: "with his gun, not coming back", text: "he said he's going up the moor with his gun and not coming back", want: VerdictCrisis, third: true},
		{name: "lying down in the snow", text: "some days I think about walking out into the snow and lying down", want: VerdictCrisis},
		{name: "pills beside the ashes", text: "I keep her ashes by my bed and some of my pills too", want: VerdictCrisis},
		{name: "ready to go, Dad's tablets", text: "mum says she's had enough and is ready to go. she asked where Dad's old tablets are", want: VerdictCrisis, third: true},
		{name: "ready to go shopping", text: "my wife has had enough of my moaning and is ready to go shopping without me", want: VerdictNone},
		{name: "on suicide watch at work", text: "12 hours outside a cell door on suicide watch, my back is wrecked", want: VerdictFigure},
		{name: "a run of nights", text: "why is my back worse after a run of nights than after days?", want: VerdictNone},
		{name: "an accident with the washing machine", text: "had a little accident with the washing machine, flooded the kitchen, back sore from mopping", want: VerdictNone},
		{name: "a five-year-old's wet bed", text: "my son wet the bed again (he is 5), back sore from changing sheets", want: VerdictNone},
		{name: "a client wets the bed every night", text: "my client cannot walk and wets the bed every night, how do I protect my back lifting him?", want: VerdictNone},
		{name: "a TV birth", text: "watching a birth show and a woman couldn't feel her legs after the epidural, is that common?", want: VerdictNone},
		{name: "progesterone injections", text: "my bum is sore and lumpy from the progesterone injections, back aches too", want: VerdictNone},
		{name: "ripping on a sneeze", text: "every time I sneeze my back feels like it's ripping in half, since last week", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "a pop on steroids", text: "on prednisolone since I was a teen. lifted the basket and felt a pop in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
	})
}

func TestSafetyHeldOutV115Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "pills from three chemists", text: "stocked up on co-codamol from three different chemists so nobody asks questions", want: VerdictCrisis},
		{name: "enough to finally rest", text: "I keep one or two of her sleeping pills each week. When I have enough I will finally rest.", want: VerdictCrisis},
		{name: "in front of the 6:40", text: "keep thinkin about steppin in front of the 6:40 into Leeds", want: VerdictCrisis},
		{name: "santhara", text: "my nani says she wants to take santhara and stop food and water until she passes", want: VerdictCrisis, third: true},
		{name: "a plan B that isn't a treatment", text: "if nothing works by my birthday I have a plan B and it isn't a treatment.", want: VerdictCrisis},
		{name: "cutting to feel other pain", text: "when the pain is too much I am cutting my leg a little so I feel other pain", want: VerdictCrisis},
		{name: "cutting an arm on brambles", text: "keep cutting my arm on the brambles clearing the garden, back aches after", want: VerdictNone},
		{name: "not going to lie", text: "not gonna lie, massage was the best thing I did for my back", want: VerdictNone},
		{name: "not eased lying in bed", text: "2 days now and the pain is not going away even lying in bed", want: VerdictUrgent, level: same, rule: "night-pain"},
		{name: "injecting with needles", text: "not gonna lie i use, with needles. new pain in the middle of my spine last few days", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "the part that touches the chair", text: "since yesterday the part of me that touches the chair is numb", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "a knee buckling today", text: "left knee buckled 3 times today, left leg pain from my back for 2 weeks", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "a knee buckling at football", text: "my knee buckled a few times during the match, back is sore", want: VerdictNone},
		{name: "a spine bending to one side", text: "my spine now bends to the left at the bottom, changed over 3 weeks", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "commentators on a player's legs", text: "the commentators were saying he couldn't feel his legs but he walked off fine", want: VerdictNone},
		{name: "a crash in the paper", text: "there was a story in the paper about a lad in a bad car crash, terrible. does massage help stiffness?", want: VerdictNone},
		{name: "a kelpie's back legs", text: "our old kelpie, her back legs have gone wobbly and she's dribbling wee on her bed", want: VerdictNone},
		{name: "legs heavy till it passes", text: "both legs get heavy after I walk the main street and I sit on the bench till it passes", want: VerdictNone},
		{name: "the second step of a ladder", text: "fell off the 2nd step of the step ladder, landed on my feet, back a bit sore", want: VerdictNone},
		{name: "legs after a leg session", text: "after todays leg session i cannot feel my legs lmaooo", want: VerdictNone},
	})
}

func TestSafetyHeldOutV116Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "an overdoes", text: "how much panadool is a overdoes for a 60kg girl", want: VerdictCrisis},
		{name: "burns done with a lighter", text: "the burns i did with my lighter last week are healing ok, back still aches", want: VerdictCrisis},
		{name: "decided not to be around that long", text: "ngl i've kind of decided i'm not going to be around that long anyway", want: VerdictCrisis},
		{name: "didn't jump in the pool", text: "i didnt jump in the pool because i wanted to rest my back", want: VerdictNone},
		{name: "not around for the party", text: "not going to be around for the party, my back won't let me drive that far", want: VerdictNone},
		{name: "a leg going from under me", text: "shivery with a temp and back pain for 3 days. today my right leg just went from under me twice", want: VerdictUrgent, level: em, rule: "fever-and-weakness"},
		{name: "loosens once moving, psoriasis", text: "i'm 24, lower back stiff every morning, loosens up once i'm moving about. psoriasis on my elbows", want: VerdictUrgent, level: soon, rule: "inflammatory-pattern"},
		{name: "a leaflet about both legs", text: "is numbness in both legs something to worry about? not me, im writing a leaflet for our walking group", want: VerdictSigns},
		{name: "waiting till home to wee", text: "I dont like the toilets at the day centre so I wait till I get home. could holding it make my back hurt", want: VerdictNone},
		{name: "no cover on the tills", text: "we literally can't go pee until our break, no cover on the tills. back aches from standing", want: VerdictNone},
	})
}

func TestSafetyHeldOutV117Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "not around for much longer", text: "not that it matters, I've made my peace with not being around for much longer", want: VerdictCrisis},
		{name: "a fall by accident for the compensation", text: "he keeps saying if he falls from the scaffold by accident at least we get the compensation", want: VerdictCrisis, third: true},
		{name: "socials deleted, love told", text: "deleted all my socials, sold my pc, told my mom I love her.", want: VerdictCrisis},
		{name: "an amount together dangerous", text: "what amount of ibuprofen and tylenol together is actually dangerous? not for the pain.", want: VerdictCrisis},
		{name: "a full pack enough to do damage", text: "is a full pack of paracetemol enough to do real damage?", want: VerdictCrisis},
		{name: "finished and so am I", text: "won't be needing any of it. back's finished and so am I", want: VerdictCrisis},
		{name: "accounts deleted before a move", text: "deleted my old accounts and sold my bike, moving to Leeds, any physio there?", want: VerdictNone},
		{name: "a full pack to last the month", text: "a full pack of ibuprofen is enough to last me the month, is that ok?", want: VerdictNone},
		{name: "wanted to die on the pews", text: "Sermon went on an hour and twenty, I wanted to die on those pews, my back!", want: VerdictFigure},
		{name: "a spine bent to one side", text: "comparing pics from last year, my spine looks properly bent to one side now", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "incontinent for years", text: "Dad had an accident in bed again (he's been incontinent for years) and I twisted my back changing the sheets", want: VerdictNone},
		{name: "never incontinent before", text: "she had an accident in her chair this morning, she's never been incontinent before, and her back hurts since her fall", want: VerdictUrgent, level: em, rule: "accident", third: true},
		{name: "bladder trouble already", text: "she already has bladder problems and weak legs from the MS, how would I know if something serious was going on?", want: VerdictSigns},
	})
}

func TestSafetyHeldOutV118Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "not around long enough to book", text: "dw about recommending a massage therapist, i won't be around long enough to book one", want: VerdictCrisis},
		{name: "then you will be free", text: "he says one day he will walk to the line when the train passes, then you will be free", want: VerdictCrisis, third: true},
		{name: "a hot iron to the thigh", text: "when the pain is unbearable I press the hot iron to my thigh for some seconds", want: VerdictCrisis},
		{name: "want to die over a video", text: "I WANT TO DIE my mum posted my old dance recital video on facebook", want: VerdictFigure},
		{name: "blood from the tuna", text: "blood everywhere on deck from the tuna today haha. back question: gel or massage?", want: VerdictNone},
		{name: "a crash in Mario Kart", text: "had a nasty car accident in mario kart last night. does a long drive make back pain worse?", want: VerdictNone},
		{name: "a buffalo's hind legs", text: "our buffalo is unable to get up since yesterday, the hind legs are weak", want: VerdictNone},
		{name: "worse at night from night shifts", text: "My back is worst at night, but that's because I'm on my feet 10pm to 7am", want: VerdictNone},
		{name: "a sister's fever gone", text: "my sister had fever last month and her back ached, but the fever went in 3 days. why does fever cause body ache?", want: VerdictNone},
		{name: "can't feel my bum on the toilet", text: "no fever no cough. but from yesterday I dont feel my bum when I sit on the toilet", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "pee came out by itself", text: "some pee came out by itself on the way to the toilet and my back is killing me", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "words mixed with kidney signs", text: "my mum has pain in the side of her back, burning when she pees, and now her words are mixed, cant speak normal", want: VerdictUrgent, level: em, rule: "kidney-and-confusion", third: true},
		{name: "back lights up on a sneeze", text: "every time I sneeze or cough the back lights up something terrible, only since Sunday", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "a shoulder higher, asked about", text: "one shoulder is higher than the other and my spine looks curved when I bend. how do they test for scoliosis?", want: VerdictNone},
	})
}

// Found on review of the phrases from v107-v113: look-alikes the first
// versions read, and two crises the rules had left to the detector.
func TestSafetyReviewLookalikesV107V113(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the full weight of a wardrobe", text: "took the full weight of it on my back when we carried the wardrobe upstairs", want: VerdictNone},
		{name: "clean needles for dry needling", text: "does the physio use clean needles for dry needling on the lower back?", want: VerdictNone},
		{name: "tablets from a different pharmacy", text: "my chemist ran out so I got my pain tablets from a different pharmacy, same strength?", want: VerdictNone},
		{name: "pills from different pharmacies", text: "she's been buying sleeping pills from different pharmacies, a shoebox of them now", want: VerdictCrisis, third: true},
		{name: "a date for the discectomy", text: "discectomy letter finally came and I've picked a date, so nervous", want: VerdictFigure},
		{name: "how work would cope", text: "signed off for two weeks and I keep thinking how work would cope without me.", want: VerdictNone},
		{name: "the family would manage fine", text: "been thinking the family would manage grand without me.", want: VerdictCrisis},
		{name: "stopping me driving on the motorway", text: "my back is stopping me from driving on the motorway", want: VerdictNone},
		{name: "the scalpel across the belly", text: "surgeon says the scalpel goes across my belly for the fusion, I'm scared", want: VerdictNone},
		{name: "one last massage before moving", text: "booked one last proper massage before I go, moving abroad next week", want: VerdictNone},
		{name: "cut again tonight", text: "I keep looking at my old scars and I want to cut again tonight", want: VerdictCrisis},
		{name: "a better place without me", text: "the world would be a better place without me in it", want: VerdictCrisis},
	})
}

// "When I was little" had been read as "when I was" ("little" is a
// filler), so "started when I was mopping" marked a red flag in its
// sentence as long-standing.
func TestSafetyWhenIWasIsLongAgoOnlyForAChild(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "chest pain started when mopping", text: "my chest is tight and the pain goes between my shoulders, started when i was mopping", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "a fall while clearing the gutter", text: "fell from the ladder when i was clearing the gutter, about 3 metres, landed flat on my back", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a fall at 15", text: "I fell off a horse when I was 15 (now 40), no lasting issues. back ache is from a new mattress", want: VerdictNone},
		{name: "self-harm at 12", text: "i used to self harm when i was 12 but it's been 3 years, doing well now. back exercises for lifting?", want: VerdictNone},
		{name: "since about 12", text: "I've leaked a bit of pee on the trampoline since I was about 12, nothing's changed. massage for back tightness?", want: VerdictNone},
		{name: "when little", text: "I had a bad fall off a wall when I was little, my back is fine now, just stiff from work", want: VerdictNone},
	})
}

func TestSafetyHeldOutV119V120Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "disappear for good", text: "wanna just disappear for good. back, bills, taxi boss, all of it", want: VerdictCrisis},
		{name: "the pain to disappear for good", text: "I want this pain to disappear for good, what stretches work best", want: VerdictNone},
		{name: "how long an overdose takes", text: "hw long does a paracetmol overdoes take to work", want: VerdictCrisis},
		{name: "a note written and torn up", text: "I've been so low I've written a note a few times and then torn it up", want: VerdictCrisis},
		{name: "a note to the boss", text: "wrote a note to my boss about the chair and then tore it up, too scared", want: VerdictNone},
		{name: "into the dam one of these nights", text: "my neighbour reckons he'll just walk into the dam one of these nights", want: VerdictCrisis, third: true},
		{name: "the rifle not for the dogs", text: "sitting up with the .308 across my knees most nights. Not for the wild dogs either.", want: VerdictCrisis},
		{name: "chocolate not for dogs", text: "chocolate is bad for dogs, and not for me either with this back", want: VerdictNone},
		{name: "an overdose of kopi", text: "overdose kopi today, 5 cups to stay awake lol and my back still sore", want: VerdictFigure},
		{name: "an overdose of feijoada", text: "i had an overdose of feijoada on sunday kkkk, now the back is stiff", want: VerdictFigure},
		{name: "a hoist motor across the back", text: "the hoist motor came down from the ceiling straight across my lower back, big bruise over my spine", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "off the motorbike into the barrier", text: "came off my motorbike on the North Circular this evening, hit the barrier. back stiff", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "fingers in the car door", text: "had an accident with the car door earlier, shut my fingers in it. lower back stiff all week", want: VerdictNone},
		{name: "a protein shake accident", text: "had a little accident with a protein shake in the car, best cushion for a bad back?", want: VerdictNone},
		{name: "a crash seen on the way to work", text: "I saw a bad bike crash on my way to work this morning, the guy was ok. my back hurts after commuting", want: VerdictNone},
		{name: "a Tatort fall", text: "Watched a Tatort yesterday where the victim fell from a balcony and broke his spine. good sitting posture?", want: VerdictNone},
		{name: "the mare's fever", text: "My mare's running a fever and she's sore over her back. my own back's sore from holding her", want: VerdictNone},
		{name: "Tour de France fever", text: "I have Tour de France fever this year, and my lower back aches after long rides", want: VerdictNone},
		{name: "shy at the doping control", text: "couldn't pee for the doping control for an hour because the officer was standing there watching lol. back stiff", want: VerdictNone},
		{name: "training for support workers", text: "r bladder problems with a bad back always an emergency or only sometimes? asking for training", want: VerdictSigns},
		{name: "upper back not like usual", text: "pain in my upper back between my shoulder blades for 4 days now, it's not like my usual lower back thing", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "only a drip", text: "Bredda mi nuh pee from last night, mi try an try an only likkle drip come. mi back a bun mi", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "the undercarriage", text: "back went lifting kegs. two days later it feels like I'm sitting on a bag of frozen peas, the whole undercarriage", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "mi leg dem weak", text: "after the massage this afternoon both mi leg dem weak and mi walking like a drunk man", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "numb from the knee after the masseur", text: "Since the team masseur worked on me yesterday my left leg has been numb from the knee down.", want: VerdictUrgent, level: same, rule: "after-massage-numb-leg"},
		{name: "after a massage, what if it comes back", text: "what if it comes back after the massage tho", want: VerdictNone},
	})
}

// Single words in the unless lists that cancelled real red flags told in
// the same sentence (a review's finding): "lips feel funny", legs "like
// they're asleep", "not from the gym", "not pregnant", a chair someone
// collapsed into. They are gone or narrowed to the look-alikes they were
// for.
func TestSafetyUnlessWordsDoNotCancelRedFlags(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "lips feel funny", text: "my back pain started in the night and now i cant get my breath properly, lips feel funny", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "the funniest meme", text: "cant breathe 😭😭 my friend just sent the funniest meme. anyway my back hurts from my sketchbook", want: VerdictNone},
		{name: "legs asleep", text: "wtf both my legs feel like they are asleep and made of cotton, cant feel my feet on the floor. back pain started 2 days ago", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs after training", text: "at training tonight both my legs just gave way under me twice, no one even touched me", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs aching after a first training", text: "my son's both legs are aching after his first rugby training in months, and his back too", want: VerdictNone},
		{name: "pregnant and cannot pee", text: "pregnant with twins, my back's been bad all week and now I can't start a wee at all, been trying for an hour", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "collapsed into a chair", text: "my dad (68) sort of collapsed onto a kitchen chair 10 min ago, tummy and lower back the worst pain of his life, grey and clammy", want: VerdictUrgent, level: em, third: true},
		{name: "a bad office chair", text: "our team basically collapsed, 4 people quit, now I do 3 jobs from a bad chair. lower back aching", want: VerdictNone},
		{name: "not from the gym", text: "constant pain between my shoulder blades for 3 days now, not from the gym, doesn't change when I move", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "a foot drop after deadlifts", text: "my right foot keeps slapping the floor when i walk and i cant lift my toes up, started like 2 days after my back went on deadlifts. left side is fine", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "in a much better place", text: "I overdosed in 2015 but I am in a much better place now. is massage ok for a disc?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV121Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "letters for when I'm gone", text: "been writing letters to people for when im gone, feels weird but kinda peaceful. anyway standing desk vs chair?", want: VerdictCrisis},
		{name: "letters to the grandchildren in the will", text: "I have written letters to my grandchildren, they are with my will. My back aches when I sit at the desk", want: VerdictNone},
		{name: "before it's an overdose", text: "whats the max amount of naproxin before its an overdoes. need to get it right this time", want: VerdictCrisis},
		{name: "one small step at the yellow line", text: "every morning at the station I stand close to the yellow line and think one small step and no more back pain", want: VerdictCrisis},
		{name: "drive off the bridge", text: "keeps saying if it don't get better he'll just drive off the bridge on the way home", want: VerdictCrisis, third: true},
		{name: "self-harm signposting", text: "I'm updating our staff wellbeing policy, which covers stress, self-harm signposting and musculoskeletal health", want: VerdictFigure},
		{name: "both my leg like cotton", text: "After jiu jitsu my back is very bad and now both my leg are like cotton, I fall down two time in the shower today", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "knees folding by themselves", text: "Tuesday my knees start to fold by themselves, both, I fall two times going to the bakery", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "the bladder let go", text: "erm my bladder just let go mid raid. backs been proper cooked for days", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "straining for a long time", text: "since Sunday evening I have not been able to pass water properly - I strain for a long time and very little comes out", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "bent like a hook", text: "My mother's back is more curved now, in few weeks, she is bent like a hook, and she have pain", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "bent like a question mark", text: "Bent down to tie my shoe and my back seized up, I'm stuck half bent like a question mark. Heat or ice?", want: VerdictNone},
		{name: "a fever and a leg dragged", text: "temp 38.9 since 2 days, back pain middle of my spine, now my left leg cannot lift properly, I'm dragging it", want: VerdictUrgent, level: em, rule: "fever-and-weakness"},
		{name: "the dog's back legs", text: "our shorthair's back legs are wobbly and he's having trouble peeing after jumping out of the truck. vet's closed til Monday", want: VerdictNone},
		{name: "tennis fever", text: "Got proper tennis fever since Wimbledon, and my lower back's sore after serving practice", want: VerdictNone},
		{name: "the main guy in a game", text: "just finished the new zombie game and the main guy's legs gave out and he couldnt feel anything below the waist lmaooo. my back hurts from the chair", want: VerdictNone},
		{name: "a news item", text: "There was a news item this morning about a window cleaner who fell from scaffolding and broke his back. my own lower back aches from sitting", want: VerdictNone},
	})
}

func TestSafetyHeldOutV122Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the only reason I'm still here", text: "Still get the stabbing pain getting out of the car. Honestly the only reason I'm still here is my two girls, and some days even that isn't enough.", want: VerdictCrisis},
		{name: "ways to go quietly", text: "lol my back so bad kill me now. no seriously tho been googling ways to go quietly since last week", want: VerdictCrisis},
		{name: "the bridge in a whole new way", text: "my back hurts so bad I've started looking at the bridge on the way to hydrotherapy in a whole new way 🙃", want: VerdictCrisis},
		{name: "repeat prescriptions cancelled", text: "I've sold the adapted van, my sister's taking the cat, cancelled my repeat prescriptions and sorted my will, so everything's tidy now.", want: VerdictCrisis},
		{name: "a heroine's overdose in a novel", text: "Our book club is reading a novel in which the heroine takes an overdose. how long should I sit before stretching my back?", want: VerdictFigure},
		{name: "the right foot doing the same", previous: "My left foot has started dragging since Sunday, I keep catching it on the rug.", text: "Now the right foot is doing the same, and I'm having to hold onto the furniture", want: VerdictUrgent, level: em, rule: "left-then-right"},
		{name: "a distinct crunch at 76", text: "Heard a distinct crunch in my back lifting my grandson's car seat out of the car. I'm 76.", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "steroids most of the year", text: "ive got crohns and been on steroids most of this year. picked up my little sister and felt something crack in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "a fizzy feeling down both legs", text: "now ive got this fizzy feeling running down the backs of BOTH legs right to my feet and my back is agony", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs jelly, both of em", text: "yo my legs are straight up jelly rn both of em and my back is cooked, cant even stand up off the couch", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "worse at night on nights", text: "my back's always worse at night but that's cos I'm on nights stood on concrete 10 till 6", want: VerdictNone},
		{name: "the demam gone", text: "the whole family got flu last week, my demam already gone since 3 days, now only back stiff from lying in bed", want: VerdictNone},
		{name: "A&E checked him over", text: "my apprentice fell off a ladder last week, A&E checked him over and nothing's broken, he's back at work", want: VerdictNone},
		{name: "paramedics checked the baby", text: "got rear ended on the M6, baby was in the back and she's fine, paramedics checked her over. now 2 hrs later my back and neck are really bad", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "not me, read it on a forum", text: "is having a numb bum a bad sign with back pain, generally speaking? not me, read it on a forum", want: VerdictSigns},
		{name: "a hypo on the massage table", text: "type 1 here, went hypo on the massage table yesterday, felt shaky and a bit faint, had some jelly babies and was fine", want: VerdictNone},
	})
}

func TestSafetyHeldOutV123Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "all the pills from the box", text: "brother i drink all pills from box the team doctor give me for back, maybe 20, half hour ago. now feel very strange and sleepy", want: VerdictCrisis},
		{name: "all the pills into the dosette", text: "I took all the pills out of the box and put them in my dosette, is it ok to take them with the back pain tablets?", want: VerdictNone},
		{name: "cutting the tops of her legs", text: "our lass is 15, she's got a bad back from netball and i've found out she's been cutting the tops of her legs", want: VerdictCrisis, third: true},
		{name: "driven into a wall by now", text: "14 wks pp and the pelvic pain is relentless. if I didn't have the baby I'd have driven into a wall by now", want: VerdictCrisis},
		{name: "something terminal", text: "I've started wishing I'd get something terminal so I'd have a reason to stop. Is that awful.", want: VerdictCrisis},
		{name: "let me go", text: "I'm 90 and my back is agony every day. Let me go, I want to be with my husband now.", want: VerdictCrisis},
		{name: "an epidural in labour", text: "during labour the epidural made both my legs completely dead for hours. now 4 months later my back aches", want: VerdictNone},
		{name: "legs gone after eight pints", text: "legs went from under me after eight pints at the Crown lol. legs fine this morning, but the back's sore from the sofa", want: VerdictNone},
		{name: "too busy to pee", text: "we so busy at lunch i cannot go pee until 3pm, hold it all day. does holding pee make back pain worse?", want: VerdictNone},
		{name: "a wheelchair user for years", text: "brother's been a wheelchair user since a car accident 10 years ago, T10. sore muscles across his shoulders from pushing", want: VerdictNone},
		{name: "the collie's accident", text: "The collie's back legs have gone wobbly, both of them, and she's had an accident on her bed. Vet's shut till Monday.", want: VerdictNone},
		{name: "came up at the pub", text: "is a numb bum a sign of something bad with your back or is that an old wives tale? not me, just came up at the pub", want: VerdictSigns},
		{name: "through the hay loft floor", text: "Went through the hay loft floor onto the concrete, about twelve foot. Back's a bit sore but I can move.", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "the car totaled", text: "Tractor trailer hit us from behind on 85 doing about 55, car is totaled. I walked away but my back is stiffening up", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "mi foot dem drop out", text: "Mi foot dem, di two a dem, a drop out from under mi since mawnin. Mi cyaan stand up good", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "shoulder blades won't quit", text: "This pain between my shoulder blades won't quit, been a week now. Not from lifting nothing that I know.", want: VerdictUrgent, level: same, rule: "upper-back"},
		{name: "not feeling the chair", text: "I have back pain from the fish boxes. Now I sit on the chair and I do not feel the chair under my bottom.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
	})
}

func TestSafetyHeldOutV124Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "kill me now, meant", text: "kill me now lol. no actually. I mean it more than anyone realises.", want: VerdictCrisis},
		{name: "kill me now, a figure", text: "kill me now lol, 3 hours of spreadsheets and my back is toast", want: VerdictFigure},
		{name: "driving into a lorry so everything ends", text: "I have been having these thoughts of driving the motorbike straight into a lorry on the Kakamega road so that everything just ends", want: VerdictCrisis},
		{name: "the term policy", text: "Sometimes I calculate that my LIC term policy will give the family more than I am giving them now.", want: VerdictCrisis},
		{name: "plan B and the rope", text: "if this doesn't work either I've got a plan B and it involves the rope in the garage so.", want: VerdictCrisis},
		{name: "a second bottle from another pharmacy", text: "picked up a second bottle of sleeping pills from a different pharmacy today so i've got enough now", want: VerdictCrisis},
		{name: "what dose would be lethal", text: "wat dose of amitriptylene wud be leathal. jst want to no", want: VerdictCrisis},
		{name: "suicide only, on the local", text: "Taking the 8:10 fast local from Dadar in peak hour is suicide only. Back is aching every evening.", want: VerdictFigure},
		{name: "feverish energy", text: "feverish energy at the gym tonight, PR on deadlift, now my lower back is tight as a drum", want: VerdictNone},
		{name: "lambing fever", text: "Lambing fever's got me bad lol. Back's aching from pulling lambs in the pens this week.", want: VerdictNone},
		{name: "nine vodkas", text: "my gf wet the bed last night after about nine vodkas at the party. MY back is wrecked from carrying her up the stairs", want: VerdictNone},
		{name: "a husband who wet the bed", text: "my husband wet the bed last night, first time ever in 30 years. his back has been really bad all week", want: VerdictUrgent, level: em, rule: "bladder", third: true},
		{name: "the greyhound on chemo", text: "Our greyhound is on chemo for lymphoma and his back legs have gone wobbly and he's had a couple of accidents indoors.", want: VerdictNone},
		{name: "a numb bum long gone", text: "did a 60 mile charity ride yesterday!! numb bum for an hour afterwards but that's long gone, now it's just my lower back aching", want: VerdictNone},
		{name: "a quad video on FB", text: "Saw a video on FB of some fella rolling his quad down a gully, he was fine. my back gets jarred on the bike all day", want: VerdictNone},
		{name: "the seat sleeping", text: "I have the back pain from Sunday. Now it is like my seat is sleeping, between the legs, I do not feel the chair when I sit.", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "both leg sciatica", text: "Both leg siatica since Monday, left more than right, and today I'm walking like a drunk person", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a bump on the bone", text: "There's a hard bump come up on the bone of my lower back, size of a walnut and tender to touch.", want: VerdictUrgent, level: same, rule: "spine-changes"},
	})
}

func TestSafetyHeldOutV125Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "much longer, one way or another", text: "My back's no better but I shan't have to put up with it much longer, one way or another.", want: VerdictCrisis},
		{name: "surgery next week", text: "I won't have to put up with it much longer, the surgery is next week", want: VerdictNone},
		{name: "a razor after a relapse", text: "drank for the first time in 4 yrs and took a razor to my thighs after. my back hurts and so does everything", want: VerdictCrisis},
		{name: "a PlayStation given away and a long hug", text: "Tonight he gave his little sister his PlayStation and his good trainers and hugged me for ages.", want: VerdictCrisis, third: true},
		{name: "a PS5 for Christmas", text: "gave my nephew a ps5 for christmas, he was so happy. lifting the tree stand did my back in", want: VerdictNone},
		{name: "the last thing he posted", text: "last thing he posted in the group chat was 'thanks for all the miles lads, look after each other'. nothing since", want: VerdictCrisis, third: true},
		{name: "a game's fall", text: "in Red Dead my fella fell off a cliff and just walked it off lol, unlike me who pulled my back lifting the telly", want: VerdictNone},
		{name: "not let go to the toilet", text: "manager at the restaurant doesn't let us go to toilet during rush so sometimes I can't pee for 5 hours. my pee itself is normal", want: VerdictNone},
		{name: "saw it on a page", text: "does 'saddle anaesthesia' have anything to do with bike saddles?? saw it on a back pain page and now I'm confused", want: VerdictSigns},
		{name: "the start of his recovery", text: "the speaker at our meeting said he tried to end his life back in 2009 and it was the start of his recovery. does massage help in early sobriety?", want: VerdictNone},
		{name: "a hump and inches lost", text: "My hairdresser pointed out a hump between my shoulders I never had, and they measured me two inches shorter than my driving licence.", want: VerdictUrgent, level: same, rule: "spine-changes"},
	})
}

func TestSafetyHeldOutV126Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "an overdose sounds peaceful", text: "od'ing on my back meds sounds kinda peaceful ngl. like just sleeping forever with no pain", want: VerdictCrisis},
		{name: "googling painless ways to go", text: "me: has chronic back pain at 21. also me: googling 'painless ways to go' at 3am", want: VerdictCrisis},
		{name: "no longer wants to be alive", text: "Question: if a person no longer wants to be alive but has no specific plan, is that classified as an emergency? I am that person.", want: VerdictCrisis},
		{name: "how many is an od", text: "how many amitryptiline is an od roughly? theres like 50 in the box from my back pain doc", want: VerdictCrisis},
		{name: "worse every time I sneeze", text: "is it normal that my back hurts way worse every time i sneeze or cough? like stabbing. started last week", want: VerdictUrgent, level: same, rule: "spine-changes"},
		{name: "rolled across my back", text: "Monty hit the log and we both went over, he rolled across my lower back before getting up", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "speared and couldn't move", text: "took a massive hit in rugby today, got speared straight onto my back, couldn't move for like a minute", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "feeling it when I urinate", text: "I'm not sure whether I can feel it properly when I urinate anymore. Started 2 days into this back pain", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a tea spill accident", text: "had a bit of an accident at work, spilled a full mug of canteen tea down my trousers. back's been sore all week", want: VerdictNone},
		{name: "a force-push accident", text: "Had an accident at work today: force-pushed to main and wiped 3 days of commits. lower back in knots from stress", want: VerdictNone},
		{name: "dirty stadium toilets", text: "stadium toilets so dirty I couldnt pee the whole match lol, 3 hours standing and my back is finished", want: VerdictNone},
		{name: "a wooden chest", text: "Moved my mother's old narra wood chest from the bodega to the bedroom and I pulled something in my lower back", want: VerdictNone},
		{name: "a heavy chest is still a chest", text: "back pain between the shoulders and now my chest is heavy like someone sitting on it, sweating", want: VerdictUrgent, level: em, rule: "chest"},
	})
}
