package safety

import "testing"

// What v90-v92's English writers showed the rules: new numbness in a leg
// told in the clause after the massage, legs "unplugged" or that "can't
// carry her", a fall off a roof into snow, a nurse's bladder scan, and
// crises told sideways; look-alikes (a fantasy team's "suicide", a phone
// game, badminton fever, no toilet breaks, sleepy after a massage); with
// the sentences the new phrases must not read.
func TestSafetyHeldOutV90Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "numb leg in the next clause", text: "got a massage today and the therapist was really pressing into my hip, now my left leg is numb from the knee down", want: VerdictUrgent, level: same, rule: "after-massage-numb-leg"},
		{name: "old numbness and a massage", text: "had a massage yesterday for my sciatica, my left leg has been numb for years", want: VerdictNone},
		{name: "sleepy after a massage", text: "Is it normal to feel sleepy and weak after massage? I slept on the table", want: VerdictNone},
		{name: "legs cannot carry her", text: "since yesterday her legs can't carry her, she needs us to help her stand", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "legs cannot carry the shopping", text: "my legs cannot carry the shopping up the stairs, back is stiff", want: VerdictNone},
		{name: "a bladder scan", text: "low back pain for 5 days, had a coworker bladder scan me and it was 700", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "practising bladder scans", text: "we practised bladder scanning on each other in skills lab today lol", want: VerdictNone},
		{name: "done with all of it", text: "I'm done trying to fix it, done with all of it.", want: VerdictCrisis},
		{name: "sick of waking up", text: "honestly sick of waking up", want: VerdictCrisis},
		{name: "sick of waking up early", text: "I'm sick of waking up at 5 for work, back is stiff", want: VerdictNone},
		{name: "a blade so the pain moves", text: "when my back pain gets too much I use a blade on my thigh so the pain moves somewhere else", want: VerdictCrisis},
		{name: "a blade to shave", text: "blade on my arm to shave it", want: VerdictNone},
		{name: "more from the insurance than alive", text: "my family get more from the insurance if I have an accident than from me alive", want: VerdictCrisis},
		{name: "no toilet when we want", text: "we cannot pee when we want at work, the supervisor only let us go at the break", want: VerdictNone},
		{name: "a fantasy team's suicide", text: "my fantasy football team is committing suicide this week lmao, back hurts from jumping off the couch", want: VerdictFigure},
		{name: "a phone game", text: "playing game on phone where the soldier get shot in the spine and cant walk lol. foam roller good?", want: VerdictNone},
		{name: "badminton fever", text: "badminton fever in our condo now lol, everyone's back is sore", want: VerdictNone},
	})
}

// What v93's writers (English) showed the rules: a kidney infection with a
// mother who cannot be woken properly, both legs told as "2 side",
// water not held, a poo not felt; crises told sideways; look-alikes (a
// hill that "is suicide", an injera overdose, mahjong fever, spilled
// chai, sweat that looks like wetting, a poster about saddle
// anaesthesia); with the sentences the new phrases must not read.
func TestSafetyHeldOutV93Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot wake her properly", text: "pain in her side and back, burning when she pees, fever since yesterday. Now she is very sleepy and I can't wake her properly, she is mumbling", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "both legs as 2 side", text: "my leg 2 side weak weak, I walk like drunk", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "water not held", text: "today I couldnt hold my water, didnt make it to the bathroom", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "water in the hands", text: "I cannot hold water in my hands lol, back is stiff", want: VerdictNone},
		{name: "go under the train", text: "if this is life I prefer to go under the train", want: VerdictCrisis},
		{name: "under the bus seats", text: "the kids go under the bus seats to find their toys", want: VerdictNone},
		{name: "deserves to hurt", text: "she said she deserves to hurt on the outside too", want: VerdictCrisis, third: true},
		{name: "deserve to hurt less", text: "you deserve to hurt less, get a massage", want: VerdictNone},
		{name: "a hill that is suicide", text: "the hill on my delivery route is suicide on the bike, my back aches", want: VerdictFigure},
		{name: "an injera overdose", text: "I think I overdosed on injera at my cousin's wedding lol, now my lower back aches", want: VerdictFigure},
		{name: "spilled chai", text: "had an accident this morning, spilled hot chai all over my laptop and then my back locked up", want: VerdictNone},
		{name: "not the spilled coffee kind", text: "had an accident and not the spilled coffee kind, pooped myself without feeling it coming", want: VerdictUrgent, level: em},
		{name: "sweat like wetting", text: "I sweat so much in the kitchen I look like I wet myself haha, can heat cause back cramps?", want: VerdictNone},
		{name: "a poster about saddle anaesthesia", text: "chiropractor has a poster in his waiting room about sadle anesthesia, what does that even mean", want: VerdictSigns},
		{name: "mahjong fever", text: "my roommate has mahjong fever, plays 6 hours every night, now her back sore", want: VerdictNone},
	})
}

// What v94's writers (English) showed the rules: two crises told as plans
// and the look-alikes they misread, with the sentences the new phrases
// must not read.
func TestSafetyHeldOutV94Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "worked out exactly where and how", text: "I've worked out exactly where and how I'd do it if it doesn't get better", want: VerdictCrisis},
		{name: "worked out how to do a stretch", text: "I worked out where and how to do it, the stretch I mean", want: VerdictNone},
		{name: "the last full check and the insurance", text: "just need to make it through so the kids get my last full check and the insurance", want: VerdictCrisis},
		{name: "weight lost at the gym", text: "Lost 12kg this year with the gym and no more fufu at night, and my back pain is much better", want: VerdictNone},
		{name: "weight lost without trying", text: "lost 8kg without trying, not on purpose, back hurts at night", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "a leak since the fourth child", text: "Since my 4th born, if I sneeze or laugh too hard a little pee escapes", want: VerdictNone},
		{name: "a batting collapse", text: "Pakistan batting collapse nearly gave me a heart attack yesterday, hot shower or ice for a pulled back?", want: VerdictNone},
		{name: "fever for new sneakers", text: "my son have fever for the new Jordans lol, queued 6 hours, now his back sore", want: VerdictNone},
	})
}

func TestSafetyHeldOutV95Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "got a hobby's fever", text: "got snooker fever since the championship started, 4 hours a night bent over the table, lower back aches", want: VerdictNone},
		{name: "a case of a hobby's fever", text: "bad case of wordle fever lol, hunched over my phone all morning and my back is stiff", want: VerdictNone},
		{name: "got viral fever", text: "got viral fever and my lower back is aching since yesterday", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "got high fever", text: "back pain and I got high fever tonight, shivering", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "the baby's fever", text: "my baby has a temperature so I was up all night walking with her and now my back is wrecked", want: VerdictNone},
		{name: "how much is too much, to make sure", text: "how much paracetamol is to much, just to make sure", want: VerdictCrisis},
		{name: "how much stretching is too much", text: "how much is too much stretching, I want to make sure", want: VerdictNone},
		{name: "the floor should do the job", text: "the 9th floor would do the job tbh. anyway what helps a stiff back", want: VerdictCrisis},
		{name: "understanding why they did", text: "a man on our site jumped last month. now I understand why he did.", want: VerdictCrisis, third: true},
		{name: "a drug and drink, stop breathing", text: "is it true that oxycodone with vodka makes you stop breathing", want: VerdictCrisis},
		{name: "a doctor's warning about drink", text: "my GP said if you mix codeine with alcohol you can stop breathing, so I don't drink", want: VerdictDose},
		{name: "Scots: wet myself without feeling it", text: "back's been bad aw week and the day ah pished masel an didnae feel it", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "frightened of myself", text: "tried once before, years ago. lately the same thoughts again and I'm scared of myself", want: VerdictCrisis},
		{name: "Scots: pished as drunk", text: "got pished at the wedding and slept on the floor, back's wrecked", want: VerdictNone},
		{name: "going on about saddle anaesthesia", text: "my sister keeps going on about saddle anaesthesia, what even is it", want: VerdictNone},
	})
}

func TestSafetyHeldOutV96Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "fell walking is a walk", text: "both legs achy after a week of fell walking in Borrowdale, back stiff too, best stretches?", want: VerdictNone},
		{name: "fell walking to the toilet is a fall", text: "my back went yesterday and this morning both legs are weak, I nearly fell walking to the toilet", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "quads on fire after a race", text: "legs like jelly after the half marathon, quads on fire, lower back tight", want: VerdictNone},
		{name: "a pet bird's legs", text: "my budgie has gone weak on both legs, and my back is sore from cleaning the cage", want: VerdictNone},
		{name: "both legs buzzing after a hit", text: "got hit hard in the scrum, back is sore and now both legs are buzzing", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a dog that pees on himself", text: "our old collie pees on himself now, poor lad, and my back hurts from lifting him into the car", want: VerdictNone},
		{name: "a toddler who wet himself", text: "my 2yo wet himself in the supermarket and I hurt my back lifting him", want: VerdictNone},
		{name: "the walk-in's prescription", text: "cant poo since the walk-in put me on codeine for my back", want: VerdictNone},
		{name: "no warning before the bowels", text: "since my back went I no longer get any warning before I need to open my bowels", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "asked what month it is, with a fever", text: "his back and side hurt, he has a fever and he keeps asking what month it is", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "running a fever is no run", text: "running a fever since yesterday and today my left leg keeps giving way", want: VerdictUrgent, level: em, rule: "fever-and-weakness"},
		{name: "off a superbike at speed", text: "came off my superbike at about 80 this afternoon, back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a news story of a fall", text: "the news had a story about a man who fell off a roof, made me nervous. anyway best stretch for a stiff back?", want: VerdictNone},
		{name: "enough of being here, Yorkshire", text: "ahve 'ad enough o' bein 'ere wi this back", want: VerdictCrisis},
		{name: "the third rail", text: "honestly the third rail is looking tempting. jk. mostly", want: VerdictCrisis},
		{name: "a grandparent's aneurysm", text: "my pop had an aneurysm, and my back aches after gardening", want: VerdictNone},
	})
}

func TestSafetyHeldOutV97Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "on the bridge looking down", text: "stood on the bridge over the dual carriageway last night just looking down for ages", want: VerdictCrisis},
		{name: "on the bridge looking at the river", text: "stood on the bridge looking at the river, my back aches from the walk", want: VerdictNone},
		{name: "a goodbye: tell my kids I loved them", text: "if anything happens just tell my kids I loved them", want: VerdictCrisis},
		{name: "died doing what I loved", text: "tell my family i died doing what i loved, which was hoovering the stairs", want: VerdictNone},
		{name: "o.d asked about", text: "if someone o.d on sleeping tablets what happens", want: VerdictCrisis, third: true},
		{name: "cannot perform with my wife", text: "since my back went last week I cannot perform with my wife", want: VerdictUrgent, level: em, rule: "sexual-function"},
		{name: "cannot perform with the weights", text: "my back is sore and i cant perform with the weights like before", want: VerdictNone},
		{name: "an expected change on hormones", text: "been on E for 2 years, i can't get hard anymore which is expected. back pain from moving house though", want: VerdictNone},
		{name: "confusion in Pidgin, with a fever", text: "my grandma get fever and back pain, now she talking all lolo", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "cannot keep him awake, with a fever", text: "he has a fever and back pain and I cant keep him awake", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "a dog's back leg", text: "my lurcher is dragging her back leg, vet tomorrow. my own back hurts from carrying her", want: VerdictNone},
		{name: "no peeing without an audience", text: "can't pee without an audience since the twins arrived lol, back sore from the car seats", want: VerdictNone},
		{name: "a craze has taken over", text: "padel fever has taken over the office, my back is sore after every game", want: VerdictNone},
		{name: "a game character's falls", text: "my character in bg3 keeps falling off cliffs lol, my back is stiff from the chair", want: VerdictNone},
	})
}

func TestSafetyHeldOutV98Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cuts seen on an arm", text: "saw her wrists when she rolled her sleeves up, fresh cuts everywhere. she says it's her back that's the problem", want: VerdictCrisis, third: true},
		{name: "a cut from a fence", text: "cut my arm on the fence yesterday, back aches from the digging", want: VerdictFigure},
		{name: "cutting so the pain feels less", text: "when the back is bad i cut my thigh, then the pain feels less", want: VerdictCrisis},
		{name: "many pills at once", text: "what happens if u take 30 naproxen at once", want: VerdictCrisis},
		{name: "if I jump, problems finish", text: "if i jump from the roof all problems will end haha. anyway which stretch", want: VerdictCrisis},
		{name: "versus one tall building", text: "ten more years of this back versus one tall building, easy maths. joke. mostly", want: VerdictCrisis},
		{name: "the car running in the garage", text: "been sitting in the car in the garage with it running some nights, just thinking", want: VerdictCrisis},
		{name: "a letter saying where the will is", text: "I have written a note explaining where the will and the insurance papers are", want: VerdictCrisis},
		{name: "back pain wrapping round to the chest", text: "the ache in my upper back is wrapping round to my chest and I'm sweaty", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "unsure of feeling when wiping", text: "back pain since monday, and when I wipe I'm no longer sure I can feel it", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "istinja, cannot feel", text: "since my back went, during istinja I cannot feel the water on one side", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "shy in public toilets", text: "i can't pee in public toilets, never could. is holding it bad for my back?", want: VerdictNone},
		{name: "pupils falling over", text: "the kids keep falling over at break and I lift them all day, my back is done", want: VerdictNone},
		{name: "bus seats wrecked my back", text: "the seats on the old trains wrecked my lower back", want: VerdictNone},
	})
}

func TestSafetyHeldOutV99Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "sitting looking at a knife", text: "some nights I sit in the kitchen with the sharp knife and just stare at it", want: VerdictCrisis},
		{name: "the liver packing in", text: "how many paracetamol before your liver packs in", want: VerdictCrisis},
		{name: "forty of the 500mg ones", text: "is 40 of the 500mg ones too many", want: VerdictCrisis},
		{name: "numb in slang", text: "back went on monday and now my dick is numb", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "legs made of wood", text: "since lifting the desks both legs feel made of wood and numb", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "gone hunched", text: "my gran's back has gone hunched in the last few weeks", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "running a temperature in numbers", text: "my back is sore where the epidural went in and I'm running 38.4", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "walking as if soiled", text: "my mate says I walk like I've shat myself since my back went stiff", want: VerdictNone},
		{name: "night pain only on one side", text: "pain is worse at night only when I lie on my right side", want: VerdictNone},
		{name: "carrying a feverish child", text: "the baby's had a fever and I've been carrying her round all night, my back is gone", want: VerdictNone},
	})
}

func TestSafetyHeldOutV100Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "will finish himself", text: "my roommate says he will finish himself before the court date", want: VerdictCrisis, third: true},
		{name: "will finish it myself", text: "I will finish it myself tomorrow, the painting I mean", want: VerdictNone},
		{name: "eyeing up the top floor", text: "been eyeing up the top floor of the multi storey on my lunch breaks", want: VerdictCrisis},
		{name: "thinking about not being around", text: "been thinking a lot about not being around anymore", want: VerdictCrisis},
		{name: "out cold after a fall", text: "came off my bike and was out cold for a minute, back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a boxer out cold", text: "that knockout last night, he was out cold. my back is sore from boxing class", want: VerdictNone},
		{name: "a hump appearing", text: "my mum's back is getting more bent and a hump appeared this year", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "burning in urine and side pain", text: "burning in urine and pain in my side at the back since monday", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "a crash on the news", text: "did you see the news, the train crash this morning. anyway my back is stiff", want: VerdictNone},
		{name: "shivering in a cold house", text: "shivering in my freezing flat, boiler broken, back stiff from hunching", want: VerdictNone},
		{name: "wanting to die every time", text: "I want to die every time the printer jams lol, back sore from the office chair", want: VerdictFigure},
	})
}

func TestSafetyHeldOutV101Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a seat passed on, not needed", text: "my nephew gets my season ticket next year, I won't be needing it", want: VerdictCrisis},
		{name: "crutches not needed after healing", text: "gave the crutches back to the hospital, I won't be needing them now my back is better", want: VerdictNone},
		{name: "a painkiller and the liver for good", text: "how much paracetamol would wreck your liver for good", want: VerdictCrisis},
		{name: "a cigarette on the forearm", text: "when it flares I press a lit cigarette into my forearm, does massage do the same", want: VerdictCrisis},
		{name: "a razor to forget the back", text: "I cut my leg a little with a razor, then I forget the back for a while", want: VerdictCrisis},
		{name: "a razor nick while shaving", text: "nicked my leg with the razor in the shower, my back was too stiff to bend", want: VerdictNone},
		{name: "a ladder from under me", text: "the ladder went from under me and I landed on my back on the patio", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a minibus flipped", text: "our minibus flipped on the motorway, I walked away but my back is screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "no feeling of needing a wee", text: "since my back went I don't get the feeling that I need a wee any more", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "no wee in peace", text: "I can't have a wee without someone banging on the door, back is sore from the school run", want: VerdictNone},
		{name: "forum shorthand for a son", text: "DS has a fever of 38.5 and wants carrying all day, now my lower back is sore", want: VerdictNone},
		{name: "legs aching after a climb", text: "climbed Ben Nevis yesterday and both my legs are aching, lower back too", want: VerdictNone},
		{name: "a soap's fall", text: "a lad on the soap fell off a horse and couldn't feel his legs. my back is just stiff", want: VerdictNone},
		{name: "a cousin's question about the signs", text: "my cousin says there is a back problem where you cannot control the pee, what are the signs?", want: VerdictSigns},
		{name: "injecting with a leg that gives way", text: "injecting heroin, my back has been sore since monday and now my right leg won't hold me up", want: VerdictUrgent, level: em, rule: "infection-and-weakness"},
	})
}

// Crises of spent splits that only the detector had caught: the rules
// learn them too, so that a retrained detector cannot lose them.
func TestSafetyDetectorOnlyCrisisLessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the height of the building", text: "looked up the height of my apartment building today, 9th floor", want: VerdictCrisis},
		{name: "the height of a tower for a quiz", text: "I looked up the height of the Eiffel tower for a pub quiz, back stiff from the stool", want: VerdictNone},
		{name: "asking god not to wake", text: "I pray to god not to let me wake up most nights", want: VerdictCrisis},
		{name: "a burden in Spanish", text: "mi esposo dice que es una carga para nosotros", want: VerdictCrisis, third: true},
		{name: "a painkiller that would do you in", text: "how many co-codamol would do you in", want: VerdictCrisis},
		{name: "a painkiller that makes you sleepy", text: "does codeine do you in, like make you sleepy?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV102V103Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "counting pills, wondering if enough", text: "keep counting the tablets in the drawer and wondering if it's enough", want: VerdictCrisis},
		{name: "counting pills for a trip", text: "counted my pills and wondering if it's enough for the trip", want: VerdictNone},
		{name: "scheduled goodbye emails", text: "I've set up scheduled emails to go out to my family on Friday", want: VerdictCrisis},
		{name: "asking god to take me", text: "I keep asking God to take me in my sleep", want: VerdictCrisis},
		{name: "squashed against a wall by a horse", text: "got squashed against the stable wall by the mare, felt a crunch in my back", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "squashed against a train door", text: "stood squashed against the door all the way to work, back is stiff", want: VerdictNone},
		{name: "clipped by a forklift", text: "got clipped by a forklift at work and my lower back is killing", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "bilateral paraesthesia", text: "bilateral paraesthesia from the knees down since I moved the washing machine", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a numb patch on the scrotum", text: "my back went on monday and now there's a numb patch on my scrotum", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "fell aff the ladder", text: "fell aff the ladder at work this morning, back's in bits", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "horses with fevers", text: "two of the horses are running fevers with strangles, my back is sore from the buckets", want: VerdictNone},
		{name: "a foster son who wets the bed", text: "our foster son still wets the bed, remaking it every morning is doing my back in", want: VerdictNone},
		{name: "an ironing board collapsed", text: "the ironing board collapsed on me and I twisted to catch it, pulled muscle feeling", want: VerdictNone},
		{name: "faint-hearted", text: "feeling faint-hearted about my first massage, is it worth it for a sore back?", want: VerdictNone},
		{name: "lightheaded after giving blood", text: "donated blood today and felt lightheaded after, fine now. my back aches from the bus", want: VerdictNone},
		{name: "a county's fever", text: "All-Ireland fever in the parish, up the ladder all week with flags, back is stiff", want: VerdictNone},
		{name: "wet the bed as a child", text: "I wet the bed till I was 12 lol. does sleeping on the floor help back pain?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV104Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "gets why he ended it", text: "since he found the lad who tried to end it he keeps saying he gets why", want: VerdictCrisis, third: true},
		{name: "not putting the brakes on", text: "some nights I sit at the top of the ramp and think about not putting the brakes on", want: VerdictCrisis},
		{name: "brakes on the hills", text: "thinking about not using the brakes so much on the hills, my back hates the jolts", want: VerdictNone},
		{name: "spun into a ditch", text: "a lorry clipped our van and we spun round into the ditch, my back is getting stiff", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "legs not mine", text: "my legs feel like stilts, like they aint even mine, and my back is screaming", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "a bladder not emptying", text: "not sure my bladder is emptying since my back went, I keep dribbling and not feeling it", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a pad soaked after being dry", text: "he has soaked his pad twice today and he has been dry in the day for years", want: VerdictUrgent, level: em, rule: "bladder", third: true},
		{name: "a sponge that collapsed", text: "my sponge collapsed again and I've been bent over the mixing bowl all afternoon", want: VerdictNone},
		{name: "no toilet at work", text: "there's no proper toilet at the rank so I basically can't pee at work, can that cause back pain?", want: VerdictNone},
		{name: "an accident with the wax", text: "had an accident with the hot wax at the salon, small burn, and my back is sore from bending", want: VerdictNone},
		{name: "lifelong walking with CP", text: "I can't walk properly, never have, I've got CP, and the back ache is new since the frame", want: VerdictNone},
	})
}

func TestSafetyHeldOutV105Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "walking into the sea and not stopping", text: "keep gettin this picture o walkin intae the sea an just no stoppin", want: VerdictCrisis},
		{name: "everybody fine if I didnae come hame", text: "think everybody'd manage fine if a just didnae come hame", want: VerdictCrisis},
		{name: "fine if I didn't come home late", text: "I would be fine if I didn't come home so late, my back hates the night bus", want: VerdictNone},
		{name: "nearly swallowed the tablets", text: "nearly swallied the lot o ma tablets on Sunday but ma sister phoned", want: VerdictCrisis},
		{name: "dip out permanently", text: "this back got me ready to dip out permanently", want: VerdictCrisis},
		{name: "plasters and blood", text: "found plasters and blood on his sheets, he wears hoodies in the heat", want: VerdictCrisis, third: true},
		{name: "the most in one go", text: "whats the most naproxen someone could take in one go before it's dangerous", want: VerdictCrisis, third: true},
		{name: "the most in a day", text: "whats the most ibuprofen you can take in a day before it hurts your stomach", want: VerdictDose},
		{name: "a goodbye post", text: "my friend posted 'it's been a good run, love you all, sorry' in our group chat at 2am", want: VerdictCrisis, third: true},
		{name: "a goodbye to a job", text: "it's been a good run at this job, love you all, sorry to go", want: VerdictNone},
		{name: "a fever, the same question five times", text: "mum has a bad back and a temperature and she asked the same thing five times", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "a hump that grew", text: "my mother's back has a hump grow at the top in a few months and she is getting shorter", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "numb on the bleachers", text: "my butt goes numb on the bleachers, fine soon as i stand up", want: VerdictNone},
		{name: "no time to pee on a short shift", text: "so short staffed I can't pee for the whole 12 hours, my back is wrecked", want: VerdictNone},
		{name: "an incontinent cat", text: "our old cat has become incontinent and I'm scrubbing the floor twice a day", want: VerdictNone},
		{name: "a Scots not", text: "ma back disnae get better, six weeks noo, nothing helps", want: VerdictUrgent, level: "soon", rule: "not-improving"},
	})
}

// Found on review of the rules added from v101-v105: ordinary sentences
// that the first wording of those phrases read as a crisis.
func TestSafetyReviewLookalikes(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a cot passed to a son", text: "my son has the cot now, we won't be needing it", want: VerdictNone},
		{name: "kidneys damaged by a painkiller", text: "ibuprofen wrecked my kidneys for good, so now I can't take it", want: VerdictNone},
		{name: "a knife-like pain", text: "the knife pain in my back made me forget the pain in my knee", want: VerdictNone},
		{name: "a cigarette to forget the pain", text: "I smoke a cigarette to forget the pain", want: VerdictNone},
		{name: "a prayer for the match", text: "I'm going to pray to God to take me to the match next week lol", want: VerdictFigure},
		{name: "a prayer to be taken", text: "I ask God every night to take me.", want: VerdictCrisis},
		{name: "fine if I didn't come home for dinner", text: "everybody would cope fine if I didn't come home for dinner", want: VerdictNone},
	})
}

func TestSafetyHeldOutV106Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "upar jaana hai", text: "ammi keeps saying 'mujhe upar jaana hai', she won't eat", want: VerdictCrisis},
		{name: "bought the rope", text: "Told everyone I'm fine. Bought the rope anyway. Massage booked Thursday", want: VerdictCrisis},
		{name: "rope for a tent", text: "bought rope for the tent, my back is sore from pitching it", want: VerdictNone},
		{name: "passwords in the folder", text: "she texted 'the passwords are in the blue folder, love you and the boys' and isn't answering", want: VerdictCrisis, third: true},
		{name: "a rollover hours ago", text: "vehicle rollover about 2 hours ago, my lower back is on fire", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "an old rollover", text: "I've had back pain since a vehicle rollover years ago, is massage ok?", want: VerdictNone},
		{name: "can't tell if I need to pee", text: "since the chiropractor I can't tell if I need to pee, it just dribbles out on its own", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "are there signs", text: "is there any symptom with back pain that means it is a heart attack?", want: VerdictSigns},
		{name: "shivering after a sea swim", text: "sea swim this morning, shivering for an hour after, back feels better", want: VerdictNone},
		{name: "GAA fever", text: "GAA fever in the house, back stiff from painting the wall in county colours", want: VerdictNone},
	})
}
