package safety

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Near copies: two messages with the same words, 80% or more (word-set
// Jaccard), are one message told twice. Held-out messages are checked
// against every training text this way.

// nearCopy is the least Jaccard similarity of two word sets that makes
// them near copies.
const nearCopy = 0.8

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func wordSet(s string) map[string]bool {
	ws := map[string]bool{}
	for _, w := range strings.Fields(nonWord.ReplaceAllString(strings.ToLower(s), " ")) {
		ws[w] = true
	}
	return ws
}

func jaccard(a, b map[string]bool) float64 {
	in := 0
	for w := range a {
		if b[w] {
			in++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in)
}

// nearIndex finds a set's near copies among many without comparing it to
// each (prefix filtering, as in Bayardo et al.'s All-Pairs): with every
// set's words ordered rarest first, two sets with Jaccard t or more share
// a word among the first |s| - ceil(t|s|) + 1 words of each. Each set is
// indexed by those words only, and only the sets that share one are
// compared. 8,000 held-out messages against 14,000 training texts, one by
// one, took 2.5 minutes (over 5 under -race); this, a second.
type nearIndex struct {
	sets  []map[string]bool
	count map[string]int   // how many sets have the word
	index map[string][]int // prefix word -> sets
}

func newNearIndex(sets []map[string]bool) *nearIndex {
	x := &nearIndex{sets: sets, count: map[string]int{}, index: map[string][]int{}}
	for _, s := range sets {
		for w := range s {
			x.count[w]++
		}
	}
	for i, s := range sets {
		for _, w := range x.prefix(s) {
			x.index[w] = append(x.index[w], i)
		}
	}
	return x
}

// prefix returns the first words of s in the index's order (rarest first,
// then alphabetical: one order for every set) that a near copy must share.
func (x *nearIndex) prefix(s map[string]bool) []string {
	ws := make([]string, 0, len(s))
	for w := range s {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if d := x.count[a] - x.count[b]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	n := len(ws) - (4*len(ws)+4)/5 + 1 // |s| - ceil(0.8|s|) + 1
	return ws[:min(n, len(ws))]
}

// find returns the index of a set s is a near copy of, or -1.
func (x *nearIndex) find(s map[string]bool) int {
	for _, w := range x.prefix(s) {
		for _, i := range x.index[w] {
			if jaccard(s, x.sets[i]) >= nearCopy {
				return i
			}
		}
	}
	return -1
}

// The index finds what comparing with every set finds: the two near copies
// found while writing v16 and v17 (dropped from them), and, for a sample
// of held-out messages, the same answer.
func TestNearIndexFindsWhatComparingAllFinds(t *testing.T) {
	ex, ordinary, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var sets []map[string]bool
	for _, e := range ex {
		sets = append(sets, wordSet(joined(e)))
	}
	for _, o := range ordinary {
		sets = append(sets, wordSet(o))
	}
	near := newNearIndex(sets)
	probes := []string{
		"what type of massage is best for lower back pain, deep tissue or swedish?",
		"how many of the tramadol would it take to not wake up. asking for real",
	}
	for _, p := range probes {
		if near.find(wordSet(p)) < 0 {
			t.Errorf("%q: no near copy found; want the one found when it was written", p)
		}
	}
	for _, r := range readHeldOut(t, heldOutSplits[len(heldOutSplits)-1].path)[:120] {
		probes = append(probes, r.Previous+" "+r.Text)
	}
	for _, p := range probes {
		h, all := wordSet(p), -1
		for i, s := range sets {
			if jaccard(h, s) >= nearCopy {
				all = i
				break
			}
		}
		if got := near.find(h); (got >= 0) != (all >= 0) {
			t.Errorf("%q: the index finds %d, comparing with every set %d", p, got, all)
		}
	}
}
