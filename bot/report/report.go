package report

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Every store keeps what a report reads.
var _ Feedback = store.Feedback(nil)

// Feedback is what a report reads from the store; store.Feedback has it.
type Feedback interface {
	Votes(ctx context.Context, guild string, since time.Time) ([]store.Vote, error)
	UnansweredSince(ctx context.Context, guild string, since time.Time) ([]store.Unanswered, error)
	AnswerCounts(ctx context.Context, guild string, since time.Time) ([]store.DayCount, error)
}

// Analyzer reads a question into its content terms: stemmed, stop words
// dropped, synonyms rewritten to the knowledge's word, typos corrected.
// *index.Index is one: with n = 0 its Search analyses without searching.
type Analyzer interface {
	Search(ctx context.Context, question string, n int) (knowledge.Result, error)
}

// Predictor ranks the likeliest labels (passages, out of scope, small
// talk) for a question, with their probabilities: *qmodel.Model is one,
// and so is the answerer's explanation of its reading. It returns nothing
// for knowledge without a model.
type Predictor interface {
	Predict(text string) []qmodel.Scored
}

// DefaultMinVotes is how many votes a passage needs before its rating is
// reported: below it, one unhappy member makes a passage look bad.
const DefaultMinVotes = 5

// Query says what a report covers.
type Query struct {
	Guild    string    // one server's id; "" for every server
	Since    time.Time // the first moment covered
	Now      time.Time // when the report is made (its end)
	MinVotes int       // votes a passage needs to be rated; 0 means DefaultMinVotes
}

// Report is what happened in the servers over a period. Its JSON form is
// stable: fields are added, never renamed or removed.
type Report struct {
	Guild string    `json:"guild"` // "" for every server
	Since time.Time `json:"since"`
	Until time.Time `json:"until"`

	// Unanswered is how many logged questions the groups hold.
	Unanswered int `json:"unanswered"`
	// Groups are the unanswered questions grouped by what they ask, the
	// largest first.
	Groups []Group `json:"unanswered_groups"`
	// LowestRated are the passages with at least MinVotes votes, the
	// least helpful first.
	LowestRated []Rating `json:"lowest_rated"`
	MinVotes    int      `json:"min_votes"`
	// ByKind totals the answers of each kind over the period, the most
	// frequent first; ByDay gives them day by day.
	ByKind []KindCount `json:"by_kind"`
	ByDay  []DayVolume `json:"by_day"`
}

// Group is one thing members asked that the bot could not answer, in
// however many ways they asked it.
type Group struct {
	Count    int      `json:"count"`    // questions in the group
	Examples []string `json:"examples"` // up to MaxExamples, the commonest wordings first
	// Nearest is the passage the question model thinks nearest, with the
	// model's probability for it; "" when no model could say.
	Nearest      string  `json:"nearest_passage"`
	NearestTitle string  `json:"nearest_title"`
	NearestP     float64 `json:"nearest_probability"`
	// OutOfScope is true when the model thinks no passage answers the
	// group (its "none" outweighs every passage).
	OutOfScope bool      `json:"out_of_scope"`
	First      time.Time `json:"first"`
	Last       time.Time `json:"last"`
	// Wordings are the group's distinct wordings, commonest first: what a
	// draft of examples lists.
	Wordings []string `json:"-"`
}

// MaxExamples is how many wordings a group shows.
const MaxExamples = 2

// Rating is how members rated the replies quoting one passage.
type Rating struct {
	Passage    string  `json:"passage"`
	Title      string  `json:"title"`
	Helpful    int     `json:"helpful"`
	NotHelpful int     `json:"not_helpful"`
	Share      float64 `json:"helpful_share"` // Helpful / (Helpful + NotHelpful)
}

// KindCount is how many answers of one kind were given.
type KindCount struct {
	Kind string `json:"kind"`
	N    int    `json:"count"`
}

// DayVolume is one UTC day's answers by kind.
type DayVolume struct {
	Day   string         `json:"day"` // 2006-01-02
	Total int            `json:"total"`
	Kinds map[string]int `json:"kinds"`
}

// Reporter builds reports against one knowledge: its passages' titles, its
// analysis of questions and its question model. It is safe for concurrent
// use.
type Reporter struct {
	k        *knowledge.Knowledge
	analyzer Analyzer
	model    Predictor

	bgOnce sync.Once
	bg     background
	bgErr  error
}

// New returns a Reporter. model may be nil (knowledge without examples):
// groups then take the nearest passage the log recorded.
func New(k *knowledge.Knowledge, analyzer Analyzer, model Predictor) *Reporter {
	return &Reporter{k: k, analyzer: analyzer, model: model}
}

// Build reads what q covers from fb and makes the report.
func (r *Reporter) Build(ctx context.Context, fb Feedback, q Query) (*Report, error) {
	if q.MinVotes <= 0 {
		q.MinVotes = DefaultMinVotes
	}
	rep := &Report{Guild: q.Guild, Since: q.Since.UTC(), Until: q.Now.UTC(), MinVotes: q.MinVotes}
	votes, err := fb.Votes(ctx, q.Guild, q.Since)
	if err != nil {
		return nil, fmt.Errorf("report: read votes: %w", err)
	}
	logged, err := fb.UnansweredSince(ctx, q.Guild, q.Since)
	if err != nil {
		return nil, fmt.Errorf("report: read unanswered questions: %w", err)
	}
	counts, err := fb.AnswerCounts(ctx, q.Guild, q.Since)
	if err != nil {
		return nil, fmt.Errorf("report: read answer counts: %w", err)
	}
	rep.LowestRated = r.ratings(votes, q.MinVotes)
	rep.ByKind, rep.ByDay = volumes(counts, q.Since, q.Now)
	rep.Unanswered = len(logged)
	if rep.Groups, err = r.groups(ctx, logged); err != nil {
		return nil, err
	}
	return rep, nil
}

// ratings tallies votes by passage and keeps those with at least min
// votes, the least helpful first (then the most "Not helpful", then id).
func (r *Reporter) ratings(votes []store.Vote, min int) []Rating {
	by := map[string]*Rating{}
	for _, v := range votes {
		rt := by[v.Passage]
		if rt == nil {
			rt = &Rating{Passage: v.Passage, Title: r.title(v.Passage)}
			by[v.Passage] = rt
		}
		if v.Helpful {
			rt.Helpful++
		} else {
			rt.NotHelpful++
		}
	}
	out := []Rating{}
	for _, rt := range by {
		n := rt.Helpful + rt.NotHelpful
		if n < min {
			continue
		}
		rt.Share = round3(float64(rt.Helpful) / float64(n))
		out = append(out, *rt)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Share != b.Share {
			return a.Share < b.Share
		}
		if a.NotHelpful != b.NotHelpful {
			return a.NotHelpful > b.NotHelpful
		}
		return a.Passage < b.Passage
	})
	return out
}

// title is a passage's title, or "" for a passage the knowledge no longer
// has (it was voted on before an edit).
func (r *Reporter) title(id string) string {
	if p := r.k.Passage(id); p != nil {
		return p.Title
	}
	return ""
}

// maxFilledDays is the longest period whose every day is listed, quiet
// ones with zero; over a longer one only days with answers are.
const maxFilledDays = 400

// volumes totals daily counts by kind (the most frequent first, ties by
// kind) and by day (oldest first, each day of the period from since to
// now), over every server the counts cover.
func volumes(counts []store.DayCount, since, now time.Time) ([]KindCount, []DayVolume) {
	kinds := map[string]int{}
	days := map[string]*DayVolume{}
	for _, c := range counts {
		kinds[c.Kind] += c.N
		key := c.Day.UTC().Format(time.DateOnly)
		d := days[key]
		if d == nil {
			d = &DayVolume{Day: key, Kinds: map[string]int{}}
			days[key] = d
		}
		d.Kinds[c.Kind] += c.N
		d.Total += c.N
	}
	byKind := []KindCount{}
	for k, n := range kinds {
		byKind = append(byKind, KindCount{k, n})
	}
	sort.Slice(byKind, func(i, j int) bool {
		if byKind[i].N != byKind[j].N {
			return byKind[i].N > byKind[j].N
		}
		return byKind[i].Kind < byKind[j].Kind
	})
	first, last := since.UTC().Truncate(24*time.Hour), now.UTC().Truncate(24*time.Hour)
	if !last.Before(first) && last.Sub(first) <= maxFilledDays*24*time.Hour {
		for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
			if key := d.Format(time.DateOnly); days[key] == nil {
				days[key] = &DayVolume{Day: key, Kinds: map[string]int{}}
			}
		}
	}
	byDay := []DayVolume{}
	for _, d := range days {
		byDay = append(byDay, *d)
	}
	sort.Slice(byDay, func(i, j int) bool { return byDay[i].Day < byDay[j].Day })
	return byKind, byDay
}
