package bolt

import (
	"context"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// Claim reports whether the caller is the first to claim key within ttl.
// Write transactions run one at a time, so the check and the write in
// one are atomic. A claim that is held is seen in a read transaction
// first: refusing a member on cooldown costs no write and no fsync.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := checkEntry(key, ttl); err != nil {
		return false, wrap(err, "claim", "")
	}
	held := func(tx *bbolt.Tx) bool {
		v := tx.Bucket(claimsBucket).Get([]byte(key))
		return v != nil && getTime(v).After(s.now())
	}
	isHeld := false
	err := s.view(ctx, "claim", "", func(tx *bbolt.Tx) error {
		isHeld = held(tx)
		return nil
	})
	if err != nil || isHeld {
		return false, err
	}
	won := false
	err = s.update(ctx, "claim", "", func(tx *bbolt.Tx) error {
		if held(tx) { // claimed between the two transactions
			return nil
		}
		won = true
		return tx.Bucket(claimsBucket).Put([]byte(key), putTime(nil, s.now().Add(ttl)))
	})
	return won, err
}

// Put keeps value under key for ttl.
func (s *Store) Put(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	return s.update(ctx, "put", "", func(tx *bbolt.Tx) error {
		if err := checkEntry(key, ttl); err != nil {
			return err
		}
		v := putTime(make([]byte, 0, 8+len(value)), s.now().Add(ttl))
		return tx.Bucket(valuesBucket).Put([]byte(key), append(v, value...))
	})
}

// Get returns the unexpired value under key.
func (s *Store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	var value []byte
	found := false
	err := s.view(ctx, "get", "", func(tx *bbolt.Tx) error {
		if err := store.CheckKey(key); err != nil {
			return err
		}
		v := tx.Bucket(valuesBucket).Get([]byte(key))
		if v == nil || !getTime(v).After(s.now()) {
			return nil
		}
		// bbolt's slice is valid only inside the transaction.
		value, found = append([]byte{}, v[8:]...), true
		return nil
	})
	return value, found, err
}

// Delete forgets the value under key.
func (s *Store) Delete(ctx context.Context, key string) error {
	return s.update(ctx, "delete", "", func(tx *bbolt.Tx) error {
		if err := store.CheckKey(key); err != nil {
			return err
		}
		return tx.Bucket(valuesBucket).Delete([]byte(key))
	})
}

// Sweep removes expired claims and values. It reads first and writes only
// if something expired, so a sweep with nothing to do does not stall
// Claim.
func (s *Store) Sweep(ctx context.Context) error {
	var claims, values [][]byte
	err := s.view(ctx, "sweep", "", func(tx *bbolt.Tx) error {
		now := s.now()
		claims = expired(tx.Bucket(claimsBucket), now)
		values = expired(tx.Bucket(valuesBucket), now)
		return nil
	})
	if err != nil || len(claims)+len(values) == 0 {
		return err
	}
	return s.update(ctx, "sweep", "", func(tx *bbolt.Tx) error {
		now := s.now()
		if err := deleteExpired(tx.Bucket(claimsBucket), claims, now); err != nil {
			return err
		}
		return deleteExpired(tx.Bucket(valuesBucket), values, now)
	})
}

// expired returns copies of the keys in b whose entries expired by now.
func expired(b *bbolt.Bucket, now time.Time) [][]byte {
	var keys [][]byte
	_ = b.ForEach(func(k, v []byte) error {
		if !getTime(v).After(now) {
			keys = append(keys, append([]byte{}, k...))
		}
		return nil
	})
	return keys
}

// deleteExpired deletes the keys that are still expired: between the read
// and this write another caller may have claimed or put one again.
func deleteExpired(b *bbolt.Bucket, keys [][]byte, now time.Time) error {
	for _, k := range keys {
		if v := b.Get(k); v != nil && !getTime(v).After(now) {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkEntry(key string, ttl time.Duration) error {
	if err := store.CheckKey(key); err != nil {
		return err
	}
	return store.CheckTTL(ttl)
}
