package index_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/index"
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

// randomPages writes random bytes over n pages of name chosen at random, or
// over every page from page first on when n is 0; reproducibly.
func randomPages(t *testing.T, name string, first, n int, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed))
	pages := int(size(t, name) / boltPage)
	var chosen []int
	if n == 0 {
		for p := first; p < pages; p++ {
			chosen = append(chosen, p)
		}
	} else {
		chosen = r.Perm(pages)[:n]
	}
	page := make([]byte, boltPage)
	for _, p := range chosen {
		for i := range page {
			page[i] = byte(r.Uint32())
		}
		overwrite(t, name, int64(p)*boltPage, page)
	}
}

// Damage to root.bolt is found and the index rebuilt, including the damage
// that made bbolt panic or fault inside Bleve's open (seen in the field:
// every start exited 2 and nothing ever rebuilt the index) and the damage
// bbolt never notices (random pages it does not read at open).
func TestDirRecoversFromBoltDamage(t *testing.T) {
	bolt := func(dir string) string { return filepath.Join(dir, "store", "root.bolt") }
	truncate := func(size int64) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := os.Truncate(bolt(dir), size); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"truncated to 32 KB", truncate(32 << 10)},
		// bbolt maps 64 KB over a 40 KB file, and reading the pages past its
		// end is a fault (SIGBUS).
		{"truncated to 40 KB", truncate(40 << 10)},
		// Pages 0 and 1 are bbolt's meta pages, which carry a checksum; the
		// pages they point to do not.
		{"random bytes over every page but the meta pages", func(t *testing.T, dir string) {
			randomPages(t, bolt(dir), 2, 0, 1)
		}},
	}
	for seed := range uint64(8) {
		tests = append(tests, struct {
			name   string
			damage func(t *testing.T, dir string)
		}{fmt.Sprintf("random bytes over 4 random pages, seed %d", seed), func(t *testing.T, dir string) {
			randomPages(t, bolt(dir), 0, 4, seed)
		}})
	}
	k := mustDefault(t)
	pristine := filepath.Join(t.TempDir(), "index")
	open(t, k, index.Options{Dir: pristine}, true)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opts := index.Options{Dir: filepath.Join(t.TempDir(), "index")}
			copyDir(t, pristine, opts.Dir)
			tt.damage(t, opts.Dir)
			open(t, k, opts, true)
			open(t, k, opts, false)
		})
	}
}

// answers is the top three passages for each of the benchmark's questions.
func answers(t *testing.T, ix *index.Index) [][]string {
	t.Helper()
	var out [][]string
	for _, q := range benchQuestions {
		out = append(out, ids(search(t, ix, q, 3)))
	}
	return out
}

// copyDir copies the files under src to dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// An 8 bytes overwrite in a segment, at most offsets, goes unnoticed by
// Bleve: it silently changed an answer, or turned answers into errors or
// a panic, at every start, since the damaged index was reused. Wherever it
// lands, the index is rebuilt and answers as a new one does.
func TestDirRecoversFromSegmentOverwrites(t *testing.T) {
	k := mustDefault(t)
	want := answers(t, newIndex(t, k, index.Options{}))
	pristine := filepath.Join(t.TempDir(), "index")
	open(t, k, index.Options{Dir: pristine}, true)
	zaps, err := filepath.Glob(filepath.Join(pristine, "store", "*.zap"))
	if err != nil || len(zaps) != 1 {
		t.Fatalf("segment files in %s/store: %v (%v); want one: has Bleve's layout changed?", pristine, zaps, err)
	}
	zap, _ := filepath.Rel(pristine, zaps[0])
	n := size(t, zaps[0])
	offsets := []int64{n - 8} // the footer
	const spread = 40
	for i := range int64(spread) {
		offsets = append(offsets, (n-8)*i/spread)
	}
	for _, off := range offsets {
		t.Run(fmt.Sprintf("offset %d of %d", off, n), func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "index")
			copyDir(t, pristine, dir)
			overwrite(t, filepath.Join(dir, zap), off, []byte{0xde, 0xad, 0xbe, 0xef, 0x01, 0x23, 0x45, 0x67})
			ix := newIndex(t, k, index.Options{Dir: dir})
			if !ix.Rebuilt {
				t.Errorf("index.New(Dir with 8 bytes overwritten at %d of %s).Rebuilt = false; want true", off, zap)
			}
			if diff := cmp.Diff(want, answers(t, ix)); diff != "" {
				t.Errorf("answers after an overwrite at %d differ from a new index's (-new +got):\n%s", off, diff)
			}
		})
	}
}
