package report

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// memFeedback is an in-memory store.Feedback's reading side: what a
// report reads, filtered as the contract says.
type memFeedback struct {
	votes      []store.Vote
	unanswered []store.Unanswered
	counts     []store.DayCount
}

func (m *memFeedback) Votes(_ context.Context, guild string, since time.Time) ([]store.Vote, error) {
	var out []store.Vote
	for _, v := range m.votes {
		if (guild == "" || v.Guild == guild) && !v.At.Before(since) {
			out = append(out, v)
		}
	}
	return out, nil
}

func (m *memFeedback) UnansweredSince(_ context.Context, guild string, since time.Time) ([]store.Unanswered, error) {
	var out []store.Unanswered
	for _, u := range m.unanswered {
		if (guild == "" || u.Guild == guild) && !u.At.Before(since) {
			out = append(out, u)
		}
	}
	return out, nil
}

func (m *memFeedback) AnswerCounts(_ context.Context, guild string, since time.Time) ([]store.DayCount, error) {
	day := since.UTC().Truncate(24 * time.Hour)
	var out []store.DayCount
	for _, c := range m.counts {
		if (guild == "" || c.Guild == guild) && !c.Day.Before(day) {
			out = append(out, c)
		}
	}
	return out, nil
}

var (
	defaultOnce  sync.Once
	defaultK     *knowledge.Knowledge
	defaultIx    *index.Index
	defaultModel *qmodel.Model
	defaultErr   error

	reporterOnce sync.Once
	reporter     *Reporter
)

// defaultReporter returns a Reporter of the embedded knowledge with its
// model, shared by the package's tests: it reads the knowledge's examples
// once.
func defaultReporter(t testing.TB) *Reporter {
	t.Helper()
	k, ix, m := defaults(t)
	reporterOnce.Do(func() { reporter = New(k, ix, m) })
	return reporter
}

// defaults returns the embedded knowledge, its index and its question
// model, built once for the package's tests.
func defaults(t testing.TB) (*knowledge.Knowledge, *index.Index, *qmodel.Model) {
	t.Helper()
	defaultOnce.Do(func() {
		if defaultK, defaultErr = knowledge.Default(); defaultErr != nil {
			return
		}
		if defaultIx, defaultErr = index.New(defaultK, index.Options{}); defaultErr != nil {
			return
		}
		defaultModel = qmodel.Build(defaultK)
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultK, defaultIx, defaultModel
}
