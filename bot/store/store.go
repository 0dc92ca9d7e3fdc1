package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Settings are one Discord server's settings. The zero value of each field
// means "the bot's default", so the zero Settings is a server nobody has
// configured.
type Settings struct {
	// Channels are the ids of the channels the bot answers in; none means
	// the default.
	Channels []string
	// Private makes answers to /ask ephemeral; nil means the default.
	Private *bool
	// Cooldown between two answers to one member; nil means the default.
	// Stores keep it to the microsecond, PostgreSQL's interval precision.
	Cooldown *time.Duration
	// EmergencyNumber is the local emergency number, e.g. "999"; empty
	// keeps the region-neutral wording.
	EmergencyNumber string
	// CrisisLine is the local crisis line, e.g. "Samaritans 116 123";
	// empty means the default.
	CrisisLine string
	// AlertChannel is the id of the channel moderator alerts go to; empty
	// means alerts are off.
	AlertChannel string
	// LogUnanswered keeps the questions the bot could not answer, for the
	// operator's report; nil or false means off, the default.
	LogUnanswered *bool
	// LogRetention is how long logged questions are kept; nil means
	// DefaultLogRetention. Stores keep it to the microsecond.
	LogRetention *time.Duration
}

// CallTimeout bounds one store call on the bot's answer path (the state,
// recording feedback): a call takes about a millisecond (an fsync on the
// embedded store, a round trip to PostgreSQL), and a question makes a
// few, inside Discord's three seconds. A store slower than this is
// treated as down for that call.
const CallTimeout = 500 * time.Millisecond

// DefaultLogRetention is how long a logged question is kept when its
// server set no retention: long enough for a monthly look at the report,
// short enough that a member's words do not linger.
const DefaultLogRetention = 30 * 24 * time.Hour

// Canonical returns s as every store gives it back after saving it: no
// empty channel list (nil), the cooldown and log retention truncated to
// the microsecond, and no memory shared with s.
func (s Settings) Canonical() Settings {
	c := s
	c.Channels = nil
	if len(s.Channels) > 0 {
		c.Channels = append([]string(nil), s.Channels...)
	}
	if s.Private != nil {
		p := *s.Private
		c.Private = &p
	}
	if s.Cooldown != nil {
		d := s.Cooldown.Truncate(time.Microsecond)
		c.Cooldown = &d
	}
	if s.LogUnanswered != nil {
		l := *s.LogUnanswered
		c.LogUnanswered = &l
	}
	if s.LogRetention != nil {
		d := s.LogRetention.Truncate(time.Microsecond)
		c.LogRetention = &d
	}
	return c
}

// Store keeps server settings, short-lived shared state and what the bot
// learns from its servers (Feedback). It is safe for concurrent use. Every
// method but Close fails once Close has been called.
type Store interface {
	Feedback

	// Settings returns guild's settings, the zero Settings when none are
	// saved.
	Settings(ctx context.Context, guild string) (Settings, error)
	// SaveSettings replaces guild's settings with s, which must pass
	// Settings.Validate.
	SaveSettings(ctx context.Context, guild string, s Settings) error
	// DeleteSettings forgets guild's settings; deleting none is no error.
	DeleteSettings(ctx context.Context, guild string) error
	// AllSettings returns every saved server's settings by guild id, for
	// export.
	AllSettings(ctx context.Context) (map[string]Settings, error)

	// MarkRemoved records that the bot left guild at a time (GUILD_DELETE),
	// starting its grace period. Marking a marked guild keeps the earlier
	// time, so repeated events do not extend the grace.
	MarkRemoved(ctx context.Context, guild string, at time.Time) error
	// UnmarkRemoved cancels the mark when the bot is back (GUILD_CREATE).
	UnmarkRemoved(ctx context.Context, guild string) error
	// PurgeRemoved deletes the settings and marks of guilds marked before
	// cutoff and returns their ids, sorted.
	PurgeRemoved(ctx context.Context, cutoff time.Time) ([]string, error)

	// Claim reports whether the caller is the first to claim key within
	// ttl: exactly one of any number of concurrent callers, in any number
	// of processes sharing the store, gets true; the rest get false until
	// the claim expires. It serves cooldowns, duplicate suppression and
	// replay protection.
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)

	// Put keeps value under key for ttl, replacing what was there. Values
	// are for short-lived derived features, never message text. Claims
	// and values are separate: a key may name one of each.
	Put(ctx context.Context, key string, value []byte, ttl time.Duration) error
	// Get returns the unexpired value under key and whether there is one.
	// The caller owns the returned slice.
	Get(ctx context.Context, key string) ([]byte, bool, error)
	// Delete forgets the value under key; deleting none is no error.
	Delete(ctx context.Context, key string) error

	// Sweep removes expired claims and values. They are invisible already;
	// sweeping only gives back their space.
	Sweep(ctx context.Context) error
	// Ping reports whether the store can be reached, for readiness checks.
	Ping(ctx context.Context) error
	// Close releases the store. Calling it again does nothing.
	Close() error
}

// MaxKeyLen is the longest key or guild id a store accepts, in bytes:
// far above any key the bot builds, and well inside what a PostgreSQL
// btree index entry can hold (about 2.7 kB).
const MaxKeyLen = 512

// ErrNewerSchema means the store was last written by a newer backpainbot
// whose schema this one does not know. The store is refused rather than
// risked: upgrade backpainbot or restore a backup.
var ErrNewerSchema = errors.New("store was written by a newer backpainbot")

// CheckKey returns an error if key (or a guild id) is empty, longer than
// MaxKeyLen, or not text PostgreSQL can hold, so that every engine refuses
// the same keys.
func CheckKey(key string) error {
	switch {
	case key == "":
		return errors.New("empty key")
	case len(key) > MaxKeyLen:
		return fmt.Errorf("key of %d bytes is longer than %d", len(key), MaxKeyLen)
	}
	return checkText("key", key)
}

// Validate returns an error if s cannot be saved as it is: a negative
// cooldown, or text PostgreSQL cannot hold (invalid UTF-8, a NUL byte),
// which the embedded store would otherwise change silently.
func (s Settings) Validate() error {
	if s.Cooldown != nil && *s.Cooldown < 0 {
		return fmt.Errorf("negative cooldown %v", *s.Cooldown)
	}
	if s.LogRetention != nil && s.LogRetention.Truncate(time.Microsecond) <= 0 { // as stores keep it
		return fmt.Errorf("log retention %v is not positive", *s.LogRetention)
	}
	for _, c := range s.Channels {
		if err := checkText("channel", c); err != nil {
			return err
		}
	}
	for _, f := range []struct{ name, v string }{
		{"emergency number", s.EmergencyNumber}, {"crisis line", s.CrisisLine}, {"alert channel", s.AlertChannel},
	} {
		if err := checkText(f.name, f.v); err != nil {
			return err
		}
	}
	return nil
}

func checkText(what, s string) error {
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		return fmt.Errorf("%s %q is not valid UTF-8 text", what, s)
	}
	return nil
}

// CheckTTL returns an error if ttl is not positive: an entry that expires
// as it is written is a caller's mistake, not a request.
func CheckTTL(ttl time.Duration) error {
	if ttl <= 0 {
		return fmt.Errorf("ttl %v is not positive", ttl)
	}
	return nil
}
