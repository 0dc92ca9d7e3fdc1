package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"golang.org/x/term"

	"github.com/backpainbot/backpainbot/bot"
)

// lineEditor reads the lines typed at a terminal with editing (arrows,
// Home/End, Ctrl-A/E/K/U/W) and a history (up and down) through
// golang.org/x/term. The terminal is raw only while a line is read, so
// that replies and logs print as usual in between; Ctrl-C or Ctrl-D at
// the prompt ends the session. Close restores the terminal when the
// session ends while a line is being typed (SIGTERM).
type lineEditor struct {
	in, out *os.File
	t       *term.Terminal
	mu      sync.Mutex
	cooked  *term.State // the state to restore, while the terminal is raw
}

// editorPrompt is the prompt of the line editor.
const editorPrompt = "> "

// newLineEditor returns a line editor for in and out, or nil when either
// is not a terminal.
func newLineEditor(in io.Reader, out io.Writer) *lineEditor {
	fin, ok1 := in.(*os.File)
	fout, ok2 := out.(*os.File)
	if !ok1 || !ok2 || !term.IsTerminal(int(fin.Fd())) || !term.IsTerminal(int(fout.Fd())) {
		return nil
	}
	return &lineEditor{in: fin, out: fout, t: term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{fin, fout}, editorPrompt)}
}

// ReadLine reads one line, after a blank line that sets it apart from
// the reply before.
func (e *lineEditor) ReadLine() (string, error) {
	fmt.Fprintln(e.out)
	if w, h, err := term.GetSize(int(e.out.Fd())); err == nil && w > 0 && h > 0 {
		e.t.SetSize(w, h) // long lines wrap where the window does, resized or not
	}
	cooked, err := term.MakeRaw(int(e.in.Fd()))
	if err != nil {
		return "", fmt.Errorf("terminal: %w", err)
	}
	e.mu.Lock()
	e.cooked = cooked
	e.mu.Unlock()
	line, err := e.t.ReadLine()
	e.Close()
	if errors.Is(err, term.ErrPasteIndicator) {
		err = nil // pasted text is a line like any other
	}
	if errors.Is(err, io.EOF) {
		fmt.Fprintln(e.out) // the shell's prompt on a line of its own
	}
	return line, err
}

// Close restores the terminal if a read left it raw.
func (e *lineEditor) Close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.cooked != nil {
		term.Restore(int(e.in.Fd()), e.cooked)
		e.cooked = nil
	}
}

// terminalInput is how the interactive mode reads: a line editor when
// stdin and stdout are a terminal; else lines as they come, with a prompt
// when stdin is a terminal all the same. close ends the line editor.
func terminalInput(env Env) (lines bot.LineReader, prompt string, close func()) {
	if env.StdinIsTerminal {
		if e := newLineEditor(env.Stdin, env.Stdout); e != nil {
			return e, "", e.Close
		}
		return bot.ReadLines(env.Stdin), "\n" + editorPrompt, func() {}
	}
	return bot.ReadLines(env.Stdin), "", func() {}
}

// replyStyle is how replies are shown on w: for a terminal (in colour,
// unless NO_COLOR is set or TERM is dumb) when w is one, else exactly as
// the bot posts them.
func replyStyle(env Env, w io.Writer) bot.Style {
	switch {
	case !isTerminal(w):
		return bot.StyleMarkdown
	case env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb":
		return bot.StylePlain
	}
	return bot.StyleANSI
}
