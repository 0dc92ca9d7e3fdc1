package qmodel

import "testing"

func TestPlainLetter(t *testing.T) {
	for in, want := range map[string]string{
		"lưng đau thắt lưng":  "lung dau that lung", // Vietnamese
		"pipí ostéoporose ç":  "pipi osteoporose c",
		"düştü ığ":            "dustu ig",           // Turkish, ı read as i
		"nemůžu čůrat, brní":  "nemuzu curat, brni", // Czech
		"lábam zsibbad, ő ű":  "labam zsibbad, o u", // Hungarian
		"șale, țară, în":      "sale, tara, in",     // Romanian
		"złamał, følelsesløs": "zlamal, folelseslos",
		"año, niño":           "año, niño",       // ñ stays
		"спина, 背中, ß, æ":     "спина, 背中, ß, æ", // not Latin, or no plain letter
	} {
		got := []rune{}
		for _, r := range in {
			got = append(got, PlainLetter(r))
		}
		if string(got) != want {
			t.Errorf("PlainLetter(%q) = %q, want %q", in, string(got), want)
		}
	}
}
