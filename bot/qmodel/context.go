package qmodel

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Context is what a follow-up needs of the message before it: the model's
// features of its first words (hashes, not text), so that "why though?"
// after a question about stress is read as about stress.
type Context struct {
	b bag
}

// maxContextWords bounds a Context: the opening words of a question carry
// its topic, and a Context stays a few kilobytes.
const maxContextWords = 20

// Context returns the context text leaves for a follow-up: the features of
// its first words that the model knows.
func (m *Model) Context(text string) Context { return m.ContextWords(text, maxContextWords) }

// ContextWords is Context with the features of the first n words.
func (m *Model) ContextWords(text string, n int) Context {
	ws := words(text)
	if len(ws) > n {
		ws = ws[:n]
	}
	full := readWords(ws)
	var c Context
	for i, f := range full.keys {
		if _, ok := m.Vocab[f]; ok {
			c.b.keys = append(c.b.keys, f)
			c.b.counts = append(c.b.counts, full.counts[i])
		}
	}
	return c
}

// Empty reports whether c holds nothing.
func (c Context) Empty() bool { return len(c.b.keys) == 0 }

// contextWeight is how much the previous message counts in a follow-up,
// against 1 for the follow-up itself: enough to place "is that true?"
// after a question about knots on the passage about knots, not enough to
// outvote what a follow-up says ("and what about ibuprofen?").
const contextWeight = 0.4

// PredictIn is Predict for a message read together with the message
// before it: the scores of the two, the previous one weighted down.
func (m *Model) PredictIn(text string, c Context) []Scored {
	p := make([]float32, len(m.Labels))
	m.scores(vectorize(read(text), m.Vocab), p)
	prev := make([]float32, len(m.Labels))
	m.scores(vectorize(c.b, m.Vocab), prev)
	for i := range p {
		p[i] += contextWeight * (prev[i] - m.B[i])
	}
	softmax(p, m.Temperature)
	return ranked(p, m.Labels)
}

// PredictJoined is Predict for a message read as one with the message
// before it, each word counting as if both were one message: a red flag
// told over two messages ("I slipped on the stairs", then "forgot to say I
// have osteoporosis").
func (m *Model) PredictJoined(text string, c Context) []Scored {
	return m.predictBag(merge(read(text), c.b))
}

// merge adds two bags.
func merge(a, b bag) bag {
	var out bag
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		switch {
		case j == len(b.keys) || (i < len(a.keys) && a.keys[i] < b.keys[j]):
			out.keys, out.counts = append(out.keys, a.keys[i]), append(out.counts, a.counts[i])
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			out.keys, out.counts = append(out.keys, b.keys[j]), append(out.counts, b.counts[j])
			j++
		default:
			out.keys, out.counts = append(out.keys, a.keys[i]), append(out.counts, a.counts[i]+b.counts[j])
			i, j = i+1, j+1
		}
	}
	return out
}

// contextVersion is the first byte of an encoded Context; it changes
// whenever the encoding or the features a Context holds change meaning
// (see encodingVersion), so that a Context written by another backpainbot
// is refused rather than misread.
const contextVersion = 1

// maxContextFeatures bounds what UnmarshalBinary accepts: the features of
// maxContextWords words are far fewer (about fifteen a word), so anything
// longer was not written by Context.
const maxContextFeatures = 4096

// maxCount bounds a feature's count: a float32 holds every whole number up
// to it exactly, so a count decodes to what was encoded.
const maxCount = 1 << 24

// AppendBinary appends c's encoding to b: the version byte, the number of
// features, then each feature as 8 bytes (little-endian, in c's ascending
// order) and its count as a uvarint. Counts are occurrences, whole and
// positive. About 9 bytes a feature: a Context of 20 words is well under
// a kilobyte.
func (c Context) AppendBinary(b []byte) ([]byte, error) {
	if len(c.b.keys) > maxContextFeatures {
		return nil, fmt.Errorf("qmodel: encode context: %d features, more than %d", len(c.b.keys), maxContextFeatures)
	}
	b = append(b, contextVersion)
	b = binary.AppendUvarint(b, uint64(len(c.b.keys)))
	for i, k := range c.b.keys {
		n := c.b.counts[i]
		if n < 1 || n != float32(math.Trunc(float64(n))) || n > maxCount {
			return nil, fmt.Errorf("qmodel: encode context: count %v is not a whole number of occurrences", n)
		}
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b, nil
}

// MarshalBinary encodes c (see AppendBinary), to keep it between two
// messages in a store.
func (c Context) MarshalBinary() ([]byte, error) { return c.AppendBinary(nil) }

// UnmarshalBinary decodes what MarshalBinary wrote into c. Data of another
// version, cut short, with trailing bytes, or whose features are not in
// strictly ascending order (which merging two Contexts relies on) is an
// error, and c is left as it was.
func (c *Context) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != contextVersion {
		return errors.New("qmodel: decode context: not a context of this version")
	}
	data = data[1:]
	n, k := uvarint(data)
	if k <= 0 || n > maxContextFeatures {
		return errors.New("qmodel: decode context: bad feature count")
	}
	data = data[k:]
	var out bag
	if n > 0 {
		out = bag{keys: make([]feature, 0, n), counts: make([]float32, 0, n)}
	}
	for range n {
		if len(data) < 8 {
			return errors.New("qmodel: decode context: cut short")
		}
		f := binary.LittleEndian.Uint64(data)
		count, k := uvarint(data[8:])
		if k <= 0 || count == 0 || count > maxCount {
			return errors.New("qmodel: decode context: bad count")
		}
		if m := len(out.keys); m > 0 && f <= out.keys[m-1] {
			return errors.New("qmodel: decode context: features out of order")
		}
		out.keys, out.counts = append(out.keys, f), append(out.counts, float32(count))
		data = data[8+k:]
	}
	if len(data) != 0 {
		return errors.New("qmodel: decode context: trailing bytes")
	}
	c.b = out
	return nil
}

// uvarint is binary.Uvarint that also refuses a number not written in its
// shortest form, so that every value has one encoding.
func uvarint(data []byte) (uint64, int) {
	n, k := binary.Uvarint(data)
	if k > 0 && k != len(binary.AppendUvarint(nil, n)) {
		return 0, -1
	}
	return n, k
}
