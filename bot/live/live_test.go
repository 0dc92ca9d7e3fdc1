package live_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/live"
	"github.com/backpainbot/backpainbot/knowledge"
)

// searcher is the real index of the shipped knowledge, which fails the test
// if it is searched after its version was released, and can hold searches
// until the test lets them go.
type searcher struct {
	t        *testing.T
	next     bot.Searcher
	released atomic.Bool
	entered  chan struct{} // a search has started (when hold is set)
	hold     chan struct{} // closed to let held searches finish
}

func (s *searcher) Search(ctx context.Context, q string, n int) (knowledge.Result, error) {
	if s.hold != nil {
		s.entered <- struct{}{}
		<-s.hold
	}
	if s.released.Load() {
		s.t.Errorf("a search ran on a released version's index")
	}
	return s.next.Search(ctx, q, n)
}

// version returns a Version over the shipped knowledge whose replies carry
// the disclaimer disclaimer, so a test can tell which version answered.
func version(t *testing.T, id, disclaimer string, held bool) (live.Version, *searcher, *atomic.Int32) {
	k := *indexOnce(t).Knowledge()
	k.Disclaimer = disclaimer
	s := &searcher{t: t, next: searchOf(t)}
	if held {
		s.entered, s.hold = make(chan struct{}, 1), make(chan struct{})
	}
	var releases atomic.Int32
	return live.Version{
		Answerer: bot.NewAnswerer(&k, s, bot.WithSafety(rulesOnce(t))),
		ID:       id,
		LoadedAt: time.Unix(0, 0),
		Release: func() {
			s.released.Store(true)
			releases.Add(1)
		},
	}, s, &releases
}

// searchOf is the shipped knowledge's real index, shared by the tests.
func searchOf(t *testing.T) bot.Searcher {
	t.Helper()
	return indexOnce(t)
}

const question = "will a massage help the knots in my back?"

// An answer in flight during a swap finishes on the version it started on,
// with that version's index still open; an answer started after the swap
// uses the new version; the old version is released once, after its last
// answer.
func TestSwapLetsInFlightAnswersFinishOnTheOldVersion(t *testing.T) {
	ctx := context.Background()
	v1, s1, released1 := version(t, "v1", "disclaimer of v1", true)
	a := live.New(v1)
	inflight := make(chan knowledge.Reply)
	go func() { inflight <- a.Answer(ctx, bot.Question{Text: question}) }()
	<-s1.entered // the answer is searching v1's index

	v2, _, released2 := version(t, "v2", "disclaimer of v2", false)
	if old := a.Swap(v2); old.ID != "v1" {
		t.Errorf("Swap returned version %q; want v1", old.ID)
	}
	if got := a.Current().ID; got != "v2" {
		t.Errorf("Current().ID = %q after the swap; want v2", got)
	}
	if r := a.Answer(ctx, bot.Question{Text: question}); r.Disclaimer != "disclaimer of v2" || r.Kind != knowledge.KindAnswer {
		t.Errorf("an answer started after the swap: kind %s, disclaimer %q; want an answer from v2", r.Kind, r.Disclaimer)
	}
	if n := released1.Load(); n != 0 {
		t.Fatalf("v1 released %d times while an answer was still searching it; want 0", n)
	}
	close(s1.hold)
	if r := <-inflight; r.Disclaimer != "disclaimer of v1" || r.Kind != knowledge.KindAnswer {
		t.Errorf("the answer in flight during the swap: kind %s, disclaimer %q; want an answer from v1", r.Kind, r.Disclaimer)
	}
	if n := released1.Load(); n != 1 {
		t.Errorf("v1 released %d times after its last answer; want 1", n)
	}
	a.Close()
	if n := released2.Load(); n != 1 {
		t.Errorf("v2 released %d times after Close; want 1", n)
	}
}

// Answers from many goroutines while versions are swapped in one after
// another: every answer comes from a whole version, no index is searched
// after its release, and every version is released exactly once.
func TestSwapUnderConcurrentAnswers(t *testing.T) {
	ctx := context.Background()
	const versions, answerers = 20, 8
	v0, _, r0 := version(t, "v0", "disclaimer 0", false)
	releases := []*atomic.Int32{r0}
	a := live.New(v0)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range answerers {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if r := a.Answer(ctx, bot.Question{Text: question}); r.Kind != knowledge.KindAnswer {
					t.Errorf("answer during swaps: kind %s; want an answer", r.Kind)
					return
				}
			}
		})
	}
	for i := 1; i < versions; i++ {
		v, _, r := version(t, fmt.Sprint("v", i), fmt.Sprint("disclaimer ", i), false)
		releases = append(releases, r)
		a.Swap(v)
	}
	close(stop)
	wg.Wait()
	a.Close()
	for i, r := range releases {
		if n := r.Load(); n != 1 {
			t.Errorf("version %d released %d times; want 1", i, n)
		}
	}
}
