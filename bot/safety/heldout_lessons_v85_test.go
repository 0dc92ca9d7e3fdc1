package safety

import "testing"

// What v85's writers showed the rules: Tok Pisin, Bislama and Pijin,
// Tetum and Kelantan Malay red flags and crises, a rope kept "like plan
// B"; look-alikes (shivering after night fishing, a fall on the TV news);
// with the sentences the new phrases must not read.
func TestSafetyHeldOutV85Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "kill myself, Tok Pisin", text: "mi laik kilim mi yet. pen i bikpela tumas", want: VerdictCrisis},
		{name: "not wanting life, Bislama", text: "Mi no wantem laef moa. Evri dei pen nomo. Mi ting se bae mi finisim laef blong mi long wik ia.", want: VerdictCrisis},
		{name: "not wanting to wake, Bislama", text: "Mi wantem slip nomo mo mi no wantem wekap bakegen. Baksaed i soa evri dei", want: VerdictCrisis},
		{name: "not woken up yet, Tok Pisin", text: "hem i no wekap yet, em i slip long moning, baksait i pen", want: VerdictNone},
		{name: "better if I'm not here, Tok Pisin", text: "mi save tingting ol bai orait moa sapos mi no stap. masas bai helpim o nogat", want: VerdictCrisis},
		{name: "if I'm not at home, Tok Pisin", text: "sapos mi no stap long haus, husat i lukautim pikinini? baksait pen", want: VerdictNone},
		{name: "a razor on the arm, Tok Pisin", text: "pikinini meri bilong mi katim han bilong em long reza", want: VerdictCrisis, third: true},
		{name: "a weedkiller bottle, Tok Pisin", text: "mi lukluk long botol gramoxone long stua insait long haus planti taim nau. baksait pen i no pinis", want: VerdictCrisis},
		{name: "a rope like plan B", text: "back is gone. wife left, took kids to her village. I keep a rope in my room like plan B lol", want: VerdictCrisis},
		{name: "wanting to die, Kelantan Malay", text: "sakik pinggae tiap hari, bini doh balik rumoh. rasa nok mati jah. hidup gini tok guno", want: VerdictCrisis},
		{name: "wanting to die, Tetum", text: "Semana ida ne'e nia dehan 'ha'u hakarak mate deit, la hakarak moris ona'.", want: VerdictCrisis, third: true},
		{name: "cannot pee, Tok Pisin", text: "Mi no inap pispis stat long nait asde. Mi traim traim tasol liklik tasol i kam.", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "both legs weak, Tok Pisin", text: "Nau long apinun tupela lek i wik, strong i pinis, mi no inap kalap long stap bilong haus", want: VerdictUrgent, level: em, rule: "both-legs"},
		{name: "both legs fine, Tok Pisin", text: "tupela lek i orait, baksait tasol i pen", want: VerdictNone},
		{name: "off a coconut tree, Tok Pisin", text: "Brata bilong mi pundaun long diwai kokonas, klostu 8 mita", want: VerdictUrgent, level: em, rule: "major-trauma", third: true},
		{name: "numb when washing, Tok Pisin", text: "baksait pen i strong na hap bilong sem i dai olgeta, mi no pilim taim mi wasim", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "shivering after night fishing", text: "Night fishing in the rain, came home shivering cold, warmed up by the fire and fine now. But back stiff from pulling the net", want: VerdictNone},
		{name: "death warmed up", text: "back pain plus fever and sweats since tuesday, feel like death warmed up and cant get out of bed", want: VerdictUrgent, level: same, rule: "fever"},
		{name: "a fall on the TV news", text: "EMTV news tonight had a man in Madang who fell from a coconut tree and now cant walk, so sad. is massage good for normal back pain like mine", want: VerdictNone},
	})
}
