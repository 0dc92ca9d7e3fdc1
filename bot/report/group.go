package report

import (
	"context"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Grouping is deterministic: the same log gives the same groups, in the
// same order, on every run and engine.
//
//  1. Questions worded alike (same words, case and spacing aside) are one
//     wording, counted.
//  2. Each wording is read by the Analyzer into content terms (stemmed,
//     stop words and chat filler dropped, synonyms and the knowledge's
//     typos folded). A rare term within one or two letters of a commoner
//     term of the report is read as that term ("matress", "iboprofen").
//  3. Terms are weighted by how rare they are among the report's wordings
//     and the knowledge's example questions together (inverse document
//     frequency), so that "mattress" outweighs "good" and "back" even in a
//     report of ten questions; a term only one wording has is left out.
//  4. Wordings are taken in a fixed order, the commonest first, and each
//     joins the group whose centre (the sum of its members' vectors) it is
//     most like, if the cosine reaches joinThreshold, or starts a group.
//     A wording is compared only with groups it shares a telling term with
//     (one rare in the examples), which keeps this fast and keeps wordings
//     of only generic words ("is it good for back pain") out of groups
//     they would blur.

// joinThreshold is the least cosine between a wording and a group's centre
// for it to join the group. Set on the labelled sample
// (testdata/grouping-sample.jsonl): lower and different questions that
// share one rare word merge; higher and one question asked in other
// words splits (see TestGroupingQuality).
const joinThreshold = 0.3

// wording is one way a question was written, and how often.
type wording struct {
	text        string // as first written
	key         string
	n           int
	first, last time.Time
	runnersUp   []string
	vec         []weighted // by term, unit length
}

type weighted struct {
	term    int32
	w       float64
	telling bool // rare enough in the domain to say what a question is about
}

// groups groups logged questions; see the comment above.
func (r *Reporter) groups(ctx context.Context, logged []store.Unanswered) ([]Group, error) {
	ws := collapse(logged)
	if err := r.vectorize(ctx, ws); err != nil {
		return nil, err
	}
	sort.SliceStable(ws, func(i, j int) bool {
		a, b := ws[i], ws[j]
		if a.n != b.n {
			return a.n > b.n
		}
		if !a.first.Equal(b.first) {
			return a.first.Before(b.first)
		}
		return a.key < b.key
	})
	members := cluster(ws)
	out := make([]Group, 0, len(members))
	for _, m := range members {
		out = append(out, r.group(m))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out, nil
}

// collapse counts questions worded alike (the same letters and digits,
// case aside), in the order first seen.
func collapse(logged []store.Unanswered) []*wording {
	by := map[string]*wording{}
	var out []*wording
	for _, u := range logged {
		key := sameText(u.Text)
		w := by[key]
		if w == nil {
			w = &wording{text: strings.TrimSpace(u.Text), key: key, first: u.At, last: u.At, runnersUp: u.RunnersUp}
			by[key] = w
			out = append(out, w)
		}
		w.n++
		// The earliest wording is the one shown (ties by text), whatever
		// order the store returned the log in.
		text := strings.TrimSpace(u.Text)
		if u.At.Before(w.first) || u.At.Equal(w.first) && text < w.text {
			w.first, w.text, w.runnersUp = u.At, text, u.RunnersUp
		}
		if u.At.After(w.last) {
			w.last = u.At
		}
	}
	return out
}

// centre is a group being built: the sum of its members' vectors.
type centre struct {
	sum     map[int32]float64
	norm2   float64
	members []*wording
}

func (c *centre) add(w *wording) {
	for _, t := range w.vec {
		old := c.sum[t.term]
		c.sum[t.term] = old + t.w
		c.norm2 += (old+t.w)*(old+t.w) - old*old
	}
	c.members = append(c.members, w)
}

// cluster groups wordings taken in order; see the comment at the top.
func cluster(ws []*wording) [][]*wording {
	var groups []*centre
	postings := map[int32][]int{} // telling term → groups whose centre has it
	seen := map[int]bool{}
	for _, w := range ws {
		clear(seen)
		best, bestSim := -1, joinThreshold
		for _, t := range w.vec {
			if !t.telling {
				continue
			}
			for _, g := range postings[t.term] {
				if seen[g] {
					continue
				}
				seen[g] = true
				if s := groups[g].cosine(w); s >= bestSim && (s > bestSim || best == -1) {
					best, bestSim = g, s
				}
			}
		}
		if best < 0 {
			best = len(groups)
			groups = append(groups, &centre{sum: map[int32]float64{}})
		}
		g := groups[best]
		for _, t := range w.vec {
			if _, ok := g.sum[t.term]; !ok && t.telling {
				postings[t.term] = append(postings[t.term], best)
			}
		}
		g.add(w)
	}
	out := make([][]*wording, len(groups))
	for i, g := range groups {
		out[i] = g.members
	}
	return out
}

// cosine is the cosine between w and the group's centre.
func (c *centre) cosine(w *wording) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	var dot float64
	for _, t := range w.vec {
		dot += t.w * c.sum[t.term]
	}
	return dot / math.Sqrt(c.norm2)
}

// group summarises one group's wordings (commonest first) and asks the
// model for its nearest passage.
func (r *Reporter) group(ms []*wording) Group {
	g := Group{First: ms[0].first, Last: ms[0].last}
	for _, w := range ms {
		g.Count += w.n
		g.Wordings = append(g.Wordings, w.text)
		if w.first.Before(g.First) {
			g.First = w.first
		}
		if w.last.After(g.Last) {
			g.Last = w.last
		}
	}
	g.Examples = g.Wordings[:min(MaxExamples, len(g.Wordings))]
	r.nearest(&g, ms)
	return g
}

// nearestWordings is how many of a group's commonest wordings the model
// reads to place it: enough to outvote one odd wording, few enough that a
// group of thousands costs no more than a small one.
const nearestWordings = 10

// nearest sets the passage the model thinks nearest to the group: the
// passage with the highest probability summed over its commonest wordings
// (weighted by how often each was asked), and whether "none" outweighs it.
// Where the model says nothing (knowledge without examples), it takes the
// runner-up the log recorded.
func (r *Reporter) nearest(g *Group, ms []*wording) {
	ms = ms[:min(nearestWordings, len(ms))]
	sum := map[string]float64{}
	var total float64
	predicted := false
	for _, w := range ms {
		total += float64(w.n)
		var pred []qmodel.Scored
		if r.model != nil {
			pred = r.model.Predict(w.text)
		}
		if len(pred) == 0 && len(w.runnersUp) > 0 {
			pred = []qmodel.Scored{{Label: w.runnersUp[0], P: 1}}
		} else {
			predicted = predicted || len(pred) > 0
		}
		for _, s := range pred {
			sum[s.Label] += float64(w.n) * float64(s.P)
		}
	}
	best, bestP := "", 0.0
	for label, p := range sum {
		if label == knowledge.LabelNone || knowledge.IsChatLabel(label) || r.k.Passage(label) == nil {
			continue
		}
		if p > bestP || (p == bestP && label < best) {
			best, bestP = label, p
		}
	}
	g.Nearest, g.NearestTitle = best, r.title(best)
	if total > 0 {
		g.NearestP = round3(bestP / total)
	}
	g.OutOfScope = predicted && sum[knowledge.LabelNone] > bestP
}

// round3 rounds to three decimals: what a reader needs, and the same on
// every machine whatever its floating point does in the last bits.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
