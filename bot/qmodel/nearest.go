package qmodel

import "slices"

// Nearest finds which of a set of messages is most like another, by the
// cosine of their features in a model's vocabulary: the example a decision
// can be explained by. It is immutable and safe for concurrent use.
type Nearest struct {
	m    *Model
	vecs [][]feat // by message, sorted by feature
}

// Nearest indexes texts for Find.
func (m *Model) Nearest(texts []string) *Nearest {
	n := &Nearest{m: m, vecs: make([][]feat, len(texts))}
	for i, t := range texts {
		n.vecs[i] = sortedVector(read(t), m.Vocab)
	}
	return n
}

func sortedVector(b bag, vocab map[feature]int32) []feat {
	v := vectorize(b, vocab)
	slices.SortFunc(v, func(a, b feat) int { return int(a.i) - int(b.i) })
	return v
}

// Query is a message read for Find and FindK, so that one reading serves
// both.
type Query []feat

// Query reads text for Find and FindK.
func (n *Nearest) Query(text string) Query { return sortedVector(read(text), n.m.Vocab) }

// Find returns the index of the message most like q among those keep
// accepts, and their cosine similarity; -1 when none shares a feature.
// Ties go to the first.
func (n *Nearest) Find(q Query, keep func(i int) bool) (best int, sim float32) {
	best = -1
	for i, v := range n.vecs {
		if keep != nil && !keep(i) {
			continue
		}
		if s := dot(q, v); s > sim {
			best, sim = i, s
		}
	}
	return best, sim
}

// FindK returns the indexes of the k messages most like q, most alike
// first (ties by index), leaving out those that share no feature.
func (n *Nearest) FindK(q Query, k int) []int {
	type scored struct {
		i   int
		sim float32
	}
	top := make([]scored, 0, k+1)
	for i, v := range n.vecs {
		s := dot(q, v)
		if s <= 0 || (len(top) == k && s <= top[k-1].sim) {
			continue
		}
		j := len(top)
		top = append(top, scored{i, s})
		for j > 0 && top[j-1].sim < s {
			top[j] = top[j-1]
			j--
		}
		top[j] = scored{i, s}
		if len(top) > k {
			top = top[:k]
		}
	}
	out := make([]int, len(top))
	for j, t := range top {
		out[j] = t.i
	}
	return out
}

// dot is the dot product of two vectors sorted by feature.
func dot(a, b []feat) float32 {
	var s float32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].i < b[j].i:
			i++
		case a[i].i > b[j].i:
			j++
		default:
			s += a[i].v * b[j].v
			i, j = i+1, j+1
		}
	}
	return s
}

// Probabilities turns raw scores (a Fold's) into probabilities at
// temperature 1.
func Probabilities(scores []float32) []float32 {
	p := slices.Clone(scores)
	softmax(p, 1)
	return p
}
