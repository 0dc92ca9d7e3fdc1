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
