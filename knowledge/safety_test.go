package knowledge

import (
	"strings"
	"testing"
)

func TestDefaultSafetyRules(t *testing.T) {
	r, err := DefaultSafetyRules()
	if err != nil {
		t.Fatalf("DefaultSafetyRules() error = %v", err)
	}
	levels := map[string]int{}
	for _, rf := range r.RedFlags {
		levels[rf.Level]++
		if rf.Line == 0 {
			t.Errorf("rule %q: no line number", rf.ID)
		}
	}
	for _, l := range []string{LevelEmergency, LevelSameDay, LevelSoon} {
		if levels[l] == 0 {
			t.Errorf("DefaultSafetyRules() has no rule at level %q", l)
		}
	}
	if len(r.Crisis) == 0 || len(r.Dose) == 0 || len(r.Diagnosis) == 0 || len(r.Signs) == 0 || len(r.Figures) == 0 {
		t.Errorf("DefaultSafetyRules() lacks crisis, dose, diagnosis, signs or figure phrases")
	}
	for _, tc := range []struct {
		level string
		third bool
		want  string
	}{
		{LevelEmergency, false, r.Wording.Emergency},
		{LevelEmergency, true, r.Wording.EmergencyThirdParty},
		{LevelSameDay, false, r.Wording.SameDay},
		{LevelSameDay, true, r.Wording.SameDayThirdParty},
		{LevelSoon, false, r.Wording.Soon},
		{LevelSoon, true, r.Wording.SoonThirdParty},
		{"other", false, ""},
	} {
		if got := r.Wording.Advice(tc.level, tc.third); got != tc.want {
			t.Errorf("Wording.Advice(%q, %v) = %q, want %q", tc.level, tc.third, got, tc.want)
		}
	}
}

func TestLoadSafetyRules(t *testing.T) {
	r, err := LoadSafetyRules("testdata/safety/valid.yaml")
	if err != nil {
		t.Fatalf("LoadSafetyRules(valid.yaml) error = %v", err)
	}
	if got, want := len(r.RedFlags), 2; got != want {
		t.Errorf("LoadSafetyRules(valid.yaml) has %d rules, want %d", got, want)
	}
	if got, want := r.RedFlags[1].Where(r.File), "testdata/safety/valid.yaml:14"; got != want {
		t.Errorf("RedFlags[1].Where() = %q, want %q", got, want)
	}
	if got, want := r.RedFlags[0].Phrases[0], (Phrase{Text: "numb @saddle", Line: 13}); got != want {
		t.Errorf("RedFlags[0].Phrases[0] = %+v, want %+v", got, want)
	}
	// Particles, "+" and "$" (review 2026-11).
	if got, want := len(r.Particles), 2; got != want {
		t.Errorf("LoadSafetyRules(valid.yaml) has %d particles, want %d", got, want)
	}
	if got, want := r.Crisis[1].Text, "cannot go on $"; got != want {
		t.Errorf("Crisis[1] = %q, want %q", got, want)
	}
}

// Each broken file fails with an error naming the file, the line and the item.
func TestLoadSafetyRulesErrors(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"unknown-field.yaml", `knowledge: testdata/safety/unknown-field.yaml:15: red_flag 2: unknown field levle`},
		{"empty-phrase.yaml", `knowledge: testdata/safety/empty-phrase.yaml:19: rule "fever": phrase 2: empty phrase`},
		{"no-phrases.yaml", `knowledge: testdata/safety/no-phrases.yaml:14: rule "fever": empty phrases`},
		{"bad-level.yaml", `knowledge: testdata/safety/bad-level.yaml:14: rule "fever": level "urgent", want emergency, same-day or soon`},
		{"duplicate-id.yaml", `knowledge: testdata/safety/duplicate-id.yaml:14: rule "saddle-numbness": duplicate id (also at line 9)`},
		{"unknown-class.yaml", `knowledge: testdata/safety/unknown-class.yaml:13: rule "saddle-numbness": phrase 1: "numb @sadle": unknown class "@sadle"`},
		{"bad-except.yaml", `knowledge: testdata/safety/bad-except.yaml:13: rule "saddle-numbness": phrase 1: "!pins numb @saddle": a phrase cannot start with !pins (any word but those)`},
		{"bad-except-gap.yaml", `knowledge: testdata/safety/bad-except-gap.yaml:13: rule "saddle-numbness": phrase 1: "numb ... !pins": !pins is the very next word: write + before it, not a wide gap`},
		{"bad-except-class.yaml", `knowledge: testdata/safety/bad-except-class.yaml:13: rule "saddle-numbness": phrase 1: "numb + !@sadle|pins": unknown class "@sadle"`},
		{"bare-111.yaml", `knowledge: testdata/safety/bare-111.yaml:26: wording "same_day": a bare "111"`},
		{"empty-why.yaml", `knowledge: testdata/safety/empty-why.yaml:14: rule "fever": empty why`},
		{"yields-not-emergency.yaml", `knowledge: testdata/safety/yields-not-emergency.yaml:14: rule "fever": yields_to_crisis on a same-day rule: only an emergency's advice gives way to the crisis reply (a crisis already outranks the others)`},
		{"empty-wording.yaml", `knowledge: testdata/safety/empty-wording.yaml:35: wording "figure" is empty`},
		{"wrong-version.yaml", `knowledge: testdata/safety/wrong-version.yaml:2: version is 2, want 1`},
		{"phrase-not-string.yaml", `knowledge: testdata/safety/phrase-not-string.yaml:18: expected a string`},
		{"bad-gap.yaml", `knowledge: testdata/safety/bad-gap.yaml:13: rule "saddle-numbness": phrase 1: "... numb @saddle": ... goes between two words`},
		{"bad-end.yaml", `knowledge: testdata/safety/bad-end.yaml:13: rule "saddle-numbness": phrase 1: "numb $ @saddle": $ (end of the clause) goes last, after a word`},
		{"bad-adjacent.yaml", `knowledge: testdata/safety/bad-adjacent.yaml:13: rule "saddle-numbness": phrase 1: "numb @saddle +": + goes between two words`},
		{"bad-combination.yaml", `knowledge: testdata/safety/bad-combination.yaml:20: combination "both": unknown rule or signal "chest"`},
		{"empty.yaml", `knowledge: testdata/safety/empty.yaml: file is empty`},
		{"alias.yaml", `knowledge: testdata/safety/alias.yaml:6: YAML alias *saddle: aliases are not allowed`},
		{"missing.yaml", `knowledge: testdata/safety/missing.yaml: no such file or directory`},
		{"not-rules.yaml", `knowledge: testdata/safety/not-rules.yaml:1: not a safety rules file: want YAML keys such as`},
		{"rules-not-list.yaml", `knowledge: testdata/safety/rules-not-list.yaml:2: red_flags: want a list`},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, err := LoadSafetyRules("testdata/safety/" + tc.file)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("LoadSafetyRules(%q) error = %v, want it to start with %q", tc.file, err, tc.want)
			}
			if err != nil && (strings.Contains(err.Error(), "knowledge.") || strings.Contains(err.Error(), "!!")) {
				t.Errorf("LoadSafetyRules(%q) error = %v, which names a Go or YAML type", tc.file, err)
			}
		})
	}
}

// Phrase syntax belongs in phrase lists only.
func TestSafetySyntaxInWordLists(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"particles: [\"$\"]", `particles: "$": @, |, ..., + and $ work in phrases only`},
		{"fillers: [\"a + b\"]", `fillers: "a + b": @, |, ..., + and $ work in phrases only`},
		{"crisis: [\"$ end\"]", `crisis: "$ end": $ (end of the clause) goes last`},
		{"crisis: [\"end it$\"]", `crisis: "end it$": write $ as a word of its own`},
		{"crisis: [\"end + ... it\"]", `crisis: "end + ... it": ... goes between two words`},
		{"crisis: [\"end + $\"]", `crisis: "end + $": + goes between two words`},
	} {
		_, err := parseSafety("x.yaml", []byte("version: 1\nnegation: {before: [no]}\n"+tc.yaml+"\n"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseSafety(%q) error = %v, want it to contain %q", tc.yaml, err, tc.want)
		}
	}
}

// FuzzParseSafety: no input panics the loader.
func FuzzParseSafety(f *testing.F) {
	f.Add([]byte("version: 1\nred_flags: [{id: x, level: soon, why: y, phrases: [a]}]\n"))
	f.Add([]byte("classes: {a: [b]}\n"))
	f.Add([]byte("red_flags:\n  - phrases: [\"@\", \"a|\", \"...\"]\n"))
	f.Add([]byte("crisis: [\"$\", \"+\", \"a + $\", \"a $ b\"]\nparticles: [on]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = parseSafety("fuzz.yaml", data)
	})
}
