package index_test

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// open opens the index in dir, checks whether it was rebuilt, checks that it
// answers, and closes it: Bleve's bolt store must never be open twice.
func open(t *testing.T, k *knowledge.Knowledge, opts index.Options, wantRebuilt bool) []string {
	t.Helper()
	ix, err := index.New(k, opts)
	if err != nil {
		t.Fatalf("index.New(Dir %s) error: %v", opts.Dir, err)
	}
	defer func() {
		if err := ix.Close(); err != nil {
			t.Errorf("Close() error: %v", err)
		}
	}()
	if ix.Rebuilt != wantRebuilt {
		t.Errorf("index.New(Dir %s).Rebuilt = %v; want %v", opts.Dir, ix.Rebuilt, wantRebuilt)
	}
	res := search(t, ix, "knots in my back", 3)
	if got := top(res); got != "muscle-relaxation" {
		t.Errorf("Search(%q) on the index in %s: top = %q; want muscle-relaxation", "knots in my back", opts.Dir, got)
	}
	return ids(res)
}

func TestDirReusesIndex(t *testing.T) {
	k := mustDefault(t)
	opts := index.Options{Dir: filepath.Join(t.TempDir(), "a", "b", "index")} // parents made as needed
	built := open(t, k, opts, true)
	reused := open(t, k, opts, false)
	if len(built) == 0 || !slices.Equal(built, reused) {
		t.Errorf("top results: built %v, reused %v; want the same", built, reused)
	}
	memory := ids(search(t, newIndex(t, k, index.Options{}), "knots in my back", 3))
	if !slices.Equal(memory, reused) {
		t.Errorf("top results: in memory %v, on disk %v; want the same", memory, reused)
	}
	if _, err := os.Stat(filepath.Join(opts.Dir, "index_meta.json")); err != nil {
		t.Errorf("no index in %s: %v", opts.Dir, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(opts.Dir), ".index-build-*"))
	if len(leftovers) > 0 {
		t.Errorf("build directories left behind: %v", leftovers)
	}
}

// An index built from other content, or scored otherwise, is stale.
func TestDirRebuildsWhenStale(t *testing.T) {
	tests := []struct {
		name   string
		change func(k *knowledge.Knowledge, opts *index.Options)
	}{
		{"passage text", func(k *knowledge.Knowledge, _ *index.Options) { k.Passage("posture").Text += " Sit up straight." }},
		{"section summary", func(k *knowledge.Knowledge, _ *index.Options) { k.Section("benefits").Summary = "Massage helps." }},
		{"synonym", func(k *knowledge.Knowledge, _ *index.Options) { k.Synonyms[0].Terms[1] = "rubdowns" }},
		{"scoring", func(_ *knowledge.Knowledge, o *index.Options) { o.Scoring = index.ScoringTFIDF }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := index.Options{Dir: filepath.Join(t.TempDir(), "index")}
			open(t, mustDefault(t), opts, true)
			k := mustDefault(t)
			tt.change(k, &opts)
			open(t, k, opts, true)
			open(t, k, opts, false)
		})
	}
}

// A damaged index directory is a cache miss: New rebuilds it without an
// error, and the rebuilt index is reused next time.
func TestDirRecoversFromDamage(t *testing.T) {
	zaps := func(t *testing.T, dir string) []string {
		t.Helper()
		fs, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
		if err != nil || len(fs) == 0 {
			t.Fatalf("no segment files in %s/store (%v); has Bleve's layout changed?", dir, err)
		}
		return fs
	}
	write := func(t *testing.T, name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	truncate := func(t *testing.T, name string, size int64) {
		t.Helper()
		if err := os.Truncate(name, size); err != nil {
			t.Fatal(err)
		}
	}
	garbage := []byte("this is not what Bleve wrote\x00\xff")
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"garbage index_meta.json", func(t *testing.T, dir string) { write(t, filepath.Join(dir, "index_meta.json"), garbage) }},
		{"index_meta.json deleted", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "index_meta.json")); err != nil {
				t.Fatal(err)
			}
		}},
		{"root.bolt truncated", func(t *testing.T, dir string) { truncate(t, filepath.Join(dir, "store", "root.bolt"), 100) }},
		{"root.bolt zeroed", func(t *testing.T, dir string) {
			name := filepath.Join(dir, "store", "root.bolt")
			st, err := os.Stat(name)
			if err != nil {
				t.Fatal(err)
			}
			write(t, name, make([]byte, st.Size()))
		}},
		{"segments deleted", func(t *testing.T, dir string) {
			for _, f := range zaps(t, dir) {
				if err := os.Remove(f); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"segments garbage", func(t *testing.T, dir string) {
			for _, f := range zaps(t, dir) {
				write(t, f, garbage)
			}
		}},
		{"segments truncated", func(t *testing.T, dir string) {
			for _, f := range zaps(t, dir) {
				st, err := os.Stat(f)
				if err != nil {
					t.Fatal(err)
				}
				truncate(t, f, st.Size()/2)
			}
		}},
		{"checksums deleted", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "checksums.sha256")); err != nil {
				t.Fatal(err)
			}
		}},
		{"checksums garbage", func(t *testing.T, dir string) { write(t, filepath.Join(dir, "checksums.sha256"), garbage) }},
		{"a file added", func(t *testing.T, dir string) { write(t, filepath.Join(dir, "store", "000000000009.zap"), garbage) }},
		{"store deleted", func(t *testing.T, dir string) {
			if err := os.RemoveAll(filepath.Join(dir, "store")); err != nil {
				t.Fatal(err)
			}
		}},
		{"empty directory", func(t *testing.T, dir string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{"unreadable directory", func(t *testing.T, dir string) {
			if os.Geteuid() == 0 {
				t.Skip("permissions do not apply to root")
			}
			if err := os.Chmod(filepath.Join(dir, "store"), 0); err != nil {
				t.Fatal(err)
			}
			// Wherever the rebuild moved it, make it removable again.
			root := filepath.Dir(dir)
			t.Cleanup(func() {
				filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
					if d != nil && d.IsDir() {
						os.Chmod(p, 0o755)
					}
					return nil
				})
			})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustDefault(t)
			opts := index.Options{Dir: filepath.Join(t.TempDir(), "index")}
			open(t, k, opts, true)
			tt.damage(t, opts.Dir)
			open(t, k, opts, true)
			open(t, k, opts, false)
		})
	}
}

// A directory that is not an index, say a mistyped path to the operator's
// own files, is never deleted to make room for one.
func TestDirRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "articles.yaml")
	if err := os.WriteFile(notes, []byte("article:\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(mustDefault(t), index.Options{Dir: dir})
	if err == nil {
		ix.Close()
		t.Fatalf("index.New(Dir of other files) error = nil; want a refusal")
	}
	if _, serr := os.Stat(notes); serr != nil {
		t.Errorf("index.New(Dir of other files) = %v, and deleted %s: %v", err, notes, serr)
	}
}

// A file where the index directory should be, say a mistyped
// --index-dir articles.yaml, is refused, not replaced.
func TestDirRefusesPlainFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "articles.yaml")
	if err := os.WriteFile(path, []byte("article:\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(mustDefault(t), index.Options{Dir: path})
	if err == nil {
		ix.Close()
		t.Fatalf("index.New(Dir of a plain file) error = nil; want a refusal")
	}
	if b, serr := os.ReadFile(path); serr != nil || string(b) != "article:\n" {
		t.Errorf("index.New(Dir of a plain file) = %v, and the file is gone or changed: %v", err, serr)
	}
}

// An index directory another process (here: another Index) has open is
// shared while it is up to date, and refused, not rebuilt, when it is stale
// or damaged: rebuilding would move it from under a running bot.
func TestDirInUse(t *testing.T) {
	k := mustDefault(t)
	dir := filepath.Join(t.TempDir(), "index")
	first := newIndex(t, k, index.Options{Dir: dir})

	second, err := index.New(k, index.Options{Dir: dir})
	if err != nil {
		t.Fatalf("index.New on an up-to-date directory in use: %v; want it shared", err)
	}
	if second.Rebuilt {
		t.Errorf("index.New on an up-to-date directory in use rebuilt it; want it shared")
	}
	if res := search(t, second, "knots in my back", 1); top(res) != "muscle-relaxation" {
		t.Errorf("the shared index: top = %q; want muscle-relaxation", top(res))
	}
	second.Close()

	tests := []struct {
		name   string
		change func(t *testing.T, k *knowledge.Knowledge)
	}{
		{"stale", func(_ *testing.T, k *knowledge.Knowledge) { k.Passage("posture").Text += " Sit up straight." }},
		{"damaged", func(t *testing.T, _ *knowledge.Knowledge) {
			if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustDefault(t)
			tt.change(t, k)
			ix, err := index.New(k, index.Options{Dir: dir})
			if err == nil {
				ix.Close()
				t.Fatal("index.New on a directory in use succeeded; want a refusal")
			}
			if !strings.Contains(err.Error(), "in use") {
				t.Errorf("index.New on a directory in use = %v; want it to say the directory is in use", err)
			}
			// The first index still works: nothing was moved or deleted.
			if res := search(t, first, "knots in my back", 1); top(res) != "muscle-relaxation" {
				t.Errorf("the running index broke: top = %q", top(res))
			}
		})
	}
}

// snapshot is every file under dir with its content and modification time.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files[p] = fmt.Sprintf("%x %v", sha256.Sum256(b), info.ModTime())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// Reusing an index writes nothing to it: Bleve opened it read-write used
// to rewrite root.bolt at every start.
func TestDirReuseWritesNothing(t *testing.T) {
	k := mustDefault(t)
	opts := index.Options{Dir: filepath.Join(t.TempDir(), "index")}
	open(t, k, opts, true)
	before := snapshot(t, opts.Dir)
	open(t, k, opts, false)
	if diff := cmp.Diff(before, snapshot(t, opts.Dir)); diff != "" {
		t.Errorf("reusing the index changed its files (-before +after):\n%s", diff)
	}
}

// An up-to-date index on a read-only directory (a read-only volume, or
// files of another user) is used as it is.
func TestDirReadOnlyIndexIsUsed(t *testing.T) {
	if os.Geteuid() == 0 {
		// chmod does not stop root from writing; TestDirReuseWritesNothing
		// checks what this test would, that reuse writes nothing.
		t.Skip("running as root, where permissions do not stop writes")
	}
	k := mustDefault(t)
	parent := t.TempDir()
	opts := index.Options{Dir: filepath.Join(parent, "index")}
	open(t, k, opts, true)
	readOnly(t, parent)
	open(t, k, opts, false)
}

// A stale or damaged index on a read-only directory cannot be rebuilt
// there: New says so, and what to change, and leaves it as it was.
func TestDirReadOnlyIndexNeedingABuildSaysWhatToDo(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, where permissions do not stop writes; run the tests as another user to check this")
	}
	tests := []struct {
		name   string
		change func(t *testing.T, k *knowledge.Knowledge, dir string)
		want   string
	}{
		{"stale", func(_ *testing.T, k *knowledge.Knowledge, _ string) { k.Passage("posture").Text += " Sit up straight." }, "is stale"},
		{"damaged", func(t *testing.T, _ *knowledge.Knowledge, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := mustDefault(t)
			parent := t.TempDir()
			dir := filepath.Join(parent, "index")
			open(t, k, index.Options{Dir: dir}, true)
			tt.change(t, k, dir)
			readOnly(t, parent)
			before := snapshot(t, parent)
			ix, err := index.New(k, index.Options{Dir: dir})
			if err == nil {
				ix.Close()
				t.Fatalf("index.New(%s index on a read-only directory) error = nil; want one", tt.name)
			}
			for _, want := range []string{tt.want, "writable", "--index-dir"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("index.New(%s index on a read-only directory) = %v; want it to say %q", tt.name, err, want)
				}
			}
			if diff := cmp.Diff(before, snapshot(t, parent)); diff != "" {
				t.Errorf("index.New changed the read-only directory (-before +after):\n%s", diff)
			}
		})
	}
}

// readOnly takes write permission away from everything under root, and
// gives it back when the test ends.
func readOnly(t *testing.T, root string) {
	t.Helper()
	chmodAll := func(dirMode, fileMode fs.FileMode) {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return os.Chmod(p, dirMode)
			}
			return os.Chmod(p, fileMode)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// WalkDir reads a directory after visiting it, which 0o555 allows.
	chmodAll(0o555, 0o444)
	t.Cleanup(func() { chmodAll(0o755, 0o644) })
}

// A symlinked index directory (the index on another disk, say) is used
// through the link, and rebuilt where the link points, the link kept.
func TestDirSymlink(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, target string) // makes what the link points to
		rebuilt bool
	}{
		{"to an empty directory", func(t *testing.T, target string) {
			if err := os.Mkdir(target, 0o755); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"to nothing yet", func(*testing.T, string) {}, true},
		{"to an index", func(t *testing.T, target string) {
			open(t, mustDefault(t), index.Options{Dir: target}, true)
		}, false},
		{"to a damaged index", func(t *testing.T, target string) {
			open(t, mustDefault(t), index.Options{Dir: target}, true)
			if err := os.WriteFile(filepath.Join(target, "index_meta.json"), []byte("{"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			target := filepath.Join(root, "disk", "index")
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			tt.prepare(t, target)
			link := filepath.Join(root, "index")
			if err := os.Symlink(filepath.Join("disk", "index"), link); err != nil {
				t.Fatal(err)
			}
			k := mustDefault(t)
			open(t, k, index.Options{Dir: link}, tt.rebuilt)
			open(t, k, index.Options{Dir: link}, false)
			if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("%s after index.New: %v, %v; want the symlink kept", link, st, err)
			}
			if _, err := os.Stat(filepath.Join(target, "index_meta.json")); err != nil {
				t.Errorf("no index where the link points: %v", err)
			}
		})
	}
}
