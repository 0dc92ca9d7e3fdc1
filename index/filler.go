package index

import "github.com/backpainbot/backpainbot/knowledge"

// fillerWords are words that say nothing about what a question is about,
// beyond the English stop list the analyzer already drops: chat filler,
// auxiliary verbs, vague nouns and quantities. They are dropped from
// questions (never from passages) before searching, so that "does it
// actually help tbh" is about "help" and a story's "every day last week"
// does not count as words the knowledge fails to cover.
var fillerWords = wordSet(`
a about actually after again ago all almost also although always am an and any anybody anyone better best enough own
anything anyway anyways around as ask asked asking at away back-then basically be been before
being bit bunch but by can cant can't could couldnt day days did didnt do does doesnt doing done
dont don't each else even ever every everything exactly few for from get gets
getting go goes going gonna got gotta guess had has have having hello
hey hi how however i idk if im i'm in into is isnt it its it's just kinda know knows last
least let like likely literally lol lmao look lot lots lower make makes making many maybe me mean
might mine more most much must my myself need needs never ngl nope not now
of off ok okay on once one only or other others our out over people person pls please pretty
probably put quite rather really right rn said same say says see seem seems seriously should
so some somebody someone something sometimes soon sort still stuff such sure take takes taking
tbh btw bro cuz dude imo tell than thank thanks that thats that's the their them then there these they thing things
think this those though thought time times to today told too totally try tried trying two u ur upper
usually very want wanna wanted wants was way ways week weeks were what whats what's when where whether
which while who why will with without wonder wondering wont won't would wouldnt ya yeah yes yet yo you
your yours yourself
`)

// isFillerTypo reports whether a short word is one edit from a filler
// word ("wil", "cn", "hw", "teh"). Longer words are left to the spelling
// corrector, which knows the knowledge's words.
func isFillerTypo(w string) bool {
	n := len(w)
	if n == 0 || n >= minCorrectLen {
		return false
	}
	for f := range fillerWords {
		if abs(len(f)-n) <= 1 && knowledge.EditDistance(w, f, 1) <= 1 {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range s + " " {
		if r == ' ' || r == '\n' || r == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}
