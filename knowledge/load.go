package knowledge

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

//go:embed default/*.yaml
var defaultFS embed.FS

// The embedded default knowledge: the shared wording and one article.
// MaxDisclaimer is the longest disclaimer accepted: SAFETY.md asks for
// under 200 characters, short enough for an embed footer, and it is never
// shortened, so it must leave room for the answer in a 2,000-character
// message.
const MaxDisclaimer = 200

// The limits that let every passage be posted whole, word for word, in one
// Discord message of 2,000 characters: a passage is never cut when the bot
// posts it, so the loader refuses one that could not fit. The message holds
// the passage and section titles, the passage quoted ("> " before each
// line), the source line and the disclaimer (MaxDisclaimer), with a little
// room left for a safety notice some answers lead with (about 250
// characters) and for Discord counting differently from us (20):
// 2,000 - 20 - (2×70 + 8) - (200 + 4) - (8 + 150 + 2) - 4 - 264 = 1,200.
// bot's format tests render the worst case of every limit together.
const (
	MaxPassageLen = 1200 // a passage's text, counted by PassageLen
	MaxTitleLen   = 70   // a passage's or a section's title; also fits a button label ("More on: " + title)
	MaxSourceLen  = 150  // an article's source line
)

// PassageLen is the length of a passage's text as a message counts it: in
// characters, each line break counting three for the quote marker ("> ")
// that starts every quoted line.
func PassageLen(text string) int {
	return utf8.RuneCountInString(text) + 2*strings.Count(text, "\n")
}

const (
	defaultDir    = "default"
	commonFile    = "common.yaml"
	maxFileSize   = 8 << 20 // a knowledge file larger than this is a mistake
	maxSummaryLen = 1500    // leaves room in a 4,096-character embed for titles
)

// Default returns the embedded default knowledge.
func Default() (*Knowledge, error) {
	return loadFS(defaultFS, defaultDir, nil)
}

// LoadPath loads the articles in path, a YAML file or a directory of them
// (*.yaml and *.yml, not recursive), on top of the embedded shared wording:
// a file may set disclaimer or dont_know to replace the default text, and
// its synonyms are added to the default ones. The embedded default article
// is not included.
func LoadPath(p string) (*Knowledge, error) {
	files, err := readPath(p)
	if err != nil {
		return nil, err
	}
	return loadFS(defaultFS, defaultDir, files)
}

// readPath reads the knowledge files of p, a file or a directory.
func readPath(p string) ([]namedData, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("knowledge: %w", err)
	}
	var files []namedData
	if st.IsDir() {
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("knowledge: %w", err)
		}
		for _, e := range entries {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
				continue
			}
			f, err := readFile(filepath.Join(p, e.Name()))
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("knowledge: %s: no .yaml files in directory", p)
		}
	} else {
		f, err := readFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// fileKind names a file mode that is not a regular file, for errors.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

type namedData struct {
	name string
	data []byte
}

func readFile(name string) (namedData, error) {
	// Only regular files (or links to them): opening a named pipe or a
	// device would block, or read forever, before any size check.
	st, err := os.Stat(name)
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		return namedData{}, fmt.Errorf("knowledge: %s: %w", pe.Path, pe.Err)
	} else if err != nil {
		return namedData{}, fmt.Errorf("knowledge: %w", err)
	}
	if !st.Mode().IsRegular() {
		return namedData{}, pos{name, 0}.errorf("not a regular file (%s)", fileKind(st.Mode()))
	}
	f, err := os.Open(name)
	if err != nil {
		return namedData{}, fmt.Errorf("knowledge: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return namedData{}, fmt.Errorf("knowledge: %s: %w", name, err)
	}
	if len(b) > maxFileSize {
		return namedData{}, pos{name, 0}.errorf("larger than %d MiB; split it into several files", maxFileSize>>20)
	}
	return namedData{name, b}, nil
}

// loadFS reads common.yaml from dir in fsys, then either the other files of
// dir (extra == nil) or the operator's files.
func loadFS(fsys fs.FS, dir string, extra []namedData) (*Knowledge, error) {
	common, err := fs.ReadFile(fsys, path.Join(dir, commonFile))
	if err != nil {
		return nil, fmt.Errorf("knowledge: embedded %s: %w", commonFile, err)
	}
	files := []namedData{{commonFile, common}}
	if extra == nil {
		names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
		if err != nil {
			return nil, fmt.Errorf("knowledge: %w", err)
		}
		sort.Strings(names)
		for _, n := range names {
			if path.Base(n) == commonFile {
				continue
			}
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				return nil, fmt.Errorf("knowledge: %w", err)
			}
			files = append(files, namedData{path.Base(n), b})
		}
	} else {
		files = append(files, extra...)
	}

	k := &Knowledge{passages: map[string]*Passage{}, sections: map[string]*Section{}}
	var disclaimerFrom, dontKnowFrom string
	for i, f := range files {
		ff, err := parse(f)
		if err != nil {
			return nil, err
		}
		// The embedded common file sets the defaults; an operator's file may
		// replace them, but two operator files may not disagree.
		for _, t := range []struct {
			key  string
			val  *string
			dst  *string
			from *string
		}{
			{"disclaimer", ff.Disclaimer, &k.Disclaimer, &disclaimerFrom},
			{"dont_know", ff.DontKnow, &k.DontKnow, &dontKnowFrom},
		} {
			if t.val == nil {
				continue
			}
			v := strings.Join(strings.Fields(*t.val), " ")
			if v == "" {
				return nil, pos{f.name, ff.line(t.key)}.errorf("%s is empty; every reply must carry it", t.key)
			}
			if t.key == "disclaimer" && utf8.RuneCountInString(v) > MaxDisclaimer {
				return nil, pos{f.name, ff.line(t.key)}.errorf("disclaimer is %d characters; at most %d, so that it fits an embed footer and every message", utf8.RuneCountInString(v), MaxDisclaimer)
			}
			if i > 0 && *t.from != "" && v != *t.dst {
				return nil, pos{f.name, ff.line(t.key)}.errorf("%s differs from the one set in %s", t.key, *t.from)
			}
			*t.dst = v
			if i > 0 {
				*t.from = f.name
			}
		}
		for j, g := range ff.Synonyms {
			line := ff.itemLine("synonyms", j)
			var terms []string
			for _, t := range g {
				t = strings.TrimSpace(t)
				if t == "" {
					return nil, pos{f.name, line}.errorf("synonym group %d: empty term", j+1)
				}
				terms = append(terms, t)
			}
			if len(terms) < 2 {
				return nil, pos{f.name, line}.errorf("synonym group %d: needs at least two terms", j+1)
			}
			k.Synonyms = append(k.Synonyms, SynonymGroup{Terms: terms, File: f.name, Line: line})
		}
		if ff.Article != nil {
			if err := k.addArticle(f.name, ff); err != nil {
				return nil, err
			}
		}
		ex, err := readExamples(f.name, ff.examplesYAML)
		if err != nil {
			return nil, err
		}
		k.Examples = append(k.Examples, ex...)
	}
	if err := k.checkExamples(); err != nil {
		return nil, err
	}
	if k.Disclaimer == "" {
		return nil, errors.New("knowledge: no disclaimer set")
	}
	if len(k.Articles) == 0 {
		where := files[len(files)-1].name
		if len(extra) > 1 {
			where = filepath.Dir(where)
		}
		return nil, pos{where, 0}.errorf("no article: a knowledge file, or one of a directory's, needs an article: section (see the README's \"Knowledge file format\")")
	}
	return k, nil
}

// The YAML schema. Unknown fields are errors (KnownFields), so a typo in a
// key is reported instead of silently dropping content.
type fileYAML struct {
	Disclaimer   *string      `yaml:"disclaimer"`
	DontKnow     *string      `yaml:"dont_know"`
	Synonyms     [][]string   `yaml:"synonyms"`
	Article      *articleYAML `yaml:"article"`
	examplesYAML `yaml:",inline"`
	root         *yaml.Node // for line numbers
}

type articleYAML struct {
	ID       string        `yaml:"id"`
	Title    string        `yaml:"title"`
	Source   string        `yaml:"source"`
	Sections []sectionYAML `yaml:"sections"`
}

type sectionYAML struct {
	Slug     string        `yaml:"slug"`
	Title    string        `yaml:"title"`
	Summary  string        `yaml:"summary"`
	Passages []passageYAML `yaml:"passages"`
}

type passageYAML struct {
	ID        string   `yaml:"id"`
	Title     string   `yaml:"title"`
	Text      string   `yaml:"text"`
	Phrasings []string `yaml:"phrasings"`
	Overview  bool     `yaml:"overview"`
}

func parse(f namedData) (*fileYAML, error) {
	var ff fileYAML
	root, err := decodeStrict(f.name, f.data, &ff, "a knowledge file")
	var fe *FileError
	if ext := strings.ToLower(filepath.Ext(f.name)); errors.As(err, &fe) && ext != ".yaml" && ext != ".yml" &&
		(strings.HasPrefix(fe.Problem, "not valid YAML") || strings.HasPrefix(fe.Problem, "not a knowledge file")) {
		// Most likely an article given where its YAML draft belongs.
		fe.Problem += "; knowledge files are YAML: make one from an article with 'backpainbot knowledge import " + filepath.Base(f.name) + "'"
	}
	if err != nil {
		return nil, err
	}
	ff.root = root
	return &ff, nil
}

// decodeStrict decodes the one YAML document of a knowledge or safety rules
// file into v, which must be a pointer to a struct, and returns the
// document's root node for line numbers. Every error is a *FileError in the
// operator's words: aliases, syntax, a shape that does not match v (kind
// says what the file should be), an empty file, a second document.
func decodeStrict(name string, data []byte, v any, kind string) (*yaml.Node, error) {
	if err := rejectAliases(name, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, pos{name, 0}.errorf("file is empty")
	} else if err != nil {
		return nil, yamlError(name, err)
	}
	// Decode reads one document: a second one ("---") would be dropped
	// without a word, so it is an error. An empty one is harmless.
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, yamlError(name, err)
		}
		if len(next.Content) != 1 || next.Content[0].ShortTag() != "!!null" {
			return nil, pos{name, next.Line}.errorf("a second YAML document; put each article in a file of its own")
		}
	}
	var root *yaml.Node
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	if root == nil || root.ShortTag() == "!!null" {
		return nil, pos{name, 0}.errorf("file is empty")
	}
	if err := checkFileShape(name, root, reflect.TypeOf(v).Elem(), kind); err != nil {
		return nil, err
	}
	if err := root.Decode(v); err != nil {
		// checkFileShape accepts only what decodes; this is a safety net.
		return nil, yamlError(name, err)
	}
	return root, nil
}

// yamlError is a yaml.v3 syntax error as a FileError: "file.yaml:3: not
// valid YAML: ...".
func yamlError(name string, err error) error {
	msg := yamlErr(err)
	line := 0
	if l, rest, ok := strings.Cut(msg, ": "); ok {
		if n, convErr := strconv.Atoi(l); convErr == nil {
			line, msg = n, rest
		}
	}
	return pos{name, line}.errorf("not valid YAML: %s", msg)
}

// yamlErr turns yaml.v3's "yaml: line 3: ..." and "yaml: unmarshal
// errors:\n  line 5: field x not found in type ..." into "3: ...", so that
// errors read "file.yaml:3: ...".
var yamlLine = regexp.MustCompile(`line (\d+): ([^\n]*)`)

func yamlErr(err error) string {
	ms := yamlLine.FindAllStringSubmatch(err.Error(), -1)
	if ms == nil {
		return strings.TrimPrefix(err.Error(), "yaml: ")
	}
	var parts []string
	for i, m := range ms {
		msg := m[2]
		if f, _, ok := strings.Cut(msg, " not found in type "); ok {
			msg = "unknown " + f
		}
		if i == 0 {
			parts = append(parts, m[1]+": "+msg)
		} else {
			parts = append(parts, "line "+m[1]+": "+msg)
		}
	}
	return strings.Join(parts, "; ")
}

// line returns the line of a top-level key, or 0.
func (f *fileYAML) line(key string) int {
	if n := child(f.root, key); n != nil {
		return n.Line
	}
	return 0
}

// itemLine returns the line of the i-th item of a top-level list.
func (f *fileYAML) itemLine(key string, i int) int {
	if n := child(f.root, key); n != nil && i < len(n.Content) {
		return n.Content[i].Line
	}
	return 0
}

// nodeAt walks a path of map keys (string) and list indexes (int).
func nodeAt(n *yaml.Node, p ...any) *yaml.Node {
	for _, step := range p {
		if n == nil {
			return nil
		}
		switch s := step.(type) {
		case string:
			n = child(n, s)
		case int:
			if n.Kind != yaml.SequenceNode || s >= len(n.Content) {
				return nil
			}
			n = n.Content[s]
		}
	}
	return n
}

func child(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func lineOf(root *yaml.Node, p ...any) int {
	if n := nodeAt(root, p...); n != nil {
		return n.Line
	}
	return 0
}

func where(file string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return file
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// The errors loading stops at and lint reports every one of (lint.go's
// fieldProblems), worded once.
const (
	emptySummary        = "section %q: empty summary; write a plain-language summary of the section, faithful to the article (shown by /topic)"
	sectionTitleTooLong = "section %q: title is %d characters, at most %d; shorten it"
	passageTitleTooLong = "passage %q: title is %d characters, at most %d; shorten it"
	passageTooLong      = "passage %q: text is %d characters, at most %d, so that it is posted whole in one Discord message; split it into two passages at a sentence end"
)

func (k *Knowledge) addArticle(file string, ff *fileYAML) error {
	ay := ff.Article
	at := func(p ...any) pos { return pos{file, lineOf(ff.root, append([]any{"article"}, p...)...)} }
	if strings.TrimSpace(ay.ID) == "" {
		return at().errorf("article: empty id")
	}
	for _, a := range k.Articles {
		if a.ID == ay.ID {
			return at("id").errorf("article %q: duplicate id (also in %s)", ay.ID, a.File)
		}
	}
	if strings.TrimSpace(ay.Title) == "" {
		return at().errorf("article %q: empty title", ay.ID)
	}
	if strings.TrimSpace(ay.Source) == "" {
		return at().errorf("article %q: empty source; every passage is quoted with its source", ay.ID)
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(ay.Source)); n > MaxSourceLen {
		return at("source").errorf("article %q: source is %d characters, at most %d (it is shown under every passage); shorten it", ay.ID, n, MaxSourceLen)
	}
	if len(ay.Sections) == 0 {
		return at().errorf("article %q: no sections", ay.ID)
	}
	a := &Article{ID: ay.ID, Title: strings.TrimSpace(ay.Title), Source: strings.TrimSpace(ay.Source), File: file}
	for i, sy := range ay.Sections {
		sAt := func(p ...any) pos { return at(append([]any{"sections", i}, p...)...) }
		slug := strings.TrimSpace(sy.Slug)
		if slug == "" {
			return sAt().errorf("section %d: empty slug", i+1)
		}
		if !idPattern.MatchString(slug) {
			return sAt("slug").errorf("section %q: slug must be lowercase letters, digits and dashes, at most 32 (it is a command choice)", slug)
		}
		if prev, ok := k.sections[slug]; ok {
			return sAt("slug").errorf("section %q: duplicate slug (also in %s)", slug, prev.Article.File)
		}
		if strings.TrimSpace(sy.Title) == "" {
			return sAt().errorf("section %q: empty title", slug)
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(sy.Title)); n > MaxTitleLen {
			return sAt("title").errorf(sectionTitleTooLong, slug, n, MaxTitleLen)
		}
		if strings.TrimSpace(sy.Summary) == "" {
			return sAt().errorf(emptySummary, slug)
		}
		if n := len([]rune(sy.Summary)); n > maxSummaryLen {
			return sAt("summary").errorf("section %q: summary is %d characters, at most %d", slug, n, maxSummaryLen)
		}
		if len(sy.Passages) == 0 {
			return sAt().errorf("section %q: no passages", slug)
		}
		s := &Section{Slug: slug, Title: strings.TrimSpace(sy.Title), Summary: strings.TrimSpace(sy.Summary), Article: a}
		for j, py := range sy.Passages {
			pAt := func(p ...any) pos { return sAt(append([]any{"passages", j}, p...)...) }
			id := strings.TrimSpace(py.ID)
			if id == "" {
				return pAt().errorf("section %q: passage %d: empty id", slug, j+1)
			}
			if !idPattern.MatchString(id) {
				return pAt("id").errorf("passage %q: id must be lowercase letters, digits and dashes, at most 32", id)
			}
			if reservedLabel(id) {
				return pAt("id").errorf("passage %q: the id is reserved for examples no passage answers; choose another", id)
			}
			if prev, ok := k.passages[id]; ok {
				return pAt("id").errorf("passage %q: duplicate id (also in %s)", id, prev.Section.Article.File)
			}
			if strings.TrimSpace(py.Text) == "" {
				return pAt().errorf("passage %q: empty text", id)
			}
			if n := PassageLen(strings.TrimSpace(py.Text)); n > MaxPassageLen {
				return pAt("text").errorf(passageTooLong, id, n, MaxPassageLen)
			}
			title := strings.TrimSpace(py.Title)
			if title == "" {
				title = s.Title
			}
			if n := utf8.RuneCountInString(title); n > MaxTitleLen {
				return pAt("title").errorf(passageTitleTooLong, id, n, MaxTitleLen)
			}
			var phr []string
			for n, ph := range py.Phrasings {
				if strings.TrimSpace(ph) == "" {
					return pAt("phrasings", n).errorf("passage %q: phrasing %d is empty", id, n+1)
				}
				phr = append(phr, strings.TrimSpace(ph))
			}
			p := &Passage{ID: id, Title: title, Text: strings.TrimSpace(py.Text), Phrasings: phr, Section: s, Line: pAt().line}
			if py.Overview {
				if a.Overview != nil {
					return pAt("overview").errorf("passage %q: article %q already has an overview passage (%q); at most one", id, a.ID, a.Overview.ID)
				}
				a.Overview = p
			}
			s.Passages = append(s.Passages, p)
			k.passages[id] = p
		}
		a.Sections = append(a.Sections, s)
		k.sections[slug] = s
	}
	k.Articles = append(k.Articles, a)
	return nil
}
