package cli_test

import (
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
)

// childStart bounds an instance's start, in this process or a child: a
// bound for a broken test, not a timing assertion. Training the safety
// detector on its 6,000 examples takes about 30 s under the race detector
// on two busy CPUs, against a second or two without it.
const childStart = 2 * time.Minute

// inProcess is a backpainbot command running in this process through
// cli.Run, the wiring main uses, with its environment given and its log
// kept.
type inProcess struct {
	stderr  *bottest.SyncBuffer
	done    chan error // Run's error, once it returns
	stop    func() error
	stopped bool
}

// runInProcess runs backpainbot with args in the environment env until
// the test ends or stop is called.
func runInProcess(t *testing.T, env map[string]string, args ...string) *inProcess {
	t.Helper()
	name := strings.Join(append([]string{"backpainbot"}, args...), " ")
	ctx, cancel := context.WithCancel(context.Background())
	p := &inProcess{stderr: &bottest.SyncBuffer{}, done: make(chan error, 1)}
	go func() {
		p.done <- cli.Run(ctx, cli.Env{
			Args:   args,
			Getenv: func(k string) string { return env[k] },
			Stdin:  strings.NewReader(""), Stdout: io.Discard, Stderr: p.stderr,
		})
	}()
	p.stop = func() error {
		cancel()
		select {
		case err := <-p.done:
			p.stopped = true
			return err
		case <-time.After(15 * time.Second):
			t.Fatalf("%s did not stop; log:\n%s", name, p.stderr.String())
			return nil
		}
	}
	t.Cleanup(func() {
		if !p.stopped {
			if err := p.stop(); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	})
	return p
}

// waitLog waits until the log has a line matching re and returns its
// submatches; it fails the test if the command ends first, or after
// childStart.
func (p *inProcess) waitLog(t *testing.T, re *regexp.Regexp) []string {
	t.Helper()
	for deadline := time.Now().Add(childStart); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := re.FindStringSubmatch(p.stderr.String()); m != nil {
			return m
		}
		select {
		case err := <-p.done:
			p.stopped = true
			t.Fatalf("ended = %v before logging %s; log:\n%s", err, re, p.stderr.String())
		default:
		}
	}
	t.Fatalf("no log line matching %s; log:\n%s", re, p.stderr.String())
	return nil
}
