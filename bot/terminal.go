package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The terminal front end: the same answering code and the same rendered
// text as on Discord, printed instead of posted.

// JSONReply is one line of `ask --json` output. The fields always appear
// (empty when they don't apply) except level, reason and suggestions.
type JSONReply struct {
	Kind       knowledge.Kind `json:"kind"`
	Passage    string         `json:"passage"`
	Title      string         `json:"title"`
	Section    string         `json:"section"`
	Article    string         `json:"article"`
	Confidence string         `json:"confidence"`
	Level      string         `json:"level,omitempty"`
	Reason     string         `json:"reason,omitempty"`
	// Why is what an urgent or crisis reply rests on: "rule bladder", or
	// the learned detector's level and probability with its nearest
	// training example; and for the warning signs, when the detector chose
	// them or overruled a rule's red flag.
	Why string `json:"why,omitempty"`
	// Suggestions are the passages an ambiguous question may mean, offered
	// by an abstain reply ("Did you mean ...?"), in the order shown.
	Suggestions []JSONSuggestion `json:"suggestions,omitempty"`
	Text        string           `json:"text"`
	Disclaimer  string           `json:"disclaimer"`
}

// JSONSuggestion is a passage an abstain reply offers: its id (what a
// button or Answerer.Passage takes) and its title.
type JSONSuggestion struct {
	Passage string `json:"passage"`
	Title   string `json:"title"`
}

// NewJSONReply describes a reply and its rendering for machines.
func NewJSONReply(r knowledge.Reply) JSONReply {
	m := Render(r)
	j := JSONReply{Kind: r.Kind, Confidence: r.Confidence, Level: r.Level, Reason: r.Reason, Why: r.Basis, Text: m.Content, Disclaimer: m.Footer}
	if p := r.Passage; p != nil {
		j.Passage, j.Title, j.Section, j.Article = p.Text, p.Title, p.Section.Title, p.Section.Article.Title
	}
	if m.Choices { // only what the text offers: a notice replaces suggestions
		for _, p := range r.Suggestions {
			j.Suggestions = append(j.Suggestions, JSONSuggestion{Passage: p.ID, Title: p.Title})
		}
	}
	return j
}

// AskJSON answers every line of in (an empty line too, so output lines
// always match input lines) with one JSON object per line, flushed after
// each. Lines of any length are read; past MaxInputBytes they are cut.
func (a *Answerer) AskJSON(ctx context.Context, in io.Reader, out io.Writer) error {
	br := bufio.NewReaderSize(in, 64<<10)
	bw := bufio.NewWriter(out)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for {
		line, ok, err := readLine(br)
		if !ok {
			return bw.Flush()
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("ask: read: %w", err)
		}
		if ctx.Err() != nil {
			bw.Flush()
			return ctx.Err()
		}
		if e := enc.Encode(NewJSONReply(a.Answer(ctx, Question{Text: line}))); e != nil {
			return fmt.Errorf("ask: write: %w", e)
		}
		if e := bw.Flush(); e != nil {
			return fmt.Errorf("ask: write: %w", e)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads one line, keeping at most MaxInputBytes of it and
// discarding the rest, so a huge line costs no more memory than a long one.
// ok is false only at the end of input with nothing left to read; a last
// line without a newline, or holding only "\r", is still a line.
func readLine(br *bufio.Reader) (line string, ok bool, err error) {
	var b []byte
	read := false
	for {
		chunk, err := br.ReadSlice('\n')
		read = read || len(chunk) > 0
		if len(b) < MaxInputBytes {
			b = append(b, chunk[:min(len(chunk), MaxInputBytes-len(b))]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		s := strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
		if errors.Is(err, io.EOF) {
			return s, read, io.EOF
		}
		return s, true, err
	}
}

// LineReader reads what the person at the terminal types, a line at a
// time; io.EOF ends the session.
type LineReader interface {
	ReadLine() (string, error)
}

// ReadLines reads the lines of r, each cut at MaxInputBytes: the input of
// a pipe or a file, or of a terminal without a line editor.
func ReadLines(r io.Reader) LineReader { return plainLines{bufio.NewReaderSize(r, 64<<10)} }

type plainLines struct{ br *bufio.Reader }

func (p plainLines) ReadLine() (string, error) {
	line, ok, err := readLine(p.br)
	if ok && errors.Is(err, io.EOF) {
		err = nil // the last line, without a newline: EOF comes next
	}
	return line, err
}

// Terminal is what the interactive front end reads and writes.
type Terminal struct {
	Lines LineReader // what is typed; a line editor shows its own prompt
	Out   io.Writer
	// Prompt is written before each line is read, when Lines shows none
	// but a person types (stdin is a terminal without a line editor).
	Prompt string
	Style  Style // how replies are shown
	Now    func() time.Time
}

// Interactive reads questions from t.Lines and prints each reply as the
// bot would post it (in t.Style), until EOF, "quit" or ctx is done. An
// empty line does nothing; /topics, /topic NAME and /help work as on
// Discord; another /command says it is unknown and lists them. A reply
// offering choices ("Did you mean ...?") numbers them, where Discord
// shows buttons; a bare number then shows that passage, as a click would,
// until anything else is typed. a is an *Answerer, or a *live.Answerer,
// which a reload of the knowledge swaps under the terminal.
func Interactive(ctx context.Context, a Asker, t Terminal) error {
	return interactive(ctx, a, t)
}

// Asker is what the terminal needs of an Answerer; a test stands in for
// the question model with a fake, since which questions the model finds
// ambiguous changes whenever it is retrained.
type Asker interface {
	Answer(ctx context.Context, q Question) knowledge.Reply
	Remember(text string) Memory
	Passage(id string) knowledge.Reply
	Topics() knowledge.Reply
	Topic(name string) knowledge.Reply
	Help() knowledge.Reply
	Notice(kind knowledge.Kind, text string) knowledge.Reply
}

// terminalCommands are the terminal's commands, for the reply to one it
// does not know.
const terminalCommands = "The commands are /topics, /topic NAME, /help, and quit to leave; anything else is a question."

func interactive(ctx context.Context, a Asker, t Terminal) error {
	if t.Now == nil {
		t.Now = time.Now
	}
	ctx, stop := context.WithCancel(ctx) // the reader stops with the session
	defer stop()
	next := readLines(ctx, t.Lines)
	var prev Memory
	var prevAt time.Time
	var choices []Button // the last reply's choices, while a number picks one
	show := func(r knowledge.Reply) Message {
		m := Render(r)
		fmt.Fprintln(t.Out, t.Style.Show(m))
		return m
	}
	for {
		fmt.Fprint(t.Out, t.Prompt)
		var in typed
		select {
		case <-ctx.Done():
			fmt.Fprintln(t.Out)
			return nil
		case in = <-next():
		}
		if in.err != nil {
			if t.Prompt != "" {
				fmt.Fprintln(t.Out)
			}
			if errors.Is(in.err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read: %w", in.err)
		}
		line := in.line
		if n, ok := choice(line, len(choices)); ok {
			show(a.Passage(choices[n-1].PassageID))
			continue
		}
		cmd, name, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd = strings.ToLower(cmd); {
		case cmd == "":
			continue // an empty line: nothing asked, and the choices stay
		case name == "" && (cmd == "quit" || cmd == "exit" || cmd == "/quit" || cmd == "/exit"):
			return nil
		case cmd == "/topics":
			show(a.Topics())
		case cmd == "/topic":
			show(a.Topic(name))
		case cmd == "/help":
			show(a.Help())
		case isCommand(cmd):
			show(a.Notice(knowledge.KindError, fmt.Sprintf("I don't know the command %s. %s", cmd, terminalCommands)))
		default:
			q := Question{Text: line}
			if now := t.Now(); !prevAt.IsZero() && now.Sub(prevAt) < session.ContextWindow {
				q.Previous = prev
			}
			m := show(a.Answer(ctx, q))
			choices = nil
			if m.Choices && len(m.Related) > 0 {
				choices = m.Related
				fmt.Fprintln(t.Out)
				for i, b := range choices {
					fmt.Fprintf(t.Out, "%d. %s\n", i+1, b.Label)
				}
				fmt.Fprintln(t.Out, "Type a number to read one, or ask something else.")
			}
			prev, prevAt = a.Remember(line), t.Now()
			continue
		}
		choices = nil
	}
}

// typed is a line read, or why none was.
type typed struct {
	line string
	err  error
}

// readLines reads lines on a goroutine of its own, one each time next is
// called, so that the session ends when ctx is done even while a read
// waits, and a line editor shows its prompt only once the reply before it
// is printed.
func readLines(ctx context.Context, lines LineReader) (next func() <-chan typed) {
	want := make(chan struct{})
	got := make(chan typed, 1)
	go func() {
		for {
			select {
			case <-want:
			case <-ctx.Done():
				return
			}
			line, err := lines.ReadLine()
			got <- typed{line, err}
			if err != nil {
				return
			}
		}
	}()
	return func() <-chan typed {
		select {
		case want <- struct{}{}:
		case <-ctx.Done(): // the reader has stopped; the caller sees ctx too
		}
		return got
	}
}

// isCommand reports whether word is a /command: a slash and letters.
func isCommand(word string) bool {
	if len(word) < 2 || word[0] != '/' {
		return false
	}
	for _, r := range word[1:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// choice reads line as the number of one of n choices: "2", " 2 " or "2.".
func choice(line string, n int) (int, bool) {
	if n == 0 {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(line), "."))
	if err != nil || i < 1 || i > n {
		return 0, false
	}
	return i, true
}
