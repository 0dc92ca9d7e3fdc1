package storetest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	gocmp "github.com/google/go-cmp/cmp"
)

// counts returns the daily counts since for guild ("" for every guild),
// checking their order, and splits them into this run's, by guild without
// the prefix, and those of direct messages, by day and kind.
func (f fixture) counts(t *testing.T, guild string, since time.Time) (ours []store.DayCount, dms map[string]int) {
	t.Helper()
	if guild != "" {
		guild = f.id(guild)
	}
	all, err := f.s.AnswerCounts(t.Context(), guild, since)
	if err != nil {
		t.Fatalf("AnswerCounts(%q, %v): %v", guild, since, err)
	}
	inOrder := slices.IsSortedFunc(all, func(a, b store.DayCount) int {
		return cmp.Or(a.Day.Compare(b.Day), strings.Compare(a.Guild, b.Guild), strings.Compare(a.Kind, b.Kind))
	})
	if !inOrder {
		t.Errorf("AnswerCounts(%q, %v) = %+v; want them by day, guild, kind", guild, since, all)
	}
	dms = map[string]int{}
	for _, c := range all {
		if c.Day.Location() != time.UTC || !c.Day.Equal(store.Day(c.Day)) {
			t.Errorf("AnswerCounts: day %v is not midnight UTC", c.Day)
		}
		if c.Guild == "" {
			dms[c.Day.Format(time.DateOnly)+" "+c.Kind] = c.N
		} else if name, ok := strings.CutPrefix(c.Guild, f.prefix); ok {
			c.Guild = name
			ours = append(ours, c)
		}
	}
	return ours, dms
}

func (f fixture) count(t *testing.T, guild, kind string, at time.Time) {
	t.Helper()
	if guild != "" {
		guild = f.id(guild)
	}
	if err := f.s.CountAnswer(t.Context(), guild, kind, at); err != nil {
		t.Fatalf("CountAnswer(%q, %q, %v): %v", guild, kind, at, err)
	}
}

// Concurrent counts all add up: 8 goroutines counting 50 answers each,
// half of one kind, half of another, on the same two rows.
func testCountsConcurrent(t *testing.T, f fixture) {
	const goroutines, each = 8, 50
	at := f.c.Now()
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for i := range each {
				kind := []string{store.KindPassage, store.KindTopic}[i%2]
				if err := f.s.CountAnswer(t.Context(), f.id("1"), kind, at); err != nil {
					t.Errorf("CountAnswer: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	day := store.Day(at)
	want := []store.DayCount{
		{Guild: "1", Day: day, Kind: store.KindPassage, N: goroutines * each / 2},
		{Guild: "1", Day: day, Kind: store.KindTopic, N: goroutines * each / 2},
	}
	if got, _ := f.counts(t, "1", at); !gocmp.Equal(want, got) {
		t.Errorf("after %d goroutines counted %d answers each: %+v; want %+v", goroutines, each, got, want)
	}
}

// Answers count under their UTC day, whatever the zone of their time;
// AnswerCounts starts at since's UTC day; direct messages count under
// guild "", listed with every server's.
func testAnswerCountsByDay(t *testing.T, f fixture) {
	cet := time.FixedZone("CET", 3600)
	day1 := store.Day(f.c.Now())
	day2, day3 := day1.AddDate(0, 0, 1), day1.AddDate(0, 0, 2)
	_, dmsBefore := f.counts(t, "", day2)
	f.count(t, "1", store.KindPassage, day1.Add(12*time.Hour))
	f.count(t, "1", store.KindPassage, day2.Add(-time.Nanosecond))                      // the last instant of day 1
	f.count(t, "1", store.KindCrisis, day2.Add(30*time.Minute).In(cet).Add(-time.Hour)) // 00:30 in Paris, day 1 in UTC
	f.count(t, "1", store.KindPassage, day2)
	f.count(t, "2", store.KindTopic, day2.Add(12*time.Hour))
	f.count(t, "", store.KindUrgent, day2.Add(12*time.Hour))
	f.count(t, "1", store.KindUnanswered, day3)
	tests := []struct {
		guild string
		since time.Time
		want  []store.DayCount
	}{
		{"1", day1.Add(18 * time.Hour), []store.DayCount{
			{Guild: "1", Day: day1, Kind: store.KindCrisis, N: 1}, {Guild: "1", Day: day1, Kind: store.KindPassage, N: 2},
			{Guild: "1", Day: day2, Kind: store.KindPassage, N: 1}, {Guild: "1", Day: day3, Kind: store.KindUnanswered, N: 1}}},
		{"1", day2.Add(-30 * time.Minute).In(cet), []store.DayCount{ // 00:30 on day 2 in Paris is day 1 in UTC
			{Guild: "1", Day: day1, Kind: store.KindCrisis, N: 1}, {Guild: "1", Day: day1, Kind: store.KindPassage, N: 2},
			{Guild: "1", Day: day2, Kind: store.KindPassage, N: 1}, {Guild: "1", Day: day3, Kind: store.KindUnanswered, N: 1}}},
		{"1", day2, []store.DayCount{
			{Guild: "1", Day: day2, Kind: store.KindPassage, N: 1}, {Guild: "1", Day: day3, Kind: store.KindUnanswered, N: 1}}},
		{"", day2.Add(23 * time.Hour), []store.DayCount{
			{Guild: "1", Day: day2, Kind: store.KindPassage, N: 1}, {Guild: "2", Day: day2, Kind: store.KindTopic, N: 1},
			{Guild: "1", Day: day3, Kind: store.KindUnanswered, N: 1}}},
		{"2", day3, nil},
	}
	for _, tt := range tests {
		got, _ := f.counts(t, tt.guild, tt.since)
		if diff := gocmp.Diff(tt.want, got); diff != "" {
			t.Errorf("AnswerCounts(%q, %v) (-want +got):\n%s", tt.guild, tt.since, diff)
		}
	}
	_, dmsAfter := f.counts(t, "", day2)
	key := day2.Format(time.DateOnly) + " " + store.KindUrgent
	if got := dmsAfter[key] - dmsBefore[key]; got != 1 {
		t.Errorf("direct-message count of %s rose by %d; want 1", key, got)
	}
}
