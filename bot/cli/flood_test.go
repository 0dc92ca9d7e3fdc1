//go:build unix

package cli_test

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The flood: far more connections than the server's open-file limit
// allows, held open, and reopened a moment after the server closes them.
const (
	floodChildEnv = "BACKPAINBOT_TEST_FLOOD_CHILD" // set in the re-executed test binary that serves
	childFiles    = 1024                           // the server's RLIMIT_NOFILE
	floodIdle     = 2000                           // keep-alive connections left idle after one GET /healthz
	floodSlow     = 200                            // connections that never finish their headers
	floodReopen   = time.Second                    // about how long a flooder waits to reopen a closed connection
	probeTimeout  = 2 * time.Second                // "promptly": Discord gives up on an interaction after 3 s
)

// Issue 8: thousands of idle keep-alive connections took `serve` to its
// open-file limit, after which it accepted nothing. Under a flood of idle
// and slow-header connections several times its open-file limit, /healthz
// and a signed interaction must still be answered promptly. The server
// runs in a child process (this test binary, re-executed) whose limit is
// lowered to childFiles, so the flood takes seconds.
func TestServeUnderConnectionFlood(t *testing.T) {
	if os.Getenv(floodChildEnv) != "" {
		serveLimited(t)
		return
	}
	if testing.Short() {
		t.Skip("floods a child server with connections for several seconds")
	}
	if soft, _, err := ops.FileLimit(); err != nil || soft < floodIdle+floodSlow+500 {
		t.Skipf("this process may open %d files (%v); the flood needs %d", soft, err, floodIdle+floodSlow+500)
	}
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	child, addr := startLimitedServe(t, pub)

	ctx, stopFlood := context.WithCancel(context.Background())
	f := flood(ctx, addr)
	defer func() { stopFlood(); f.wg.Wait() }()
	// Let every flooder connect once, or give up after 3 s (they cannot
	// without the cap; then the server is at its limit).
	for deadline := time.Now().Add(3 * time.Second); f.opened.Load() < floodIdle+floodSlow && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("flood: %d connections opened, %d closed by the server, %d dials or requests failed",
		f.opened.Load(), f.closed.Load(), f.failed.Load())

	client := &http.Client{Timeout: probeTimeout, Transport: &http.Transport{DisableKeepAlives: true}}
	for i := range 5 {
		start := time.Now()
		if code, _, err := probe(client, http.MethodGet, "http://"+addr+"/healthz", nil, ""); err != nil || code != 200 {
			t.Errorf("probe %d: GET /healthz under the flood = %d, %v; want 200 within %v", i, code, err, probeTimeout)
		}
		healthz := time.Since(start)
		start = time.Now()
		body := askBody(strconv.Itoa(900+i), "tok", "does massage help tight muscles?")
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		h := http.Header{}
		h.Set("X-Signature-Timestamp", ts)
		h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		code, reply, err := probe(client, http.MethodPost, "http://"+addr+"/interactions", h, body)
		if err != nil || code != 200 || !strings.Contains(reply, knowledge.DefaultDisclaimer) {
			t.Errorf("probe %d: signed /ask under the flood = %d, %v; want 200 and a reply within %v", i, code, err, probeTimeout)
		}
		t.Logf("probe %d: /healthz %v, /ask %v; %s", i, healthz.Round(time.Millisecond), time.Since(start).Round(time.Millisecond), child.usage())
	}
	t.Logf("flood: %d connections opened, %d closed by the server, %d dials or requests failed",
		f.opened.Load(), f.closed.Load(), f.failed.Load())
	if t.Failed() {
		t.Logf("server log (tail):\n%s", tail(child.stderr.String(), 2000))
	}
}

// serveLimited is the child: it lowers its open-file limit and serves
// until its standard input closes (the parent is done, or gone).
func serveLimited(t *testing.T) {
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: childFiles, Max: childFiles}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	// The article without its example questions, and a few safety
	// examples instead of the embedded thousands: the flood is about
	// connections, and training the question model or the full safety
	// detector under -race took longer than the parent waits for the
	// child to start on a busy CI machine.
	examples := filepath.Join(t.TempDir(), "safety-examples.yaml")
	writeFile(t, examples, safetyExamplesYAML)
	err := cli.Run(ctx, cli.Env{
		Args: []string{"--knowledge", "../../knowledge/default/massage-and-back-pain.yaml", "--safety-examples", examples,
			"serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir()},
		Getenv: os.Getenv, Stdin: strings.NewReader(""), Stdout: os.Stdout, Stderr: os.Stderr,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// childServer is the re-executed test binary serving.
type childServer struct {
	cmd    *exec.Cmd
	stderr *bottest.SyncBuffer
}

// startLimitedServe starts the child and returns it with its address.
func startLimitedServe(t *testing.T, pub ed25519.PublicKey) (*childServer, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeUnderConnectionFlood$", "-test.timeout=2m")
	cmd.Env = append(os.Environ(), floodChildEnv+"=1", "DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &childServer{cmd: cmd, stderr: &bottest.SyncBuffer{}}
	addrc := make(chan string, 1)
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		addrRE := regexp.MustCompile(`msg="serving Discord interactions" addr=(\S+)`)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			fmt.Fprintln(c.stderr, sc.Text())
			if m := addrRE.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
	}()
	t.Cleanup(func() {
		stdin.Close() // the child shuts down
		timer := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
		<-copied
		err := cmd.Wait()
		timer.Stop()
		if err != nil {
			t.Errorf("child server: %v; log (tail):\n%s", err, tail(c.stderr.String(), 2000))
		}
	})
	select {
	case addr := <-addrc:
		return c, addr
	case <-time.After(childStart):
		t.Fatalf("child server did not start; log:\n%s", c.stderr.String())
		return nil, ""
	}
}

// usage is the child's open files and resident memory, as Linux tells.
func (c *childServer) usage() string {
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", c.cmd.Process.Pid))
	if err != nil {
		return ""
	}
	status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", c.cmd.Process.Pid))
	rss := regexp.MustCompile(`VmRSS:\s*(\d+ kB)`).FindSubmatch(status)
	if rss == nil {
		return fmt.Sprintf("server: %d files open", len(fds))
	}
	return fmt.Sprintf("server: %d files open, %s resident", len(fds), rss[1])
}

// flooders counts what the flood did.
type flooders struct {
	wg                     sync.WaitGroup
	opened, closed, failed atomic.Int64
}

// flood opens floodIdle idle and floodSlow slow-header connections to
// addr, each reopened after about floodReopen when the server closes it,
// until ctx is done.
func flood(ctx context.Context, addr string) *flooders {
	f := &flooders{}
	for i := range floodIdle + floodSlow {
		slow := i >= floodIdle
		f.wg.Go(func() {
			for ctx.Err() == nil {
				if f.hold(ctx, addr, slow) {
					f.closed.Add(1)
				} else {
					f.failed.Add(1)
				}
				select {
				case <-ctx.Done():
				case <-time.After(floodReopen/2 + rand.N(floodReopen)):
				}
			}
		})
	}
	return f
}

// hold opens one connection, sends a whole GET /healthz and reads the
// answer (idle) or sends half its headers (slow), and holds it until the
// server closes it (true) or ctx is done or something failed (false).
func (f *flooders) hold(ctx context.Context, addr string, slow bool) bool {
	d := net.Dialer{Timeout: probeTimeout}
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return false
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	r := bufio.NewReader(c)
	if slow {
		_, err = io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: flood\r\nX-Slow: ")
	} else if _, err = io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: flood\r\n\r\n"); err == nil {
		c.SetReadDeadline(time.Now().Add(probeTimeout))
		var resp *http.Response
		if resp, err = http.ReadResponse(r, nil); err == nil {
			resp.Body.Close()
		}
		c.SetReadDeadline(time.Time{})
	}
	if err != nil {
		return false
	}
	f.opened.Add(1)
	_, err = r.ReadByte() // until the server closes it
	return ctx.Err() == nil && !errors.Is(err, os.ErrDeadlineExceeded)
}

func probe(client *http.Client, method, url string, h http.Header, body string) (int, string, error) {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}
