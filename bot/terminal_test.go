package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// These tests are inside the package so that a fake can stand in for the
// question model (see Asker). bot/cli's tests run the same paths with the
// real model.

var terminalShared = sync.OnceValues(func() (*Answerer, error) {
	k, err := knowledge.Default()
	if err != nil {
		return nil, err
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		return nil, err
	}
	return NewAnswerer(k, ix), nil
})

// ambiguous answers a question containing "AMBIGUOUS" as the question
// model answers one it finds ambiguous: "I don't know", offering the
// passages of offered. Everything else the real answerer answers.
type ambiguous struct{ *Answerer }

// offered are the passages ambiguous offers, in order.
var offered = []struct{ id, title string }{{"short-term", "Short-Term Relief"}, {"conclusion", "Conclusion"}}

func (a ambiguous) Answer(ctx context.Context, q Question) knowledge.Reply {
	if !strings.Contains(q.Text, "AMBIGUOUS") {
		return a.Answerer.Answer(ctx, q)
	}
	r := a.abstain(knowledge.ReasonOutOfScope)
	for _, o := range offered {
		r.Suggestions = append(r.Suggestions, a.k.Passage(o.id))
	}
	return r
}

func terminalAnswerer(t *testing.T) ambiguous {
	t.Helper()
	a, err := terminalShared()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range offered {
		if p := a.k.Passage(o.id); p == nil || p.Title != o.title {
			t.Fatalf("the shipped knowledge has no passage %q titled %q", o.id, o.title)
		}
	}
	return ambiguous{a}
}

func TestNewJSONReply(t *testing.T) {
	a := terminalAnswerer(t)
	d := a.k.Disclaimer
	dose := a.Answer(context.Background(), Question{Text: "AMBIGUOUS"})
	dose.Reason, dose.Notice = knowledge.ReasonDose, "I can't advise on doses."
	tests := []struct {
		name   string
		reply  knowledge.Reply
		kind   string
		reason any // nil: no reason field
		sugg   any // nil: no suggestions field
	}{
		{"choices", a.Answer(context.Background(), Question{Text: "AMBIGUOUS"}), "abstain", "out-of-scope", []any{
			map[string]any{"passage": "short-term", "title": "Short-Term Relief"},
			map[string]any{"passage": "conclusion", "title": "Conclusion"},
		}},
		// A notice replaces the choices in the text, so none are listed.
		{"choices under a notice", dose, "abstain", "dose", nil},
		{"don't know", a.Answer(context.Background(), Question{Text: "what's the best pizza topping?"}), "abstain", "out-of-scope", nil},
		{"greeting", knowledge.Reply{Kind: knowledge.KindChat, Reason: knowledge.LabelGreeting, Disclaimer: d}, "chat", "greeting", nil},
		{"thanks", knowledge.Reply{Kind: knowledge.KindChat, Reason: knowledge.LabelThanks, Disclaimer: d}, "chat", "thanks", nil},
		{"answer", a.Passage("posture"), "answer", nil, nil},
	}
	for _, tt := range tests {
		b, err := json.Marshal(NewJSONReply(tt.reply))
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"kind", "passage", "title", "section", "article", "confidence", "text", "disclaimer"} {
			if _, ok := got[f]; !ok {
				t.Errorf("%s: NewJSONReply lacks field %q: %s", tt.name, f, b)
			}
		}
		if got["kind"] != tt.kind || got["reason"] != tt.reason {
			t.Errorf("%s: NewJSONReply kind %v, reason %v; want %s, %v", tt.name, got["kind"], got["reason"], tt.kind, tt.reason)
		}
		if diff := cmp.Diff(tt.sugg, got["suggestions"]); diff != "" {
			t.Errorf("%s: NewJSONReply suggestions (-want +got):\n%s", tt.name, diff)
		}
		if !strings.Contains(got["text"].(string), d) {
			t.Errorf("%s: NewJSONReply text lacks the disclaimer: %s", tt.name, b)
		}
	}
}

// The terminal numbers the choices of an ambiguous question, where Discord
// shows buttons; a bare number then shows that passage, as a click does,
// until anything else is typed, which is handled as usual.
func TestInteractiveChoices(t *testing.T) {
	a := terminalAnswerer(t)
	ctx := context.Background()
	const q = "AMBIGUOUS does it work"
	passage := func(i int) string { return Render(a.Passage(offered[i].id)).Content + "\n" }
	// after is the reply to text asked right after prev.
	after := func(prev, text string) string {
		return Render(a.Answer(ctx, Question{Text: text, Previous: a.Remember(prev)})).Content + "\n"
	}
	var b strings.Builder
	b.WriteString(Render(a.Answer(ctx, Question{Text: q})).Content + "\n\n")
	for i, o := range offered {
		fmt.Fprintf(&b, "%d. %s\n", i+1, o.title)
	}
	b.WriteString("Type a number to read one, or ask something else.\n")
	choices := b.String()
	tests := []struct {
		name  string
		input []string
		want  []string // what each line prints
	}{
		{"pick one", []string{q, "2"}, []string{choices, passage(1)}},
		{"pick another", []string{q, " 1 ", "2."}, []string{choices, passage(0), passage(1)}},
		{"out of range is a question", []string{q, "3"}, []string{choices, after(q, "3")}},
		{"a command ends the choices", []string{q, "/topics", "1"}, []string{choices, Render(a.Topics()).Content + "\n", after(q, "1")}},
		{"a question ends the choices", []string{q, "massage for stress", "1"}, []string{choices, after(q, "massage for stress"), after("massage for stress", "1")}},
		{"a number without choices is a question", []string{"1"}, []string{Render(a.Answer(ctx, Question{Text: "1"})).Content + "\n"}},
	}
	for _, tt := range tests {
		var out strings.Builder
		in := strings.NewReader(strings.Join(tt.input, "\n") + "\n")
		if err := interactive(ctx, a, Terminal{Lines: ReadLines(in), Out: &out}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(strings.Join(tt.want, ""), out.String()); diff != "" {
			t.Errorf("%s: the terminal given %q printed (-want +got):\n%s", tt.name, tt.input, diff)
		}
	}
}

func TestChoice(t *testing.T) {
	tests := []struct {
		line string
		n    int
		want int // 0: not a choice
	}{
		{"1", 2, 1}, {"2", 2, 2}, {" 2 ", 2, 2}, {"2.", 2, 2}, {"3", 2, 0}, {"0", 2, 0}, {"-1", 2, 0},
		{"1", 0, 0}, {"", 2, 0}, {"one", 2, 0}, {"1 please", 2, 0}, {"1.5", 2, 0},
	}
	for _, tt := range tests {
		got, ok := choice(tt.line, tt.n)
		if !ok {
			got = 0
		}
		if got != tt.want {
			t.Errorf("choice(%q, %d) = %d; want %d", tt.line, tt.n, got, tt.want)
		}
	}
}

// An empty line does nothing, an unknown /command says so and lists the
// commands, and /topic without a name lists the topics.
func TestInteractiveCommands(t *testing.T) {
	a := terminalAnswerer(t)
	var out strings.Builder
	in := strings.NewReader("\n   \n/dance\n/topic\n/TOPICS\nquit\nnever asked\n")
	if err := interactive(context.Background(), a, Terminal{Lines: ReadLines(in), Out: &out}); err != nil {
		t.Fatal(err)
	}
	unknown := Render(a.Notice(knowledge.KindError, "I don't know the command /dance. "+terminalCommands)).Content
	want := unknown + "\n" + Render(a.Topics()).Content + "\n" + Render(a.Topics()).Content + "\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("the terminal printed (-want +got):\n%s", diff)
	}
	if !strings.Contains(unknown, "/topics, /topic NAME, /help") || !strings.Contains(unknown, a.k.Disclaimer) {
		t.Errorf("the reply to an unknown command is %q; want it to list the commands, with the disclaimer", unknown)
	}
}

// A prompt is shown before each line when one is asked for, and the
// session ends with a new line at the end of input.
func TestInteractivePrompt(t *testing.T) {
	a := terminalAnswerer(t)
	var out strings.Builder
	err := interactive(context.Background(), a, Terminal{Lines: ReadLines(strings.NewReader("/topics\n")), Out: &out, Prompt: "\n> "})
	if err != nil {
		t.Fatal(err)
	}
	if want := "\n> " + Render(a.Topics()).Content + "\n\n> \n"; out.String() != want {
		t.Errorf("with a prompt the terminal printed %q; want %q", out.String(), want)
	}
}

// For a terminal, replies lose Discord's markdown: a bold (or plain)
// title, a bar before the quoted passage, the disclaimer dim (or plain),
// slugs without backquotes; the words stay the same.
func TestStyleShow(t *testing.T) {
	a := terminalAnswerer(t)
	p := a.k.Passage("posture")
	answer := Render(a.Passage("posture"))
	title := p.Title + " · " + p.Section.Title
	source := "Source: " + p.Section.Article.Source
	d := a.k.Disclaimer
	tests := []struct {
		style Style
		m     Message
		want  string
	}{
		{StyleMarkdown, answer, answer.Content},
		{StyleANSI, answer, "\x1b[1m" + title + "\x1b[0m\n\x1b[2m│\x1b[0m " + p.Text + "\n\n" + source + "\n\n\x1b[2m" + d + "\x1b[0m"},
		{StylePlain, answer, title + "\n│ " + p.Text + "\n\n" + source + "\n\n" + d},
	}
	for _, tt := range tests {
		if got := tt.style.Show(tt.m); got != tt.want {
			t.Errorf("Style(%d).Show(the posture answer) =\n%q\nwant\n%q", tt.style, got, tt.want)
		}
	}
	topics := StylePlain.Show(Render(a.Topics()))
	if !strings.Contains(topics, "• Complementary Approaches (complementary)") || strings.ContainsAny(topics, "`*\x1b") {
		t.Errorf("StylePlain.Show(the topics) =\n%s\nwant the slugs without backquotes, and no marks", topics)
	}
	for _, style := range []Style{StyleANSI, StylePlain} {
		for _, r := range []knowledge.Reply{a.Topics(), a.Help(), a.Topic("benefits"), a.Answer(context.Background(), Question{Text: "AMBIGUOUS"})} {
			got := style.Show(Render(r))
			if strings.Contains(got, "**") || strings.Contains(got, "\n> ") || strings.Contains(got, "_"+d+"_") || !strings.Contains(got, d) {
				t.Errorf("Style(%d).Show(%s reply) keeps markdown or loses the disclaimer:\n%s", style, r.Kind, got)
			}
		}
	}
}
