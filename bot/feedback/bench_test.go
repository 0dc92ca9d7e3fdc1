package feedback

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

// What recording adds to each answer on the embedded store, after the
// reply is sent: a count, and for a server that keeps the log and a
// question it could not answer, the log entry too.
func BenchmarkAnswered(b *testing.B) {
	for _, bc := range []struct {
		name string
		a    Answer
	}{
		{"counted", Answer{Guild: "400", User: "u1", Text: "does massage help?", Reply: passage}},
		{"counted and logged", Answer{Guild: "400", User: "u1", Text: "what mattress is best?", Reply: unanswered, Settings: logOn(nil)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			st, err := bolt.Open(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			r := New(func() store.Feedback { return st }, Config{})
			ctx := context.Background()
			for i := 0; b.Loop(); i++ {
				bc.a.User = strconv.Itoa(i % 50)
				r.Answered(ctx, bc.a)
			}
		})
	}
}

// A vote, as a click on "Helpful" costs it.
func BenchmarkVote(b *testing.B) {
	st, err := bolt.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r := New(func() store.Feedback { return st }, Config{Now: func() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) }})
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if err := r.Vote(ctx, "400", strconv.Itoa(i%50), "m"+strconv.Itoa(i%500), "posture", i%2 == 0); err != nil {
			b.Fatal(err)
		}
	}
}
