package safety

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Hostile input (issue 8): lines nobody writes about their back. Random hex
// words, commit hashes, random bytes, base64, random letters, keyboard mash
// and long runs of one letter must never get urgent advice or the crisis
// reply. Before the fix "AA", "aaa", the hash 7f3aa91 and a line of 16,000
// "a" were all read as the aneurysm of rule belly-and-back.
//
// The lines are generated from a fixed seed, so a failure is reproducible.
// The 100,000-line run through the CLI uses the same generator:
//
//	BACKPAINBOT_HOSTILE_OUT=/tmp/hostile.txt BACKPAINBOT_HOSTILE_LINES=100000 \
//	  go test -run TestHostileLinesWrite ./bot/
//	go build -o /tmp/backpainbot . && /tmp/backpainbot ask --json < /tmp/hostile.txt | grep -c '"kind":"urgent"'

const (
	// hostileSeed makes the lines the same on every run (8: the issue).
	hostileSeed = 8
	// hostileTestLines is how many lines the test checks: about 1,000 of
	// each kind, a few seconds under -race.
	hostileTestLines = 7000
)

// hostileKind is one way of making lines.
type hostileKind struct {
	name string
	gen  func(r *rand.Rand) string
	// natural: the lines can contain real words by chance (random letters
	// make "have" or "numb" now and then), so a line is exempt when the
	// check reads a word of the rules in it (see medicalWords). Lines of
	// the other kinds are never exempt.
	natural bool
}

var hostileKinds = []hostileKind{
	{name: "hex words", gen: hexWords},
	{name: "commit hashes", gen: commitHashes},
	{name: "one letter repeated", gen: repeatedLetters},
	{name: "random bytes", gen: randomBytes, natural: true},
	{name: "base64", gen: base64Line, natural: true},
	{name: "random words", gen: randomWords, natural: true},
	{name: "keyboard mash", gen: keyboardMash, natural: true},
}

type hostileLine struct {
	kind int // index in hostileKinds
	text string
}

// hostileLines returns n lines, the kinds in turn. No line contains a line
// break, so each is one question for ask --json.
func hostileLines(n int) []hostileLine {
	r := rand.New(rand.NewPCG(hostileSeed, hostileSeed))
	lines := make([]hostileLine, n)
	for i := range lines {
		k := i % len(hostileKinds)
		lines[i] = hostileLine{kind: k, text: hostileKinds[k].gen(r)}
	}
	return lines
}

const (
	hexLower = "0123456789abcdef"
	hexUpper = "0123456789ABCDEF"
)

func hexString(r *rand.Rand, n int, digits string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[r.IntN(16)]
	}
	return string(b)
}

// hexWords: 1 to 12 words of 2 to 16 hex digits, some in capitals, some
// with 0x.
func hexWords(r *rand.Rand) string {
	words := make([]string, 1+r.IntN(12))
	for i := range words {
		digits := hexLower
		if r.IntN(4) == 0 {
			digits = hexUpper
		}
		w := hexString(r, 2+r.IntN(15), digits)
		if r.IntN(8) == 0 {
			w = "0x" + w
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// commitHashes: short and full hashes, alone or in the sentences a
// developer pastes.
func commitHashes(r *rand.Rand) string {
	h := func() string {
		if r.IntN(2) == 0 {
			return hexString(r, 7+r.IntN(6), hexLower)
		}
		return hexString(r, 40, hexLower)
	}
	switch r.IntN(6) {
	case 0:
		return h()
	case 1:
		return "fixed in " + h()
	case 2:
		return "git revert " + h() + " && git cherry-pick " + h()
	case 3:
		return h() + " " + h() + " " + h()
	case 4:
		return "merge " + h() + " into " + h() + ": conflicts in bot/safety.go"
	default:
		return "see https://github.com/x/y/commit/" + hexString(r, 40, hexLower) + " and " + h()
	}
}

// repeatedLetters: one letter many times (up to 16,000, the input cap), in
// capitals or not, alone or a few runs.
func repeatedLetters(r *rand.Rand) string {
	letter := byte('a' + r.IntN(26))
	if r.IntN(3) == 0 {
		letter = 'a'
	}
	if r.IntN(2) == 0 {
		letter -= 'a' - 'A'
	}
	switch r.IntN(4) {
	case 0:
		return strings.Repeat(string(letter), 16000)
	case 1:
		return strings.Repeat(string(letter), 1+r.IntN(6))
	case 2:
		runs := make([]string, 2+r.IntN(8))
		for i := range runs {
			runs[i] = strings.Repeat(string(letter), 1+r.IntN(40))
		}
		return strings.Join(runs, " ")
	default:
		return strings.Repeat(string(letter), 1+r.IntN(2000))
	}
}

// randomBytes: 1 to 300 bytes of anything but a line break (invalid UTF-8,
// NUL, control characters).
func randomBytes(r *rand.Rand) string {
	b := make([]byte, 1+r.IntN(300))
	for i := range b {
		for {
			b[i] = byte(r.IntN(256))
			if b[i] != '\n' && b[i] != '\r' {
				break
			}
		}
	}
	return string(b)
}

// base64Line: 3 to 400 random bytes in standard or URL base64.
func base64Line(r *rand.Rand) string {
	b := make([]byte, 3+r.IntN(398))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	if r.IntN(2) == 0 {
		return base64.StdEncoding.EncodeToString(b)
	}
	return base64.URLEncoding.EncodeToString(b)
}

// randomWords: 1 to 15 words of 1 to 10 random letters (short ones more
// often), some capitalised, some with punctuation.
func randomWords(r *rand.Rand) string {
	words := make([]string, 1+r.IntN(15))
	for i := range words {
		n := 1 + r.IntN(4)
		if r.IntN(2) == 0 {
			n = 1 + r.IntN(10)
		}
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + r.IntN(26))
		}
		w := string(b)
		switch r.IntN(8) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w += ","
		case 2:
			w += "."
		case 3:
			w += "?"
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

var keyboardRows = []string{"qwertyuiop", "asdfghjkl;", "zxcvbnm,./", "1234567890"}

// keyboardMash: runs of neighbouring keys, as someone slapping a keyboard
// types them ("asdfjkl;", "sdfgsdfg", "QWERQWER").
func keyboardMash(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(6) {
		if b.Len() > 0 {
			b.WriteByte(" \t!?"[r.IntN(4)])
		}
		row := keyboardRows[r.IntN(len(keyboardRows))]
		pos := r.IntN(len(row))
		upper := r.IntN(5) == 0
		for range 2 + r.IntN(20) {
			c := row[pos]
			if upper && c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			pos += r.IntN(3) - 1
			pos = min(max(pos, 0), len(row)-1)
		}
	}
	return b.String()
}

// medicalWords returns the words of text, as typed, that the rules spell
// out (in any inflection or listed variant) and that have 4 letters or
// more. A word of 1 to 3 letters, and a typo matched by edit distance,
// never make a line medical: these are what hostile input must not turn
// into a symptom. The exception is kms, read alone as "kill myself" on
// purpose (testdata/safety.jsonl s102).
func (s *Safety) medicalWords(text string) []string {
	var ws []string
	for _, t := range tokenize(text) {
		if t.kind != tokWord || s.lex.fillers[t.surf] {
			continue
		}
		if _, spelled := s.lex.forms[t.surf]; (spelled && len(t.surf) >= 4) || t.surf == "kms" {
			ws = append(ws, t.surf)
		}
	}
	return ws
}

// Hostile lines get no urgent advice and no crisis reply, from the rules
// alone and with the detector, whose letter sequences random text shares.
func TestHostileLines(t *testing.T) {
	t.Run("rules", func(t *testing.T) { checkHostileLines(t, safetyForTest(t)) })
	t.Run("with detector", func(t *testing.T) { checkHostileLines(t, productSafety(t)) })
}

func checkHostileLines(t *testing.T, s *Safety) {
	lines := hostileLines(hostileTestLines)
	flagged := make([]int, len(hostileKinds))
	exempt := make([]int, len(hostileKinds))
	total := make([]int, len(hostileKinds))
	for i, l := range lines {
		total[l.kind]++
		v := s.Check(l.text, "")
		if v.Kind != VerdictUrgent && v.Kind != VerdictCrisis {
			continue
		}
		kind := hostileKinds[l.kind]
		if kind.natural {
			if ws := s.medicalWords(l.text); len(ws) > 0 {
				exempt[l.kind]++
				t.Logf("line %d (%s) reads as words of the rules %q: %s %s (%s)", i, kind.name, ws, v.Kind, v.Level, v.Rule)
				continue
			}
		}
		flagged[l.kind]++
		if flagged[l.kind] <= 5 {
			t.Errorf("line %d (%s): Check(%.200q) = %s %s (rule %s, words %q), want no urgent or crisis verdict",
				i, kind.name, l.text, v.Kind, v.Level, v.Rule, v.Symptoms)
		}
	}
	for k, kind := range hostileKinds {
		t.Logf("%-20s %5d lines, %d flagged, %d flagged through a word of the rules", kind.name, total[k], flagged[k], exempt[k])
		// A handful of random-letter lines may spell a rule word; many
		// would mean the exemption hides a real problem.
		if exempt[k]*100 > total[k] {
			t.Errorf("%s: %d of %d lines flagged through words of the rules, want under 1%%", kind.name, exempt[k], total[k])
		}
	}
}

// TestHostileLinesWrite writes the hostile lines to a file for the CLI run
// (see the top of this file). It does nothing unless asked.
func TestHostileLinesWrite(t *testing.T) {
	out := os.Getenv("BACKPAINBOT_HOSTILE_OUT")
	if out == "" {
		t.Skip("set BACKPAINBOT_HOSTILE_OUT to a file (and BACKPAINBOT_HOSTILE_LINES to a count)")
	}
	n := 100000
	if v := os.Getenv("BACKPAINBOT_HOSTILE_LINES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("BACKPAINBOT_HOSTILE_LINES=%q: want a positive count", v)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, l := range hostileLines(n) {
		fmt.Fprintln(w, l.text)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d lines to %s", n, out)
}
