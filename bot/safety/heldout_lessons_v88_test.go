package safety

import "testing"

// What v88's writers showed the rules: Haitian Kreyol, Nepali, Bengali,
// Kurdish, Swedish, Afrikaans, isiZulu and Scots red flags and crises, a
// dose question "not for pain"; look-alikes (food "overdoses", sneaker
// fever, shivers denied, an old leak); with the sentences the new phrases
// must not read.
func TestSafetyHeldOutV88Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "cannot feel the urine, Kreyol", text: "depi ayè lè m pipi m pa santi l k ap koule, ren m fè m mal", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "no pain when peeing, Kreyol", text: "m pipi, m pa santi doulè, se do m sèlman ki fè m mal", want: VerdictNone},
		{name: "cannot feel the paper, Kreyol", text: "do m fè m mal depi 2 jou, jodi a m pa santi papye a lè m ap siye", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "no fever, Kreyol", text: "m pa gen lafyèv, se jis do m ki rèd lè m leve", want: VerdictNone},
		{name: "a car hit the moto, Kreyol", text: "yon machin frape moto m maten an, m tonbe sou do m", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "jumping off the bridge, Kreyol", text: "si doulè sa pa fini m ap sote sou pon an, m pa bay blag", want: VerdictCrisis},
		{name: "a food overdose, Kreyol", text: "mwen overdose sou diri ak pwa nan fèt la lol, do m fè m mal", want: VerdictFigure},
		{name: "drop by drop, Nepali", text: "raati dekhi pisab aaudai aaudaina, kammar dukheko cha", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "a dripping roof, Nepali", text: "pani thopa thopa chuhiyo chhana bata, kammar dukhcha", want: VerdictNone},
		{name: "off the roof, Nepali", text: "chhana ma kaam garda tala khase, kammar ekdam dukhcha", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "a two-storey house, Nepali", text: "dui talla ko ghar ma basdachhu, kammar dukhcha siri chadhda", want: VerdictNone},
		{name: "an old leak, Nepali", text: "haachhiun garda ali pisab chuhincha, bachha janmeko dekhi, kammar pani dukhcha", want: VerdictNone},
		{name: "momo overdose, Nepali", text: "momo overdose bhayo hijo party ma, aaja kammar stiff", want: VerdictFigure},
		{name: "no shivers, Bengali", text: "office er AC te thanda lage, kapuni na, just thanda. pith ta stiff", want: VerdictNone},
		{name: "belly and back at once, Bengali", text: "hotat kore pet ar komor e chhuri marar moto byatha, matha ghurche", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "cannot bear living, Swedish", text: "orkar inte leva mer asså. ryggen, jobbet, allt.", want: VerdictCrisis},
		{name: "never wake again, Afrikaans", text: "partykeer wens ek ek kan aan die slaap raak en nooit weer wakker word nie", want: VerdictCrisis},
		{name: "not wanting to live, isiZulu", text: "umhlane ubuhlungu every day. angisafuni ukuphila", want: VerdictCrisis},
		{name: "a dose not for pain", text: "how many advil can u take in one go not for pain", want: VerdictCrisis},
		{name: "a last nice thing", text: "booked a massage, kind of a last nice thing before I sort everything out for good", want: VerdictCrisis},
		{name: "a last nice thing before work", text: "booked a massage, last nice thing before I go back to work, is it good for sciatica", want: VerdictNone},
		{name: "cutting on the thighs", text: "is it bad if you cut on your thighs when the back pain gets too much", want: VerdictCrisis},
		{name: "soiled without feeling, Afrikaans", text: "my rug is al 'n week seer en vanoggend het ek in my broek gekak sonder om te voel", want: VerdictUrgent, level: em, rule: "bowel"},
		{name: "sneaker fever", text: "got sneaker fever bad, camped out all night and now my back is stiff", want: VerdictNone},
	})
}
