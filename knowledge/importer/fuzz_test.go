package importer_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
	"github.com/backpainbot/backpainbot/knowledge/importer"
)

// No article panics the importer, and every draft it makes keeps the
// loader's rules: passages within the length limit and non-empty, ids and
// slugs well-formed and unique, titles within their limit.
func FuzzImport(f *testing.F) {
	for _, p := range []string{seed, "testdata/massage-and-back-pain.md", "testdata/massage-and-back-pain.html"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("# T\n\n1. A: b\n2) C - d\n\n## H\n\n> quoted\n\n```\ncode\n```\n"))
	f.Add([]byte("<p>one<br>two</p><ol><li><p>A: b</p><p>c</p></li></ol><h3>x</h3>"))
	id := regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []importer.Format{importer.Text, importer.Markdown, importer.HTML} {
			d, err := importer.Import(data, format, "fuzz")
			if err != nil {
				continue
			}
			slugs, ids := map[string]bool{}, map[string]bool{}
			for _, s := range d.Sections {
				if !id.MatchString(s.Slug) || slugs[s.Slug] {
					t.Errorf("%s: section slug %q: malformed or repeated", format, s.Slug)
				}
				slugs[s.Slug] = true
				for _, p := range s.Passages {
					if !id.MatchString(p.ID) || ids[p.ID] || p.ID == knowledge.LabelNone || knowledge.IsChatLabel(p.ID) {
						t.Errorf("%s: passage id %q: malformed, repeated or reserved", format, p.ID)
					}
					ids[p.ID] = true
					if n := knowledge.PassageLen(p.Text); n == 0 || n > knowledge.MaxPassageLen {
						t.Errorf("%s: passage %q is %d characters; want 1 to %d", format, p.ID, n, knowledge.MaxPassageLen)
					}
					if n := len([]rune(p.Title)); n > knowledge.MaxTitleLen {
						t.Errorf("%s: passage %q title is %d characters; want at most %d", format, p.ID, n, knowledge.MaxTitleLen)
					}
				}
			}
		}
	})
}
