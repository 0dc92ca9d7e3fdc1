package session

import (
	"sync"
	"time"
)

// local is the state of this process alone: the store's claims and values
// in memory, for when there is no shared store or it cannot be reached. It
// is safe for concurrent use. Expired entries are invisible at once, and
// dropped by a sweep that writes run at most once every localSweepEvery
// (and the State's timer runs too), so it does not grow with traffic.
type local struct {
	mu        sync.Mutex
	claims    map[string]time.Time // key → expiry
	values    map[string]localValue
	lastSweep time.Time
}

type localValue struct {
	v       []byte
	expires time.Time
}

// localSweepEvery bounds how often a write sweeps: often enough that
// memory follows traffic, rarely enough that a sweep costs nothing per
// event.
const localSweepEvery = 10 * time.Second

func newLocal() *local {
	return &local{claims: map[string]time.Time{}, values: map[string]localValue{}}
}

func (l *local) claim(now time.Time, key string, ttl time.Duration) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.maybeSweep(now)
	if exp, ok := l.claims[key]; ok && exp.After(now) {
		return false
	}
	l.claims[key] = now.Add(ttl)
	return true
}

func (l *local) put(now time.Time, key string, v []byte, ttl time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.maybeSweep(now)
	l.values[key] = localValue{v: append([]byte(nil), v...), expires: now.Add(ttl)}
}

func (l *local) get(now time.Time, key string) ([]byte, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.values[key]
	if !ok || !e.expires.After(now) {
		return nil, false
	}
	return append([]byte(nil), e.v...), true
}

func (l *local) delete(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.values, key)
}

// maybeSweep sweeps if the last sweep is localSweepEvery old. l.mu is held.
func (l *local) maybeSweep(now time.Time) {
	if now.Sub(l.lastSweep) >= localSweepEvery {
		l.sweepLocked(now)
	}
}

func (l *local) sweep(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweepLocked(now)
}

func (l *local) sweepLocked(now time.Time) {
	l.lastSweep = now
	for k, exp := range l.claims {
		if !exp.After(now) {
			delete(l.claims, k)
		}
	}
	for k, e := range l.values {
		if !e.expires.After(now) {
			delete(l.values, k)
		}
	}
}

// len is how many entries are held, expired ones not yet swept included.
func (l *local) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.claims) + len(l.values)
}
