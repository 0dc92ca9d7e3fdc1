package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// FuzzMemberText: whatever a member writes, it is text in every form of
// the report: no element on the HTML page, no control character in the
// terminal, the same cell in CSV (after the formula guard), and the same
// example in the draft.
func FuzzMemberText(f *testing.F) {
	for _, s := range []string{"is yoga good?", `<script>alert(1)</script>`, "</q></td></tr></table><img src=x>", "=1+1", "\x1b[31mred\x1b[0m\nnext line",
		"@SUM(A1)", "\"quoted\", with comma", "{{.Scope}}", "ok\u2028then", "- item\n# comment: x"} {
		f.Add(s)
	}
	k, _, _ := defaults(f)
	known := map[string]bool{}
	for _, e := range k.Examples {
		known[sameText(e.Text)] = true
	}
	markup := strings.Count(pageOf(f, "x"), "<")
	f.Fuzz(func(t *testing.T, text string) {
		if strings.TrimSpace(text) == "" || !strings.ContainsFunc(text, unicode.IsPrint) || !utf8.ValidString(text) {
			return // stores keep only valid UTF-8 (store.Unanswered.Validate)
		}
		at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
		rep := &Report{Since: at, Until: at, Unanswered: 1, MinVotes: 5,
			Groups: []Group{{Count: 1, Examples: []string{text}, Wordings: []string{text}, OutOfScope: true, Nearest: "posture", First: at, Last: at}}}
		var page, term, table, draft bytes.Buffer
		for _, r := range []struct {
			format string
			w      *bytes.Buffer
		}{{"html", &page}, {"text", &term}, {"csv", &table}} {
			if err := Render(r.w, rep, r.format); err != nil {
				t.Fatal(err)
			}
		}
		if strings.Count(page.String(), "<") != markup {
			t.Errorf("member text %q changed the page's markup", text)
		}
		if strings.ContainsFunc(term.String(), func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
			t.Errorf("member text %q puts a control character in the terminal report", text)
		}
		rows, err := csv.NewReader(&table).ReadAll()
		if err != nil || len(rows) != 2 || strings.TrimPrefix(rows[1][2], "'") != text && rows[1][2] != text {
			t.Errorf("member text %q does not come back from the CSV: %v %q", text, err, rows)
		}
		if err := WriteDraft(&draft, rep, k); err != nil {
			t.Fatal(err)
		}
		var back struct {
			OutOfScope []string `yaml:"out_of_scope"`
		}
		want := []string{text}
		if known[sameText(text)] {
			want = nil // the knowledge has it: left out
		}
		if err := yaml.Unmarshal(draft.Bytes(), &back); err != nil || !slices.Equal(back.OutOfScope, want) {
			t.Errorf("member text %q does not come back from the draft: %v %q\n%s", text, err, back.OutOfScope, draft.String())
		}
	})
}

// pageOf is the HTML page of a report whose one question is text.
func pageOf(t testing.TB, text string) string {
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	rep := &Report{Since: at, Until: at, Unanswered: 1, MinVotes: 5,
		Groups: []Group{{Count: 1, Examples: []string{text}, Wordings: []string{text}, OutOfScope: true, Nearest: "posture", First: at, Last: at}}}
	var b bytes.Buffer
	if err := Render(&b, rep, "html"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
