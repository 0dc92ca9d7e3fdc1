package pgtest

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

// Each URL is a database of its own, empty, and gone after its test.
func TestURL(t *testing.T) {
	var first string
	t.Run("first", func(t *testing.T) {
		first = URL(t)
		execSQL(t, first, "CREATE TABLE left_behind (x int)")
	})
	second := URL(t)
	if second == first {
		t.Fatalf("URL twice = %q; want two databases", first)
	}
	var n int
	query(t, second, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &n)
	if n != 0 {
		t.Errorf("a new database has %d tables; want none", n)
	}
	var exists bool
	query(t, second, "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", &exists, pgxConfig(t, first).Database)
	if exists {
		t.Errorf("the first test's database outlived its test")
	}
}

func pgxConfig(t *testing.T, url string) *pgx.ConnConfig {
	t.Helper()
	c, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func execSQL(t *testing.T, url, sql string) {
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

func query(t *testing.T, url, sql string, dest any, args ...any) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if err := conn.QueryRow(t.Context(), sql, args...).Scan(dest); err != nil {
		t.Fatal(err)
	}
}

func TestWithDatabase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:p@127.0.0.1:5432/postgres?sslmode=disable", "postgres://u:p@127.0.0.1:5432/t1?sslmode=disable"},
		{"postgresql://u@host", "postgresql://u@host/t1"},
		{"host=127.0.0.1 user=u dbname=postgres", "host=127.0.0.1 user=u dbname=postgres dbname=t1"},
	}
	for _, tt := range tests {
		if got := withDatabase(tt.in, "t1"); got != tt.want {
			t.Errorf("withDatabase(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestVersion(t *testing.T) {
	tests := []struct {
		dir  string
		want int
	}{
		{"/usr/lib/postgresql/15/bin", 15},
		{"/usr/lib/postgresql/9.6/bin", 9},
		{"/usr/pgsql-16/bin", 16},
		{"/usr/local/bin", 0},
	}
	for _, tt := range tests {
		if got := version(tt.dir); got != tt.want {
			t.Errorf("version(%q) = %d; want %d", tt.dir, got, tt.want)
		}
	}
}
