package safety

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// Near copies: two messages with the same words, 80% or more (word-set
// Jaccard), are one message told twice. Held-out messages are checked
// against every training text this way.

// nearCopy is the least Jaccard similarity of two word sets that makes
// them near copies.
const nearCopy = 0.8

// wordSet is s's words: runs of letters (of any script, with their marks)
// and digits, lower-cased. Only ASCII ones, a message in Sinhala or
// Bengali script with one English word in it was that word alone, and a
// near copy of any message that is that word ("massage?").
func wordSet(s string) map[string]bool {
	ws := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		ws[w] = true
	}
	return ws
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r)
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
// indexed by those words only, and only the sets that share one, and whose
// sizes allow it, are compared. Words are numbered in that order, so a set
// is a sorted list of numbers and two sets compare by merging. 8,000
// held-out messages against 14,000 training texts, one by one, took 2.5
// minutes (over 5 under -race); this, a second.
type nearIndex struct {
	sets  [][]int32
	ids   map[string]int32 // word -> its rank, rarest first
	index map[int32][]int  // prefix word -> sets
	// seen[i] == query: set i was compared with the query numbered query
	// (find's own count; an index serves one goroutine).
	seen  []int32
	query int32
}

func newNearIndex(sets []map[string]bool) *nearIndex {
	count := map[string]int{}
	for _, s := range sets {
		for w := range s {
			count[w]++
		}
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if d := count[a] - count[b]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	x := &nearIndex{ids: make(map[string]int32, len(words)), index: map[int32][]int{}, seen: make([]int32, len(sets))}
	for i, w := range words {
		x.ids[w] = int32(i)
	}
	for i, s := range sets {
		ranked := x.rank(s)
		x.sets = append(x.sets, ranked)
		for _, id := range prefix(ranked) {
			x.index[id] = append(x.index[id], i)
		}
	}
	return x
}

// rank returns s's words as their numbers, rarest first; a word no indexed
// set has is rarer than any (a negative number of its own).
func (x *nearIndex) rank(s map[string]bool) []int32 {
	r := make([]int32, 0, len(s))
	unseen := int32(0)
	for w := range s {
		id, ok := x.ids[w]
		if !ok {
			unseen--
			id = unseen
		}
		r = append(r, id)
	}
	slices.Sort(r)
	return r
}

// prefix returns the first words of a ranked set that a near copy must
// share.
func prefix(ranked []int32) []int32 {
	n := len(ranked) - (4*len(ranked)+4)/5 + 1 // |s| - ceil(0.8|s|) + 1
	return ranked[:min(n, len(ranked))]
}

// find returns the index of a set s is a near copy of, or -1. A set
// reached through several prefix words is compared once, and a comparison
// stops as soon as the words left cannot make a near copy.
func (x *nearIndex) find(s map[string]bool) int {
	ranked := x.rank(s)
	x.query++
	for _, id := range prefix(ranked) {
		for _, i := range x.index[id] {
			a, b := len(ranked), len(x.sets[i])
			if x.seen[i] == x.query || float64(min(a, b)) < nearCopy*float64(max(a, b)) {
				continue // Jaccard is at most the smaller size over the larger
			}
			x.seen[i] = x.query
			if nearSorted(ranked, x.sets[i]) {
				return i
			}
		}
	}
	return -1
}

// nearSorted reports whether two sorted lists of word numbers are near
// copies, merging them only while they still can be.
func nearSorted(a, b []int32) bool {
	near := func(shared int) bool { return float64(shared) >= nearCopy*float64(len(a)+len(b)-shared) }
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		if !near(shared + min(len(a)-i, len(b)-j)) {
			return false
		}
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i, j = i+1, j+1
		}
	}
	return near(shared)
}

// The index finds what comparing with every set finds: the two near copies
// found while writing v16 and v17 (dropped from them), and, for a sample
// of held-out messages, the same answer.
func TestNearIndexFindsWhatComparingAllFinds(t *testing.T) {
	t.Parallel() // tens of seconds under -race: run beside the other tests
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
	for _, r := range readHeldOut(t, heldOutSplits[len(heldOutSplits)-1].path)[:60] {
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
