package index

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	bbolterrors "go.etcd.io/bbolt/errors"
)

// openOrBuild reuses the index in dir if its fingerprint matches and builds
// it anew otherwise, or when it cannot be opened for any reason: a corrupt
// or unreadable index is a cache miss, not a crash.
func (ix *Index) openOrBuild(dir, fp string, syn synonymSet, log *slog.Logger) error {
	if bi, err := openDir(dir); err == nil {
		got, gerr := bi.GetInternal([]byte(internalKey))
		if gerr == nil && string(got) == fp {
			ix.bi = bi
			return nil
		}
		log.Info("index on disk is stale, rebuilding", "dir", dir)
		_ = bi.Close()
	} else if inUse(err) {
		// Another process has it open (bolt's file lock): rebuilding would
		// pull the index from under a running bot.
		return fmt.Errorf("index: %s is in use by another backpainbot process; give this one its own --index-dir, or none", dir)
	} else if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		log.Warn("index on disk cannot be opened, rebuilding", "dir", dir, "err", err)
	}
	if !replaceable(dir) {
		return fmt.Errorf("index: %s holds files that are not a search index; refusing to replace it (choose an empty or new directory)", dir)
	}
	// Build next to the target and rename into place, so a crash part-way
	// leaves either the old index or none, never half of one.
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".index-build-")
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			log.Warn("cannot remove the old index; delete it by hand", "dir", tmp, "err", err)
		}
	}()
	path := filepath.Join(tmp, "index")
	bi, err := bleve.New(path, ix.m)
	if err != nil {
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	ix.bi = bi
	if err := ix.fill(syn); err != nil {
		bi.Close()
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	// The fingerprint goes in last: an index without it is stale.
	if err := bi.SetInternal([]byte(internalKey), []byte(fp)); err != nil {
		bi.Close()
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	if err := bi.Close(); err != nil {
		return fmt.Errorf("index: build %s: %w", dir, err)
	}
	// The old one is moved aside, not deleted in place: a directory we may
	// rename but not empty (unreadable, or another user's files inside)
	// must not stop the new index from taking its place.
	if err := os.Rename(dir, filepath.Join(tmp, "old")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: replace %s: %w", dir, err)
	}
	if err := os.Rename(path, dir); err != nil {
		return fmt.Errorf("index: replace %s: %w", dir, err)
	}
	bi, err = openDir(dir)
	if err != nil {
		return fmt.Errorf("index: open %s: %w", dir, err)
	}
	ix.bi = bi
	ix.Rebuilt = true
	return nil
}

// openDir opens the Bleve index in dir. bbolt and Bleve's segment readers
// trust the bytes on disk, and some damage (root.bolt truncated, a page of
// garbage) makes them panic rather than fail: that comes back as an error
// here, so that the caller treats it like any damage and rebuilds. What the
// panicking open had acquired (a file, its mapping, bolt's lock on it) is
// not released; it belongs to the damaged file the rebuild moves aside.
func openDir(dir string) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("open %s: panic in the search engine: %v", dir, r)
		}
	}()
	return bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": "2s"})
}

// inUse reports whether opening failed on another process's lock: bolt
// gives up waiting with its timeout error.
func inUse(err error) bool {
	return errors.Is(err, bbolterrors.ErrTimeout)
}

// replaceable reports whether dir may give way to a new index: it is
// missing, not a directory, empty, or has what Bleve writes (index_meta.json
// or store). Any other directory is someone's files, and a mistyped index
// directory must not delete them.
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
		if e.Name() == "index_meta.json" || e.Name() == "store" {
			return true
		}
	}
	return false
}
