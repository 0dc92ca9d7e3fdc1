package session

import (
	"sync"
	"time"
)

// Recent remembers one value per key for a window. Entries older than the
// window are invisible at once and dropped by a sweep that runs on a timer
// while anything is remembered, whether or not traffic comes. The zero value
// is not usable; call NewRecent. It is safe for concurrent use.
type Recent[V any] struct {
	window time.Duration
	every  time.Duration // how often the sweep runs
	now    func() time.Time

	mu    sync.Mutex
	m     map[string]entry[V]
	timer *time.Timer // nil while nothing is remembered
}

type entry[V any] struct {
	v  V
	at time.Time
}

// NewRecent returns an empty Recent whose entries last window.
func NewRecent[V any](window time.Duration) *Recent[V] {
	return &Recent[V]{window: window, every: sweepInterval(window), now: time.Now, m: map[string]entry[V]{}}
}

// sweepInterval sweeps a few times per window, at most once a second.
func sweepInterval(window time.Duration) time.Duration {
	return max(window/4, time.Second)
}

// SetClock replaces the clock and the sweep interval, for tests.
func (r *Recent[V]) SetClock(now func() time.Time, every time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.now, r.every = now, every
}

// Put remembers v for key, replacing what was there.
func (r *Recent[V]) Put(key string, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[key] = entry[V]{v: v, at: r.now()}
	if r.timer == nil {
		r.timer = time.AfterFunc(r.every, r.sweep)
	}
}

// Get returns the value remembered for key within the window.
func (r *Recent[V]) Get(key string) (V, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.m[key]
	if !ok || r.now().Sub(e.at) >= r.window {
		var zero V
		return zero, false
	}
	return e.v, true
}

// Delete forgets key.
func (r *Recent[V]) Delete(key string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, key)
}

// Len is how many entries are held, expired ones not yet swept included.
func (r *Recent[V]) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.m)
}

// sweep drops expired entries and runs again while any are left.
func (r *Recent[V]) sweep() {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	for k, e := range r.m {
		if now.Sub(e.at) >= r.window {
			delete(r.m, k)
		}
	}
	if len(r.m) == 0 {
		r.timer = nil
		return
	}
	r.timer.Reset(r.every)
}
