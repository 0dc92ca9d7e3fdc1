package index

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Options configures an Index. The zero value builds an in-memory BM25 index.
type Options struct {
	// Dir keeps the index on disk there and reuses it while the knowledge's
	// fingerprint matches. Empty means in memory, rebuilt at every start.
	Dir string
	// Scoring is ScoringBM25 (default) or ScoringTFIDF.
	Scoring string
	// Logger receives rebuild notices; nil discards them.
	Logger *slog.Logger
	// Attach names data derived from the same knowledge (the question
	// model) to keep with an index on disk: each function is called when
	// the index is built there, and its result is stored inside the index,
	// under the same fingerprint and checksums, for Attached to return on
	// later starts. Without Dir nothing is called.
	Attach map[string]func() ([]byte, error)
	// Progress, if not nil, is told how much of the work of New is done:
	// each passage is read once for the vocabulary and once more when it
	// is indexed (not when an index on disk is reused). It is called from
	// New's goroutine.
	Progress func(done, total int)
}

// Index searches the passages of one Knowledge. It is immutable after New
// and safe for concurrent use.
type Index struct {
	k     *knowledge.Knowledge
	bi    bleve.Index
	m     *mapping.IndexMappingImpl
	stem  analysis.Analyzer
	surf  analysis.Analyzer
	vocab *vocabulary
	// attach is Options.Attach, for a build on disk.
	attach map[string]func() ([]byte, error)
	// progress is Options.Progress, during New.
	progress progressReport
	// Rebuilt reports whether New built the index (true) or reused an
	// on-disk one (false).
	Rebuilt bool
}

// attachedPrefix keys Options.Attach data inside the index.
const attachedPrefix = "backpainbot.attached."

// Attached returns the data stored under name by Options.Attach when the
// index on disk was built, or false (an index in memory has none).
func (ix *Index) Attached(name string) ([]byte, bool) {
	b, err := ix.bi.GetInternal([]byte(attachedPrefix + name))
	if err != nil || b == nil {
		return nil, false
	}
	return b, true
}

// maxTermSearchers bounds the work one question can cause. A question has
// at most maxQueryTerms terms, each searched in len(fieldBoosts) fields and
// expanded through synonyms; this leaves room for that and stops anything
// pathological.
const (
	maxTermSearchers = 4096
	maxQueryTerms    = 64
	internalKey      = "backpainbot.fingerprint"
	docBatchSize     = 10000 // large batches of scorch segments cost peak memory; see notes
)

// New builds (or, with Options.Dir, opens) the index of k's passages.
func New(k *knowledge.Knowledge, opts Options) (*Index, error) {
	if opts.Scoring == "" {
		opts.Scoring = ScoringBM25
	}
	if opts.Scoring != ScoringBM25 && opts.Scoring != ScoringTFIDF {
		return nil, fmt.Errorf("index: unknown scoring model %q (want %s or %s)", opts.Scoring, ScoringBM25, ScoringTFIDF)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// The analyzers come from a mapping without synonyms first: synonym
	// terms are validated through the same analyzer before they are used.
	probe, err := newMapping(opts.Scoring, false)
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	ix := &Index{k: k, stem: probe.AnalyzerNamed(en.AnalyzerName), surf: probe.AnalyzerNamed(analyzerSurface), attach: opts.Attach,
		progress: progressReport{report: opts.Progress, total: 2 * len(k.Passages())}}
	syn, err := ix.synonyms(k.Synonyms)
	if err != nil {
		return nil, err
	}
	ix.m, err = newMapping(opts.Scoring, len(syn.defs) > 0)
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	ix.vocab = ix.buildVocabulary(syn)

	fp := fmt.Sprintf("%s/v%d/%s", k.Fingerprint(), mappingVersion, opts.Scoring)
	if opts.Dir == "" {
		ix.bi, err = bleve.NewUsing("", ix.m, scorch.Name, scorch.Name, nil) // in-memory scorch keeps BM25 and synonyms
		if err == nil {
			err = ix.fill(syn)
		}
		if err != nil {
			return nil, fmt.Errorf("index: build: %w", err)
		}
		ix.Rebuilt = true
		return ix, nil
	}
	if err := ix.openOrBuild(opts.Dir, fp, syn, log); err != nil {
		return nil, err
	}
	ix.progress.finish() // reused: nothing was indexed
	return ix, nil
}

// progressEvery is how many passages pass between two progress reports.
const progressEvery = 256

// progressReport reports the passages New has read toward its total.
type progressReport struct {
	report      func(done, total int)
	done, total int
}

// passage counts one passage read.
func (p *progressReport) passage() {
	p.done++
	if p.report != nil && (p.done%progressEvery == 0 || p.done == p.total) {
		p.report(p.done, p.total)
	}
}

// finish reports the work done.
func (p *progressReport) finish() {
	if p.report != nil && p.done < p.total {
		p.done = p.total
		p.report(p.done, p.total)
	}
}

// fill indexes every passage and synonym definition, in batches.
func (ix *Index) fill(syn synonymSet) error {
	b := ix.bi.NewBatch()
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		err := ix.bi.Batch(b)
		b = ix.bi.NewBatch()
		return err
	}
	for _, p := range ix.k.Passages() {
		if err := b.Index(p.ID, ix.passageDoc(p)); err != nil {
			return err
		}
		ix.progress.passage()
		if b.Size() >= docBatchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	for i, d := range syn.defs {
		// Synonym definitions are documents too: the prefix keeps them apart
		// from passages, and no user query can match them.
		if err := b.IndexSynonym(fmt.Sprintf("\x00syn:%d", i), synonymCollection, &bleve.SynonymDefinition{Synonyms: d}); err != nil {
			return err
		}
	}
	return flush()
}

// passageDoc is the document indexed for a passage. The body also holds
// the single-word synonym of every multi-word synonym in the passage, so
// that a passage saying "healthcare professional" is found by "doctor";
// nothing indexed is shown, the passage is quoted from the knowledge. (A
// field of their own cost a fifth more term searchers per question for
// the same ranking.)
func (ix *Index) passageDoc(p *knowledge.Passage) map[string]string {
	body := p.Text
	if a := ix.vocab.aliases[p.ID]; len(a) > 0 {
		body += "\n" + strings.Join(a, " ")
	}
	return map[string]string{
		fieldTitle:     p.Title,
		fieldPhrasings: strings.Join(p.Phrasings, "\n"),
		fieldBody:      body,
		fieldSection:   p.Section.Title + "\n" + p.Section.Summary,
	}
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bi.Close() }

// Knowledge returns the knowledge this index searches.
func (ix *Index) Knowledge() *knowledge.Knowledge { return ix.k }

// A term in more than about half the passages is generic (weight below
// genericWeight); one in a few passages is specific (above
// specificWeight). With the 14 default passages: "back" 0.27, "posture"
// 1.47, a word in one passage 2.3.
const (
	genericWeight  = 0.4
	specificWeight = 1.0
	genericDamp    = 0.3
)

// MaxQuestionRunes is where a question is cut before it is searched. The
// longest honest question seen in our sets is about 600 characters (a story
// and then the question); Discord's own message limit is 2,000, but a few
// thousand stemmed terms only cost time and dilute the match.
const MaxQuestionRunes = 1000

// Search finds the passages that best answer question, at most n of them,
// with the evidence the answering policy needs. A question with no usable
// words returns an empty Result and no error.
func (ix *Index) Search(ctx context.Context, question string, n int) (knowledge.Result, error) {
	res := ix.analyzeQuestion(question)
	if len(res.Terms) == 0 || n <= 0 {
		return res, nil
	}
	var clauses []query.Query
	// When the question has words that tell passages apart, the words that
	// nearly every passage has ("back", "pain", "massage") only break ties:
	// otherwise a passage that repeats them outranks the one about what was
	// asked. Their weight as evidence (Result.Weight) is unchanged.
	specific := false
	for _, t := range res.Terms {
		if ix.vocab.known(t) && res.Weight[t] >= specificWeight {
			specific = true
		}
	}
	for _, t := range res.Terms {
		damp := 1.0
		if specific && res.Weight[t] < genericWeight {
			damp = genericDamp
		}
		// A word the passages lack but a synonym of theirs has ("slouch")
		// is searched as the passages' words: Bleve's expansion gives a
		// synonym half the boost and divides it among the whole group, which
		// would let a common word like "back" outweigh the question's point.
		targets := ix.vocab.indexed(t)
		if len(targets) == 0 {
			continue
		}
		// Each term weighs what it tells apart: a word in every passage
		// ("back") next to nothing, a word in one passage the most. The
		// engine's own idf cannot do this alone: synonym definitions are
		// documents too and inflate its document count. (Bleve ignores a
		// boost on a disjunction, so the weight goes on every term query.)
		//
		// Bleve scores a term with synonyms as a disjunction of the term and
		// each synonym, multiplied by the share of them that matched: a
		// passage that says "doctor" scores a fifth of what it would if
		// "doctor" had no synonyms. Multiplying by the group size undoes
		// that, so a direct hit counts in full and a synonym hit half.
		for _, target := range targets {
			expansion := float64(len(ix.vocab.expand(target)))
			for _, f := range fieldBoosts {
				q := query.NewTermQuery(target) // a term, never query syntax
				q.SetField(f.field)
				q.SetBoost(f.boost * res.Weight[t] * expansion * damp)
				clauses = append(clauses, q)
			}
		}
	}
	if len(clauses) == 0 {
		return res, nil
	}
	q := query.NewDisjunctionQuery(clauses)
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	// Equal scores in id order: otherwise a tie goes whichever way the
	// build's concurrent analysis happened to number the documents.
	req.SortBy([]string{"-_score", "_id"})
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, maxTermSearchers)
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return res, fmt.Errorf("index: search: %w", err)
	}
	for _, h := range sr.Hits {
		p := ix.k.Passage(h.ID)
		if p == nil {
			continue // a synonym definition or a stale document
		}
		res.Matches = append(res.Matches, knowledge.Match{Passage: p, Score: h.Score, Matched: ix.vocab.matched(p.ID, res.Terms)})
	}
	return res, nil
}

// sortedKeys is a small helper for deterministic iteration.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
