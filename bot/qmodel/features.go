package qmodel

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are what the model sees of a message: its words (lightly
// stemmed), pairs of neighbouring words, and the letter sequences of three
// to five characters inside each word, which carry typos, slang spellings
// and inflections that whole words miss ("massge", "stretchin"). A bucket
// of the message's length lets "hi" and a long story weigh differently.

// Changing what is read here changes what a saved model means: bump
// encodingVersion in encode.go.
const (
	minGram = 3
	maxGram = 4
	// maxTokens bounds the work on a long message: the question model reads
	// the first words of a story; nothing after them changes the decision
	// enough to be worth reading 16 KiB.
	maxTokens = 400
)

// words splits text into lowercase words of letters and digits;
// apostrophes are dropped ("don't" is "dont").
func words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘':
		default:
			flush()
			if len(out) >= maxTokens {
				return out
			}
		}
	}
	flush()
	return out
}

// stem strips the commonest English endings, enough for "knots" and "knot",
// "stretching" and "stretch" to meet.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 4 && strings.HasSuffix(w, "ly"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

// A feature is a 64-bit hash of its kind and text: no strings are built
// while reading a message, and two features collide about once in 2^64.
type feature = uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashRunes(h uint64, rs []rune) uint64 {
	for _, r := range rs {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// bag is a message's features and their counts, in a fixed order.
type bag struct {
	keys   []feature
	counts []float32
}

// read returns the features of text.
func read(text string) bag { return readWords(words(text)) }

// readWords returns the features of a message's words.
func readWords(ws []string) bag {
	// Every occurrence is appended, then sorted and counted: no map, and
	// the bag comes out in the same order on every run.
	all := make([]feature, 0, len(ws)*12+2)
	all = append(all, hashString(fnvOffset, lengthBucket(len(ws))))
	word, pair, gram := hashString(fnvOffset, "w:"), hashString(fnvOffset, "b:"), hashString(fnvOffset, "c:")
	prev := "^"
	rs := make([]rune, 0, 32)
	for _, w := range ws {
		s := stem(w)
		all = append(all, hashString(word, s), hashString(hashString(hashString(pair, prev), "_"), s))
		prev = s
		rs = append(append(append(rs[:0], '<'), []rune(w)...), '>')
		for n := minGram; n <= maxGram; n++ {
			for i := 0; i+n <= len(rs); i++ {
				all = append(all, hashRunes(gram, rs[i:i+n]))
			}
		}
	}
	if len(ws) > 0 {
		all = append(all, hashString(hashString(pair, prev), "_$"))
	}
	slices.Sort(all)
	var b bag
	for i, f := range all {
		if i > 0 && f == all[i-1] {
			b.counts[len(b.counts)-1]++
			continue
		}
		b.keys = append(b.keys, f)
		b.counts = append(b.counts, 1)
	}
	return b
}

func lengthBucket(n int) string {
	switch {
	case n == 0:
		return "n:0"
	case n <= 2:
		return "n:1-2"
	case n <= 5:
		return "n:3-5"
	case n <= 12:
		return "n:6-12"
	case n <= 30:
		return "n:13-30"
	}
	return "n:31+"
}

// feat is one feature of a message, as an index into the model's
// vocabulary, with its weight.
type feat struct {
	i int32
	v float32
}

// vectorize maps a bag to the vocabulary's features, with sublinear
// counts, scaled to unit length. Features outside the vocabulary are
// dropped. The bag is sorted, so the result is in the same order on every
// run, and so is everything computed from it.
func vectorize(b bag, vocab map[feature]int32) []feat {
	out := make([]feat, 0, len(b.keys))
	var norm float64
	for j, k := range b.keys {
		i, ok := vocab[k]
		if !ok {
			continue
		}
		v := float32(1 + math.Log(float64(b.counts[j])))
		out = append(out, feat{i, v})
		norm += float64(v * v)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for j := range out {
			out[j].v *= inv
		}
	}
	return out
}

// minKnownLen is the shortest word KnownWords counts.
const minKnownLen = 3

// KnownWords reports how many letters of the words of text (up to the
// first few hundred words) are in words the model learned as words, of
// how many. Words of one or two letters are left out: random bytes break
// into them, and a model that learned "i", "u", "la", "ar" and "se"
// (Singlish and Hinglish) knows many of them. Random letters, a hash or
// another alphabet share a model's letter sequences but little of its
// words.
func (m *Model) KnownWords(text string) (known, all int) {
	word := hashString(fnvOffset, "w:")
	for _, w := range words(text) {
		n := utf8.RuneCountInString(w)
		if n < minKnownLen {
			continue
		}
		all += n
		if _, ok := m.Vocab[hashString(word, stem(w))]; ok {
			known += n
		}
	}
	return known, all
}
