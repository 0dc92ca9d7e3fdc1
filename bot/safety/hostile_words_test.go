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

// A message in a wrong encoding is still read; random bytes are not read by
// the detector, whose learned words they break into ("abar").
func TestGarbled(t *testing.T) {
	latin1 := "je ne veux plus vivre, j'ai pris toute la bo\xeete de doliprane, mon dos me d\xe9truit"
	for _, c := range []struct {
		text string
		want bool
	}{
		{"i dont want to be here anymore", false},
		{"আর পারছি না, সব শেষ করে দিতে চাই", false},
		{latin1, false},
		{"a written \ufffd replacement character is text", false},
		{"\xa4\xd8\xcf\xf3\xeaJ\xec\xfd\x1e\xe1%\xa1yj\xf3 Abar \x7fd\xd8\x10\xd1z\xa5\x9c\xbb", true},
		{"tab\tand\nnew lines are whitespace", false},
		{"\x00\x01\x02\x03 kms \x04\x05\x06", true},
	} {
		if got := garbled(c.text); got != c.want {
			t.Errorf("garbled(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
