package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// mappingVersion is part of an on-disk index's fingerprint: bump it whenever
// the mapping, the analysis or the document shape changes, so that indexes
// built by an older binary are rebuilt instead of silently mis-searched.
const mappingVersion = 2

// Field names of a passage document.
const (
	fieldTitle     = "title"     // the passage's title ("Muscle Relaxation")
	fieldPhrasings = "phrasings" // ways people ask about it
	fieldBody      = "body"      // the verbatim text, and single words for its multi-word synonyms
	fieldSection   = "section"   // the section's title and summary
)

const (
	synonymSource     = "knowledge_synonyms"
	synonymCollection = "knowledge"
	// analyzerSurface lowercases and splits words without stemming or stop
	// words: the spelling corrector compares what people typed with the
	// words of the knowledge, before stemming mangles typos further.
	analyzerSurface = "surface"
)

// Field weights. A question matching a passage's title or one of its
// phrasings says more than a word somewhere in its body; the section text is
// shared by every passage of the section, so it only breaks ties. Tuned on
// the labelled question sets (see README, "Answer quality").
var fieldBoosts = []struct {
	field string
	boost float64
}{
	{fieldTitle, 2.0},
	{fieldPhrasings, 1.5},
	{fieldBody, 1.0},
	{fieldSection, 0.3},
}

// Scoring models.
const (
	ScoringBM25  = "bm25"
	ScoringTFIDF = "tf-idf"
)

// newMapping returns the explicit mapping of a passage document: one static
// document type, every text field analysed by the English analyzer
// (possessives, lowercase, stop words, Porter stemming) and expanded through
// the knowledge's synonyms at query time. Nothing is stored: hits are mapped
// back to passages by id.
func newMapping(scoring string, withSynonyms bool) (*mapping.IndexMappingImpl, error) {
	m, err := englishMapping(scoring)
	if err != nil {
		return nil, err
	}
	if withSynonyms {
		// A synonym source with no usable definition makes every query on
		// its fields fail ("no synonyms found"), so it is only attached when
		// there is at least one definition; New checks that.
		if err := m.AddSynonymSource(synonymSource, map[string]interface{}{
			"collection": synonymCollection,
			"analyzer":   en.AnalyzerName,
		}); err != nil {
			return nil, err
		}
	}

	doc := bleve.NewDocumentStaticMapping() // dynamic mapping off: only the fields below
	for _, f := range fieldBoosts {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = en.AnalyzerName // must equal the synonym source's analyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false // no highlighting or phrase queries
		if withSynonyms {
			fm.SynonymSource = synonymSource
		}
		doc.AddFieldMappingsAt(f.field, fm)
	}
	m.DefaultMapping = doc
	return m, m.Validate()
}

// englishMapping is a mapping scored by scoring whose default analyzer is
// the English one, with the surface analyzer (lowercase words, no stemming,
// no stop words) registered: what the passage and example indexes share.
func englishMapping(scoring string) (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = scoring
	m.DefaultAnalyzer = en.AnalyzerName
	if err := m.AddCustomAnalyzer(analyzerSurface, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name},
	}); err != nil {
		return nil, err
	}
	return m, nil
}
