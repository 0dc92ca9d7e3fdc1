package index

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checksumFile lists the SHA-256 of every file of an index directory,
// written after a build in sha256sum's format, so that an operator can
// check an index by hand: cd DIR && sha256sum -c checksums.sha256.
//
// Bleve does not check what it reads back: an 8-byte overwrite in a
// segment silently changed answers, or turned them into errors, at every
// start. A reused index is verified against this file first, and rebuilt
// on any difference.
const checksumFile = "checksums.sha256"

// errChecksum marks an index whose files are not those it was built with.
var errChecksum = errors.New("checksum mismatch")

// writeChecksums records the SHA-256 of every file under dir in
// dir/checksumFile.
func writeChecksums(dir string) error {
	sums, err := hashTree(dir)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, name := range sortedKeys(sums) {
		fmt.Fprintf(&b, "%s  %s\n", sums[name], name)
	}
	if err := os.WriteFile(filepath.Join(dir, checksumFile), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write checksums: %w", err)
	}
	return nil
}

// verifyChecksums checks that the files under dir are exactly those that
// writeChecksums recorded, byte for byte: none changed, none missing, none
// added.
func verifyChecksums(dir string) error {
	b, err := os.ReadFile(filepath.Join(dir, checksumFile))
	if err != nil {
		return fmt.Errorf("read checksums: %w", err)
	}
	want, err := parseChecksums(b)
	if err != nil {
		return err
	}
	got, err := hashTree(dir)
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(want) {
		if sum, ok := got[name]; !ok {
			return fmt.Errorf("%w: %s is missing", errChecksum, name)
		} else if sum != want[name] {
			return fmt.Errorf("%w: %s has changed since the build", errChecksum, name)
		}
	}
	for _, name := range sortedKeys(got) {
		if _, ok := want[name]; !ok {
			return fmt.Errorf("%w: %s was not there after the build", errChecksum, name)
		}
	}
	return nil
}

// parseChecksums reads the lines writeChecksums writes: a SHA-256 in hex,
// two spaces, a slash-separated path.
func parseChecksums(b []byte) (map[string]string, error) {
	sums := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if _, err := hex.DecodeString(sum); !ok || err != nil || len(sum) != 2*sha256.Size || name == "" {
			return nil, fmt.Errorf("%w: %s line %d is not a checksum", errChecksum, checksumFile, n)
		}
		sums[name] = sum
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read checksums: %w", err)
	}
	if len(sums) == 0 {
		return nil, fmt.Errorf("%w: %s is empty", errChecksum, checksumFile)
	}
	return sums, nil
}

// hashTree returns the SHA-256 in hex of every file under dir but
// checksumFile, by slash-separated path relative to dir. Anything but
// files and directories is an error: Bleve writes nothing else.
func hashTree(dir string) (map[string]string, error) {
	sums := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == checksumFile {
			return nil
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%w: %s is not a regular file", errChecksum, rel)
		}
		sum, err := hashFile(p)
		if err != nil {
			return err
		}
		sums[rel] = sum
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("checksums of %s: %w", dir, err)
	}
	return sums, nil
}

func hashFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
