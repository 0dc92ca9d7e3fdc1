package storetest

import (
	"crypto/rand"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/store"
)

// Open returns a store that reads the time from now, and arranges for it
// to be closed when t ends; tests may close it sooner. The store may hold
// data already, say what an instance killed mid-load left behind: the
// suite names its own guilds and keys afresh on every run and looks only
// at those. Its clock starts in 2001, so nothing it purges or sweeps is
// newer than that. The salt is the one exception: the suite reads it, and
// makes it if the store has none, as the bot would.
type Open func(t *testing.T, now func() time.Time) store.Store

// Run runs the conformance suite against the stores open makes, each
// subtest on a store of its own.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		run  func(t *testing.T, f fixture)
	}{
		{"SettingsNoneSaved", testSettingsNoneSaved},
		{"SettingsRoundTrip", testSettingsRoundTrip},
		{"SettingsInvalid", testSettingsInvalid},
		{"SettingsReplaced", testSettingsReplaced},
		{"SettingsNotShared", testSettingsNotShared},
		{"DeleteSettings", testDeleteSettings},
		{"AllSettings", testAllSettings},
		{"PurgeRemoved", testPurgeRemoved},
		{"MarkRemovedKeepsEarliest", testMarkRemovedKeepsEarliest},
		{"Claim", testClaim},
		{"ClaimConcurrent", testClaimConcurrent},
		{"ClaimManyKeysConcurrent", testClaimManyKeysConcurrent},
		{"Values", testValues},
		{"ValueExpiry", testValueExpiry},
		{"ClaimsAndValuesApart", testClaimsAndValuesApart},
		{"Sweep", testSweep},
		{"BadKeys", testBadKeys},
		{"VoteReplaced", testVoteReplaced},
		{"VotesByGuildSince", testVotesByGuildSince},
		{"FeedbackInvalid", testFeedbackInvalid},
		{"Salt", testSalt},
		{"Forget", testForget},
		{"UnansweredRoundTrip", testUnansweredRoundTrip},
		{"UnansweredExpiry", testUnansweredExpiry},
		{"DeleteUnanswered", testDeleteUnanswered},
		{"CountsConcurrent", testCountsConcurrent},
		{"AnswerCountsByDay", testAnswerCountsByDay},
		{"CanceledContext", testCanceledContext},
		{"Closed", testClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			tt.run(t, fixture{s: open(t, c.Now), c: c, prefix: "storetest-" + rand.Text()[:10] + "-"})
		})
	}
}

// fixture is what each conformance test works on.
type fixture struct {
	s      store.Store
	c      *fakeclock.Clock
	prefix string // begins every guild id and key of this run
}

// id returns this run's name for a guild id or key.
func (f fixture) id(name string) string { return f.prefix + name }

// ids returns this run's names for names.
func (f fixture) ids(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = f.id(n)
	}
	return out
}

// ours returns the ids in ids that this run made, without the prefix.
func (f fixture) ours(ids []string) []string {
	var out []string
	for _, id := range ids {
		if name, ok := strings.CutPrefix(id, f.prefix); ok {
			out = append(out, name)
		}
	}
	return out
}

// idf is fmt.Sprintf for id.
func (f fixture) idf(format string, args ...any) string { return f.id(fmt.Sprintf(format, args...)) }

// newClock returns a clock at a fixed, whole-second time long past, so
// that the data of real use is all in its future.
func newClock() *fakeclock.Clock {
	return fakeclock.At(time.Date(2001, 3, 1, 12, 0, 0, 0, time.UTC))
}

func ptr[T any](v T) *T { return &v }
