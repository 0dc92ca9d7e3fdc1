package index

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// New checks an index's checksums before Bleve reads it, so damage no
// longer reaches openDir through New; openDir's own guard, for a file
// damaged in a way its checksum cannot show (a Bleve bug, say), is tested
// here on the damage that made bbolt panic and fault.
func TestOpenDirRecoversFromPanicsAndFaults(t *testing.T) {
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{32 << 10, 40 << 10} {
		dir := filepath.Join(t.TempDir(), "index")
		ix, err := New(k, Options{Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(filepath.Join(dir, "store", "root.bolt"), size); err != nil {
			t.Fatal(err)
		}
		bi, err := openDir(dir)
		if err == nil {
			bi.Close()
			t.Errorf("openDir(root.bolt truncated to %d) = nil error; want one", size)
		} else if !errors.Is(err, errPanicked) {
			t.Logf("openDir(root.bolt truncated to %d) = %v: an error, not a panic", size, err)
		}
	}
}

// buildError's advice, checked where the permission test cannot run (as
// root, chmod stops nothing).
func TestBuildErrorSaysWhatToChange(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"permission", &os.PathError{Op: "mkdir", Path: "/srv/.index-build-1", Err: syscall.EACCES}, []string{"is stale", "permission denied", "make /srv/index and /srv writable", "--index-dir"}},
		{"read-only file system", &os.PathError{Op: "mkdir", Path: "/srv/.index-build-1", Err: syscall.EROFS}, []string{"is stale", "make /srv/index and /srv writable"}},
		{"other", errors.New("disk full"), []string{"is stale", "building a new one failed: disk full"}},
	}
	for _, tt := range tests {
		got := buildError("/srv/index", "is stale", tt.err).Error()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("buildError(%s) = %q; want it to contain %q", tt.name, got, w)
			}
		}
		if !errors.Is(buildError("/srv/index", "is stale", tt.err), tt.err) {
			t.Errorf("buildError(%s) does not wrap %v", tt.name, tt.err)
		}
	}
}
