package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/httpapi"
	"github.com/backpainbot/backpainbot/bot/ops"
)

const serveUsage = `Usage:
  DISCORD_PUBLIC_KEY=... backpainbot serve [--addr :8080] [flags]

Serves Discord interactions (slash commands, autocomplete, buttons) as
signed HTTP POSTs at /interactions, for an application whose Interactions
Endpoint URL points here (through a TLS reverse proxy). No gateway
connection and no token are needed; DISCORD_PUBLIC_KEY is the
application's public key (hex, from the developer portal).
/healthz, /readyz and /metrics are served on --addr too, or on
--metrics-addr if given.

Flags:
`

func runServe(ctx context.Context, env Env, c *common, d *discordFlags, args []string) error {
	addr := ":8080"
	var metricsAddr string
	fs, err := parseCommand(env, c, "serve", serveUsage, args, func(fs *flag.FlagSet) {
		fs.StringVar(&addr, "addr", addr, "listen `address` for interactions")
		fs.StringVar(&metricsAddr, "metrics-addr", d.metricsAddr, "serve /healthz, /readyz and /metrics on this `address` instead of --addr")
		fs.StringVar(&d.channels, "channels", d.channels, "answer in servers only in these channel `ids` (comma-separated); DMs always")
		fs.DurationVar(&d.cooldown, "cooldown", d.cooldown, "least `time` between two questions of one user (per instance); 0 turns it off")
	})
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments")
	}
	hexKey := env.Getenv("DISCORD_PUBLIC_KEY")
	if hexKey == "" {
		return usagef("serve needs DISCORD_PUBLIC_KEY: the application's public key from the developer portal (General Information)")
	}
	key, err := httpapi.ParsePublicKey(hexKey)
	if err != nil {
		return usagef("DISCORD_PUBLIC_KEY: %v", err)
	}
	// Listen before the (short) build, so a port in use is reported at once.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var mln net.Listener
	if metricsAddr != "" {
		if mln, err = net.Listen("tcp", metricsAddr); err != nil {
			ln.Close()
			return fmt.Errorf("serve: metrics: %w", err)
		}
	}
	a, ix, log, err := c.build(ctx, env)
	if err != nil {
		ln.Close()
		if mln != nil {
			mln.Close()
		}
		return err
	}
	defer ix.Close()
	m := ops.New(ops.HTTP)
	api, err := httpapi.New(httpapi.Config{PublicKey: key}, discord.NewHandler(a, d.config("")), m, log)
	if err != nil {
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
	log.Info("serving Discord interactions", "addr", ln.Addr().String(), "path", "/interactions", "metrics_addr", metricsAddr)
	// Either server failing stops both: half a service is not left running.
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	conns := ops.ProcessConns(log) // one cap for both: they share the open-file limit
	serve := func(h http.Handler, l net.Listener) error {
		srv := ops.NewServer(h, log)
		err := ops.Serve(ctx, srv, conns.Limit(srv, l), 0)
		stop()
		return err
	}
	errc := make(chan error, 2)
	go func() { errc <- serve(mux, ln) }()
	if mln != nil {
		go func() { errc <- serve(m.Handler(), mln) }()
	} else {
		errc <- nil
	}
	return errors.Join(<-errc, <-errc)
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
