package safety

import (
	"slices"
	"strings"
	"testing"
)

// Issue 8: abbreviations and very short words never fire on their own.
// AA is Alcoholics Anonymous or a battery; AAA is an aneurysm only with the
// words that make it one.
func TestSafetyShortWords(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "AA batteries", text: "do I need AA batteries for my TENS machine?", want: VerdictNone},
		{name: "AA meetings", text: "my back hurts, I go to AA meetings", want: VerdictNone},
		{name: "aa", text: "aa", want: VerdictNone},
		{name: "aaa", text: "aaa", want: VerdictNone},
		{name: "AAA", text: "AAA", want: VerdictNone},
		{name: "commit hash", text: "7f3aa91", want: VerdictNone},
		{name: "commit hash and back pain", text: "fixed in 7f3aa91, anyway my back hurts", want: VerdictNone},
		{name: "16,000 a", text: strings.Repeat("a", 16000), want: VerdictNone},
		{name: "scream", text: "my back hurts AAAAAAAAAAAAAA", want: VerdictNone},
		{name: "AAA batteries", text: "do I need AAA batteries for my TENS machine?", want: VerdictNone},
		{name: "AAA batteries and back pain", text: "my TENS unit takes AAA batteries, does it help back pain?", want: VerdictNone},
		{name: "AAA games", text: "my back hurts, I play AAA games all night", want: VerdictNone},
		{name: "AAA games hurt", text: "AAA games hurt my back, I sit too long", want: VerdictNone},
		{name: "triple A batteries", text: "my back massager needs triple A batteries", want: VerdictNone},
		{name: "AAA rating", text: "is the AAA rating of my mattress good for my back?", want: VerdictNone},
		{name: "AAA and sudden back pain", text: "i have a AAA and now sudden back pain", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "triple A diagnosed", text: "diagnosed with a triple A, now my back hurts", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "AAA hurts", text: "my AAA hurts", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "AAA and tummy", text: "I have a AAA and my tummy hurts", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "abdominal aortic", text: "they found an abdominal aortic aneurysm last year and my back is sore", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "AAA is painful", text: "my AAA is really painful", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "hurts because of AAA", text: "my back hurts because of my AAA", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "scream before back pain", text: "AAA my back hurts", want: VerdictNone},
		{name: "scream after back pain", text: "my back hurts AAA", want: VerdictNone},
		{name: "scream before belly pain", text: "AAA my stomach hurts so much", want: VerdictNone},
		// w is "with" in chat, so base64 "W5+UtI" read as "with 5 and uti".
		{name: "w uti", text: "w uti", want: VerdictNone},
		{name: "w aaa", text: "w aaa", want: VerdictNone},
		// UTI and RTA need the words that make them one; spelled out they
		// count alone.
		{name: "uti alone", text: "uti", want: VerdictNone},
		{name: "have a uti", text: "i have a uti and my back hurts", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "uti and back pain", text: "my back hurts, uti?", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "water infection", text: "I have a water infection", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "rta alone", text: "rta", want: VerdictNone},
		{name: "rta furniture", text: "my back hurts after building rta furniture", want: VerdictNone},
		{name: "in an rta", text: "does massage help? i was in an RTA last week", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "rta last week", text: "rta last week, back stiff", want: VerdictUrgent, level: em, rule: "major-trauma"},
		// After a number, a short word is its unit: kilometres, not "kill
		// myself". Alone, kms stays a crisis (testdata/safety.jsonl s102).
		{name: "10 kms", text: "i ran 10 kms and my back is sore", want: VerdictNone},
		{name: "5kms", text: "ran 5kms today, lower back tight", want: VerdictNone},
		{name: "kms alone", text: "kms", want: VerdictCrisis},
		{name: "kms lol", text: "this back pain kms lol", want: VerdictCrisis},
		{name: "took 20 paracetamol", text: "took 20 paracetamol tonight", want: VerdictCrisis},
		// Wee is pee, and Scots for small.
		{name: "a wee bit", text: "my back hurts a wee bit", want: VerdictNone},
		{name: "a wee bit when I bend", text: "my back hurts a wee bit when I bend", want: VerdictNone},
		{name: "wee one", text: "my wee one hurts my back when I carry him", want: VerdictNone},
		{name: "wee while", text: "my back hurts for a wee while after sitting", want: VerdictNone},
		{name: "wee ones", text: "carrying my wee ones hurts my back", want: VerdictNone},
		{name: "burns a wee bit when I pee", text: "it burns a wee bit when i pee", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "cant wee", text: "I can't wee", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "stings when I wee", text: "it stings when I wee", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "need to pee", text: "my back hurts so I need to pee a lot at night", want: VerdictNone},
		{name: "hurts to pee", text: "it hurts to pee", want: VerdictUrgent, level: same, rule: "kidney"},
		{name: "burns a bit to wee", text: "it burns a bit to wee", want: VerdictUrgent, level: same, rule: "kidney"},
		// The endings of three-letter words: noted is not "not", padded not
		// a pad, sexy not sex, busy not a bus.
		{name: "noted numbness", text: "I noted numbness around my bum this morning", want: VerdictUrgent, level: em, rule: "saddle-numbness"},
		{name: "not numb", text: "not numb, just sore", want: VerdictNone},
		{name: "padded shorts", text: "I wear padded shorts when cycling and my back hurts", want: VerdictNone},
		{name: "knee padding", text: "I wear knee padding for work, back is sore", want: VerdictNone},
		{name: "wear pads", text: "I have to wear pads now, I keep leaking", want: VerdictUrgent, level: em, rule: "bladder"},
		{name: "gutted", text: "I'm gutted, sudden back pain ruined my holiday", want: VerdictNone},
		{name: "gut feeling", text: "my back went suddenly, no idea why, gut feeling says massage", want: VerdictNone},
		{name: "guts", text: "sudden pain in my guts and back, feel faint", want: VerdictUrgent, level: em, rule: "belly-and-back"},
		{name: "caring", text: "I was struck by how caring the therapist was, my back is better", want: VerdictNone},
		{name: "busy", text: "I was struck by how busy the clinic was, my back hurts", want: VerdictNone},
		{name: "hit by a car", text: "hit by a car yesterday", want: VerdictUrgent, level: em, rule: "major-trauma"},
		{name: "bummer", text: "bummer my hand is numb", want: VerdictNone},
		{name: "sexy", text: "my sexy partner says my back feels numb", want: VerdictNone},
		{name: "sex numb", text: "sex feels numb since my back went", want: VerdictUrgent, level: em, rule: "sexual-function"},
	})
}

// Words of three letters get the endings of a plural or a verb, not those
// that make other words.
func TestInflectionsOfShortWords(t *testing.T) {
	for _, tc := range []struct {
		word    string
		want    []string
		notWant []string
	}{
		{"pee", []string{"pees", "peed", "peeing"}, nil},
		{"wet", []string{"wets", "wetting", "wetted"}, []string{"wetter", "wetty"}},
		{"sex", []string{"sexes"}, []string{"sexy"}},
		{"bus", []string{"buses"}, []string{"busy", "business"}},
		{"bum", []string{"bums"}, []string{"bummer"}},
		{"car", []string{"cars"}, []string{"carry"}},
		{"numb", []string{"numbs", "numbness", "numbed"}, nil},
		{"weak", []string{"weaker", "weakness"}, nil},
	} {
		got := map[string]bool{}
		for _, f := range inflections(tc.word) {
			got[f] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("inflections(%q) lacks %q", tc.word, w)
			}
		}
		for _, w := range tc.notWant {
			if got[w] {
				t.Errorf("inflections(%q) has %q, another word", tc.word, w)
			}
		}
	}
}

// surfaces is what tokenize reads in text, its tokens' surfaces joined by
// spaces.
func surfaces(text string) string {
	var ws []string
	for _, tk := range tokenize(text) {
		ws = append(ws, tk.surf)
	}
	return strings.Join(ws, " ")
}

// tokenize keeps a word of three of one letter apart from two: AAA is not
// AA. Longer runs collapse like any elongation.
func TestTokenizeRepeatedLetters(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"aa", "aa"},
		{"aaa", "aaa"},
		{"AAA", "aaa"},
		{"aaaa", "aa"},
		{strings.Repeat("A", 16000), "aa"},
		{"zzz", "zzz"},
		{"numbbbb", "numbb"},
		{"peeeee", "pee"},
		{"7f3aa91", "7 f 3 aa 91"},
		{"3aaa1", "3 aaa 1"},
		{"0d", "od"},
		{"o.d", "od"},
		{"O.D. on", "od  on"},
		{"o.d'd", "odd"},
		{"o.dx", "o  dx"},
		{"0D'd", "odd"},
		{"10d", "10 d"},
		{"400mg", "400 mg"},
	} {
		if got := surfaces(tc.text); got != tc.want {
			t.Errorf("tokenize(%.20q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// tokenize reads accented vowels and ç as plain letters, upper case too,
// and leaves ñ: "pipí" is "pipi", "año" is not "ano".
func TestTokenizeFoldsAccents(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"pipí", "pipi"},
		{"OSTÉOPOROSE", "osteoporose"},
		{"não consigo", "nao consigo"},
		{"ça", "ca"},
		{"Māori", "maori"},
		{"año", "año"},
	} {
		if got := surfaces(tc.text); got != tc.want {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Typos, inflections and Discord markup.
func TestSafetyNormalising(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "no apostrophe", text: "cant pee", want: VerdictUrgent, level: em},
		{name: "curly apostrophe", text: "I can’t pee", want: VerdictUrgent, level: em},
		{name: "misspelt numbness", text: "numbess in my groin", want: VerdictUrgent, level: em},
		{name: "misspelt incontinent", text: "I'm incontinant since yesterday", want: VerdictUrgent, level: em},
		{name: "misspelt sciatica both legs", text: "sciattica in both legs", want: VerdictUrgent, level: em},
		{name: "inflection peed", text: "peed myself", want: VerdictUrgent, level: em},
		{name: "inflection wetting", text: "keep wetting myself", want: VerdictUrgent, level: em},
		{name: "elongation", text: "cant peeeeee", want: VerdictUrgent, level: em},
		{name: "mention stripped", text: "<@123456789> both legs numb", want: VerdictUrgent, level: em},
		{name: "bold stripped", text: "**both legs** are **numb**", want: VerdictUrgent, level: em},
		{name: "shouting", text: "BOTH LEGS NUMB", want: VerdictUrgent, level: em},
		{name: "censored", text: "sh*t myself", want: VerdictUrgent, level: em},
		{name: "never is not fever", text: "never been to a massage before", want: VerdictNone},
		{name: "link ignored", text: "https://example.com/cant-pee does massage help", want: VerdictNone},
		{name: "empty", text: "", want: VerdictNone},
		{name: "only markup", text: "<@123> <#456> <:emoji:789>", want: VerdictNone},
	})
}

// An ellipsis followed by lower case is a pause inside the sentence; one
// followed by a capital, by other punctuation or by nothing, and a single
// full stop whatever follows, end it.
func TestTokenizeEllipsis(t *testing.T) {
	breaks := func(text string) []uint8 {
		var ks []uint8
		for _, tk := range tokenize(text) {
			if tk.kind != tokWord {
				ks = append(ks, tk.kind)
			}
		}
		return ks
	}
	for _, tc := range []struct {
		text string
		want []uint8
	}{
		{"end it all... the breastfeeding", []uint8{tokSoft}},
		{"my left leg is just … weak", []uint8{tokSoft}},
		{"end it... With the pills", []uint8{tokHard}},
		{"I'm done... ", []uint8{tokHard}},
		{"cant pee. since monday", []uint8{tokHard}},
		{"38.5 fever", nil},
	} {
		if got := breaks(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("breaks in tokenize(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
