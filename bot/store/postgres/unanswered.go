package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5"
)

// LogUnanswered keeps u until u.Expires.
func (s *Store) LogUnanswered(ctx context.Context, u store.Unanswered) error {
	if err := u.Validate(); err != nil {
		return fmt.Errorf("store: log unanswered question: %w", err)
	}
	runnersUp := u.RunnersUp
	if runnersUp == nil {
		runnersUp = []string{} // pgx sends a nil slice as NULL
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO unanswered (guild, user_hash, question, runners_up, asked_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, u.Guild, u.UserHash, u.Text, runnersUp, u.At, u.Expires)
	if err != nil {
		return fmt.Errorf("store: log unanswered question of guild %s: %w", u.Guild, err)
	}
	return nil
}

// UnansweredSince returns guild's unexpired questions asked at or after
// since, oldest first.
func (s *Store) UnansweredSince(ctx context.Context, guild string, since time.Time) ([]store.Unanswered, error) {
	where, args, err := guildWhere(guild, since, s.now())
	if err != nil {
		return nil, fmt.Errorf("store: unanswered questions: %w", err)
	}
	rows, _ := s.pool.Query(ctx, `SELECT guild, user_hash, question, runners_up, asked_at, expires_at FROM unanswered
		WHERE asked_at >= $1 AND expires_at > $2`+where+`
		ORDER BY asked_at, id`, args...)
	questions, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Unanswered, error) {
		var u store.Unanswered
		err := row.Scan(&u.Guild, &u.UserHash, &u.Text, &u.RunnersUp, &u.At, &u.Expires)
		return u.Canonical(), err
	})
	if err != nil {
		return nil, fmt.Errorf("store: unanswered questions: %w", err)
	}
	return questions, nil
}

// DeleteUnanswered forgets every question logged for guild.
func (s *Store) DeleteUnanswered(ctx context.Context, guild string) (int, error) {
	if err := store.CheckKey(guild); err != nil {
		return 0, fmt.Errorf("store: delete unanswered questions: %w", err)
	}
	tag, err := s.pool.Exec(ctx, "DELETE FROM unanswered WHERE guild = $1", guild)
	if err != nil {
		return 0, fmt.Errorf("store: delete unanswered questions of guild %s: %w", guild, err)
	}
	return int(tag.RowsAffected()), nil
}

// PurgeExpired deletes the questions expired by now. Instances purging
// at once each delete, and count, a question at most once.
func (s *Store) PurgeExpired(ctx context.Context, now time.Time) (int, error) {
	tag, err := s.pool.Exec(ctx, "DELETE FROM unanswered WHERE expires_at <= $1", now)
	if err != nil {
		return 0, fmt.Errorf("store: purge expired questions: %w", err)
	}
	return int(tag.RowsAffected()), nil
}
