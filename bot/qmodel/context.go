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
func (m *Model) Context(text string) Context {
	ws := words(text)
	if len(ws) > maxContextWords {
		ws = ws[:maxContextWords]
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
