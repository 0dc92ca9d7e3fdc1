package postgres

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Store is the PostgreSQL store. It implements store.Store and is safe for
// concurrent use.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ store.Store = (*Store)(nil)

// Option configures Open.
type Option func(*Store)

// WithClock makes the store read the time from now instead of time.Now,
// for tests that move time.
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Pool defaults, each used unless the URL sets its own (pool_max_conns,
// connect_timeout, application_name and the like; see pgxpool.ParseConfig)
// or, for the connection timeout, $PGCONNECT_TIMEOUT does.
const (
	// maxConns bounds one instance's connections: a bot's store calls are
	// single-row and take about a millisecond, so a few connections serve
	// hundreds of interactions a second, and ten instances stay well
	// inside PostgreSQL's default max_connections of 100.
	maxConns = 8
	// minConns keeps one connection open, so the first interaction after a
	// quiet spell does not wait for a connection and its authentication.
	minConns = 1
	// connectTimeout bounds one connection attempt: a store that cannot be
	// reached should make the bot fall back to defaults quickly, not hang.
	connectTimeout = 5 * time.Second
	// Connections are recycled so that a server restart, a failover or a
	// changed setting reaches every instance within the hour.
	maxConnLifetime   = time.Hour
	maxConnIdleTime   = 10 * time.Minute
	healthCheckPeriod = 30 * time.Second
)

// Open connects to the database at url (postgres://user:password@host/db
// or key=value settings, as libpq takes them) and migrates it to the
// schema this backpainbot knows. It fails, rather than leaving the first
// call to find out, if the database cannot be reached. pgx also reads
// libpq's environment ($PGPASSWORD, $PGPASSFILE, $PGHOST...), which keeps
// the password out of the URL and the command line.
func Open(ctx context.Context, url string, opts ...Option) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store: database url: %s", scrub(err.Error(), url))
	}
	applyDefaults(cfg, url)
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: postgres at %s: %w", where, err)
	}
	s := &Store{pool: pool, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: postgres at %s: %w", where, err)
	}
	if err := migrate(ctx, pool, where); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// applyDefaults sets in cfg the defaults above that url does not set.
func applyDefaults(cfg *pgxpool.Config, url string) {
	given := func(param string) bool { return strings.Contains(url, param) }
	if !given("pool_max_conns") {
		cfg.MaxConns = maxConns
	}
	if !given("pool_min_conns") {
		cfg.MinConns = minConns
	}
	if !given("pool_max_conn_lifetime") {
		cfg.MaxConnLifetime = maxConnLifetime
	}
	if !given("pool_max_conn_idle_time") {
		cfg.MaxConnIdleTime = maxConnIdleTime
	}
	if !given("pool_health_check_period") {
		cfg.HealthCheckPeriod = healthCheckPeriod
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "backpainbot" // names our sessions in pg_stat_activity
	}
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Close closes every connection, waiting for calls in flight.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// keywordPassword finds a password in key=value settings.
var keywordPassword = regexp.MustCompile(`password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)`)

// scrub removes from msg any password found in the connection string u.
// pgx already redacts what it can parse; this catches what it echoes of
// a string too broken to parse.
func scrub(msg, u string) string {
	var secrets []string
	if p, err := url.Parse(u); err == nil && p.User != nil {
		if pw, ok := p.User.Password(); ok {
			secrets = append(secrets, pw)
		}
	}
	if _, rest, ok := strings.Cut(u, "://"); ok { // a URL net/url cannot parse
		if userinfo, _, ok := strings.Cut(rest, "@"); ok {
			if _, pw, ok := strings.Cut(userinfo, ":"); ok {
				secrets = append(secrets, pw)
			}
		}
	}
	for _, m := range keywordPassword.FindAllStringSubmatch(u, -1) {
		secrets = append(secrets, m[1], strings.Trim(m[1], "'"))
	}
	for _, s := range secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "xxxxx")
		}
	}
	return msg
}
