package bolt_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/storetest"
	"github.com/google/go-cmp/cmp"
	"go.etcd.io/bbolt"
)

func open(t testing.TB, dir string, now func() time.Time) *bolt.Store {
	t.Helper()
	s, err := bolt.Open(dir, bolt.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
		return open(t, t.TempDir(), now)
	})
}

// The suite passes on a store that holds data already, as it must on the
// file an instance killed mid-load left behind: here, twice on one file.
func TestConformanceOnUsedStore(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
			return open(t, dir, now)
		})
	}
}

// Votes, logged questions, counts, the salt and the log settings are all
// in the file after a restart.
func TestFeedbackSurvivesRestart(t *testing.T) {
	storetest.RunRestart(t, func(t *testing.T, now func() time.Time) func() store.Store {
		dir := t.TempDir()
		return func() store.Store { return open(t, dir, now) }
	})
}

// A second process on the same data dir is refused at once, with a
// sentence that says why and what to do. bbolt's lock belongs to the open
// file, so a second Open in this process stands in for a second process.
func TestSecondOpenRefused(t *testing.T) {
	dir := t.TempDir()
	open(t, dir, time.Now)
	start := time.Now()
	s, err := bolt.Open(dir)
	if err == nil {
		_ = s.Close()
		t.Fatal("second Open of a data dir in use succeeded")
	}
	if !errors.Is(err, bolt.ErrInUse) {
		t.Errorf("second Open = %v; want ErrInUse", err)
	}
	for _, want := range []string{"store: ", dir, "in use by another backpainbot process", "PostgreSQL"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("second Open = %q; want it to mention %q", err, want)
		}
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("second Open took %v to give up", took)
	}
}

// What was saved is there after a restart, and opening again migrates
// nothing twice.
func TestReopen(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, time.Now)
	want := store.Settings{EmergencyNumber: "999"}
	if err := s.SaveSettings(t.Context(), "1", want); err != nil {
		t.Fatal(err)
	}
	if won, err := s.Claim(t.Context(), "replay/abc", time.Hour); err != nil || !won {
		t.Fatalf("Claim = %v, %v", won, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		s = open(t, dir, time.Now)
		if got, err := s.Settings(t.Context(), "1"); err != nil || got.EmergencyNumber != "999" {
			t.Errorf("Settings after reopening = %+v, %v; want %+v", got, err, want)
		}
		if won, err := s.Claim(t.Context(), "replay/abc", time.Hour); err != nil || won {
			t.Errorf("Claim after reopening = %v, %v; want the claim held across the restart", won, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if got, want := fileSchema(t, dir), fmt.Sprint(bolt.SchemaVersion); got != want {
			t.Errorf("schema version after reopening = %q; want %q", got, want)
		}
	}
}

func TestDataDirCreated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s := open(t, dir, time.Now)
	if s.Path() != filepath.Join(dir, bolt.FileName) {
		t.Errorf("Path() = %q; want %q", s.Path(), filepath.Join(dir, bolt.FileName))
	}
	for _, p := range []string{dir, s.Path()} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if perm := st.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v; want it private to its owner", p, perm)
		}
	}
}

// The tests below write files the way another version of backpainbot, or
// another program, would: with bbolt itself. They pin the file format:
// the meta bucket and its "schema" key in decimal.

// fileSchema returns the schema version recorded in dir's store.
func fileSchema(t *testing.T, dir string) string {
	t.Helper()
	var v string
	withFile(t, dir, func(tx *bbolt.Tx) error {
		if b := tx.Bucket([]byte("meta")); b != nil {
			v = string(b.Get([]byte("schema")))
		}
		return nil
	})
	return v
}

// withFile runs fn in a write transaction on dir's store file.
func withFile(t *testing.T, dir string, fn func(*bbolt.Tx) error) {
	t.Helper()
	db, err := bbolt.Open(filepath.Join(dir, bolt.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestFreshFileHasSchema(t *testing.T) {
	dir := t.TempDir()
	if err := open(t, dir, time.Now).Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := fileSchema(t, dir), fmt.Sprint(bolt.SchemaVersion); got != want {
		t.Errorf("schema version of a new store = %q; want %q", got, want)
	}
}

// A store written by a newer backpainbot is refused, and left as it was.
func TestNewerSchemaRefused(t *testing.T) {
	dir := t.TempDir()
	if err := open(t, dir, time.Now).Close(); err != nil {
		t.Fatal(err)
	}
	newer := fmt.Sprint(bolt.SchemaVersion + 1)
	withFile(t, dir, func(tx *bbolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(newer)) })
	s, err := bolt.Open(dir)
	if err == nil {
		_ = s.Close()
		t.Fatal("Open of a store from a newer schema succeeded")
	}
	if !errors.Is(err, store.ErrNewerSchema) || !strings.Contains(err.Error(), "upgrade backpainbot") {
		t.Errorf("Open of a newer store = %v; want ErrNewerSchema saying to upgrade", err)
	}
	if got := fileSchema(t, dir); got != newer {
		t.Errorf("schema version after the refused Open = %q; want %q untouched", got, newer)
	}
}

// A bbolt file that is not ours (a mistyped --data-dir) is not migrated.
func TestForeignFileRefused(t *testing.T) {
	dir := t.TempDir()
	withFile(t, dir, func(tx *bbolt.Tx) error {
		_, err := tx.CreateBucket([]byte("someone else's"))
		return err
	})
	s, err := bolt.Open(dir)
	if err == nil {
		_ = s.Close()
		t.Fatal("Open of a foreign bbolt file succeeded")
	}
	if !strings.Contains(err.Error(), "not a backpainbot store") {
		t.Errorf("Open of a foreign file = %v; want it called not a backpainbot store", err)
	}
}

func BenchmarkSettings(b *testing.B) {
	storetest.BenchmarkSettings(b, open(b, b.TempDir(), time.Now))
}

func BenchmarkClaim(b *testing.B) {
	storetest.BenchmarkClaim(b, open(b, b.TempDir(), time.Now))
}

// A file of schema 1, written before votes and logged questions existed,
// opens: its settings read as they were, the log settings unset, and the
// new buckets work.
func TestSchema1Migrated(t *testing.T) {
	dir := t.TempDir()
	withFile(t, dir, func(tx *bbolt.Tx) error {
		for _, b := range []string{"settings", "removed", "claims", "values"} {
			if _, err := tx.CreateBucket([]byte(b)); err != nil {
				return err
			}
		}
		meta, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		if err := meta.Put([]byte("schema"), []byte("1")); err != nil {
			return err
		}
		return tx.Bucket([]byte("settings")).Put([]byte("400"), []byte(`{"private":true,"cooldown":"1m0s","emergency_number":"999"}`))
	})
	s := open(t, dir, time.Now)
	want := store.Settings{Private: ptr(true), Cooldown: ptr(time.Minute), EmergencyNumber: "999"}
	if got, err := s.Settings(t.Context(), "400"); err != nil || !cmp.Equal(got, want) {
		t.Errorf("Settings of a schema-1 file = %+v, %v; want %+v", got, err, want)
	}
	vote := store.Vote{Guild: "400", Reply: "1", Passage: "posture", UserHash: "h", Helpful: true, At: time.Now()}
	if err := s.SaveVote(t.Context(), vote); err != nil {
		t.Errorf("SaveVote on a migrated file: %v", err)
	}
	if _, err := s.Salt(t.Context()); err != nil {
		t.Errorf("Salt on a migrated file: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := fileSchema(t, dir), fmt.Sprint(bolt.SchemaVersion); got != want {
		t.Errorf("schema version after migrating = %q; want %q", got, want)
	}
}

func ptr[T any](v T) *T { return &v }

func BenchmarkFeedback(b *testing.B) {
	storetest.BenchmarkFeedback(b, open(b, b.TempDir(), time.Now))
}
