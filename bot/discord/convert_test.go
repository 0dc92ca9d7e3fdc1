package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

func TestEmbed(t *testing.T) {
	urgent := bot.Render(knowledge.Reply{
		Kind:       knowledge.KindUrgent,
		Level:      knowledge.LevelEmergency,
		Advice:     "This could be serious. Please get medical help now. Call your local emergency number (for example 911 in the US and Canada, 999 in the UK) or go to an emergency department.",
		Why:        "Loss of bladder control with back pain can mean pressure on spinal nerves.",
		Disclaimer: knowledge.DefaultDisclaimer,
	})
	tests := []struct {
		name   string
		m      bot.Message
		colour int
	}{
		{"answer", bot.Message{Kind: knowledge.KindAnswer, Title: "T", Description: "D", Footer: "F"}, colourAnswer},
		{"abstain", bot.Message{Kind: knowledge.KindAbstain, Title: "I don't know", Footer: "F"}, colourGrey},
		{"urgent", urgent, colourUrgent},
		{"crisis", bot.Message{Kind: knowledge.KindCrisis, Title: "Please reach out now", Description: "…", Footer: "F"}, colourUrgent},
		{"topic", bot.Message{Kind: knowledge.KindTopic, Footer: "F"}, colourInfo},
		{"error", bot.Message{Kind: knowledge.KindError, Footer: "F"}, colourError},
	}
	for _, tt := range tests {
		e := Embed(tt.m)
		want := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: tt.m.Title, Description: tt.m.Description,
			Color: tt.colour, Footer: &discordgo.MessageEmbedFooter{Text: tt.m.Footer}}
		if diff := cmp.Diff(want, e); diff != "" {
			t.Errorf("Embed(%s) (-want +got):\n%s", tt.name, diff)
		}
	}
	// Urgent wording is in the title and the description, not only in
	// the footer (SAFETY.md §5).
	e := Embed(urgent)
	if !strings.Contains(e.Title, "Please get medical help now") || !strings.HasPrefix(e.Description, "Call your local emergency number") {
		t.Errorf("urgent embed: title %q, description %q; want the heading in the title and what to do first in the description", e.Title, e.Description)
	}
}

func TestComponents(t *testing.T) {
	buttons := func(n int) []bot.Button {
		var bs []bot.Button
		for k := range n {
			bs = append(bs, bot.Button{Label: fmt.Sprintf("More on: P%d", k), PassageID: fmt.Sprintf("p%d", k)})
		}
		return bs
	}
	tests := []struct {
		related []bot.Button
		rows    []int // buttons per row
	}{
		{nil, nil},
		{buttons(3), []int{3}},
		{buttons(5), []int{5}},
		{buttons(7), []int{5, 2}},
		{buttons(30), []int{5, 5, 5, 5, 5}},
		{[]bot.Button{{Label: "More on: X", PassageID: strings.Repeat("x", 93)}, {Label: "More on: Y", PassageID: "y"}, {Label: "no id"}}, []int{1}},
	}
	for _, tt := range tests {
		got := Components(bot.Message{Related: tt.related})
		var rows []int
		for _, c := range got {
			row := c.(discordgo.ActionsRow)
			rows = append(rows, len(row.Components))
			for _, b := range row.Components {
				b := b.(discordgo.Button)
				id, ok := PassageID(b.CustomID)
				if !ok || len(b.CustomID) > 100 || b.Style != discordgo.SecondaryButton {
					t.Errorf("button %+v; want custom id passage:<id> of at most 100 characters", b)
				}
				if want := "More on: P" + strings.TrimPrefix(id, "p"); id != "y" && b.Label != want {
					t.Errorf("button label %q; want %q", b.Label, want)
				}
			}
		}
		if diff := cmp.Diff(tt.rows, rows); diff != "" {
			t.Errorf("Components(%d related) rows (-want +got):\n%s", len(tt.related), diff)
		}
	}
}

// The vote row comes last, and the related passages give up rows for it,
// never the other way round: Discord refuses a sixth row.
func TestComponentsWithVotes(t *testing.T) {
	var related []bot.Button
	for k := range 30 {
		related = append(related, bot.Button{Label: fmt.Sprintf("More on: P%d", k), PassageID: fmt.Sprintf("p%d", k)})
	}
	tests := []struct {
		name    string
		related []bot.Button
		vote    string
		rows    []int
		last    []string // custom ids of the last row
	}{
		{"an answer", related[:3], "posture", []int{3, 2}, []string{"helpful:posture", "unhelpful:posture"}},
		{"no related", nil, "posture", []int{2}, []string{"helpful:posture", "unhelpful:posture"}},
		{"thirty related", related, "posture", []int{5, 5, 5, 5, 2}, []string{"helpful:posture", "unhelpful:posture"}},
		{"no vote", related[:3], "", []int{3}, []string{"passage:p0", "passage:p1", "passage:p2"}},
		{"id too long to vote on", related[:3], strings.Repeat("x", 91), []int{3}, []string{"passage:p0", "passage:p1", "passage:p2"}},
	}
	for _, tt := range tests {
		got := Components(bot.Message{Related: tt.related, Vote: tt.vote})
		var rows []int
		var last []string
		for _, c := range got {
			row := c.(discordgo.ActionsRow)
			rows = append(rows, len(row.Components))
			last = nil
			for _, b := range row.Components {
				last = append(last, b.(discordgo.Button).CustomID)
			}
		}
		if !cmp.Equal(tt.rows, rows) || !cmp.Equal(tt.last, last) {
			t.Errorf("%s: rows %v, last row %v; want %v, %v", tt.name, rows, last, tt.rows, tt.last)
		}
		for _, id := range last {
			if passage, helpful, ok := voteOf(id); ok && (passage != tt.vote || helpful != strings.HasPrefix(id, "helpful:")) {
				t.Errorf("%s: voteOf(%q) = %q, %v", tt.name, id, passage, helpful)
			}
		}
	}
	for _, id := range []string{"helpful:", "unhelpful:", "passage:posture", "helpfulposture"} {
		if _, _, ok := voteOf(id); ok {
			t.Errorf("voteOf(%q) is a vote", id)
		}
	}
}

func TestPassageID(t *testing.T) {
	tests := []struct {
		in   string
		id   string
		isOK bool
	}{
		{"passage:posture", "posture", true},
		{"passage:", "", false},
		{"posture", "", false},
		{"other:posture", "", false},
	}
	for _, tt := range tests {
		id, ok := PassageID(tt.in)
		if id != tt.id || ok != tt.isOK {
			t.Errorf("PassageID(%q) = %q, %v; want %q, %v", tt.in, id, ok, tt.id, tt.isOK)
		}
	}
}

func TestResponsesOnTheWire(t *testing.T) {
	answer := bot.Message{Kind: knowledge.KindAnswer, Title: "T", Description: "D", Footer: "F", Content: "**T**\nD\n\n_F_",
		Related: []bot.Button{{Label: "More on: X", PassageID: "x"}}}
	private := bot.Message{Kind: knowledge.KindAbstain, Title: "I don't know", Description: "D", Footer: "F", Content: "c _F_", Private: true}
	cooldown := bot.Message{Kind: knowledge.KindCooldown, Description: "wait", Footer: "F", Content: "wait\n\n_F_", Private: true}
	tests := []struct {
		name string
		v    any
		want string // a JSON fragment
	}{
		{"answer", InteractionResponse(answer), `"type":4`},
		{"answer mentions", InteractionResponse(answer), `"allowed_mentions":{"parse":[]`},
		{"answer buttons", InteractionResponse(answer), `"custom_id":"passage:x"`},
		{"private", InteractionResponse(private), `"flags":64`},
		{"cooldown is plain", InteractionResponse(cooldown), `"content":"wait\n\n_F_","components":null,"embeds":null`},
		{"update", UpdateResponse(answer), `"type":7`},
		{"update of a private reply", UpdateResponse(private), `"type":4`},
		{"update without buttons removes them", UpdateResponse(bot.Message{Kind: knowledge.KindAnswer, Title: "T", Footer: "F"}), `"components":[]`},
		{"autocomplete", AutocompleteResponse(nil), `{"type":8,"data":{"tts":false,"content":"","components":null,"embeds":null}}`},
		{"message", MessageSend(answer, &discordgo.MessageReference{MessageID: "9"}), `"allowed_mentions":{"parse":[]`},
		{"plain message", PlainMessageSend(answer, nil), `"content":"**T**\nD\n\n_F_"`},
		{"webhook edit", webhookEdit(InteractionResponse(answer).Data), `"allowed_mentions":{"parse":[]`},
		{"followup", followup(InteractionResponse(private).Data), `"flags":64`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tt.want) {
			t.Errorf("%s: %s\nwant it to contain %s", tt.name, b, tt.want)
		}
		if strings.Contains(string(b), `"allowed_mentions":{"parse":null`) {
			t.Errorf("%s: allowed_mentions parse is null: %s", tt.name, b)
		}
	}
}

func TestMessageLink(t *testing.T) {
	if got, want := MessageLink("400", "300", "9"), "https://discord.com/channels/400/300/9"; got != want {
		t.Errorf("MessageLink in a server = %q; want %q", got, want)
	}
	if got, want := MessageLink("", "310", "9"), "https://discord.com/channels/@me/310/9"; got != want {
		t.Errorf("MessageLink in a DM = %q; want %q", got, want)
	}
}

func TestChoices(t *testing.T) {
	// Thirty sections, to see the cap.
	k := &knowledge.Knowledge{}
	art := &knowledge.Article{ID: "a", Title: "A"}
	for n := range 30 {
		s := &knowledge.Section{Slug: fmt.Sprintf("s%02d", n), Title: fmt.Sprintf("Section %02d", n), Summary: "summary", Article: art}
		s.Passages = []*knowledge.Passage{{ID: fmt.Sprintf("p%d", n), Title: "Walking", Text: fmt.Sprintf("Stretching helps %d times.", n), Section: s}}
		art.Sections = append(art.Sections, s)
	}
	art.Sections[29].Title = "Posture at the desk"
	art.Sections[28].Passages[0].Text = "Your desk posture matters."
	art.Sections[27].Passages[0].Title = "Posture"
	art.Sections[26].Slug = strings.Repeat("long", 26) // too long to be a choice's value
	art.Sections[25].Title = strings.Repeat("Stretching ", 10)
	k.Articles = []*knowledge.Article{art}
	a := bot.NewAnswerer(k, nil)
	choices := func(typed string) []*discordgo.ApplicationCommandOptionChoice {
		return topicChoices(a.TopicChoices(typed))
	}

	values := func(cs []*discordgo.ApplicationCommandOptionChoice) []string {
		out := []string{}
		for _, c := range cs {
			out = append(out, c.Value.(string))
		}
		return out
	}
	tests := []struct {
		typed string
		want  []string
	}{
		{"posture", []string{"s29", "s27", "s28"}}, // title, then passage title, then passage text
		{"  POSTURE  ", []string{"s29", "s27", "s28"}},
		{"desk", []string{"s29", "s28"}},
		{"s0", []string{"s00", "s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09"}},
		{"po", []string{"s29"}}, // two letters match titles, not passage text
		{"nothing", []string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, values(choices(tt.typed))); diff != "" {
			t.Errorf("Choices(%q) (-want +got):\n%s", tt.typed, diff)
		}
	}
	if n := len(choices("")); n != 25 {
		t.Errorf("Choices(\"\") has %d choices; want 25 of the 30", n)
	}
	for _, c := range choices("stretch") {
		if v := c.Value.(string); utf8.RuneCountInString(v) > maxChoiceValue || utf8.RuneCountInString(c.Name) > maxChoiceName {
			t.Errorf("choice %q = %q is over Discord's limits", c.Name, v)
		}
	}
}

func TestNewChecksConfig(t *testing.T) {
	a := testAnswerer(t)
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no token", Config{}, "no token"},
		{"only a prefix", Config{Token: "Bot "}, "no token"},
		{"spaces", Config{Token: "abc def"}, "spaces"},
		{"negative shard", Config{Token: "t", ShardID: -1, ShardCount: 2}, "negative"},
		{"shard without count", Config{Token: "t", ShardID: 1}, "needs a shard count"},
		{"shard out of range", Config{Token: "t", ShardID: 2, ShardCount: 2}, "less than"},
		{"bad API base", Config{Token: "t", APIBase: "ftp://x"}, "not an http(s) URL"},
	}
	for _, tt := range tests {
		_, err := New(tt.cfg, a, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%s) error = %v; want one containing %q", tt.name, err, tt.want)
		}
	}
	for _, tok := range []string{"abc", "Bot abc", "  abc\n"} {
		b, err := New(Config{Token: tok}, a, nil)
		if err != nil || b.token != "Bot abc" {
			t.Errorf("New(token %q): %v, token %q; want \"Bot abc\"", tok, err, b.token)
		}
	}
}

func TestRewrite(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, r.Method+" "+r.URL.RequestURI())
	}))
	defer srv.Close()
	rt, err := newRewrite(srv.URL+"/fake/api/", http.DefaultTransport)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Transport: rt}
	resp, err := c.Get(discordgo.EndpointChannelMessages("300") + "?limit=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if got, want := string(body), "GET /fake/api/channels/300/messages?limit=1"; got != want {
		t.Errorf("rewritten request = %q; want %q", got, want)
	}
	if _, err := c.Get("https://cdn.discordapp.com/avatars/1/2.png"); err == nil || !strings.Contains(err.Error(), "outside the API base") {
		t.Errorf("request outside the API: %v; want it refused", err)
	}
}

func TestRedact(t *testing.T) {
	err := &url.Error{Op: "Post", URL: "https://discord.com/api/v9/interactions/1/SECRET/callback", Err: fmt.Errorf("context deadline exceeded")}
	if got := redact(fmt.Errorf("wrapped: %w", err)).Error(); strings.Contains(got, "SECRET") {
		t.Errorf("redact(url error) = %q; want no URL", got)
	}
	rl := &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{}, URL: "https://discord.com/api/v9/webhooks/1/SECRET"}}
	if got := redact(rl).Error(); strings.Contains(got, "SECRET") {
		t.Errorf("redact(rate limit) = %q; want no URL", got)
	}
}

// The choices of an ambiguous question become buttons labelled with the
// passages' titles, on every kind of message the bot sends them in, and
// the custom ids are those of the related-passage buttons, so a click
// takes the existing path.
func TestChoicesBecomeButtons(t *testing.T) {
	m := bot.Render(choicesReply(testAnswerer(t)))
	if !m.Choices || m.Kind != knowledge.KindAbstain {
		t.Fatalf("precondition: Render(choices) = %s, Choices %v; want an abstain offering choices", m.Kind, m.Choices)
	}
	var row discordgo.ActionsRow
	for _, c := range offered {
		row.Components = append(row.Components, discordgo.Button{Label: c.title, Style: discordgo.SecondaryButton, CustomID: "passage:" + c.id})
	}
	want := []discordgo.MessageComponent{row}
	ir := InteractionResponse(m)
	for _, tt := range []struct {
		name string
		got  []discordgo.MessageComponent
	}{
		{"Components", Components(m)},
		{"InteractionResponse", ir.Data.Components},
		{"MessageSend", MessageSend(m, nil).Components},
		{"PlainMessageSend", PlainMessageSend(m, nil).Components},
		{"webhookEdit", *webhookEdit(ir.Data).Components},
		{"followup", followup(ir.Data).Components},
	} {
		if diff := cmp.Diff(want, tt.got); diff != "" {
			t.Errorf("%s of a \"Did you mean\" reply (-want +got):\n%s", tt.name, diff)
		}
	}
	// An "I don't know" is private: the choices are shown to the asker only.
	if ir.Type != discordgo.InteractionResponseChannelMessageWithSource || ir.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("InteractionResponse: type %d flags %d; want an ephemeral message (4, 64)", ir.Type, ir.Data.Flags)
	}
	if e := Embed(m); e.Title != m.Title || !strings.Contains(e.Description, "Did you mean: Short-Term Relief / Conclusion?") {
		t.Errorf("embed %+v; want the question and the choices in the text too", e)
	}
}
