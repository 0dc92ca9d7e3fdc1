package knowledge_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Lint reports each kind of problem at its file and line, with its level;
// one fixture per kind under testdata/lint.
func TestLint(t *testing.T) {
	const dir = "testdata/lint/"
	tests := []struct {
		name string
		file string
		want []string // the problems as lint prints them, in order
	}{
		{"clean", "clean.yaml", nil},
		{"YAML syntax", "syntax.yaml", []string{
			dir + "syntax.yaml:2: error: not valid YAML: did not find expected ',' or ']'"}},
		{"unknown field", "unknown-field.yaml", []string{
			dir + "unknown-field.yaml:4: error: article: unknown field titel; the fields are id, sections, source, title"}},
		{"every empty summary", "summaries.yaml", []string{
			dir + `summaries.yaml:7: error: section "posture": empty summary; write a plain-language summary of the section, faithful to the article (shown by /topic)`,
			dir + `summaries.yaml:13: error: section "walking": empty summary; write a plain-language summary of the section, faithful to the article (shown by /topic)`}},
		{"passage too long for a message", "long-passage.yaml", []string{
			dir + `long-passage.yaml:12: error: passage "posture": text is 1385 characters, at most 1200, so that it is posted whole in one Discord message; split it into two passages at a sentence end`}},
		{"every field problem of a file", "many-fields.yaml", []string{
			dir + `many-fields.yaml:8: error: section "posture": empty summary; write a plain-language summary of the section, faithful to the article (shown by /topic)`,
			dir + `many-fields.yaml:9: error: section "posture": title is 83 characters, at most 70; shorten it`,
			dir + `many-fields.yaml:13: error: passage "posture": text is 1385 characters, at most 1200, so that it is posted whole in one Discord message; split it into two passages at a sentence end`,
			dir + `many-fields.yaml:15: error: passage "slouch": title is 77 characters, at most 70; shorten it`,
			dir + `many-fields.yaml:18: error: passage "desk": text is 1385 characters, at most 1200, so that it is posted whole in one Discord message; split it into two passages at a sentence end`}},
		{"duplicate id", "duplicate-id.yaml", []string{
			dir + `duplicate-id.yaml:13: error: passage "posture": duplicate id (also in testdata/lint/duplicate-id.yaml)`}},
		{"every bad section, passage and example", "many-mistakes.yaml", []string{
			dir + `many-mistakes.yaml:13: error: passage "Bad_Id": id must be lowercase letters, digits and dashes, at most 32`,
			dir + `many-mistakes.yaml:15: error: passage "empty": empty text`,
			dir + `many-mistakes.yaml:17: error: section "Walking": slug must be lowercase letters, digits and dashes, at most 32 (it is a command choice)`,
			dir + `many-mistakes.yaml:25: error: examples: posture: empty example`,
			dir + `many-mistakes.yaml:28: error: examples: walking: each example is one message: text, not a list or keys`}},
		{"few examples", "few-examples.yaml", []string{
			dir + `few-examples.yaml:13: warning: passage "walking" has 3 example questions and phrasings; give it at least 10, or the question model will rarely choose it`}},
		{"near-identical examples under two passages", "conflict.yaml", []string{
			dir + `conflict.yaml:37: warning: example "Could I fix my posture?" (walking) is nearly the same as "can I fix my posture" (posture) at testdata/lint/conflict.yaml:18; give such messages one label, or reword the one that is wrong`}},
		{"no examples", "no-examples.yaml", []string{
			dir + `no-examples.yaml: warning: no example questions: the bot answers by search alone, which understands fewer ways of asking; add examples (see the README's "Example questions")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, problems := knowledge.Lint(dir + tt.file)
			var got []string
			errs := 0
			for _, p := range problems {
				got = append(got, p.String())
				if p.Level == knowledge.LevelError {
					errs++
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lint(%s) (-want +got):\n%s", tt.file, diff)
			}
			if (k == nil) != (errs > 0) {
				t.Errorf("Lint(%s) returned knowledge %v with %d errors; want knowledge exactly when there are none", tt.file, k != nil, errs)
			}
		})
	}
}

// The embedded default passes lint without a problem.
func TestLintDefault(t *testing.T) {
	k, problems := knowledge.LintDefault()
	if k == nil || len(problems) > 0 {
		t.Errorf("LintDefault() = %d problems; want none: %v", len(problems), problems)
	}
}

// A directory is linted as a whole: each file's own errors are reported.
func TestLintDirectoryReportsEveryFile(t *testing.T) {
	_, problems := knowledge.Lint("testdata/broken")
	files := map[string]bool{}
	for _, p := range problems {
		files[p.File] = true
	}
	for _, f := range []string{"testdata/broken/malformed.yaml", "testdata/broken/typo.yaml", "testdata/broken/notknowledge.yaml"} {
		if !files[f] {
			t.Errorf("Lint(testdata/broken) reports nothing for %s; want its error", f)
		}
	}
}

// A file that does not parse is reported once: not again as "no article"
// because the article was in it.
func TestLintBrokenArticleBesideExamples(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"a.yaml": "article:\n  id: a\n  title: [unclosed\n",
		"b.yaml": "out_of_scope:\n  - what mattress is best\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, problems := knowledge.Lint(dir)
	if len(problems) != 1 || problems[0].File != filepath.Join(dir, "a.yaml") {
		t.Errorf("Lint(broken article beside examples) = %v; want one problem, in a.yaml", problems)
	}
}
