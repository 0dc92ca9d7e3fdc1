// Package feedbacktest gives tests a store.Feedback in memory, for
// packages whose tests need feedback recorded without a store engine.
// It is for tests only: the bot keeps feedback in its store.
package feedbacktest

import (
	"cmp"
	"context"
	"crypto/rand"
	"slices"
	"sync"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

// Memory is a store.Feedback in memory, safe for concurrent use.
type Memory struct {
	now func() time.Time

	mu         sync.Mutex
	salt       []byte
	votes      []store.Vote
	unanswered []store.Unanswered
	counts     map[countKey]int
}

type countKey struct {
	guild, kind string
	day         time.Time
}

var _ store.Feedback = (*Memory)(nil)

// New returns an empty Memory reading the time from now (nil: time.Now),
// for which logged questions have expired.
func New(now func() time.Time) *Memory {
	if now == nil {
		now = time.Now
	}
	return &Memory{now: now, counts: map[countKey]int{}}
}

// Salt returns the salt, made on first use.
func (m *Memory) Salt(context.Context) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.salt == nil {
		m.salt = make([]byte, 32)
		rand.Read(m.salt)
	}
	return slices.Clone(m.salt), nil
}

// SaveVote keeps v, replacing the member's vote on the same reply.
func (m *Memory) SaveVote(_ context.Context, v store.Vote) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes = slices.DeleteFunc(m.votes, func(o store.Vote) bool {
		return o.Guild == v.Guild && o.Reply == v.Reply && o.UserHash == v.UserHash
	})
	m.votes = append(m.votes, v)
	return nil
}

// Votes returns guild's votes since, oldest first.
func (m *Memory) Votes(_ context.Context, guild string, since time.Time) ([]store.Vote, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.Vote
	for _, v := range m.votes {
		if (guild == "" || v.Guild == guild) && !v.At.Before(since) {
			out = append(out, v)
		}
	}
	slices.SortStableFunc(out, func(a, b store.Vote) int { return a.At.Compare(b.At) })
	return out, nil
}

// LogUnanswered keeps u.
func (m *Memory) LogUnanswered(_ context.Context, u store.Unanswered) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	u.RunnersUp = slices.Clone(u.RunnersUp)
	m.unanswered = append(m.unanswered, u)
	return nil
}

// UnansweredSince returns guild's unexpired questions since, oldest first.
func (m *Memory) UnansweredSince(_ context.Context, guild string, since time.Time) ([]store.Unanswered, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	var out []store.Unanswered
	for _, u := range m.unanswered {
		if (guild == "" || u.Guild == guild) && !u.At.Before(since) && u.Expires.After(now) {
			out = append(out, u)
		}
	}
	slices.SortStableFunc(out, func(a, b store.Unanswered) int { return a.At.Compare(b.At) })
	return out, nil
}

// DeleteUnanswered forgets guild's logged questions.
func (m *Memory) DeleteUnanswered(_ context.Context, guild string) (int, error) {
	return m.deleteUnanswered(func(u store.Unanswered) bool { return u.Guild == guild }), nil
}

// PurgeExpired deletes the questions whose Expires is before now.
func (m *Memory) PurgeExpired(_ context.Context, now time.Time) (int, error) {
	return m.deleteUnanswered(func(u store.Unanswered) bool { return u.Expires.Before(now) }), nil
}

func (m *Memory) deleteUnanswered(del func(store.Unanswered) bool) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := len(m.unanswered)
	m.unanswered = slices.DeleteFunc(m.unanswered, del)
	return n - len(m.unanswered)
}

// CountAnswer counts one answer of kind for guild on at's UTC day.
func (m *Memory) CountAnswer(_ context.Context, guild, kind string, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[countKey{guild, kind, day(at)}]++
	return nil
}

// AnswerCounts returns the daily counts from since's day on.
func (m *Memory) AnswerCounts(_ context.Context, guild string, since time.Time) ([]store.DayCount, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.DayCount
	for k, n := range m.counts {
		if (guild == "" || k.guild == guild) && !k.day.Before(day(since)) {
			out = append(out, store.DayCount{Guild: k.guild, Day: k.day, Kind: k.kind, N: n})
		}
	}
	slices.SortFunc(out, func(a, b store.DayCount) int {
		return cmp.Or(a.Day.Compare(b.Day), cmp.Compare(a.Guild, b.Guild), cmp.Compare(a.Kind, b.Kind))
	})
	return out, nil
}

// Forget deletes the member's votes and logged questions in guild.
func (m *Memory) Forget(_ context.Context, guild, userHash string) (int, error) {
	n := m.deleteUnanswered(func(u store.Unanswered) bool { return u.Guild == guild && u.UserHash == userHash })
	m.mu.Lock()
	defer m.mu.Unlock()
	before := len(m.votes)
	m.votes = slices.DeleteFunc(m.votes, func(v store.Vote) bool { return v.Guild == guild && v.UserHash == userHash })
	return n + before - len(m.votes), nil
}

func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
