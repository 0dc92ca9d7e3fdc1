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
	"runtime"
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
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
	"github.com/backpainbot/backpainbot/bot/store/storetest"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The two-instance load tests (issue 11, "Measured"):
//
//	BACKPAINBOT_LOAD=1 go test -run 'TestTwoInstanceLoad|TestKillOneInstance' -count=1 -v ./bot/cli/
//
// Each starts two `serve` processes (this test binary, re-executed, so
// that one can be killed with SIGKILL) on one PostgreSQL from pgtest, and
// sends them signed /ask interactions round-robin over loopback from
// instanceLoadClients concurrent clients, as fast as they answer (a closed
// loop). Every interaction comes from a user and a channel of its own, so
// that no cooldown refuses it and no answer is replaced by a link to an
// earlier one. The figures are reported, never enforced: they depend on
// the machine, and the clients share its cores with both servers and
// PostgreSQL.
const (
	loadChildEnv        = "BACKPAINBOT_TEST_LOAD_CHILD" // set in a re-executed test binary that serves; holds the --discord-api URL
	instanceLoad        = 4_000                         // interactions measured
	instanceLoadWarmup  = 200                           // interactions sent first, not measured
	instanceLoadClients = 32
	// dupEvery: every dupEvery-th measured interaction is delivered twice,
	// once to each instance; of those, one in two is a replay sent after
	// the first reply (Discord retrying through the other instance) and
	// one in two goes to both instances at once (they race for the claim).
	dupEvery = 10
)

// TestTwoInstanceLoad: two instances on one PostgreSQL lose no interaction
// under load and answer none twice.
func TestTwoInstanceLoad(t *testing.T) {
	if os.Getenv(loadChildEnv) != "" {
		serveLoadChild(t)
		return
	}
	l := newInstanceLoad(t, true)
	elapsed := l.run(t, -1)

	var lost, doubled, notRefused, failed int
	var answered, refused []time.Duration
	for n := instanceLoadWarmup; n < len(l.reqs); n++ {
		r := l.reqs[n]
		if r.first.ok() {
			answered = append(answered, r.first.lat)
		}
		if !r.dup {
			if !r.first.ok() {
				lost++
				if failed++; failed <= 5 {
					t.Errorf("interaction %d to instance %d: %s", n, r.to, r.first)
				}
			}
			continue
		}
		if r.second.ok() {
			answered = append(answered, r.second.lat)
		}
		for _, d := range []delivery{r.first, r.second} {
			if d.code == http.StatusConflict {
				refused = append(refused, d.lat)
			}
		}
		oks := btoi(r.first.ok()) + btoi(r.second.ok())
		conflicts := btoi(r.first.code == http.StatusConflict) + btoi(r.second.code == http.StatusConflict)
		switch {
		case oks == 0:
			lost++
		case oks == 2:
			doubled++
		}
		// A replay is refused by the instance that got it second; of two
		// at once, whichever lost the claim refuses it.
		wantRefused := conflicts == 1 && oks == 1
		if r.replay {
			wantRefused = r.first.ok() && r.second.code == http.StatusConflict
		}
		if !wantRefused {
			notRefused++
			if failed++; failed <= 5 {
				t.Errorf("duplicate %d (replay %v): first to instance %d: %s; second to instance %d: %s; want one reply and one 409",
					n, r.replay, r.to, r.first, 1-r.to, r.second)
			}
		}
	}
	dups := instanceLoad / dupEvery
	t.Logf("two instances on one PostgreSQL, %d interactions (%d of them delivered twice, to both instances), %d clients, GOMAXPROCS %d each: "+
		"%.0f interactions/s (%.0f requests/s)", instanceLoad, dups, instanceLoadClients, runtime.GOMAXPROCS(0),
		float64(instanceLoad)/elapsed.Seconds(), float64(instanceLoad+dups)/elapsed.Seconds())
	t.Logf("answered: %d, latency %s", len(answered), percentiles(answered))
	t.Logf("refused as duplicates (409): %d of %d, latency %s", len(refused), dups, percentiles(refused))
	t.Logf("lost %d, doubled %d, duplicates not refused %d", lost, doubled, notRefused)
	if lost != 0 || doubled != 0 || notRefused != 0 {
		t.Errorf("lost %d, doubled %d, duplicates not refused %d; want none", lost, doubled, notRefused)
	}
	l.checkNoLookups(t)
}

// TestKillOneInstance: SIGKILL one of two instances half-way through the
// load; the other answers everything sent to it, and the database it
// leaves behind passes the store conformance suite.
func TestKillOneInstance(t *testing.T) {
	if os.Getenv(loadChildEnv) != "" {
		serveLoadChild(t)
		return
	}
	l := newInstanceLoad(t, false) // each interaction once: the errors counted are the kill's
	const victim = 1
	killAt := instanceLoadWarmup + instanceLoad/2
	elapsed := l.run(t, killAt)

	var survivorOK, survivorFailed, victimOK, victimFailed int
	var answered []time.Duration
	var retry []int // the interactions the victim did not answer
	for n := instanceLoadWarmup; n < len(l.reqs); n++ {
		r := l.reqs[n]
		switch {
		case r.first.ok():
			answered = append(answered, r.first.lat)
			if r.to == victim {
				victimOK++
			} else {
				survivorOK++
			}
		case r.to == victim:
			victimFailed++
			retry = append(retry, n)
		default:
			if survivorFailed++; survivorFailed <= 5 {
				t.Errorf("interaction %d to the surviving instance: %s", n, r.first)
			}
		}
	}
	t.Logf("instance %d killed (SIGKILL) when interaction %d of %d was sent; %.0f interactions/s over the whole run; answered latency %s",
		victim, killAt-instanceLoadWarmup, instanceLoad, float64(instanceLoad)/elapsed.Seconds(), percentiles(answered))
	t.Logf("surviving instance: %d answered, %d errors; killed instance: %d answered, %d errors (in flight at the kill or sent after it)",
		survivorOK, survivorFailed, victimOK, victimFailed)
	if survivorFailed != 0 {
		t.Errorf("the surviving instance failed %d interactions; want none", survivorFailed)
	}

	// What a retry through the survivor would do with the interactions
	// the victim dropped: one it had claimed before dying stays claimed,
	// and is refused. Reported, not asserted: Discord itself does not
	// retry an interaction.
	var retried, refusedRetry, otherRetry int
	for _, n := range retry {
		d := l.deliver(1-victim, n)
		switch {
		case d.ok():
			retried++
		case d.code == http.StatusConflict:
			refusedRetry++
		default:
			otherRetry++
		}
	}
	t.Logf("the %d interactions the killed instance dropped, sent again to the survivor: %d answered, %d refused as already claimed, %d other",
		len(retry), retried, refusedRetry, otherRetry)
	l.checkNoLookups(t)

	// The survivor stops first: its sweeper, on the real clock, would
	// delete the suite's entries, which live in 2001.
	if err := l.inst[1-victim].stop(); err != nil {
		t.Errorf("surviving instance: %v", err)
	}
	passed := t.Run("conformance", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
			s, err := postgres.Open(t.Context(), l.dbURL, postgres.WithClock(now))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			return s
		})
	})
	t.Logf("store conformance suite on the database the killed instance shared: passed %v", passed)
}

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
