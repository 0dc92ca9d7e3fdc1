package safety

import "testing"

// A fourth review (2026-12-06), of the phrases and list items added for
// held-out v164-v173 since the third review (df02ef2), and of the code
// changes since (a negated or doubted retraction takes nothing back;
// "it'll" is a hope; major trauma yields to a crisis the detector is 0.9
// sure of): a reviewer who saw only those, the phrase syntax and SAFETY.md
// wrote 60 ordinary messages aimed at them and 30 serious ones. The rules
// alone alarmed on 47 of the 60; after the narrowing on 10 (older
// phrases and a few kept on purpose), and the whole check caught all 30
// serious ones before and after. These are the 50 look-alikes the
// rules leave alone and the 11 serious ones they read at exactly
// the writer's level.

func TestSafetyReviewLookalikesV164V173(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "L01", text: "Scraping the old lino up, the razor blade scraper would not do anything so I was on my knees with a heat gun for hours and now my lower back is wrecked. Best stretches?", want: VerdictNone},
		{name: "L02", text: "Been looking at razor reviews for ages, is standing hunched over the sink to shave bad for my lower back?", want: VerdictNone},
		{name: "L03", text: "Out on the cliffs all day long looking down the edge with my camera for puffins, and my lower back is stiff as a board now.", want: VerdictNone},
		{name: "L04", text: "Sat on the top deck of the ferry looking over the edge for dolphins the whole crossing, and those metal benches have wrecked my back.", want: VerdictNone},
		{name: "L05", text: "The battery life is hopeless on this TENS machine, it dies after 20 minutes. Anyone recommend a better one for lower back pain?", want: VerdictFigure},
		{name: "L06", text: "Reviews say this memory foam pillow will make you sleep forever lol, anyone tried it for neck and upper back pain?", want: VerdictFigure},
		{name: "L07", text: "Thinking about jumping off the NHS waiting list and paying for private physio for my sciatica, is it worth it?", want: VerdictNone},
		{name: "L08", text: "Keep burning my wrist with the straighteners every morning because I can't lift my arms properly with this upper back pain lol", want: VerdictNone},
		{name: "L09", text: "Started hitting the heavy bag at boxing class to feel something else besides desk life, is that ok with a bulging disc?", want: VerdictNone},
		{name: "L10", text: "Got a pack of those stick-on heat patches, would that do it or do I need a proper TENS machine for my lower back?", want: VerdictFigure},
		{name: "L11", text: "Took a load of shopping round to my mum's and picked up her paracetamol from the chemist, lugging the bags has set my back off again.", want: VerdictNone},
		{name: "L12", text: "That Deep Heat patch burned my skin a bit, didn't want it hurting again so I took it off after an hour, how long are you meant to leave them?", want: VerdictNone},
		{name: "L13", text: "Stepped on a loose pencil sharpener blade in my son's bedroom barefoot and jerked my back hopping about, now it's locked up.", want: VerdictNone},
		{name: "L14", text: "I whittle as a hobby and use old pencil sharpener blades for the fine detail, but an hour hunched over the bench gives me upper back ache. Posture tips?", want: VerdictNone},
		{name: "L16", text: "Lying awake working out how I'd end it with my boyfriend without a big scene, and this sofa bed is wrecking my back.", want: VerdictFigure},
		{name: "L17", text: "Our cat keeps wandering off and not coming back till the morning, I'm up at 3am calling her and my back hates the cold.", want: VerdictNone},
		{name: "L18", text: "Been painting the top floor windows all week standing on the edge of the scaffold boards, lower back is done in, any stretches?", want: VerdictNone},
		{name: "L19", text: "Stood at the edge for ages waiting for a bite at the lake yesterday, fishing always leaves my lower back stiff.", want: VerdictNone},
		{name: "L22", text: "Sat looking at the sea and thinking maybe I should take up wild swimming for my back, is cold water good for disc pain?", want: VerdictNone},
		{name: "L25", text: "Physio handed me the resistance band and said knock yourself out for good measure, 3 sets of 15. Too much for a bulging disc?", want: VerdictNone},
		{name: "L26", text: "I've taken all the naproxen the GP gave me and there's none left, should I go back if my back still hurts?", want: VerdictNone},
		{name: "L27", text: "Our cat keeps throwing herself out of the window onto the shed roof, and I keep climbing out after her and twisting my back.", want: VerdictNone},
		{name: "L28", text: "Stunt course next month, I'll be throwing myself out of windows when we do the sugar glass module, any back prep exercises?", want: VerdictNone},
		{name: "L29", text: "Writing down who gets what for Secret Santa at work, sitting on the floor with all the presents has wrecked my back.", want: VerdictNone},
		{name: "L30", text: "The level crossing was shut for ages so I was standing by the barrier for 20 minutes with my dodgy back.", want: VerdictNone},
		{name: "L33", text: "Vet nurse here, I carry the euth solution and fluids in people's houses on home visits and the bags are wrecking my back.", want: VerdictNone},
		{name: "L34", text: "Got padded shorts like that, saves your crotch and bum on long rides, but my lower back still aches after 50 miles.", want: VerdictNone},
		{name: "L35", text: "Can't get a flow going in my yoga practice since I tweaked my back, I keep stopping between poses.", want: VerdictNone},
		{name: "L36", text: "Potty training: my toddler says she's desperate for a wee then nothing comes out, and all this bending over the potty is killing my back.", want: VerdictNone},
		{name: "L38", text: "My hot water bottle can't hold water anymore, it leaks everywhere, what else is good for heat on my lower back?", want: VerdictNone},
		{name: "L39", text: "The radiator keeps leaking and I can't stop it, been on my knees with towels all day and my back's in bits.", want: VerdictNone},
		{name: "L40", text: "Bent down to pick up the dog's poo and the spasm hit, did not feel it coming at all, ice or heat?", want: VerdictNone},
		{name: "L41", text: "Had my left leg tattooed last month, now the right one is getting done and they use numbing cream so it's numb for hours, can I lie on my front with back pain?", want: VerdictNone},
		{name: "L42", text: "Both thighs feel like jelly and weak after leg day, is it normal for squats to make my lower back ache too?", want: VerdictNone},
		{name: "L43", text: "The legs on my auld deckchair are giein way, need a new one that's better for my back.", want: VerdictNone},
		{name: "L44", text: "Front row at the gig, up against the rail all night and the crowd squashed me, lower back is so sore today.", want: VerdictNone},
		{name: "L45", text: "Opened the airing cupboard and a load of towels fell down on top of me, I twisted to catch them and now my back's sore.", want: VerdictNone},
		{name: "L46", text: "Someone parked their van so close it trapped me between it and my car door, I had to twist in and now my back's tweaked.", want: VerdictNone},
		{name: "L47", text: "My son's remote control car drove into the back of my van doing about 30, those things are quick, I bent to get it and my back twinged.", want: VerdictNone},
		{name: "L48", text: "Our coach went into the back of the car park at the services and we had to walk miles, my back was killing me by the end.", want: VerdictFigure},
		{name: "L49", text: "Forgot to unclip my air vest getting off the horse and the airbag deployed.", want: VerdictNone},
		{name: "L51", text: "Got back from holiday and my sunflowers are curving over more every day, staking them hurt my back.", want: VerdictNone},
		{name: "L52", text: "Going over the speed hump with the new low bars, I'm more hunched over than on my old bike, should I raise the stem for my back?", want: VerdictNone},
		{name: "L53", text: "The legs on my new standing desk are unsteady, is a wobbly desk bad for my back or should I just tighten them?", want: VerdictNone},
		{name: "L54", text: "Just got off a week on a sailing boat and I'm walking like I've had a skinful, sea legs, and the bunk has wrecked my back.", want: VerdictNone},
		{name: "L55", text: "I'm 30 and slipped on the stairs onto my bum yesterday, just bruised I think, I've been using Cortizone-10 cream on my hands for months for eczema, does that matter?", want: VerdictNone},
		{name: "L56", text: "Slipped on the ice walking my grandma (90 this year) to church and landed on my bum, I'm 24 and fit, is it just bruising?", want: VerdictNone},
		{name: "L58", text: "The cat's been out since last night and I don't know where she is, been up all night searching and my back is killing me.", want: VerdictFigure},
		{name: "L59", text: "My physio keeps calling me by my sister's name lol, we look nothing alike, anyway are bridges good for lower back pain?", want: VerdictNone},
		{name: "L60", text: "My back is killing me, not joking, worst flare in years after moving house.", want: VerdictFigure},
	})
}

func TestSafetyReviewRealCasesV164V173(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "R06", text: "Since the crash two years ago my back has never been right and I've decided I'm going to end my life on Friday.", want: VerdictCrisis},
		{name: "R07", text: "My love life is hopeless and so is everything else, I don't want to be alive anymore and I've been looking up ways.", want: VerdictCrisis},
		{name: "R08", text: "I would have done it already, I've been suicidal for weeks with this back pain and I have a plan.", want: VerdictCrisis},
		{name: "R10", text: "My GP asked if it meant suicide when I said I want to go to sleep and not wake up, and yes it does, I've picked a date.", want: VerdictCrisis},
		{name: "R19", text: "I collapsed at the back end of the shop, came round on the floor and I've got sudden tearing pain through my belly into my back.", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "R20", text: "I fell off the roof rack while strapping the kayak on, went about 2 metres onto the concrete and landed on my back, now my legs are tingling.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R22", text: "I was carrying a tin of paint up the scaffold and fell about 4 metres onto my back, I can't feel my feet properly.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R24", text: "I thought I was shivering cos it was freezing out but the thermometer says 39 and I've got bad back pain and it burns when I pee.", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "R28", text: "Came off my motorbike at about 50 on the bypass an hour ago, my back is agony and my legs are tingling, I feel hopeless and I'm so scared I'll never walk again.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R29", text: "Fell off the scaffolding about 3 metres onto my back 20 minutes ago, I'm lying on the ground, I can't take any more of this, I'm done, I can't feel my legs.", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "R30", text: "Ever since I fell off the ladder at work years ago the pain has never stopped and I'm going to kill myself this weekend, I've written my letters.", want: VerdictCrisis},
	})
}
