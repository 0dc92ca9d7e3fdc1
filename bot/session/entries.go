package session

import (
	"context"
	"time"
)

// The entries the bot keeps, each with its key and how long it lasts.
// Keys begin with what they are, so that the store holds them apart.

// ContextWindow is how long a member's previous message in a place still
// counts for the next one: a red flag said a few minutes ago still
// escalates the follow-up. Every front end uses this one window.
const ContextWindow = 10 * time.Minute

// EventWindow is how long an event id is remembered, so that an event
// delivered twice is answered once: an interaction token lives 15
// minutes, which covers a gateway resume's replay and the HTTP endpoint's
// window for a replayed request (five minutes either way of its signed
// timestamp).
const EventWindow = 15 * time.Minute

// PostWindow is how long a public answer counts for the same-passage
// rule: within it, someone else asking for the passage in the channel is
// linked to the answer instead of getting it again.
const PostWindow = time.Minute

// FirstEvent reports whether the event id (made unique across kinds of
// event by the caller, e.g. "interaction:123") is seen for the first time
// in EventWindow, by any instance sharing the store. Exactly one of
// several concurrent callers gets true.
func (s *State) FirstEvent(ctx context.Context, id string) bool {
	return s.claim(ctx, "event/"+id, EventWindow)
}

// StartCooldown starts a cooldown of d for user and reports true, unless
// one is running already, which it leaves as it is and reports false. d
// must be positive.
func (s *State) StartCooldown(ctx context.Context, user string, d time.Duration) bool {
	return s.claim(ctx, "cooldown/"+user, d)
}

// FirstNotice reports whether user gets a public cooldown notice now: the
// first time within d, not again.
func (s *State) FirstNotice(ctx context.Context, user string, d time.Duration) bool {
	return s.claim(ctx, "notice/"+user, d)
}

// Previous returns what user's previous message in channel left for the
// next, within ContextWindow.
func (s *State) Previous(ctx context.Context, channel, user string) ([]byte, bool) {
	return s.get(ctx, previousKey(channel, user))
}

// SetPrevious keeps b as what user's message in channel leaves for the
// next, for ContextWindow.
func (s *State) SetPrevious(ctx context.Context, channel, user string, b []byte) {
	s.put(ctx, previousKey(channel, user), b, ContextWindow)
}

// ForgetPrevious forgets what user's previous message in channel left.
func (s *State) ForgetPrevious(ctx context.Context, channel, user string) {
	s.delete(ctx, previousKey(channel, user))
}

func previousKey(channel, user string) string { return "previous/" + channel + "/" + user }

// Post returns the record of the last public answer with passage in
// channel, within PostWindow.
func (s *State) Post(ctx context.Context, channel, passage string) ([]byte, bool) {
	return s.get(ctx, postKey(channel, passage))
}

// SetPost keeps b as the record of the last public answer with passage in
// channel, for ttl (the rest of its PostWindow).
func (s *State) SetPost(ctx context.Context, channel, passage string, b []byte, ttl time.Duration) {
	if ttl > 0 {
		s.put(ctx, postKey(channel, passage), b, min(ttl, PostWindow))
	}
}

func postKey(channel, passage string) string { return "post/" + channel + "/" + passage }
