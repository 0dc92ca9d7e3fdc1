package safety

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/bot/qmodel"
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
	t := tokenizer{toks: make([]rawTok, 0, len(text)/5+4), apos: -1}
	for i := 0; i < len(text); {
		if n := t.skip(text[i:]); n > 0 {
			i, t.dot = i+n, false
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		t.rune(r, text[i+size:])
		i += size
	}
	t.flush()
	return t.toks
}

// singularPossessive are the words whose "'s" is never a plural: "foot's" is
// "foot" ("my right foot's started slapping down"), which read as "foots"
// matched no phrase. Not "leg's": read as "legs" it errs towards an
// emergency. On the training examples, reading it as "leg" fixed four
// false alarms ("my leg's gone numb", one leg) and lost four emergencies
// ("now the left leg's gone numb as well").
// "one's" is "one" too ("now the right one's starting to go numb", held-out
// v37, spent).
var singularPossessive = map[string]bool{"arm": true, "foot": true, "hand": true, "hip": true, "knee": true, "one": true}

// willKept are the words whose "'ll" is kept, as typed without the
// apostrophe: "it'll" is "itll", a hope ("it'll go away on its own I
// reckon" takes back nothing), where "i'll", "we'll", "he'll" drop it so as
// not to read "ill", "well", "hell".
var willKept = map[string]bool{"it": true, "that": true}

// tokenizer holds the tokens read so far and the word being read.
type tokenizer struct {
	toks []rawTok
	// buf[:n] is the word being read, lowercased. An array, not a slice of
	// one, so that the tokenizer (and the word) stay off the heap.
	buf    [64]byte
	n      int
	apos   int  // position in buf of a word-internal apostrophe, or -1
	digits bool // buf holds digits (split "400mg" into 400 mg)
	// same counts the letters of a word that is one letter repeated, or is
	// -1. Elongations collapse to two letters, but a word of exactly three
	// is kept: AAA (an aneurysm, with the right words) is not AA, while a
	// longer run ("aaaaaaaa") is a scream or a mash, and reads as two.
	same int
	dot  bool // the rune before was a full stop (an ellipsis goes on)
}

// flush ends the word being read.
func (t *tokenizer) flush() {
	if t.n == 0 {
		return
	}
	if t.same == 3 {
		t.buf[t.n] = t.buf[0]
		t.n++
	}
	if t.apos >= 0 && string(t.buf[t.apos:t.n]) == "ll" && !willKept[string(t.buf[:t.apos])] {
		t.n = t.apos // "i'll" is "i", not "ill"
	}
	if t.apos >= 0 && string(t.buf[t.apos:t.n]) == "s" && singularPossessive[string(t.buf[:t.apos])] {
		t.n = t.apos // "foot's" is "foot" (held-out v22, spent)
	}
	if t.n > 0 {
		t.toks = append(t.toks, rawTok{surf: string(t.buf[:t.n])})
	}
	t.n, t.apos, t.same = 0, -1, 0
}

// brk ends the word being read with a break of the given kind; breaks in a
// row are one, of the strongest kind, and a message never starts with one.
func (t *tokenizer) brk(kind uint8) {
	t.flush()
	if n := len(t.toks); n > 0 && t.toks[n-1].kind != tokWord {
		if kind > t.toks[n-1].kind {
			t.toks[n-1].kind = kind
		}
		return
	}
	if len(t.toks) > 0 {
		t.toks = append(t.toks, rawTok{kind: kind})
	}
}

// skip returns how many bytes at the start of text are read as nothing:
// Discord markup (<@123>, <:emoji:456>) or a link. It returns 0 otherwise.
func (t *tokenizer) skip(text string) int {
	switch {
	case text[0] == '<':
		end := min(len(text), 100)
		if j := strings.IndexByte(text[:end], '>'); j > 1 && knowledge.IsChatMarkup(text[1:j]) {
			t.flush()
			return j + 1
		}
	case t.n == 0 && (strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "https://") || strings.HasPrefix(text, "www.")):
		j := strings.IndexAny(text, " \t\n\r")
		if j < 0 {
			j = len(text)
		}
		return j
	}
	return 0
}

// ellipsisBreak is the break of an ellipsis ("...", "…") followed by
// rest: a pause inside the sentence when the text goes on in lower case
// ("ready to end it all... the breastfeeding I mean lol"), else a
// sentence end.
func ellipsisBreak(rest string) uint8 {
	rest = strings.TrimLeft(rest, ". ")
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
		return tokSoft
	}
	return tokHard
}

// rune reads one rune of the text; rest is the text after it.
func (t *tokenizer) rune(r rune, rest string) {
	afterDot := t.dot
	t.dot = r == '.'
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		t.letter(r)
	case apostrophe(r):
		if t.n > 0 && !t.digits && t.apos < 0 {
			t.apos = t.n
		} else {
			t.flush()
		}
	case r == '*':
		// Markdown emphasis, and "sh*t": ignored, not a separator.
	case r == '&' || r == '+':
		t.flush()
		t.toks = append(t.toks, rawTok{surf: "and"})
	case laughEmoji(r):
		t.flush()
		t.toks = append(t.toks, rawTok{surf: "lol"})
	case r == '.' && t.digits && t.n > 0 && len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9':
		t.flush() // 38.5: the fraction is a word of its own, not a sentence end
	case r == '.' && t.n == 1 && t.buf[0] == 'o' && odAfterDot(rest):
		// "o.d", "O.D.": overdose, one word, not a sentence end.
	case r == '?':
		t.brk(tokHard)
		if n := len(t.toks); n > 0 && t.toks[n-1].kind != tokWord {
			t.toks[n-1].surf = "?" // a question: see msg.answeredNo
		}
	case r == '…' || r == '.' && (afterDot || strings.HasPrefix(rest, ".")):
		t.brk(ellipsisBreak(rest))
	case r == '.' || r == '!' || r == ';' || r == '\n' || r == '\r' || r == '。':
		t.brk(tokHard)
	case r == ':':
		t.brk(tokSoft)
		if n := len(t.toks); n > 0 && t.toks[n-1].kind == tokSoft {
			t.toks[n-1].surf = ":" // a list's answer may follow: see msg.answeredNo
		}
	case r == ',' || r == '(' || r == ')' || r == '[' || r == ']' || r == '"' ||
		r == '“' || r == '”' || r == '–' || r == '—' || r == '|' || r == '>':
		t.brk(tokSoft)
	default:
		t.flush() // '<' that is not markup, spaces, other symbols
	}
}

// odAfterDot reports whether rest, the text after "o.", is the d of
// "o.d" ending a word ("o.d", "O.D.", "o.d'd"), not "o. dear" or "o.dx".
func odAfterDot(rest string) bool {
	if rest == "" || rest[0] != 'd' && rest[0] != 'D' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// letter reads a letter or a digit into the word being read.
func (t *tokenizer) letter(r rune) {
	isDigit := r >= '0' && r <= '9'
	if t.n == 1 && t.digits && t.buf[0] == '0' && (r == 'd' || r == 'D') {
		// "0d", "0ded": overdose typed with a zero, not 0 and d.
		t.buf[0], t.digits, t.same = 'o', false, 1
	}
	if t.n > 0 && isDigit != t.digits {
		t.flush()
	}
	t.digits = isDigit
	// Accents read as the plain letter, in messages and in the rules
	// alike: "pipí" is "pipi", "lưng" is "lung" (ñ stays).
	r = qmodel.PlainLetter(unicode.ToLower(r))
	switch {
	case isDigit || r >= utf8.RuneSelf:
		t.same = -1
	case t.n == 0:
		t.same = 1
	case t.same > 0 && t.buf[0] == byte(r):
		t.same++
	default:
		t.same = -1
	}
	// Collapse elongations: "numbbbb", "sooooo", "bladdder".
	if n := t.n; r < utf8.RuneSelf && n >= 2 && t.buf[n-1] == byte(r) && t.buf[n-2] == byte(r) {
		return
	}
	if t.n+utf8.UTFMax > len(t.buf) {
		return // a "word" this long is not a word; keep its start
	}
	t.n += utf8.EncodeRune(t.buf[t.n:], r)
}
