package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
)

func lastLine(s string) string { return s[strings.LastIndex(s, "\r\x1b[K")+len("\r\x1b[K"):] }

func TestProgressRedrawsAtMostEveryInterval(t *testing.T) {
	var out bytes.Buffer
	clock := fakeclock.At(time.Unix(1e9, 0))
	p := newProgressOn(&out, clock.Now)
	index, model := p.Task("building the index"), p.Task("training the question model")
	index(1, 4)
	if got := lastLine(out.String()); got != "building the index 25%" {
		t.Errorf("first report drew %q, want %q", got, "building the index 25%")
	}
	drawn := out.Len()
	index(2, 4)
	model(5, 10)
	if out.Len() != drawn {
		t.Errorf("reports within %v of the last redraw drew %q; want nothing", progressInterval, out.String()[drawn:])
	}
	clock.Add(progressInterval)
	model(6, 10)
	if got, want := lastLine(out.String()), "building the index 50% · training the question model 60%"; got != want {
		t.Errorf("after %v the line is %q, want %q", progressInterval, got, want)
	}
	clock.Add(progressInterval)
	index(4, 4) // finished: it leaves the line
	if got, want := lastLine(out.String()), "training the question model 60%"; got != want {
		t.Errorf("with the index built the line is %q, want %q", got, want)
	}
	p.Done()
	if !strings.HasSuffix(out.String(), "\r\x1b[K") {
		t.Errorf("Done left %q on the line; want it erased", lastLine(out.String()))
	}
}

// Output that is not a terminal gets no progress at all.
func TestProgressQuietWhenNotATerminal(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out, nil)
	if f := p.Task("building the index"); f != nil {
		t.Error("Task on a buffer returned a callback; want nil (nothing to report)")
	}
	p.Done()
	if out.Len() != 0 {
		t.Errorf("progress on a buffer wrote %q; want nothing", out.String())
	}
}
