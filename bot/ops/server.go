package ops

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Server timeouts. The requests served are small (an interaction is a few
// KB, a scrape a few tens) and Discord drops an interaction response after
// 3 s, so a client slower than these is broken or hostile. They bound what
// one client holds; what many hold together is bounded by Conns.
const (
	// ReadHeaderTimeout bounds reading the request line and headers: of
	// the first request from the moment the connection is accepted (a
	// client that sends nothing is closed then too), of a later one on a
	// keep-alive connection from its first byte. It does not stop a
	// flood of slow clients alone (at 5 s each, 150 new ones a second
	// hold 768 connections): Conns closes the oldest of them when it
	// needs room.
	ReadHeaderTimeout = 5 * time.Second
	// ReadTimeout bounds reading the whole request, body included.
	ReadTimeout = 10 * time.Second
	// WriteTimeout bounds the time from the end of the headers to the end
	// of the response: the handler (2.5 s for an interaction) and the write.
	WriteTimeout = 10 * time.Second
	// IdleTimeout is how long a keep-alive connection may wait for its
	// next request. Reverse proxies and Discord reuse connections, which
	// saves a handshake (microseconds from a proxy on the same host), but
	// every idle one holds a file descriptor and about 20 KB: 30 s keeps
	// the connections of a steady client, and frees those of one that
	// has gone, four times sooner than net/http's usual 2 minutes. (A
	// proxy should drop its idle upstream connections sooner than this.)
	IdleTimeout = 30 * time.Second
	// MaxHeaderBytes caps the request headers; Discord's are under 2 KB,
	// and a proxy adds a few forwarding headers.
	MaxHeaderBytes = 32 << 10
	// DrainTimeout bounds the graceful shutdown: requests in flight get
	// this long to finish (an interaction takes at most 2.5 s).
	DrainTimeout = 10 * time.Second
)

// NewServer returns an http.Server for h with the timeouts above; its
// errors (TLS handshakes, accept failures) go to log at warn level.
func NewServer(h http.Handler, log *slog.Logger) *http.Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// Serve serves srv on ln until ctx is done, then shuts down gracefully: it
// stops accepting connections, lets the requests in flight finish for up
// to drain (DrainTimeout if zero), then closes whatever is left. It
// returns nil after a graceful shutdown, an error if serving failed or the
// drain ran out of time. ln is closed when Serve returns.
//
// Serve takes a listener, not an address, so that the caller can listen
// first and report a busy port before doing anything else (and tests can
// use port 0).
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, drain time.Duration) error {
	if drain <= 0 {
		drain = DrainTimeout
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drain)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		_ = srv.Close() // the drain ran out: cut the stragglers
		err = fmt.Errorf("shut down %s: requests still in flight after %v: %w", ln.Addr(), drain, err)
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = fmt.Errorf("serve %s: %w", ln.Addr(), serr)
	}
	return err
}
