package bolt

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// record is Settings as the file holds them: JSON with names fixed here,
// so renaming a Go field never changes the format, and omitted fields,
// so an operator dumping the file sees only what an admin set.
type record struct {
	Channels        []string `json:"channels,omitempty"`
	Private         *bool    `json:"private,omitempty"`
	Cooldown        string   `json:"cooldown,omitempty"` // time.Duration's String form: "1m30s"
	EmergencyNumber string   `json:"emergency_number,omitempty"`
	CrisisLine      string   `json:"crisis_line,omitempty"`
	AlertChannel    string   `json:"alert_channel,omitempty"`
	LogUnanswered   *bool    `json:"log_unanswered,omitempty"` // schema 2; absent from older files
	LogRetention    string   `json:"log_retention,omitempty"`  // as Cooldown; absent from older files
}

func encodeSettings(s store.Settings) ([]byte, error) {
	s = s.Canonical()
	r := record{Channels: s.Channels, Private: s.Private, EmergencyNumber: s.EmergencyNumber,
		CrisisLine: s.CrisisLine, AlertChannel: s.AlertChannel, LogUnanswered: s.LogUnanswered}
	if s.Cooldown != nil {
		r.Cooldown = s.Cooldown.String()
	}
	if s.LogRetention != nil {
		r.LogRetention = s.LogRetention.String()
	}
	return json.Marshal(r)
}

func decodeSettings(b []byte) (store.Settings, error) {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return store.Settings{}, err
	}
	s := store.Settings{Channels: r.Channels, Private: r.Private, EmergencyNumber: r.EmergencyNumber,
		CrisisLine: r.CrisisLine, AlertChannel: r.AlertChannel, LogUnanswered: r.LogUnanswered}
	var err error
	if s.Cooldown, err = decodeDuration(r.Cooldown); err != nil {
		return store.Settings{}, fmt.Errorf("cooldown: %w", err)
	}
	if s.LogRetention, err = decodeDuration(r.LogRetention); err != nil {
		return store.Settings{}, fmt.Errorf("log retention: %w", err)
	}
	return s, nil
}

// decodeDuration reads a duration the record holds in time.Duration's
// String form; "" (not set) is nil.
func decodeDuration(v string) (*time.Duration, error) {
	if v == "" {
		return nil, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// Settings returns guild's settings, the zero Settings when none are saved.
func (s *Store) Settings(ctx context.Context, guild string) (store.Settings, error) {
	var out store.Settings
	err := s.view(ctx, "settings", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		b := tx.Bucket(settingsBucket).Get([]byte(guild))
		if b == nil {
			return nil
		}
		var err error
		out, err = decodeSettings(b)
		return err
	})
	return out, err
}

// SaveSettings replaces guild's settings with set.
func (s *Store) SaveSettings(ctx context.Context, guild string, set store.Settings) error {
	return s.update(ctx, "save settings", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		if err := set.Validate(); err != nil {
			return err
		}
		b, err := encodeSettings(set)
		if err != nil {
			return err
		}
		return tx.Bucket(settingsBucket).Put([]byte(guild), b)
	})
}

// DeleteSettings forgets guild's settings.
func (s *Store) DeleteSettings(ctx context.Context, guild string) error {
	return s.update(ctx, "delete settings", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		return tx.Bucket(settingsBucket).Delete([]byte(guild))
	})
}

// AllSettings returns every saved server's settings by guild id.
func (s *Store) AllSettings(ctx context.Context) (map[string]store.Settings, error) {
	all := map[string]store.Settings{}
	err := s.view(ctx, "all settings", "", func(tx *bbolt.Tx) error {
		return tx.Bucket(settingsBucket).ForEach(func(k, v []byte) error {
			set, err := decodeSettings(v)
			if err != nil {
				return fmt.Errorf("guild %s: %w", k, err)
			}
			all[string(k)] = set
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}

// MarkRemoved records that the bot left guild at at, keeping an earlier
// mark.
func (s *Store) MarkRemoved(ctx context.Context, guild string, at time.Time) error {
	return s.update(ctx, "mark removal", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		b := tx.Bucket(removedBucket)
		if old := b.Get([]byte(guild)); old != nil && !getTime(old).After(at) {
			return nil
		}
		return b.Put([]byte(guild), putTime(nil, at))
	})
}

// UnmarkRemoved cancels guild's mark.
func (s *Store) UnmarkRemoved(ctx context.Context, guild string) error {
	return s.update(ctx, "unmark removal", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		return tx.Bucket(removedBucket).Delete([]byte(guild))
	})
}

// PurgeRemoved deletes the settings and marks of guilds marked before
// cutoff and returns their ids, sorted (bbolt keeps keys in order).
func (s *Store) PurgeRemoved(ctx context.Context, cutoff time.Time) ([]string, error) {
	var purged []string
	err := s.update(ctx, "purge removed guilds", "", func(tx *bbolt.Tx) error {
		removed, settings := tx.Bucket(removedBucket), tx.Bucket(settingsBucket)
		err := removed.ForEach(func(k, v []byte) error {
			if getTime(v).Before(cutoff) {
				purged = append(purged, string(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, g := range purged { // deleting while iterating can skip keys
			if err := removed.Delete([]byte(g)); err != nil {
				return err
			}
			if err := settings.Delete([]byte(g)); err != nil {
				return err
			}
		}
		return nil
	})
	return purged, err
}

// putTime appends t to b as 8 big-endian bytes of Unix nanoseconds, which
// sort in time order.
func putTime(b []byte, t time.Time) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(t.UnixNano()))
}

// getTime reads what putTime wrote. A value too short to hold a time (a
// damaged file) reads as the zero time: long expired.
func getTime(b []byte) time.Time {
	if len(b) < 8 {
		return time.Time{}
	}
	return time.Unix(0, int64(binary.BigEndian.Uint64(b)))
}
