package safety

import "testing"

// What each spent held-out split taught the rules: a test per split, so
// that its fixes stay fixed.

// Held-out v20 (spent): a stall that collapsed, negation in French that
// is not "pass", a hyperbole with its condition first, "God take me".
func TestSafetyHeldOutV20Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a stall that collapsed", text: "Our market stall collapsed in the rain, now my back is aching", want: VerdictNone},
		{name: "a person who collapsed", text: "i collapsed on the kitchen floor this morning, back is agony", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "negated in French", text: "pas de fièvre, pas de fourmis dans les jambes. juste le dos bloqué", want: VerdictNone},
		{name: "pass out is not 'pas'", text: "back pain and i feel like im gonna pass out", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "pass urine is not 'pas'", text: "pain on the side of my back under the ribs, and burning when I pass urine", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "a hyperbole with its condition first", text: "if I have to fill out one more WCB form I'll kill myself lol. back's getting better", want: VerdictFigure},
		{name: "God take me", text: "my mother says every day 'God take me, im useless with this back'", want: VerdictCrisis},
	})
}

// Held-out v21 (spent): beet juice, killing oneself with shifts, a film's
// scene (and a part of the body that is not one), a low CD4.
func TestSafetyHeldOutV21Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "pink pee after beet juice", text: "pink pee after my beet juice cleanse freaked me out lol, no burning. does the cleanse help my back", want: VerdictNone},
		{name: "killing myself with shifts", text: "I'm literally killing myself with these double shifts, my back is finished", want: VerdictFigure},
		{name: "a film's scene", text: "Watched it again last night, the part where he jumps from the building still makes me cry. back stiff from the seat", want: VerdictNone},
		{name: "the part where you sit", text: "after my back went out on Tuesday I have tingling between my legs, exactly the part where you sit on a bike", want: VerdictUrgent, level: em},
		{name: "a low CD4", text: "I'm HIV positive, CD4 was very low at my last bloods. this week I have a new pain in my lower back", want: VerdictUrgent, level: same, rule: "weak-immune"},
	})
}

// Held-out v22 (spent): a foot's and a leg's, weight lost in kilos, who is
// not to be looked for, disco fever.
func TestSafetyHeldOutV22Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a foot's slapping", text: "My right foot's started slapping down when I walk and I keep catching my toes on the kerb, since Tuesday. Back's been sore for a month.", want: VerdictUrgent, level: same},
		{name: "a leg's is still legs", text: "update: now the left leg's gone numb as well, both of them feel heavy and weird", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "weight lost in kilos", text: "I lose weight, 7 kilo in 6 week, I don't do diet, my trousers are falling. also back pain low, every day.", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "not looking for sympathy", text: "I'm not looking for sympathy, I'm ok, just venting about rent and my back", want: VerdictNone},
		{name: "not looking for them", text: "I'm not looking for them to fix it, just venting about my back", want: VerdictNone},
		{name: "don't look for me", text: "please don't look for me", want: VerdictCrisis},
		{name: "not to look for him", text: "Appa said tonight he will go to the railway line and we should not look for him. then he laughed and said joke.", want: VerdictCrisis, third: true},
		{name: "disco fever", text: "did a disco fever themed night, 5 hours in 6 inch platforms. back is wrecked", want: VerdictNone},
	})
}

func TestSafetyHeldOutV23Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "overdosed on the gym", text: "pretty sure I overdosed on deadlifts this week lol, 4 sessions. back is cooked", want: VerdictFigure},
		{name: "overdosed on ajvar", text: "I think I overdosed on ajvar and burek this weekend haha", want: VerdictFigure},
		{name: "overdosed on a drug with a laugh", text: "overdosed on paracetamol lol", want: VerdictCrisis},
		{name: "took an overdose with a laugh", text: "took an overdose last night lol still here unfortunately", want: VerdictCrisis},
		{name: "end it all lol", text: "the lions losing again makes me want to end it all lol. anyway is a massage gun ok?", want: VerdictFigure},
		{name: "end it all, meant", text: "i want to end it all", want: VerdictCrisis},
		{name: "end it all lol, then meant", previous: "this back makes me want to end it all lol", text: "no seriously i mean it", want: VerdictCrisis},
		{name: "want to die lol", text: "wah my back pain level 11 out of 10 today sia after carry the aircon box up, want to die lol. got any stretching can do?", want: VerdictFigure},
		{name: "made me want to die", text: "that boss fight made me want to die lmaooo 3 hrs", want: VerdictFigure},
		{name: "want to die lol, not joking", text: "i want to die lol. not joking, i have the pills ready", want: VerdictCrisis},
		{name: "want to die lol, then meant", previous: "i want to die lol", text: "actually not lol. i mean it", want: VerdictCrisis},
		{name: "kill myself lol stays a crisis", text: "wanna kill myself lol", want: VerdictCrisis},
		{name: "lord take me now lol", text: "Lord take me now 😂 just sat cross-legged for 3 hours of kirtan", want: VerdictFigure},
		{name: "god take me now", text: "god please take me now, i cant do this", want: VerdictCrisis},
		{name: "suicides the drill", text: "suicides (the court sprints) absolutely wreck my lower back every practice", want: VerdictFigure},
		{name: "stood at the rails", text: "no but really yesterday I stood at the rails for a long time", want: VerdictCrisis},
		{name: "hot scar after a microdiscectomy", text: "had a microdiscectomy 3 weeks ago, since yesterday theres a new pain near the scar and it feels hot", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "injects heroin, in brackets", text: "He still injects (heroin) sometimes. He's now got bad back pain, mid back", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "injects insulin", text: "my mum injects insulin every morning and her back is sore from gardening", want: VerdictNone},
		{name: "rest among the things tried", text: "since diwali, about 5-6 weeks, my back hasnt got better at all even with rest, the massage aunty and hot compress", want: VerdictNone},
		{name: "rest that does not ease it", text: "the pain doesnt ease even when i rest or lie down, its worse at night", want: VerdictUrgent, level: same, rule: "night-pain"},
		{name: "a wee boy", text: "im deid 💀 my wee boy launched himself onto my back while i was doing yoga and now im a pretzel", want: VerdictNone},
		{name: "peed on myself", text: "peed on myself at the bus stop this mornin, didnt even know i had to go. back been achin since", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "can pee fine", text: "i dont have a temp and i can pee fine, no numbness anywhere, just cant bend to put my socks on", want: VerdictNone},
		{name: "a crap sofa bed", text: "only hurts at night on the crap sofa bed at my mate's, back to normal once I'm in my own bed", want: VerdictNone},
		{name: "shit the bed", text: "i shit the bed and didnt even feel it, back is agony", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "crapped myself on the sofa", text: "i crapped myself on the sofa and didnt feel it coming, back is agony", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "shit for body", text: "my grandma back dey pain am, now she dey shit for body and she no dey feel am come", want: VerdictUrgent, level: em, rule: "bowel", third: true},
		{name: "over the bars into a tree", text: "went OTB at like 40k on the descent and hit a tree back first. back is screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
	})
}

func TestSafetyHeldOutV24Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "staging an accident", text: "Been thinking a lot about how to make it look like an accident on the tractor so the life insurance still pays out for my wife", want: VerdictCrisis},
		{name: "at the edge longer than needed", text: "I've been walking the cliff path every evening and standing at the edge a lot longer than I need to", want: VerdictCrisis},
		{name: "pickleball is suicide lol", text: "My daughter says going back to pickleball at my age is suicide lol", want: VerdictFigure},
		{name: "the only way out is suicide", text: "the only way out is suicide", want: VerdictCrisis},
		{name: "one more sermon", text: "If I have to sit through one more sermon on tithing I'll jump off the church roof lol", want: VerdictFigure},
		{name: "passed out the bulletins", text: "Passed out the church bulletins and stood at the door greeting for two services", want: VerdictNone},
		{name: "passed out in church", text: "Auntie is 85 and she passed out cold in church this morning during the last hymn. back bad all week", want: VerdictUrgent, level: em, rule: "collapse", third: true},
		{name: "legs to jelly at a price", text: "Legs went to jelly when I saw 95 quid for an hour in the hotel spa lol", want: VerdictNone},
		{name: "legs like jelly when I get up", text: "Sciatica's come on in both legs now, and my legs feel like jelly when I get up out of the chair", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "numb round the back passage", text: "Numb as a board round the back passage since I hurt my back Sunday", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "a wee card", text: "My physio gave me a wee card about red flags but I've lost it", want: VerdictSigns},
		{name: "Blue Jays fever", text: "The whole congregation has Blue Jays fever this week! My back's stiff from the bleachers", want: VerdictNone},
		{name: "overdosed on the Christmas telly", text: "overdosed on the Christmas telly and my back's paying for it from the couch lol", want: VerdictFigure},
	})
}

func TestSafetyHeldOutV25Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a lorry would be a relief", text: "if a lorry hit me on my round tomorrow i genuinely wouldnt be bothered", want: VerdictCrisis},
		{name: "end it if the surgery fails", text: "the only thing that keeps me going is knowing I can just end it if it doesnt get better after the surgery", want: VerdictCrisis},
		{name: "looked up how", text: "already looked up how. anyway what should I ask the surgeon", want: VerdictCrisis},
		{name: "injection into the spine weeks ago", text: "3 weeks ago I had the injection into my spine for my disc. Now there's a new pain at that place and it's a bit red and warm", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "should I get an injection", text: "should i get a cortisone injection in my back", want: VerdictNone},
		{name: "steroids and a click", text: "on prednisolone for my asthma from 6 years. Just bent to tie shoe lace, something clicked in my back, now pain is sharp", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "thin bones and a fall", text: "Im 81 and the doctor said my bones are thin. I slipped in the kitchen yesterday and sat down hard, now my back hurts", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "both legs from the hip down", text: "Now tonight both legs from the hip down are numb and tingling, left and right", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "chakkar and pasina", previous: "papa ko achanak pet aur kamar mein bahut tez dard ho raha hai", text: "ab unko chakkar aa raha hai aur bahut pasina", want: VerdictUrgent, level: em, rule: "belly-and-back"},
	})
}

func TestSafetyHeldOutV26Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "club better off without me", text: "Honestly the club would be better off without me in the front row this season with my back the way it is", want: VerdictFigure},
		{name: "family better off without me", text: "my family would be better off without me at home", want: VerdictCrisis},
		{name: "floors of my building", text: "lol jk jk... but actually not jk. i looked up how many floors my building is", want: VerdictCrisis},
		{name: "a rescue show", text: "watching Bondi Rescue last night and a bloke fell off the cliff and broke his back. freaked me out", want: VerdictNone},
		{name: "a patient had it", text: "nurse here. yesterday at work a patient had saddle anesthesia and we sent him to ED", want: VerdictNone},
		{name: "I am a patient", text: "im a patient with MS and since yesterday i cant pee at all, back is agony", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "dead legs after shearing", text: "both legs are dead after shearing 280 yesterday, and my backs aching", want: VerdictNone},
		{name: "no toilet for miles", text: "can't pee when I'm in the truck cause ain't no bathroom for 200 miles lmao", want: VerdictNone},
		{name: "cannot pee on the toilet", text: "sat on the toilet for an hour and i cant pee, back is killing me", want: VerdictUrgent, level: em, rule: "bladder"},
	})
}

func TestSafetyHeldOutV27Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot feel the seat under me", text: "Stopped at the Husky and sat on the can and honestly couldnt feel the seat under me", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "a crack in the back on cortisone", text: "I was lifting the crate of oranges and heard a crack in my back, then big pain. I'm on cortisone tablets 10 years for my lungs", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "throwed off a bronc", text: "got throwed off a bronc at the rodeo tonight and then he stomped me. back's screamin", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "fever and foggy headed", text: "burnin up with fever and my backs killin me and im all foggy headed, couldnt remember my own pin", want: VerdictUrgent, level: em, rule: "fever-and-confusion"},
		{name: "meds lined up", text: "one of our mods posted that hes 'done' and had a pic of his meds lined up on his desk, then went offline", want: VerdictCrisis, third: true},
		{name: "suicidal drivers", text: "the drivers in Lisbon are suicidal I swear, one cut in front of my taxi and I braked so hard my back pulled", want: VerdictFigure},
		{name: "my son is suicidal", text: "my son is suicidal and his back pain makes it worse", want: VerdictCrisis, third: true},
		{name: "overdosed on copium", text: "overdosed on copium after that patch. also my back hurts from slouching", want: VerdictFigure},
		{name: "settles once I lie down", text: "pain's a bit worse at night after a long shift but once I lie down with the heating pad it settles right off", want: VerdictNone},
		{name: "does not settle with rest", text: "its worse at night, even when i lie totally still its throbbing and doesnt settle with rest", want: VerdictUrgent, level: same, rule: "night-pain"},
		{name: "a House episode", text: "just watched the house md ep where the guy suddenly cant feel his legs and now im paranoid lmao", want: VerdictNone},
	})
}

// Found on held-out v28 (spent): numbness told as the dentist's
// anaesthetic or where a bicycle saddle touches, heroin by needle, a truck
// that would not be unwelcome, and a school's talk about suicide.
func TestSafetyHeldOutV28Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "like after the dentist", text: "my popa is like frozen, like after dentist injection but in the bottom. lower back shooting since I bent for the bucket", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "where a saddle touches", text: "its numb exactly where a bicycle saddle touches but I dont ride one. back is shooting since I carried a rack", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "numb after a three hour ride", text: "my bum is numb where the bike seat sits after a 3 hour ride", want: VerdictNone},
		{name: "heroin by needle", text: "I use heroin by needle, trying to quit. New back pain for 4 days in one spot", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "drugs with needles years ago", text: "I used to do drugs with needles years ago, now clean, back pain from work", want: VerdictNone},
		{name: "a truck would not be unwelcome", text: "If a truck hit me on the road tomorrow I would not be against. I think about this every drive now", want: VerdictCrisis},
		{name: "cup final fever", text: "Cup final fever in our pub, on my feet behind the bar 12 hours straight. Back is wrecked", want: VerdictNone},
		{name: "a school's talks about suicide", text: "my sons school had a mental health week with talks about self harm and suicide, he said it was good. his back is sore from his bag", want: VerdictFigure},
		{name: "wants to talk about suicide", text: "I want to talk to someone about suicide, I keep thinking about it since my back got bad", want: VerdictCrisis},
		{name: "my mate, and I should tell someone", text: "my mate told me he wants to kill himself, should I tell someone", want: VerdictCrisis, third: true},
		{name: "cutting again after a talk", text: "we had a talk at school about self harm and I've been cutting again since my back got bad", want: VerdictCrisis},
	})
}

// Found on held-out v29 (spent).
func TestSafetyHeldOutV29Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "going numb is not gone", text: "both my legs are going numb now", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "numbness going up", text: "the numbness in both legs is going up to my thighs", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "numbness gone", text: "both legs went numb on the drive, its gone now", want: VerdictNone},
		{name: "crept up both legs", text: "since this afternoon the numbness has crept up BOTH legs to my knees and my lower back is on fire", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs like cotton", text: "from yesterday both my legs are like cotton, i can not stand long time, and the back is very very bad", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "left, then the right one", previous: "lower back went again, sciatica down my left leg", text: "and now the right one has gone numb too", want: VerdictUrgent, level: em, rule: "left-then-right"},
		{name: "left leg only, right leg grand", text: "pins n needles down my left leg only, right leg grand. had it on and off for years", want: VerdictNone},
		{name: "did not realise I had wet myself", text: "back spasm = normal. what is NOT normal is i didnt realise id wet myself until i stood up", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cannot pee without someone knocking", text: "WFH with two kids home. I can't even pee without someone knocking on the door. Back is sore from the stool", want: VerdictNone},
		{name: "slid off the bed at 84", previous: "Slipped off the edge of my bed tonight, sort of slid onto the floor on my bottom. Back hurts now.", text: "oh and I'm 84, forgot to say", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "jeans falling off", text: "all my jeans are falling off me and i havent changed a thing, and the backache is new", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "wincing when he pees", text: "he keeps grabbing his left side at the back and wincing when he pees", want: VerdictUrgent, level: same, rule: "kidney", third: true},
		{name: "thrown against a gate", text: "A bullock caught me in the crush this morning and threw me against the iron gate, hard. My back is in bits", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "dropped from a window", text: "rope slipped and I dropped from a 2nd floor window, about 15 ft. lower back's bruised", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "fell off a moto, es", text: "mi primo se cayó de la moto anoche en la autopista, going fast, no puede voltearse en la cama because of his back", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "drove into the wall", text: "sometimes at the red light I think if I just drove into the wall it would be easier for everybody", want: VerdictCrisis},
		{name: "not waking up would be fine", text: "got my spinal surgery next week. if I don't wake up from it that'd be fine honestly", want: VerdictCrisis},
		{name: "overdosed on the foam roller", text: "I think I overdosed on the foam roller lol, now everything's bruised-sore", want: VerdictFigure},
		{name: "overdosed on paracetamol", text: "I think I overdosed on paracetamol, feel sick", want: VerdictCrisis},
		{name: "better off without me hovering", text: "Team will honestly be better off without me hovering over the sprint board lol", want: VerdictFigure},
		{name: "better off without me", text: "my family will honestly be better off without me", want: VerdictCrisis},
		{name: "a sermon on Judas", text: "our pastor preached sunday about Judas who hanged himself, and i sat on the hard bench 3 hours", want: VerdictFigure},
		{name: "a toddler's fever", text: "toddler has a fever so ive been carrying her around all day and now my own back is sore", want: VerdictNone},
		{name: "a claim form's question", text: "the claim form asked if my back injury causes incontinence, i ticked no cos it doesnt", want: VerdictSigns},
		{name: "a hot water bottle's accident", text: "Had a bit of an accident last night, the hot water bottle leaked all over the bed!", want: VerdictNone},
	})
}

// Found on held-out v30 (spent).
func TestSafetyHeldOutV30Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a bridge pillar that looks like sleep", text: "theres a bridge pillar on I-70 that would make it look like I fell asleep at the wheel. wife gets the life insurance that way", want: VerdictCrisis},
		{name: "wrecking the truck would be a relief", text: "if I wrecked the truck on the way to work tomorrow I honestly wouldn't mind. be a relief from this back", want: VerdictCrisis},
		{name: "walking into the sea", text: "Some days I think about walking into the sea at Whitby and just carrying on walking. Anyway, any patches?", want: VerdictCrisis},
		{name: "easy to lean forward", text: "some nights I go out on the balcony, 9th floor, and think it would be very easy to just lean forward and everything stops", want: VerdictCrisis},
		{name: "tramadol with soju", text: "took like 20 of my tramadol with soju about an hour ago. dont really care what happens now", want: VerdictCrisis},
		{name: "everyone on my team and at home", text: "I've honestly been thinking everyone on my team and at home would be better off without me dragging them down", want: VerdictCrisis},
		{name: "better off without me as igl", text: "my team is honestly better off without me as igl lol i keep throwing", want: VerdictFigure},
		{name: "unalive my chair", text: "gonna unalive my chair its so bad for my back", want: VerdictFigure},
		{name: "a chair makes me kms", text: "this chair is gonna make me kms lmao the lumbar support is a joke", want: VerdictFigure},
		{name: "a toolbox talk", text: "Our site did a mental health toolbox talk today about suicide in construction, grim stats", want: VerdictFigure},
		{name: "overdosed on k-dramas", text: "think I overdosed on k-dramas this weekend, now my back stiff af", want: VerdictFigure},
		{name: "fell through the ceiling", text: "put my foot through the ceiling and fell straight through onto the landing. Back's very sore, I'm 66", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "uses, injects", text: "My son (31) uses, injects. He's got a new really bad back pain the last 4 days", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "under a spinal anaesthetic", text: "Had my hip replaced 2 weeks ago under a spinal anaesthetic. I've got a new pain in my back exactly where they put the needle", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "could not go at the loo", previous: "husbands back has gone again lifting mums wheelchair", text: "he's just come out the loo and says he couldn't go at all, been trying for an hour", want: VerdictUrgent, level: em, rule: "bladder", third: true},
		{name: "the left one as well", previous: "my 15yo says her right leg is all tingly after gymnastics", text: "now she says its the left one as well", want: VerdictUrgent, level: em, rule: "right-then-left", third: true},
		{name: "it hurt, after a fall", previous: "fell from ladder today painting the shop sign, maybe 3 meter, landed on my back", text: "boss say just go home rest and use tiger balm. it hurt a lot when I move. massage tomorrow ok?", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "she says if she stands", text: "my mum says if she stands up her legs give way", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "a question about Casualty", text: "Anyone watch Casualty Saturday? The woman with the bad back who couldn't wee and they rushed her off. Mine's just stiffness", want: VerdictNone},
		{name: "a question about Casualty, then mine", text: "Anyone watch Casualty Saturday? I can't wee since this morning and my back is agony", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "rather be hit by a bus", text: "mate, Id rather get hit by a bus than do another day pulling cable, my back's rooted", want: VerdictNone},
		{name: "soup spilled", text: "had a small accident at work, hot soup spilled and I jumped back and twisted my back", want: VerdictNone},
		{name: "a small accident in my pants", text: "had small accident in my pants this morning, just didnt feel it coming. lower back very painful", want: VerdictUrgent, level: em},
		{name: "potty training", text: "potty training my toddler and he keeps having accidents and wetting himself, my back is wrecked from bending", want: VerdictNone},
		{name: "milk fever", text: "Our heifer went down with milk fever and we had to lift her, now my back is strained", want: VerdictNone},
		{name: "overdosed on the prayer mat", text: "i think i overdosed on the prayer mat lol, taraweeh every night and my lower back is screaming", want: VerdictFigure},
	})
}

// Found on held-out v31 (spent).
func TestSafetyHeldOutV31Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "how long before anyone comes looking", text: "how long before anyone comes looking if you dont turn up for a shift and you live alone? just want to know how long i'd have", want: VerdictCrisis},
		{name: "looking at the beam too long", text: "Did 3 tours, seen worse than a bad back. but I'm tired mate. been standing in the garage looking at the beam a bit too long lately", want: VerdictCrisis},
		{name: "goodbye messages, things given away", text: "My friend has been posting goodbye messages on her WhatsApp status and yesterday she gave me her laptop, said she won't need them anymore", want: VerdictCrisis, third: true},
		{name: "a book of goodbye messages", text: "we're giving my colleague who is emigrating a book of goodbye messages from the whole company. my back aches from the office chair", want: VerdictNone},
		{name: "relieved to be hit by a bus", text: "if I got hit by a bus on the way to my finals I'd honestly be relieved. I'm done with all of it", want: VerdictCrisis},
		{name: "the point of going on like this", text: "forty years building this place up and I can't even walk to the barn. what's the point of going on like this, honestly", want: VerdictCrisis},
		{name: "ways to end it", text: "and honestly I've started looking up ways to end it which is a new low even for me. anyway is massage cheap at home", want: VerdictCrisis},
		{name: "lied about thoughts of suicide", text: "my therapist asked if i have thoughts of suicide and i lied and said no. the answer is yes, every day", want: VerdictCrisis},
		{name: "cut on the mandoline", text: "cut myself on the mandoline again, fingers are wrecked lol, and my back's aching from the double", want: VerdictFigure},
		{name: "ending it with golf", text: "thinking of ending it with golf, my back can't take the swing anymore", want: VerdictFigure},
		{name: "pooped in my shorts asleep", text: "woke up and i had pooped in my shorts while sleeping, first time in my life. back pain since cricket on sunday", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "fever and losing words", text: "back. fever 39.4. cant. think straight. keep losing words. what was i asking", want: VerdictUrgent, level: em, rule: "fever-and-confusion"},
		{name: "who injects", text: "one of our guys who injects has had new back pain for a few days", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "costumes hanging off", text: "not dieting for once in my life lol but my costumes are all hanging off me. and this back ache that never quits", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "an uncle's heart attack", text: "my uncle's heart attack started as back pain apparently, so now I'm paranoid. I'm 26, no chest pain or anything", want: VerdictNone},
		{name: "passed out in front of the telly", text: "passed out in front of the telly after the Sunday roast and a couple of pints, woke up with me back in knots", want: VerdictNone},
		{name: "cannot pee during the show", text: "i literally can't pee during the show bc of the costume and tucking, 3 hours. how do you manage the back pain", want: VerdictNone},
		{name: "the calves have a fever", text: "the calves have scours and a fever, been up all night with them and now my back is in bits", want: VerdictNone},
		{name: "a collie leaking pee", text: "our collie's back legs are giving way and he's leaking pee, he's 13. vet says degenerative myelopathy", want: VerdictNone},
		{name: "cannot feel my legs, figuratively", text: "walked 25k for charity yesterday and I can't feel my legs lol (figuratively, they're just very sore)", want: VerdictNone},
		{name: "when does back pain with a fever", text: "when does back pain with a fever become a reason to see someone? general question, I'm fine", want: VerdictSigns},
	})
}

// Found on held-out v32 (spent).
func TestSafetyHeldOutV32Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "not around much longer", text: "me: done. not done-with-work done. done done. tl;dr don't think I'll be around much longer", want: VerdictCrisis},
		{name: "off the edge of the mezzanine", text: "sometimes on the truck i think about just driving it off the edge of the mezzanine and being done with it", want: VerdictCrisis},
		{name: "which bridge", text: "ive already worked out which bridge on the A14 id use. just want to know if massage is worth a go first", want: VerdictCrisis},
		{name: "pick the day", text: "I've made all my arrangements. The funeral plan is paid. I just need to pick the day.", want: VerdictCrisis},
		{name: "overdose by accident", text: "What is the maximum of Ibuprofen per day? I don't want to overdose by accident", want: VerdictDose},
		{name: "a talk about farmer suicide", text: "The RFDS ran a talk at the field day about farmer suicide and mental health, good stuff", want: VerdictFigure},
		{name: "a talk with my GP about suicide", text: "I had a talk with my GP about suicide yesterday, I keep thinking about it", want: VerdictCrisis},
		{name: "rolled the work truck", text: "rolled the work truck on 287 last night, walked away from it, but now my back hurts like hell", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "the other leg too", previous: "my dads left leg is numb from the sciatica", text: "now he says its the other leg too and he cant get up out of his chair", want: VerdictUrgent, level: em, rule: "one-then-other-leg", third: true},
		{name: "i shoot up", text: "real talk i shoot up sometimes. now my back hurts real bad in one spot, its new", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "an employer's chemo", text: "ma'am (my employer) is having chemo so i do all the lifting now. my back is sore from that", want: VerdictNone},
		{name: "my chemo", text: "im having chemo for breast cancer and now a new pain in my back since monday", want: VerdictUrgent, level: same},
		{name: "fine once I rest", text: "back is worse at night after a shift but once i lie down and rest its fine by morning", want: VerdictNone},
		{name: "fever grass tea", text: "Is it alright to drink fever grass tea the same day as having a massage?", want: VerdictNone},
		{name: "hackathon fever", text: "hackathon fever: 48h, ~3h sleep, back wrecked. any quick self-massage tips", want: VerdictNone},
		{name: "burning up out here", text: "feel like im burning up out here, 105 on the roof. does being dehydrated make your back cramp?", want: VerdictNone},
		{name: "burning up out of nowhere", text: "im burning up out of nowhere and my back is agony", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "shivering in this heat", text: "mih back hurtin me since Wednesday and now I have fever, I shiverin under two blanket in dis heat", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "cannot pee between meetings", text: "I can't even pee between back-to-back meetings lol, 6h of calls. back is stiff by 4pm", want: VerdictNone},
		{name: "jelly legs, all good after a sleep", text: "legs were like jelly coming down the last hill on the crossing, all good after a sleep, just a stiff back now", want: VerdictNone},
		{name: "a ward's fever", text: "my alaga (4 yrs old) has fever and i'm so tired carrying him all night, now my back is sore", want: VerdictNone},
	})
}

// Found on held-out v33 (spent).
func TestSafetyHeldOutV33Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "stepping in front of the bus", text: "some mornings on the school run I think about stepping in front of the bus. anyway, massage or physio?", want: VerdictCrisis},
		{name: "took my temp, after shivering", previous: "backs been aching deep down and ive been shivery all day", text: "nurse at the day centre took my temp, 38.9. she said ask someone", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "killing myself trying", text: "killing myself trying to keep the house clean with 3 under 5 and my back is paying for it", want: VerdictFigure},
		{name: "overdose response training", text: "did naloxone training at the hostel today, practising overdose response on the dummy for ages", want: VerdictFigure},
		{name: "every time I bend I want to die", text: "every time i bend down to strap in i want to die 😩 good stretch before bed?", want: VerdictFigure},
		{name: "the Suicide chute", text: "we lapped the Suicide chute all day lol, legs and lower back wrecked", want: VerdictFigure},
		{name: "an overdose of work", text: "I got an overdose of work this week, 70 hours in the restaurant, back tight like a rock", want: VerdictFigure},
		{name: "a chair gave way", text: "My chair in the staffroom gave way and I fell on my bottom, only like a foot down. Im 28, just bruised", want: VerdictNone},
	})
}

// Found on held-out v34 (spent).
func TestSafetyHeldOutV34Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "wiping someone else's bum", text: "day 6 after my microdiscectomy. since last night when i wipe its like wiping someone elses bum??", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "decked from 4m", text: "climber here, I decked from about 4m onto my back this afternoon, now feel sick and dizzy", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "one of our young men injects", text: "One of our young men (20) injects, he's had a new pain in the middle of his back for about 4 days", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "freezing then boiling", text: "shes had lower back pain a couple of days and now shes getting shaking fits where shes freezing then boiling", want: VerdictUrgent, level: same, rule: "fever", third: true},
		{name: "a biologic that lowers the immune system", text: "I'm on the biologic injections that lower the immune system. New back pain since 3 days", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "not more in this world", text: "I think it is better when I am not more in this world, they will have less problem", want: VerdictCrisis},
		{name: "how much insulin would do it", text: "googling how much of hubby's insulin would do it lol. it's right there in the fridge", want: VerdictCrisis},
		{name: "who gets my cat", text: "sorted out who's getting my cat, wrote a few letters. feel weirdly calm about it all", want: VerdictCrisis},
		{name: "the tabs ready", text: "strok last yr. cant walk cant work. dont wnt to be here no more. got the tabs redy", want: VerdictCrisis},
		{name: "fall asleep and not wake up", text: "a boy who just wants to fall asleep and not wake up, and it reads very much like it's him", want: VerdictCrisis, third: true},
		{name: "asleep and not wake up with back pain", text: "i just want to fall asleep and not wake up with back pain", want: VerdictNone},
		{name: "how much paracetamol per day", text: "how much paracetamol can i take in a day for my back", want: VerdictDose},
	})
}
