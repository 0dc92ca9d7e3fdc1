package ops

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"testing"
	"time"
)

func TestMaxConns(t *testing.T) {
	tests := []struct {
		nofile uint64
		want   int
	}{
		{0, MaxConnsCeiling}, // unknown
		{32, minConns},
		{100, 36}, // the reserve is at least 64
		{256, 192},
		{1024, 768},
		{20000, MaxConnsCeiling},
		{1 << 62, MaxConnsCeiling}, // unlimited
	}
	for _, tt := range tests {
		if got := MaxConns(tt.nofile); got != tt.want {
			t.Errorf("MaxConns(%d) = %d; want %d", tt.nofile, got, tt.want)
		}
	}
}

// limited serves h under a cap of n connections on a loopback port.
func limited(t *testing.T, n int, h http.Handler) (*Conns, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cs := NewConns(n, nil)
	srv := NewServer(h, nil)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, srv, cs.Limit(srv, ln), time.Second) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("Serve = %v", err)
		}
	})
	return cs, ln.Addr().String()
}

// client is one raw HTTP/1.1 connection.
type client struct {
	net.Conn
	r *bufio.Reader
}

func dial(t *testing.T, addr string) *client {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return &client{c, bufio.NewReader(c)}
}

// get sends a keep-alive GET and returns the status, or an error if the
// connection was closed.
func (c *client) get() (int, error) {
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		return 0, err
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(c.r, nil)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// closed reports whether the server has closed the connection (within a
// few seconds) or keeps it open (for 100 ms).
func (c *client) closed(t *testing.T, wantClosed bool) bool {
	t.Helper()
	wait := 100 * time.Millisecond
	if wantClosed {
		wait = 5 * time.Second
	}
	c.SetReadDeadline(time.Now().Add(wait))
	_, err := c.r.ReadByte()
	return !errors.Is(err, os.ErrDeadlineExceeded)
}

// waitFor polls cs until ok holds: the server learns of a connection, and
// of it going idle, a moment after the client does.
func waitFor(t *testing.T, cs *Conns, what string, ok func(ConnStats) bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if ok(cs.Stats()) {
			return
		}
	}
	t.Fatalf("%s: stats %+v", what, cs.Stats())
}

// At the cap, a new connection closes the one idle longest; with none
// idle, the one waiting longest for its headers.
func TestConnsShedOldestIdleThenWaiting(t *testing.T) {
	cs, addr := limited(t, 3, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	idle := func(what string) *client {
		c := dial(t, addr)
		if code, err := c.get(); err != nil || code != 200 {
			t.Fatalf("%s: GET = %d, %v", what, code, err)
		}
		return c
	}
	a := idle("a")
	b := idle("b")
	waitFor(t, cs, "a and b idle", func(s ConnStats) bool { return s.Open == 2 && s.Busy == 0 })
	c := dial(t, addr) // sends nothing
	waitFor(t, cs, "c accepted", func(s ConnStats) bool { return s.Open == 3 })
	// a is reused, so b is now the one idle longest.
	if code, err := a.get(); err != nil || code != 200 {
		t.Fatalf("a again: GET = %d, %v", code, err)
	}
	waitFor(t, cs, "a idle again", func(s ConnStats) bool { return s.Busy == 0 })

	d := dial(t, addr)
	if !b.closed(t, true) {
		t.Errorf("d: b, idle longest, is still open")
	}
	if a.closed(t, false) || c.closed(t, false) {
		t.Errorf("d: a or c was closed; only b should be")
	}
	e := dial(t, addr)
	if !a.closed(t, true) {
		t.Errorf("e: a, the last idle one, is still open")
	}
	waitFor(t, cs, "e accepted", func(s ConnStats) bool { return s.Accepted == 5 })
	dial(t, addr) // f: none idle, so c, waiting longest
	if !c.closed(t, true) {
		t.Errorf("f: c, waiting longest, is still open")
	}
	if d.closed(t, false) || e.closed(t, false) {
		t.Errorf("f: d or e was closed; only c should be")
	}
	if code, err := d.get(); err != nil || code != 200 {
		t.Errorf("d: GET = %d, %v; want 200", code, err)
	}
	waitFor(t, cs, "the end", func(s ConnStats) bool { return s.Open == 3 && s.Shed == 3 && s.Refused == 0 })
}

// A connection in a handler is never closed to make room: when every one
// is busy, the new one gets a 503 at once.
func TestConnsRefuseWhenAllBusy(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	cs, addr := limited(t, 2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
	}))
	busy := []*client{dial(t, addr), dial(t, addr)}
	codes := make(chan int, len(busy))
	for _, c := range busy {
		go func() {
			code, _ := c.get()
			codes <- code
		}()
		<-entered
	}
	extra := dial(t, addr)
	// The 503 comes unasked: a request sent first might meet a reset.
	extra.SetReadDeadline(time.Now().Add(5 * time.Second))
	if resp, err := http.ReadResponse(extra.r, nil); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a third connection with two busy: %v, %v; want a 503", resp, err)
	}
	if !extra.closed(t, true) {
		t.Errorf("the refused connection is still open")
	}
	close(release)
	for range busy {
		if code := <-codes; code != 200 {
			t.Errorf("a busy connection got %d; want 200", code)
		}
	}
	if s := cs.Stats(); s.Refused != 1 || s.Shed != 0 {
		t.Errorf("stats %+v; want 1 refused, none shed", s)
	}
}
