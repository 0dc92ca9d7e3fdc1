package report_test

import (
	"context"
	"os"
	"time"

	"github.com/backpainbot/backpainbot/bot/report"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// log is a store's reading side holding three unanswered questions.
type log struct{ questions []store.Unanswered }

func (l log) Votes(context.Context, string, time.Time) ([]store.Vote, error) { return nil, nil }
func (l log) UnansweredSince(context.Context, string, time.Time) ([]store.Unanswered, error) {
	return l.questions, nil
}
func (l log) AnswerCounts(context.Context, string, time.Time) ([]store.DayCount, error) {
	return nil, nil
}

func Example() {
	k, err := knowledge.Default()
	if err != nil {
		panic(err)
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	var l log
	for _, q := range []string{"what mattress is best for a bad back?", "best matress for back pain??", "is a standing desk good for back pain"} {
		l.questions = append(l.questions, store.Unanswered{Guild: "400000000000000001", Text: q, At: at, RunnersUp: []string{"posture"}})
	}
	// No question model here: each group takes the runner-up the log
	// recorded as its nearest passage.
	rep, err := report.New(k, ix, nil).Build(context.Background(), l, report.Query{Since: at.AddDate(0, 0, -1), Now: at})
	if err != nil {
		panic(err)
	}
	report.Render(os.Stdout, rep, "text")
	// Output:
	// Report for every server, 2026-11-01 to 2026-11-02 (UTC)
	//
	// Unanswered questions: 3 in 2 groups
	// count  nearest passage  examples
	// 2      posture 100%     "best matress for back pain??" / "what mattress is best for a bad back?"
	// 1      posture 100%     "is a standing desk good for back pain"
	//
	// Lowest-rated passages (at least 5 votes): 0
	//
	// Answers by kind:
	// none
	//
	// Answers by day (days without any left out):
}
