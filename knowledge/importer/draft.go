package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Format is an article's format.
type Format string

// The formats Import reads.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// ParseFormat reads a format's name, as given to --format.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case Text, Markdown, HTML:
		return f, nil
	case "md":
		return Markdown, nil
	case "txt":
		return Text, nil
	}
	return "", fmt.Errorf("unknown format %q: want text, markdown or html", s)
}

// FormatOf guesses a file's format from its extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "":
		return Text, nil
	case ".md", ".markdown":
		return Markdown, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the extension %q: give --format text, markdown or html", name, filepath.Ext(name))
}

// Draft is an article as imported: what a knowledge file's article holds,
// but for the summaries, which the operator writes.
type Draft struct {
	ID       string
	Title    string
	Source   string
	Sections []Section
}

// Section is a part of a draft, from a heading.
type Section struct {
	Slug     string
	Title    string
	Passages []Passage
}

// Passage is a paragraph or a numbered item, word for word.
type Passage struct {
	ID       string
	Title    string
	Text     string
	Overview bool // the article's conclusion
}

// Import reads an article in format f and drafts its knowledge. name is
// the file's name, for the source line when the article names none.
func Import(data []byte, f Format, name string) (*Draft, error) {
	return ImportMetered(data, f, name, nil)
}

// importStages are the steps ImportMetered reports: reading the article,
// building sections and passages, splitting long ones, naming them.
const importStages = 4

// ImportMetered is Import, calling progress (when not nil) with how many
// of its stages are done, for a long article.
func ImportMetered(data []byte, f Format, name string, progress func(done, total int)) (*Draft, error) {
	step := func(done int) {
		if progress != nil {
			progress(done, importStages)
		}
	}
	step(0)
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text; convert it first (iconv -t UTF-8)", name)
	}
	a, err := readArticle(data, f, name)
	if err != nil {
		return nil, err
	}
	blocks, fallbackTitle, where := a.blocks, siteless(a.title), a.url
	step(1)
	d := build(blocks)
	step(2)
	if d.Title == "" {
		d.Title = fallbackTitle
	}
	if d.Title == "" { // no heading to go by: the file's name, for the operator to correct
		base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		d.Title = clipWords(strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " "), 120)
	}
	if len(d.Sections) == 0 {
		return nil, fmt.Errorf("%s: found no paragraphs or list items to quote", name)
	}
	if where == "" {
		where = filepath.Base(name)
	}
	d.Source = clipWords(fmt.Sprintf("%q (%s)", d.Title, where), knowledge.MaxSourceLen)
	d.split()
	step(3)
	d.name()
	step(4)
	return d, nil
}

// siteless drops a site's name from a page title: "Article | Site".
func siteless(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			return title[:i]
		}
	}
	return title
}

// build turns blocks into a draft: the first heading is the title, later
// headings of the first level seen start sections, deeper headings title
// the passages under them; text before the first section is the
// introduction; a paragraph opening with "In conclusion" starts a
// conclusion section when no heading did.
func build(blocks []block) *Draft {
	d := &Draft{}
	var cur *Section
	sectionLevel := 0
	subtitle := ""
	// Titles longer than the loader allows are shortened: a title is the
	// draft's label for the words, not a quotation.
	section := func(title string) {
		d.Sections = append(d.Sections, Section{Title: clipWords(title, knowledge.MaxTitleLen)})
		cur, subtitle = &d.Sections[len(d.Sections)-1], ""
	}
	for _, b := range blocks {
		if isDebris(b.text) {
			continue
		}
		if b.kind == blockHeading {
			switch {
			case d.Title == "" && cur == nil:
				d.Title = b.text
			case sectionLevel == 0 || b.level <= sectionLevel:
				sectionLevel = b.level
				section(b.text)
			default:
				subtitle = clipWords(b.text, knowledge.MaxTitleLen)
			}
			continue
		}
		if b.kind == blockParagraph && concludes(b.text) && (cur == nil || !conclusionTitle(cur.Title)) {
			section("Conclusion")
		}
		if cur == nil {
			section("Introduction")
		}
		title := cur.Title
		if subtitle != "" {
			title = subtitle
		}
		text := b.text
		if b.kind == blockItem {
			if t, rest, ok := itemTitle(b.text); ok {
				title, text = t, rest
			}
		}
		cur.Passages = append(cur.Passages, Passage{Title: title, Text: text})
	}
	d.markOverview()
	return d
}

// concludes reports whether a paragraph opens an article's conclusion.
var concludes = regexp.MustCompile(`(?i)^(in conclusion|in summary|to conclude|to sum up|all in all|the bottom line)\b`).MatchString

// conclusionTitle reports whether a heading names a conclusion.
var conclusionTitle = regexp.MustCompile(`(?i)^(conclusions?|in conclusion|summary|in summary|final (thoughts|words)|the bottom line|takeaways?|key takeaways|wrapping up)$`).MatchString

// markOverview makes the first passage of the last conclusion section the
// article's overview: the answer to a question about its subject in general.
func (d *Draft) markOverview() {
	for i := len(d.Sections) - 1; i >= 0; i-- {
		if s := &d.Sections[i]; conclusionTitle(s.Title) && len(s.Passages) > 0 {
			s.Passages[0].Overview = true
			return
		}
	}
}

// itemLead matches a list item that starts with its own title: "Muscle
// Relaxation: Body massages ..." or "Posture – Sit up ...".
var itemLead = regexp.MustCompile(`^([^:.!?]{1,80}?)(?::| [–—-]) +(\S.*)$`)

// itemTitle splits an item into its title and text when it starts with a
// short title of a few words followed by a colon or a dash.
func itemTitle(s string) (title, text string, ok bool) {
	m := itemLead.FindStringSubmatch(s)
	if m == nil || len(strings.Fields(m[1])) > 8 || utf8.RuneCountInString(m[1]) > knowledge.MaxTitleLen {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(m[1]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", "", false
	}
	return m[1], m[2], true
}

// clipWords shortens s to at most n characters at a word boundary, marking
// the cut; titles and source lines are the operator's to edit, never quoted.
func clipWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndexFunc(string(r), unicode.IsSpace); i > 0 {
		return strings.TrimRightFunc(string(r)[:i], unicode.IsPunct) + "…"
	}
	return string(r) + "…"
}
