package index_test

import (
	"testing"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// New reports its work on every passage (read for the vocabulary, then
// indexed) and ends at its total, also when it reuses an index on disk.
func TestNewReportsProgress(t *testing.T) {
	dir := t.TempDir()
	writeSynthetic(t, dir, 2, 3, 100) // 600 passages: several reports
	k, err := knowledge.LoadPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	total := 2 * len(k.Passages())
	for _, tt := range []struct {
		name string
		dir  string
	}{{"in memory", ""}, {"built on disk", t.TempDir()}} {
		var reports [][2]int
		opts := index.Options{Dir: tt.dir, Progress: func(done, total int) { reports = append(reports, [2]int{done, total}) }}
		ix, err := index.New(k, opts)
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if len(reports) < 3 || reports[len(reports)-1] != [2]int{total, total} {
			t.Errorf("%s: New reported %v; want several reports ending at %d of %d", tt.name, reports, total, total)
		}
		for i := 1; i < len(reports); i++ {
			if reports[i][0] < reports[i-1][0] {
				t.Errorf("%s: progress went back from %d to %d", tt.name, reports[i-1][0], reports[i][0])
			}
		}
		if tt.dir == "" {
			continue
		}
		reports = nil
		if ix, err = index.New(k, opts); err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if ix.Rebuilt || len(reports) == 0 || reports[len(reports)-1] != [2]int{total, total} {
			t.Errorf("reusing the index on disk (rebuilt %v) reported %v; want it to end at %d of %d", ix.Rebuilt, reports, total, total)
		}
	}
}
