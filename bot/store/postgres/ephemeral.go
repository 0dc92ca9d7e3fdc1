package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5"
)

// Claim reports whether the caller is the first to claim key within ttl.
// The statement inserts the claim, or takes over an expired one; a live
// claim makes the WHERE false, so no row comes back. PostgreSQL makes
// concurrent statements on one key wait for each other and re-checks the
// WHERE on the row as the winner left it, so exactly one wins.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := checkEntry(key, ttl); err != nil {
		return false, fmt.Errorf("store: claim: %w", err)
	}
	now := s.now()
	var won bool
	err := s.pool.QueryRow(ctx, `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
		WHERE claims.expires_at <= $3
		RETURNING true`, key, now.Add(ttl), now).Scan(&won)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: claim: %w", err)
	}
	return won, nil
}

// Put keeps value under key for ttl.
func (s *Store) Put(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if err := checkEntry(key, ttl); err != nil {
		return fmt.Errorf("store: put: %w", err)
	}
	if value == nil {
		value = []byte{} // pgx sends nil as NULL
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO short_values (key, value, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
		key, value, s.now().Add(ttl))
	if err != nil {
		return fmt.Errorf("store: put: %w", err)
	}
	return nil
}

// Get returns the unexpired value under key.
func (s *Store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := store.CheckKey(key); err != nil {
		return nil, false, fmt.Errorf("store: get: %w", err)
	}
	var value []byte
	err := s.pool.QueryRow(ctx, "SELECT value FROM short_values WHERE key = $1 AND expires_at > $2", key, s.now()).Scan(&value)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: get: %w", err)
	}
	return value, true, nil
}

// Delete forgets the value under key.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := store.CheckKey(key); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	if _, err := s.pool.Exec(ctx, "DELETE FROM short_values WHERE key = $1", key); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}

// Sweep removes expired claims and values. Instances may sweep at the
// same time: each row is deleted once, by whichever gets there first.
func (s *Store) Sweep(ctx context.Context) error {
	now := s.now()
	for _, table := range []string{"claims", "short_values"} {
		if _, err := s.pool.Exec(ctx, "DELETE FROM "+table+" WHERE expires_at <= $1", now); err != nil {
			return fmt.Errorf("store: sweep %s: %w", table, err)
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
