package bolt

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
	bbolterrors "go.etcd.io/bbolt/errors"
)

// FileName is the name of the store's file inside the data directory.
const FileName = "backpainbot.db"

// lockWait is how long Open waits for another process's lock on the file:
// long enough for a restarting bot to see its predecessor finish closing,
// short enough that starting a second bot on the same directory fails at
// once with a clear error instead of hanging.
const lockWait = time.Second

// ErrInUse means another process has the data directory's store open.
var ErrInUse = errors.New("data dir is in use by another backpainbot process")

// Store is the embedded store. It implements store.Store and is safe for
// concurrent use.
type Store struct {
	db  *bbolt.DB
	now func() time.Time
}

var _ store.Store = (*Store)(nil)

// Option configures Open.
type Option func(*Store)

// WithClock makes the store read the time from now instead of time.Now,
// for tests that move time.
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Open opens the store in dir, creating dir and the file if need be, and
// migrates the file to the schema this backpainbot knows.
func Open(dir string, opts ...Option) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: data dir: %w", err)
	}
	path := filepath.Join(dir, FileName)
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{
		Timeout: lockWait,
		// The free list is rebuilt at open instead of written at every
		// commit: smaller writes on the answer path, a slower open.
		NoFreelistSync: true,
		FreelistType:   bbolt.FreelistMapType,
	})
	if errors.Is(err, bbolterrors.ErrTimeout) {
		return nil, fmt.Errorf("store: %s: %w; the embedded store serves one process, so give each its own --data-dir or run them all on PostgreSQL", dir, ErrInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := migrate(db, path); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// Path returns the store's file, for the operator's log.
func (s *Store) Path() string { return s.db.Path() }

// Ping reports whether the store is open.
func (s *Store) Ping(ctx context.Context) error {
	return s.view(ctx, "ping", "", func(*bbolt.Tx) error { return nil })
}

// Close closes the file and releases its lock.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// view runs fn in a read transaction unless ctx is done. bbolt takes no
// context: a transaction is short and cannot be interrupted. An error is
// prefixed with op and, if there is one, the guild: built only on
// failure, so a read allocates nothing for it.
func (s *Store) view(ctx context.Context, op, guild string, fn func(*bbolt.Tx) error) error {
	err := ctx.Err()
	if err == nil {
		err = s.db.View(fn)
	}
	return wrap(err, op, guild)
}

// update runs fn in a write transaction unless ctx is done.
func (s *Store) update(ctx context.Context, op, guild string, fn func(*bbolt.Tx) error) error {
	err := ctx.Err()
	if err == nil {
		err = s.db.Update(fn)
	}
	return wrap(err, op, guild)
}

func wrap(err error, op, guild string) error {
	switch {
	case err == nil:
		return nil
	case guild != "":
		return fmt.Errorf("store: %s of guild %s: %w", op, guild, err)
	default:
		return fmt.Errorf("store: %s: %w", op, err)
	}
}
