package knowledge_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

var update = flag.Bool("update", false, "rewrite testdata/broken/errors.golden")

// An operator's single file replaces the default article and wording and
// adds its synonyms to the default ones.
func TestLoadPathFile(t *testing.T) {
	const path = "testdata/valid/walking.yaml"
	k, err := knowledge.LoadPath(path)
	if err != nil {
		t.Fatalf("LoadPath(%q) error: %v", path, err)
	}
	if len(k.Articles) != 1 || k.Articles[0].ID != "walking" || k.Articles[0].File != path {
		t.Fatalf("LoadPath(%q).Articles = %v; want only article walking from %s", path, k.Articles, path)
	}
	if p := k.Passage("intro"); p != nil {
		t.Errorf("LoadPath(%q) includes the default article's passage %q; want only the operator's", path, p.ID)
	}
	type passage struct{ ID, Title, Text, Article string }
	var got []passage
	for _, p := range k.Passages() {
		got = append(got, passage{p.ID, p.Title, p.Text, p.Section.Article.ID})
	}
	want := []passage{
		{"daily-walk", "A daily walk", "A short daily walk keeps the muscles of the back moving and supple.", "walking"},
		{"shoes", "Walking", "Comfortable shoes make walking easier on the back.", "walking"}, // no title: the section's
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadPath(%q) passages (-want +got):\n%s", path, diff)
	}
	if want := "Walking tips from a leaflet, not medical advice. See a healthcare professional about your back."; k.Disclaimer != want {
		t.Errorf("LoadPath(%q).Disclaimer = %q; want the operator's %q", path, k.Disclaimer, want)
	}
	if want := "I can't answer that from the walking leaflet."; k.DontKnow != want {
		t.Errorf("LoadPath(%q).DontKnow = %q; want %q", path, k.DontKnow, want)
	}
	def := mustDefault(t)
	if len(k.Synonyms) != len(def.Synonyms)+1 {
		t.Fatalf("LoadPath(%q) has %d synonym groups; want the %d default ones and 1 more", path, len(k.Synonyms), len(def.Synonyms))
	}
	wantGroup := knowledge.SynonymGroup{Terms: []string{"walking", "strolling", "going for a walk"}, File: path, Line: 9}
	if diff := cmp.Diff(wantGroup, k.Synonyms[len(k.Synonyms)-1]); diff != "" {
		t.Errorf("LoadPath(%q) operator synonym group (-want +got):\n%s", path, diff)
	}
	if got, want := k.Synonyms[len(k.Synonyms)-1].Where(), path+":9"; got != want {
		t.Errorf("SynonymGroup.Where() = %q; want %q", got, want)
	}
}

// A directory loads every *.yaml and *.yml in name order, and nothing else;
// each passage belongs to its own article.
func TestLoadPathDir(t *testing.T) {
	const dir = "testdata/multi"
	k, err := knowledge.LoadPath(dir)
	if err != nil {
		t.Fatalf("LoadPath(%q) error: %v", dir, err)
	}
	got := map[string]string{} // passage id -> article id, file
	for _, p := range k.Passages() {
		got[p.ID] = p.Section.Article.ID + " " + p.Section.Article.File
	}
	want := map[string]string{
		"pillow":     "sleep " + filepath.Join(dir, "a-sleep.yaml"),
		"bend-knees": "lifting " + filepath.Join(dir, "b-lifting.yml"),
		"no-twist":   "lifting " + filepath.Join(dir, "b-lifting.yml"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadPath(%q) passage -> article (-want +got):\n%s", dir, diff)
	}
	var order []string
	for _, s := range k.Sections() {
		order = append(order, s.Slug)
	}
	if diff := cmp.Diff([]string{"sleep", "lifting"}, order); diff != "" {
		t.Errorf("LoadPath(%q) sections in file-name order (-want +got):\n%s", dir, diff)
	}
	if k.Disclaimer != knowledge.DefaultDisclaimer {
		t.Errorf("LoadPath(%q).Disclaimer = %q; want the default (no file sets one)", dir, k.Disclaimer)
	}
	last := k.Synonyms[len(k.Synonyms)-1]
	if diff := cmp.Diff([]string{"lifting", "hoisting"}, last.Terms); diff != "" {
		t.Errorf("LoadPath(%q) last synonym group (-want +got):\n%s", dir, diff)
	}
}

func TestLoadPathSameDisclaimerTwice(t *testing.T) {
	dir := t.TempDir()
	for _, id := range []string{"one", "two"} {
		data := "disclaimer: Same words,\n  not medical advice.\n" + article(id, id+"-p", "Some text.")
		if err := os.WriteFile(filepath.Join(dir, id+".yaml"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	k, err := knowledge.LoadPath(dir)
	if err != nil {
		t.Fatalf("LoadPath(two files, one disclaimer) error: %v", err)
	}
	if want := "Same words, not medical advice."; k.Disclaimer != want {
		t.Errorf("LoadPath(two files, one disclaimer).Disclaimer = %q; want %q", k.Disclaimer, want)
	}
}

// article is a minimal valid article in YAML.
func article(id, passage, text string) string {
	return "article:\n  id: " + id + "\n  title: T\n  source: S\n  sections:\n" +
		"    - slug: " + id + "\n      title: T\n      summary: S.\n      passages:\n" +
		"        - id: " + passage + "\n          text: " + text + "\n"
}

// Every mistake in a knowledge file stops the program, with an error that
// names the file, the line and the item, so the operator can fix it.
func TestLoadPathErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		want []string // substrings of the error
	}{
		{"unknown field", "broken/typo.yaml", []string{"broken/typo.yaml:13: ", "unknown field txt"}},
		{"duplicate passage id", "broken/dup.yaml", []string{"broken/dup.yaml:15: ", `passage "posture"`, "duplicate id"}},
		{"duplicate passage id across files", "broken/dupdir", []string{"broken/dupdir/b.yaml:13: ", `passage "posture"`, "duplicate id", "also in testdata/broken/dupdir/a.yaml"}},
		{"empty passage id", "broken/emptyid.yaml", []string{"broken/emptyid.yaml:13: ", `section "posture": passage 2`, "empty id"}},
		{"empty passage text", "broken/emptytext.yaml", []string{"broken/emptytext.yaml:11: ", `passage "posture"`, "empty text"}},
		{"empty disclaimer", "broken/emptydisclaimer.yaml", []string{"broken/emptydisclaimer.yaml:2: ", "disclaimer is empty"}},
		{"duplicate section slug", "broken/dupslug.yaml", []string{"broken/dupslug.yaml:13: ", `section "posture"`, "duplicate slug"}},
		{"bad slug", "broken/badslug.yaml", []string{"broken/badslug.yaml:7: ", `section "Good Posture"`, "slug must be"}},
		{"empty file", "broken/empty.yaml", []string{"broken/empty.yaml: ", "empty"}},
		{"empty mapping", "broken/emptymap.yaml", []string{"broken/emptymap.yaml: ", "no article"}},
		// yaml.v3 reports the line where the unclosed list's context
		// starts, sometimes one off; the test asserts a line, not which.
		{"malformed YAML", "broken/malformed.yaml", []string{"broken/malformed.yaml:", "did not find expected"}},
		{"one-term synonym group", "broken/onesyn.yaml", []string{"broken/onesyn.yaml:4: ", "synonym group 2", "at least two terms"}},
		{"disclaimer too long", "broken/longdisclaimer.yaml", []string{"broken/longdisclaimer.yaml:2: ", "disclaimer is 239 characters; at most 200"}},
		{"two overview passages", "broken/twooverviews.yaml", []string{"broken/twooverviews.yaml:16: ", `passage "posture"`, `already has an overview passage ("slouch")`}},
		{"second YAML document", "broken/multidoc.yaml", []string{"broken/multidoc.yaml:13: ", "second YAML document"}},
		{"disclaimers disagree", "disclaimers", []string{"disclaimers/b.yaml:1: ", "disclaimer differs", "testdata/disclaimers/a.yaml"}},
		{"missing path", "broken/nope.yaml", []string{"nope.yaml", "no such file"}},
		{"an article, not its YAML", "broken/article.md", []string{"broken/article.md:3: ", "not a knowledge file", "knowledge import article.md"}},
		{"not YAML at all", "broken/notknowledge.yaml", []string{"broken/notknowledge.yaml:1: ", "not a knowledge file", "article"}},
		{"Markdown, not YAML", "broken/markdown.yaml", []string{"broken/markdown.yaml:3: ", "not a knowledge file", `found "Some people find"`}},
		{"article is a list", "broken/article-list.yaml", []string{"broken/article-list.yaml:3: ", "article: want keys such as id, sections, source, title, found a list"}},
		{"sections are keys", "broken/sections-map.yaml", []string{"broken/sections-map.yaml:7: ", "sections: want a list"}},
		{"text is a list", "broken/text-list.yaml", []string{"broken/text-list.yaml:14: ", "section 1, passage 1: text: want text, found a list"}},
		{"overview is not true or false", "broken/overview-text.yaml", []string{"broken/overview-text.yaml:13: ", "overview: want true or false"}},
		{"passage too long for a message", "broken/longpassage.yaml", []string{"broken/longpassage.yaml:13: ", `passage "posture": text is 1637 characters, at most 1200`, "split it"}},
		{"title too long", "broken/longtitle.yaml", []string{"broken/longtitle.yaml:8: ", "title is 83 characters, at most 70"}},
		{"source too long", "broken/longsource.yaml", []string{"broken/longsource.yaml:5: ", "source is 172 characters, at most 150"}},
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("no yaml here"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", tt.path)
			k, err := knowledge.LoadPath(path)
			if err == nil {
				t.Fatalf("LoadPath(%q) = %d passages, nil error; want an error", path, len(k.Passages()))
			}
			if !strings.HasPrefix(err.Error(), "knowledge: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("LoadPath(%q) error = %q; want one line starting with %q", path, err, "knowledge: ")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("LoadPath(%q) error = %q; want it to contain %q", path, err, w)
				}
			}
		})
	}
	t.Run("malformed YAML names a line", func(t *testing.T) {
		_, err := knowledge.LoadPath("testdata/broken/malformed.yaml")
		if err == nil || !regexp.MustCompile(`malformed\.yaml:\d+: `).MatchString(err.Error()) {
			t.Errorf("LoadPath(malformed.yaml) error = %v; want file:line", err)
		}
	})
	t.Run("directory without yaml", func(t *testing.T) {
		if _, err := knowledge.LoadPath(empty); err == nil || !strings.Contains(err.Error(), "no .yaml files") {
			t.Errorf("LoadPath(dir of notes.txt) error = %v; want %q", err, "no .yaml files")
		}
	})
	t.Run("file too large", func(t *testing.T) {
		big := filepath.Join(t.TempDir(), "big.yaml")
		data := "# " + strings.Repeat("x", 8<<20) + "\n" + article("big", "big", "Text.")
		if err := os.WriteFile(big, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := knowledge.LoadPath(big); err == nil || !strings.Contains(err.Error(), "big.yaml: larger than") {
			t.Errorf("LoadPath(9 MiB file) error = %v; want %q", err, "big.yaml: larger than")
		}
	})
	t.Run("no article", func(t *testing.T) {
		only := filepath.Join(t.TempDir(), "synonyms.yaml")
		if err := os.WriteFile(only, []byte("synonyms:\n  - [walk, stroll]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := knowledge.LoadPath(only); err == nil || !strings.Contains(err.Error(), "no article") {
			t.Errorf("LoadPath(file with only synonyms) error = %v; want %q", err, "no article")
		}
	})
}

// The full text of every broken fixture's error, for review in one place:
// go test -run TestLoadPathErrorsGolden -update ./knowledge
func TestLoadPathErrorsGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/broken/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, "testdata/broken/dupdir", "testdata/disclaimers")
	var b strings.Builder
	for _, p := range paths {
		_, err := knowledge.LoadPath(p)
		b.WriteString(p + "\n\t" + strings.ReplaceAll(errString(err), "\n", "\n\t") + "\n")
	}
	const golden = "testdata/broken/errors.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("LoadPath errors differ from %s (-want +got; rerun with -update if intended):\n%s", golden, diff)
	}
}

// Errors speak the operator's words: no Go type, YAML tag or decoder
// jargon, and every one is a FileError that says where.
func TestLoadPathErrorsSayWhatToFix(t *testing.T) {
	paths, err := filepath.Glob("testdata/broken/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	jargon := regexp.MustCompile(`knowledge\.[a-z]\w*YAML|!!|unmarshal|\[\]|[^.]yaml: |map\[`)
	for _, p := range paths {
		_, err := knowledge.LoadPath(p)
		if err == nil {
			t.Errorf("LoadPath(%q) = nil error; want one", p)
			continue
		}
		if m := jargon.FindString(err.Error()); m != "" {
			t.Errorf("LoadPath(%q) error = %q; want no Go or YAML jargon (%q)", p, err, m)
		}
		var fe *knowledge.FileError
		if !errors.As(err, &fe) || fe.File != p {
			t.Errorf("LoadPath(%q) error = %#v; want a *knowledge.FileError for the file", p, err)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// No file content panics the loader, and whatever it accepts is usable: a
// disclaimer, at least one passage, every passage with an id and text and
// found by that id.
func FuzzLoad(f *testing.F) {
	for _, glob := range []string{"testdata/broken/*.yaml", "testdata/broken/dupdir/*.yaml", "testdata/valid/*.yaml", "testdata/multi/*.y*ml", "testdata/disclaimers/*.yaml", "default/*.yaml"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte(article("a", "p", "Text.") + "---\n"))
	f.Add([]byte("disclaimer: null\n" + article("a", "p", "Text.")))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "k.yaml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		k, err := knowledge.LoadPath(path)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "knowledge: ") {
				t.Errorf("LoadPath error = %q; want the prefix %q", err, "knowledge: ")
			}
			return
		}
		if k.Disclaimer == "" {
			t.Error("LoadPath accepted a knowledge with an empty disclaimer")
		}
		ps := k.Passages()
		if len(ps) == 0 {
			t.Error("LoadPath accepted a knowledge with no passages")
		}
		for _, p := range ps {
			if p.ID == "" || strings.TrimSpace(p.Text) == "" {
				t.Errorf("LoadPath accepted passage {ID: %q, Text: %q}; want both non-empty", p.ID, p.Text)
			}
			if k.Passage(p.ID) != p {
				t.Errorf("Passage(%q) is not the passage of that id", p.ID)
			}
			if k.Section(p.Section.Slug) != p.Section {
				t.Errorf("Section(%q) is not the section of that slug", p.Section.Slug)
			}
		}
	})
}
