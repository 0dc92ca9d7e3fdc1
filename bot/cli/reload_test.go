package cli_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
)

// reloadWait bounds how long a test waits for a reload: the question model
// and the safety detector train again, which takes seconds on a busy
// machine and more under -race.
const reloadWait = 2 * time.Minute

// eventually polls cond until it holds, failing the test with what after
// reloadWait.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(reloadWait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("gave up waiting for %s", what)
}

// knowledgeYAML is a one-article knowledge whose "shoes" passage names its
// edition, so a test can tell which version answered; line 14 is that
// passage's text.
func knowledgeYAML(edition string) string {
	return `disclaimer: Walking tips from a leaflet, not medical advice.
dont_know: I can't answer that from the walking leaflet.
article:
  id: walking
  title: Walking for a healthy back
  source: Walking leaflet
  sections:
    - slug: walking
      title: Walking
      summary: Gentle walking keeps the back moving.
      passages:
        - id: shoes
          title: Shoes
          text: Comfortable shoes make walking easier on the back, says the ` + edition + ` edition.
        - id: daily-walk
          title: A daily walk
          text: A short daily walk keeps the muscles of the back moving and supple.
`
}

// safetyExamplesYAML is a few safety examples: the detector trains on
// them in a moment, where the embedded ones take seconds.
const safetyExamplesYAML = `examples:
  crisis:
    active:
      - "i want to kill myself"
      - "i want to end my life"
  emergency:
    bladder:
      - "i cant control my bladder and my back hurts"
  none:
    plain:
      - "is walking good for my back"
      - "what shoes are best for walking"
`

// reloadable writes a knowledge of the given edition and the safety
// examples to a new directory, returning the knowledge file, the
// examples file and the serve flags that load them.
func reloadable(t *testing.T, edition string) (kb string, args []string) {
	t.Helper()
	dir := t.TempDir()
	kb, ex := filepath.Join(dir, "walking.yaml"), filepath.Join(dir, "examples.yaml")
	writeFile(t, kb, knowledgeYAML(edition))
	writeFile(t, ex, safetyExamplesYAML)
	return kb, []string{"--knowledge", kb, "--safety-examples", ex, "--cooldown", "0"}
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

var versionRE = regexp.MustCompile(`(?m)^knowledge ([0-9a-f]{12}) loaded \S+$`)

// version is the knowledge version /readyz reports.
func (s *served) version(t *testing.T) string {
	t.Helper()
	_, body := get(t, s.base+"/readyz")
	m := versionRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("/readyz = %q; want a line with the knowledge version", body)
	}
	return m[1]
}

// askShoes asks about shoes as a new interaction and returns the edition
// the answer quotes.
func (s *served) askShoes(t *testing.T) string {
	t.Helper()
	s.asked++
	code, body := s.post(t, askBody(fmt.Sprint(900+s.asked), "tok", "do comfortable shoes make walking easier?"), true)
	m := regexp.MustCompile(`says the (\w+) edition`).FindStringSubmatch(body)
	if code != 200 || m == nil {
		t.Fatalf("/ask about shoes = %d %s; want the shoes passage", code, body)
	}
	return m[1]
}

// metric returns the /metrics line that starts with series.
func (s *served) metric(t *testing.T, series string) string {
	t.Helper()
	resp, err := http.Get(s.base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, series+" ") {
			return line
		}
	}
	return ""
}

// With --watch, an edit of the knowledge file is answered from without a
// restart; /readyz and the metrics show the new version.
func TestServeWatchReloadsAnEdit(t *testing.T) {
	kb, args := reloadable(t, "first")
	s := startServe(t, append(args, "--watch")...)
	if !strings.Contains(s.stderr.String(), "watching for changes") {
		t.Fatalf("serve --watch did not say it watches; log:\n%s", s.stderr.String())
	}
	before := s.version(t)
	if got := s.askShoes(t); got != "first" {
		t.Fatalf("before the edit, the answer quotes the %s edition; want first", got)
	}
	writeFile(t, kb, knowledgeYAML("second"))
	eventually(t, "a new version in /readyz after the edit", func() bool { return s.version(t) != before })
	if got := s.askShoes(t); got != "second" {
		t.Errorf("after the edit, the answer quotes the %s edition; want second", got)
	}
	after := s.version(t)
	if got, want := s.metric(t, `backpainbot_knowledge_info{version="`+after+`"}`), "1"; !strings.HasSuffix(got, " "+want) {
		t.Errorf("backpainbot_knowledge_info for %s = %q; want 1", after, got)
	}
	if got := s.metric(t, `backpainbot_reloads_total{result="ok"}`); !strings.HasSuffix(got, " 1") {
		t.Errorf("reloads ok = %q; want 1", got)
	}
	if !strings.Contains(s.stderr.String(), `msg=reloaded why="changed: `+kb) {
		t.Errorf("the log does not say what changed; log:\n%s", s.stderr.String())
	}
}

// With --watch, a knowledge directory replaced by a new copy (removed,
// then made again) is watched again and answered from.
func TestServeWatchFollowsAReplacedDirectory(t *testing.T) {
	root := t.TempDir()
	kdir, ex := filepath.Join(root, "kb"), filepath.Join(root, "examples.yaml")
	write := func(edition string) {
		if err := os.MkdirAll(kdir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(kdir, "walking.yaml"), knowledgeYAML(edition))
	}
	write("first")
	writeFile(t, ex, safetyExamplesYAML)
	s := startServe(t, "--knowledge", kdir, "--safety-examples", ex, "--cooldown", "0", "--watch")
	before := s.version(t)
	if err := os.RemoveAll(kdir); err != nil {
		t.Fatal(err)
	}
	eventually(t, "a failed reload logged for the removed directory", func() bool {
		return strings.Contains(s.stderr.String(), "reload failed; still answering with the last good version")
	})
	if got := s.askShoes(t); got != "first" {
		t.Errorf("with the directory gone, the answer quotes the %s edition; want first, the last good one", got)
	}
	write("second")
	eventually(t, "a new version in /readyz after the directory is back", func() bool { return s.version(t) != before })
	if got := s.askShoes(t); got != "second" {
		t.Errorf("after the directory is back, the answer quotes the %s edition; want second", got)
	}
}

// A mistake in an edit keeps the last good version answering, and the
// error is logged at level error with the file and line; fixing the file
// then reloads it.
func TestServeBadEditKeepsTheLastGoodVersion(t *testing.T) {
	kb, args := reloadable(t, "first")
	s := startServe(t, append(args, "--watch")...)
	before := s.version(t)
	writeFile(t, kb, strings.Replace(knowledgeYAML("second"), "          text: Comfortable", "          txt: Comfortable", 1))
	bad := regexp.MustCompile(`level=ERROR msg="reload failed; still answering with the last good version" why="changed: \S+" version=` +
		before + ` err="[^"]*` + regexp.QuoteMeta(kb) + `:14: [^"]*txt`)
	eventually(t, "the error logged with file and line", func() bool { return bad.MatchString(s.stderr.String()) })
	if got := s.askShoes(t); got != "first" {
		t.Errorf("after a bad edit, the answer quotes the %s edition; want first, the last good one", got)
	}
	if got := s.version(t); got != before {
		t.Errorf("after a bad edit, /readyz says version %s; want %s, the last good one", got, before)
	}
	if got := s.metric(t, `backpainbot_reloads_total{result="failed"}`); got == "" || strings.HasSuffix(got, " 0") {
		t.Errorf("reloads failed = %q; want at least 1", got)
	}

	writeFile(t, kb, knowledgeYAML("third"))
	eventually(t, "the fixed file reloaded", func() bool { return s.version(t) != before })
	if got := s.askShoes(t); got != "third" {
		t.Errorf("after fixing the file, the answer quotes the %s edition; want third", got)
	}
}

// --watch with the embedded knowledge and rules has nothing to watch, and
// says so.
func TestWatchWithNothingToWatch(t *testing.T) {
	s := startServe(t, "--watch")
	if !strings.Contains(s.stderr.String(), `msg="--watch: nothing to watch: the knowledge and safety rules are the embedded ones`) {
		t.Errorf("serve --watch without files: the log does not say there is nothing to watch; log:\n%s", s.stderr.String())
	}
}

// The terminal reloads too, here through Env.Reload (SIGHUP in the
// program): the next question is answered from the new knowledge.
func TestTerminalReloads(t *testing.T) {
	kb, args := reloadable(t, "first")
	in, feed := io.Pipe()
	var out, errb bottest.SyncBuffer
	reload := make(chan os.Signal)
	done := make(chan error, 1)
	go func() {
		done <- cli.Run(context.Background(), cli.Env{Args: args[:4], Stdin: in, Stdout: &out, Stderr: &errb, Reload: reload})
	}()
	ask := func(want string) {
		t.Helper()
		mark := strings.Count(out.String(), "edition")
		fmt.Fprintln(feed, "do comfortable shoes make walking easier?")
		eventually(t, "the terminal's answer", func() bool { return strings.Count(out.String(), "edition") > mark })
		if got := out.String()[strings.LastIndex(out.String(), "says the "):]; !strings.HasPrefix(got, "says the "+want+" edition") {
			t.Errorf("the terminal answered %.40q; want the %s edition", got, want)
		}
	}
	ask("first")
	writeFile(t, kb, knowledgeYAML("second"))
	reload <- syscall.SIGHUP
	eventually(t, "the reload", func() bool { return strings.Contains(errb.String(), "msg=reloaded why=SIGHUP") })
	ask("second")
	feed.Close()
	if err := <-done; err != nil {
		t.Errorf("the terminal = %v; log:\n%s", err, errb.String())
	}
}

// The gateway bot loads its knowledge and watches its files through the
// same code as serve and the terminal: its start logs the version and the
// files watched (then, with Discord unreachable, it stops).
func TestGatewayReloadsThroughTheSameWiring(t *testing.T) {
	kb, args := reloadable(t, "first")
	_, stderr, err := runEnv(t, map[string]string{"DISCORD_TOKEN": "x"},
		append(args, "--watch", "--discord-api", "http://127.0.0.1:1/api/v9", "--data-dir", t.TempDir())...)
	if err == nil {
		t.Fatal("the gateway bot with Discord unreachable = nil; want its error")
	}
	for _, want := range []string{`msg="knowledge loaded" version=`, `msg="watching for changes" files="[` + kb} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the gateway bot's log lacks %s; log:\n%s", want, stderr)
		}
	}
}

// A mistake in an edit of the safety rules keeps the last good version
// too, logged with the rules file and line.
func TestServeBadSafetyRulesEditKeepsTheLastGoodVersion(t *testing.T) {
	_, args := reloadable(t, "first")
	good, err := os.ReadFile("../../knowledge/testdata/safety/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rules := filepath.Join(t.TempDir(), "rules.yaml")
	writeFile(t, rules, string(good))
	s := startServe(t, append(args, "--safety-rules", rules, "--watch")...)
	before := s.version(t)
	writeFile(t, rules, strings.Replace(string(good), "    level: same-day", "    levle: same-day", 1))
	bad := regexp.MustCompile(`level=ERROR msg="reload failed; still answering with the last good version" .*err="safety rules: ` +
		regexp.QuoteMeta(rules) + `:15: red_flag \d+: unknown field levle;`)
	eventually(t, "the error logged with the rules file and line", func() bool { return bad.MatchString(s.stderr.String()) })
	if got := s.version(t); got != before {
		t.Errorf("after a bad edit of the rules, /readyz says version %s; want %s, the last good one", got, before)
	}
	if got := s.askShoes(t); got != "first" {
		t.Errorf("after a bad edit of the rules, the answer quotes the %s edition; want first", got)
	}
}
