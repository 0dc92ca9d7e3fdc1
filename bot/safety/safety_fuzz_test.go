package safety

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSafetyCheck: no input panics the check, including invalid UTF-8, NUL
// bytes and very long strings, and every verdict is well formed. Seeded from
// testdata/safety.jsonl and the trap tables.
func FuzzSafetyCheck(f *testing.F) {
	if fh, err := os.Open("testdata/safety.jsonl"); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var r safetyRow
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				f.Add(r.Text, r.Previous)
			}
		}
		fh.Close()
	}
	for _, seed := range [][2]string{
		{"", ""},
		{"\x00\x00can't\x00pee", "\xff\xfe\xfd"},
		{"<@", "<@123"},
		{"cant pee <@123456789012345678901234567890", "https://"},
		{strings.Repeat("numb ", 1000), strings.Repeat("a", 1<<20)},
		{strings.Repeat("…", 3000), strings.Repeat("'", 5000)},
		{"both legs ... ... numb | @x ...", "a|b|c @class"},
		{"😂💀 can't breathe", "ｃａｎ’ｔ ｐｅｅ"},
		{"i cant go on on on of of like", "end of it all + $"},
		{"haven't been able to not been able to have not been able", "no fever\r\nboth legs numb"},
		{strings.Repeat("took 20 of paracetamol ", 800), strings.Repeat("can’t ", 4000)},
	} {
		f.Add(seed[0], seed[1])
	}
	s := safetyForTest(f)
	f.Fuzz(func(t *testing.T, text, previous string) {
		v := s.Check(text, previous)
		switch v.Kind {
		case VerdictNone:
			if !reflect.DeepEqual(v, Verdict{}) {
				t.Errorf("Check(%q, %q) = %+v: a none verdict carries nothing", text, previous, v)
			}
		case VerdictUrgent:
			if v.Level == "" || v.Advice == "" || v.Why == "" || v.Rule == "" {
				t.Errorf("Check(%q, %q) = %+v: urgent needs level, advice, why and rule", text, previous, v)
			}
		case VerdictCrisis:
			if v.Advice == "" {
				t.Errorf("Check(%q, %q) = %+v: crisis needs its reply", text, previous, v)
			}
		case VerdictDose, VerdictDiagnosis, VerdictSigns, VerdictFigure:
			if v.Notice == "" {
				t.Errorf("Check(%q, %q) = %+v: %s needs its notice", text, previous, v, v.Kind)
			}
		default:
			t.Errorf("Check(%q, %q).Kind = %q, not a verdict kind", text, previous, v.Kind)
		}
		for _, s := range []string{v.Advice, v.Why, v.Notice} {
			if !utf8.ValidString(s) {
				t.Errorf("Check(%q, %q) returned invalid UTF-8", text, previous)
			}
		}
	})
}
