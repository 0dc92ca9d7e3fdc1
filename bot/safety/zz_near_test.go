package safety

import (
	"os"
	"strings"
	"testing"
)

func TestZZNear(t *testing.T) {
	s := productSafety(t)
	d := s.Detector()
	for _, text := range strings.Split(os.Getenv("ZZ"), "|") {
		f := d.Read(text)
		t.Logf("=== %q -> %s p=%.2f", text, f.Level, f.P)
		sims := d.near.Similar(d.near.Query(text))
		for _, i := range sims.Top(8) {
			if i < len(d.example) {
				e := d.example[i]
				t.Logf("   %s/%s %q", e.Level, e.Flag, (e.Previous + " // " + e.Text)[:min(160, len(e.Previous)+4+len(e.Text))])
			}
		}
	}
}
