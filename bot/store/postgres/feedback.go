package postgres

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5"
)

// What the bot learns from its servers lives in the ordinary, logged
// tables of migration 0002. Each method is one statement, so concurrent
// instances need no locks of their own; byte order (COLLATE "C") makes
// listings sort as the embedded store's keys do.

var _ store.Feedback = (*Store)(nil)

// saltLen is the salt's length: 256 bits, as much as the SHA-256 hash it
// keys can use. The table checks it too.
const saltLen = 32

// Salt returns this installation's salt, making it on first use. The
// insert does nothing when another instance won the race, and the second
// read returns the winner's salt, so every instance gets the same.
func (s *Store) Salt(ctx context.Context) ([]byte, error) {
	const read = "SELECT salt FROM install_salt"
	var salt []byte
	err := s.pool.QueryRow(ctx, read).Scan(&salt)
	if errors.Is(err, pgx.ErrNoRows) {
		fresh := make([]byte, saltLen)
		if _, err := rand.Read(fresh); err != nil {
			return nil, fmt.Errorf("store: salt: %w", err)
		}
		if _, err := s.pool.Exec(ctx, "INSERT INTO install_salt (salt) VALUES ($1) ON CONFLICT DO NOTHING", fresh); err != nil {
			return nil, fmt.Errorf("store: salt: %w", err)
		}
		err = s.pool.QueryRow(ctx, read).Scan(&salt)
	}
	if err != nil {
		return nil, fmt.Errorf("store: salt: %w", err)
	}
	return salt, nil
}

// SaveVote records v, replacing the member's earlier vote on the reply.
func (s *Store) SaveVote(ctx context.Context, v store.Vote) error {
	if err := v.Validate(); err != nil {
		return fmt.Errorf("store: save vote: %w", err)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO votes (guild, reply, user_hash, passage, helpful, voted_at)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (guild, reply, user_hash) DO UPDATE
			SET passage = excluded.passage, helpful = excluded.helpful, voted_at = excluded.voted_at`,
		v.Guild, v.Reply, v.UserHash, v.Passage, v.Helpful, v.At)
	if err != nil {
		return fmt.Errorf("store: save vote of guild %s: %w", v.Guild, err)
	}
	return nil
}

// Votes returns guild's votes cast at or after since, oldest first.
func (s *Store) Votes(ctx context.Context, guild string, since time.Time) ([]store.Vote, error) {
	where, args, err := guildWhere(guild, since)
	if err != nil {
		return nil, fmt.Errorf("store: votes: %w", err)
	}
	rows, _ := s.pool.Query(ctx, `SELECT guild, reply, user_hash, passage, helpful, voted_at FROM votes
		WHERE voted_at >= $1`+where+`
		ORDER BY voted_at, guild COLLATE "C", reply COLLATE "C", user_hash COLLATE "C"`, args...)
	votes, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Vote, error) {
		var v store.Vote
		err := row.Scan(&v.Guild, &v.Reply, &v.UserHash, &v.Passage, &v.Helpful, &v.At)
		v.At = v.At.UTC()
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: votes: %w", err)
	}
	return votes, nil
}

// guildWhere returns the condition that limits a listing to guild (none
// for "", every server) and the listing's arguments: since, then guild.
func guildWhere(guild string, since time.Time, more ...any) (string, []any, error) {
	args := append([]any{since}, more...)
	if guild == "" {
		return "", args, nil
	}
	if err := store.CheckKey(guild); err != nil {
		return "", nil, err
	}
	return fmt.Sprintf(" AND guild = $%d", len(args)+1), append(args, guild), nil
}

// Forget deletes the member's votes and logged questions in guild, in one
// statement.
func (s *Store) Forget(ctx context.Context, guild, userHash string) (int, error) {
	if err := store.CheckKey(guild); err != nil {
		return 0, fmt.Errorf("store: forget a member: %w", err)
	}
	if err := store.CheckKey(userHash); err != nil {
		return 0, fmt.Errorf("store: forget a member of guild %s: member hash: %w", guild, err)
	}
	var n int
	err := s.pool.QueryRow(ctx, `WITH
			v AS (DELETE FROM votes WHERE guild = $1 AND user_hash = $2 RETURNING 1),
			u AS (DELETE FROM unanswered WHERE guild = $1 AND user_hash = $2 RETURNING 1)
		SELECT (SELECT count(*) FROM v) + (SELECT count(*) FROM u)`, guild, userHash).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: forget a member of guild %s: %w", guild, err)
	}
	return n, nil
}

// CountAnswer adds one answer of kind to guild's count for at's UTC day,
// in one upsert: PostgreSQL makes concurrent increments of one row wait
// for each other, so none is lost.
func (s *Store) CountAnswer(ctx context.Context, guild, kind string, at time.Time) error {
	if guild != "" { // "" counts direct messages
		if err := store.CheckKey(guild); err != nil {
			return fmt.Errorf("store: count answer: %w", err)
		}
	}
	if err := store.CheckKind(kind); err != nil {
		return fmt.Errorf("store: count answer: %w", err)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO answer_counts (day, guild, kind, n) VALUES ($1, $2, $3, 1)
		ON CONFLICT (day, guild, kind) DO UPDATE SET n = answer_counts.n + 1`, store.Day(at), guild, kind)
	if err != nil {
		return fmt.Errorf("store: count answer: %w", err)
	}
	return nil
}

// AnswerCounts returns the daily counts from since's UTC day on.
func (s *Store) AnswerCounts(ctx context.Context, guild string, since time.Time) ([]store.DayCount, error) {
	where, args, err := guildWhere(guild, store.Day(since))
	if err != nil {
		return nil, fmt.Errorf("store: answer counts: %w", err)
	}
	rows, _ := s.pool.Query(ctx, `SELECT day, guild, kind, n FROM answer_counts WHERE day >= $1`+where+`
		ORDER BY day, guild COLLATE "C", kind COLLATE "C"`, args...)
	counts, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.DayCount, error) {
		var c store.DayCount
		err := row.Scan(&c.Day, &c.Guild, &c.Kind, &c.N)
		c.Day = store.Day(c.Day)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: answer counts: %w", err)
	}
	return counts, nil
}
