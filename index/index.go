package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bbolterrors "go.etcd.io/bbolt/errors"

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
	// Rebuilt reports whether New built the index (true) or reused an
	// on-disk one (false).
	Rebuilt bool
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
	ix := &Index{k: k, stem: probe.AnalyzerNamed(en.AnalyzerName), surf: probe.AnalyzerNamed(analyzerSurface)}
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
	return ix, nil
}

// openOrBuild reuses the index in dir if its fingerprint matches and builds
// it anew otherwise, or when it cannot be opened for any reason: a corrupt
// or unreadable index is a cache miss, not a crash.
func (ix *Index) openOrBuild(dir, fp string, syn synonymSet, log *slog.Logger) error {
	if bi, err := bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": "2s"}); err == nil {
		got, gerr := bi.GetInternal([]byte(internalKey))
		if gerr == nil && string(got) == fp {
			ix.bi = bi
			return nil
		}
		log.Info("index on disk is stale, rebuilding", "dir", dir)
		_ = bi.Close()
	} else if inUse(err) {
		// Another process has it open (bolt's file lock): rebuilding would
		// pull the index from under a running bot.
		return fmt.Errorf("index: %s is in use by another backpainbot process; give this one its own --index-dir, or none", dir)
	} else if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		log.Warn("index on disk cannot be opened, rebuilding", "dir", dir, "err", err)
	}
	if !replaceable(dir) {
		return fmt.Errorf("index: %s holds files that are not a search index; refusing to replace it (choose an empty or new directory)", dir)
	}
	// Build next to the target and rename into place, so a crash part-way
	// leaves either the old index or none, never half of one.
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".index-build-")
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			log.Warn("cannot remove the old index; delete it by hand", "dir", tmp, "err", err)
		}
	}()
	path := filepath.Join(tmp, "index")
	bi, err := bleve.New(path, ix.m)
	if err != nil {
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	ix.bi = bi
	if err := ix.fill(syn); err != nil {
		bi.Close()
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	// The fingerprint goes in last: an index without it is stale.
	if err := bi.SetInternal([]byte(internalKey), []byte(fp)); err != nil {
		bi.Close()
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	if err := bi.Close(); err != nil {
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	// The old one is moved aside, not deleted in place: a directory we may
	// rename but not empty (unreadable, or another user's files inside)
	// must not stop the new index from taking its place.
	if err := os.Rename(dir, filepath.Join(tmp, "old")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: replace %s: %w", dir, err)
	}
	if err := os.Rename(path, dir); err != nil {
		return fmt.Errorf("index: replace %s: %w", dir, err)
	}
	bi, err = bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": "2s"})
	if err != nil {
		return fmt.Errorf("index: open %s: %w", dir, err)
	}
	ix.bi = bi
	ix.Rebuilt = true
	return nil
}

// replaceable reports whether dir may give way to a new index: it is
// missing, not a directory, empty, or has what Bleve writes (index_meta.json
// or store). Any other directory is someone's files, and a mistyped index
// directory must not delete them.
// inUse reports whether opening failed on another process's lock: bolt
// gives up waiting with its timeout error.
func inUse(err error) bool {
	return errors.Is(err, bbolterrors.ErrTimeout)
}

func replaceable(dir string) bool {
	if st, err := os.Lstat(dir); err == nil && !st.IsDir() {
		return false // a file, say a mistyped --index-dir knowledge.yaml: never deleted
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true // missing or unreadable: moved aside whole
	}
	if len(entries) == 0 {
		return true
	}
	for _, e := range entries {
		if e.Name() == "index_meta.json" || e.Name() == "store" {
			return true
		}
	}
	return false
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

// analyzeQuestion turns a question into terms: cut, markup stripped,
// analysed like the passages, phrases rewritten, typos corrected.
func (ix *Index) analyzeQuestion(question string) knowledge.Result {
	text := clean(question)
	res := knowledge.Result{Weight: map[string]float64{}}
	if text == "" {
		return res
	}
	stems := ix.stem.Analyze([]byte(text))
	surface := ix.surf.Analyze([]byte(text))
	byPos := make(map[int]string, len(surface))
	for _, t := range surface {
		byPos[t.Position] = string(t.Term)
	}
	terms := make([]string, 0, len(stems))
	words := make([]string, 0, len(stems))
	for _, t := range stems {
		terms = append(terms, string(t.Term))
		words = append(words, byPos[t.Position])
	}
	// Phrases first, so that a synonym with a filler word in it ("keep
	// up", "feel good hormones") is still recognised; then the filler goes.
	terms, words = ix.vocab.rewritePhrases(terms, words)
	kept := 0
	for i := range terms {
		if !fillerWords[words[i]] {
			terms[kept], words[kept] = terms[i], words[i]
			kept++
		}
	}
	terms, words = terms[:kept], words[:kept]

	seen := map[string]bool{}
	for i, t := range terms {
		if !ix.vocab.known(t) {
			if c := ix.correct(words[i]); c != "" && c != t {
				if res.Corrected == nil {
					res.Corrected = map[string]string{}
				}
				res.Corrected[t] = c
				t = c
			}
		}
		if seen[t] || len(res.Terms) >= maxQueryTerms {
			continue
		}
		if !ix.vocab.known(t) && isFillerTypo(words[i]) {
			// "wil", "cn", "hw": a short misspelt filler word, which counted
			// as an unknown word would outweigh what the question is about.
			continue
		}
		seen[t] = true
		res.Terms = append(res.Terms, t)
		res.Weight[t] = ix.vocab.weight(t)
		if !ix.vocab.known(t) {
			res.Unknown = append(res.Unknown, t)
		}
	}
	return res
}

// clean cuts the question at MaxQuestionRunes, drops invalid UTF-8, NULs and
// Discord markup (mentions, custom emoji, channel links), which carry no
// meaning for search, and splits words joined by a full stop or a colon.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if utf8.RuneCountInString(s) > MaxQuestionRunes {
		s = string([]rune(s)[:MaxQuestionRunes])
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if j := strings.IndexByte(s[i:], '>'); j > 0 && j < 80 && knowledge.IsChatMarkup(s[i+1:i+j]) {
				b.WriteByte(' ')
				i += j + 1
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case 0:
			r = ' '
		case '.', ':', '．', '：':
			// Unicode word segmentation keeps "pain.does" and
			// "pain:massage" as one word, and chat often skips the space
			// after a full stop or colon; no word of ours contains them.
			r = ' '
		}
		b.WriteRune(r)
		i += size
	}
	// @everyone and @here are pings, not words.
	out := strings.NewReplacer("@everyone", " ", "@here", " ").Replace(b.String())
	return strings.TrimSpace(out)
}

// correct returns the knowledge's stemmed term for a misspelt word, or "".
// It only runs on words the knowledge does not contain, so it never changes
// a word that already matches: typo tolerance without losing precision.
func (ix *Index) correct(word string) string {
	if utf8.RuneCountInString(word) < minCorrectLen || isEnglish(word) {
		return "" // a real word is what the person meant, even if we lack it
	}
	best, bestDist, bestDF := "", math.MaxInt, -1
	for _, w := range ix.vocab.surface {
		if w[0] != word[0] { // people rarely mistype the first letter
			continue
		}
		max := maxEdits(word)
		if d := abs(len(w) - len(word)); d > max {
			continue
		}
		d := knowledge.EditDistance(word, w, max)
		if d > max {
			continue
		}
		st := ix.stemOf(w)
		if st == "" {
			continue
		}
		if df := ix.vocab.df[st]; d < bestDist || (d == bestDist && df > bestDF) {
			best, bestDist, bestDF = st, d, df
		}
	}
	return best
}

// Typo tolerance: words shorter than minCorrectLen are left alone (too many
// short words are one edit apart); longer words may be two edits off.
const (
	minCorrectLen = 4
	twoEditLen    = 8
)

func maxEdits(word string) int {
	if utf8.RuneCountInString(word) >= twoEditLen {
		return 2
	}
	return 1
}

func (ix *Index) stemOf(word string) string {
	ts := ix.stem.Analyze([]byte(word))
	if len(ts) != 1 {
		return ""
	}
	return string(ts[0].Term)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
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
