package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
	"github.com/backpainbot/backpainbot/knowledge/importer"
)

const knowledgeUsage = `Usage:
  backpainbot knowledge import [--format F] [--out FILE] ARTICLE
  backpainbot knowledge lint [--source ARTICLE] [--no-cv] [PATH]

import drafts a knowledge file from an article (plain text, Markdown or
HTML, by its extension or --format): the title, sections from the
headings, numbered items as titled passages, prose paragraphs as
passages, page debris left out, the words verbatim, and passages too long
for one Discord message split at sentence ends. Write the summaries, add
example questions, then lint it.

lint checks a knowledge file or directory (the embedded default without
PATH) and prints one line per problem, "file:line: level: message"; it
exits non-zero when there are errors. See the README's "Knowledge file
format".
`

// runKnowledge runs "knowledge import" and "knowledge lint".
func runKnowledge(ctx context.Context, env Env, o *options, args []string) error {
	if len(args) == 0 {
		return usagef("knowledge needs a command: import or lint (see 'backpainbot knowledge --help')")
	}
	switch args[0] {
	case "import":
		return runImport(env, o, args[1:])
	case "lint":
		return runLint(ctx, env, o, args[1:])
	case "-h", "--help", "-help", "help":
		fmt.Fprint(env.Stdout, knowledgeUsage)
		return flag.ErrHelp
	}
	return usagef("unknown knowledge command %q: want import or lint", args[0])
}

const importUsage = `Usage:
  backpainbot knowledge import [--format F] [--out FILE] ARTICLE

Drafts a knowledge file (YAML) from ARTICLE, on stdout or in --out. The
format comes from the extension (.txt, .md, .html) unless --format says.

Flags:
`

func runImport(env Env, o *options, args []string) error {
	var format, out string
	fs, err := o.parseCommand(env, "knowledge import", importUsage, args, ownFlags(func(fs *flag.FlagSet) {
		fs.StringVar(&format, "format", "", "the article's `format`: text, markdown or html (default: from the file's extension)")
		fs.StringVar(&out, "out", "", "write the draft to this `file` instead of stdout (never over an existing file)")
	}))
	if err != nil {
		return err
	}
	args, err = positional(fs, "backpainbot knowledge import --help")
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("knowledge import needs one article: backpainbot knowledge import article.html")
	}
	name := args[0]
	f, err := importer.FormatOf(name)
	if format != "" {
		f, err = importer.ParseFormat(format)
		if err != nil {
			return usagef("--format: %v", err)
		}
	}
	if err != nil {
		return usagef("%v", err)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("knowledge import: %w", err)
	}
	p := newProgress(env.Stderr, env.Now)
	d, err := importer.ImportMetered(data, f, name, p.Task("importing "+filepath.Base(name)))
	p.Done()
	if err != nil {
		return fmt.Errorf("knowledge import: %w", err)
	}
	b, err := d.YAML("backpainbot knowledge import " + filepath.Base(name))
	if err != nil {
		return fmt.Errorf("knowledge import: %w", err)
	}
	if out == "" {
		_, err = env.Stdout.Write(b)
		return err
	}
	// O_EXCL: a draft never replaces a file, which may be finished work.
	w, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("knowledge import: %w (choose another --out, or remove it first)", err)
	}
	if _, err := w.Write(b); err != nil {
		w.Close()
		return fmt.Errorf("knowledge import: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("knowledge import: %w", err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s: %d sections, %d passages; write the summaries, then: backpainbot knowledge lint %s\n", out, len(d.Sections), countPassages(d), out)
	return nil
}

func countPassages(d *importer.Draft) int {
	n := 0
	for _, s := range d.Sections {
		n += len(s.Passages)
	}
	return n
}

const lintUsage = `Usage:
  backpainbot knowledge lint [--source ARTICLE] [--no-cv] [PATH]

Checks the knowledge file or directory PATH (the embedded default without
it): everything loading checks, with file and line; every empty summary;
passages too long for one Discord message; with --source, that every
passage quotes the article word for word; passages with few example
questions; near-identical examples under two passages; and, unless
--no-cv, how often the question model, cross-validated on the examples,
answers each passage's examples with it. Prints one line per problem,
"file:line: level: message", and exits non-zero when there are errors.

Flags:
`

// cvFolds is how many folds lint cross-validates with: five models, each
// trained on four fifths of the examples, the usual balance of a fair
// estimate and the time it takes.
const cvFolds = 5

// minPassageRecall is the least share of a passage's own examples the
// cross-validated model should answer with it. Below it, people asking
// about the passage mostly get another passage or "I don't know".
const minPassageRecall = 0.5

func runLint(ctx context.Context, env Env, o *options, args []string) error {
	var source, format string
	var noCV bool
	fs, err := o.parseCommand(env, "knowledge lint", lintUsage, args, ownFlags(func(fs *flag.FlagSet) {
		fs.StringVar(&source, "source", "", "the article `file` the passages quote: each must be in it word for word")
		fs.StringVar(&format, "format", "", "the --source article's `format`: text, markdown or html (default: from its extension)")
		fs.BoolVar(&noCV, "no-cv", false, "skip cross-validating the question model (the slow part)")
	}))
	if err != nil {
		return err
	}
	args, err = positional(fs, "backpainbot knowledge lint --help")
	if err != nil {
		return err
	}
	if len(args) > 1 {
		return usagef("knowledge lint takes one file or directory")
	}
	var src *importer.Source
	if source != "" {
		if src, err = readSource(source, format); err != nil {
			return err
		}
	}
	var k *knowledge.Knowledge
	var problems []knowledge.Problem
	if len(args) == 1 {
		k, problems = knowledge.Lint(args[0])
	} else {
		k, problems = knowledge.LintDefault()
	}
	if k != nil && src != nil {
		problems = append(problems, verbatimProblems(k, src, source)...)
	}
	if k != nil && !noCV && len(k.Examples) > 0 {
		p := newProgress(env.Stderr, env.Now)
		done := make(chan []knowledge.Problem, 1)
		go func() {
			done <- crossValidated(k, p.Task("training the question model"), p.Task("cross-validating it"))
		}()
		select {
		case ps := <-done:
			problems = append(problems, ps...)
			p.Done()
		case <-ctx.Done(): // Ctrl-C: the training cannot be stopped, the program can
			p.Done()
			return fmt.Errorf("knowledge lint: stopped while cross-validating: %w", ctx.Err())
		}
	}
	knowledge.SortProblems(problems)
	return printProblems(env, problems)
}

// positional returns the arguments of fs that are not flags, parsing the
// flags that follow them too: "import article.html --out draft.yaml".
func positional(fs *flag.FlagSet, help string) ([]string, error) {
	var out []string
	for fs.NArg() > 0 {
		out = append(out, fs.Arg(0))
		if err := parse(fs, fs.Args()[1:], help); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// printProblems prints the problems and a count, and fails when any is an error.
func printProblems(env Env, problems []knowledge.Problem) error {
	errs := 0
	for _, p := range problems {
		fmt.Fprintln(env.Stdout, p)
		if p.Level == knowledge.LevelError {
			errs++
		}
	}
	fmt.Fprintf(env.Stderr, "%s, %s\n", count(errs, "error"), count(len(problems)-errs, "warning"))
	if errs > 0 {
		return fmt.Errorf("knowledge lint: %s", count(errs, "error"))
	}
	return nil
}

// count is "1 error", "2 errors".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func readSource(name, format string) (*importer.Source, error) {
	f, err := importer.FormatOf(name)
	if format != "" {
		f, err = importer.ParseFormat(format)
	}
	if err != nil {
		return nil, usagef("--source: %v", err)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("knowledge lint: --source: %w", err)
	}
	return importer.ReadSource(data, f, name)
}

// verbatimProblems reports each passage that does not quote the source
// word for word.
func verbatimProblems(k *knowledge.Knowledge, src *importer.Source, name string) []knowledge.Problem {
	var out []knowledge.Problem
	for _, p := range k.Passages() {
		if ok, diff := src.Quotes(p.Text); !ok {
			out = append(out, knowledge.Problem{File: p.Section.Article.File, Line: p.Line, Level: knowledge.LevelError,
				Message: fmt.Sprintf("passage %q is not word for word in %s: %s", p.ID, filepath.Base(name), diff)})
		}
	}
	return out
}

// crossValidated warns of passages whose own examples the question model,
// trained without them, answers with that passage less than
// minPassageRecall of the time, naming the passage it gives instead most.
// train and cv, if not nil, are told how far each is.
func crossValidated(k *knowledge.Knowledge, train, cv func(done, total int)) []knowledge.Problem {
	m := qmodel.BuildMetered(k, qmodel.NewMeter(train))
	judged := m.CrossValidate(qmodel.Examples(k), cvFolds, cv)
	total, right := map[string]int{}, map[string]int{}
	instead := map[string]map[string]int{}
	for _, j := range judged {
		want, got := j.Example.Label, j.Decision.Label
		if !j.Decision.Answer {
			got = "I don't know"
		}
		total[want]++
		if got == want {
			right[want]++
		} else {
			if instead[want] == nil {
				instead[want] = map[string]int{}
			}
			instead[want][got]++
		}
	}
	var out []knowledge.Problem
	for _, p := range k.Passages() {
		n := total[p.ID]
		if n == 0 {
			continue
		}
		if recall := float64(right[p.ID]) / float64(n); recall < minPassageRecall {
			out = append(out, knowledge.Problem{File: p.Section.Article.File, Line: p.Line, Level: knowledge.LevelWarning,
				Message: fmt.Sprintf("passage %q: cross-validated, the model answers %d of its %d examples (%.0f%%) with it; most often it gives %s instead: add examples that tell them apart",
					p.ID, right[p.ID], n, 100*recall, mostOften(instead[p.ID]))})
		}
	}
	return out
}

// mostOften is the label given most often, ties broken by name.
func mostOften(counts map[string]int) string {
	labels := make([]string, 0, len(counts))
	for l := range counts {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	if len(labels) == 0 {
		return "nothing"
	}
	if labels[0] == "I don't know" {
		return `"I don't know"`
	}
	return fmt.Sprintf("%q", labels[0])
}
