package ops

import (
	"container/list"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Connection limits. Each open connection holds a file descriptor; at the
// process's open-file limit (RLIMIT_NOFILE) accept fails and nothing new
// is served, however idle the connections holding the descriptors are.
// Issue 8: 20,000 idle keep-alive connections took a server with a limit
// of 20,000 there in seconds, and to 413 MB.
const (
	// MaxConnsCeiling caps open connections whatever the file limit. An
	// idle HTTP/1.1 connection costs about 20 KB (a goroutine and its
	// read and write buffers: 20,000 took 390 MB), so 4,096 hold about
	// 80 MB (160 MB resident was measured under a flood that kept them
	// churning, garbage included). It is far more than the bot's clients
	// need: a reverse proxy keeps a few connections, and 32 busy ones
	// carry 4,000 interactions a second.
	MaxConnsCeiling = 4096
	// minFileReserve is the least number of descriptors kept for what is
	// not a connection: standard streams, listeners, the runtime's poller,
	// the index files with --index-dir, the process collector's reads of
	// /proc, and a connection accepted before the one it displaces is
	// closed.
	minFileReserve = 64
	// minConns is the least cap MaxConns returns, however low the limit.
	minConns = 16
	// limitWarnEvery spaces out the warnings that the cap was reached: a
	// flood would otherwise log one line per connection.
	limitWarnEvery = 30 * time.Second
)

// MaxConns is how many connections the servers of a process may hold open
// together when it may open nofile files (0 if unknown): a quarter of
// nofile, and at least minFileReserve, is left for everything else, and
// the cap is at most MaxConnsCeiling. On Unix the Go runtime has already
// raised the soft file limit as far as the hard one allows at start-up, so
// nofile is as high as the process can get without privileges.
func MaxConns(nofile uint64) int {
	if nofile == 0 {
		return MaxConnsCeiling
	}
	reserve := max(nofile/4, minFileReserve)
	if nofile < reserve+minConns {
		return minConns
	}
	return int(min(nofile-reserve, MaxConnsCeiling))
}

// ProcessConns returns the cap for the servers of this process, from its
// open-file limit (see MaxConns), and logs the limits at info level.
func ProcessConns(log *slog.Logger) *Conns {
	cs := NewConns(0, log)
	soft, hard, err := FileLimit()
	if err != nil {
		cs.log.Warn("connection limits: open-file limit unknown", "err", err)
	}
	cs.max = MaxConns(soft)
	cs.log.Info("connection limits", "max_conns", cs.max, "open_files", soft, "open_files_hard", hard,
		"idle_timeout", IdleTimeout, "read_header_timeout", ReadHeaderTimeout)
	return cs
}

// Conns holds the connections of one or more servers (see Limit) to a
// shared cap, so that idle or slow connections cannot take the process to
// its open-file limit. At the cap, a new connection closes one that is not
// serving a request: the one idle longest between keep-alive requests, or
// else the one that has waited longest for its first request's headers (a
// slow or silent client). If every connection is in a handler, the new one
// is closed at once, with a 503 (or a reset, if its request came first).
// So a flood of idle or slow connections costs the flooder its own oldest
// connections, not others their service.
//
// It is safe for concurrent use.
type Conns struct {
	max int
	log *slog.Logger

	mu sync.Mutex
	// idle holds the connections between requests and waiting holds
	// those not yet past their first request's headers, oldest first; a
	// connection in a handler is in neither.
	idle, waiting list.List
	open          int
	stats         ConnStats
	warned        time.Time // the last warning that the cap was reached
	shedWarned    uint64    // stats.Shed+stats.Refused at that warning
}

// ConnStats are counts of connections, for logs.
type ConnStats struct {
	Open     int    // open now
	Busy     int    // open now and serving a request
	Accepted uint64 // accepted in all
	Shed     uint64 // closed to make room for a new connection
	Refused  uint64 // closed at once with a 503: every open one was busy
}

// NewConns returns a cap of n connections (see MaxConns), which warns on
// log when it is reached. log may be nil.
func NewConns(n int, log *slog.Logger) *Conns {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Conns{max: max(n, 1), log: log}
}

// Stats returns the counts so far.
func (cs *Conns) Stats() ConnStats {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	s := cs.stats
	s.Open = cs.open
	s.Busy = cs.open - cs.idle.Len() - cs.waiting.Len()
	return s
}

// Limit puts srv's connections, accepted from ln, under the cap: it hooks
// srv.ConnState (keeping any hook already there) to learn which
// connections are idle, and returns the listener to serve on. Call it
// before serving, once per server; servers may share one Conns.
func (cs *Conns) Limit(srv *http.Server, ln net.Listener) net.Listener {
	next := srv.ConnState
	srv.ConnState = func(c net.Conn, s http.ConnState) {
		cs.setState(c, s)
		if next != nil {
			next(c, s)
		}
	}
	return &limitedListener{Listener: ln, cs: cs}
}

type limitedListener struct {
	net.Listener
	cs *Conns
}

func (l *limitedListener) Accept() (net.Conn, error) {
	for {
		nc, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if c := l.cs.admit(nc); c != nil {
			return c, nil
		}
	}
}

// conn is an accepted connection under the cap. Its fields are guarded
// by the Conns' mutex.
type conn struct {
	net.Conn
	cs   *Conns
	in   *list.List    // cs.idle, cs.waiting, or nil while busy
	elem *list.Element // its element in in
	gone bool          // closed: no longer counted
}

// Close closes the connection and frees its place.
func (c *conn) Close() error {
	c.cs.forget(c)
	return c.Conn.Close()
}

// admit counts nc in, closing the oldest idle or waiting connection if
// the cap is reached. It returns nil, having refused and closed nc, if
// every open connection is busy.
func (cs *Conns) admit(nc net.Conn) *conn {
	cs.mu.Lock()
	var victim *conn
	if cs.open >= cs.max {
		victim = cs.oldest()
		if victim == nil {
			cs.stats.Refused++
		} else {
			cs.detach(victim)
			cs.stats.Shed++
		}
	}
	var c *conn
	if victim != nil || cs.open < cs.max {
		c = &conn{Conn: nc, cs: cs}
		cs.open++
		cs.stats.Accepted++
		cs.moveTo(c, &cs.waiting)
	}
	warn := cs.warnDue()
	cs.mu.Unlock()

	if victim != nil {
		victim.Conn.Close() // the server's goroutine for it sees the close and ends
	}
	if c == nil {
		refuse(nc)
	}
	if warn != nil {
		cs.log.Warn("connection limit reached: closing idle and waiting connections to make room",
			"max_conns", cs.max, "shed", warn.Shed, "refused", warn.Refused, "busy", warn.Busy)
	}
	return c
}

// oldest returns the connection to close first to make room: the one idle
// longest, else the one waiting longest for its headers; nil if all are
// busy.
func (cs *Conns) oldest() *conn {
	for _, l := range []*list.List{&cs.idle, &cs.waiting} {
		if e := l.Front(); e != nil {
			return e.Value.(*conn)
		}
	}
	return nil
}

// warnDue returns the counts to warn with if the cap was hit and the last
// warning is old enough, else nil. cs.mu is held.
func (cs *Conns) warnDue() *ConnStats {
	hits := cs.stats.Shed + cs.stats.Refused
	if hits == cs.shedWarned || time.Since(cs.warned) < limitWarnEvery {
		return nil
	}
	s := cs.stats
	s.Busy = cs.open - cs.idle.Len() - cs.waiting.Len()
	cs.warned, cs.shedWarned = time.Now(), hits
	return &s
}

// setState follows the server's view of a connection.
func (cs *Conns) setState(nc net.Conn, s http.ConnState) {
	c, ok := nc.(*conn)
	if !ok {
		return
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if c.gone {
		return
	}
	switch s {
	case http.StateActive: // headers read: in a handler, never shed
		cs.moveTo(c, nil)
	case http.StateIdle:
		cs.moveTo(c, &cs.idle)
	case http.StateClosed, http.StateHijacked:
		cs.detach(c)
	}
}

// moveTo puts c at the back (the newest end) of l, or in no list if l is
// nil. cs.mu is held.
func (cs *Conns) moveTo(c *conn, l *list.List) {
	if c.in != nil {
		c.in.Remove(c.elem)
		c.in, c.elem = nil, nil
	}
	if l != nil {
		c.in, c.elem = l, l.PushBack(c)
	}
}

// detach stops counting c. cs.mu is held.
func (cs *Conns) detach(c *conn) {
	if c.gone {
		return
	}
	cs.moveTo(c, nil)
	c.gone = true
	cs.open--
}

func (cs *Conns) forget(c *conn) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.detach(c)
}

// refusal is the whole response to a connection refused at the cap.
var refusal = func() []byte {
	const body = "too many connections, try again\n"
	return []byte("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)
}()

// refuse answers 503 on a fresh connection and closes it. The write goes
// to an empty socket buffer, so it does not block the accept loop; the
// deadline is there in case it ever would.
func refuse(nc net.Conn) {
	_ = nc.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	_, _ = nc.Write(refusal)
	_ = nc.Close()
}
