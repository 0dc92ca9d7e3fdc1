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
	// training example.
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

// Interactive reads questions from in and prints each reply as the bot
// would post it, until EOF, "quit" or ctx is done. prompt is shown when in
// is a terminal (the caller knows). A reply offering choices ("Did you
// mean ...?") numbers them, where Discord shows buttons; a bare number then
// shows that passage, as a click would, until anything else is typed.
// a is an *Answerer, or a *live.Answerer, which a reload of the knowledge
// swaps under the terminal.
func Interactive(ctx context.Context, a Asker, in io.Reader, out io.Writer, prompt bool, now func() time.Time) error {
	return interactive(ctx, a, in, out, prompt, now)
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
}

func interactive(ctx context.Context, a Asker, in io.Reader, out io.Writer, prompt bool, now func() time.Time) error {
	br := bufio.NewReaderSize(in, 64<<10)
	var prev Memory
	var prevAt time.Time
	var choices []Button // the last reply's choices, while a number picks one
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		for {
			line, ok, err := readLine(br)
			if ok {
				select {
				case lines <- line:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				errc <- err
				return
			}
		}
	}()
	for {
		if prompt {
			fmt.Fprint(out, "\n> ")
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return nil
		case err := <-errc:
			if prompt {
				fmt.Fprintln(out)
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read: %w", err)
		case line := <-lines:
			if n, ok := choice(line, len(choices)); ok {
				fmt.Fprintln(out, Render(a.Passage(choices[n-1].PassageID)).Content)
				continue
			}
			choices = nil
			switch strings.ToLower(strings.TrimSpace(line)) {
			case "quit", "exit", "/quit", "/exit":
				return nil
			case "/topics":
				fmt.Fprintln(out, Render(a.Topics()).Content)
				continue
			case "/help":
				fmt.Fprintln(out, Render(a.Help()).Content)
				continue
			}
			if cmd, name, _ := strings.Cut(strings.TrimSpace(line), " "); strings.EqualFold(cmd, "/topic") {
				fmt.Fprintln(out, Render(a.Topic(name)).Content)
				continue
			}
			q := Question{Text: line}
			if t := now(); !prevAt.IsZero() && t.Sub(prevAt) < session.ContextWindow {
				q.Previous = prev
			}
			m := Render(a.Answer(ctx, q))
			fmt.Fprintln(out, m.Content)
			if m.Choices && len(m.Related) > 0 {
				choices = m.Related
				fmt.Fprintln(out)
				for i, b := range choices {
					fmt.Fprintf(out, "%d. %s\n", i+1, b.Label)
				}
				fmt.Fprintln(out, "Type a number to read one, or ask something else.")
			}
			prev, prevAt = a.Remember(line), now()
		}
	}
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
