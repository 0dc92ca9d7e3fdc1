package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The migrations are numbered SQL files, NNNN_what.sql, applied in order;
// the database's schema version is the highest number applied. Add a
// file, never change one that has shipped.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationLock is the advisory lock key held while migrating, so that
// instances starting together take turns: any constant that no other
// program using the database locks.
const migrationLock int64 = 0x6270625f736368 // "bpb_sch"

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order, checking that
// they are numbered 1, 2, 3... without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for i, name := range names { // Glob sorts, and the numbers are zero-padded
		base := path.Base(name)
		n, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(n)
		if err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s: want number %d", base, i+1)
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms, nil
}

// migrate applies the migrations the database lacks, in one transaction
// under the advisory lock: a crash leaves the old schema or the new, and
// a second instance waits, then finds nothing to do.
func migrate(ctx context.Context, pool *pgxpool.Pool, where string) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLock); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`)
		if err != nil {
			return err
		}
		var current int
		if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&current); err != nil {
			return err
		}
		if current > len(ms) {
			return fmt.Errorf("the database has schema version %d and this backpainbot knows up to %d; upgrade backpainbot, or point it at another database: %w",
				current, len(ms), store.ErrNewerSchema)
		}
		for _, m := range ms[current:] {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.version, m.name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: postgres at %s: migrate: %w", where, err)
	}
	return nil
}
