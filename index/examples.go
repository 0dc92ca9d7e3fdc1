package index

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/backpainbot/backpainbot/knowledge"
)

// ExampleIndex is an in-memory Bleve index of the knowledge's example
// questions: a nearest-neighbour vote on what a message is about, beside
// the passage search. It is immutable after NewExampleIndex and safe for
// concurrent use.
type ExampleIndex struct {
	bi     bleve.Index
	labels []string          // by example number, the document id
	stem   analysis.Analyzer // the English analyzer of fieldExampleText
}

// LabelVote is one label's share of a vote: a passage id or one of the
// reserved labels (knowledge.LabelNone, LabelGreeting, ...).
type LabelVote struct {
	Label string
	Share float64 // in (0, 1]; the shares of one vote sum to 1
}

// Field names of an example document.
const (
	// fieldExampleText is the example analysed like the passages: English
	// stemming, stop words dropped. Every search goes here first.
	fieldExampleText = "text"
	// fieldExampleStop holds, for an example made only of stop words ("what
	// are you for"), its words as typed; it is empty for every other
	// example. A question with no word left after stemming is compared with
	// these alone. (Every example's words in a second field, queried with
	// every question, measured 2 points better leave-one-out and nearly
	// three times slower: each question then walks the postings of "i" and
	// "the".)
	fieldExampleStop = "stop"
)

// exampleTieSlack is how many more neighbours than asked are fetched, so
// that equal scores at the cut can be put in the knowledge's order first.
// Scorch numbers a batch's documents in the order their analysis happens
// to finish, and that numbering breaks the engine's ties and orders the
// sums of term scores, so equal scores can differ in the last bits and
// come back in any order from one build to the next.
const exampleTieSlack = 8

// newExampleMapping is the explicit mapping of an example document: one
// static type, nothing stored (hits map back to examples by id), BM25.
func newExampleMapping() (*mapping.IndexMappingImpl, error) {
	m, err := englishMapping(ScoringBM25) // measured better than tf-idf on the passages too
	if err != nil {
		return nil, err
	}
	doc := bleve.NewDocumentStaticMapping() // dynamic mapping off
	for _, f := range []struct{ field, analyzer string }{
		{fieldExampleText, en.AnalyzerName},
		{fieldExampleStop, analyzerSurface},
	} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = f.analyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false // no highlighting or phrase queries
		doc.AddFieldMappingsAt(f.field, fm)
	}
	m.DefaultMapping = doc
	return m, m.Validate()
}

// NewExampleIndex indexes k's examples in memory. It returns nil and no
// error when k has none: there is nothing to vote with.
func NewExampleIndex(k *knowledge.Knowledge) (*ExampleIndex, error) {
	if len(k.Examples) == 0 {
		return nil, nil
	}
	m, err := newExampleMapping()
	if err != nil {
		return nil, fmt.Errorf("index: examples: mapping: %w", err)
	}
	x := &ExampleIndex{labels: make([]string, len(k.Examples)), stem: m.AnalyzerNamed(en.AnalyzerName)}
	x.bi, err = bleve.NewUsing("", m, scorch.Name, scorch.Name, nil) // in-memory scorch keeps BM25
	if err != nil {
		return nil, fmt.Errorf("index: examples: build: %w", err)
	}
	// One batch: a few thousand short documents make one small segment,
	// analysed in parallel.
	b := x.bi.NewBatch()
	for i, e := range k.Examples {
		x.labels[i] = e.Label
		text := clean(e.Text) // as a question is cleaned, so that both sides match alike
		doc := map[string]string{fieldExampleText: text}
		if !x.hasTerms(text) {
			doc[fieldExampleStop] = text
		}
		if err := b.Index(exampleID(i), doc); err != nil {
			x.bi.Close()
			return nil, fmt.Errorf("index: examples: %s:%d: %w", e.File, e.Line, err)
		}
	}
	if err := x.bi.Batch(b); err != nil {
		x.bi.Close()
		return nil, fmt.Errorf("index: examples: build: %w", err)
	}
	return x, nil
}

// hasTerms reports whether text has a word left after English analysis.
func (x *ExampleIndex) hasTerms(text string) bool {
	return len(x.stem.Analyze([]byte(text))) > 0
}

// exampleID is the document id of the i-th example, zero-padded so that
// the engine's id order is the knowledge's order.
func exampleID(i int) string { return fmt.Sprintf("%08d", i) }

// exampleHit is one neighbour: the example's number and its BM25 score.
type exampleHit struct {
	i     int
	score float64
}

// neighbours returns the n examples most like text, best first, equal
// scores in the knowledge's order.
func (x *ExampleIndex) neighbours(ctx context.Context, text string, n int) ([]exampleHit, error) {
	text = clean(text) // cut at MaxQuestionRunes, markup dropped
	if text == "" || n <= 0 {
		return nil, nil
	}
	n = min(n, len(x.labels))
	field := fieldExampleText
	if !x.hasTerms(text) {
		field = fieldExampleStop
	}
	q := query.NewMatchQuery(text) // analysed as the field is; an OR of its terms, never query syntax
	q.SetField(field)
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, maxTermSearchers)
	// The examples tied with the n-th may go on past those fetched, and
	// which of them came back depends on the build: the engine picks its
	// top hits by unrounded scores, whose last bits differ from one build
	// to the next. Fetch more until the tie ends, then put it in the
	// knowledge's order. Rare: most questions stop at the first search.
	size := n + exampleTieSlack
	for {
		hits, err := x.search(ctx, q, size)
		if err != nil {
			return nil, err
		}
		if len(hits) < size || size >= len(x.labels) || hits[len(hits)-1].score != hits[n-1].score {
			return hits[:min(n, len(hits))], nil
		}
		size = min(2*size, len(x.labels))
	}
}

// search runs q for size hits and returns them best first, equal scores
// in the knowledge's order. Scores are rounded to float32: those the
// engine summed in a different order are equal again.
func (x *ExampleIndex) search(ctx context.Context, q query.Query, size int) ([]exampleHit, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	sr, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: examples: search: %w", err)
	}
	hits := make([]exampleHit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		i, err := strconv.Atoi(h.ID)
		if err != nil || i < 0 || i >= len(x.labels) {
			continue // not one of ours; cannot happen in an index we built
		}
		hits = append(hits, exampleHit{i: i, score: float64(float32(h.Score))})
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].score != hits[b].score {
			return hits[a].score > hits[b].score
		}
		return hits[a].i < hits[b].i
	})
	return hits, nil
}

// Vote finds the n examples most like text (BM25 over their English
// analysed words) and returns each of their labels with its share of their
// scores, largest first, equal shares by label. A message with no
// searchable word, or like no example, or n < 1, gets a single vote for
// knowledge.LabelNone: nothing we know answers it.
func (x *ExampleIndex) Vote(ctx context.Context, text string, n int) ([]LabelVote, error) {
	hits, err := x.neighbours(ctx, text, n)
	if err != nil {
		return nil, err
	}
	return x.tally(hits), nil
}

// tally sums the neighbours' scores per label. A neighbour weighs its
// score rather than one: the closest examples outweigh those that share
// only a common word, 2 to 3 points better leave-one-out at every n.
func (x *ExampleIndex) tally(hits []exampleHit) []LabelVote {
	sum := map[string]float64{}
	total := 0.0
	for _, h := range hits {
		sum[x.labels[h.i]] += h.score
		total += h.score
	}
	if total <= 0 {
		return []LabelVote{{Label: knowledge.LabelNone, Share: 1}}
	}
	votes := make([]LabelVote, 0, len(sum))
	for l, s := range sum {
		votes = append(votes, LabelVote{Label: l, Share: s / total})
	}
	sort.Slice(votes, func(i, j int) bool {
		if votes[i].Share != votes[j].Share {
			return votes[i].Share > votes[j].Share
		}
		return votes[i].Label < votes[j].Label
	})
	return votes
}

// Close releases the index.
func (x *ExampleIndex) Close() error { return x.bi.Close() }
