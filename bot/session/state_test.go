package session_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/bottest"
	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// newFakeClock is the clock these tests move.
func newFakeClock() *fakeclock.Clock {
	return fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
}

// engines open one store per engine for a test, and a second instance on
// the same data where the engine allows: PostgreSQL is opened twice, as
// two instances would; the embedded store serves one process, so both
// "instances" share the one *bolt.Store, as two handlers in one process do.
var engines = []struct {
	name string
	open func(t testing.TB, now func() time.Time) (a, b session.Store)
}{
	{"bolt", func(t testing.TB, now func() time.Time) (session.Store, session.Store) {
		s, err := bolt.Open(t.TempDir(), bolt.WithClock(now))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, unclosable{s}
	}},
	{"postgres", func(t testing.TB, now func() time.Time) (session.Store, session.Store) {
		url := pgtest.URL(t)
		open := func() session.Store {
			s, err := postgres.Open(t.Context(), url, postgres.WithClock(now))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
		return open(), open()
	}},
}

// unclosable lets two States hold one store without the first Close
// closing it under the second.
type unclosable struct{ session.Store }

func (unclosable) Close() error { return nil }

// Two instances on one store are one bot: an event is handled once, a
// cooldown set through one holds on the other, and what one remembers
// the other reads.
func TestStateShared(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			c := newFakeClock()
			sa, sb := e.open(t, c.Now)
			a, b := session.New(session.WithStore(sa), session.WithClock(c.Now)), session.New(session.WithStore(sb), session.WithClock(c.Now))
			ctx := t.Context()
			if !a.FirstEvent(ctx, "interaction:1") || b.FirstEvent(ctx, "interaction:1") {
				t.Error("FirstEvent: an event delivered to both instances is first on both or neither")
			}
			if !a.StartCooldown(ctx, "u1", 3*time.Second) || b.StartCooldown(ctx, "u1", 3*time.Second) {
				t.Error("StartCooldown: a cooldown started on one instance does not hold on the other")
			}
			c.Add(3 * time.Second)
			if !b.StartCooldown(ctx, "u1", 3*time.Second) {
				t.Error("StartCooldown: the cooldown outlasted its 3 s")
			}
			a.SetPrevious(ctx, "c1", "u1", []byte{1, 2, 3})
			if v, ok := b.Previous(ctx, "c1", "u1"); !ok || string(v) != "\x01\x02\x03" {
				t.Errorf("Previous on the other instance = %v, %v; want what the first kept", v, ok)
			}
			b.ForgetPrevious(ctx, "c1", "u1")
			if _, ok := a.Previous(ctx, "c1", "u1"); ok {
				t.Error("Previous after the other instance forgot it: still there")
			}
			a.SetPost(ctx, "c1", "posture", []byte("post"), 40*time.Second)
			if v, ok := b.Post(ctx, "c1", "posture"); !ok || string(v) != "post" {
				t.Errorf("Post on the other instance = %q, %v", v, ok)
			}
			c.Add(40 * time.Second)
			if _, ok := b.Post(ctx, "c1", "posture"); ok {
				t.Error("Post after its ttl: still there")
			}
			if !a.Shared() || !b.Shared() {
				t.Error("Shared() = false with a store that answers")
			}
		})
	}
}

// Of many instances handed one event at once, exactly one handles it.
func TestStateFirstEventConcurrent(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			sa, sb := e.open(t, time.Now)
			// A generous call timeout: under load a claim slower than the
			// default would fall back to memory, and the test is of the
			// store's exactly-once claim, not of this machine's speed.
			slow := session.WithCallTimeout(time.Minute)
			states := []*session.State{session.New(session.WithStore(sa), slow), session.New(session.WithStore(sb), slow)}
			var won atomic.Int32
			var wg sync.WaitGroup
			for i := range 32 {
				wg.Go(func() {
					if states[i%2].FirstEvent(t.Context(), "message:42") {
						won.Add(1)
					}
				})
			}
			wg.Wait()
			if won.Load() != 1 {
				t.Errorf("%d of 32 concurrent deliveries handled; want 1", won.Load())
			}
		})
	}
}

// Without a store, the state is this process's, with the same rules.
func TestStateInMemory(t *testing.T) {
	c := newFakeClock()
	s := session.New(session.WithClock(c.Now))
	ctx := t.Context()
	if !s.FirstEvent(ctx, "e") || s.FirstEvent(ctx, "e") {
		t.Error("FirstEvent in memory: not first once")
	}
	c.Add(session.EventWindow)
	if !s.FirstEvent(ctx, "e") {
		t.Error("FirstEvent after EventWindow: still seen")
	}
	s.SetPrevious(ctx, "c", "u", []byte("m"))
	c.Add(session.ContextWindow - time.Second)
	if _, ok := s.Previous(ctx, "c", "u"); !ok {
		t.Error("Previous within ContextWindow: gone")
	}
	c.Add(time.Second)
	if _, ok := s.Previous(ctx, "c", "u"); ok {
		t.Error("Previous after ContextWindow: still there")
	}
	if s.Shared() {
		t.Error("Shared() = true without a store")
	}
}

// broken is a store that fails while broken is set, refuses writes while
// readOnly is (a full disk), and counts its calls.
type broken struct {
	session.Store
	broken   atomic.Bool
	readOnly atomic.Bool
	calls    atomic.Int64
}

var errDown = errors.New("connection refused")

func (b *broken) err() error {
	b.calls.Add(1)
	if b.broken.Load() {
		return errDown
	}
	return nil
}

func (b *broken) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := b.err(); err != nil {
		return false, err
	}
	if b.readOnly.Load() {
		return false, errors.New("no space left on device")
	}
	return b.Store.Claim(ctx, key, ttl)
}

func (b *broken) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := b.err(); err != nil {
		return nil, false, err
	}
	return b.Store.Get(ctx, key)
}

func (b *broken) Ping(ctx context.Context) error {
	if err := b.err(); err != nil {
		return err
	}
	return b.Store.Ping(ctx)
}

// A store that goes down: the state carries on in memory, says so once
// (log and health), stops calling the store, and shares again once a
// check finds it back.
func TestStateSurvivesAnOutage(t *testing.T) {
	c := newFakeClock()
	db, err := bolt.Open(t.TempDir(), bolt.WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	st := &broken{Store: db}
	var logs bottest.SyncBuffer
	var health []bool
	var mu sync.Mutex
	s := session.New(session.WithStore(st), session.WithClock(c.Now), session.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))),
		session.WithHealth(func(up bool) { mu.Lock(); health = append(health, up); mu.Unlock() }))
	defer s.Close()
	ctx := t.Context()
	if !s.StartCooldown(ctx, "u1", time.Minute) {
		t.Fatal("StartCooldown with the store up: refused")
	}
	st.broken.Store(true)
	for i := range 10 {
		if !s.FirstEvent(ctx, fmt.Sprint("e", i)) {
			t.Errorf("FirstEvent(e%d) with the store down = false; want the event handled", i)
		}
	}
	if s.FirstEvent(ctx, "e3") {
		t.Error("FirstEvent(e3) again with the store down: memory does not suppress the duplicate")
	}
	if !s.StartCooldown(ctx, "u2", time.Minute) || s.StartCooldown(ctx, "u2", time.Minute) {
		t.Error("StartCooldown with the store down: the cooldown does not hold in memory")
	}
	if n := st.calls.Load(); n != 2 {
		t.Errorf("%d store calls; want 2 (the claim before the outage, the one that found it): a store that is down is not called again", n)
	}
	if n := strings.Count(logs.String(), "store: unreachable"); n != 1 {
		t.Errorf("%d log lines about the outage; want 1:\n%s", n, logs.String())
	}
	if s.Check(ctx) == nil || s.Shared() {
		t.Error("Check with the store still down: no error, or shared")
	}
	st.broken.Store(false)
	if err := s.Check(ctx); err != nil || !s.Shared() {
		t.Fatalf("Check with the store back = %v, shared %v", err, s.Shared())
	}
	if s.StartCooldown(ctx, "u1", time.Minute) {
		t.Error("StartCooldown(u1) after the outage: the cooldown in the store was lost")
	}
	if !strings.Contains(logs.String(), "store: reachable again") {
		t.Errorf("no log line on recovery:\n%s", logs.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if fmt.Sprint(health) != "[true false true]" {
		t.Errorf("health reports = %v; want [true false true]", health)
	}
}

// A caller that gives up (its deadline passes) does not make the store
// look down.
func TestStateCallerDeadlineIsNotAnOutage(t *testing.T) {
	db, err := bolt.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(session.WithStore(db))
	defer s.Close()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s.FirstEvent(ctx, "e")
	if !s.Shared() {
		t.Error("a canceled caller switched the state to memory")
	}
}

// A store that cannot be opened at start-up is opened by a later check;
// until then the state is in memory, and one line is logged per distinct
// failure, not one per attempt.
func TestStateOpener(t *testing.T) {
	dir := t.TempDir()
	var fail atomic.Bool
	fail.Store(true)
	var logs bottest.SyncBuffer
	s := session.New(session.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))), session.WithOpener(func(ctx context.Context) (session.Store, error) {
		if fail.Load() {
			return nil, errDown
		}
		return bolt.Open(dir)
	}))
	defer s.Close()
	for range 3 {
		if s.Check(t.Context()) == nil || s.Shared() {
			t.Fatal("Check with a failing opener: no error, or shared")
		}
	}
	if !s.FirstEvent(t.Context(), "e") {
		t.Error("FirstEvent before the store opens: not handled")
	}
	if n := strings.Count(logs.String(), "store: cannot open"); n != 1 {
		t.Errorf("%d log lines for 3 failed opens with one error; want 1:\n%s", n, logs.String())
	}
	fail.Store(false)
	if err := s.Check(t.Context()); err != nil || !s.Shared() {
		t.Fatalf("Check with a working opener = %v, shared %v", err, s.Shared())
	}
	if !s.FirstEvent(t.Context(), "e2") || s.FirstEvent(t.Context(), "e2") {
		t.Error("FirstEvent in the opened store: not first once")
	}
}

// Memory does not grow with traffic: expired entries are dropped by the
// writes that follow and by Sweep, with no traffic at all.
func TestStateMemoryIsSwept(t *testing.T) {
	c := newFakeClock()
	s := session.New(session.WithClock(c.Now))
	for i := range 1000 {
		s.FirstEvent(t.Context(), fmt.Sprint("e", i))
		s.SetPrevious(t.Context(), "c", fmt.Sprint("u", i), []byte("m"))
	}
	if n := session.MemoryLen(s); n != 2000 {
		t.Fatalf("%d entries in memory after 2000 writes", n)
	}
	c.Add(session.EventWindow)
	s.Sweep(t.Context())
	if n := session.MemoryLen(s); n != 0 {
		t.Errorf("%d entries in memory after they expired and a sweep; want 0", n)
	}
	for i := range 10 {
		s.FirstEvent(t.Context(), fmt.Sprint("f", i))
	}
	c.Add(session.EventWindow)
	s.FirstEvent(t.Context(), "g") // a write sweeps too
	if n := session.MemoryLen(s); n != 1 {
		t.Errorf("%d entries in memory after a write past their expiry; want 1", n)
	}
}

// A store that answers reads but fails writes stays down: the check
// writes too, so the state does not flap (and log) every few seconds.
func TestStateReadOnlyStoreStaysDown(t *testing.T) {
	db, err := bolt.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	st := &broken{Store: db}
	var logs bottest.SyncBuffer
	s := session.New(session.WithStore(st), session.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	defer s.Close()
	st.readOnly.Store(true)
	s.FirstEvent(t.Context(), "e")
	for range 3 {
		if s.Check(t.Context()) == nil || s.Shared() {
			t.Fatal("Check with writes failing: no error, or shared")
		}
	}
	if n := strings.Count(logs.String(), "level="); n != 1 {
		t.Errorf("%d log lines; want 1, the outage:\n%s", n, logs.String())
	}
	st.readOnly.Store(false)
	if err := s.Check(t.Context()); err != nil || !s.Shared() {
		t.Errorf("Check with writes back = %v, shared %v", err, s.Shared())
	}
}
