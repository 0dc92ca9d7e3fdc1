package report

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/backpainbot/backpainbot/knowledge"
)

// How a wording is read for grouping: its terms, their weights, and the
// typos folded into the commoner spelling (steps 2 and 3 of group.go).

// sameText is a message as compared for sameness: as the knowledge
// compares example questions for duplicates, so that a draft of examples
// (draft.go) leaves out exactly what the knowledge already has.
func sameText(s string) string { return knowledge.ExampleKey(s) }

// vectorize reads each wording into weighted terms.
func (r *Reporter) vectorize(ctx context.Context, ws []*wording) error {
	bg, err := r.background(ctx)
	if err != nil {
		return err
	}
	ids := map[string]int32{}
	var names []string
	terms := make([][]int32, len(ws))
	for i, w := range ws {
		res, err := r.analyzer.Search(ctx, w.text, 0)
		if err != nil {
			return fmt.Errorf("report: read a question: %w", err)
		}
		for _, t := range res.Terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(names))
				ids[t] = id
				names = append(names, t)
			}
			terms[i] = append(terms[i], id)
		}
	}
	df := make([]int, len(names))
	for _, ts := range terms {
		for _, id := range ts {
			df[id]++
		}
	}
	fold := typoFolds(names, df, bg)
	for i := range terms {
		terms[i] = refold(terms[i], fold, df)
	}
	n := float64(len(ws) + bg.n)
	for i, w := range ws {
		var norm float64
		for _, id := range terms[i] {
			if df[id] < 2 {
				// No other wording has it: it cannot bring two together,
				// and would only make every cosine of this one smaller.
				continue
			}
			x := math.Log((n+1)/float64(df[id]+bg.df[names[id]]+1)) + 1
			w.vec = append(w.vec, weighted{id, x, bg.telling(names[id])})
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for j := range w.vec {
			w.vec[j].w /= norm
		}
		sort.Slice(w.vec, func(a, b int) bool { return w.vec[a].term < w.vec[b].term })
	}
	return nil
}

// typoFolds maps a rare term to a commoner one it is a typo of: within
// one edit (two from eight letters), the same first letter, at least
// minFoldLen letters, and at least foldRatio times as common in the report
// and the knowledge's examples together (so that in a report of two
// questions "matress" still folds into the examples' "mattress").
func typoFolds(names []string, df []int, bg background) map[int32]int32 {
	// How common a spelling is: in the report and in the examples.
	common := func(id int32) int { return df[id] + bg.df[names[id]] }
	byFirst := map[byte][]int32{}
	for id, t := range names {
		if len(t) >= minFoldLen {
			byFirst[t[0]] = append(byFirst[t[0]], int32(id))
		}
	}
	fold := map[int32]int32{}
	for id, t := range names {
		if df[id] > maxFoldDF || len(t) < minFoldLen {
			continue
		}
		max := 1
		if len(t) >= 8 {
			max = 2
		}
		best := int32(-1)
		for _, c := range byFirst[t[0]] {
			if common(c) < foldRatio*common(int32(id)) || knowledge.EditDistance(t, names[c], max) > max {
				continue
			}
			if best < 0 || common(c) > common(best) || (common(c) == common(best) && names[c] < names[best]) {
				best = c
			}
		}
		if best >= 0 {
			fold[int32(id)] = best
		}
	}
	return fold
}

// Typo folding stays away from real words: a word of under five letters
// is one letter from too many others ("back", "pack"); a term in more than
// two wordings is how members write it, not a slip; and the term it folds
// into must be at least twice as common, so that of two spellings the
// commoner wins.
const (
	minFoldLen = 5
	maxFoldDF  = 2
	foldRatio  = 2
)

// refold replaces folded terms in ts, keeping each term once, and moves
// their counts in df.
func refold(ts []int32, fold map[int32]int32, df []int) []int32 {
	out := ts[:0]
	seen := map[int32]bool{}
	for _, id := range ts {
		if to, ok := fold[id]; ok {
			df[id]--
			df[to]++
			id = to
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		} else {
			df[id]--
		}
	}
	return out
}

// background is how often each term occurs in the knowledge's example
// questions: a large sample of how members ask in this domain, so that
// words every question has ("good", "help", "back") weigh little even in
// a report of ten questions.
type background struct {
	n  int
	df map[string]int
}

// tellingShare: a term in more than this share of the example questions
// ("good", "help", "back", "massage") is part of how everyone in the domain
// asks, and never on its own puts two questions in one group.
const tellingShare = 0.02

func (b background) telling(term string) bool {
	return b.n == 0 || float64(b.df[term]) < tellingShare*float64(b.n)
}

func (r *Reporter) background(ctx context.Context) (background, error) {
	r.bgOnce.Do(func() {
		r.bg.df = map[string]int{}
		for _, e := range r.k.Examples {
			res, err := r.analyzer.Search(ctx, e.Text, 0)
			if err != nil {
				r.bgErr = fmt.Errorf("report: read the example questions: %w", err)
				return
			}
			r.bg.n++
			for _, t := range res.Terms {
				r.bg.df[t]++
			}
		}
	})
	return r.bg, r.bgErr
}
