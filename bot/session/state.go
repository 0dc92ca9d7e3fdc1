package session

import (
	"context"
	"crypto/rand"
	"log/slog"
	"sync"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

// Store is what State needs of a store.Store: the short-lived half, and
// Ping and Close. Both engines satisfy it.
type Store interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
	Put(ctx context.Context, key string, value []byte, ttl time.Duration) error
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Delete(ctx context.Context, key string) error
	Sweep(ctx context.Context) error
	Ping(ctx context.Context) error
	Close() error
}

var _ Store = store.Store(nil)

// Timing of the store calls.
const (
	// probeEvery is how often Run checks the store: how soon state is
	// shared again after an outage, and how soon /readyz notices one
	// when no traffic comes.
	probeEvery = 5 * time.Second
	// probeTimeout bounds a Ping; openTimeout an attempt to open the
	// store (PostgreSQL's connect timeout is 5 s, then the migrations).
	probeTimeout = 2 * time.Second
	openTimeout  = 15 * time.Second
	// sweepEvery is how often Run gives back the space of expired
	// entries; they are invisible already, so this is only housekeeping.
	sweepEvery   = time.Minute
	sweepTimeout = 30 * time.Second
)

// State is the bot's short-lived state, in a shared store when there is
// one and it answers, else in this process's memory. Its methods never
// fail: a store error switches to memory and is logged once. It is safe
// for concurrent use.
type State struct {
	local    *local
	now      func() time.Time
	log      *slog.Logger
	health   func(up bool)
	probeKey string // what Check claims, this State's own
	// callTimeout bounds one store call (store.CallTimeout).
	callTimeout time.Duration

	mu      sync.Mutex
	shared  Store
	open    func(context.Context) (Store, error) // opens shared, while it is nil
	up      bool                                 // shared answers
	downAt  time.Time
	lastErr string // the last failure to open that was logged
	closed  bool
}

// Option configures New.
type Option func(*State)

// WithStore keeps the state in st, shared with every instance using the
// same store. State owns st from then on: Close closes it.
func WithStore(st Store) Option {
	return func(s *State) { s.shared, s.up = st, true }
}

// WithOpener keeps the state in the store open returns, once it returns
// one: the state starts in memory, and Check (so Run) tries open again
// until it succeeds. For a database that cannot be reached at start-up.
func WithOpener(open func(context.Context) (Store, error)) Option {
	return func(s *State) { s.open = open }
}

// WithClock makes the state read the time from now, for tests.
func WithClock(now func() time.Time) Option { return func(s *State) { s.now = now } }

// WithLogger logs the store's outages and recoveries to log.
func WithLogger(log *slog.Logger) Option { return func(s *State) { s.log = log } }

// WithCallTimeout treats the store as down when one call takes longer
// than d, instead of store.CallTimeout; for tests of sharing on a slow
// machine, where falling back to memory would hide what they check.
func WithCallTimeout(d time.Duration) Option { return func(s *State) { s.callTimeout = d } }

// WithHealth calls f with whether the store answers, at once and at every
// change, e.g. for /readyz.
func WithHealth(f func(up bool)) Option { return func(s *State) { s.health = f } }

// New returns a State. Without WithStore or WithOpener it keeps everything
// in memory, for this process alone.
func New(opts ...Option) *State {
	s := &State{local: newLocal(), now: time.Now, log: slog.New(slog.DiscardHandler), probeKey: "probe/" + rand.Text(), callTimeout: store.CallTimeout}
	for _, o := range opts {
		o(s)
	}
	if s.health != nil {
		s.health(s.up)
	}
	return s
}

// Shared reports whether the state is in a shared store now, rather than
// in memory.
func (s *State) Shared() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.up
}

// Run checks the store every few seconds and sweeps expired entries every
// minute, until ctx is done.
func (s *State) Run(ctx context.Context) {
	probe, sweep := time.NewTicker(probeEvery), time.NewTicker(sweepEvery)
	defer probe.Stop()
	defer sweep.Stop()
	_ = s.Check(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-probe.C:
			_ = s.Check(ctx)
		case <-sweep.C:
			s.Sweep(ctx)
		}
	}
}

// Check pings the store, or tries to open it, and switches between the
// store and memory accordingly. It returns the store's error, if any.
func (s *State) Check(ctx context.Context) error {
	s.mu.Lock()
	st, open, closed := s.shared, s.open, s.closed
	s.mu.Unlock()
	switch {
	case closed:
		return nil
	case st == nil && open == nil:
		return nil // memory only, by design
	case st == nil:
		return s.tryOpen(ctx, open)
	}
	c, cancel := context.WithTimeout(ctx, probeTimeout)
	err := st.Ping(c)
	if err == nil {
		// A write too: a store that reads but cannot write (a full disk)
		// would otherwise look back every few seconds and fail again.
		_, err = st.Claim(c, s.probeKey, probeEvery)
	}
	cancel()
	if err != nil {
		s.fail(ctx, err)
		return err
	}
	s.markUp()
	return nil
}

func (s *State) tryOpen(ctx context.Context, open func(context.Context) (Store, error)) error {
	c, cancel := context.WithTimeout(ctx, openTimeout)
	st, err := open(c)
	cancel()
	if err != nil {
		s.mu.Lock()
		repeated := err.Error() == s.lastErr
		s.lastErr = err.Error()
		s.mu.Unlock()
		if !repeated && ctx.Err() == nil {
			s.log.Error("store: cannot open it; answering with this instance's own state meanwhile, and trying again every few seconds",
				"err", err, "every", probeEvery)
		}
		return err
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return st.Close()
	}
	s.shared, s.open = st, nil
	s.mu.Unlock()
	s.markUp()
	return nil
}

// Sweep drops expired entries from memory and from the store.
func (s *State) Sweep(ctx context.Context) {
	s.local.sweep(s.now())
	st := s.current()
	if st == nil {
		return
	}
	c, cancel := context.WithTimeout(ctx, sweepTimeout)
	defer cancel()
	if err := st.Sweep(c); err != nil && ctx.Err() == nil {
		s.log.Warn("store: sweep expired entries", "err", err)
	}
}

// Close closes the store. Calls after it use memory.
func (s *State) Close() error {
	s.mu.Lock()
	st := s.shared
	s.shared, s.open, s.up, s.closed = nil, nil, false, true
	s.mu.Unlock()
	if st == nil {
		return nil
	}
	return st.Close()
}

// store returns the store to use for key, or nil for memory: none
// answers, or the store would refuse the key.
func (s *State) store(key string) Store {
	if store.CheckKey(key) != nil {
		return nil
	}
	return s.current()
}

// Settings returns the store servers' settings are kept in, when the
// state is in one that answers; nil while it is in memory (the store is
// down or not opened yet), when every server gets the bot's defaults.
func (s *State) Settings() store.Store {
	st, _ := s.current().(store.Store)
	return st
}

// current returns the store if it answers, else nil.
func (s *State) current() Store {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.up {
		return nil
	}
	return s.shared
}

// fail switches to memory after a store error, unless the caller gave up
// first (its deadline, not the store's fault).
func (s *State) fail(ctx context.Context, err error) {
	if ctx.Err() != nil {
		return
	}
	s.mu.Lock()
	if !s.up || s.closed {
		s.mu.Unlock()
		return
	}
	s.up, s.downAt = false, s.now()
	s.mu.Unlock()
	s.log.Error("store: unreachable; until it is back, cooldowns, duplicate suppression, previous messages and "+
		"the same-passage rule hold for this instance only", "err", err)
	if s.health != nil {
		s.health(false)
	}
}

func (s *State) markUp() {
	s.mu.Lock()
	if s.up || s.closed {
		s.mu.Unlock()
		return
	}
	s.up, s.lastErr = true, ""
	down := s.downAt
	s.mu.Unlock()
	if down.IsZero() {
		s.log.Info("store: open; state is shared")
	} else {
		s.log.Info("store: reachable again; state is shared again", "down_for", s.now().Sub(down).Round(time.Second))
	}
	if s.health != nil {
		s.health(true)
	}
}

// The store calls, each falling back to memory.

func (s *State) claim(ctx context.Context, key string, ttl time.Duration) bool {
	var won bool
	if s.call(ctx, key, func(c context.Context, st Store) (err error) {
		won, err = st.Claim(c, key, ttl)
		return err
	}) {
		return won
	}
	return s.local.claim(s.now(), key, ttl)
}

func (s *State) put(ctx context.Context, key string, v []byte, ttl time.Duration) {
	if !s.call(ctx, key, func(c context.Context, st Store) error { return st.Put(c, key, v, ttl) }) {
		s.local.put(s.now(), key, v, ttl)
	}
}

func (s *State) get(ctx context.Context, key string) ([]byte, bool) {
	var v []byte
	var ok bool
	if s.call(ctx, key, func(c context.Context, st Store) (err error) {
		v, ok, err = st.Get(c, key)
		return err
	}) {
		return v, ok
	}
	return s.local.get(s.now(), key)
}

func (s *State) delete(ctx context.Context, key string) {
	if !s.call(ctx, key, func(c context.Context, st Store) error { return st.Delete(c, key) }) {
		s.local.delete(key)
	}
}

// call runs op on the store within the call timeout and reports whether it
// succeeded; false (no store, or it failed, which switches to memory) means
// the caller falls back to memory.
func (s *State) call(ctx context.Context, key string, op func(context.Context, Store) error) bool {
	st := s.store(key)
	if st == nil {
		return false
	}
	c, cancel := context.WithTimeout(ctx, s.callTimeout)
	err := op(c, st)
	cancel()
	if err != nil {
		s.fail(ctx, err)
		return false
	}
	return true
}
