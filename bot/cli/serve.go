package cli

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/httpapi"
	"github.com/backpainbot/backpainbot/bot/ops"
)

const serveUsage = `Usage:
  DISCORD_PUBLIC_KEY=... backpainbot serve [--addr :8080] [flags]

Serves Discord interactions (slash commands, autocomplete, buttons) as
signed HTTP POSTs at /interactions, for an application whose Interactions
Endpoint URL points here (through a TLS reverse proxy). No gateway
connection is needed; DISCORD_PUBLIC_KEY is the application's public key
(hex, from the developer portal). The bot token (DISCORD_TOKEN or
DISCORD_TOKEN_FILE) is optional: with it, moderator alerts are posted to a
server's alert channel after crisis and emergency answers to /ask;
without it, there are none.
/healthz, /readyz and /metrics are served on --addr too, or on
--metrics-addr if given. SIGHUP reloads the knowledge and safety rules
without a restart; --watch reloads them when their files change.

Instances behind one load balancer share cooldowns, duplicate and replay
suppression and the rest through PostgreSQL: set BACKPAINBOT_DATABASE_URL
(or --database-url-file) to the same database for each. Without it, the
state is kept in --data-dir, for one instance.

Flags:
`

func runServe(ctx context.Context, env Env, o *options, args []string) error {
	c, d := &o.common, &o.discord
	fs, err := o.parseCommand(env, "serve", serveUsage, args, o.answerFlags(), o.watchFlag(), o.logFlags(), o.addrFlag(),
		d.metricsFlag(), d.answeringFlags(), d.apiFlag(), d.store.flags())
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments")
	}
	key, err := publicKey(env)
	if err != nil {
		return err
	}
	tok, err := token(env)
	if err != nil {
		return err
	}
	where, err := d.store.resolve(env)
	if err != nil {
		return err
	}
	// Listen before the (short) build, so a port in use is reported at once.
	ln, mln, err := listen(o.addr, d.metricsAddr)
	if err != nil {
		return err
	}
	closeListeners := func() {
		ln.Close()
		if mln != nil {
			mln.Close()
		}
	}
	m := ops.New(ops.HTTP)
	a, log, stopAnswering, err := c.startAnswering(ctx, env, m)
	if err != nil {
		closeListeners()
		return err
	}
	defer stopAnswering()
	cfg := d.config("")
	cfg.Log = log
	if cfg.State, err = where.open(ctx, log, m); err != nil {
		closeListeners()
		return err
	}
	defer cfg.State.Close() // once the servers have drained: requests in flight use it
	h := discord.NewHandler(a, cfg)
	// Logged questions are deleted on time in HTTP mode too, until ctx ends.
	go h.Feedback().RunRetention(ctx)
	alerts, err := serveAlerts(tok, cfg, h, log)
	if err != nil {
		closeListeners()
		return err
	}
	api, err := httpapi.New(httpapi.Config{PublicKey: key, Alerts: alerts}, h, m, log)
	if err != nil {
		closeListeners()
		return err
	}
	mux := http.NewServeMux()
	// Every method, not just POST: the endpoint answers the others with
	// 405 and Allow: POST itself, where "POST /interactions" would leave
	// them to the catch-all "/" below and its 404.
	mux.Handle("/interactions", api)
	if mln == nil {
		mux.Handle("/", m.Handler())
	}
	m.SetReady(true)
	log.Info("serving Discord interactions", "addr", ln.Addr().String(), "path", "/interactions", "metrics_addr", d.metricsAddr)
	eps := []endpoint{{ln, mux}}
	if mln != nil {
		eps = append(eps, endpoint{mln, m.Handler()})
	}
	return serveInteractions(ctx, log, m, api, eps...)
}

// serveInteractions serves eps until ctx is done; once the requests have
// drained, the moderator alerts they started get ops.DrainTimeout to
// finish before they are cancelled, and before the caller's deferred close
// of the store they read.
func serveInteractions(ctx context.Context, log *slog.Logger, m *ops.Metrics, api *httpapi.Handler, eps ...endpoint) error {
	err := serveAll(ctx, log, m, eps...)
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ops.DrainTimeout)
	defer cancel()
	if aerr := api.Shutdown(actx); aerr != nil {
		log.Warn("serve: moderator alerts", "err", aerr)
	}
	return err
}

// serveAlerts returns the poster of moderator alerts for the answers of h,
// with the bot token tok, or nil when tok is empty, logging once which.
func serveAlerts(tok string, cfg discord.Config, h *discord.Handler, log *slog.Logger) (*discord.Alerter, error) {
	if tok == "" {
		log.Info("moderator alerts need DISCORD_TOKEN (or DISCORD_TOKEN_FILE) in serve mode; without it none are sent")
		return nil, nil
	}
	cfg.Token = tok
	al, err := discord.NewAlerter(cfg, h)
	if err != nil {
		return nil, fmt.Errorf("serve: moderator alerts: %w", err)
	}
	log.Info("moderator alerts on: posted with the bot token after crisis and emergency answers to /ask")
	return al, nil
}

// publicKey reads the application's public key from DISCORD_PUBLIC_KEY.
func publicKey(env Env) (ed25519.PublicKey, error) {
	hexKey := env.Getenv("DISCORD_PUBLIC_KEY")
	if hexKey == "" {
		return nil, usagef("serve needs DISCORD_PUBLIC_KEY: the application's public key from the developer portal (General Information)")
	}
	key, err := httpapi.ParsePublicKey(hexKey)
	if err != nil {
		return nil, usagef("DISCORD_PUBLIC_KEY: %v", err)
	}
	return key, nil
}

// listen opens the interactions address and, if given, the metrics one
// (mln is nil without it).
func listen(addr, metricsAddr string) (ln, mln net.Listener, err error) {
	if ln, err = net.Listen("tcp", addr); err != nil {
		return nil, nil, fmt.Errorf("serve: %w", err)
	}
	if metricsAddr != "" {
		if mln, err = net.Listen("tcp", metricsAddr); err != nil {
			ln.Close()
			return nil, nil, fmt.Errorf("serve: metrics: %w", err)
		}
	}
	return ln, mln, nil
}

// endpoint is a handler and the listener to serve it on.
type endpoint struct {
	ln net.Listener
	h  http.Handler
}

// errServerStopped ends the other servers when one stops by itself: half
// a service is not left running.
var errServerStopped = errors.New("a server stopped")

// serveAll serves the endpoints, under one connection cap (they share the
// open-file limit), until ctx is done or one of them fails; then it shuts
// them all down gracefully and logs the shutdown.
func serveAll(ctx context.Context, log *slog.Logger, m *ops.Metrics, eps ...endpoint) error {
	start := time.Now()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	conns := ops.ProcessConns(log)
	errc := make(chan error, len(eps))
	for _, ep := range eps {
		go func() {
			srv := ops.NewServer(ep.h, log)
			err := ops.Serve(ctx, srv, conns.Limit(srv, ep.ln), 0)
			stop(errServerStopped)
			errc <- err
		}()
	}
	<-ctx.Done()
	m.SetReady(false)
	cs := conns.Stats()
	log.Info("shutting down", "why", context.Cause(ctx).Error(), "open_conns", cs.Open, "busy_conns", cs.Busy,
		"drain_timeout", ops.DrainTimeout)
	drain := time.Now()
	var errs []error
	for range eps {
		errs = append(errs, <-errc)
	}
	err := errors.Join(errs...)
	t, cs := m.Totals(), conns.Stats()
	log.Info("shut down", "took", time.Since(drain).Round(time.Millisecond), "uptime", time.Since(start).Round(time.Second),
		"interactions", t.Received, "replies", t.Replies, "rejected", t.Rejected,
		"conns_accepted", cs.Accepted, "conns_shed", cs.Shed, "conns_refused", cs.Refused, "clean", err == nil)
	return err
}

// startMetrics serves /healthz, /readyz and /metrics for the gateway bot
// on addr until ctx is done. It returns at once; the server's error, if
// any, is logged.
func startMetrics(ctx context.Context, addr string, m *ops.Metrics, log *slog.Logger) (wait func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		srv := ops.NewServer(m.Handler(), log)
		if err := ops.Serve(ctx, srv, ops.ProcessConns(log).Limit(srv, ln), 0); err != nil {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("serving health and metrics", "addr", ln.Addr().String())
	return func() { <-done }, nil
}
