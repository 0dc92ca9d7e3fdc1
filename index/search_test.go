package index_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

func mustDefault(t testing.TB) *knowledge.Knowledge {
	t.Helper()
	k, err := knowledge.Default()
	if err != nil {
		t.Fatalf("knowledge.Default() error: %v", err)
	}
	return k
}

// newIndex builds an index and closes it when the test ends.
func newIndex(t testing.TB, k *knowledge.Knowledge, opts index.Options) *index.Index {
	t.Helper()
	ix, err := index.New(k, opts)
	if err != nil {
		t.Fatalf("index.New(opts %+v) error: %v", opts, err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Errorf("Close() error: %v", err)
		}
	})
	return ix
}

func search(t testing.TB, ix *index.Index, q string, n int) knowledge.Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q, n)
	if err != nil {
		t.Fatalf("Search(%q) error: %v", q, err)
	}
	return res
}

func ids(res knowledge.Result) []string {
	var out []string
	for _, m := range res.Matches {
		out = append(out, m.Passage.ID)
	}
	return out
}

func top(res knowledge.Result) string {
	if len(res.Matches) == 0 {
		return ""
	}
	return res.Matches[0].Passage.ID
}

// Everyday phrasings, none of them a phrasing written in the knowledge,
// and the passage that answers each.
var everyday = []struct {
	question string
	want     string
}{
	{"knots in my back", "muscle-relaxation"},
	{"i've got knots in my shoulders", "muscle-relaxation"},
	{"slipped disc massage", "underlying-conditions"},
	{"can massage make a herniated disc worse", "underlying-conditions"},
	{"happy hormones", "endorphins"},
	{"blood flow", "circulation"},
	{"BLOOD FLOW", "circulation"},
	{"slouching at my desk", "posture"},
	{"my posture is bad from sitting at a desk all day", "posture"},
	{"physio", "exercise"},
	{"is yoga good for back pain", "exercise"},
	{"massge increase circulaton", "circulation"}, // two typos
	{"see my GP", "medical-consultation"},
	{"should i see a doctor", "medical-consultation"},
	{"how long does relief from a massage last", "short-term"},
	{"the pain came back after the massage wore off", "short-term"},
	{"how do i find a good masseuse", "therapist-skill"},
	{"does stress cause back pain", "stress"},
	{"back pain.does stretching help", "exercise"}, // no space after the full stop
}

// The answering policy trusts rank 1, on an index built in memory and on
// one reopened from disk alike.
func TestSearchFindsPassage(t *testing.T) {
	k := mustDefault(t)
	dir := filepath.Join(t.TempDir(), "index")
	first, err := index.New(k, index.Options{Dir: dir})
	if err != nil {
		t.Fatalf("index.New(Dir) error: %v", err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	indexes := []struct {
		name string
		ix   *index.Index
	}{
		{"memory", newIndex(t, k, index.Options{})},
		{"disk", newIndex(t, k, index.Options{Dir: dir})},
	}
	for _, x := range indexes {
		for _, tt := range everyday {
			t.Run(x.name+"/"+tt.question, func(t *testing.T) {
				res := search(t, x.ix, tt.question, 3)
				if got := top(res); got != tt.want {
					t.Errorf("Search(%q) top = %q (all %v, terms %v); want %q", tt.question, got, ids(res), res.Terms, tt.want)
				}
			})
		}
	}
}

func TestSearchLimit(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	for _, n := range []int{-1, 0, 1, 2, 100} {
		res := search(t, ix, "massage for back pain", n)
		want := min(max(n, 0), 14)
		if n > 0 && len(res.Matches) == 0 || len(res.Matches) > want {
			t.Errorf("Search(n=%d) = %d matches; want 1 to %d", n, len(res.Matches), want)
		}
		if !slices.IsSortedFunc(res.Matches, func(a, b knowledge.Match) int { return -cmpFloat(a.Score, b.Score) }) {
			t.Errorf("Search(n=%d) scores %v; want them in decreasing order", n, res.Matches)
		}
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// plain keeps only letters, digits and spaces: what a question means once
// nothing in it is syntax.
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, s)
}

// Nothing a user types is query syntax: a question with Bleve's operators
// searches exactly what the same words without them search.
func TestSearchTreatsQueryAsPlainText(t *testing.T) {
	k := mustDefault(t)
	ix := newIndex(t, k, index.Options{})
	all := len(k.Passages())
	tests := []struct {
		name     string
		question string
		want     string // "none": no match; "some": not every passage; "": as plain
	}{
		{"operators", `+ - : * ~ " ^ ( )`, "none"},
		{"star", `*`, "none"},
		{"dot star", `.*`, "none"},
		{"backslash", `\`, "none"},
		{"field regexp", `body:/.*/`, "some"},
		{"unterminated quote", `"unterminated`, "none"},
		{"colons", `a:b:c`, "none"},
		{"field and boost", `title:massage^100`, ""},
		{"regexp", `mass?age[s]*|circ.*`, ""},
		{"must and must not", `+massage -stretching`, ""},
		{"fuzzy and range", `massage~2 score:>1`, ""},
		{"phrase", `"blood flow"`, "some"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, ix, tt.question, all)
			if tt.want == "none" && len(res.Matches) > 0 {
				t.Errorf("Search(%q) = %v; want no match", tt.question, ids(res))
			}
			if tt.want == "some" && (len(res.Matches) == 0 || len(res.Matches) == all) {
				t.Errorf("Search(%q) = %d of %d passages; want only those with its words", tt.question, len(res.Matches), all)
			}
			want := search(t, ix, plain(tt.question), all)
			if diff := cmp.Diff(ids(want), ids(res)); diff != "" {
				t.Errorf("Search(%q) differs from Search(%q) (-plain +got):\n%s", tt.question, plain(tt.question), diff)
			}
		})
	}
	// body:/.*/ searches the word "body": every passage found says it.
	for _, m := range search(t, ix, `body:/.*/`, all).Matches {
		p := m.Passage
		text := strings.ToLower(p.Title + " " + strings.Join(p.Phrasings, " ") + " " + p.Text + " " + p.Section.Title + " " + p.Section.Summary)
		if !strings.Contains(text, "bod") {
			t.Errorf("Search(%q) found %q, which does not say body", `body:/.*/`, p.ID)
		}
	}
}

// Spelling correction only touches words that are neither the knowledge's
// nor common English: "fell" is not "feel", "lost" is not "last".
func TestSearchCorrectsOnlyTypos(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	tests := []struct {
		question string
		want     map[string]string // Result.Corrected
	}{
		{"musles", map[string]string{"musl": "muscl"}},
		{"massge increase circulaton", map[string]string{"massg": "massag", "circulaton": "circul"}},
		{"theraptist", map[string]string{"theraptist": "therapist"}},
		{"excercise", map[string]string{"excercis": "exercis"}},
		{"docter", map[string]string{"docter": "doctor"}},
		{"herniatd disk", map[string]string{"herniatd": "herniat"}},
		// Common English words the knowledge lacks, each one edit from a
		// word it has.
		{"fell", nil},
		{"lost", nil},
		{"I fell down the stairs and lost my balance", nil},
		{"sole", nil},      // sore
		{"mode", nil},      // mood
		{"bake", nil},      // back
		{"pane", nil},      // pain
		{"spice", nil},     // spine
		{"knit", nil},      // knot
		{"stretcher", nil}, // stretches
		// Too short to correct safely.
		{"bak", nil},
	}
	for _, tt := range tests {
		res := search(t, ix, tt.question, 3)
		if diff := cmp.Diff(tt.want, res.Corrected, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Search(%q).Corrected (-want +got):\n%s", tt.question, diff)
		}
		for _, c := range res.Corrected {
			if !slices.Contains(res.Terms, c) {
				t.Errorf("Search(%q).Terms = %v; want the correction %q among them", tt.question, res.Terms, c)
			}
		}
	}
	res := search(t, ix, "fell", 3)
	if diff := cmp.Diff([]string{"fell"}, res.Unknown); diff != "" {
		t.Errorf("Search(%q).Unknown (-want +got):\n%s", "fell", diff)
	}
}

// No word of the knowledge is ever "corrected": a question made of one of
// its words searches that word.
func TestSearchNeverCorrectsKnowledgeWords(t *testing.T) {
	k := mustDefault(t)
	ix := newIndex(t, k, index.Options{})
	seen := map[string]bool{}
	for _, p := range k.Passages() {
		words := strings.FieldsFunc(p.Title+" "+strings.Join(p.Phrasings, " ")+" "+p.Text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
		})
		for _, w := range words {
			w = strings.ToLower(w)
			if seen[w] {
				continue
			}
			seen[w] = true
			if res := search(t, ix, w, 1); len(res.Corrected) > 0 || len(res.Unknown) > 0 {
				t.Errorf("Search(%q) corrected %v, unknown %v; want the knowledge's own word left alone", w, res.Corrected, res.Unknown)
			}
		}
	}
}

// Whatever arrives from Discord searches without error, and what carries
// no meaning (blanks, stop words, emoji, markup) yields no term.
func TestSearchAwkwardInput(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	tests := []struct {
		name      string
		question  string
		wantTerms []string
	}{
		{"empty", "", nil},
		{"blanks", " \t\r\n\u00a0\u2003 ", nil},
		{"stop words", "the of and a to is it", nil},
		{"filler", "hey lol idk tbh", nil},
		{"emoji", "🙂🔥💆‍♀️👍🏽", nil},
		{"invalid UTF-8", "\xff\xfe\xfd\xc3", nil},
		{"invalid UTF-8 around a word", "\xffmassage\xfe", []string{"massag"}},
		{"NUL bytes", "\x00\x00\x00", nil},
		{"NUL between words", "massage\x00circulation", []string{"massag", "circul"}},
		{"user mention", "<@123456789012345678>", nil},
		{"nickname mention", "<@!123456789012345678>", nil},
		{"role mention", "<@&123456789012345678>", nil},
		{"channel link", "<#123456789012345678>", nil},
		{"custom emoji", "<:pepe:123456789012345678>", nil},
		{"custom emoji named like a word", "<:massage:123456789012345678>", nil},
		{"animated emoji", "<a:catjam:445566778899001122> <a:catjam:445566778899001122>", nil},
		{"timestamp", "<t:1700000000:R>", nil},
		{"slash command mention", "</topic:123456789012345678>", nil},
		{"everyone and here", "@everyone @here", nil},
		{"markup around a question", "<@123> @everyone <:pepe:1> does massage help circulation <#9>", []string{"massag", "help", "circul"}},
		{"angle brackets that are not markup", "<massage>", []string{"massag"}},
		{"joined by a colon", "back pain:massage", []string{"back", "pain", "massag"}},
		{"joined by a full stop", "back pain.does massage help", []string{"back", "pain", "massag", "help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, ix, tt.question, 3)
			if diff := cmp.Diff(tt.wantTerms, res.Terms, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Search(%q).Terms (-want +got):\n%s", tt.question, diff)
			}
			if len(tt.wantTerms) == 0 && len(res.Matches) > 0 {
				t.Errorf("Search(%q) = %v; want no match for a question without terms", tt.question, ids(res))
			}
		})
	}
}

func TestSearchLongQuestions(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	// A megabyte: cut, not refused, and quick enough for Discord.
	long := strings.Repeat("does massage help the blood flow in my back ", 1<<20/44)
	res := search(t, ix, long, 3)
	if top(res) != "circulation" {
		t.Errorf("Search(1 MB of %q) top = %q; want circulation", long[:44], top(res))
	}
	// A megabyte of one word.
	search(t, ix, strings.Repeat("a", 1<<20), 3)
	// Many distinct words: the number of terms is bounded, and so is the
	// work (no "too many term searchers" error).
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, "word%d ", i)
	}
	if res := search(t, ix, b.String(), 3); len(res.Terms) > 64 {
		t.Errorf("Search(2000 distinct words) has %d terms; want at most 64", len(res.Terms))
	}
	// Every word of the knowledge and its synonyms at once: the widest
	// synonym expansion a question can cause.
	k := ix.Knowledge()
	var all []string
	for _, g := range k.Synonyms {
		all = append(all, g.Terms...)
	}
	for _, p := range k.Passages() {
		all = append(all, p.Text)
	}
	search(t, ix, strings.Join(all, " "), 3)
}

// Index is used from every Discord handler goroutine at once.
func TestSearchConcurrent(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	const goroutines, searches = 8, 200
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range searches {
				tt := everyday[(g+i)%len(everyday)]
				res, err := ix.Search(context.Background(), tt.question, 3)
				if err != nil {
					t.Errorf("Search(%q) error: %v", tt.question, err)
					return
				}
				if got := top(res); got != tt.want {
					t.Errorf("concurrent Search(%q) top = %q; want %q", tt.question, got, tt.want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestSearchHonoursCancelledContext(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "knots in my back", 3); err == nil {
		t.Errorf("Search(cancelled context) error = nil; want the cancellation")
	}
}

// No input makes Search fail or panic, and every Result is consistent:
// matches are real passages in score order, terms are unique, and the
// evidence only names the question's terms.
func FuzzSearch(f *testing.F) {
	for _, tt := range everyday {
		f.Add(tt.question)
	}
	for _, s := range []string{
		"", " ", `+ - : * ~ " ^ ( )`, `body:/.*/`, `*`, `"unterminated`, `a:b:c`, `title:massage^100`, `\`,
		`mass?age[s]*|circ.*`, "\xff\xfe", "massage\x00circulation", "<@123> <:pepe:123> @everyone",
		"<t:1:R", "<<<<>>>>", "fell", "musles", "back's backs' backˈs", "ＭＡＳＳＡＧＥ", "ß ǅ ﬁ İ",
	} {
		f.Add(s)
	}
	k := mustDefault(f)
	ix, err := index.New(k, index.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer ix.Close()
	f.Fuzz(func(t *testing.T, q string) {
		const n = 5
		res, err := ix.Search(context.Background(), q, n)
		if err != nil {
			t.Fatalf("Search(%q) error: %v", q, err)
		}
		if len(res.Matches) > n {
			t.Errorf("Search(%q) = %d matches; want at most %d", q, len(res.Matches), n)
		}
		if len(res.Terms) > 64 {
			t.Errorf("Search(%q) = %d terms; want at most 64", q, len(res.Terms))
		}
		terms := map[string]bool{}
		for _, term := range res.Terms {
			if term == "" || terms[term] {
				t.Errorf("Search(%q).Terms = %q; want unique non-empty terms", q, res.Terms)
			}
			terms[term] = true
			if w, ok := res.Weight[term]; !ok || w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
				t.Errorf("Search(%q).Weight[%q] = %v, %v; want a finite weight >= 0", q, term, w, ok)
			}
		}
		for _, u := range res.Unknown {
			if !terms[u] {
				t.Errorf("Search(%q).Unknown has %q, not one of Terms %q", q, u, res.Terms)
			}
		}
		if len(res.Terms) == 0 && len(res.Matches) > 0 {
			t.Errorf("Search(%q) = %v with no terms", q, ids(res))
		}
		for i, m := range res.Matches {
			if m.Passage == nil || k.Passage(m.Passage.ID) != m.Passage {
				t.Fatalf("Search(%q).Matches[%d] is not a passage of the knowledge", q, i)
			}
			if i > 0 && m.Score > res.Matches[i-1].Score {
				t.Errorf("Search(%q) scores are not in decreasing order", q)
			}
			for _, mt := range m.Matched {
				if !terms[mt] {
					t.Errorf("Search(%q).Matches[%d].Matched has %q, not one of Terms %q", q, i, mt, res.Terms)
				}
			}
		}
	})
}

// The same question gets the same answer after every restart, even when
// passages tie: a rebuilt index must not order equal scores differently.
func TestSearchIsDeterministic(t *testing.T) {
	k := mustDefault(t)
	all := len(k.Passages())
	var questions []string
	for _, tt := range everyday {
		questions = append(questions, tt.question)
	}
	questions = append(questions, "happy hormones", "back", "massage", "pain", "relief")
	first := newIndex(t, k, index.Options{})
	for i := range 3 {
		other := newIndex(t, k, index.Options{})
		for _, q := range questions {
			want, got := ids(search(t, first, q, all)), ids(search(t, other, q, all))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("build %d: Search(%q) order differs from the first build's (-first +this):\n%s", i+2, q, diff)
			}
		}
	}
}

// Chat filler and its short misspellings ("wil", "cn", "yo", "bro") say
// nothing about the question and must not count as words the knowledge
// lacks; a short word that is not near any filler word still does.
func TestSearchIgnoresChatFiller(t *testing.T) {
	ix := newIndex(t, mustDefault(t), index.Options{})
	for _, q := range []string{"wil massage help my back", "yo cn massage help my back bro", "hw does massage help my back tbh"} {
		res := search(t, ix, q, 3)
		if len(res.Unknown) != 0 {
			t.Errorf("Search(%q).Unknown = %v; want none (terms %v)", q, res.Unknown, res.Terms)
		}
	}
	if res := search(t, ix, "cbd for back pain", 3); len(res.Unknown) != 1 || res.Unknown[0] != "cbd" {
		t.Errorf(`Search("cbd for back pain").Unknown = %v; want [cbd]`, res.Unknown)
	}
}
