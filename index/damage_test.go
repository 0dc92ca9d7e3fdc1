package index_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// boltPage is the page size bbolt uses on the machines we run on (the OS
// page size); the damage below is laid out in pages.
const boltPage = 4096

// overwrite writes data at off in name, in place.
func overwrite(t *testing.T, name string, off int64, data []byte) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(data, off); err != nil {
		t.Fatal(err)
	}
}

func size(t *testing.T, name string) int64 {
	t.Helper()
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

// randomPages writes random bytes over the pages of name from page first
// on, reproducibly.
func randomPages(t *testing.T, name string, first int64, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed))
	page := make([]byte, boltPage)
	for off := first * boltPage; off < size(t, name); off += boltPage {
		for i := range page {
			page[i] = byte(r.Uint32())
		}
		overwrite(t, name, off, page)
	}
}

// Damage to root.bolt that makes bbolt panic inside Bleve's open (seen in
// the field: every start exited 2 and nothing ever rebuilt the index) is a
// cache miss like any other: New rebuilds it.
func TestDirRecoversFromBoltPanics(t *testing.T) {
	bolt := func(dir string) string { return filepath.Join(dir, "store", "root.bolt") }
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"truncated to 32 KB", func(t *testing.T, dir string) {
			if err := os.Truncate(bolt(dir), 32<<10); err != nil {
				t.Fatal(err)
			}
		}},
		// bbolt maps 64 KB over a 40 KB file, and reading the pages past its
		// end is a fault (SIGBUS), which Go makes a fatal error, not a panic,
		// unless told otherwise.
		{"truncated to 40 KB", func(t *testing.T, dir string) {
			if err := os.Truncate(bolt(dir), 40<<10); err != nil {
				t.Fatal(err)
			}
		}},
		// Pages 0 and 1 are bbolt's meta pages, which carry a checksum; the
		// pages they point to do not.
		{"random bytes over every page but the meta pages", func(t *testing.T, dir string) {
			randomPages(t, bolt(dir), 2, 1)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustDefault(t)
			opts := index.Options{Dir: filepath.Join(t.TempDir(), "index")}
			open(t, k, opts, true)
			tt.damage(t, opts.Dir)
			// Not every such damage is noticed: a truncation may leave all
			// the pages bbolt reads. What matters here is that none crashes
			// New, and that the index answers.
			survive(t, k, opts)
			open(t, k, opts, false)
		})
	}
}

// survive opens the index in opts.Dir, checks that it answers, closes it,
// and reports whether New rebuilt it.
func survive(t *testing.T, k *knowledge.Knowledge, opts index.Options) bool {
	t.Helper()
	ix, err := index.New(k, opts)
	if err != nil {
		t.Fatalf("index.New(Dir %s) error: %v", opts.Dir, err)
	}
	defer ix.Close()
	if got := top(search(t, ix, "knots in my back", 1)); got != "muscle-relaxation" {
		t.Errorf("Search(%q) on the index in %s: top = %q; want muscle-relaxation", "knots in my back", opts.Dir, got)
	}
	return ix.Rebuilt
}
