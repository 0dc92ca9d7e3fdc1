package qmodel

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
