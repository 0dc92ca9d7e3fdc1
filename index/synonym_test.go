package index_test

import (
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// A synonym Bleve cannot use is dropped by it without a word, and a synonym
// source left with nothing usable fails every query; New refuses such
// knowledge instead, naming the group's file and line.
func TestNewRejectsUnusableSynonyms(t *testing.T) {
	tests := []struct {
		name string
		path string
		want []string // substrings of the error
	}{
		{"group of stop words", "testdata/stopwords.yaml", []string{"testdata/stopwords.yaml:4: ", `"the"`, "no searchable word"}},
		{"stop word in a group", "testdata/stopword-term.yaml", []string{"testdata/stopword-term.yaml:3: ", `"the"`}},
		{"phrases only", "testdata/phrases-only.yaml", []string{"testdata/phrases-only.yaml:4: ", `"going for a walk"`, "no single-word term"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := knowledge.LoadPath(tt.path)
			if err != nil {
				t.Fatalf("LoadPath(%q) error: %v (the loader accepts these; the index must not)", tt.path, err)
			}
			ix, err := index.New(k, index.Options{})
			if err == nil {
				ix.Close()
				t.Fatalf("index.New(%s) error = nil; want one", tt.path)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("index.New(%s) error = %q; want it to contain %q", tt.path, err, w)
				}
			}
		})
	}
}

func TestNewRejectsUnknownScoring(t *testing.T) {
	ix, err := index.New(mustDefault(t), index.Options{Scoring: "bm42"})
	if err == nil {
		ix.Close()
		t.Fatal(`index.New(Scoring "bm42") error = nil; want one`)
	}
	if !strings.Contains(err.Error(), `"bm42"`) {
		t.Errorf(`index.New(Scoring "bm42") error = %q; want it to name the model`, err)
	}
}

// Synonym groups whose terms all stem alike ([massage, massages]) leave
// Bleve no synonym pair at all; the index must still search, not fail
// every query with "no synonyms found".
func TestSearchWithSynonymsThatCollapse(t *testing.T) {
	tests := []struct {
		name     string
		synonyms [][]string
	}{
		{"one group, one stem", [][]string{{"massage", "massages"}}},
		{"two groups, one stem each", [][]string{{"massage", "massages", "massaging"}, {"knot", "knots"}}},
		{"no synonyms", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := *mustDefault(t) // the same passages with other synonyms
			k.Synonyms = nil
			for i, g := range tt.synonyms {
				k.Synonyms = append(k.Synonyms, knowledge.SynonymGroup{Terms: g, File: "test.yaml", Line: i + 1})
			}
			ix := newIndex(t, &k, index.Options{})
			for _, q := range []string{"massages for knots", "improved blood circulation"} {
				if res := search(t, ix, q, 3); len(res.Matches) == 0 {
					t.Errorf("Search(%q) found nothing; want passages", q)
				}
			}
			if got := top(search(t, ix, "knotted muscles", 3)); got != "muscle-relaxation" {
				t.Errorf("Search(%q) top = %q; want muscle-relaxation", "knotted muscles", got)
			}
		})
	}
}

// The synonyms of the knowledge widen a question: a word only a synonym
// group knows finds the passage, and an operator's group works like the
// default ones.
func TestSearchOperatorSynonyms(t *testing.T) {
	k, err := knowledge.LoadPath("testdata/walking.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := newIndex(t, k, index.Options{})
	for _, q := range []string{"strolling", "is going for a walk good"} {
		res := search(t, ix, q, 3)
		if got := top(res); got != "daily-walk" {
			t.Errorf("Search(%q) top = %q (terms %v); want daily-walk", q, got, res.Terms)
		}
	}
}
