package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/knowledge"
)

// ambiguous stands in for the question model on an /ask whose question
// contains "AMBIGUOUS": it replies as the handler does to a question the
// model finds ambiguous, with "Did you mean" choices between two passages
// (training the model under the race detector takes about a minute).
// Everything else, the clicks included, goes to the real handler.
type ambiguous struct {
	next interactor
	a    *bot.Answerer
}

func (s ambiguous) InteractionIn(ctx context.Context, i *discordgo.Interaction, parent string) discord.Response {
	if d, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok && d.Name == "ask" &&
		len(d.Options) == 1 && strings.Contains(d.Options[0].StringValue(), "AMBIGUOUS") {
		r := knowledge.Reply{Kind: knowledge.KindAbstain, Reason: knowledge.ReasonOutOfScope, Disclaimer: s.a.Knowledge().Disclaimer,
			Suggestions: []*knowledge.Passage{s.a.Knowledge().Passage("short-term"), s.a.Knowledge().Passage("conclusion")}}
		m := bot.Render(r)
		return discord.Response{Event: "ask", Interaction: discord.InteractionResponse(m), Rendered: m}
	}
	return s.next.InteractionIn(ctx, i, parent)
}

func (s ambiguous) Sent(ctx context.Context, r discord.Response, link string) {
	s.next.Sent(ctx, r, link)
}

// The choices of an ambiguous question reach Discord as buttons labelled
// with the passage titles, and clicking one (with the custom id read back
// from the reply) answers with that passage in place of the choices.
func TestChoiceButtons(t *testing.T) {
	a := newAnswerer(t)
	k := newKeys(t)
	gateway := discord.NewHandler(a, discord.Config{}) // what the gateway answers with
	h, err := newHandler(Config{PublicKey: k.pub}, ambiguous{next: gateway, a: a}, ops.New(ops.HTTP), nil)
	if err != nil {
		t.Fatal(err)
	}
	e := &endpoint{h: h, keys: k}

	w := e.send(ask(id(60), "1001", "AMBIGUOUS does it work"))
	if w.Code != http.StatusOK {
		t.Fatalf("/ask: status %d, want 200; body %q", w.Code, w.Body)
	}
	checkReply(t, w.Body.Bytes())
	var r struct {
		Type int `json:"type"`
		Data struct {
			Flags      int `json:"flags"`
			Components []struct {
				Components []struct {
					Label    string `json:"label"`
					CustomID string `json:"custom_id"`
				} `json:"components"`
			} `json:"components"`
		} `json:"data"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Type != 4 || r.Data.Flags != 64 {
		t.Errorf("/ask: type %d flags %d; want an ephemeral message (4, 64)", r.Type, r.Data.Flags)
	}
	var got [][2]string
	for _, row := range r.Data.Components {
		for _, b := range row.Components {
			got = append(got, [2]string{b.Label, b.CustomID})
		}
	}
	want := [][2]string{{"Short-Term Relief", "passage:short-term"}, {"Conclusion", "passage:conclusion"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("/ask: buttons (label, custom id) (-want +got):\n%s\n%s", diff, w.Body)
	}

	w = e.send(button(id(61), "1001", got[1][1]))
	if w.Code != http.StatusOK {
		t.Fatalf("click: status %d, want 200; body %q", w.Code, w.Body)
	}
	checkReply(t, w.Body.Bytes())
	wantClick, err := json.Marshal(discord.UpdateResponse(bot.Render(a.Passage("conclusion"))))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(decode(t, wantClick), decode(t, w.Body.Bytes())); diff != "" {
		t.Errorf("click: reply (-want +got):\n%s", diff)
	}
}
