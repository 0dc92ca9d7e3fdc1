package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5"
)

const settingsColumns = "channels, private, cooldown, emergency_number, crisis_line, alert_channel, log_unanswered, log_retention"

// scanSettings reads settingsColumns. NULL private, cooldown,
// log_unanswered and log_retention scan to nil pointers, which is what
// they mean.
func scanSettings(row pgx.Row, extra ...any) (store.Settings, error) {
	var s store.Settings
	dest := append(extra, &s.Channels, &s.Private, &s.Cooldown, &s.EmergencyNumber, &s.CrisisLine, &s.AlertChannel,
		&s.LogUnanswered, &s.LogRetention)
	if err := row.Scan(dest...); err != nil {
		return store.Settings{}, err
	}
	if len(s.Channels) == 0 {
		s.Channels = nil
	}
	return s, nil
}

// Settings returns guild's settings, the zero Settings when none are saved.
func (s *Store) Settings(ctx context.Context, guild string) (store.Settings, error) {
	if err := store.CheckKey(guild); err != nil {
		return store.Settings{}, fmt.Errorf("store: settings: %w", err)
	}
	row := s.pool.QueryRow(ctx, "SELECT "+settingsColumns+" FROM guild_settings WHERE guild = $1", guild)
	set, err := scanSettings(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Settings{}, nil
	}
	if err != nil {
		return store.Settings{}, fmt.Errorf("store: settings of guild %s: %w", guild, err)
	}
	return set, nil
}

// SaveSettings replaces guild's settings with set.
func (s *Store) SaveSettings(ctx context.Context, guild string, set store.Settings) error {
	if err := store.CheckKey(guild); err != nil {
		return fmt.Errorf("store: save settings: %w", err)
	}
	if err := set.Validate(); err != nil {
		return fmt.Errorf("store: save settings of guild %s: %w", guild, err)
	}
	set = set.Canonical()
	if set.Channels == nil {
		set.Channels = []string{} // pgx sends a nil slice as NULL
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO guild_settings (guild, `+settingsColumns+`, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (guild) DO UPDATE SET channels = $2, private = $3, cooldown = $4,
			emergency_number = $5, crisis_line = $6, alert_channel = $7,
			log_unanswered = $8, log_retention = $9, updated_at = $10`,
		guild, set.Channels, set.Private, set.Cooldown, set.EmergencyNumber, set.CrisisLine, set.AlertChannel,
		set.LogUnanswered, set.LogRetention, s.now())
	if err != nil {
		return fmt.Errorf("store: save settings of guild %s: %w", guild, err)
	}
	return nil
}

// DeleteSettings forgets guild's settings.
func (s *Store) DeleteSettings(ctx context.Context, guild string) error {
	if err := store.CheckKey(guild); err != nil {
		return fmt.Errorf("store: delete settings: %w", err)
	}
	if _, err := s.pool.Exec(ctx, "DELETE FROM guild_settings WHERE guild = $1", guild); err != nil {
		return fmt.Errorf("store: delete settings of guild %s: %w", guild, err)
	}
	return nil
}

// AllSettings returns every saved server's settings by guild id.
func (s *Store) AllSettings(ctx context.Context) (map[string]store.Settings, error) {
	rows, err := s.pool.Query(ctx, "SELECT guild, "+settingsColumns+" FROM guild_settings")
	if err != nil {
		return nil, fmt.Errorf("store: all settings: %w", err)
	}
	defer rows.Close()
	all := map[string]store.Settings{}
	for rows.Next() {
		var guild string
		set, err := scanSettings(rows, &guild)
		if err != nil {
			return nil, fmt.Errorf("store: all settings: %w", err)
		}
		all[guild] = set
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: all settings: %w", err)
	}
	return all, nil
}

// MarkRemoved records that the bot left guild at at, keeping an earlier
// mark.
func (s *Store) MarkRemoved(ctx context.Context, guild string, at time.Time) error {
	if err := store.CheckKey(guild); err != nil {
		return fmt.Errorf("store: mark removal: %w", err)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO removed_guilds (guild, removed_at) VALUES ($1, $2)
		ON CONFLICT (guild) DO UPDATE SET removed_at = least(removed_guilds.removed_at, excluded.removed_at)`, guild, at)
	if err != nil {
		return fmt.Errorf("store: mark removal of guild %s: %w", guild, err)
	}
	return nil
}

// UnmarkRemoved cancels guild's mark.
func (s *Store) UnmarkRemoved(ctx context.Context, guild string) error {
	if err := store.CheckKey(guild); err != nil {
		return fmt.Errorf("store: unmark removal: %w", err)
	}
	if _, err := s.pool.Exec(ctx, "DELETE FROM removed_guilds WHERE guild = $1", guild); err != nil {
		return fmt.Errorf("store: unmark removal of guild %s: %w", guild, err)
	}
	return nil
}

// PurgeRemoved deletes the settings and marks of guilds marked before
// cutoff and returns their ids, sorted. One statement, so two instances
// purging at once purge each guild once.
func (s *Store) PurgeRemoved(ctx context.Context, cutoff time.Time) ([]string, error) {
	rows, err := s.pool.Query(ctx, `WITH gone AS (
			DELETE FROM removed_guilds WHERE removed_at < $1 RETURNING guild
		), settings AS (
			DELETE FROM guild_settings USING gone WHERE guild_settings.guild = gone.guild
		)
		SELECT guild FROM gone ORDER BY guild COLLATE "C"`, cutoff)
	if err != nil {
		return nil, fmt.Errorf("store: purge removed guilds: %w", err)
	}
	purged, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("store: purge removed guilds: %w", err)
	}
	return purged, nil
}
