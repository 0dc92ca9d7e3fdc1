package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

// envDatabaseURL names the variable that holds the PostgreSQL URL. It may
// hold a password, so it comes from the environment only, like the token
// (libpq's $PGPASSWORD and $PGPASSFILE keep the password out of it).
const envDatabaseURL = "BACKPAINBOT_DATABASE_URL"

// openStore opens the store the operator configured: PostgreSQL when
// $BACKPAINBOT_DATABASE_URL is set, else the embedded store in dataDir, or
// in store.DefaultDataDir when dataDir is "". It also returns where the
// store is, for messages and logs: never the URL, which may hold a
// password. Giving both is a usage error: settings live in one store.
func openStore(ctx context.Context, getenv func(string) string, dataDir string) (store.Store, string, error) {
	if url := getenv(envDatabaseURL); url != "" {
		if dataDir != "" {
			return nil, "", usagef("both --data-dir and %s are set: the settings live in one store; unset one", envDatabaseURL)
		}
		s, err := postgres.Open(ctx, url)
		if err != nil {
			return nil, "", err
		}
		return s, "PostgreSQL ($" + envDatabaseURL + ")", nil
	}
	if dataDir == "" {
		var err error
		if dataDir, err = store.DefaultDataDir(getenv); err != nil {
			return nil, "", err
		}
	}
	s, err := bolt.Open(dataDir)
	if err != nil {
		return nil, "", err
	}
	return s, s.Path(), nil
}

// openOfflineStore is openStore for a command that works on the store
// while the bot is stopped (report, settings): its errors name the
// command, and an embedded store the bot holds says what to do.
func openOfflineStore(ctx context.Context, command string, getenv func(string) string, dataDir string) (store.Store, string, error) {
	st, path, err := openStore(ctx, getenv, dataDir)
	if errors.Is(err, bolt.ErrInUse) {
		return nil, "", fmt.Errorf("%s: %w\nstop the bot, then run this again (or keep the state in PostgreSQL)", command, err)
	}
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", command, err)
	}
	return st, path, nil
}
