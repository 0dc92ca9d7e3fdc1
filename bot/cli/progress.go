package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progressInterval is the least time between two redraws of the progress
// line: often enough to look alive, rarely enough to cost nothing and not
// to flicker.
const progressInterval = 250 * time.Millisecond

// progress shows how far long work has got, on one line of a terminal
// redrawn in place ("building the index 45% · training the question model
// 12%"), at most every progressInterval, and cleared by Done. A nil
// *progress shows nothing, which is what newProgress returns when the
// output is not a terminal: logs and pipes stay clean. Safe for concurrent
// use; the domain packages only ever see a task's func(done, total int).
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	now   func() time.Time
	last  time.Time // of the last redraw
	tasks []*progressTask
	shown bool // a line is on the screen
}

type progressTask struct {
	label       string
	reported    bool
	done, total int
}

// newProgress returns a progress line on w when w is a terminal, else nil.
func newProgress(w io.Writer, now func() time.Time) *progress {
	if !isTerminal(w) {
		return nil
	}
	return newProgressOn(w, now)
}

// newProgressOn returns a progress line on w, terminal or not.
func newProgressOn(w io.Writer, now func() time.Time) *progress {
	if now == nil {
		now = time.Now
	}
	return &progress{w: w, now: now}
}

// Task returns the callback that reports one piece of work, shown under
// label, or nil on a nil progress (the domain packages take a nil
// callback as "report nothing").
func (p *progress) Task(label string) func(done, total int) {
	if p == nil {
		return nil
	}
	t := &progressTask{label: label}
	p.mu.Lock()
	p.tasks = append(p.tasks, t)
	p.mu.Unlock()
	return func(done, total int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		t.done, t.total, t.reported = done, total, true
		if now := p.now(); now.Sub(p.last) >= progressInterval {
			p.last = now
			p.draw()
		}
	}
}

// Done clears the line; later reports draw a new one.
func (p *progress) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tasks = nil
	p.clear()
}

// Writer returns w such that a write first erases the progress line: a log
// line written during long work starts on a line of its own, and the next
// report draws the progress again.
func (p *progress) Writer(w io.Writer) io.Writer {
	if p == nil {
		return w
	}
	return progressWriter{p, w}
}

type progressWriter struct {
	p *progress
	w io.Writer
}

func (pw progressWriter) Write(b []byte) (int, error) {
	pw.p.mu.Lock()
	defer pw.p.mu.Unlock()
	pw.p.clear()
	return pw.w.Write(b)
}

// draw replaces the line with the unfinished tasks.
func (p *progress) draw() {
	var parts []string
	for _, t := range p.tasks {
		switch {
		case !t.reported, t.total > 0 && t.done >= t.total:
			continue // not started, or finished: room for the others
		case t.total > 0:
			parts = append(parts, fmt.Sprintf("%s %d%%", t.label, 100*t.done/t.total))
		default:
			parts = append(parts, t.label+"…")
		}
	}
	if len(parts) == 0 {
		p.clear()
		return
	}
	// \r\x1b[K: back to the start of the line and erase it.
	fmt.Fprint(p.w, "\r\x1b[K"+strings.Join(parts, " · "))
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && StdinIsTerminal(f)
}
