package safety

import (
	"sort"
	"testing"
)

// Issue 8: abbreviations and very short words never fire on their own, and
// the typo tolerance never reaches them. These tests walk the rules'
// vocabulary rather than a list of examples, so a rule added later with
// the same mistake fails here.

// shortForms returns every word of 1 to 3 letters that the rules read as
// something: spelled forms (any inflection), one-word variants ("w" for
// with) and the first words of multi-word variants. A short word not in
// this list has no reading at all (the typo tolerance starts at 5 letters).
func (s *Safety) shortForms() []string {
	seen := map[string]bool{}
	for w := range s.lex.forms {
		seen[w] = true
	}
	for w := range s.lex.variant {
		seen[w] = true
	}
	for w := range s.lex.multi {
		seen[w] = true
	}
	var ws []string
	for w := range seen {
		if len(w) <= 3 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return ws
}

func flagged(v Verdict) bool { return v.Kind == VerdictUrgent || v.Kind == VerdictCrisis }

func TestHostileShortWordsNeverAlone(t *testing.T) {
	s := safetyForTest(t)
	// kms is read alone as "kill myself" on purpose (testdata/safety.jsonl
	// s102): a missed crisis costs more than a check-in too many.
	deliberate := map[string]bool{"kms": true}
	forms := s.shortForms()
	if len(forms) < 50 {
		t.Fatalf("only %d short forms: the vocabulary walk is broken", len(forms))
	}
	for _, w := range forms {
		if deliberate[w] {
			continue
		}
		// Alone, repeated, and among words that say nothing medical.
		// (With words that do, an abbreviation may count: "I have a UTI
		// and my back hurts", "my AAA hurts".)
		for _, text := range []string{
			w,
			w + " " + w + " " + w,
			w + "?",
			"do i need " + w + "?",
			"what is " + w,
			w + " lol",
			"i like " + w + " a lot",
			"see " + w + " for details, thanks",
		} {
			if v := s.Check(text, ""); flagged(v) {
				t.Errorf("Check(%q) = %s %s (rule %s): a word of %d letters fired on its own", text, v.Kind, v.Level, v.Rule, len(w))
			}
		}
	}
}

// Edit-distance matching starts at minFuzzyLen letters: a shorter word is
// read only as spelled. Every string of 1 to 4 letters is tried.
func TestHostileNoTyposInShortWords(t *testing.T) {
	s := safetyForTest(t)
	b := make([]byte, 0, 4)
	var walk func(n int)
	walk = func(n int) {
		if len(b) == n {
			w := string(b)
			if ids := s.lex.lookup(w); ids != nil {
				if _, spelled := s.lex.forms[w]; !spelled {
					t.Errorf("lookup(%q) = %v: a word of %d letters read as a typo", w, ids, n)
				}
			}
			return
		}
		for c := byte('a'); c <= 'z'; c++ {
			b = append(b, c)
			walk(n)
			b = b[:len(b)-1]
		}
	}
	for n := 1; n < minFuzzyLen; n++ {
		walk(n)
	}
}

// Words of the hex letters a to f (hashes, dumps, colours) are never a red
// flag or a crisis, alone or after back pain, whether the check reads them
// as spelled ("bed", "dead") or as a typo (the only one: "caeda" for
// cauda, which is a question about signs at most).
func TestHostileHexLetterWords(t *testing.T) {
	s := safetyForTest(t)
	const letters = "abcdef"
	b := make([]byte, 0, 7)
	read := 0
	var walk func(n int)
	walk = func(n int) {
		if len(b) == n {
			w := string(b)
			if s.lex.lookup(s.lex.canonical(w)) == nil {
				return
			}
			read++
			for _, text := range []string{w, "my back hurts " + w, w + " " + w} {
				if v := s.Check(text, ""); flagged(v) {
					t.Errorf("Check(%q) = %s %s (rule %s), want no urgent or crisis verdict", text, v.Kind, v.Level, v.Rule)
				}
			}
			return
		}
		for i := range len(letters) {
			b = append(b, letters[i])
			walk(n)
			b = b[:len(b)-1]
		}
	}
	for n := 1; n <= 7; n++ {
		walk(n)
	}
	t.Logf("%d words of the letters a-f have a reading; none fires", read)
}

// Random bytes made valid text, as the bot makes every message before the
// check, break into shards of many alphabets; a shard that is a word the
// detector learned is not enough for it to alarm (minKnownLetters). A
// short message in few known words still is.
func TestDetectorNeedsWordsItKnows(t *testing.T) {
	s := productSafety(t)
	shards := "j yj ťi p s 3 abar d ҩ z hp n q u h 4 m p3 7 u m b 16 t"
	if v := s.Check(shards, ""); v.Kind == VerdictCrisis || v.Kind == VerdictUrgent {
		t.Errorf("Check(%q) = %s %s (%s), want no alarm", shards, v.Kind, v.Level, v.Basis)
	}
	if known, _ := s.detector.model.KnownWords(shards); known >= minKnownLetters {
		t.Errorf("the shards hold %d known letters, want under %d (the test no longer tests the floor)", known, minKnownLetters)
	}
	short := "abar kata shuru korsi, keu jane na"
	if known, _ := s.detector.model.KnownWords(short); known < minKnownLetters {
		t.Errorf("%q holds %d known letters, want at least %d", short, known, minKnownLetters)
	}
}
