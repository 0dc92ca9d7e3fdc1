package safety

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// A numbness that came and went is not a red flag; one that stays, or comes
// after the resolution, still is. The resolution may be the next sentence.
func TestSafetyPassedSymptoms(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "next sentence", text: "Anyone else get a numb butt after 6 hrs of back-to-back Zooms? Goes away as soon as I stand up and walk to the kitchen.", want: VerdictNone},
		{name: "same sentence", text: "numb bum after the sportive yesterday, all back to normal now. massage or stretch?", want: VerdictNone},
		{name: "both legs, fine after a minute", text: "sat on the loo scrolling and both legs went numb. fine after a minute. back's ok", want: VerdictNone},
		{name: "symptom after the resolution", text: "my legs went numb on the drive and it went away. but today both legs are numb and weak again", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "not going away", text: "since this morning my inner thighs and my private area feel numb and it's not going away", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "not wearing off", text: "cant feel anything when i wipe since yesterday, it's not wearing off", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "is that normal", text: "my bum has been numb since yesterday, is that normal?", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		// "gonna" and "going" are read as "go": "gonna go away" is a hope (held-out v152, spent).
		{name: "gonna go away?", text: "both my legs have been numb since I lifted the couch this morning. that's gonna go away right?", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "going to go away?", text: "my legs are numb, is it going to go away?", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "it'll come right", text: "both my legs went numb and weak after the fall yesterday, reckons itll come right", want: VerdictUrgent, level: em, rule: "both-legs"},
		// "it'll" keeps its "'ll" as "itll", a hope; "i'll" is still "i".
		{name: "it'll go away", text: "since this morning my bum is numb and i cant feel my legs properly, it'll go away on its own I reckon", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "it'll go away, after it", previous: "since this morning I can't feel my bum or between my legs", text: "it'll go away on its own I reckon", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "it went away", previous: "since this morning I can't feel my bum or between my legs", text: "it went away on its own after I stood up", want: VerdictNone},
		{name: "I'll is not ill", text: "I'll be sitting at a desk all week, any stretches for my back?", want: VerdictNone},
		{name: "going away now", text: "sat on the floor and both legs went numb, it's going away now", want: VerdictNone},
		{name: "he'll be fine", text: "now he says he cannae feel either leg, he says he'll be fine wi a hot water bottle", want: VerdictUrgent, level: em, rule: "both-legs", third: true},
		// One leg is not a transient rule: "the other leg is fine" is part
		// of the red flag.
		{name: "other leg fine", text: "left leg has gone weak since yesterday, buckled twice. right leg totally fine", want: VerdictUrgent, level: same, rule: "one-leg-weakness"},
	})
}

// A crisis told as history, with the writer saying it is over, is not a
// crisis; a history that is back, or a wish told now, still is.
func TestSafetyCrisisHistory(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "overdose years ago", text: "Years ago I overdosed after my first surgery. I got proper help and I'm in a good place now. Is sports massage ok on the scar?", want: VerdictNone},
		{name: "self harm as a teenager", text: "I self harmed as a teenager, long stopped and doing well. Will the massage therapist mind the scars?", want: VerdictNone},
		{name: "history and now", text: "I tried to end my life in 2019 and I was doing well, but lately I want to die again", want: VerdictCrisis},
		{name: "not doing well", text: "I overdosed years ago and honestly I'm not doing well, I keep thinking about it", want: VerdictCrisis},
		{name: "history without recovery", text: "I overdosed years ago. My back is worse than ever", want: VerdictCrisis},
	})
}

// Whose crisis: the last person word inside the match decides, and "I"
// after someone else named in it is the writer again.
func TestSafetyCrisisWhose(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "tell my mum I'm sorry", text: "if im not online next week pls tell my mum im sorry. back pain won", want: VerdictCrisis},
		{name: "a friend's goodbye", text: "my mate texted me 'tell everyone sorry, it's not their fault' at 3am and now his phone's off", want: VerdictCrisis},
		{name: "his own words", text: "my dad keeps saying the family would be better off without him", want: VerdictCrisis, third: true},
	})
}

// Confusion in everyday words, with a fever, is an emergency (held-out v11,
// spent).
func TestSafetyFeverAndConfusion(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "muddled", text: "husband's had a sore back since the weekend and a temperature, tonight he's muddled", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "talking nonsense", text: "granny back hurtin 3 days, she hot with fever, and today she talkin nonsense", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
	})
}

// "Paralysed" as a fear, a figure or a story is not a red flag; legs that
// are paralysed now are. Dreams, TV dramas and case studies are stories.
func TestSafetyFearsAndFiction(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "risk of paralysis", text: "Is there a risk of becoming paralysed if I get a massage with a slipped disc?", want: VerdictNone},
		{name: "end up paralysed", text: "what if the therapist hits a nerve? could I end up paralysed?? first massage tomorrow", want: VerdictNone},
		{name: "paralysed with indecision", text: "paralysed with indecision over which massage therapist to book, deep tissue or sports?", want: VerdictNone},
		{name: "legs paralysed now", text: "my back went and now my legs are paralysed, I can't move them", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "woke up paralysed", text: "woke up paralysed from the waist down this morning, back agony", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "dream", text: "in my dream i couldnt move my legs lol woke up scared. back just sore", want: VerdictNone},
		{name: "tv drama", text: "on greys anatomy a surgeon falls and cant feel her legs, would that happen from that kind of fall?", want: VerdictNone},
		{name: "case study", text: "my lecturer gave us a case study, 45 yr old man cant feel his legs after a fall, what do you do first?", want: VerdictNone},
		{name: "what does it mean", text: "what does saddle numbness actually mean?? heard it at a workshop", want: VerdictSigns},
		{name: "turkish drama", text: "my mum is hooked on this turkish drama where the guy falls off a horse and may never walk again", want: VerdictNone},
		{name: "homework", text: "question from my son's homework: a man is hit by a car and complains of back pain, list 3 things a first aider should do", want: VerdictNone},
		{name: "nae fever", text: "nae fever, nae weight loss, nae bother peein, legs fine, just a sair back", want: VerdictNone},
		{name: "world cup fever", text: "My husband has World Cup fever, watching every match at 2am lying on the floor, now his back is stiff", want: VerdictNone},
		{name: "fever under the duvet", text: "back pain and I'm shivering under two duvets, temp 38.9", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "if u have", text: "if u have a fever with back pain is that bad? not me rn", want: VerdictSigns},
		{name: "let's say", text: "let's say both my feet started tingling at once, is that something massage could fix?", want: VerdictSigns},
	})
}

// A message that explains the one before away does not carry its red flag:
// a look-alike of the rule in its first sentence, or a numbness that passed.
func TestSafetyContinuationExplainsAway(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "after squats", previous: "i cant feel my legs!!!", text: "after 300 squats in pe 😂 theyre like noodles", want: VerdictNone},
		{name: "came back", previous: "I can't feel my legs!", text: "...after kneeling to scrub the floor for an hour haha. They came back after a bit of stamping about. Back's stiff though.", want: VerdictNone},
		{name: "continues it", previous: "both my legs went numb this morning", text: "and now it's spreading up and I can't feel when I wipe", want: VerdictUrgent, level: em},
		{name: "still there", previous: "i cant feel my legs", text: "still the same, since lunch, is that bad?", want: VerdictUrgent, level: em, rule: "both-legs"},
	})
}

// Found on held-out v12 (spent): a fever in one message and confusion in
// the next is the emergency combination, not the first message's same-day
// flag carried over; "in the shower" is not "in the show"; a weakened
// immune system is a risk however long ago the transplant was.
func TestSafetyHeldOutV12Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "fever then confusion", previous: "Pop's got a bad back and a temperature of 102, been in bed 2 days", text: "he's just now not making any sense, keeps trying to feed cows we sold in 1998", want: VerdictUrgent, level: em, rule: "fever-and-confusion"},
		{name: "in the shower", text: "this morning in the shower I noticed the area between my legs feels numb and my inner thighs too", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "transplant years ago, new pain", text: "I had a kidney transplant 2 years ago, I take tacrolimus every day. New back pain since 2 days, not from lifting.", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "transplant, old pain", text: "I had a kidney transplant 2 years ago and my back has ached the same for years. Massage ok?", want: VerdictNone},
		{name: "balcony", text: "every day I think to jump from my balcony", want: VerdictCrisis},
		{name: "comes right", text: "after 10 hrs in the cab my butt goes numb, comes right after I walk around 5 min", want: VerdictNone},
		{name: "killed myself laughing", text: "I killed myself laughing at the sack race, then pulled my back doing it myself", want: VerdictFigure},
	})
}

// Found on held-out v13 (spent): weeks of pain in one sentence and
// nothing helping in the next; a self-harm told as coping; a lifelong
// condition that is someone's normal.
func TestSafetyHeldOutV13Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "not improving over two sentences", text: "back has hurt for like 2 months now. did the physio exercises every day, heat, stretches, nothing changes at all", want: VerdictUrgent, level: soon, rule: "not-improving-told-apart"},
		{name: "cutting to cope", text: "when back pain too much i cut my arm so the pain go to other place", want: VerdictCrisis},
		{name: "old cutting, over", text: "I used to cut my arms when I was a teenager. I'm 45 now and haven't done it in over 25 years. Will the massage therapist mind the scars?", want: VerdictNone},
		{name: "paraplegic partner", text: "My partner is paraplegic (T10, 12 years, can't feel his legs, that's his normal). His shoulders ache from pushing his chair", want: VerdictNone},
		{name: "two legs like jelly", text: "from this morning my 2 leg like jelly, cannot stand up from the chair", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "killing myself at the gym", text: "been killing myself at the gym all week and my lower back is so tight", want: VerdictFigure},
	})
}

// A crisis told as a figure of speech and then said to be meant is a
// crisis, in the same message or the next; a figure with no crisis in it
// stays a figure, and "not joking" takes no red flag back.
func TestSafetyFigureMeant(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "meant in the next message", previous: "this pain make me want to die hahaha", text: "actually no haha. I mean it.", want: VerdictCrisis},
		{name: "meant in the same message", text: "this pain makes me want to die, not joking", want: VerdictCrisis},
		{name: "figure alone", text: "this pain makes me want to die lol", want: VerdictFigure},
		{name: "killing me, not joking", previous: "my back is killing me", text: "not joking", want: VerdictNone},
		{name: "not joking keeps the red flag", previous: "both my legs went numb an hour ago", text: "not joking", want: VerdictUrgent, level: em, rule: "both-legs"},
	})
}

// A short question about a red flag answered no, or a list of them denied,
// is not a red flag; "No idea" is not an answer, and a denial of other
// questions leaves a red flag told before them (held-out v14 and round 9
// of the examples).
func TestSafetyAnsweredNo(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "checklist", text: "Had cancer? No. Fever? No. Numb bum? No. Just a regular sore back from sleeping wrong. Best sleeping position?", want: VerdictNone},
		{name: "no idea", text: "my bum is numb since yesterday, is that normal? no idea what to do", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "yes", text: "Numb bum? Yes. Since this morning", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "said no to both", text: "The nurse asked if I'd had any trouble passing water or numbness down below and I said no to both. Heat or ice?", want: VerdictNone},
		{name: "none of these", text: "Doctor asked me about loss of bladder control, numbness in private parts and weakness in legs. I have none of these, only pain when bending.", want: VerdictNone},
		{name: "denied other questions", text: "I can't pee since this morning. The nurse asked about fever and weight loss and I said no to both.", want: VerdictUrgent, level: em, rule: "bladder"},
	})
}

// Held-out v14 (spent): a crisis in a film is the film's, a husband's is
// his; a transplant; chills told as shaking under blankets; a collapse
// that is over.
func TestSafetyHeldOutV14Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "film", text: "We watched last night the film where the girl wants to end her life, very heavy. My back hurts from the cinema seats. What stretch?", want: VerdictNone},
		{name: "husband reading about ways", text: "Last night he told me he wants to end his life and he has been reading about ways on his phone. I'm scared.", want: VerdictCrisis, third: true},
		{name: "bone marrow transplant", text: "I had a bone marrow transplant in 2022. New back pain since Monday, I didn't lift anything.", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "shaking under blankets", text: "Back low hurting since thursday, and I shake from cold even with two blankets, teeth chattering", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "collapse last year", text: "My pastor collapsed during the sermon last year and it turned out to be his heart. He's fine now. Can massage help his back?", want: VerdictNone},
		{name: "overdosed on jollof", text: "Overdosed on jollof at my cousin's wedding yesterday and danced all night, now my lower back is stiff", want: VerdictFigure},
	})
}

// Held-out v15 (spent) and round 10 of the examples: a car left running
// in the garage, pills lined up, a wound after surgery, methotrexate; a
// burden only for asking for a back rub, someone else's death, a checklist
// answered with colons, a phone fallen from a balcony.
func TestSafetyHeldOutV15Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "garage", text: "Some nights I sit in the garage with the car running just to see how it feels. Anyway, massage after a fusion?", want: VerdictCrisis},
		{name: "pills lined up", previous: "anyone know if a hot bath helps back pain", text: "actually doesnt matter. got all my pills lined up on the side of the bath", want: VerdictCrisis},
		{name: "oozing wound", text: "Discectomy ten days ago. Now new pain in the back and the wound is oozing a bit yellow. Can I wait?", want: VerdictUrgent, level: same, rule: "infection-risk"},
		{name: "methotrexate", text: "im on methotrexate for my psoriasis and now ive got back pain, never had back trouble before", want: VerdictUrgent, level: same, rule: "weak-immune"},
		{name: "burden for a back rub", text: "I feel like such a burden asking my husband to rub my back every night. Is a tennis ball any good?", want: VerdictFigure},
		{name: "someone else's overdose", text: "Someone forwarded that a famous singer died of an overdose, everybody is sad. Is daily massage too much for the back?", want: VerdictFigure},
		{name: "checklist with colons", text: "Checklist before anyone asks:\n- fever: no\n- numb bum: no\n- legs: fine\nJust a stiff lower back", want: VerdictNone},
		{name: "numb bum: yes", text: "- numb bum: yes, since this morning", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "phone from a balcony", text: "my phone fall from the 3rd floor balcony lol, then i spend whole afternoon bending under the car to find the pieces. now back ache", want: VerdictNone},
		{name: "car crash still counts", text: "car crash yesterday, felt fine at the time but now my back is agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
	})
}

// Held-out v16 (spent): affairs put in order (not before an operation),
// a log that struck a back, an old mother with her age in brackets, a
// temperature for days with confusion, figures of sitting and wanting.
func TestSafetyHeldOutV16Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "affairs in order", text: "This will be my last message here. I've got my affairs in order. Thank you all", want: VerdictCrisis},
		{name: "affairs before surgery", text: "Got my affairs in order before my knee operation next month, as the hospital suggested. Will it affect my back?", want: VerdictFigure},
		{name: "struck by a log", text: "a log came off the skid and got me square in the back at work. can barely turn over in bed", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "mum 81, heard a crack", text: "My mum (81) was lifting my son out of the bath and heard a crack in her back, now she's hunched and sore", want: VerdictUrgent, level: same, rule: "fragility-fracture", third: true},
		{name: "temperature for days, confused", text: "Mum has had a bad back and a temperature for 2 days and today she's talking nonsense", want: VerdictUrgent, level: em, rule: "fever-and-confusion", third: true},
		{name: "got me wanting to die", text: "this sciatica got me wanting to die lmaooo anyway does deep tissue help", want: VerdictFigure},
		{name: "overdosed on sitting", text: "massage therapist said I overdosed on sitting lol. desk job 9 hrs a day, what stretches?", want: VerdictFigure},
	})
}

// Held-out v17 (spent): a car that hit someone, a wish to be hit by one,
// pills kept back, a dropped box, legs like jelly at a penalty, a game's
// car crash.
func TestSafetyHeldOutV17Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a car hit them", text: "My cousin was on the moto-taxi and a car hit them from the side. He is at home now, back pain very strong", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "hoping a bus hits me", text: "i keep hoping a bus hits me so it all stops", want: VerdictCrisis},
		{name: "pills kept back", text: "Since 2 months I keep the sleeping pills the residents refuse. For me. For when I decide.", want: VerdictCrisis},
		{name: "a dropped box", text: "had an accident at work, dropped a box on my foot lol, not my back. my back's sore from lifting though", want: VerdictNone},
		{name: "jelly legs at a penalty", text: "my legs went to jelly when the ref gave that penalty against us lol. heat or ice for a pulled muscle?", want: VerdictNone},
		{name: "forza", text: "crashed my car in forza like 200 times last night lmao, back hurts from my racing seat", want: VerdictNone},
	})
}

// A phrase that fillers reduce to one word would match that word anywhere:
// "totally normal" in an unless list dropped every red flag of a sentence
// with "normal" in it ("my bum is numb since yesterday, is that normal?").
func TestSafetyRulesRefuseCollapsedPhrases(t *testing.T) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	unless := slices.Clip(r.RedFlags[0].Unless)
	for _, text := range []string{"totally normal", "pretty normal"} {
		r.RedFlags[0].Unless = append(unless, knowledge.Phrase{Text: text, Line: 7})
		_, err = New(r)
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q is one word once fillers are skipped", text)) {
			t.Errorf("New with an unless of %q: err = %v, want it refused", text, err)
		}
	}
}

// A slot holding a filler may be missing, since messages skip fillers. A
// slot or a run of words of fillers alone, or such a slot at either end of
// a phrase, would be written but never required (and a run's gaps join:
// "letters ... just + in + case" read as "letters + in + case"): "planning + exit + tbh|ngl|honestly" read
// as "planning + exit", and gave "planning my exit from this company" the
// crisis reply. The rules refuse them; in the middle, "after + a|few +
// minutes" (a minute or a few minutes) is what the filler is for.
func TestSafetyRulesRefuseSlotsThatRequireNothing(t *testing.T) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	crisis := slices.Clip(r.Crisis)
	for _, c := range []struct{ text, want string }{
		{"planning + exit + tbh|ngl|honestly", `every word of "tbh|ngl|honestly" is a filler`},
		{"@vehicle + hit|struck + him|her", "at the start or end of a phrase it requires nothing"},
		{"little|small + accident|crash|bump", "at the start or end of a phrase it requires nothing"},
		{"wrote ... letters ... just + in + case", `"just" is only fillers`},
		{"after + a|few + minutes ... collapsed + again", ""},
	} {
		r.Crisis = append(crisis, knowledge.Phrase{Text: c.text, Line: 7})
		_, err := New(r)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("New with %q: %v, want it accepted", c.text, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("New with %q: err = %v, want %q", c.text, err, c.want)
		}
	}
}

// A rule whose "with" the next message says: cancer in one message and new
// back pain in the next, a back that went and then no feeling during sex.
// Only when the second message continues the first, about the same person,
// and does not explain it away.
func TestSafetyWithOverTwoMessages(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cancer, then back pain", previous: "I had breast cancer in 2019, all clear since", text: "and now my back has started aching these last two weeks", want: VerdictUrgent, level: soon, rule: "cancer-history"},
		// An ordinary question leaves nothing for the next message (see
		// TestHandlerPreviousIsBounded), so back pain told first is not
		// completed by cancer told after.
		{name: "back pain, then cancer", previous: "my lower back has been bad since Tuesday", text: "also I had bowel cancer five years ago, is massage ok?", want: VerdictNone},
		{name: "a red flag, then cancer", previous: "my lower back has been bad since Tuesday and my left foot is dragging", text: "also I had bowel cancer five years ago", want: VerdictUrgent, level: em, rule: "cancer-and-weakness"},
		{name: "his cancer, his back", previous: "my dad had prostate cancer, radiotherapy in 2019", text: "now since 10 days his lower back hurts", want: VerdictUrgent, level: soon, rule: "cancer-history", third: true},
		{name: "the back went, then sex", previous: "my back went at the gym last week", text: "and um. sex last night, couldn't feel anything. that's new", want: VerdictUrgent, level: em, rule: "sexual-function"},
		{name: "her cancer, my back", previous: "my mum had breast cancer years ago", text: "and my back has started aching", want: VerdictNone},
		{name: "a new question", previous: "I had breast cancer in 2019", text: "what's the best mattress for a bad back?", want: VerdictNone},
		{name: "a cancer scare", previous: "had a cancer scare last year", text: "and now my back's sore from decorating", want: VerdictNone},
		{name: "the wardrobe, I mean", previous: "my husband can't get it up", text: "the wardrobe up the stairs I mean, his back's too sore from the gym", want: VerdictNone},
	})
}
