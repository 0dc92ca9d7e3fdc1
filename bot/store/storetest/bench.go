package storetest

import (
	"crypto/rand"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

// BenchmarkSettings measures the settings read every interaction makes, on
// a store holding a few hundred servers' settings, and reports the median
// and 99th percentile of single calls.
func BenchmarkSettings(b *testing.B, s store.Store) {
	ctx := b.Context()
	guilds := keys("%d", 500)
	for _, g := range guilds {
		set := store.Settings{Channels: []string{"1", "2"}, Private: ptr(true), Cooldown: ptr(time.Minute),
			EmergencyNumber: "999", CrisisLine: "Samaritans 116 123", AlertChannel: "3"}
		if err := s.SaveSettings(ctx, g, set); err != nil {
			b.Fatal(err)
		}
	}
	timed(b, func(i int) error {
		_, err := s.Settings(ctx, guilds[i%len(guilds)])
		return err
	})
}

// BenchmarkClaim measures Claim on the answer path: "won" claims a new key
// each time (a member's first question), "held" an existing one (the
// cooldown refusing a second).
func BenchmarkClaim(b *testing.B, s store.Store) {
	ctx := b.Context()
	b.Run("won", func(b *testing.B) {
		won := keys("bench/won/"+rand.Text()+"/%d", b.N) // new keys each time the framework calls this
		timed(b, func(i int) error {
			_, err := s.Claim(ctx, won[i], time.Hour)
			return err
		})
	})
	b.Run("held", func(b *testing.B) {
		if _, err := s.Claim(ctx, "bench/held", time.Hour); err != nil {
			b.Fatal(err)
		}
		timed(b, func(int) error {
			_, err := s.Claim(ctx, "bench/held", time.Hour)
			return err
		})
	})
}

// BenchmarkFeedback measures the writes the feedback half adds to an
// interaction: SaveVote (a click on "Helpful"; a new member and reply each
// time), CountAnswer (one per answer, on a few hot rows: today's kinds in
// a few servers) and LogUnanswered (a question the bot could not answer,
// with three runners-up).
func BenchmarkFeedback(b *testing.B, s store.Store) {
	ctx, run := b.Context(), rand.Text()
	b.Run("SaveVote", func(b *testing.B) {
		replies, at := keys("reply-"+rand.Text()+"-%d", b.N), time.Now()
		timed(b, func(i int) error {
			return s.SaveVote(ctx, store.Vote{Guild: "bench-" + run, Reply: replies[i], Passage: "posture",
				UserHash: "member", Helpful: i%3 != 0, At: at})
		})
	})
	b.Run("CountAnswer", func(b *testing.B) {
		guilds := keys("bench-"+run+"-%d", 4)
		kinds := []string{store.KindPassage, store.KindUnanswered, store.KindTopic, store.KindUrgent, store.KindCrisis}
		at := time.Now()
		timed(b, func(i int) error {
			return s.CountAnswer(ctx, guilds[i%len(guilds)], kinds[i%len(kinds)], at)
		})
	})
	b.Run("LogUnanswered", func(b *testing.B) {
		at := time.Now()
		u := store.Unanswered{Guild: "bench-" + run, UserHash: "member", RunnersUp: []string{"sciatica", "posture", "red-flags"},
			Text: "Is it normal that my lower back clicks when I bend down to tie my shoes in the morning?",
			At:   at, Expires: at.Add(store.DefaultLogRetention)}
		timed(b, func(int) error { return s.LogUnanswered(ctx, u) })
	})
}

// timed runs op b.N times and reports the p50 and p99 of its durations
// beside the mean. The timings slice is made before the timer starts, so
// it does not count in -benchmem's figures.
func timed(b *testing.B, op func(i int) error) {
	took := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(took[len(took)*99/100].Nanoseconds()), "p99-ns")
}

// keys returns n keys made from format and 0..n-1, made before the timer
// starts so that building them is not measured.
func keys(format string, n int) []string {
	k := make([]string, n)
	for i := range k {
		k[i] = fmt.Sprintf(format, i)
	}
	return k
}
