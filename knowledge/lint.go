package knowledge

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// The levels of a lint problem: an error stops the knowledge from loading
// or makes it wrong (the bot would not start, or would misquote); a
// warning is something the bot runs with but answers worse for.
const (
	LevelError   = "error"
	LevelWarning = "warning"
)

// Problem is one thing knowledge lint found, at a file and line.
type Problem struct {
	File    string
	Line    int // 0 when it concerns the whole file
	Level   string
	Message string
}

// String is the problem as lint prints it: "file:line: level: message".
func (p Problem) String() string { return where(p.File, p.Line) + ": " + p.Level + ": " + p.Message }

// problemsOf turns a load error into its problems: one, or one for each
// of the errors it joins (every bad section, passage and example).
func problemsOf(err error, fallbackFile string) []Problem {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []Problem
		for _, e := range j.Unwrap() {
			out = append(out, problemsOf(e, fallbackFile)...)
		}
		return out
	}
	return []Problem{problemOf(err, fallbackFile)}
}

// problemOf turns a load error into a problem at its file and line.
func problemOf(err error, fallbackFile string) Problem {
	var fe *FileError
	if errors.As(err, &fe) {
		return Problem{File: fe.File, Line: fe.Line, Level: LevelError, Message: fe.Problem}
	}
	return Problem{File: fallbackFile, Level: LevelError, Message: strings.TrimPrefix(err.Error(), "knowledge: ")}
}

// minExamples is the fewest example questions (phrasings included) a
// passage should have: with fewer, the question model rarely chooses it,
// and cross-validation has too few to say how well it does.
const minExamples = 10

// Lint checks the knowledge at path (a file or a directory, as LoadPath
// reads it) and returns it when it loads, with every problem found, in
// file and line order: every file's syntax and shape errors, every bad
// section, passage and example (loading refuses the knowledge at any of
// them), every empty summary (an imported draft's to-do), passages with
// few examples, and near-identical examples given to two passages.
func Lint(path string) (*Knowledge, []Problem) {
	files, err := readPath(path)
	if err != nil {
		return nil, []Problem{problemOf(err, path)}
	}
	return lint(path, files)
}

// LintDefault checks the embedded default knowledge as Lint checks an
// operator's.
func LintDefault() (*Knowledge, []Problem) {
	k, err := Default()
	if err != nil {
		return nil, []Problem{problemOf(err, defaultDir)}
	}
	problems := k.lintExamples()
	SortProblems(problems)
	return k, problems
}

func lint(path string, files []namedData) (*Knowledge, []Problem) {
	var err error
	var problems []Problem
	var good []namedData
	for _, f := range files {
		ff, err := parse(f)
		if err != nil {
			problems = append(problems, problemOf(err, f.name))
			continue
		}
		problems = append(problems, fieldProblems(f.name, ff)...)
		good = append(good, f)
	}
	var k *Knowledge
	if len(problems) == 0 {
		if k, err = loadFS(defaultFS, defaultDir, good); err != nil {
			problems = append(problems, problemsOf(err, path)...)
		}
	} else if len(good) > 0 {
		// The files that parse, for the first error in them; not "no
		// article" when the file with the article is one that did not parse.
		if _, err = loadFS(defaultFS, defaultDir, good); err != nil {
			for _, p := range problemsOf(err, path) {
				if !slices.Contains(problems, p) && !strings.HasPrefix(p.Message, "no article") {
					problems = append(problems, p)
				}
			}
		}
	}
	if k != nil {
		problems = append(problems, k.lintExamples()...)
	}
	SortProblems(problems)
	return k, problems
}

// SortProblems orders problems by file and line, errors first on a line.
func SortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Level, b.Level) // "error" < "warning"
	})
}

// fieldProblems reports every empty summary, too-long title and too-long
// passage of a file, which loading stops at the first of: an imported
// draft has all its summaries to write, and a hand-written file may have
// several passages to split.
func fieldProblems(file string, ff *fileYAML) []Problem {
	if ff.Article == nil {
		return nil
	}
	var out []Problem
	add := func(line int, format string, args ...any) {
		out = append(out, problemOf(pos{file, line}.errorf(format, args...), file))
	}
	for i, s := range ff.Article.Sections {
		at := func(p ...any) int { return lineOf(ff.root, append([]any{"article", "sections", i}, p...)...) }
		if strings.TrimSpace(s.Summary) == "" {
			add(at(), emptySummary, s.Slug)
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(s.Title)); n > MaxTitleLen {
			add(at("title"), sectionTitleTooLong, s.Slug, n, MaxTitleLen)
		}
		for j, p := range s.Passages {
			if n := utf8.RuneCountInString(strings.TrimSpace(p.Title)); n > MaxTitleLen {
				add(at("passages", j, "title"), passageTitleTooLong, p.ID, n, MaxTitleLen)
			}
			if n := PassageLen(strings.TrimSpace(p.Text)); n > MaxPassageLen {
				add(at("passages", j, "text"), passageTooLong, p.ID, n, MaxPassageLen)
			}
		}
	}
	return out
}

// lintExamples warns of passages with fewer than minExamples examples and
// of near-identical examples labelled differently (identical ones are a
// load error).
func (k *Knowledge) lintExamples() []Problem {
	var out []Problem
	if len(k.Examples) == 0 {
		for _, a := range k.Articles {
			out = append(out, Problem{File: a.File, Level: LevelWarning,
				Message: "no example questions: the bot answers by search alone, which understands fewer ways of asking; add examples (see the README's \"Example questions\")"})
		}
		return out
	}
	count := map[string]int{}
	for _, e := range k.Examples {
		count[e.Label]++
	}
	for _, p := range k.Passages() {
		if n := count[p.ID] + len(p.Phrasings); n < minExamples {
			out = append(out, Problem{File: p.Section.Article.File, Line: p.Line, Level: LevelWarning,
				Message: fmt.Sprintf("passage %q has %d example questions and phrasings; give it at least %d, or the question model will rarely choose it", p.ID, n, minExamples)})
		}
	}
	seen := map[string]Example{}
	for _, e := range k.Examples {
		key := nearKey(e.Text)
		if prev, ok := seen[key]; ok && prev.Label != e.Label {
			out = append(out, Problem{File: e.File, Line: e.Line, Level: LevelWarning,
				Message: fmt.Sprintf("example %q (%s) is nearly the same as %q (%s) at %s; give such messages one label, or reword the one that is wrong",
					clip(e.Text, 60), e.Label, clip(prev.Text, 60), prev.Label, where(prev.File, prev.Line))})
			continue
		}
		seen[key] = e
	}
	return out
}

// filler are words whose presence does not change what a message asks.
var filler = map[string]bool{
	"a": true, "an": true, "the": true, "i": true, "my": true, "me": true, "is": true, "are": true, "do": true, "does": true,
	"can": true, "could": true, "will": true, "would": true, "should": true, "it": true, "this": true, "that": true,
	"please": true, "pls": true, "plz": true, "bot": true, "hey": true, "hi": true, "so": true, "just": true, "really": true,
	"you": true, "u": true, "to": true, "of": true, "for": true, "and": true, "or": true, "be": true, "if": true,
}

// nearKey is what two near-identical messages share: their words,
// lowercase, without filler and repeats, sorted; so "does massage help my
// back?" and "can massage help the back" meet.
func nearKey(s string) string {
	var words []string
	for _, w := range strings.Fields(ExampleKey(s)) {
		if !filler[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ExampleKey(s)
	}
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}
