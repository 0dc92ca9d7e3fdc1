package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"

	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

// The state the bot keeps between events (cooldowns, duplicate
// suppression, previous messages, recent posts) lives in a store: the
// embedded one in --data-dir, or PostgreSQL when $BACKPAINBOT_DATABASE_URL
// (or the file --database-url-file names) gives one, for several
// instances. The one-shot commands and the terminal need none, and open
// none.

// storeFlags say where the store is. The database URL may hold a
// password, so it is never a flag: only the environment, or a file.
type storeFlags struct {
	dataDir string
	urlFile string
}

func (s *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.dataDir, "data-dir", s.dataDir, "keep the bot's state and settings in this `directory` "+
		"(default: $STATE_DIRECTORY under systemd, else $XDG_STATE_HOME/backpainbot or ~/.local/state/backpainbot; "+
		"~/Library/Application Support/backpainbot on macOS, %LocalAppData%\\backpainbot on Windows)")
	fs.StringVar(&s.urlFile, "database-url-file", s.urlFile, "read the PostgreSQL URL from this `file` instead of $"+envDatabaseURL+
		": state shared by every instance on that database")
}

// storeConfig is where the store is, checked: the environment with the
// database URL read from its file, and the data dir.
type storeConfig struct {
	getenv  func(string) string
	dataDir string
	dbURL   string
}

// resolve checks the store flags and the environment without opening
// anything, so that a mistake is reported before the knowledge loads.
func (s *storeFlags) resolve(env Env) (storeConfig, error) {
	c := storeConfig{getenv: env.Getenv, dataDir: s.dataDir}
	if s.urlFile != "" {
		if env.Getenv(envDatabaseURL) != "" {
			return c, usagef("both %s and --database-url-file are set; set one", envDatabaseURL)
		}
		b, err := os.ReadFile(s.urlFile)
		if err != nil {
			return c, fmt.Errorf("--database-url-file: %w", err)
		}
		u := strings.TrimSpace(string(b))
		if u == "" {
			return c, fmt.Errorf("--database-url-file %s is empty", s.urlFile)
		}
		c.getenv = func(k string) string {
			if k == envDatabaseURL {
				return u
			}
			return env.Getenv(k)
		}
	}
	c.dbURL = c.getenv(envDatabaseURL)
	if c.dbURL == "" {
		return c, nil
	}
	if c.dataDir != "" {
		return c, usagef("both --data-dir and %s are set: the state and settings live in one store; unset one", envDatabaseURL)
	}
	return c, checkDatabaseURL(c.dbURL)
}

// open opens the store and returns the state over it, checked and swept
// until ctx is done; close it once the bot has stopped. The embedded store
// must open (a data dir that cannot be written, or that another process
// holds, is a mistake to fix now); PostgreSQL that cannot be reached is
// not: the bot starts with its own state, says so, and shares again once
// the database answers. A store written by a newer backpainbot is refused
// either way.
func (c storeConfig) open(ctx context.Context, log *slog.Logger, m *ops.Metrics) (*session.State, error) {
	opts := []session.Option{session.WithLogger(log), session.WithHealth(m.SetStoreUp)}
	if c.dbURL == "" {
		st, path, err := openStore(ctx, c.getenv, c.dataDir)
		if errors.Is(err, bolt.ErrInUse) {
			return nil, fmt.Errorf("%w\nis the bot already running? give each instance its own --data-dir, or run them all on PostgreSQL ($%s)", err, envDatabaseURL)
		}
		if err != nil {
			return nil, err
		}
		log.Info("store: embedded", "path", path)
		return run(ctx, session.New(append(opts, session.WithStore(st))...)), nil
	}
	log.Info("store: PostgreSQL", "database", describeDatabase(c.dbURL))
	st := session.New(append(opts, session.WithOpener(func(ctx context.Context) (session.Store, error) {
		st, _, err := openStore(ctx, c.getenv, "")
		return st, err
	}))...)
	if err := st.Check(ctx); errors.Is(err, store.ErrNewerSchema) {
		return nil, err
	}
	return run(ctx, st), nil
}

// run checks and sweeps st until ctx is done.
func run(ctx context.Context, st *session.State) *session.State {
	go st.Run(ctx)
	return st
}

// checkDatabaseURL catches a database URL that could never work, which
// would otherwise be retried as if the database were down: a URL of
// another scheme, or neither a URL nor keyword=value settings.
func checkDatabaseURL(u string) error {
	if strings.Contains(u, "://") {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "postgres" && p.Scheme != "postgresql") {
			return usagef("%s: want postgres://user@host/database (or keyword=value settings)", envDatabaseURL)
		}
		return nil
	}
	if !strings.Contains(u, "=") {
		return usagef("%s: want postgres://user@host/database (or keyword=value settings)", envDatabaseURL)
	}
	return nil
}

// describeDatabase names the database of u for the log: user, host and
// database, never a password (which may be in the URL, its query, or a
// password= setting).
func describeDatabase(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		d := p.Host + p.Path
		if p.User != nil {
			d = p.User.Username() + "@" + d
		}
		return d
	}
	var kept []string
	for _, f := range strings.Fields(u) {
		k, _, _ := strings.Cut(f, "=")
		switch k {
		case "host", "hostaddr", "port", "dbname", "user":
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}
