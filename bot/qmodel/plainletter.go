package qmodel

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// PlainLetter reads a Latin letter with diacritics as the plain lowercase
// letter: people type the same word with and without them ("lưng" and
// "lung", "pipí" and "pipi", "düştü" and "dustu", "necítím" and "necitim"),
// and the safety check's rules and detector should see one word (the
// question model reads accents as they are). It covers the
// Latin letters of Unicode's Latin-1 Supplement, Extended-A and -B and
// Extended Additional (Vietnamese), by their canonical decomposition, and
// the letters that have none but are typed plain: đ, ı, ł, ø. Other runes
// are returned as they are. ñ stays: Spanish "año" is not "ano".
func PlainLetter(r rune) rune {
	if r < plainFirst || r >= plainFirst+rune(len(plainLetters)) {
		return r
	}
	if f := plainLetters[r-plainFirst]; f != 0 {
		return f
	}
	return r
}

const plainFirst = 0xC0 // À, the first accented Latin letter

// plainLetters[r-plainFirst] is PlainLetter(r), or 0 where r is its own reading.
var plainLetters = buildPlainLetters()

func buildPlainLetters() []rune {
	t := make([]rune, 0x1F00-plainFirst) // to the end of Latin Extended Additional
	for r := rune(plainFirst); r < plainFirst+rune(len(t)); r++ {
		if (r >= 0x250 && r < 0x1E00) || !unicode.IsLetter(r) {
			continue // IPA, modifiers, Greek and the rest: not Latin letters
		}
		d := []rune(norm.NFD.String(string(r)))
		if len(d) < 2 || d[0] >= 0x80 || !unicode.IsLetter(d[0]) {
			continue
		}
		marks := true
		for _, m := range d[1:] {
			marks = marks && unicode.Is(unicode.Mn, m)
		}
		if marks {
			t[r-plainFirst] = unicode.ToLower(d[0])
		}
	}
	for _, r := range "ñÑ" {
		t[r-plainFirst] = 0
	}
	for r, p := range map[rune]rune{'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o'} {
		t[r-plainFirst] = p
	}
	return t
}
