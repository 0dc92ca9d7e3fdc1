package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// TestExampleVoteLeaveOneOut measures the vote on the default examples:
// each example is voted on by its n nearest other examples, and counts as
// right when the top label is its own. With -v it votes on every example
// and logs the figures:
//
//	go test ./index -run 'ExampleVote(LeaveOneOut|FiveFold)' -v
//
// Without -v it checks the floor on every 10th example, which keeps the
// race-detector run of the suite quick.
//
// The neighbours exclude the example itself, but its words still count in
// the index's statistics (document frequencies, average length): a slight
// advantage, as TestExampleVoteFiveFold shows (under a point).
func TestExampleVoteLeaveOneOut(t *testing.T) {
	if testing.Short() {
		t.Skip("votes on the default examples")
	}
	stride := 10
	if testing.Verbose() {
		stride = 1
	}
	k := defaultKnowledgeT(t)
	x := sharedExampleIndex(t)
	for _, r := range leaveOneOut(t, x, k.Examples, stride) {
		t.Logf("leave-one-out, n=%2d: %s", r.n, r)
		if r.accuracy() < minAccuracy {
			t.Errorf("leave-one-out accuracy at n=%d = %.1f%%; want at least %.0f%%", r.n, 100*r.accuracy(), 100*minAccuracy)
		}
	}
}

// TestExampleVoteFiveFold is the same measure with the index rebuilt
// without the fifth voted on (example i is in fold i mod 5). It runs with
// -v only: five builds under the race detector take a while, and
// TestExampleVoteLeaveOneOut already checks the floor.
func TestExampleVoteFiveFold(t *testing.T) {
	if testing.Short() || !testing.Verbose() {
		t.Skip("run with -v (and without -short) for the 5-fold figures")
	}
	k := defaultKnowledgeT(t)
	total := make([]accuracy, len(accuracyNs))
	for fold := 0; fold < 5; fold++ {
		var train, test []knowledge.Example
		for i, e := range k.Examples {
			if i%5 == fold {
				test = append(test, e)
			} else {
				train = append(train, e)
			}
		}
		x := newExampleIndexT(t, withExamples(k, train))
		for j, r := range heldOut(t, x, test) {
			total[j].add(r)
		}
	}
	for _, r := range total {
		t.Logf("5-fold, n=%2d: %s", r.n, r)
		if r.accuracy() < minAccuracy {
			t.Errorf("5-fold accuracy at n=%d = %.1f%%; want at least %.0f%%", r.n, 100*r.accuracy(), 100*minAccuracy)
		}
	}
}

// accuracy counts right top labels, overall and by kind of example.
type accuracy struct {
	n      int
	all    tally
	byKind [3]tally // passage, none, chat
}

type tally struct{ right, total int }

func (t *tally) count(ok bool) {
	t.total++
	if ok {
		t.right++
	}
}

func (t tally) String() string {
	return fmt.Sprintf("%.1f%% of %d", 100*float64(t.right)/float64(max(t.total, 1)), t.total)
}

func (a *accuracy) count(label, got string) {
	kind := 0
	switch {
	case label == knowledge.LabelNone:
		kind = 1
	case knowledge.IsChatLabel(label):
		kind = 2
	}
	a.all.count(label == got)
	a.byKind[kind].count(label == got)
}

func (a *accuracy) add(b accuracy) {
	a.n = b.n
	a.all.right += b.all.right
	a.all.total += b.all.total
	for i := range a.byKind {
		a.byKind[i].right += b.byKind[i].right
		a.byKind[i].total += b.byKind[i].total
	}
}

func (a accuracy) accuracy() float64 { return float64(a.all.right) / float64(a.all.total) }

func (a accuracy) String() string {
	return fmt.Sprintf("%v (passage examples %v, none %v, chat %v)", a.all, a.byKind[0], a.byKind[1], a.byKind[2])
}

// leaveOneOut votes on every stride-th of x's own examples with its
// nearest others, for each of accuracyNs, from one search per example.
func leaveOneOut(t *testing.T, x *ExampleIndex, ex []knowledge.Example, stride int) []accuracy {
	t.Helper()
	out := make([]accuracy, len(accuracyNs))
	maxN := accuracyNs[len(accuracyNs)-1]
	for i := 0; i < len(ex); i += stride {
		e := ex[i]
		hits, err := x.neighbours(context.Background(), e.Text, maxN+1)
		if err != nil {
			t.Fatalf("neighbours(%q) error: %v", e.Text, err)
		}
		others := make([]exampleHit, 0, len(hits))
		for _, h := range hits {
			if h.i != i {
				others = append(others, h)
			}
		}
		for j, n := range accuracyNs {
			out[j].n = n
			out[j].count(e.Label, x.tally(others[:min(n, len(others))])[0].Label)
		}
	}
	return out
}

// heldOut votes on examples x was built without, for each of accuracyNs,
// from one search per example.
func heldOut(t *testing.T, x *ExampleIndex, ex []knowledge.Example) []accuracy {
	t.Helper()
	out := make([]accuracy, len(accuracyNs))
	maxN := accuracyNs[len(accuracyNs)-1]
	for _, e := range ex {
		hits, err := x.neighbours(context.Background(), e.Text, maxN)
		if err != nil {
			t.Fatalf("neighbours(%q) error: %v", e.Text, err)
		}
		for j, n := range accuracyNs {
			out[j].n = n
			out[j].count(e.Label, x.tally(hits[:min(n, len(hits))])[0].Label)
		}
	}
	return out
}
