package bolt

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// What the bot learns from its servers: votes, logged questions (see
// unanswered.go), daily counts (counts.go) and the salt. Keys join their
// parts with a 0 byte, which store.CheckKey keeps out of every part, so a
// key splits back unambiguously, and a guild's records are one prefix.

var _ store.Feedback = (*Store)(nil)

// saltKey is the salt's key in saltBucket.
var saltKey = []byte("salt")

// saltLen is the salt's length: 256 bits, as much as the SHA-256 hash it
// keys can use.
const saltLen = 32

// Salt returns this installation's salt, making it on first use. Write
// transactions run one at a time, and the write checks again, so two
// first callers get the same salt.
func (s *Store) Salt(ctx context.Context) ([]byte, error) {
	var salt []byte
	err := s.view(ctx, "salt", "", func(tx *bbolt.Tx) error {
		salt = bytes.Clone(tx.Bucket(saltBucket).Get(saltKey))
		return nil
	})
	if err != nil || salt != nil {
		return salt, err
	}
	err = s.update(ctx, "salt", "", func(tx *bbolt.Tx) error {
		b := tx.Bucket(saltBucket)
		if salt = bytes.Clone(b.Get(saltKey)); salt != nil {
			return nil
		}
		salt = make([]byte, saltLen)
		if _, err := rand.Read(salt); err != nil {
			return err
		}
		return b.Put(saltKey, salt)
	})
	if err != nil {
		return nil, err
	}
	return bytes.Clone(salt), nil
}

// voteRecord is a vote's value; its guild, reply and member hash are the
// key. Times are RFC 3339 in UTC, readable in a dump of the file.
type voteRecord struct {
	Passage string    `json:"passage"`
	Helpful bool      `json:"helpful"`
	At      time.Time `json:"at"`
}

// SaveVote records v, replacing the member's earlier vote on the reply.
func (s *Store) SaveVote(ctx context.Context, v store.Vote) error {
	return s.update(ctx, "save vote", v.Guild, func(tx *bbolt.Tx) error {
		if err := v.Validate(); err != nil {
			return err
		}
		v = v.Canonical()
		b, err := json.Marshal(voteRecord{Passage: v.Passage, Helpful: v.Helpful, At: v.At})
		if err != nil {
			return err
		}
		return tx.Bucket(votesBucket).Put(joinKey(v.Guild, v.Reply, v.UserHash), b)
	})
}

// Votes returns guild's votes cast at or after since, oldest first.
func (s *Store) Votes(ctx context.Context, guild string, since time.Time) ([]store.Vote, error) {
	var votes []store.Vote
	err := s.view(ctx, "votes", guild, func(tx *bbolt.Tx) error {
		if err := checkGuildFilter(guild); err != nil {
			return err
		}
		from := since.UnixMicro()
		return forPrefix(tx.Bucket(votesBucket), guildPrefix(guild), func(k, val []byte) error {
			v, err := decodeVote(k, val)
			if err != nil {
				return err
			}
			if v.At.UnixMicro() >= from {
				votes = append(votes, v)
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(votes, func(a, b store.Vote) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.Guild, b.Guild),
			strings.Compare(a.Reply, b.Reply), strings.Compare(a.UserHash, b.UserHash))
	})
	return votes, nil
}

func decodeVote(k, val []byte) (store.Vote, error) {
	parts := splitKey(k, 3)
	if parts == nil {
		return store.Vote{}, fmt.Errorf("damaged vote key %q", k)
	}
	var r voteRecord
	if err := json.Unmarshal(val, &r); err != nil {
		return store.Vote{}, fmt.Errorf("vote %q: %w", k, err)
	}
	return store.Vote{Guild: parts[0], Reply: parts[1], UserHash: parts[2],
		Passage: r.Passage, Helpful: r.Helpful, At: r.At.UTC()}, nil
}

// Forget deletes the member's votes and logged questions in guild, in one
// transaction.
func (s *Store) Forget(ctx context.Context, guild, userHash string) (int, error) {
	n := 0
	err := s.update(ctx, "forget a member", guild, func(tx *bbolt.Tx) error {
		if err := store.CheckKey(guild); err != nil {
			return err
		}
		if err := store.CheckKey(userHash); err != nil {
			return fmt.Errorf("member hash: %w", err)
		}
		votes, questions := tx.Bucket(votesBucket), tx.Bucket(unansweredBucket)
		var doomed [][]byte
		_ = forPrefix(votes, guildPrefix(guild), func(k, _ []byte) error {
			if parts := splitKey(k, 3); parts != nil && parts[2] == userHash {
				doomed = append(doomed, bytes.Clone(k))
			}
			return nil
		})
		if err := deleteKeys(votes, doomed); err != nil {
			return err
		}
		n = len(doomed)
		doomed = doomed[:0]
		err := forPrefix(questions, guildPrefix(guild), func(k, val []byte) error {
			u, err := decodeUnanswered(k, val)
			if err == nil && u.UserHash == userHash {
				doomed = append(doomed, bytes.Clone(k))
			}
			return err
		})
		if err != nil {
			return err
		}
		n += len(doomed)
		return deleteKeys(questions, doomed)
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// joinKey joins parts with 0 bytes.
func joinKey(parts ...string) []byte {
	return []byte(strings.Join(parts, "\x00"))
}

// splitKey splits what joinKey made of n parts, or returns nil if k does
// not have n parts (a damaged file).
func splitKey(k []byte, n int) []string {
	parts := strings.SplitN(string(k), "\x00", n)
	if len(parts) != n {
		return nil
	}
	return parts
}

// guildPrefix is the prefix of guild's keys in the votes and unanswered
// buckets; for "" (every server), no prefix.
func guildPrefix(guild string) []byte {
	if guild == "" {
		return nil
	}
	return append([]byte(guild), 0)
}

// checkGuildFilter checks the guild argument of a listing: a guild id, or
// "" for every server.
func checkGuildFilter(guild string) error {
	if guild == "" {
		return nil
	}
	return store.CheckKey(guild)
}

// forPrefix calls fn on each entry of b whose key starts with prefix, in
// key order, stopping at fn's first error.
func forPrefix(b *bbolt.Bucket, prefix []byte, fn func(k, v []byte) error) error {
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// deleteKeys deletes keys from b: collected first, because deleting while
// iterating can skip keys.
func deleteKeys(b *bbolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// putMicro appends t as 8 bytes of Unix microseconds that sort in time
// order as bytes, before 1970 too (the sign bit flipped): the precision
// store.Vote.Canonical and PostgreSQL keep.
func putMicro(b []byte, t time.Time) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(t.UnixMicro())^1<<63)
}

// getMicro reads what putMicro wrote, in UTC.
func getMicro(b []byte) time.Time {
	return time.UnixMicro(int64(binary.BigEndian.Uint64(b) ^ 1<<63)).UTC()
}
