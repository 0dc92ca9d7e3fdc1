package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// A daily count's key is its day (putMicro of midnight UTC), then guild
// 0 kind, so that the bucket's byte order is the order AnswerCounts
// promises: day, then guild, then kind. Direct messages count under guild
// "", which sorts first. The value is the count, 8 bytes big-endian.

// CountAnswer adds one answer of kind to guild's count for at's UTC day.
// Write transactions run one at a time, so the read and the write in one
// never lose a concurrent count.
func (s *Store) CountAnswer(ctx context.Context, guild, kind string, at time.Time) error {
	return s.update(ctx, "count answer", guild, func(tx *bbolt.Tx) error {
		if err := checkGuildFilter(guild); err != nil { // "" counts direct messages
			return err
		}
		if err := store.CheckKind(kind); err != nil {
			return err
		}
		b, key := tx.Bucket(countsBucket), putMicro(nil, store.Day(at))
		key = append(append(append(key, guild...), 0), kind...)
		var n uint64
		if v := b.Get(key); len(v) == 8 {
			n = binary.BigEndian.Uint64(v)
		}
		return b.Put(key, binary.BigEndian.AppendUint64(nil, n+1))
	})
}

// AnswerCounts returns the daily counts from since's UTC day on.
func (s *Store) AnswerCounts(ctx context.Context, guild string, since time.Time) ([]store.DayCount, error) {
	var counts []store.DayCount
	err := s.view(ctx, "answer counts", guild, func(tx *bbolt.Tx) error {
		if err := checkGuildFilter(guild); err != nil {
			return err
		}
		c := tx.Bucket(countsBucket).Cursor()
		for k, v := c.Seek(putMicro(nil, store.Day(since))); k != nil; k, v = c.Next() {
			g, kind, ok := bytes.Cut(k[min(8, len(k)):], []byte{0})
			if len(k) < 8 || !ok || len(v) != 8 {
				return fmt.Errorf("damaged answer count %q", k)
			}
			if guild != "" && string(g) != guild {
				continue
			}
			counts = append(counts, store.DayCount{Guild: string(g), Day: getMicro(k), Kind: string(kind),
				N: int(binary.BigEndian.Uint64(v))})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return counts, nil
}
