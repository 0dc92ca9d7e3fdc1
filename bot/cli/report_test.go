package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

// reportCmd runs "backpainbot report args..." with env as the environment.
func reportCmd(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := cli.Run(context.Background(), cli.Env{
		Args: append([]string{"report"}, args...), Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return out.String(), err
}

// seedFeedback stores what a report reads: three questions about
// mattresses and one about TENS machines in two servers, votes and counts,
// all within the last two days.
func seedFeedback(t *testing.T, s store.Feedback) {
	t.Helper()
	ctx := context.Background()
	now := time.Now()
	for i, u := range []struct{ guild, text string }{
		{"400000000000000001", "what mattress is best for a bad back?"},
		{"400000000000000001", "best matress for back pain??"},
		{"400000000000000001", "is a memory foam mattress good for back problems"},
		{"400000000000000002", "does a tens machine work for back pain"},
	} {
		at := now.Add(-time.Duration(i+1) * time.Hour)
		if err := s.LogUnanswered(ctx, store.Unanswered{Guild: u.guild, UserHash: "member", Text: u.text, RunnersUp: []string{"posture"},
			At: at, Expires: at.Add(30 * 24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 6 {
		v := store.Vote{Guild: "400000000000000001", Reply: "reply", Passage: "stress", UserHash: "member" + string(rune('a'+i)), Helpful: i == 0, At: now.Add(-time.Hour)}
		if err := s.SaveVote(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, kind := range []string{store.KindPassage, store.KindPassage, store.KindUnanswered} {
		if err := s.CountAnswer(ctx, "400000000000000001", kind, now.Add(-24*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
}

// reportJSON is the part of the JSON report these tests read.
type reportJSON struct {
	Unanswered int `json:"unanswered"`
	Groups     []struct {
		Count    int      `json:"count"`
		Examples []string `json:"examples"`
	} `json:"unanswered_groups"`
	LowestRated []struct {
		Passage    string `json:"passage"`
		NotHelpful int    `json:"not_helpful"`
	} `json:"lowest_rated"`
	ByKind []struct {
		Kind  string `json:"kind"`
		Count int    `json:"count"`
	} `json:"by_kind"`
}

func checkReport(t *testing.T, out string) {
	t.Helper()
	var got reportJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("report --format json is not JSON: %v\n%s", err, out)
	}
	if got.Unanswered != 4 || len(got.Groups) != 2 || got.Groups[0].Count != 3 {
		t.Errorf("report: %d unanswered in groups %+v; want 4 in two groups, the mattress one of 3 first", got.Unanswered, got.Groups)
	}
	if len(got.LowestRated) != 1 || got.LowestRated[0].Passage != "stress" || got.LowestRated[0].NotHelpful != 5 {
		t.Errorf("report: lowest rated %+v; want stress with 5 not helpful", got.LowestRated)
	}
	if len(got.ByKind) != 2 || got.ByKind[0].Kind != store.KindPassage || got.ByKind[0].Count != 2 {
		t.Errorf("report: by kind %+v; want passage 2, unanswered 1", got.ByKind)
	}
}

func TestReportEmbeddedStore(t *testing.T) {
	dir := t.TempDir()
	withStore(t, dir, func(s store.Store) { seedFeedback(t, s) })
	out, err := reportCmd(t, nil, "--data-dir", dir, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, out)

	// One server, as HTML in a file, with a draft of examples.
	page, draft := filepath.Join(dir, "report.html"), filepath.Join(dir, "draft.yaml")
	out, err = reportCmd(t, nil, "--data-dir", dir, "--guild", "400000000000000002", "--since", "7d", "--format", "html", "--out", page, "--draft-examples", draft)
	if err != nil || out != "" {
		t.Fatalf("report --out: %v, printed %q; want the report in the file only", err, out)
	}
	for _, f := range []struct{ name, want, not string }{
		{page, `<svg id="by-day"`, "mattress"},
		{draft, `"does a tens machine work for back pain"`, "mattress"},
	} {
		b, err := os.ReadFile(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), f.want) || strings.Contains(string(b), f.not) {
			t.Errorf("%s: want %q in it and no %q (another server's question):\n%s", filepath.Base(f.name), f.want, f.not, b)
		}
		if st, err := os.Stat(f.name); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, %v; want 0600: it holds what members wrote", filepath.Base(f.name), st.Mode().Perm(), err)
		}
	}
}

func TestReportPostgres(t *testing.T) {
	url := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	seedFeedback(t, s)
	s.Close()
	out, err := reportCmd(t, map[string]string{"BACKPAINBOT_DATABASE_URL": url}, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, out)
}

func TestReportMistakes(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"since without unit", []string{"--since", "30"}, "30d"},
		{"since in weeks", []string{"--since", "2w"}, "a number of days like 30d"},
		{"since zero", []string{"--since", "0d"}, "longer than zero"},
		{"since negative", []string{"--since", "-5h"}, "longer than zero"},
		{"format", []string{"--format", "pdf"}, "text, json, csv, html"},
		{"argument", []string{"yesterday"}, "no arguments"},
		{"same file", []string{"--out", "x", "--draft-examples", "x"}, "give each its own"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reportCmd(t, nil, append([]string{"--data-dir", dir}, tc.args...)...)
			if !cli.IsUsage(err) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("report %v = %v; want a usage error saying %q", tc.args, err, tc.want)
			}
		})
	}
}

// The embedded store serves one process: a report while the bot runs says
// what to do.
func TestReportStoreInUse(t *testing.T) {
	dir := t.TempDir()
	s, err := bolt.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = reportCmd(t, nil, "--data-dir", dir)
	if err == nil || !strings.Contains(err.Error(), "stop the bot") {
		t.Errorf("report while the store is open = %v; want it to say to stop the bot", err)
	}
}
