// Package fakeclock is a clock that tests move instead of sleeping: hand
// its Now to whatever takes a time source (a store's WithClock, a
// session's, the bot's), then Add to it. Only tests import it.
package fakeclock

import (
	"sync"
	"time"
)

// Clock is a time source that moves only when told; safe for concurrent
// use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// At returns a clock standing at t.
func At(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Add moves the clock by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
