package report

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/store"
)

// labelled is one question of the grouping sample and what it asks.
type labelled struct {
	Text   string `json:"text"`
	Intent string `json:"intent"`
}

func readSample(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/grouping-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("grouping-sample.jsonl:%d: %v", len(out)+1, err)
		}
		out = append(out, l)
	}
	return out
}

// groupingErrors counts what a person would fix in groups of intents:
// merges (a group whose main intent already has a larger group: two
// groups asking one thing) and splits (a group mixing intents).
func groupingErrors(groups [][]string) (merges, splits int) {
	main := map[string]int{}
	for _, g := range groups {
		n := map[string]int{}
		for _, intent := range g {
			n[intent]++
		}
		if len(n) > 1 {
			splits++
		}
		best := ""
		for intent, c := range n {
			if best == "" || c > n[best] || (c == n[best] && intent < best) {
				best = intent
			}
		}
		main[best]++
	}
	for _, c := range main {
		merges += c - 1
	}
	return merges, splits
}

// Bounds on the labelled sample (202 questions, 20 intents): measured,
// plus a small margin. A change to grouping that makes it worse fails
// here.
const (
	maxMerges = 37
	maxSplits = 4
)

func TestGroupingQuality(t *testing.T) {
	sample := readSample(t)
	intentOf := map[string]string{}
	fb := &memFeedback{}
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	for i, l := range sample {
		intentOf[l.Text] = l.Intent
		fb.unanswered = append(fb.unanswered, store.Unanswered{Guild: "g", Text: l.Text, At: at.Add(time.Duration(i) * time.Minute)})
	}
	rep, err := defaultReporter(t).Build(context.Background(), fb, Query{Since: at, Now: at.Add(48 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	var groups [][]string
	for _, g := range rep.Groups {
		var intents []string
		for _, w := range g.Wordings {
			intents = append(intents, intentOf[w])
		}
		sort.Strings(intents)
		groups = append(groups, intents)
		if testing.Verbose() {
			t.Logf("%d %v %q", g.Count, intents, g.Wordings)
		}
	}
	merges, splits := groupingErrors(groups)
	t.Logf("%d questions, %d intents: %d groups, %d to merge, %d to split", len(sample), 20, len(groups), merges, splits)
	if merges > maxMerges || splits > maxSplits {
		t.Errorf("grouping the sample: %d merges (at most %d), %d splits (at most %d)", merges, maxMerges, splits, maxSplits)
	}
}

// The same log gives the same groups, whatever order the store returns
// it in: a report can be compared with last month's.
func TestGroupingIsDeterministic(t *testing.T) {
	sample := readSample(t)
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	var logged []store.Unanswered
	for i, l := range sample {
		logged = append(logged, store.Unanswered{Guild: "g", Text: l.Text, At: at.Add(time.Duration(i%7) * time.Hour)})
	}
	// The same question in other case, at the same time as the first:
	// which wording is shown must not depend on the order either.
	logged = append(logged, store.Unanswered{Guild: "g", Text: strings.ToUpper(sample[0].Text), At: at})
	groupsOf := func(log []store.Unanswered) [][]string {
		rep, err := defaultReporter(t).Build(context.Background(), &memFeedback{unanswered: log}, Query{Since: at, Now: at.Add(48 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		var out [][]string
		for _, g := range rep.Groups {
			out = append(out, g.Wordings)
		}
		return out
	}
	want := groupsOf(logged)
	reversed := slices.Clone(logged)
	slices.Reverse(reversed)
	if got := groupsOf(reversed); !cmp.Equal(got, want) {
		t.Errorf("groups of the log in reverse order differ:\n%s", cmp.Diff(want, got))
	}
}
