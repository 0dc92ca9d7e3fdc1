package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable holding the URL of a server to create test
// databases on. The URL's own database is only connected to, never
// changed.
const EnvURL = "BACKPAINBOT_TEST_DATABASE_URL"

// howTo tells a developer how to run the tests that were skipped.
const howTo = "install PostgreSQL's server (Debian: apt-get install postgresql) so that initdb is on PATH or in /usr/lib/postgresql/*/bin, " +
	"or set " + EnvURL + " to the URL of a server where its user may create databases"

// shared is the server of this test binary, found or started once.
var shared struct {
	once    sync.Once
	main    atomic.Bool // Main is running the tests
	url     string      // an administrative connection to the server
	skip    string      // why there is no server, when there is none
	err     error       // why the server could not be had
	cluster *cluster    // the cluster this package started, if any
}

// Main runs the tests and then stops the cluster pgtest started for them,
// if it started one. Call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
func Main(m *testing.M) int {
	shared.main.Store(true)
	code := m.Run()
	if c := shared.cluster; c != nil {
		if err := c.stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	return code
}

// URL returns the URL of a new, empty database for t, dropped when t ends.
// It skips t when no PostgreSQL can be found (fails it when $CI is set)
// and fails it when one was found but does not work.
func URL(t testing.TB) string {
	t.Helper()
	shared.once.Do(findServer)
	switch {
	case shared.err != nil:
		t.Fatal(shared.err)
	case shared.skip != "" && os.Getenv("CI") != "":
		t.Fatalf("pgtest: PostgreSQL is required in CI: %s; %s", shared.skip, howTo)
	case shared.skip != "":
		t.Skipf("pgtest: skipped, %s; to run it, %s", shared.skip, howTo)
	}
	name := "backpainbot_test_" + randomHex(6)
	if err := admin(t.Context(), "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		// FORCE: a test that failed may have left connections open.
		err := admin(context.Background(), "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
		if err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return withDatabase(shared.url, name)
}

// findServer fills in shared: the caller's server, or a cluster of our own.
func findServer() {
	if u := os.Getenv(EnvURL); u != "" {
		shared.url = u
		return
	}
	bin, ok := findBin()
	if !ok {
		shared.skip = "no PostgreSQL server programs found and " + EnvURL + " is not set"
		return
	}
	if !shared.main.Load() {
		shared.err = fmt.Errorf("pgtest: starting a throwaway PostgreSQL needs TestMain to call pgtest.Main, which stops it")
		return
	}
	shared.cluster, shared.err = startCluster(bin)
	if shared.err == nil {
		shared.url = shared.cluster.url
	}
}

// admin runs one statement on the server's administrative connection.
func admin(ctx context.Context, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, shared.url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, sql)
	return err
}

// withDatabase returns the connection string u with its database
// replaced by name. u may be a URL or keyword/value settings.
func withDatabase(u, name string) string {
	if p, err := url.Parse(u); err == nil && (p.Scheme == "postgres" || p.Scheme == "postgresql") {
		p.Path, p.RawPath = "/"+name, ""
		return p.String()
	}
	return strings.TrimSpace(u) + " dbname=" + name // the last setting wins
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails
	return hex.EncodeToString(b)
}
