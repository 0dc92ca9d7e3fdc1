package safety

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// ---------------------------------------------------------------------------
// Normalising and tokenising.

type rawTok struct {
	surf string // lowercased, apostrophes dropped
	kind uint8
}

// apostrophe reports runes used as apostrophes: ' ’ ‘ ʼ ` ´ ′.
func apostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032':
		return true
	}
	return false
}

// laughEmoji are read as "lol": "I can't breathe 😂" is a laugh.
func laughEmoji(r rune) bool {
	switch r {
	case '😂', '🤣', '😆', '💀', '😹':
		return true
	}
	return false
}

// tokenize splits text into words and breaks. It never fails: invalid UTF-8,
// NUL bytes and control characters separate words.
func tokenize(text string) []rawTok {
	if len(text) > maxInputBytes {
		text = text[:maxInputBytes]
	}
	toks := make([]rawTok, 0, len(text)/5+4)
	var buf []byte
	var stack [64]byte
	buf = stack[:0]
	apos := -1      // position in buf of a word-internal apostrophe
	digits := false // buf holds digits (split "400mg" into 400 mg)
	// same counts the letters of a word that is one letter repeated, or is
	// -1. Elongations collapse to two letters, but a word of exactly three
	// is kept: AAA (an aneurysm, with the right words) is not AA, while a
	// longer run ("aaaaaaaa") is a scream or a mash, and reads as two.
	same := 0
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if same == 3 {
			buf = append(buf, buf[0])
		}
		if apos >= 0 && string(buf[apos:]) == "ll" {
			buf = buf[:apos] // "i'll" is "i", not "ill"
		}
		if len(buf) > 0 {
			toks = append(toks, rawTok{surf: string(buf)})
		}
		buf, apos, same = buf[:0], -1, 0
	}
	brk := func(kind uint8) {
		flush()
		if n := len(toks); n > 0 && toks[n-1].kind != tokWord {
			if kind > toks[n-1].kind {
				toks[n-1].kind = kind
			}
			return
		}
		if len(toks) > 0 {
			toks = append(toks, rawTok{kind: kind})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '<':
			end := min(len(text), i+100)
			if j := strings.IndexByte(text[i:end], '>'); j > 1 && knowledge.IsChatMarkup(text[i+1:i+j]) {
				flush()
				i += j + 1
				continue
			}
			flush()
		case len(buf) == 0 && (strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://") || strings.HasPrefix(text[i:], "www.")):
			j := strings.IndexAny(text[i:], " \t\n\r")
			if j < 0 {
				j = len(text) - i
			}
			i += j
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			isDigit := r >= '0' && r <= '9'
			if len(buf) > 0 && isDigit != digits {
				flush()
			}
			digits = isDigit
			r = unicode.ToLower(r)
			switch {
			case isDigit || r >= utf8.RuneSelf:
				same = -1
			case len(buf) == 0:
				same = 1
			case same > 0 && buf[0] == byte(r):
				same++
			default:
				same = -1
			}
			// Collapse elongations: "numbbbb", "sooooo", "bladdder".
			if n := len(buf); r < utf8.RuneSelf && n >= 2 && buf[n-1] == byte(r) && buf[n-2] == byte(r) {
				break
			}
			if len(buf)+utf8.UTFMax > 64 {
				break // a "word" this long is not a word; keep its start
			}
			buf = utf8.AppendRune(buf, r)
		case apostrophe(r):
			if len(buf) > 0 && !digits && apos < 0 {
				apos = len(buf)
			} else {
				flush()
			}
		case r == '*':
			// Markdown emphasis, and "sh*t": ignored, not a separator.
		case r == '&' || r == '+':
			flush()
			toks = append(toks, rawTok{surf: "and"})
		case laughEmoji(r):
			flush()
			toks = append(toks, rawTok{surf: "lol"})
		case r == '.' && digits && len(buf) > 0 && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			flush() // 38.5: the fraction is a word of its own, not a sentence end
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' || r == '\r' || r == '…' || r == '。':
			brk(tokHard)
		case r == ',' || r == ':' || r == '(' || r == ')' || r == '[' || r == ']' || r == '"' ||
			r == '“' || r == '”' || r == '–' || r == '—' || r == '|' || r == '>':
			brk(tokSoft)
		default:
			flush()
		}
		i += size
	}
	flush()
	return toks
}
