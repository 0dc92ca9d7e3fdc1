//go:build unix

package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// twoInstances is two instances on one database and the interactions
// prepared for them.
type twoInstances struct {
	dbURL   string
	inst    [2]*loadInstance
	reqs    []loadRequest
	ts      string
	priv    ed25519.PrivateKey
	client  *http.Client
	want    [][]byte // the first reply seen to each question; all must match it
	wantMu  sync.Mutex
	lookups atomic.Int64 // requests to the fake Discord API
	qs      []string
}

// loadRequest is one interaction and what became of its deliveries.
type loadRequest struct {
	body, sig     []byte
	q             int  // the question's index
	to            int  // the instance of the first delivery
	dup, replay   bool // delivered twice; the second after the first's reply
	first, second delivery
}

// delivery is one POST of an interaction.
type delivery struct {
	code  int
	valid bool // a 200 carrying the reply every instance gives to its question
	err   error
	lat   time.Duration
	body  []byte
}

func (d delivery) ok() bool { return d.code == http.StatusOK && d.valid }

func (d delivery) String() string {
	if d.err != nil {
		return d.err.Error()
	}
	return fmt.Sprintf("status %d (valid reply %v): %.200s", d.code, d.valid, d.body)
}

// newInstanceLoad starts two instances and prepares the interactions,
// delivering some twice if dups.
func newInstanceLoad(t *testing.T, dups bool) *twoInstances {
	t.Helper()
	if os.Getenv("BACKPAINBOT_LOAD") == "" {
		t.Skip("set BACKPAINBOT_LOAD=1 to run the two-instance load tests")
	}
	l := &twoInstances{dbURL: pgtest.URL(t), qs: loadQuestions(t)}
	discord := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.lookups.Add(1)
		http.NotFound(w, r)
	}))
	t.Cleanup(discord.Close)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	l.priv = priv
	for i := range l.inst {
		l.inst[i] = startLoadInstance(t, pub, l.dbURL, discord.URL+"/api/v9")
	}

	// Sign beforehand, so that signing takes no CPU from the servers.
	l.want = make([][]byte, len(l.qs))
	l.ts = strconv.FormatInt(time.Now().Unix(), 10)
	l.reqs = make([]loadRequest, instanceLoadWarmup+instanceLoad)
	for n := range l.reqs {
		q := n % len(l.qs)
		id := strconv.Itoa(5_000_000 + n)
		body := []byte(askFrom(id, strconv.Itoa(1_000_000+n), strconv.Itoa(2_000_000+n), jsonString(l.qs[q])))
		m := n - instanceLoadWarmup
		l.reqs[n] = loadRequest{body: body, sig: []byte(hex.EncodeToString(ed25519.Sign(priv, []byte(l.ts+string(body))))),
			q: q, to: n % 2, dup: dups && m >= 0 && m%dupEvery == dupEvery-1}
		l.reqs[n].replay = l.reqs[n].dup && (m/dupEvery)%2 == 0
	}
	tr := &http.Transport{MaxIdleConnsPerHost: instanceLoadClients, MaxConnsPerHost: instanceLoadClients}
	l.client = &http.Client{Transport: tr, Timeout: 10 * time.Second}
	t.Cleanup(l.client.CloseIdleConnections)
	return l
}

// run sends the warm-up, then the measured interactions, and returns how
// long the measured ones took. If killAt >= 0, the client that draws
// interaction killAt first kills instance 1 with SIGKILL.
func (l *twoInstances) run(t *testing.T, killAt int) time.Duration {
	t.Helper()
	phase := func(from, to int) time.Duration {
		var next atomic.Int64
		next.Store(int64(from))
		start := time.Now()
		var wg sync.WaitGroup
		for range instanceLoadClients {
			wg.Go(func() {
				for {
					n := int(next.Add(1) - 1)
					if n >= to {
						return
					}
					if n == killAt {
						l.inst[1].kill(t)
					}
					r := &l.reqs[n]
					switch {
					case !r.dup:
						r.first = l.deliver(r.to, n)
					case r.replay:
						r.first = l.deliver(r.to, n)
						r.second = l.deliver(1-r.to, n)
					default:
						var inner sync.WaitGroup
						inner.Go(func() { r.second = l.deliver(1-r.to, n) })
						r.first = l.deliver(r.to, n)
						inner.Wait()
					}
				}
			})
		}
		wg.Wait()
		return time.Since(start)
	}
	phase(0, instanceLoadWarmup)
	for n := range instanceLoadWarmup {
		if r := l.reqs[n]; !r.first.ok() {
			t.Fatalf("warm-up interaction %d to instance %d: %s", n, r.to, r.first)
		}
	}
	return phase(instanceLoadWarmup, len(l.reqs))
}

// deliver posts interaction n to instance i and checks the reply: the
// same, byte for byte, as every other reply to the same question, whichever
// instance gave it, and with the disclaimer.
func (l *twoInstances) deliver(i, n int) delivery {
	r := &l.reqs[n] // another goroutine may be writing its deliveries
	req, _ := http.NewRequest(http.MethodPost, l.inst[i].base+"/interactions", bytes.NewReader(r.body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", string(r.sig))
	req.Header.Set("X-Signature-Timestamp", l.ts)
	t0 := time.Now()
	resp, err := l.client.Do(req)
	var d delivery
	if err == nil {
		d.body, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		d.code = resp.StatusCode
	}
	d.lat, d.err = time.Since(t0), err
	if err != nil || d.code != http.StatusOK {
		return d
	}
	if !json.Valid(d.body) || !bytes.Contains(d.body, []byte(knowledge.DefaultDisclaimer)) {
		return d
	}
	l.wantMu.Lock()
	defer l.wantMu.Unlock()
	if l.want[r.q] == nil {
		l.want[r.q] = d.body
	}
	d.valid = bytes.Equal(d.body, l.want[r.q])
	return d
}

// checkNoLookups fails t if an instance asked the Discord API for an
// earlier answer: each interaction is in a channel of its own, so none
// should have, and a link would make replies to one question differ.
func (l *twoInstances) checkNoLookups(t *testing.T) {
	t.Helper()
	if n := l.lookups.Load(); n != 0 {
		t.Errorf("the instances asked Discord for %d earlier answers; want none", n)
	}
}

// loadInstance is a `serve` in a child process.
type loadInstance struct {
	base   string // http://host:port
	cmd    *exec.Cmd
	stdin  io.Closer
	stderr *bottest.SyncBuffer
	copied chan struct{} // closed when the child's stderr is all read
	killed bool
	done   bool
}

// startLoadInstance re-executes this test binary as `serve` on the
// database at dbURL and waits until it is ready.
func startLoadInstance(t *testing.T, pub ed25519.PublicKey, dbURL, discordAPI string) *loadInstance {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.timeout=10m")
	cmd.Env = append(os.Environ(), loadChildEnv+"="+discordAPI,
		"DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub), "BACKPAINBOT_DATABASE_URL="+dbURL)
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
	s := &loadInstance{cmd: cmd, stdin: stdin, stderr: &bottest.SyncBuffer{}, copied: make(chan struct{})}
	addrc := make(chan string, 1)
	go func() {
		defer close(s.copied)
		addrRE := regexp.MustCompile(`msg="serving Discord interactions" addr=(\S+)`)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			fmt.Fprintln(s.stderr, sc.Text())
			if m := addrRE.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
	}()
	t.Cleanup(func() {
		if err := s.stop(); err != nil {
			t.Errorf("instance: %v", err)
		}
	})
	select {
	case addr := <-addrc:
		s.base = "http://" + addr
	case <-time.After(childStart):
		t.Fatalf("instance did not start; log:\n%s", s.stderr.String())
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, body := get(t, s.base+"/readyz")
		if strings.HasPrefix(body, "ready\n") { // not degraded
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("instance not ready: %q; log:\n%s", body, s.stderr.String())
		}
	}
}

// kill sends the instance SIGKILL: no shutdown, connections cut, whatever
// it was writing to the database left half-done.
func (s *loadInstance) kill(t *testing.T) {
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Errorf("kill: %v", err)
	}
	s.killed = true
}

// stop closes the instance's standard input, on which it shuts down, and
// waits for it. Only the test goroutine calls it.
func (s *loadInstance) stop() error {
	if s.done {
		return nil
	}
	s.done = true
	s.stdin.Close()
	timer := time.AfterFunc(20*time.Second, func() { s.cmd.Process.Kill() })
	defer timer.Stop()
	<-s.copied
	err := s.cmd.Wait()
	if err != nil && !s.killed {
		return fmt.Errorf("%w; log (tail):\n%s", err, tail(s.stderr.String(), 2000))
	}
	return nil
}

// serveLoadChild is the child: `serve` on the database the parent gave,
// until its standard input closes (the parent is done, or gone).
func serveLoadChild(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	err := cli.Run(ctx, cli.Env{
		Args:   []string{"serve", "--addr", "127.0.0.1:0", "--discord-api", os.Getenv(loadChildEnv)},
		Getenv: os.Getenv, Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: os.Stderr,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// loadQuestions reads the questions of bot/testdata/questions.jsonl.
func loadQuestions(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "questions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for line := range strings.Lines(string(b)) {
		var q struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q.Question)
	}
	if len(qs) == 0 {
		t.Fatal("no questions")
	}
	return qs
}

// jsonString is s escaped for a JSON string, without the quotes.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

// percentiles says p50, p99 and the maximum of lat, which it sorts.
func percentiles(lat []time.Duration) string {
	if len(lat) == 0 {
		return "none"
	}
	slices.Sort(lat)
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))].Round(10 * time.Microsecond) }
	return fmt.Sprintf("p50 %v, p99 %v, max %v", p(.50), p(.99), lat[len(lat)-1].Round(10*time.Microsecond))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
