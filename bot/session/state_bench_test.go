package session_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/session"
)

// BenchmarkQuestionState is what the state adds to one /ask from a member
// with no previous message: the event claimed, the previous message and
// an earlier post looked up, the cooldown started; in memory and in each
// store (PostgreSQL on loopback here). p50-ns and p99-ns are of the whole
// sequence.
func BenchmarkQuestionState(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchmarkQuestionState(b, session.New()) })
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			st, _ := e.open(b, time.Now)
			benchmarkQuestionState(b, session.New(session.WithStore(st)))
		})
	}
}

func benchmarkQuestionState(b *testing.B, s *session.State) {
	ctx := b.Context()
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		user := fmt.Sprint("u", i)
		s.FirstEvent(ctx, fmt.Sprint("interaction:", i))
		s.Previous(ctx, "c1", user)
		s.StartCooldown(ctx, user, 3*time.Second)
		s.Post(ctx, "c1", "posture")
		took = append(took, time.Since(start))
	}
	if !s.Shared() && b.Name() != "BenchmarkQuestionState/memory" {
		b.Fatal("the store failed during the benchmark")
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(took[len(took)*99/100].Nanoseconds()), "p99-ns")
}
