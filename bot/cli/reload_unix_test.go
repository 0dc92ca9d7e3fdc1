//go:build unix

package cli_test

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// SIGHUP reloads the knowledge of a running serve, without --watch: the
// signal goes to this test process, where serve listens for it.
func TestServeReloadsOnSIGHUP(t *testing.T) {
	kb, args := reloadable(t, "first")
	s := startServe(t, args...)
	before := s.version(t)
	if got := s.askShoes(t); got != "first" {
		t.Fatalf("before SIGHUP, the answer quotes the %s edition; want first", got)
	}
	writeFile(t, kb, knowledgeYAML("second"))
	if got := s.askShoes(t); got != "first" {
		t.Fatalf("after an edit without --watch, before SIGHUP, the answer quotes the %s edition; want first", got)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	eventually(t, "a new version in /readyz after SIGHUP", func() bool { return s.version(t) != before })
	if got := s.askShoes(t); got != "second" {
		t.Errorf("after SIGHUP, the answer quotes the %s edition; want second", got)
	}
	if !strings.Contains(s.stderr.String(), `msg=reloaded why=SIGHUP`) {
		t.Errorf("the log does not say SIGHUP reloaded; log:\n%s", s.stderr.String())
	}

	// Nothing changed: a second SIGHUP reloads nothing, and says so.
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the unchanged reload counted", func() bool {
		return strings.HasSuffix(s.metric(t, `backpainbot_reloads_total{result="unchanged"}`), " 1")
	})
}
