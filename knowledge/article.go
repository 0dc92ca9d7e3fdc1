package knowledge

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// The errors loading stops at and lint reports every one of (lint.go's
// fieldProblems), worded once.
const (
	emptySummary        = "section %q: empty summary; write a plain-language summary of the section, faithful to the article (shown by /topic)"
	sectionTitleTooLong = "section %q: title is %d characters, at most %d; shorten it"
	passageTitleTooLong = "passage %q: title is %d characters, at most %d; shorten it"
	passageTooLong      = "passage %q: text is %d characters, at most %d, so that it is posted whole in one Discord message; split it into two passages at a sentence end"
)

// at finds places in a file's article for errors.
type at struct {
	file string
	root *yaml.Node
	path []any // the node's path under the file's root
}

// in returns the place of a node under this one.
func (a at) in(p ...any) at {
	return at{a.file, a.root, append(append([]any(nil), a.path...), p...)}
}

// pos is the file and line of the node, or of the deepest one found.
func (a at) pos(p ...any) pos { return pos{a.file, lineOf(a.root, append(a.path, p...)...)} }

// addArticle checks a file's article and adds it, with its sections and
// passages, to k.
func (k *Knowledge) addArticle(file string, ff *fileYAML) error {
	ay := ff.Article
	here := at{file, ff.root, []any{"article"}}
	if strings.TrimSpace(ay.ID) == "" {
		return here.pos().errorf("article: empty id")
	}
	for _, a := range k.Articles {
		if a.ID == ay.ID {
			return here.pos("id").errorf("article %q: duplicate id (also in %s)", ay.ID, a.File)
		}
	}
	if strings.TrimSpace(ay.Title) == "" {
		return here.pos().errorf("article %q: empty title", ay.ID)
	}
	if strings.TrimSpace(ay.Source) == "" {
		return here.pos().errorf("article %q: empty source; every passage is quoted with its source", ay.ID)
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(ay.Source)); n > MaxSourceLen {
		return here.pos("source").errorf("article %q: source is %d characters, at most %d (it is shown under every passage); shorten it", ay.ID, n, MaxSourceLen)
	}
	if len(ay.Sections) == 0 {
		return here.pos().errorf("article %q: no sections", ay.ID)
	}
	a := &Article{ID: ay.ID, Title: strings.TrimSpace(ay.Title), Source: strings.TrimSpace(ay.Source), File: file}
	var errs []error // every section's mistakes, for lint; loading stops at any
	for i, sy := range ay.Sections {
		s, err := k.section(a, sy, i, here.in("sections", i))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		a.Sections = append(a.Sections, s)
		k.sections[s.Slug] = s
	}
	k.Articles = append(k.Articles, a)
	return errors.Join(errs...)
}

// section checks the i-th section of article a and makes it, with its
// passages (which it adds to k).
func (k *Knowledge) section(a *Article, sy sectionYAML, i int, here at) (*Section, error) {
	slug := strings.TrimSpace(sy.Slug)
	if slug == "" {
		return nil, here.pos().errorf("section %d: empty slug", i+1)
	}
	if !idPattern.MatchString(slug) {
		return nil, here.pos("slug").errorf("section %q: slug must be lowercase letters, digits and dashes, at most 32 (it is a command choice)", slug)
	}
	if prev, ok := k.sections[slug]; ok {
		return nil, here.pos("slug").errorf("section %q: duplicate slug (also in %s)", slug, prev.Article.File)
	}
	if strings.TrimSpace(sy.Title) == "" {
		return nil, here.pos().errorf("section %q: empty title", slug)
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(sy.Title)); n > MaxTitleLen {
		return nil, here.pos("title").errorf(sectionTitleTooLong, slug, n, MaxTitleLen)
	}
	if strings.TrimSpace(sy.Summary) == "" {
		return nil, here.pos().errorf(emptySummary, slug)
	}
	if n := len([]rune(sy.Summary)); n > maxSummaryLen {
		return nil, here.pos("summary").errorf("section %q: summary is %d characters, at most %d", slug, n, maxSummaryLen)
	}
	if len(sy.Passages) == 0 {
		return nil, here.pos().errorf("section %q: no passages", slug)
	}
	s := &Section{Slug: slug, Title: strings.TrimSpace(sy.Title), Summary: strings.TrimSpace(sy.Summary), Article: a}
	var errs []error
	for j, py := range sy.Passages {
		p, err := k.passage(s, py, j, here.in("passages", j))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s.Passages = append(s.Passages, p)
		k.passages[p.ID] = p
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// passage checks the j-th passage of section s and makes it.
func (k *Knowledge) passage(s *Section, py passageYAML, j int, here at) (*Passage, error) {
	id := strings.TrimSpace(py.ID)
	if id == "" {
		return nil, here.pos().errorf("section %q: passage %d: empty id", s.Slug, j+1)
	}
	if !idPattern.MatchString(id) {
		return nil, here.pos("id").errorf("passage %q: id must be lowercase letters, digits and dashes, at most 32", id)
	}
	if reservedLabel(id) {
		return nil, here.pos("id").errorf("passage %q: the id is reserved for examples no passage answers; choose another", id)
	}
	if prev, ok := k.passages[id]; ok {
		return nil, here.pos("id").errorf("passage %q: duplicate id (also in %s)", id, prev.Section.Article.File)
	}
	if strings.TrimSpace(py.Text) == "" {
		return nil, here.pos().errorf("passage %q: empty text", id)
	}
	if n := PassageLen(strings.TrimSpace(py.Text)); n > MaxPassageLen {
		return nil, here.pos("text").errorf(passageTooLong, id, n, MaxPassageLen)
	}
	title := strings.TrimSpace(py.Title)
	if title == "" {
		title = s.Title
	}
	if n := utf8.RuneCountInString(title); n > MaxTitleLen {
		return nil, here.pos("title").errorf(passageTitleTooLong, id, n, MaxTitleLen)
	}
	var phr []string
	for n, ph := range py.Phrasings {
		if strings.TrimSpace(ph) == "" {
			return nil, here.pos("phrasings", n).errorf("passage %q: phrasing %d is empty", id, n+1)
		}
		phr = append(phr, strings.TrimSpace(ph))
	}
	p := &Passage{ID: id, Title: title, Text: strings.TrimSpace(py.Text), Phrasings: phr, Section: s, Line: here.pos().line}
	if py.Overview {
		a := s.Article
		if a.Overview != nil {
			return nil, here.pos("overview").errorf("passage %q: article %q already has an overview passage (%q); at most one", id, a.ID, a.Overview.ID)
		}
		a.Overview = p
	}
	return p, nil
}
