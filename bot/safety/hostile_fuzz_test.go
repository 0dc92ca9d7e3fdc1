package safety

import (
	"strings"
	"testing"
)

// hexText keeps the characters of hex dumps, hashes and 0x literals and
// turns everything else into spaces, so that any fuzzed string becomes one.
func hexText(s string) string {
	const keep = "0123456789abcdefABCDEFx.,:;-_/#\n"
	b := []byte(s)
	for i, c := range b {
		if strings.IndexByte(keep, c) < 0 {
			b[i] = ' '
		}
	}
	return string(b)
}

// FuzzHostileHexNeverUrgent: text made of hex (commit hashes, dumps, 0x
// literals, colours) never gets urgent advice or the crisis reply, even
// after a message about back pain. Issue 8: the hash 7f3aa91 read as an
// aneurysm.
func FuzzHostileHexNeverUrgent(f *testing.F) {
	for _, seed := range []string{
		"7f3aa91",
		"fixed in 7f3aa91",
		"24a7b5ace 0x91623f2bc88e38 b619a730d3ef4 d7e7 273aa D89F381 d56",
		"e555cc3eb163b7e4d86ea51ea6ba2c030f79f804",
		"#AAA #aaaaaa #fff 0xdeadbeef cafe babe",
		"bad bed dead fed face fade faded decade",
		strings.Repeat("a", 16000),
	} {
		f.Add(seed)
	}
	s := safetyForTest(f)
	f.Fuzz(func(t *testing.T, in string) {
		text := hexText(in)
		if v := s.Check(text, ""); flagged(v) {
			t.Errorf("Check(%.200q) = %s %s (rule %s, words %q), want no urgent or crisis verdict", text, v.Kind, v.Level, v.Rule, v.Symptoms)
		}
		if v := s.Check(text, "my back hurts, will a massage help?"); flagged(v) {
			t.Errorf("Check(%.200q, back pain before) = %s %s (rule %s), want no urgent or crisis verdict", text, v.Kind, v.Level, v.Rule)
		}
	})
}

// FuzzHostileRepeatedLetterNeverUrgent: one letter repeated, up to the
// input cap, in runs or not, never gets urgent advice or the crisis reply.
// Issue 8: "aa", "aaa" and 16,000 "a" were all an aneurysm.
func FuzzHostileRepeatedLetterNeverUrgent(f *testing.F) {
	f.Add(byte('a'), uint16(2), uint8(1))
	f.Add(byte('a'), uint16(3), uint8(1))
	f.Add(byte('A'), uint16(16000), uint8(1))
	f.Add(byte('A'), uint16(3), uint8(5))
	f.Add(byte('z'), uint16(40), uint8(9))
	s := safetyForTest(f)
	f.Fuzz(func(t *testing.T, letter byte, n uint16, runs uint8) {
		c := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[int(letter)%52]
		run := strings.Repeat(string(c), 1+int(n)%16000)
		text := strings.TrimSpace(strings.Repeat(run+" ", 1+int(runs)%10))
		if len(text) > maxInputBytes {
			text = text[:maxInputBytes]
		}
		if v := s.Check(text, ""); flagged(v) {
			t.Errorf("Check(%d x %q in %d runs) = %s %s (rule %s), want no urgent or crisis verdict", len(run), c, 1+int(runs)%10, v.Kind, v.Level, v.Rule)
		}
	})
}
