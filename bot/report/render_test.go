package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixtureNow is when the fixed dataset's report is made.
var fixtureNow = time.Date(2026, 11, 5, 18, 0, 0, 0, time.UTC)

// fixture is a fixed dataset: two servers, five days, votes, counts and
// unanswered questions, some of them hostile to each output format.
func fixture() (*memFeedback, Query) {
	day := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	fb := &memFeedback{}
	unanswered := []struct {
		guild, text string
		at          time.Time
	}{
		{"g1", "what mattress is best for a bad back?", day(1, 9)},
		{"g1", "best matress for back pain??", day(1, 10)},
		{"g2", "is a memory foam mattress good for back problems", day(2, 11)},
		{"g1", "does a tens machine work for back pain", day(2, 12)},
		{"g1", "tens machine or massage for back pain", day(3, 8)},
		{"g2", "where do i put the tens pads for lower back pain", day(3, 9)},
		{"g1", "does a tens machine work for back pain", day(4, 9)},
		{"g2", `<script>alert("hi")</script> is my <b>chair</b> & desk ok?`, day(4, 10)},
		{"g1", "=HYPERLINK(\"http://example.com\") can i take ibuprofen for back pain", day(5, 7)},
		{"g1", "can i take ibuprofen for back pain", day(5, 8)},
		{"g2", "does massage boost circulation in the legs too", day(3, 14)},
		{"g1", "how long does better circulation last after a massage", day(4, 15)},
		{"g1", "too old to count", day(1, 9).AddDate(0, -2, 0)},
	}
	for _, u := range unanswered {
		fb.unanswered = append(fb.unanswered, store.Unanswered{Guild: u.guild, Text: u.text, At: u.at, RunnersUp: []string{"posture"}})
	}
	vote := func(guild, passage string, helpful bool, n int) {
		for i := range n {
			fb.votes = append(fb.votes, store.Vote{Guild: guild, Passage: passage, Helpful: helpful, At: day(1+i%5, 12), UserHash: "u"})
		}
	}
	vote("g1", "posture", true, 8)
	vote("g1", "posture", false, 2)
	vote("g1", "stress", true, 2)
	vote("g2", "stress", false, 4)
	vote("g1", "exercise", true, 1)
	vote("g1", "exercise", false, 3) // 4 votes: too few to rate
	vote("g2", "removed-passage", false, 5)
	count := func(guild string, d int, kind string, n int) {
		fb.counts = append(fb.counts, store.DayCount{Guild: guild, Day: day(d, 0), Kind: kind, N: n})
	}
	for d := 1; d <= 5; d++ {
		if d == 3 {
			continue // a quiet day still gets its (empty) bar
		}
		count("g1", d, store.KindPassage, 10+d)
		count("g2", d, store.KindPassage, d)
		count("g1", d, store.KindUnanswered, 2)
	}
	count("g1", 2, store.KindUrgent, 1)
	count("g2", 4, store.KindCrisis, 1)
	count("", 4, store.KindTopic, 3) // direct messages
	return fb, Query{Since: day(1, 0), Now: fixtureNow}
}

func fixtureReport(t testing.TB) *Report {
	t.Helper()
	fb, q := fixture()
	rep, err := defaultReporter(t).Build(context.Background(), fb, q)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Render %s differs from %s (go test -update rewrites it):\n%s", name, path, got)
	}
}

func TestRenderGolden(t *testing.T) {
	rep := fixtureReport(t)
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Render(&b, rep, format); err != nil {
				t.Fatal(err)
			}
			golden(t, "report.golden."+format, b.Bytes())
		})
	}
}

func TestRenderUnknownFormat(t *testing.T) {
	err := Render(&bytes.Buffer{}, &Report{}, "pdf")
	if err == nil || !strings.Contains(err.Error(), "text, json, csv, html") {
		t.Errorf("Render(pdf) = %v, want an error listing the formats", err)
	}
}
