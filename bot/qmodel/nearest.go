package qmodel

import "slices"

// Nearest finds which of a set of messages is most like another, by the
// cosine of their features in a model's vocabulary: the example a decision
// can be explained by. It is immutable and safe for concurrent use.
//
// It keeps, for each feature, the messages that have it (an inverted
// index): a query touches only the messages it shares a feature with,
// instead of walking every message's features. On the safety detector's
// 11,084 examples that took start-up from 15 s to a few, most of it
// choosing thresholds, which asks for the nearest examples of each
// look-alike the model is unsure of.
type Nearest struct {
	m        *Model
	n        int
	postings [][]posting // by feature index: the messages that have it
}

// posting is one message's weight for a feature.
type posting struct {
	msg int32
	v   float32
}

// Nearest indexes texts for Similar.
func (m *Model) Nearest(texts []string) *Nearest {
	n := &Nearest{m: m, n: len(texts), postings: make([][]posting, len(m.Vocab))}
	for i, t := range texts {
		for _, f := range vectorize(read(t), m.Vocab) {
			n.postings[f.i] = append(n.postings[f.i], posting{int32(i), f.v})
		}
	}
	return n
}

// Len is how many messages n indexes.
func (n *Nearest) Len() int { return n.n }

// Query is a message read for Similar.
type Query []feat

// Query reads text for Similar.
func (n *Nearest) Query(text string) Query {
	v := vectorize(read(text), n.m.Vocab)
	slices.SortFunc(v, func(a, b feat) int { return int(a.i) - int(b.i) })
	return v
}

// Similarities are the cosines of one query with every message n
// indexes, computed once for any number of Best and Top.
type Similarities []float32

// Similar returns q's cosine with every message. The query's features are
// added in feature order, so each sum is the same float as a dot product
// of the two sorted vectors.
func (n *Nearest) Similar(q Query) Similarities {
	sims := make(Similarities, n.n)
	for _, f := range q {
		for _, p := range n.postings[f.i] {
			sims[p.msg] += f.v * p.v
		}
	}
	return sims
}

// Best returns the index of the message most like the query among those
// keep accepts, and their cosine similarity; -1 when none shares a
// feature. Ties go to the first.
func (s Similarities) Best(keep func(i int) bool) (best int, sim float32) {
	best = -1
	for i, v := range s {
		if keep != nil && !keep(i) {
			continue
		}
		if v > sim {
			best, sim = i, v
		}
	}
	return best, sim
}

// Top returns the indexes of the k messages most like the query, most
// alike first (ties by index), leaving out those that share no feature.
func (s Similarities) Top(k int) []int {
	type scored struct {
		i   int
		sim float32
	}
	top := make([]scored, 0, k+1)
	for i, v := range s {
		if v <= 0 || (len(top) == k && v <= top[k-1].sim) {
			continue
		}
		j := len(top)
		top = append(top, scored{i, v})
		for j > 0 && top[j-1].sim < v {
			top[j] = top[j-1]
			j--
		}
		top[j] = scored{i, v}
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

// Probabilities turns raw scores (a Fold's) into probabilities at
// temperature 1.
func Probabilities(scores []float32) []float32 {
	p := slices.Clone(scores)
	softmax(p, 1)
	return p
}
