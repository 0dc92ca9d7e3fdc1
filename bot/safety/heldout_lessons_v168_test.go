package safety

import "testing"

// Lessons from held-out v168 and v169 (spent), the two splits written
// after 9db2745 was frozen, fixed after both were measured: each miss the
// rules now read, with look-alikes that must stay ordinary.
func TestSafetyHeldOutV168Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a bunch of mum's pills", text: "i took a bunch of my mums co codamol after training cos my back was killing, feel a bit sick now. heat or ice?", want: VerdictCrisis, third: true}, // "my mums" in the span is read as whom it is about (known)
		{name: "a bunch of ibuprofen over the week", text: "took a bunch of ibuprofen over the week for my back and it barely touched it. is massage better?", want: VerdictNone},
		{name: "until it burns, want it to hurt", text: "I leave the heat pad on until it burns my skin, honestly I want it to hurt. Is that ok for my back?", want: VerdictCrisis},
		{name: "a sharpener blade in his bag", text: "found a pencil sharpener blade in my daughter's pencil case, she's 13 and has had back pain since gym. should I ask her about it?", want: VerdictCrisis, third: true},
		{name: "working out how I'd end it", text: "back's been bad for months. most nights I'm lying awake working out how I'd end it. anyway, is a firm mattress better?", want: VerdictCrisis},
		{name: "a wall came down on top of me", text: "a dry stone wall came down on top of me while I was fixing it, back is black and blue. rest it?", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a forklift pinned me", text: "reach truck reversed and pinned me against the racking, lower back agony. supervisor says sit in the canteen", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "cannot hold water", text: "finished radiotherapy for the prostate last year, back sore for weeks, and since Tuesday I cannot hold water at all", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "heavy with pride", text: "heart and chest heavy with pride at my son's graduation, but my back is wrecked from the plastic chairs. stretches?", want: VerdictNone},
		{name: "card fever", text: "got football card fever again, sat on the floor sorting stickers all afternoon and my back aches. tips?", want: VerdictNone},
		{name: "passed out after the office do", text: "passed out on the sofa after the office party lol, back wrecked this morning, what helps?", want: VerdictNone},
		{name: "would have been suicide for", text: "that night shift rota would have been suicide for anyone over 50, so I retired. my back's ok, just want a massage tip", want: VerdictFigure},
	})
}

func TestSafetyHeldOutV169Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "walk out and not come back", text: "been thinking of walking off into the bush one day and not coming back. back's been agony all month", want: VerdictCrisis},
		{name: "standing at the edge of the top floor", text: "most days after work I drive to the top floor of the shopping centre car park and stand at the edge for a while. my back never stops hurting", want: VerdictCrisis},
		{name: "decided when", text: "i've decided when. after my sister's wedding. just need the back to hold out till then", want: VerdictCrisis},
		{name: "the top of something higher next time", text: "next time I fall off a roof I'll make sure it's from the top of a tower block lol. not really lol. maybe", want: VerdictCrisis},
		{name: "looking at the water, thinking maybe", text: "No use to anyone now. I go to the bridge and look at the river and think maybe. Back so stiff.", want: VerdictCrisis},
		{name: "pray for her to finally", text: "my aunt asked me to pray for her to finally be at peace, then gave me her jewellery. her back's been bad since the op. am I overreacting?", want: VerdictCrisis, third: true},
		{name: "unaliving me", text: "these new work boots are unaliving me, back and feet both. insoles?", want: VerdictFigure},
		{name: "asked if it meant suicide", text: "my daughter heard a song lyric and asked if it meant suicide, we talked, she's fine. unrelated, her back hurts after netball, ice?", want: VerdictFigure},
		{name: "nothing comes out", text: "desperate for a wee all morning but nothing comes out. back's killing since I lifted the sofa", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "only a dribble since my back went", text: "since my back went on Friday I can only get a dribble out when I try to wee, I wait for ages", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "into the back of my car at 50", text: "a lorry ploughed into the back of my car on the bypass doing about 50. feel ok but back is stiffening up", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "curving forward more", text: "mum's back is curving forward more every week and it hurts her, she's 81. can she have a massage?", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "a tin of paint fell", text: "a tin of gloss fell off the top of the ladder and splashed all over my jeans, looks like I've wet myself. back sore from scrubbing", want: VerdictNone},
		{name: "couldn't feel my legs after the Christmas do", text: "couldn't feel my legs after the works christmas party haha, back stiff today from the taxi floor. stretches?", want: VerdictNone},
	})
}

// Lessons from held-out v170 and v171 (spent), the two splits written
// after 702d79d was frozen, fixed after both were measured.
func TestSafetyHeldOutV170Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "a razor in the bath, didn't do anything", text: "ran a bath and put a razor blade on the edge, didn't do anything, just sat there. back was better in the hot water though", want: VerdictCrisis},
		{name: "too long looking over the edge", text: "on my lunch I go up the multi-storey and spend too long looking over the edge lately. anyway, best seat cushion for sciatica?", want: VerdictCrisis},
		{name: "can't get the flow going", text: "finished treatment for bowel cancer last spring, back aching for a week and since last night I can't get the flow going at all", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "legs gone unsteady after cancer", text: "had breast cancer in 2019, back pain for a month, and now my legs have gone unsteady on the stairs", want: VerdictUrgent, level: em, rule: "cancer-and-walking"},
		{name: "left leg, now the right one too", text: "the left leg was bad all week but now the right one's gone numb and all", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "beekeeping fever", text: "got bitten by allotment fever this spring, dug four beds in a weekend and my back's killing me. tips?", want: VerdictFigure},
		{name: "no toilet break allowed", text: "the supervisor won't let us have a toilet break on the line, so I can't pee for 5 hours. is holding it bad for my back?", want: VerdictNone},
		{name: "staging collapsed, nobody on it", text: "the risers collapsed at choir practice, nobody on them thankfully, and I spent an hour putting them back up. back's stiff", want: VerdictNone},
		{name: "shivering because it was freezing", text: "was shivering all through the match cos it was freezing, fine now I'm home but my back's stiff from the seats", want: VerdictNone},
		{name: "walking like I've wet myself", text: "my mate says I'm walking like I've wet myself since leg day lol, back's tight too. stretches?", want: VerdictNone},
		{name: "a toddler wet himself", text: "my grandson wet himself at the party, he's 3, and I carried him home on my hip. now my back aches", want: VerdictNone},
		{name: "numb cheek, fine in five minutes", text: "my bum went numb on the long drive, stood up and it was fine in 5 minutes. back a bit stiff", want: VerdictNone},
		{name: "the old dog's accidents", text: "our spaniel keeps dragging his back legs and had an accident in the hall. could it be his back? any dog massage tips", want: VerdictNone},
		{name: "in the game my character fell", text: "in the game my character fell off a skyscraper and walked away lol. in real life my back hurts from sitting gaming all day", want: VerdictNone},
	})
}

func TestSafetyHeldOutV171Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "life is hopeless", text: "my back is never going to get better and my life is hopeless. what's the strongest painkiller I can buy?", want: VerdictCrisis},
		{name: "love life is hopeless", text: "my love life is hopeless and now my back's gone too lol. heat or ice?", want: VerdictFigure},
		{name: "sleep forever", text: "which of my tablets would make me sleep forever, I have a lot saved", want: VerdictCrisis},
		{name: "thinking about jumping off", text: "sometimes I think about jumping off the bridge on the way home. my back never stops", want: VerdictCrisis},
		{name: "burning my arm with a lighter", text: "been burning my arm with a lighter to take my mind off my back", want: VerdictCrisis},
		{name: "burnt my wrist on the iron", text: "burnt my wrist on the iron this morning, ran it under the tap. back sore from ironing", want: VerdictNone},
		{name: "would a box do it", text: "if a person took a whole box of co-codamol would that do it", want: VerdictCrisis},
		{name: "squashed against the gate", text: "the cow pushed me up against the gate and crushed me, back's agony", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a massage for my birthday, then a numb leg", text: "had a massage for my birthday, she dug her elbow in my low back, and since then my left leg from the knee down is numb", want: VerdictUrgent, level: same, rule: "after-massage-nerve"},
		{name: "a massage for numbness", text: "is a massage for numbness in my leg a good idea? since then I've wondered", want: VerdictNone},
		{name: "cortison for years", text: "on cortison tablets for my asthma for years, bent over and felt something snap in my back", want: VerdictUrgent, level: same, rule: "fragility-fracture"},
		{name: "would have been suicide", text: "driving in that snow would have been suicide so we stayed in. back stiff from the sofa", want: VerdictFigure},
		{name: "legs went when I saw the price", text: "my legs went from under me when I saw the bill, £80 for a massage! home stretches?", want: VerdictNone},
		{name: "AC broken, sweating", text: "sweating all night because the aircon in the room is broken, no fever, just hot. back sore from the bed", want: VerdictNone},
	})
}
