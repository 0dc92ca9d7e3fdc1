package knowledge

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
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
	files, err := withCommon(fsys, dir, extra)
	if err != nil {
		return nil, err
	}
	k := &Knowledge{passages: map[string]*Passage{}, sections: map[string]*Section{}}
	var w wording
	var errs []error // the articles' and examples' mistakes of every file, for lint
	for i, f := range files {
		ff, err := parse(f)
		if err != nil {
			return nil, err
		}
		if err := w.apply(k, f.name, ff, i == 0); err != nil {
			return nil, err
		}
		if err := k.addSynonyms(f.name, ff); err != nil {
			return nil, err
		}
		if ff.Article != nil {
			errs = append(errs, k.addArticle(f.name, ff))
		}
		ex, err := readExamples(f.name, ff.examplesYAML)
		errs = append(errs, err)
		k.Examples = append(k.Examples, ex...)
	}
	if err := errors.Join(errs...); err != nil {
		// Examples are checked against the passages only when these all
		// loaded, so that a broken passage is not also reported as every
		// example's unknown id.
		return nil, err
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

// withCommon returns the embedded common.yaml of dir in fsys followed by
// either the other files of dir (extra == nil) or the operator's files.
func withCommon(fsys fs.FS, dir string, extra []namedData) ([]namedData, error) {
	common, err := fs.ReadFile(fsys, path.Join(dir, commonFile))
	if err != nil {
		return nil, fmt.Errorf("knowledge: embedded %s: %w", commonFile, err)
	}
	files := []namedData{{commonFile, common}}
	if extra != nil {
		return append(files, extra...), nil
	}
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
	return files, nil
}

// wording remembers which operator file set the disclaimer and the "I
// don't know" line.
type wording struct{ disclaimerFrom, dontKnowFrom string }

// apply takes a file's disclaimer and dont_know. The embedded common file
// (first) sets the defaults; an operator's file may replace them, but two
// operator files may not disagree.
func (w *wording) apply(k *Knowledge, file string, ff *fileYAML, first bool) error {
	for _, t := range []struct {
		key  string
		val  *string
		dst  *string
		from *string
	}{
		{"disclaimer", ff.Disclaimer, &k.Disclaimer, &w.disclaimerFrom},
		{"dont_know", ff.DontKnow, &k.DontKnow, &w.dontKnowFrom},
	} {
		if t.val == nil {
			continue
		}
		at := pos{file, ff.line(t.key)}
		v := strings.Join(strings.Fields(*t.val), " ")
		if v == "" {
			return at.errorf("%s is empty; every reply must carry it", t.key)
		}
		if t.key == "disclaimer" && utf8.RuneCountInString(v) > MaxDisclaimer {
			return at.errorf("disclaimer is %d characters; at most %d, so that it fits an embed footer and every message", utf8.RuneCountInString(v), MaxDisclaimer)
		}
		if !first && *t.from != "" && v != *t.dst {
			return at.errorf("%s differs from the one set in %s", t.key, *t.from)
		}
		*t.dst = v
		if !first {
			*t.from = file
		}
	}
	return nil
}

// addSynonyms adds a file's synonym groups.
func (k *Knowledge) addSynonyms(file string, ff *fileYAML) error {
	for j, g := range ff.Synonyms {
		line := ff.itemLine("synonyms", j)
		var terms []string
		for _, t := range g {
			t = strings.TrimSpace(t)
			if t == "" {
				return pos{file, line}.errorf("synonym group %d: empty term", j+1)
			}
			terms = append(terms, t)
		}
		if len(terms) < 2 {
			return pos{file, line}.errorf("synonym group %d: needs at least two terms", j+1)
		}
		k.Synonyms = append(k.Synonyms, SynonymGroup{Terms: terms, File: file, Line: line})
	}
	return nil
}
