package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
	"github.com/backpainbot/backpainbot/bot/store/storetest"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func open(t testing.TB, url string, now func() time.Time) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), url, postgres.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
		return open(t, pgtest.URL(t), now)
	})
}

// The suite passes on a database that holds data already, as it must on
// the one an instance killed mid-load left behind: here, twice on one.
func TestConformanceOnUsedStore(t *testing.T) {
	url := pgtest.URL(t)
	for range 2 {
		storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
			return open(t, url, now)
		})
	}
}

// Votes, logged questions, counts, the salt and the log settings are all
// in the database after a restart.
func TestFeedbackSurvivesRestart(t *testing.T) {
	storetest.RunRestart(t, func(t *testing.T, now func() time.Time) func() store.Store {
		url := pgtest.URL(t)
		return func() store.Store { return open(t, url, now) }
	})
}

// Two instances on one database share claims and settings at once.
func TestInstancesShare(t *testing.T) {
	url := pgtest.URL(t)
	a, b := open(t, url, time.Now), open(t, url, time.Now)
	if won, err := a.Claim(t.Context(), "cooldown/1/2", time.Minute); err != nil || !won {
		t.Fatalf("Claim on instance a = %v, %v; want a win", won, err)
	}
	if won, err := b.Claim(t.Context(), "cooldown/1/2", time.Minute); err != nil || won {
		t.Errorf("Claim on instance b = %v, %v; want the claim a holds", won, err)
	}
	if err := a.SaveSettings(t.Context(), "1", store.Settings{EmergencyNumber: "999"}); err != nil {
		t.Fatal(err)
	}
	if got, err := b.Settings(t.Context(), "1"); err != nil || got.EmergencyNumber != "999" {
		t.Errorf("Settings on instance b = %+v, %v; want what a saved", got, err)
	}
}

// schema returns the versions recorded in url's schema_migrations.
func schema(t *testing.T, url string) []int {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	rows, _ := conn.Query(t.Context(), "SELECT version FROM schema_migrations ORDER BY version")
	versions, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		t.Fatal(err)
	}
	return versions
}

func exec(t *testing.T, url, sql string) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), sql); err != nil {
		t.Fatal(err)
	}
}

func TestMigrateFreshAndReopen(t *testing.T) {
	url := pgtest.URL(t)
	s := open(t, url, time.Now)
	want := fmt.Sprint(postgres.SchemaVersions())
	if got := fmt.Sprint(schema(t, url)); got != want {
		t.Fatalf("schema_migrations of a new database = %s; want %s", got, want)
	}
	if err := s.SaveSettings(t.Context(), "1", store.Settings{CrisisLine: "116 123"}); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	for range 2 {
		s := open(t, url, time.Now)
		if got, err := s.Settings(t.Context(), "1"); err != nil || got.CrisisLine != "116 123" {
			t.Errorf("Settings after reopening = %+v, %v; want them kept", got, err)
		}
		_ = s.Close()
	}
	if got := fmt.Sprint(schema(t, url)); got != want {
		t.Errorf("schema_migrations after reopening twice = %s; want %s", got, want)
	}
}

// Instances starting together on a new database migrate it once.
func TestMigrateConcurrentOpen(t *testing.T) {
	url := pgtest.URL(t)
	const instances = 8
	var wg sync.WaitGroup
	for range instances {
		wg.Go(func() {
			s, err := postgres.Open(t.Context(), url)
			if err != nil {
				t.Errorf("concurrent Open: %v", err)
				return
			}
			_ = s.Close()
		})
	}
	wg.Wait()
	if got, want := fmt.Sprint(schema(t, url)), fmt.Sprint(postgres.SchemaVersions()); got != want {
		t.Errorf("schema_migrations after %d concurrent opens = %s; want %s", instances, got, want)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	url := pgtest.URL(t)
	_ = open(t, url, time.Now).Close()
	versions := postgres.SchemaVersions()
	newer := versions[len(versions)-1] + 1
	exec(t, url, fmt.Sprintf("INSERT INTO schema_migrations (version, name) VALUES (%d, 'from the future')", newer))
	s, err := postgres.Open(t.Context(), url)
	if err == nil {
		_ = s.Close()
		t.Fatal("Open of a database from a newer schema succeeded")
	}
	if !errors.Is(err, store.ErrNewerSchema) || !strings.Contains(err.Error(), "upgrade backpainbot") {
		t.Errorf("Open of a newer database = %v; want ErrNewerSchema saying to upgrade", err)
	}
}

// No error shows the password, however the URL is wrong.
func TestErrorsHideThePassword(t *testing.T) {
	const pw = "s3cret-Pa55"
	urls := []string{
		"postgres://bot:" + pw + "@127.0.0.1:1/backpainbot?connect_timeout=2", // nobody listens on port 1
		"postgres://bot:" + pw + "@127.0.0.1:notaport/backpainbot",
		"postgres://bot:" + pw + "@[::1/backpainbot",
		"host=127.0.0.1 port=1 user=bot password=" + pw + " connect_timeout=2",
		"host=127.0.0.1 port=x user=bot password='" + pw + "'",
		"postgres://bot:" + pw + "@127.0.0.1:5432/backpainbot?pool_max_conns=many",
	}
	for _, u := range urls {
		s, err := postgres.Open(t.Context(), u)
		if err == nil {
			_ = s.Close()
			t.Errorf("Open(%q) succeeded", u)
			continue
		}
		if strings.Contains(err.Error(), pw) || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("Open(%q) = %q; want a store error without the password", u, err)
		}
	}
}

func BenchmarkSettings(b *testing.B) {
	storetest.BenchmarkSettings(b, open(b, pgtest.URL(b), time.Now))
}

func BenchmarkClaim(b *testing.B) {
	storetest.BenchmarkClaim(b, open(b, pgtest.URL(b), time.Now))
}

// A database at schema 1, migrated before votes and logged questions
// existed, is migrated on Open: its settings read as they were, the log
// settings unset, and the new tables work.
func TestSchema1Migrated(t *testing.T) {
	url := pgtest.URL(t)
	first, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	exec(t, url, string(first)+`;
		CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
		INSERT INTO schema_migrations (version, name) VALUES (1, '0001_init.sql');
		INSERT INTO guild_settings (guild, private, cooldown, emergency_number) VALUES ('400', true, '1 minute', '999')`)
	s := open(t, url, time.Now)
	if got, want := fmt.Sprint(schema(t, url)), fmt.Sprint(postgres.SchemaVersions()); got != want {
		t.Errorf("schema_migrations after migrating = %s; want %s", got, want)
	}
	want := store.Settings{Private: ptr(true), Cooldown: ptr(time.Minute), EmergencyNumber: "999"}
	if got, err := s.Settings(t.Context(), "400"); err != nil || !cmp.Equal(got, want) {
		t.Errorf("Settings of a schema-1 database = %+v, %v; want %+v", got, err, want)
	}
	vote := store.Vote{Guild: "400", Reply: "1", Passage: "posture", UserHash: "h", Helpful: true, At: time.Now()}
	if err := s.SaveVote(t.Context(), vote); err != nil {
		t.Errorf("SaveVote on a migrated database: %v", err)
	}
	if _, err := s.Salt(t.Context()); err != nil {
		t.Errorf("Salt on a migrated database: %v", err)
	}
}

// Instances making the salt at once on a new database all get the same.
func TestSaltRace(t *testing.T) {
	url := pgtest.URL(t)
	const instances = 4
	salts := make([][]byte, instances)
	var wg sync.WaitGroup
	for i := range instances {
		s := open(t, url, time.Now)
		wg.Go(func() {
			var err error
			if salts[i], err = s.Salt(t.Context()); err != nil {
				t.Errorf("Salt: %v", err)
			}
		})
	}
	wg.Wait()
	for i, salt := range salts {
		if len(salt) != 32 || string(salt) != string(salts[0]) {
			t.Errorf("instance %d's salt = %x; want 32 bytes, the same as instance 0's %x", i, salt, salts[0])
		}
	}
}

func ptr[T any](v T) *T { return &v }

func BenchmarkFeedback(b *testing.B) {
	storetest.BenchmarkFeedback(b, open(b, pgtest.URL(b), time.Now))
}
