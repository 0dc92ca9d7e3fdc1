package knowledge_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

// seedPath is the article the default knowledge quotes, as published. It
// lives outside the module; tests that need it skip where it is absent.
const seedPath = "../../shared/seed/massage-and-back-pain.txt"

func mustDefault(t testing.TB) *knowledge.Knowledge {
	t.Helper()
	k, err := knowledge.Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return k
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestDefaultShape(t *testing.T) {
	k := mustDefault(t)

	var slugs []string
	for _, s := range k.Sections() {
		slugs = append(slugs, s.Slug)
	}
	wantSlugs := []string{"introduction", "causes", "benefits", "limitations", "complementary", "conclusion"}
	if diff := cmp.Diff(wantSlugs, slugs); diff != "" {
		t.Errorf("Default() section slugs (-want +got):\n%s", diff)
	}

	var ids []string
	for _, p := range k.Passages() {
		ids = append(ids, p.ID)
	}
	wantIDs := []string{
		"intro",
		"understanding",
		"muscle-relaxation", "circulation", "endorphins", "stress",
		"underlying-conditions", "short-term", "therapist-skill",
		"complementary", "exercise", "posture", "medical-consultation",
		"conclusion",
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("Default() passage ids in reading order (-want +got):\n%s", diff)
	}

	if len(k.Articles) != 1 {
		t.Fatalf("Default() has %d articles; want 1", len(k.Articles))
	}
	a := k.Articles[0]
	if a.ID != "massage-and-back-pain" || a.Title == "" || a.Source == "" {
		t.Errorf("Default() article = {ID: %q, Title: %q, Source: %q}; want id massage-and-back-pain with a title and a source", a.ID, a.Title, a.Source)
	}
	// The lookups and back-pointers that replies rely on to name a
	// passage's section and source.
	for _, s := range k.Sections() {
		if s.Article != a {
			t.Errorf("section %q: Article = %v; want the default article", s.Slug, s.Article)
		}
		if got := k.Section(s.Slug); got != s {
			t.Errorf("Section(%q) = %v; want the section itself", s.Slug, got)
		}
		if got := k.Section(strings.ToUpper(s.Slug)); got != s {
			t.Errorf("Section(%q) = %v; want the section (slugs are case-insensitive)", strings.ToUpper(s.Slug), got)
		}
		if s.Title == "" || s.Summary == "" {
			t.Errorf("section %q: title %q, summary %q; want both non-empty", s.Slug, s.Title, s.Summary)
		}
		for _, p := range s.Passages {
			if p.Section != s {
				t.Errorf("passage %q: Section = %v; want %q", p.ID, p.Section, s.Slug)
			}
			if got := k.Passage(p.ID); got != p {
				t.Errorf("Passage(%q) = %v; want the passage itself", p.ID, got)
			}
		}
	}
	for _, name := range []string{"", "nope", "Intro"} {
		if got := k.Passage(name); got != nil {
			t.Errorf("Passage(%q) = %q; want nil", name, got.ID)
		}
	}
	if got := k.Section("nope"); got != nil {
		t.Errorf("Section(%q) = %q; want nil", "nope", got.Slug)
	}
}

func TestDefaultWording(t *testing.T) {
	k := mustDefault(t)
	if k.Disclaimer == "" || len(k.Disclaimer) >= 200 {
		t.Errorf("Default().Disclaimer is %d characters; want 1 to 199 (it must fit an embed footer)", len(k.Disclaimer))
	}
	if k.Disclaimer != knowledge.DefaultDisclaimer {
		t.Errorf("Default().Disclaimer = %q; want knowledge.DefaultDisclaimer %q", k.Disclaimer, knowledge.DefaultDisclaimer)
	}
	if k.DontKnow == "" {
		t.Error("Default().DontKnow is empty")
	}
	if len(k.Synonyms) == 0 {
		t.Error("Default() has no synonyms")
	}
}

// seedParagraphs returns the article's content paragraphs, whitespace
// collapsed, with "1. Title: " cut off numbered items, and the titles of
// the numbered items by their text. Headings and page debris do not end in
// a full stop or a colon; content does.
func seedParagraphs(t *testing.T) (paras []string, titles map[string]string) {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	numbered := regexp.MustCompile(`^\d+\. ([^:]+): (.*)$`)
	titles = map[string]string{}
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(string(b), -1) {
		p = collapse(p)
		if !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, ":") {
			continue
		}
		if m := numbered.FindStringSubmatch(p); m != nil {
			p = m[2]
			titles[p] = m[1]
		}
		paras = append(paras, p)
	}
	return paras, titles
}

// The default passages are the article, quoted verbatim: every content
// paragraph once, in the article's order, nothing else.
func TestDefaultQuotesTheArticleVerbatim(t *testing.T) {
	paras, titles := seedParagraphs(t)
	if len(paras) != 14 || len(titles) != 10 {
		t.Fatalf("seed has %d content paragraphs and %d numbered items; want 14 and 10 (has the seed changed?)", len(paras), len(titles))
	}
	k := mustDefault(t)
	var texts []string
	for _, p := range k.Passages() {
		texts = append(texts, collapse(p.Text))
	}
	if diff := cmp.Diff(paras, texts); diff != "" {
		t.Errorf("Default() passage texts differ from the article's paragraphs (-article +passages):\n%s", diff)
	}
	for _, p := range k.Passages() {
		for _, debris := range []string{"top of page", "23 views", "bottom of page", "0 comments"} {
			if strings.Contains(strings.ToLower(p.Text), debris) {
				t.Errorf("passage %q contains page debris %q", p.ID, debris)
			}
		}
		if want, ok := titles[collapse(p.Text)]; ok && p.Title != want {
			t.Errorf("passage %q: Title = %q; want the article's item title %q", p.ID, p.Title, want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	base := mustDefault(t).Fingerprint()
	if again := mustDefault(t).Fingerprint(); again != base {
		t.Fatalf("Fingerprint() of two loads of the same knowledge differ: %s, %s", base, again)
	}
	tests := []struct {
		name   string
		change func(k *knowledge.Knowledge)
		want   bool // whether the fingerprint changes
	}{
		{"passage text", func(k *knowledge.Knowledge) { k.Passage("posture").Text += " Sit up." }, true},
		{"passage title", func(k *knowledge.Knowledge) { k.Passage("posture").Title = "Posture" }, true},
		{"passage phrasing", func(k *knowledge.Knowledge) { k.Passage("posture").Phrasings[0] = "slouching" }, true},
		{"passage id", func(k *knowledge.Knowledge) { k.Passage("posture").ID = "posture-2" }, true},
		{"section summary", func(k *knowledge.Knowledge) { k.Section("benefits").Summary = "Massage helps." }, true},
		{"section title", func(k *knowledge.Knowledge) { k.Section("benefits").Title = "Benefits" }, true},
		{"synonym term", func(k *knowledge.Knowledge) { k.Synonyms[0].Terms[1] = "rubdowns" }, true},
		{"synonym group added", func(k *knowledge.Knowledge) {
			k.Synonyms = append(k.Synonyms, knowledge.SynonymGroup{Terms: []string{"sciatica", "sciatic"}})
		}, true},
		{"synonym group removed", func(k *knowledge.Knowledge) { k.Synonyms = k.Synonyms[1:] }, true},
		// Not indexed: changing them must not force a rebuild.
		{"disclaimer", func(k *knowledge.Knowledge) { k.Disclaimer = "Not advice." }, false},
		{"dont know", func(k *knowledge.Knowledge) { k.DontKnow = "No idea." }, false},
		{"synonym line", func(k *knowledge.Knowledge) { k.Synonyms[0].Line += 10 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustDefault(t) // a fresh copy to change
			tt.change(k)
			if got := k.Fingerprint() != base; got != tt.want {
				t.Errorf("after changing the %s, Fingerprint() changed = %v; want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestIsChatMarkup(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"@123456789", true}, {"@!123", true}, {"@&123", true}, {"#123", true},
		{":pepe:123", true}, {"a:dance:123", true}, {"t:1700000000:R", true}, {"/ask:123", true},
		{"https://example.com", true},
		{"", false}, {"3", false}, {"back pain", false}, {"a", false}, {"tight", false},
	}
	for _, tt := range tests {
		if got := knowledge.IsChatMarkup(tt.in); got != tt.want {
			t.Errorf("IsChatMarkup(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// The default article ships with the corpus its question model needs: at
// least 100 ways of asking for each passage, 1,500 messages it does not
// answer, and a few of each kind of small talk.
func TestDefaultExamples(t *testing.T) {
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, e := range k.Examples {
		n[e.Label]++
	}
	for _, p := range k.Passages() {
		if n[p.ID] < 100 {
			t.Errorf("passage %s has %d examples; want at least 100", p.ID, n[p.ID])
		}
	}
	if n[knowledge.LabelNone] < 1500 {
		t.Errorf("%d out-of-scope examples; want at least 1,500", n[knowledge.LabelNone])
	}
	for _, l := range []string{knowledge.LabelGreeting, knowledge.LabelThanks, knowledge.LabelHelp} {
		if n[l] < 20 {
			t.Errorf("%d %s examples; want at least 20", n[l], l)
		}
	}
}
