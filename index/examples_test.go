package index

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

// newExampleIndexT builds the example index of k and closes it when the
// test ends.
func newExampleIndexT(t testing.TB, k *knowledge.Knowledge) *ExampleIndex {
	t.Helper()
	x, err := NewExampleIndex(k)
	if err != nil {
		t.Fatalf("NewExampleIndex() error: %v", err)
	}
	if x == nil {
		t.Fatalf("NewExampleIndex() = nil for a knowledge with %d examples", len(k.Examples))
	}
	t.Cleanup(func() {
		if err := x.Close(); err != nil {
			t.Errorf("Close() error: %v", err)
		}
	})
	return x
}

// defaultExamples loads the default knowledge and builds its example
// index once, for the tests that only read them. The index is never
// closed: it lives in memory until the test binary exits.
var defaultExamples = sync.OnceValue(func() (f struct {
	k   *knowledge.Knowledge
	x   *ExampleIndex
	err error
}) {
	if f.k, f.err = knowledge.Default(); f.err != nil {
		f.err = fmt.Errorf("knowledge.Default() error: %w", f.err)
	} else if f.x, f.err = NewExampleIndex(f.k); f.err != nil {
		f.err = fmt.Errorf("NewExampleIndex(default) error: %w", f.err)
	}
	return f
})

func defaultKnowledgeT(t testing.TB) *knowledge.Knowledge {
	t.Helper()
	f := defaultExamples()
	if f.err != nil {
		t.Fatal(f.err)
	}
	return f.k
}

// sharedExampleIndex is the default knowledge's example index, shared.
func sharedExampleIndex(t testing.TB) *ExampleIndex {
	t.Helper()
	f := defaultExamples()
	if f.err != nil {
		t.Fatal(f.err)
	}
	return f.x
}

// withExamples is k with other examples: the index reads nothing else.
func withExamples(k *knowledge.Knowledge, ex []knowledge.Example) *knowledge.Knowledge {
	k2 := *k
	k2.Examples = ex
	return &k2
}

func vote(t testing.TB, x *ExampleIndex, text string, n int) []LabelVote {
	t.Helper()
	v, err := x.Vote(context.Background(), text, n)
	if err != nil {
		t.Fatalf("Vote(%q, %d) error: %v", text, n, err)
	}
	return v
}

// checkShares checks the invariants of any vote: shares in (0, 1] summing
// to 1, sorted by share then label, each label once.
func checkShares(t *testing.T, text string, v []LabelVote) {
	t.Helper()
	if len(v) == 0 {
		t.Fatalf("Vote(%q) = no votes; want at least one", text)
	}
	sum := 0.0
	seen := map[string]bool{}
	for i, lv := range v {
		if lv.Share <= 0 || lv.Share > 1 {
			t.Errorf("Vote(%q)[%d] = %+v; share out of (0, 1]", text, i, lv)
		}
		if seen[lv.Label] {
			t.Errorf("Vote(%q): label %q twice", text, lv.Label)
		}
		seen[lv.Label] = true
		if i > 0 {
			p := v[i-1]
			if p.Share < lv.Share || p.Share == lv.Share && p.Label > lv.Label {
				t.Errorf("Vote(%q): %+v before %+v; want share descending, then label", text, p, lv)
			}
		}
		sum += lv.Share
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("Vote(%q): shares sum to %v; want 1", text, sum)
	}
}

func TestExampleVote(t *testing.T) {
	x := sharedExampleIndex(t)
	tests := []struct {
		name string
		text string
		want string // the top label
	}{
		// Close to, but not, an example of each passage.
		{"posture", "does the way i sit at my desk all day make my back worse", "posture"},
		{"knots", "can a massage get the knots out of my shoulders", "muscle-relaxation"},
		{"blood flow", "does massage improve blood flow to sore muscles", "circulation"},
		{"endorphins", "does a massage release endorphins", "endorphins"},
		{"doctor first", "should i see a doctor before booking a massage for my back", "medical-consultation"},
		{"off topic", "what's the best pizza topping", knowledge.LabelNone},
		{"greeting", "hello there bot", knowledge.LabelGreeting},
		{"thanks", "thank you so much, that helped", knowledge.LabelThanks},
		{"help", "is there a list of commands", knowledge.LabelHelp},
		{"only stop words", "who are you", knowledge.LabelHelp}, // compared with "what are you" and the like
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := vote(t, x, tt.text, 10)
			checkShares(t, tt.text, v)
			if v[0].Label != tt.want {
				t.Errorf("Vote(%q, 10)[0] = %+v; want label %q (votes %v)", tt.text, v[0], tt.want, v)
			}
		})
	}
}

func TestExampleVoteNothingToSearch(t *testing.T) {
	x := sharedExampleIndex(t)
	want := []LabelVote{{Label: knowledge.LabelNone, Share: 1}}
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"", 10},
		{"   \n\t", 10},
		{"?!…", 10},
		{"<@123456789012345678>", 10}, // a mention alone
		{"zzqxv blorptang", 10},       // words no example has
		{"does massage help my back", 0},
		{"does massage help my back", -1},
	} {
		if got := vote(t, x, tt.text, tt.n); !cmp.Equal(got, want) {
			t.Errorf("Vote(%q, %d) = %v; want %v", tt.text, tt.n, got, want)
		}
	}
}

func TestExampleVoteDeterministic(t *testing.T) {
	k := defaultKnowledgeT(t)
	questions := []string{
		"does massage help back pain",
		"back", // a word in hundreds of examples: many ties
		"massage massage massage",
		"is it safe to get a massage with a herniated disc",
		strings.Repeat("why does my back hurt so much ", 100), // past MaxQuestionRunes
	}
	// The shared index and two more builds: scorch numbers documents in
	// the order their analysis finishes, which differs from one to the next.
	var first [][]LabelVote
	for build := 0; build < 3; build++ {
		x := sharedExampleIndex(t)
		if build > 0 {
			x = newExampleIndexT(t, k)
		}
		for i, q := range questions {
			v := vote(t, x, q, 20)
			if build == 0 {
				first = append(first, v)
				continue
			}
			if diff := cmp.Diff(first[i], v); diff != "" {
				t.Errorf("Vote(%.40q) differs between builds (-first +build %d):\n%s", q, build, diff)
			}
		}
	}
	// And between goroutines on one index.
	x := sharedExampleIndex(t)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, q := range questions {
				v, err := x.Vote(context.Background(), q, 20)
				if err != nil {
					t.Errorf("Vote(%.40q) error: %v", q, err)
					return
				}
				if !cmp.Equal(first[i], v) {
					t.Errorf("Vote(%.40q) from a goroutine = %v; want %v", q, v, first[i])
				}
			}
		}()
	}
	wg.Wait()
}

// TestExampleNeighboursArePrefixes checks that the n nearest examples are
// the first n of the whole ranking, equal scores in the knowledge's order,
// however far the examples tied with the n-th go on.
func TestExampleNeighboursArePrefixes(t *testing.T) {
	x := sharedExampleIndex(t)
	ctx := context.Background()
	for _, q := range []string{
		"back", // hundreds of examples tied
		"thanks",
		"does massage help back pain",
		strings.Repeat("why does my back hurt so much and what helps the knots ", 3), // summed in the engine's order
	} {
		all, err := x.neighbours(ctx, q, len(x.labels))
		if err != nil {
			t.Fatalf("neighbours(%q, all) error: %v", q, err)
		}
		for _, n := range []int{1, 5, 10, 20} {
			got, err := x.neighbours(ctx, q, n)
			if err != nil {
				t.Fatalf("neighbours(%q, %d) error: %v", q, n, err)
			}
			if want := all[:min(n, len(all))]; !cmp.Equal(got, want, cmp.AllowUnexported(exampleHit{})) {
				t.Errorf("neighbours(%q, %d) = %v; want the first %d of the whole ranking, %v", q, n, got, n, want)
			}
		}
	}
}

// FuzzExampleVote checks that no message makes Vote fail or break the
// shares' invariants.
func FuzzExampleVote(f *testing.F) {
	for _, s := range []string{
		"", "does massage help back pain", "who are you", "<@123> <#456> @everyone",
		"pain.does:massage", "\x00\xff", strings.Repeat("massage ", 2000),
		"AND OR NOT +back -pain \"massage\" title:knots *", // query syntax is plain text
	} {
		f.Add(s, 10)
	}
	x := sharedExampleIndex(f)
	f.Fuzz(func(t *testing.T, text string, n int) {
		n = n % 50
		v, err := x.Vote(context.Background(), text, n)
		if err != nil {
			t.Fatalf("Vote(%q, %d) error: %v", text, n, err)
		}
		checkShares(t, text, v)
	})
}

func TestExampleVoteCancelled(t *testing.T) {
	x := sharedExampleIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Vote(ctx, "does massage help back pain", 10); err == nil {
		t.Errorf("Vote(cancelled context) error = nil; want an error")
	}
}

func TestExampleIndexWithoutExamples(t *testing.T) {
	k := withExamples(defaultKnowledgeT(t), nil)
	x, err := NewExampleIndex(k)
	if x != nil || err != nil {
		t.Errorf("NewExampleIndex(no examples) = %v, %v; want nil, nil", x, err)
	}
}

// accuracyNs are the numbers of neighbours the accuracy tests measure.
var accuracyNs = []int{5, 10, 20}

// minAccuracy is the floor of the accuracy tests. The largest class,
// none, is 44% of the default examples: a vote no better than always
// saying none would be of no use.
const minAccuracy = 0.5

// BenchmarkExampleIndex times building the example index of the default
// knowledge and one vote on it (n = 10), over questions of several kinds:
//
//	go test -run '^$' -bench ExampleIndex -benchmem -count 3 ./index
func BenchmarkExampleIndex(b *testing.B) {
	k := defaultKnowledgeT(b)
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			x, err := NewExampleIndex(k)
			if err != nil {
				b.Fatal(err)
			}
			x.Close()
		}
		b.ReportMetric(float64(len(k.Examples)), "examples")
	})
	b.Run("vote", func(b *testing.B) {
		x := sharedExampleIndex(b)
		questions := []string{
			"will a massage help the knots in my back?",
			"i slouch at my desk all day, does fixing that help?",
			"what's the best pizza topping",
			"thanks!",
			"been getting massages for 3 months now and it def helps but i feel like im missing something. what else should be part of the routine",
		}
		ctx := context.Background()
		i := 0
		for b.Loop() {
			if _, err := x.Vote(ctx, questions[i%len(questions)], 10); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// ExampleExampleIndex_Vote shows the vote on a question like the
// examples of the posture passage.
func ExampleExampleIndex_Vote() {
	k, err := knowledge.Default()
	if err != nil {
		panic(err)
	}
	x, err := NewExampleIndex(k)
	if err != nil {
		panic(err)
	}
	defer x.Close()
	votes, err := x.Vote(context.Background(), "does slouching at my desk make my back pain worse?", 10)
	if err != nil {
		panic(err)
	}
	fmt.Println(votes[0].Label)
	// Output: posture
}
