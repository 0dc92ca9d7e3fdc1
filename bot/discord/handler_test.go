package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Handler tests run on values: recorded Discord payloads from testdata/
// in, Response values out, with a clock the test moves.

// stubAnswerer wraps the real answerer: it records the questions, answers
// KindUrgent when a question contains "URGENT" (the safety checker's
// decision, which this package only passes on) and "Did you mean" choices
// when it contains "AMBIGUOUS" (the question model's), and can be slow
// (Answer until its context ends, Passage always) or panic.
type stubAnswerer struct {
	answerer
	mu        sync.Mutex
	questions []bot.Question
	delay     time.Duration
	panicOn   string
}

func (s *stubAnswerer) Answer(ctx context.Context, q bot.Question) knowledge.Reply {
	s.mu.Lock()
	s.questions = append(s.questions, q)
	s.mu.Unlock()
	if s.panicOn != "" && strings.Contains(q.Text, s.panicOn) {
		panic("stub: " + q.Text)
	}
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-ctx.Done():
		}
	}
	if strings.Contains(q.Text, "URGENT") {
		return knowledge.Reply{
			Kind:       knowledge.KindUrgent,
			Level:      knowledge.LevelEmergency,
			Advice:     "**This could be serious. Please get medical help now.** Call your local emergency number.",
			Why:        "New numbness with back pain can mean pressure on spinal nerves.",
			Disclaimer: knowledge.DefaultDisclaimer,
		}
	}
	if strings.Contains(q.Text, "AMBIGUOUS") {
		return choicesReply(s.answerer)
	}
	return s.answerer.Answer(ctx, q)
}

// offered are the passages choicesReply offers, as the question model
// offers them for a question it finds ambiguous.
var offered = []struct{ id, title string }{{"short-term", "Short-Term Relief"}, {"conclusion", "Conclusion"}}

// choicesReply is an "I don't know" offering the passages of offered.
func choicesReply(a answerer) knowledge.Reply {
	r := knowledge.Reply{Kind: knowledge.KindAbstain, Reason: knowledge.ReasonOutOfScope, Disclaimer: knowledge.DefaultDisclaimer}
	for _, c := range offered {
		r.Suggestions = append(r.Suggestions, a.Passage(c.id).Passage)
	}
	return r
}

func (s *stubAnswerer) Passage(id string) knowledge.Reply {
	time.Sleep(s.delay)
	return s.answerer.Passage(id)
}

func (s *stubAnswerer) asked() []bot.Question {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.Question(nil), s.questions...)
}

// newTestHandler returns a handler over a stub of the real answerer, with
// its clock, keeping its state in memory unless cfg.State says otherwise.
func newTestHandler(t testing.TB, cfg Config) (*Handler, *stubAnswerer, *fakeclock.Clock) {
	t.Helper()
	a := testAnswerer(t)
	stub := &stubAnswerer{answerer: a}
	c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	if cfg.State == nil {
		cfg.State = session.New(session.WithClock(c.Now))
	}
	h := newHandler(stub, cfg)
	h.sessionsCfg.Now = c.Now
	h.use(stub)
	h.SetBotID("111")
	return h, stub, c
}

func loadInteraction(t testing.TB, name string) *discordgo.Interaction {
	t.Helper()
	var i discordgo.Interaction
	loadJSON(t, name, &i)
	return &i
}

func loadMessage(t testing.TB, name string) *discordgo.Message {
	t.Helper()
	var m discordgo.Message
	loadJSON(t, name, &m)
	return &m
}

func loadJSON(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

func TestHandlerOnRecordedPayloads(t *testing.T) {
	a := testAnswerer(t)
	ask := func(q string) bot.Message { return bot.Render(a.Answer(context.Background(), bot.Question{Text: q})) }
	// In a DM, no vote buttons: votes need a server.
	askDM := func(q string) bot.Message {
		m := ask(q)
		m.Vote = ""
		return m
	}
	tests := []struct {
		file      string
		event     string
		typ       discordgo.InteractionResponseType // interactions
		reference string                            // messages: the message replied to
		want      bot.Message
	}{
		{file: "interaction_ask.json", event: "ask", typ: 4, want: ask("does massage help relax tight muscles?")},
		{file: "interaction_ask_dm.json", event: "ask", typ: 4, want: askDM("how does massage improve blood circulation")},
		{file: "interaction_button.json", event: "button", typ: 7, want: bot.Render(a.Passage("posture"))},
		{file: "message_mention.json", event: "mention", reference: "1300000000000000010", want: ask("@everyone does massage help relax tight muscles?")},
		{file: "message_dm.json", event: "dm", reference: "1300000000000000011", want: askDM("how does massage improve blood circulation")},
		{file: "message_forum_post.json", event: "mention", reference: "1300000000000000012", want: ask("what about posture correction")},
		{file: "message_reply_to_bot.json", event: "mention", reference: "1300000000000000013", want: ask("and what about stress?")},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			h, _, _ := newTestHandler(t, Config{})
			var r Response
			if strings.HasPrefix(tt.file, "interaction") {
				r = h.Interaction(context.Background(), loadInteraction(t, tt.file))
				if r.Interaction == nil || r.Interaction.Type != tt.typ {
					t.Fatalf("Interaction(%s) = %+v; want type %d", tt.file, r.Interaction, tt.typ)
				}
			} else {
				r = h.Message(context.Background(), loadMessage(t, tt.file))
				if r.Message == nil {
					t.Fatalf("Message(%s) ignored; want a reply", tt.file)
				}
				ref := r.Message.Reference
				if ref == nil || ref.MessageID != tt.reference || ref.FailIfNotExists == nil || *ref.FailIfNotExists {
					t.Errorf("Message(%s).Reference = %+v; want a soft reference to %s", tt.file, ref, tt.reference)
				}
			}
			if r.Event != tt.event {
				t.Errorf("%s: Event = %q; want %q", tt.file, r.Event, tt.event)
			}
			if diff := cmp.Diff(tt.want, r.Rendered); diff != "" {
				t.Errorf("%s: rendered (-want +got):\n%s", tt.file, diff)
			}
			checkPayload(t, r)
		})
	}
}

func TestHandlerIgnores(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*discordgo.Message)
	}{
		{"a bot", func(m *discordgo.Message) { m.Author.Bot = true }},
		{"itself", func(m *discordgo.Message) { m.Author.ID = "111" }},
		{"a system user", func(m *discordgo.Message) { m.Author.System = true }},
		{"no mention in a server", func(m *discordgo.Message) { m.Mentions = nil }},
		{"someone else mentioned", func(m *discordgo.Message) { m.Mentions[0].ID = "999" }},
		{"no author", func(m *discordgo.Message) { m.Author = nil }},
	}
	for _, tt := range tests {
		h, _, _ := newTestHandler(t, Config{})
		m := loadMessage(t, "message_mention.json")
		tt.modify(m)
		if r := h.Message(context.Background(), m); !r.Empty() {
			t.Errorf("message from %s: got %+v; want it ignored", tt.name, r)
		}
	}
	h, _, _ := newTestHandler(t, Config{})
	if r := h.Message(context.Background(), loadMessage(t, "message_member_join.json")); !r.Empty() {
		t.Errorf("system message (member join): got a reply; want it ignored")
	}
	// Before READY the handler does not know who it is: nothing is a mention.
	h = newHandler(testAnswerer(t), Config{})
	if r := h.Message(context.Background(), loadMessage(t, "message_dm.json")); !r.Empty() {
		t.Errorf("message before READY: got a reply; want it ignored")
	}
}

func TestHandlerAnswersEachEventOnce(t *testing.T) {
	h, _, _ := newTestHandler(t, Config{Cooldown: -1})
	i := loadInteraction(t, "interaction_ask.json")
	if r := h.Interaction(context.Background(), i); r.Empty() {
		t.Fatal("first delivery ignored")
	}
	if r := h.Interaction(context.Background(), i); !r.Empty() {
		t.Errorf("second delivery of interaction %s answered again", i.ID)
	}
	m := loadMessage(t, "message_dm.json")
	h.Message(context.Background(), m)
	if r := h.Message(context.Background(), m); !r.Empty() {
		t.Errorf("second delivery of message %s answered again", m.ID)
	}
}

func TestHandlerAutocomplete(t *testing.T) {
	h, _, _ := newTestHandler(t, Config{})
	r := h.Interaction(context.Background(), loadInteraction(t, "interaction_autocomplete.json"))
	if r.Interaction == nil || r.Interaction.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		t.Fatalf("autocomplete = %+v; want type 8", r.Interaction)
	}
	got := r.Interaction.Data.Choices
	if len(got) == 0 || got[0].Value != "complementary" || got[0].Name != "Complementary Approaches" {
		t.Errorf("autocomplete \"postu\" = %v; want Complementary Approaches first", got)
	}
}

// Mentions during a cooldown get one public notice, not one each.
func TestHandlerOneCooldownNoticePerMentionBurst(t *testing.T) {
	h, _, c := newTestHandler(t, Config{})
	notices := 0
	for k := range 10 {
		m := &discordgo.Message{
			ID: fmt.Sprintf("m%d", k), ChannelID: "c1", GuildID: "400", Content: "<@111> massage for stress?",
			Author: &discordgo.User{ID: "u1"}, Mentions: []*discordgo.User{{ID: "111"}},
		}
		r := h.Message(context.Background(), m)
		if !r.Empty() && r.Rendered.Kind == knowledge.KindCooldown {
			notices++
		}
		c.Add(200 * time.Millisecond)
	}
	if notices != 1 {
		t.Errorf("10 mentions in 2 s got %d cooldown notices; want 1", notices)
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@111> does massage help?", "does massage help?"},
		{"<@!111>does massage help?", "does massage help?"},
		{"does massage help <@111>", "does massage help"},
		{"<@111> <@222> hi", "<@222> hi"},
		{"<@1111> hi", "<@1111> hi"}, // another user whose id starts the same
		{"<@111>", ""},
		{"  lots   of\nspace <@111> ", "lots of space"},
	}
	for _, tt := range tests {
		if got := StripMention(tt.in, "111"); got != tt.want {
			t.Errorf("StripMention(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// checkPayload checks the invariants of every payload the bot sends: empty
// allowed mentions; the disclaimer in the embed footer or the content;
// Discord's limits.
func checkPayload(t testing.TB, r Response) {
	t.Helper()
	var content string
	var embeds []*discordgo.MessageEmbed
	var comps []discordgo.MessageComponent
	var am *discordgo.MessageAllowedMentions
	switch {
	case r.Interaction != nil && r.Interaction.Type == discordgo.InteractionApplicationCommandAutocompleteResult:
		if n := len(r.Interaction.Data.Choices); n > maxChoices {
			t.Errorf("%d choices; want at most 25", n)
		}
		return
	case r.Interaction != nil:
		d := r.Interaction.Data
		content, embeds, comps, am = d.Content, d.Embeds, d.Components, d.AllowedMentions
	case r.Message != nil:
		content, embeds, comps, am = r.Message.Content, r.Message.Embeds, r.Message.Components, r.Message.AllowedMentions
	default:
		return
	}
	if am == nil || am.Parse == nil || len(am.Parse) != 0 {
		t.Errorf("allowed mentions %+v; want parse []", am)
	}
	disclaimer := r.Rendered.Footer
	if disclaimer == "" {
		t.Errorf("rendered message without a disclaimer: %+v", r.Rendered)
	}
	if n := utf8.RuneCountInString(content); n > 2000 {
		t.Errorf("content has %d characters; want at most 2000", n)
	}
	switch {
	case len(embeds) == 0:
		if !strings.Contains(content, disclaimer) {
			t.Errorf("plain content without the disclaimer: %q", content)
		}
	case len(embeds) == 1:
		e := embeds[0]
		if e.Footer == nil || e.Footer.Text != disclaimer {
			t.Errorf("embed footer %+v; want the disclaimer", e.Footer)
		}
		total := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description) + utf8.RuneCountInString(e.Footer.Text)
		if utf8.RuneCountInString(e.Title) > 256 || utf8.RuneCountInString(e.Description) > 4096 || total > 6000 {
			t.Errorf("embed over Discord's limits: title %d, description %d, total %d",
				utf8.RuneCountInString(e.Title), utf8.RuneCountInString(e.Description), total)
		}
	default:
		t.Errorf("%d embeds; want at most one", len(embeds))
	}
	if len(comps) > maxRows {
		t.Errorf("%d component rows; want at most 5", len(comps))
	}
	for _, c := range comps {
		if row, ok := c.(discordgo.ActionsRow); !ok || len(row.Components) > buttonsPerRow {
			t.Errorf("component %+v; want a row of at most 5 buttons", c)
		}
	}
}

// FuzzMessage: whatever a user writes in a DM or mention, the reply
// carries the disclaimer, pings nobody and fits Discord's limits, and
// nothing panics.
func FuzzMessage(f *testing.F) {
	for _, s := range []string{
		"does massage help relax tight muscles?", "<@111>", "<@!111> @everyone", "", "what is the capital of France",
		strings.Repeat("massage ", 500), "\x00\xff\xfe", "URGENT I can't pee", "<@111> <#123> <@&456> <:emoji:789>",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, content string, dm bool) {
		h, _, _ := newTestHandler(t, Config{})
		m := loadMessage(t, "message_mention.json")
		m.Content = content
		if dm {
			m.GuildID = ""
		}
		checkPayload(t, h.Message(context.Background(), m))
		i := loadInteraction(t, "interaction_ask.json")
		i.Data.(discordgo.ApplicationCommandInteractionData).Options[0].Value = content
		checkPayload(t, h.Interaction(context.Background(), i))
	})
}
