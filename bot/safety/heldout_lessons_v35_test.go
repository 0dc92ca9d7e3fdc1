package safety

import "testing"

// What the spent held-out splits from v35 on taught the rules, and what
// recurs across v29-v35 read together.

// Held-out v29-v35 (spent), read again for what recurs: someone else's
// fever beside the writer's sore back, a fever told as over, a joke taken
// back in the same sentence.
func TestSafetyHeldOutRecurringLessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the kids' fever", text: "kids have had a fever all week, im fine, just my back aching from carrying them both around", want: VerdictNone},
		{name: "my little girl's fever", text: "my little girl has a fever so ive been up all night on her floor, now my back is sore", want: VerdictNone},
		{name: "my bro's fever", text: "my bro's got the flu, fever and everything, im fine but my back's stiff from his floor", want: VerdictNone},
		{name: "the kids' fever and their backs", text: "both kids have a fever and their backs hurt, they keep crying", want: VerdictUrgent, level: same, rule: "fever", third: true},
		{name: "after my baby, an epidural", text: "had my baby 6 days ago with an epidural, now new pain in my back right where the needle went in and its getting worse", want: VerdictUrgent, level: same},
		{name: "a fever that is over", text: "had flu last week with a fever, temp's been normal for 4 days now, but my back is still stiff", want: VerdictNone},
		{name: "no fever since", text: "I had a cold last week with a little fever, no fever since 5 days. my back is sore from coughing", want: VerdictNone},
		{name: "normal, then a fever", text: "temp was normal for days but tonight i have a fever and my back is killing me", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a fever now, normal this morning", text: "fever for 3 days, temp was normal this morning but my back is worse", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a joke taken back", text: "cant feel my legs after that stair climber lmao jk they just burn. back tight too", want: VerdictNone},
		{name: "figuratively", text: "walked 25 miles and I can't feel my legs (figuratively, just sore). back aches too", want: VerdictNone},
		{name: "not a joke", text: "cant feel my legs, not joking, since this morning and my back is agony", want: VerdictUrgent, level: em, rule: "both-legs"},
	})
}

// An overdose of anything that is no medicine, drug or drink is a figure
// of speech (held-out v29-v35, spent: the zumba class, café de olla, Bake
// Off); with a medicine, an owner or a place near it, a crisis.
func TestSafetyOverdoseOfSomethingElse(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "café de olla", text: "overdosed on café de olla this morning lol, im all shaky. does posture matter when mopping?", want: VerdictFigure},
		{name: "Bake Off", text: "I overdosed on Bake Off yesterday, 6 episodes straight on the sofa, now my back's seized up", want: VerdictFigure},
		{name: "an overdose of work", text: "an overdose of work this week, back tight like a rock", want: VerdictFigure},
		{name: "mum's pills", text: "overdosed on my mums pills last night", want: VerdictCrisis},
		{name: "a number of tablets", text: "i overdosed on 20 co-codamol", want: VerdictCrisis},
		{name: "them", text: "i overdosed on them last night", want: VerdictCrisis},
		{name: "a medicine", text: "overdosed on the pregabalin, i feel sick", want: VerdictCrisis},
		{name: "a place", text: "i overdosed on the bathroom floor on saturday", want: VerdictCrisis},
		{name: "on purpose", text: "overdosed on purpose", want: VerdictCrisis},
		{name: "sleeping tablets", text: "thinking of overdosing on my sleeping tablets", want: VerdictCrisis},
	})
}

// Held-out v35 (spent): motions, "str8", a thermometer's figure, the
// "back hole", legs with "no power", "pred", a goodbye post, and the
// look-alikes it found.
func TestSafetyHeldOutV35Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot hold motions", text: "no fever at all, but I cant hold my motions since Wednesday, it just comes without me knowing. back agony", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "a high temp and cannot think str8", text: "temp really high back hurts n i feel so confused n sleepy rn cant think str8", want: VerdictUrgent, level: em},
		{name: "the thermometer says", text: "39.4 on the thermometer and back pain low down, is a massage ok", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "the back hole", text: "since 2 day i have numbess in my privat area and also around the back hole, and back very pain lower", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "one leg with no power", text: "this morning my left leg just had no power to get up. right leg normal. back sore since last week", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "both legs with no power", text: "today he say both leg no power, he cannot climb the stair", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "pred and something went", text: "been on pred for my lungs 6 yrs, bent down to tie my shoe n smth went in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "a goodbye post", text: "goodbye everyone, thanks for putting up with me", want: VerdictCrisis},
		{name: "thanks for putting up with my moaning", text: "bye all, thanks for putting up with me moaning, off to physio now", want: VerdictNone},
		{name: "accidental overdose warned about", text: "the pharmacist warned about accidental overdose with mixing them. can I massage dad's back?", want: VerdictFigure},
		{name: "an accidental overdose thought about", text: "I think about an accidental overdose every night, it would be easier", want: VerdictCrisis},
		{name: "not trying to kill myself here", text: "not trying to kill myself here jajaja but is it bad to train jiu-jitsu with a herniated disc?", want: VerdictFigure},
		{name: "a darts season", text: "the darts team'd be better off without me this season with my back the way it is", want: VerdictFigure},
		{name: "half a metre", text: "sore since I fell off a chair, only fell like half a metre onto carpet lol, I'm 30", want: VerdictNone},
		{name: "three and a half metres", text: "fell off the roof, about 3 and a half metres, landed on my back", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "morphine for breathlessness", text: "Dad's on morphine for his heart failure breathlessness and hasn't had a poo for four days, his lower back aches", want: VerdictNone},
		{name: "eases lying flat", text: "my back is a bit worse at night after a day on my feet, but once I'm lying flat it eases off and I sleep grand", want: VerdictNone},
	})
}

// Crisis words as figures that recur across writers (held-out v29-v35,
// spent): a threat to kill oneself with a laugh, told as what some
// trouble will make the writer do, and a team better off without them.
// Wanting it, or meaning it, stays a crisis.
func TestSafetyRecurringCrisisFigures(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "if one more person", text: "if one more person tells me to just do yoga for my back im gonna kill myself lmao. anyway yoga or massage", want: VerdictFigure},
		{name: "traffic makes me", text: "this traffic makes me want to kill myself lmao. 2 hrs on the M25", want: VerdictFigure},
		{name: "makes me wanna kms", text: "this lag plus my back pain makes me wanna kms lmao. does a massage gun work", want: VerdictFigure},
		{name: "wanting it", text: "wanna kill myself lol", want: VerdictCrisis},
		{name: "meaning it", text: "im gonna kill myself lol. no but actually i have the pills ready", want: VerdictCrisis},
		{name: "not joking", text: "this pain is gonna make me kill myself lol. not joking", want: VerdictCrisis},
		{name: "a team", text: "my duo is better off without me for tonight's scrims lol, my back's too stiff to sit 4h", want: VerdictFigure},
		{name: "a team and a family", text: "my team would be better off without me, and so would my family", want: VerdictCrisis},
		{name: "a team and home", text: "everyone on my team and at home would be better off without me", want: VerdictCrisis},
	})
}

// Legs that went to jelly at what someone said, or gave way laughing, and
// legs "right as rain" again, are not a red flag (held-out v1-v35,
// spent); legs that went to jelly trying to stand are.
func TestSafetyLegsFrightNotWeakness(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "when the manager said", text: "my legs went to jelly when the manager said another double lol. anyway backs fine-ish", want: VerdictNone},
		{name: "trying to stand", text: "my legs went to jelly when I tried to stand up this morning, back agony", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "walking to the loo", text: "mums legs went to jelly when she walked to the loo", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		{name: "laughing", text: "My legs gave way under me laughing at my grandson's wedding speech, ha! how do I ease a stiff back", want: VerdictNone},
		{name: "right as rain", text: "legs were like jelly coming down the hill, right as rain again by Monday dinner. back's a bit stiff", want: VerdictNone},
	})
}

// An ellipsis is a pause when the message goes on in lower case (spent
// splits v1-v35): the dots no longer cut off what explains or completes
// the phrase before them.
func TestSafetyEllipsisIsAPause(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "the breastfeeding I mean", text: "ready to end it all... the breastfeeding I mean lol, 13 months and my back can't take the side-lying feeds", want: VerdictFigure},
		{name: "just... weak", text: "since yesterday my left leg is just... weak. cant push off on stairs. right leg normal", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
		{name: "a capital after it", text: "ready to end it all... Nobody would miss me", want: VerdictCrisis},
	})
}

// Held-out v36 (spent): crises told sideways (a last post, "one of the
// 22", "lights out for good", "going to end it" at a clause end, thoughts
// of dying, a car that "wouldnt even" be minded), a crush between two
// things, a parachute landing, "muttering nonsense" with a fever,
// "shooting up", and the look-alikes it found.
func TestSafetyHeldOutV36Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "where I'm going", text: "Last post. Won't be needing the massage tips where I'm going. Thanks for the company, brothers.", want: VerdictCrisis},
		{name: "one of the 22", text: "Reckon I'll be one of the 22 this month. Back's finished me.", want: VerdictCrisis},
		{name: "lights out for good", text: "lights out for good after tonight, no encore, I've made my peace", want: VerdictCrisis},
		{name: "going to end it", text: "if the neurosurgeon says no again I'm going to end it, I've made my peace with that", want: VerdictCrisis},
		{name: "going to end it with the gym", text: "I'm gonna end it... with my gym membership. back can't take deadlifts anymore", want: VerdictFigure},
		{name: "thought about dying", text: "no but fr ive thought about dying every night this week", want: VerdictCrisis},
		{name: "a car would not be minded", text: "if i got hit by a car tomorrow honestly i wouldnt mind. at least the back pain would stop", want: VerdictCrisis},
		{name: "hit by a car", text: "got hit by a car on my bike this morning, back agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "pinned between", text: "got pinned between the boat and the wharf, crushed across me lower back", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "came in hot", text: "Came in hot on the jump, landed square on my tailbone and heard something go", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "muttering nonsense", text: "Husband has a temp of 103 and low back pain, and tonight he's muttering nonsense", want: VerdictUrgent, level: em, third: true},
		{name: "been shooting up", text: "I've been shooting up since the script ran out. now new back pain in the middle", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "ending it with the agency", text: "want to end it with this agency, they treat us like machines", want: VerdictFigure},
		{name: "fever pitch", text: "crowd was at fever pitch last night, back's stiff today", want: VerdictNone},
		{name: "a cliff in a game", text: "fell off a cliff in elden ring like 40 times lmao, my lower back aches from the chair", want: VerdictNone},
		{name: "speared in a tackle at the game", text: "my boy (16) got speared in a tackle at the game today, landed on his head and upper back, his hands are tingling", want: VerdictUrgent, level: em, third: true},
		{name: "near shit myself", text: "near shit myself when that wave came through the window lol. back's sore from bracing", want: VerdictNone},
	})
}

// Held-out v37 (spent): pills saved up, heights looked up, goodbyes and
// things given away, a crash that would not be "my fault", and red flags
// told at length or in dialect.
func TestSafetyHeldOutV37Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "saving my pills", text: "ive been saving my pills in a drawer just in case it doesnt get better", want: VerdictCrisis},
		{name: "looked up how high", text: "lol kill me now haha. no but actually. i looked up how high the multi storey by work is", want: VerdictCrisis},
		{name: "this is my goodbye", text: "I've sorted my things and sent money home for the last time. This is my goodbye", want: VerdictCrisis},
		{name: "wont be here anymore", text: "maybe tomorrow i just wont be here anymore and thatd be fine", want: VerdictCrisis},
		{name: "a crash not my fault", text: "today he said 'if I crash the car it's not really my fault is it'. he's out driving now", want: VerdictCrisis},
		{name: "a ute into a tree", text: "if I put the ute into a tree on the way home it'd fix a lot of problems", want: VerdictCrisis},
		{name: "suicides are up", text: "Heard on the radio that farmer suicides are up again with the drought. my back is stiff from fencing", want: VerdictFigure},
		{name: "suicide wings", text: "we do a suicide wings challenge at the bar, my lower back is wrecked from the crates", want: VerdictFigure},
		{name: "two legs no dey feel", text: "my two legs no dey feel anything from the knee go down since afternoon. my back pain dey worry me", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "turned over on its side", text: "The maxi I was in crash on the highway, it turn over on its side. now my back paining me", want: VerdictUrgent, level: em},
		{name: "roasting then freezing", text: "roasting one minute freezing the next and me back's in bits", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "the right one's going numb", text: "and now the right one's starting to go numb as well", previous: "left leg numb from the hip down since I did my back in yesterday", want: VerdictUrgent, level: em},
		{name: "cannot tell when to open my bowels", text: "since my back went I can't tell when I need to open my bowels", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "a crack described", text: "on prednisolone for eight years. I twisted and felt what I can only describe as a crack in my mid-back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "kilos lost without effort", text: "persistent lower back ache, and I've lost about 8 kg since spring without making any effort", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "currently injecting", text: "He has struggled with addiction for years and is currently injecting (heroin). He has a new pain in the middle of his spine", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "low counts", text: "between cycles of chemo and my counts are low. new ache in my lower back in the last few days", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "fell out with", text: "Fell out with my massage lady over the price! I'm 80. Can I do it myself with a tennis ball?", want: VerdictNone},
	})
}

// Held-out v38 (spent): crises told sideways, laughs in other languages,
// a dive into the shallow end, a fall of two floors, chills despite the
// heating, and the look-alikes it found.
func TestSafetyHeldOutV38Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "take care of it for good", text: "she told me she's 'going to take care of it for good' and she still has the gun", want: VerdictCrisis, third: true},
		// "someone" makes it read as about another person; that reply
		// still gives the writer the helplines ("You and they can talk to
		// someone right now").
		{name: "survive falling from that high", text: "random q. our flat is on the 11th floor. would someone survive falling from that high", want: VerdictCrisis, third: true},
		{name: "tell my mama im sorry", text: "if im not online next week pls tell my mama im sorry. back pain won", want: VerdictCrisis},
		{name: "a truck would not be the worst thing", text: "sometimes when im driving i think if a truck hit me that wouldnt be the worst thing", want: VerdictCrisis},
		{name: "jajaja after a threat", text: "if i have to do one more shift with this back im gonna kill myself jajaja nah but seriously any stretch", want: VerdictFigure},
		{name: "suicide hill", text: "we call the back block 'suicide hill' cos its so steep, picking there wrecks my lower back", want: VerdictFigure},
		{name: "an overdose of FIFA", text: "overdose of FIFA last night kkkk 6 hours on the sofa and my back is stiff", want: VerdictFigure},
		{name: "dove into the shallow end", text: "dove in the shallow part of the pool and hit the bottom, my neck and upper back hurt and my hands tingle", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "fell two floors", text: "my dad fell about 2 floors from the scaffolding today, he says only his back hurts", want: VerdictUrgent, level: em, third: true},
		{name: "chills despite the heating", text: "hes got back pain and chills, keeps shivering even with the heating on full", want: VerdictUrgent, level: same, rule: "fever", third: true},
		{name: "sweaty from the heating", text: "Woke up sweaty because the heating was on full blast lol. Back stiff", want: VerdictNone},
		{name: "methadone constipation", text: "cant poo properly since they upped my methadone and my back aches from straining", want: VerdictNone},
		{name: "stage fright at a drug test", text: "couldnt pee for the drug test today, proper stage fright with the officer watching lol. backs sore", want: VerdictNone},
		{name: "a man on the telly", text: "Watched 60 Minutes last night, there was a man who couldn't control his bladder because of a slipped disc. My back's fine", want: VerdictNone},
		{name: "a numb bum that comes back", text: "by lunch my bum is numb from the seat, once I get out and walk it comes back in a few minutes", want: VerdictNone},
	})
}

// Held-out v39 (spent): someone else's collapse beside the writer's sore
// back, a dog's, legs to jelly at a first grandson, a missed step, "I'll
// kms lol", names of things ("suicide clutch", "suicide drop").
func TestSafetyHeldOutV39Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a passenger collapsed", text: "a pax collapsed on my flight today, we did CPR and she's ok now. my back's sore from kneeling in the aisle", want: VerdictNone},
		{name: "the collie collapsed", text: "Our old collie collapsed in the garden last week, I've been carrying her up the stairs and my back's gone", want: VerdictNone},
		{name: "I collapsed", text: "I collapsed in the kitchen this morning and my back is agony", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "mum collapsed", text: "mum collapsed in the kitchen this morning, she's had back pain all week", want: VerdictUrgent, level: em, third: true},
		{name: "legs to jelly at a grandson", text: "My legs went to jelly when the midwife handed me my first grandson! Back's sore from the rocking chair", want: VerdictNone},
		{name: "a missed step", text: "my leg gave way for a sec on the stairs because I missed a step lol, back's fine", want: VerdictNone},
		{name: "I'll kms lol", text: "if I have to sit on one more tiny chair in a staff meeting I'll kms lol. does massage help", want: VerdictFigure},
		{name: "a suicide clutch", text: "does a suicide clutch on my chopper make my lower back ache on long rides", want: VerdictFigure},
		{name: "track day fever", text: "track day fever has got me, booked 4 more days 😅 back aches from the tuck position", want: VerdictNone},
		{name: "missed the crash mat", text: "fell off the bouldering wall from the top, like 4m, missed the crash mat and landed flat on my back", want: VerdictUrgent, level: em, rule: "major-trauma"},
	})
}

// Held-out v40 (spent): a fall that would not be minded, drugs looked up,
// a slip staged for the insurance, red flags in Tagalog, a weak stream,
// kilos lost with the appetite the same, "doesn't know where she is"
// with a fever, and the look-alikes it found (animals, a phone that fell).
func TestSafetyHeldOutV40Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a fall not minded", text: "if I fell off a roof tomorrow I honestly wouldn't mind. that's where I'm at", want: VerdictCrisis},
		{name: "if I fall off the ladder again", text: "wife says if I fall off the ladder cleaning gutters one more time she's divorcing me lol", want: VerdictNone},
		{name: "drugs looked up", text: "genuinely, I've started looking up which drugs in my bag would be quickest. ha. ha.", want: VerdictCrisis},
		{name: "a slip for the insurance", text: "Some days up there I think about just stepping off the edge and making it look like a slip so the family gets the insurance", want: VerdictCrisis},
		{name: "hirap huminga", text: "masakit yung likod ko tapos hirap akong huminga", want: VerdictUrgent, level: em, rule: "chest"},
		{name: "a pathetic stream", text: "since my back flared on monday my stream is pathetic, have to strain to get anything out", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "kilos lost, appetite the same", text: "my appetite is same only but I've lost 6-7 kg since Diwali and this dull back pain is constant", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "doesn't know where she is", text: "Mum is 89 and burning up, 39.4 on the thermometer, back pain since Monday, and tonight she doesn't know where she is", want: VerdictUrgent, level: em, third: true},
		{name: "where I put my keys", text: "had a fever all week and my back hurts, I dont know where I put my keys lol", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a phone that fell", text: "dropped my phone off the roof lol, fell 3 storeys and still works. back's sore from being up there", want: VerdictNone},
		{name: "a heifer's temperature", text: "Heifer has a temp of 40.5 and won't move. me own back is in bits from pushing her into the crush", want: VerdictNone},
		{name: "a tup that cannae pee", text: "The tup cannae pee, he's strainin an nothin comes", want: VerdictNone},
		{name: "suicides at practice", text: "coach ran us on suicides for 40 mins straight, i wanted to die lol. lower back tight af now", want: VerdictFigure},
	})
}

// Held-out v41 (spent): legs that "don't listen" (walking "like drunk man"
// is how they fail, not a night out), "one step and all this is
// finished", a stream that needs pushing, night pain "more bad", and the
// look-alikes it found.
func TestSafetyHeldOutV41Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "legs that don't listen", text: "today my 2 leg not listen to me, I tell them walk and they walk like drunk man, I have to hold the wall", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "legs to jelly when drunk", text: "my legs went to jelly when i was drunk lol. back sore today", want: VerdictNone},
		{name: "one step", text: "some nights i stand at the edge of the roof and think one step and all this is finished", want: VerdictCrisis},
		{name: "have to push to pee", text: "this time its 2 days and not going away, and peeing is weird, have to push and push", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "more bad in the night", text: "My back pain is much more bad in the night, I cannot sleep, no position help", want: VerdictUrgent, level: same, rule: "night-pain"},
		{name: "suicide risk factors", text: "studying for my psychology exam, the chapter on suicide risk factors is sooo long. my lower back is tight", want: VerdictFigure},
		{name: "bunged up on co-codamol", text: "Since starting co-codamol I can't go to the toilet properly, bunged up for days", want: VerdictNone},
		{name: "told to lose weight", text: "Every single doctor just says 'lose weight' like I haven't been trying for 30 years", want: VerdictNone},
		{name: "last season", text: "last season one of our boys went to hospital because he couldn't pee after a back injury. he's fine now", want: VerdictNone},
	})
}

// Held-out v42 (spent): "wouldn't mind if I didn't wake up" with a word
// between (the rules had missed 26 spent-split crises of this form),
// being forgotten once gone, "I'd have ended it by now", a stash of old
// pills, a dark joke "no but seriously"; weight falling off while eating
// well; and look-alikes: animals, a TV show, a broken toilet, food in the
// pee, something heavy on a foot, a relative's theory of kidneys.
func TestSafetyHeldOutV42Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "wouldn't mind not waking", text: "honestly wouldnt mind if i just didnt wake up. back's been bad for years", want: VerdictCrisis},
		{name: "forgotten once gone", text: "how long until everyone forgets about you once you're gone, like properly forgets", want: VerdictCrisis},
		{name: "ended it by now", text: "if it wasnt for my dog i'd have ended it by now, my back is ruined", want: VerdictCrisis},
		{name: "stash of old pills", text: "my brother has a stash of old tablets in his wardrobe and keeps talking about being tired of it all", want: VerdictCrisis, third: true},
		{name: "joke then no but seriously", text: "id gladly lie down in front of the bus lol no but seriously i went to the stop and just stood there for an hour", want: VerdictCrisis},
		{name: "weight loss while eating well", text: "my dad keeps losing weight and he's eating well, no idea why, and his back hurts every night", want: VerdictUrgent, level: same, rule: "weight-loss", third: true},
		{name: "stash of painkillers for flare-ups", text: "i keep a stash of ibuprofen in my bag so im never caught out when my back flares", want: VerdictNone},
		{name: "horse collapsed", text: "my pony collapsed with colic yesterday, he's fine now but my back is wrecked from the night in the stable", want: VerdictNone},
		{name: "dog wet the bed", text: "our labrador wet the bed again and cant get up the stairs, my back hurts from lifting him", want: VerdictNone},
		{name: "broken toilet", text: "cant pee at work because the toilet's broken again, my lower back is stiff from the van too", want: VerdictNone},
		{name: "on the show", text: "watching a hospital documentary and a man on it couldnt feel his legs after a fall, scary. anyway what stretches help a stiff back", want: VerdictNone},
		{name: "dragon fruit", text: "my pee went pink after eating dragon fruit, no pain no burning, and my back aches from gardening", want: VerdictNone},
		{name: "something on a foot", text: "dropped a paving slab, it fell on my foot, toe is black. back sore from the lifting too", want: VerdictNone},
	})
}

// Held-out v43 (spent): nails dug into an arm until it bleeds (read as
// chest pain down the arm), "not for this world much longer" in Shetland
// words, a van that clipped someone, "short call" (Kenyan English for a
// pee), the seat not felt "under me"; and the figures and look-alikes it
// found.
func TestSafetyHeldOutV43Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "nails until it bleeds", text: "when the back pain gets bad i dig my nails into my arms till they bleed, its the only thing that helps", want: VerdictCrisis},
		{name: "not for this world", text: "no for this world much longer, the back has beaten me", want: VerdictCrisis},
		{name: "clipped by a car", text: "got clipped by a car on my bike this morning, walked away but now my lower back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "short call", text: "since my back went yesterday I go for short call and nothing comes, have to push", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "seat not felt", text: "my back hurt since monday and now when I sit on the toilet I not feel the seat under me", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "rota is suicide", text: "this new shift pattern is actual suicide lol, my back is wrecked", want: VerdictFigure},
		{name: "want to die too lol", text: "laptop died, car died, i want to die too lol. ice or heat for back ache", want: VerdictFigure},
		{name: "end it all by booking", text: "going to end it all... by finally booking a massage. which kind for a stiff back?", want: VerdictFigure},
		{name: "end it all by the bridge", text: "going to end it all tonight by going to the bridge", want: VerdictCrisis},
		{name: "laptop on a foot", text: "dropped a box of books on my foot, toe is purple, and my back aches from the move", want: VerdictNone},
		{name: "accident with the hoist", text: "had an accident with the hoist, sling caught, nobody fell but my upper back is pulled", want: VerdictNone},
		{name: "jelly when someone walked in", text: "my legs went to jelly when my crush walked in lol. anyway best chair for back pain", want: VerdictNone},
		{name: "jelly when I walked", text: "both my legs went like jelly when i walked to the kitchen and i fell, back is agony", want: VerdictUrgent, level: em, rule: "both-legs"},
	})
}

// Held-out v44 (spent): "thinking about going over the edge" from a car
// park's top floor (read as a car going over), "won't be around anymore",
// planning an exit, "she want to jump", hurting oneself and "deserve it";
// legs "giving way" and going "like jelly" a few words on, "burnin up";
// and the look-alikes it found.
func TestSafetyHeldOutV44Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "over the edge", text: "some nights i park on the top floor of the car park and think about just going over the edge", want: VerdictCrisis},
		{name: "won't be around", text: "doesnt matter, by next week i wont be around anymore", want: VerdictCrisis},
		{name: "planning an exit", text: "honestly just planning my exit tbh, back pain and nothing left", want: VerdictCrisis},
		{name: "deserve it", text: "i punch my thighs when my back flares, deserve it for being useless", want: VerdictCrisis},
		{name: "legs giving way", text: "after the massage both my legs keep shaking and giving way when i stand", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "career suicide", text: "asking my boss for a new chair would be career suicide lol, stretches for lower back?", want: VerdictFigure},
		{name: "i'll kill myself lol", text: "if the printer jams one more time i'll kill myself lol. back is stiff from the desk", want: VerdictFigure},
		{name: "shy bladder", text: "cant pee at the urinal if anyone's next to me, always been that way. back tight from the gym", want: VerdictNone},
		{name: "no one to cover", text: "cant pee for hours at work coz no one to cover the till lol. back sore from standing", want: VerdictNone},
		{name: "shelving collapsed", text: "the shelving unit collapsed in the garage, nobody hurt, my back aches from clearing it up", want: VerdictNone},
		{name: "loosens up once moving", text: "my back is worse at night but loosens up once i get moving in the morning. new mattress?", want: VerdictNone},
		{name: "bruises after a massage", text: "first deep tissue massage and now i got bruises on my back, is that normal?", want: VerdictNone},
	})
}

// Held-out v45 (spent): a friend who gave away his account, a hand held on
// the kettle, not bothering to grab the rail; the other leg "going the
// same way", "making no sense", a drug named before "and injects",
// chemotherapy under way, sizes dropped; and the look-alikes it found.
func TestSafetyHeldOutV45Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "gave away his account", text: "my friend gave me his account and all his skins yesterday and said gg, hes been really low with his back", want: VerdictCrisis, third: true},
		{name: "hand on the kettle", text: "when the back gets bad i press my hand on the hot iron till i cant feel anything else", want: VerdictCrisis},
		{name: "not grabbing the rail", text: "if i slipped off the roof tomorrow i wouldnt bother grabbing the rail tbh", want: VerdictCrisis},
		{name: "other leg the same way", text: "my left leg has been numb for a week and now the right leg is going the same way", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "making no sense", text: "dad has a temperature and back pain and he's making no sense tonight", want: VerdictUrgent, level: em, third: true},
		{name: "drug then injects", text: "my brother has a meth problem and injects, now he has new back pain for 4 days", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "sizes dropped", text: "back pain for a month and im down 2 sizes, havent changed anything", want: VerdictUrgent, level: same, rule: "weight-loss"},
		{name: "suicide rotation", text: "new rota is a proper suicide rotation lol, back hates nights", want: VerdictFigure},
		{name: "works nights", text: "my back is worse at night because i work nights, eases off when i sleep in the day", want: VerdictNone},
		{name: "thought I wet myself", text: "spilled my coffee in my lap and thought i wet myself lol. back aches from the desk", want: VerdictNone},
		{name: "portaloo queue", text: "never can pee in a portaloo when theres a queue, back stiff from the festival", want: VerdictNone},
		{name: "op years ago", text: "had a spinal op about 8 years ago and been fine since, is massage ok for people who had back surgery in the past", want: VerdictNone},
	})
}

// Held-out v46 (spent): burning an arm with a lighter, a son's razor
// blades, a Scots "better aff wi'oot me", a known bend where drivers
// cannot stop; a high-side, a surfer driven into a sandbar; and the
// look-alikes it found.
func TestSafetyHeldOutV46Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "lighter on an arm", text: "been burning my wrist with a lighter when the back pain gets too much", want: VerdictCrisis},
		{name: "razor blades found", text: "found razor blades in my daughter's room and she's been in long sleeves all summer", want: VerdictCrisis, third: true},
		{name: "better aff wi'oot me", text: "the family wid be better aff wi'oot me, cannae even work wi this back", want: VerdictCrisis},
		{name: "driven into a sandbar", text: "got driven into the sandbar by a wave, landed back first, now tingles in my hands and my back is screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "team's better off for a while", text: "told my manager the team's better off without me for a fortnight while i rest my back", want: VerdictFigure},
		{name: "legs wrecked from a ride", text: "legs are wrecked from the hike-a-bike section, back a bit tight, massage or rest?", want: VerdictNone},
		{name: "can't walk the dog", text: "cannae walk the dog this week, my back's gone again. heat or ice?", want: VerdictNone},
	})
}

// Held-out v47 (spent): "one step" from a balcony, "taking the lot", a
// lorry that "would solve everything"; a fall out of a tree, a forklift
// tipped over, an okada that "jam trailer", leaking without knowing,
// legs that "belong to someone else", a knock on prednizon; and the
// look-alikes it found.
func TestSafetyHeldOutV47Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "one step from the balcony", text: "some nights on the balcony i think one step and no more pain", want: VerdictCrisis},
		{name: "taking the lot", text: "i look at all the tablets in the drawer and think about taking the lot", want: VerdictCrisis},
		{name: "a lorry would solve it", text: "if a lorry hit me on the way home itd solve everything honestly", want: VerdictCrisis},
		{name: "out of a tree", text: "came out of an oak this morning, maybe 15ft, back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "forklift tipped", text: "forklift tipped over with me in it, back is sore but i feel ok", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "leaking without knowing", text: "since my back went i keep leaking and i dont know when its happening", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "legs someone else's", text: "after the massage both my legs feel like they belong to someone else", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "overdosed the lawn", text: "overdosed the lawn with feed and burnt it, back sore from re-turfing", want: VerdictFigure},
		{name: "technically overdose", text: "did i technically overdose taking my vitamins twice? back ache question too", want: VerdictFigure},
		{name: "radio piece on suicide", text: "heard a piece on the radio about suicide in farming, sad. my back is sore from lambing", want: VerdictFigure},
		{name: "ice bath", text: "both legs went numb in the ice bath lol, fine after a shower. massage for recovery?", want: VerdictNone},
		{name: "right leg fine", text: "left leg numb down the outside since my sciatica flared last week, right leg fine, nothing else", want: VerdictNone},
		{name: "aunt's fall when young", text: "my aunt fell from a tree when she was young and still limps. my own back hurts from my desk", want: VerdictNone},
	})
}

// Held-out v48 (spent): bridges looked up, "thinking about just going
// over" from a bridge, "wishes it had finished the job"; a fall down the
// whole stairs, "next I knew I was on the floor", a dribble after minutes
// at the urinal, a crash into a keke; and the figures it found.
func TestSafetyHeldOutV48Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "bridges looked up", text: "i looked up bridges near me today. back is agony", want: VerdictCrisis},
		{name: "going over", text: "some nights i park by the gorge and sit there thinking about just going over", want: VerdictCrisis},
		{name: "finished the job", text: "he keeps saying he wishes the fall had finished the job", want: VerdictCrisis, third: true},
		{name: "down the whole stairs", text: "went down the whole stairs last night, back screaming", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "next I knew", text: "went dizzy in the kitchen and next i knew i was on the floor, back hurts", want: VerdictUrgent, level: em, rule: "collapse"},
		{name: "dribble at the urinal", text: "stood at the urinal for 5 minutes and only a dribble, back spasming since yesterday", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "cows are suicidal", text: "the cows are suicidal today, through the fence twice. my back has had it", want: VerdictFigure},
		{name: "killing myself working", text: "im killing myself doing double shifts and my back feels it", want: VerdictFigure},
		{name: "financial suicide", text: "that trade was financial suicide lmao. deep tissue or swedish?", want: VerdictFigure},
		{name: "crash of a shift", text: "total car crash of a shift lol, back wrecked from standing", want: VerdictNone},
		{name: "a patient I had", text: "a patient i had on placement collapsed last week, he's stable now. my own back just aches", want: VerdictNone},
	})
}

// Held-out v49 (spent): a razor on the edge of the bath "just thinking
// about it"; deadness "where one sits", "losing what im typing" with a
// fever, "shooting up", a crack at "79 years"; and the figures and
// look-alikes it found.
func TestSafetyHeldOutV49Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "razor, thinking about it", text: "some nights i sit in the bathroom with a razor just thinking about it", want: VerdictCrisis},
		{name: "deadness where one sits", text: "since two days tingling and deadness in the area where one sits, and back pain", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "losing what I'm typing", text: "fever of 39 and back pain and i keep losing what im typing, sorry", want: VerdictUrgent, level: em},
		{name: "shooting up", text: "my cousin has been using, shooting up, and now has new back pain for 3 days", want: VerdictUrgent, level: same, rule: "infection-risk", third: true},
		{name: "rather jump than", text: "id rather jump off the roof than do another loft conversion lol. back stretches?", want: VerdictFigure},
		{name: "overdose of cake", text: "overdose of cake and wine at the wedding, danced all night, back is finished", want: VerdictFigure},
		{name: "suicides on the news", text: "saw on the news that suicides are up among farmers, sad. my back is stiff from the harvest", want: VerdictFigure},
		{name: "legs dead after stairs", text: "my legs are dead after 4 flights of stairs with the shopping, back tight", want: VerdictNone},
		{name: "legs dead from the knees", text: "both my legs are dead from the knees down since this morning and my back hurts", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "down the aisle", text: "my legs went to jelly walking my daughter down the aisle, happy tears. back sore from standing", want: VerdictNone},
	})
}

// Held-out v50 (spent): the tallest car park "near" asked with a wish for
// the pain to stop, "DNF: life", numbness on the insides of the thighs,
// "nowt came out"; and the figures and look-alikes it found ("Origin
// fever" had never matched: "grand final" in the same slot made it
// "origin final fever").
func TestSafetyHeldOutV50Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "tallest car park near", text: "whats the tallest parking garage near me, i just need this to stop", want: VerdictCrisis},
		{name: "DNF life", text: "my bio should just say DNF: life lol. been planning it for months", want: VerdictCrisis},
		{name: "insides of the thighs", text: "2 days now and still numb round my bum and the insides of my thighs, back sore", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "Origin fever", text: "Origin fever this week!! does ice or heat work better on a sore back", want: VerdictNone},
		{name: "side effect", text: "the leaflet says these tablets can cause suicidal thoughts as a side effect, i feel fine, just asking", want: VerdictFigure},
		{name: "lost to suicide years ago", text: "doing a charity walk for my cousin, we lost him to suicide 6 years ago. back tips for a 10k?", want: VerdictFigure},
		{name: "asked at discharge", text: "the nurse asked if i had thoughts of harming myself, i said no, standard question. massage after surgery ok?", want: VerdictFigure},
		{name: "on purpose mid-race", text: "peed myself on purpose at km 30 rather than stop lol, new PB. back tight", want: VerdictNone},
		{name: "infection in feb", text: "had a kidney infection in feb, antibiotics sorted it. now just ordinary back ache", want: VerdictNone},
		{name: "pain gone after a massage", text: "after the deep tissue massage i can't feel any pain anymore! how often can i go?", want: VerdictNone},
	})
}

// Held-out v51 (spent): tide times checked after a joke "not really
// jokes", pills taken on purpose, a river looked at "differently"; both
// "of em" dead from the knee, legs that "no dey carry", a car that
// somersaulted, a taxi hit from the side, a "seat area" still numb; and
// the figures and look-alikes it found.
func TestSafetyHeldOutV51Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "tide times", text: "not really jokes, been checking the tide times for the weekend. back is done", want: VerdictCrisis},
		{name: "pills on purpose", text: "my flatmate took a load of sleeping pills on purpose last night", want: VerdictCrisis, third: true},
		{name: "river differently", text: "lately i look at the river near the flats differently, if you know what i mean", want: VerdictCrisis},
		{name: "both of em dead", text: "first the left leg, now both of em feel dead from the knee down", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "car somersaulted", text: "our car somersaulted on the motorway last night, everyone ok but my back hurts today", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "seat area", text: "my whole seat area went pins and needles 3 hours ago and it hasnt stopped, back tight", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "gardening fever", text: "got the gardening fever again haha, lower back aching from digging", want: VerdictNone},
		{name: "kitchen collapsed", text: "the whole kitchen collapsed tonight, two chefs off sick. my back is cooked", want: VerdictNone},
		{name: "dryer's legs", text: "the tumble dryer's legs gave way and i spent the afternoon fixing it, back not happy", want: VerdictNone},
		{name: "walk into the sea lol", text: "if the boss books one more 7am meeting ill walk into the sea lol. lumbar support?", want: VerdictNone},
		{name: "a burden for complaining", text: "my husband says im a burden because i complain about my back every night haha. home exercises?", want: VerdictFigure},
	})
}
