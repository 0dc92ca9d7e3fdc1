package importer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
	"github.com/backpainbot/backpainbot/knowledge/importer"
)

const seed = "../../../shared/seed/massage-and-back-pain.txt"

// passage is what an import must get right: where a passage is, its title
// and its words.
type passage struct{ Section, Title, Text string }

func draftPassages(d *importer.Draft) []passage {
	var out []passage
	for _, s := range d.Sections {
		for _, p := range s.Passages {
			out = append(out, passage{s.Title, p.Title, p.Text})
		}
	}
	return out
}

func importFile(t *testing.T, path string) *importer.Draft {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := importer.FormatOf(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := importer.Import(data, f, path)
	if err != nil {
		t.Fatalf("Import(%s) error: %v", path, err)
	}
	return d
}

// Importing the seed article reproduces the default knowledge: the same
// sections in the same order, the same passage texts word for word, the
// numbered items' titles, and the conclusion as the overview. (The
// introduction's passage title is the only one written by hand.)
func TestImportSeedReproducesDefault(t *testing.T) {
	def, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	var want []passage
	for _, p := range def.Passages() {
		want = append(want, passage{p.Section.Title, p.Title, p.Text})
	}
	want[0].Title = "Introduction"
	d := importFile(t, seed)
	if diff := cmp.Diff(want, draftPassages(d)); diff != "" {
		t.Errorf("Import(%s) passages differ from the default knowledge (-default +import):\n%s", seed, diff)
	}
	if got, want := d.Title, def.Articles[0].Title; got != want {
		t.Errorf("Import(%s).Title = %q; want %q", seed, got, want)
	}
	last := d.Sections[len(d.Sections)-1]
	if !last.Passages[0].Overview || def.Articles[0].Overview.Text != last.Passages[0].Text {
		t.Errorf("Import(%s): overview passage is not the conclusion", seed)
	}
}

// The same article as Markdown and as a web page, with its page furniture
// (navigation, cookie banner, byline, share buttons, related posts), gives
// the same draft as the plain text.
func TestImportFormatsAgree(t *testing.T) {
	want := draftPassages(importFile(t, seed))
	for _, path := range []string{"testdata/massage-and-back-pain.md", "testdata/massage-and-back-pain.html"} {
		d := importFile(t, path)
		if diff := cmp.Diff(want, draftPassages(d)); diff != "" {
			t.Errorf("Import(%s) differs from the plain text's draft (-text +%s):\n%s", path, filepath.Ext(path), diff)
		}
		if !strings.HasPrefix(d.Title, "Can a Body Massage Fix Back Pain?") {
			t.Errorf("Import(%s).Title = %q", path, d.Title)
		}
	}
	if d := importFile(t, "testdata/massage-and-back-pain.html"); !strings.Contains(d.Source, "https://example.com/blog/massage") {
		t.Errorf("Import(html).Source = %q; want the page's canonical address", d.Source)
	}
}

// The draft's YAML reads back through the loader as the same passages once
// the summaries are written; until then it does not load, so an unfinished
// draft cannot run.
func TestDraftYAMLLoads(t *testing.T) {
	d := importFile(t, seed)
	b, err := d.YAML("a test")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.yaml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledge.LoadPath(path); err == nil || !strings.Contains(err.Error(), "empty summary") {
		t.Errorf("LoadPath(draft) error = %v; want the empty summary reported", err)
	}
	filled := strings.ReplaceAll(string(b), `summary: ""`, "summary: Written by the operator.")
	if err := os.WriteFile(path, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := knowledge.LoadPath(path)
	if err != nil {
		t.Fatalf("LoadPath(draft with summaries) error: %v", err)
	}
	var got []passage
	for _, p := range k.Passages() {
		got = append(got, passage{p.Section.Title, p.Title, p.Text})
	}
	if diff := cmp.Diff(draftPassages(d), got); diff != "" {
		t.Errorf("draft YAML read back differs (-draft +loaded):\n%s", diff)
	}
	if k.Articles[0].Overview == nil || k.Articles[0].Overview.ID != "conclusion" {
		t.Errorf("draft YAML: overview = %v; want the conclusion", k.Articles[0].Overview)
	}
}

// A paragraph too long for one message becomes several passages, split at
// sentence ends, each within the limit, together word for word the
// paragraph.
func TestImportSplitsLongParagraphs(t *testing.T) {
	sentence := "Massage can help relax tense muscles in the back, and many people find it eases their pain for a while. "
	para := strings.TrimSpace(strings.Repeat(sentence, 30)) // about 3,200 characters
	d, err := importer.Import([]byte("A long article\n\nA section\n\n"+para+"\n"), importer.Text, "long.txt")
	if err != nil {
		t.Fatal(err)
	}
	ps := d.Sections[0].Passages
	if len(ps) < 3 {
		t.Fatalf("Import(3,200-character paragraph) = %d passages; want at least 3", len(ps))
	}
	var texts []string
	ids := map[string]bool{}
	for _, p := range ps {
		if n := knowledge.PassageLen(p.Text); n > knowledge.MaxPassageLen {
			t.Errorf("passage %q is %d characters; want at most %d", p.ID, n, knowledge.MaxPassageLen)
		}
		if !strings.HasSuffix(p.Text, "while.") {
			t.Errorf("passage %q ends %q; want a sentence end", p.ID, p.Text[len(p.Text)-20:])
		}
		if ids[p.ID] {
			t.Errorf("passage id %q used twice", p.ID)
		}
		ids[p.ID] = true
		texts = append(texts, p.Text)
	}
	if strings.Join(texts, " ") != para {
		t.Error("the split passages joined are not the paragraph word for word")
	}
}

// Page furniture is left out; the article's sentences, even those that
// mention cookies or sharing, are kept.
func TestImportLeavesOutDebris(t *testing.T) {
	debris := []string{"top of page", "bottom of page", "23 views0 comments", "5 comments", "Share this post", "Share on Facebook",
		"We use cookies to give you the best experience.", "Accept all cookies", "By Jane Doe", "Written by Dr. Sam O'Neil",
		"Updated March 5, 2024", "Published on 2024-03-05", "6 min read", "Skip to main content", "Home › Blog › Back pain",
		"Leave a comment", "© 2024 Wellness Blog", "Tags: back pain, massage", "Read more", "Subscribe to our newsletter"}
	kept := []string{"Sharing a massage session with a friend can make it easier to keep going.",
		"By the time back pain lasts six weeks, it is worth seeing a doctor.",
		"Cookies and cakes will not help your back, but a walk might."}
	var text strings.Builder
	text.WriteString("An article\n\nA section\n\n")
	for _, s := range append(debris, kept...) {
		text.WriteString(s + "\n\n")
	}
	d, err := importer.Import([]byte(text.String()), importer.Text, "debris.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range draftPassages(d) {
		got = append(got, p.Text)
	}
	if diff := cmp.Diff(kept, got); diff != "" {
		t.Errorf("Import kept (-want +got):\n%s", diff)
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		want importer.Format
	}{
		{"a.txt", importer.Text}, {"a", importer.Text}, {"a.md", importer.Markdown}, {"A.MARKDOWN", importer.Markdown},
		{"a.html", importer.HTML}, {"a.htm", importer.HTML},
	}
	for _, tt := range tests {
		if got, err := importer.FormatOf(tt.name); err != nil || got != tt.want {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := importer.FormatOf("a.pdf"); err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("FormatOf(a.pdf) error = %v; want a pointer to --format", err)
	}
}

// An article without a heading takes its title from the file's name, for
// the operator to correct; the draft still has the paragraphs.
func TestImportWithoutHeadings(t *testing.T) {
	d, err := importer.Import([]byte("Massage can help relax tense muscles.\n\nIt may not help every back.\n"), importer.Text, "notes/massage-and_backs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "massage and backs" || len(d.Sections) != 1 || len(d.Sections[0].Passages) != 2 {
		t.Errorf("Import(no headings) = title %q, %d sections; want the file's name and one section of two passages", d.Title, len(d.Sections))
	}
}

// A long import reports its stages in order, ending with all of them done.
func TestImportMeteredReportsEveryStage(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	total := 0
	if _, err := importer.ImportMetered(data, importer.Text, seed, func(done, n int) { got, total = append(got, done), n }); err != nil {
		t.Fatal(err)
	}
	if total == 0 || len(got) == 0 || got[len(got)-1] != total {
		t.Fatalf("progress %v of %d; want it to end with every stage done", got, total)
	}
	for i := 1; i < len(got); i++ {
		if got[i] < got[i-1] {
			t.Errorf("progress went back: %v", got)
		}
	}
}
