package feedback

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

// StatsPeriod is what /stats looks back over.
const StatsPeriod = 30 * 24 * time.Hour

// maxNotHelpful is how many passages /stats lists by "Not helpful" votes.
const maxNotHelpful = 5

// Stats is what a server's admins see of the last StatsPeriod.
type Stats struct {
	Since time.Time
	// Kinds are the answers by kind, most first.
	Kinds []KindCount
	// NotHelpful are the passages with the most "Not helpful" votes, most
	// first, at most five.
	NotHelpful []PassageVotes
	// Unanswered is how many questions the bot could not answer.
	Unanswered int
	// Logged is how many of them are in the log now (the log may be off,
	// or have been turned on later).
	Logged int
}

// KindCount is how many answers of one kind a server got.
type KindCount struct {
	Kind string
	N    int
}

// PassageVotes are the votes on one passage.
type PassageVotes struct {
	Passage             string
	Helpful, NotHelpful int
}

// Stats returns guild's figures over the last StatsPeriod.
func (r *Recorder) Stats(ctx context.Context, guild string) (Stats, error) {
	f, err := r.store()
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 4*callTimeout) // three reads
	defer cancel()
	s := Stats{Since: r.now().Add(-StatsPeriod)}
	counts, err := f.AnswerCounts(ctx, guild, s.Since)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	byKind := map[string]int{}
	for _, c := range counts {
		if c.Guild == guild {
			byKind[c.Kind] += c.N
		}
	}
	for k, n := range byKind {
		s.Kinds = append(s.Kinds, KindCount{Kind: k, N: n})
	}
	slices.SortFunc(s.Kinds, func(a, b KindCount) int { return cmp.Or(b.N-a.N, cmp.Compare(a.Kind, b.Kind)) })
	s.Unanswered = byKind[store.KindUnanswered]

	votes, err := f.Votes(ctx, guild, s.Since)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	s.NotHelpful = notHelpful(votes)

	logged, err := f.UnansweredSince(ctx, guild, s.Since)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	s.Logged = len(logged)
	return s, nil
}

// notHelpful tallies votes by passage and returns the passages with at
// least one "Not helpful", most first (then fewest "Helpful"), at most
// maxNotHelpful.
func notHelpful(votes []store.Vote) []PassageVotes {
	by := map[string]*PassageVotes{}
	for _, v := range votes {
		p := by[v.Passage]
		if p == nil {
			p = &PassageVotes{Passage: v.Passage}
			by[v.Passage] = p
		}
		if v.Helpful {
			p.Helpful++
		} else {
			p.NotHelpful++
		}
	}
	var out []PassageVotes
	for _, p := range by {
		if p.NotHelpful > 0 {
			out = append(out, *p)
		}
	}
	slices.SortFunc(out, func(a, b PassageVotes) int {
		return cmp.Or(b.NotHelpful-a.NotHelpful, a.Helpful-b.Helpful, cmp.Compare(a.Passage, b.Passage))
	})
	return out[:min(maxNotHelpful, len(out))]
}
