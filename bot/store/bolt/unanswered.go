package bolt

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// A logged question's key is guild 0, when it was asked (putMicro) and the
// bucket's next sequence number, so one guild's questions are one prefix
// in the order asked, and two asked at the same microsecond keep the
// order they were logged in. Its value starts with its expiry (putMicro),
// read without decoding the rest, as the values bucket does.

// unansweredRecord is the rest of a logged question's value.
type unansweredRecord struct {
	UserHash  string   `json:"user_hash"`
	Text      string   `json:"text"`
	RunnersUp []string `json:"runners_up,omitempty"`
}

// LogUnanswered keeps u until u.Expires.
func (s *Store) LogUnanswered(ctx context.Context, u store.Unanswered) error {
	return s.update(ctx, "log unanswered question", u.Guild, func(tx *bbolt.Tx) error {
		if err := u.Validate(); err != nil {
			return err
		}
		u = u.Canonical()
		b := tx.Bucket(unansweredBucket)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		key := binary.BigEndian.AppendUint64(putMicro(guildPrefix(u.Guild), u.At), seq)
		rec, err := json.Marshal(unansweredRecord{UserHash: u.UserHash, Text: u.Text, RunnersUp: u.RunnersUp})
		if err != nil {
			return err
		}
		return b.Put(key, append(putMicro(nil, u.Expires), rec...))
	})
}

// UnansweredSince returns guild's unexpired questions asked at or after
// since, oldest first.
func (s *Store) UnansweredSince(ctx context.Context, guild string, since time.Time) ([]store.Unanswered, error) {
	type logged struct {
		u   store.Unanswered
		seq uint64
	}
	var found []logged
	err := s.view(ctx, "unanswered questions", guild, func(tx *bbolt.Tx) error {
		if err := checkGuildFilter(guild); err != nil {
			return err
		}
		now, from := s.now().UnixMicro(), since.UnixMicro()
		return forPrefix(tx.Bucket(unansweredBucket), guildPrefix(guild), func(k, v []byte) error {
			if len(v) < 8 || getMicro(v).UnixMicro() <= now {
				return nil // expired, not yet purged
			}
			u, err := decodeUnanswered(k, v)
			if err != nil || u.At.UnixMicro() < from {
				return err
			}
			found = append(found, logged{u, binary.BigEndian.Uint64(k[len(k)-8:])})
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	if guild == "" { // one guild's come in key order already
		slices.SortFunc(found, func(a, b logged) int {
			return cmp.Or(a.u.At.Compare(b.u.At), cmp.Compare(a.seq, b.seq))
		})
	}
	out := make([]store.Unanswered, len(found))
	for i, l := range found {
		out[i] = l.u
	}
	return out, nil
}

// decodeUnanswered reads a logged question's key and value.
func decodeUnanswered(k, v []byte) (store.Unanswered, error) {
	guild, rest, ok := bytes.Cut(k, []byte{0})
	if !ok || len(rest) != 16 || len(v) < 8 {
		return store.Unanswered{}, fmt.Errorf("damaged unanswered question %q", k)
	}
	var r unansweredRecord
	if err := json.Unmarshal(v[8:], &r); err != nil {
		return store.Unanswered{}, fmt.Errorf("unanswered question %q: %w", k, err)
	}
	return store.Unanswered{Guild: string(guild), UserHash: r.UserHash, Text: r.Text, RunnersUp: r.RunnersUp,
		At: getMicro(rest), Expires: getMicro(v)}, nil
}

// DeleteUnanswered forgets every question logged for guild.
func (s *Store) DeleteUnanswered(ctx context.Context, guild string) (int, error) {
	n := 0
	err := s.update(ctx, "delete unanswered questions", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		b := tx.Bucket(unansweredBucket)
		var doomed [][]byte
		_ = forPrefix(b, guildPrefix(guild), func(k, _ []byte) error {
			doomed = append(doomed, bytes.Clone(k))
			return nil
		})
		n = len(doomed)
		return deleteKeys(b, doomed)
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// PurgeExpired deletes the questions expired by now. Like Sweep, it reads
// first and writes only if something expired, so an hourly purge with
// nothing to do does not hold up the answer path's writes.
func (s *Store) PurgeExpired(ctx context.Context, now time.Time) (int, error) {
	var doomed [][]byte
	limit := now.UnixMicro()
	err := s.view(ctx, "purge expired questions", "", func(tx *bbolt.Tx) error {
		return tx.Bucket(unansweredBucket).ForEach(func(k, v []byte) error {
			if len(v) < 8 || getMicro(v).UnixMicro() <= limit {
				doomed = append(doomed, bytes.Clone(k))
			}
			return nil
		})
	})
	if err != nil || len(doomed) == 0 {
		return 0, err
	}
	n := 0
	err = s.update(ctx, "purge expired questions", "", func(tx *bbolt.Tx) error {
		// A question is never renewed, so what expired stays expired;
		// only one deleted since the read is skipped.
		b := tx.Bucket(unansweredBucket)
		for _, k := range doomed {
			if b.Get(k) == nil {
				continue // by Forget or DeleteUnanswered
			}
			if err := b.Delete(k); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}
