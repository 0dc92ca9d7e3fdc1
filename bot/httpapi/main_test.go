package httpapi

import (
	"os"
	"testing"

	"github.com/backpainbot/backpainbot/bot/store/pgtest"
)

// TestMain stops the throwaway PostgreSQL that pgtest may start for the
// tests of instances sharing a store.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
