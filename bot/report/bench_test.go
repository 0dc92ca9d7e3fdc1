package report

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

// benchRows is the size of the generated log: 100,000 unanswered
// questions, and as many votes.
const benchRows = 100_000

// generatedLog is a log of n unanswered questions and n votes over 30
// days and 50 servers, with daily counts. The questions are the grouping
// sample's, varied as members vary them (a dropped letter, a greeting
// before, a word after), so that most of them are worded differently.
func generatedLog(t testing.TB, n int) (*memFeedback, Query) {
	sample := readSample(t)
	rng := rand.New(rand.NewPCG(12, 0))
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	since := now.AddDate(0, 0, -30)
	prefixes := []string{"", "", "", "hey bot ", "quick q: ", "sorry if this is dumb but ", "anyone know "}
	suffixes := []string{"", "", "", " thanks", " lol", " ??", " asking for my mum", " (day %d of this)"}
	passages := []string{"posture", "stress", "exercise", "circulation", "conclusion", "short-term"}
	fb := &memFeedback{}
	for i := range n {
		text := sample[rng.IntN(len(sample))].Text
		if rng.IntN(3) == 0 {
			text = dropLetter(rng, text)
		}
		text = prefixes[rng.IntN(len(prefixes))] + text + suffixes[rng.IntN(len(suffixes))]
		if strings.Contains(text, "%d") {
			text = fmt.Sprintf(text, rng.IntN(30)+1)
		}
		at := since.Add(time.Duration(rng.Int64N(int64(30 * 24 * time.Hour))))
		guild := fmt.Sprintf("4000000000000%05d", rng.IntN(50))
		fb.unanswered = append(fb.unanswered, store.Unanswered{Guild: guild, Text: text, At: at, RunnersUp: []string{passages[rng.IntN(len(passages))]}})
		fb.votes = append(fb.votes, store.Vote{Guild: guild, Passage: passages[rng.IntN(len(passages))], Helpful: rng.IntN(3) > 0, At: at, UserHash: fmt.Sprint(i)})
	}
	for d := range 30 {
		for g := range 50 {
			for _, kind := range []string{store.KindPassage, store.KindUnanswered, store.KindTopic, store.KindUrgent} {
				fb.counts = append(fb.counts, store.DayCount{Guild: fmt.Sprintf("4000000000000%05d", g), Day: since.AddDate(0, 0, d), Kind: kind, N: rng.IntN(40)})
			}
		}
	}
	return fb, Query{Since: since, Now: now}
}

// dropLetter drops one letter of a word of five or more: the commonest
// typo.
func dropLetter(rng *rand.Rand, text string) string {
	words := strings.Fields(text)
	i := rng.IntN(len(words))
	if w := words[i]; len(w) >= 5 {
		j := 1 + rng.IntN(len(w)-2)
		words[i] = w[:j] + w[j+1:]
	}
	return strings.Join(words, " ")
}

// BenchmarkReport100k builds the report of the generated log: reading it,
// grouping 100,000 questions (a new Reporter each time, so reading the
// knowledge's examples is counted) and asking the model about each group.
func BenchmarkReport100k(b *testing.B) {
	k, ix, m := defaults(b)
	fb, q := generatedLog(b, benchRows)
	var rep *Report
	cpu := cpuTime()
	for b.Loop() {
		var err error
		if rep, err = New(k, ix, m).Build(context.Background(), fb, q); err != nil {
			b.Fatal(err)
		}
	}
	// On a shared machine the wall time says as much about the neighbours
	// as about the report: the CPU time it used says what it costs.
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(rep.Groups)), "groups")
	b.ReportMetric(float64(rep.Groups[0].Count), "largest")
}
