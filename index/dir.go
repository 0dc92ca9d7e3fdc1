package index

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
	bbolterrors "go.etcd.io/bbolt/errors"
)

// openOrBuild reuses the index in dir if its fingerprint matches and builds
// it anew otherwise, or when it cannot be opened for any reason: a corrupt
// or unreadable index is a cache miss, not a crash.
//
// A reused index is first checked against the checksums written after its
// build, then opened read-only: nothing is ever written to it after its
// build, so its checksums stay true, it can sit on a read-only volume, and
// several processes can share it.
func (ix *Index) openOrBuild(dir, fp string, syn synonymSet, log *slog.Logger) error {
	dir, err := resolve(dir)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	bi, err := openVerified(dir)
	var why string // for the operator, if the build fails
	switch {
	case err == nil:
		if got, gerr := bi.GetInternal([]byte(internalKey)); gerr == nil && string(got) == fp {
			ix.bi = bi
			return nil
		}
		why = "is stale (the knowledge or --scoring changed)"
		log.Info("index on disk is stale, rebuilding", "dir", dir)
		_ = bi.Close()
	case inUse(err):
		return errInUse(dir)
	case errors.Is(err, errNoIndex):
		why = "holds no index yet"
	default:
		why = "is damaged or unreadable"
		log.Warn("index on disk is damaged or unreadable, rebuilding", "dir", dir, "err", err)
	}
	if !replaceable(dir) {
		return fmt.Errorf("index: %s holds files that are not a search index; refusing to replace it (choose an empty or new directory)", dir)
	}
	// An open that panicked left bolt's lock held by this process, and any
	// other process opening this index would have panicked too: nobody else
	// can be using it.
	if !errors.Is(err, errPanicked) && lockedElsewhere(dir) {
		return errInUse(dir)
	}
	if err := ix.rebuild(dir, fp, syn, log); err != nil {
		return buildError(dir, why, err)
	}
	return nil
}

// buildError says why the index in dir needed building, what failed, and,
// when it is a permission or a read-only file system, what to change.
func buildError(dir, why string, err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return fmt.Errorf("index: %s %s, and a new one cannot be built there: %w; make %s and %s writable, or delete it, or run without --index-dir to keep the index in memory",
			dir, why, err, dir, filepath.Dir(dir))
	}
	return fmt.Errorf("index: %s %s, and building a new one failed: %w", dir, why, err)
}

// rebuild builds the index next to dir and renames it into place, so a
// crash part-way leaves either the old index or none, never half of one.
func (ix *Index) rebuild(dir, fp string, syn synonymSet, log *slog.Logger) error {
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".index-build-")
	if err != nil {
		return err
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			log.Warn("cannot remove the old index; delete it by hand", "dir", tmp, "err", err)
		}
	}()
	path := filepath.Join(tmp, "index")
	bi, err := bleve.New(path, ix.m)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	ix.bi = bi
	if err := ix.fill(syn); err != nil {
		bi.Close()
		return fmt.Errorf("build: %w", err)
	}
	for _, name := range sortedKeys(ix.attach) {
		b, err := ix.attach[name]()
		if err == nil {
			err = bi.SetInternal([]byte(attachedPrefix+name), b)
		}
		if err != nil {
			bi.Close()
			return fmt.Errorf("build: %s: %w", name, err)
		}
	}
	// The fingerprint goes in last: an index without it is stale.
	if err := bi.SetInternal([]byte(internalKey), []byte(fp)); err != nil {
		bi.Close()
		return fmt.Errorf("build: %w", err)
	}
	if err := bi.Close(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if err := writeChecksums(path); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	// The old one is moved aside, not deleted in place: a directory we may
	// rename but not empty (unreadable, or another user's files inside)
	// must not stop the new index from taking its place.
	if err := os.Rename(dir, filepath.Join(tmp, "old")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("replace: %w", err)
	}
	if err := os.Rename(path, dir); err != nil {
		return fmt.Errorf("replace: %w", err)
	}
	bi, err = openDir(dir)
	if err != nil {
		return fmt.Errorf("open the new index: %w", err)
	}
	ix.bi = bi
	ix.Rebuilt = true
	return nil
}

// resolve returns the path a symlinked index directory points to, even one
// that does not exist yet, so that the index is read, built and replaced
// there and the link, the operator's choice of where it lives, is kept.
// Any other path is returned as it is.
func resolve(dir string) (string, error) {
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		return real, nil
	}
	target, lerr := os.Readlink(dir)
	if lerr != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return dir, nil // nothing there yet: the build makes it
		}
		return "", err
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(dir), target)
	}
	return target, nil
}

// errNoIndex marks an index directory that is missing or empty.
var errNoIndex = errors.New("no index")

// openVerified opens the index in dir if its files are those its build
// wrote: damage is found before Bleve reads a byte of it.
func openVerified(dir string) (bleve.Index, error) {
	if entries, err := os.ReadDir(dir); errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil, errNoIndex
	}
	if err := verifyChecksums(dir); err != nil {
		return nil, err
	}
	return openDir(dir)
}

// errPanicked marks an open that panicked inside Bleve or bbolt.
var errPanicked = errors.New("panic in the search engine")

// openDir opens the Bleve index in dir, read-only. bbolt and Bleve's
// segment readers trust the bytes on disk, and some damage (root.bolt
// truncated, a page of garbage) makes them panic rather than fail: that
// comes back as an error wrapping errPanicked, so that the caller treats it
// like any damage and rebuilds. What the panicking open had acquired (a
// file, its mapping, bolt's lock on it) is not released; it belongs to the
// damaged file the rebuild moves aside.
//
// bbolt maps root.bolt into memory, and reading a page past the end of a
// truncated file is a fault (SIGBUS), which Go makes a fatal error unless
// the goroutine asked for a panic instead.
func openDir(dir string) (bi bleve.Index, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("open %s: %w: %v", dir, errPanicked, r)
		}
	}()
	return bleve.OpenUsing(dir, map[string]interface{}{"read_only": true, "bolt_timeout": lockWait.String()})
}

// lockWait is how long an open waits for another process's lock on
// root.bolt before it calls the index in use: long enough for a starting
// process to finish its own open, short enough not to stall a start.
const lockWait = 2 * time.Second

func errInUse(dir string) error {
	return fmt.Errorf("index: %s is in use by another backpainbot process; give this one its own --index-dir, or none", dir)
}

// lockedElsewhere reports whether another process has the index in dir
// open, which it is when bolt cannot take root.bolt's lock for itself
// alone: readers hold it shared. Rebuilding would pull the index from
// under a running bot.
func lockedElsewhere(dir string) (locked bool) {
	name := filepath.Join(dir, "store", "root.bolt")
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true)) // see openDir
	defer func() {
		if recover() != nil {
			locked = false // damaged past the lock, which was taken: nobody else holds it
		}
	}()
	db, err := bolt.Open(name, 0o600, &bolt.Options{
		Timeout: lockWait,
		// Never create root.bolt where there is none.
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			return os.OpenFile(name, flag&^os.O_CREATE, perm)
		},
	})
	if err != nil {
		return inUse(err)
	}
	_ = db.Close()
	return false
}

// inUse reports whether opening failed on another process's lock: bolt
// gives up waiting with its timeout error.
func inUse(err error) bool {
	return errors.Is(err, bbolterrors.ErrTimeout)
}

// replaceable reports whether dir may give way to a new index: it is
// missing, not a directory, empty, or has what a build writes
// (index_meta.json, store or checksumFile). Any other directory is
// someone's files, and a mistyped index directory must not delete them.
func replaceable(dir string) bool {
	if st, err := os.Lstat(dir); err == nil && !st.IsDir() {
		return false // a file, say a mistyped --index-dir knowledge.yaml: never deleted
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true // missing or unreadable: moved aside whole
	}
	if len(entries) == 0 {
		return true
	}
	for _, e := range entries {
		if e.Name() == "index_meta.json" || e.Name() == "store" || e.Name() == checksumFile {
			return true
		}
	}
	return false
}
