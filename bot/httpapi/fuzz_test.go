package httpapi

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/discord"
)

// Whatever a signed body holds, the endpoint does not panic, answers with
// a status it documents, and every message it answers with carries the
// disclaimer and mentions nobody.
func FuzzSignedInteraction(f *testing.F) {
	for _, name := range []string{"interaction_ask.json", "interaction_ask_dm.json", "interaction_autocomplete.json", "interaction_button.json"} {
		f.Add(fixture(f, name))
	}
	f.Add(ask(id(1), "1", "does massage help?"))
	f.Add(command(id(2), "1", "topic", "name", "benefits"))
	f.Add(button(id(3), "1", "passage:"))
	f.Add([]byte(`{"type":1}`))
	f.Add([]byte(`{"type":2}`))
	f.Add([]byte(`{"type":3,"data":{}}`))
	f.Add([]byte(`{"type":4,"data":{"name":"topic","options":[{"name":"name","type":3,"value":7,"focused":true}]}}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[]`))
	e := newEndpoint(f, discord.Config{Cooldown: -1})
	f.Fuzz(func(t *testing.T, body []byte) {
		w := e.send(body)
		switch w.Code {
		case http.StatusOK:
			var r struct {
				Type discordgo.InteractionResponseType
			}
			if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
				t.Fatalf("200 with a body that is not JSON: %q", w.Body)
			}
			if r.Type == discordgo.InteractionResponseChannelMessageWithSource || r.Type == discordgo.InteractionResponseUpdateMessage {
				checkReply(t, w.Body.Bytes())
			}
		case http.StatusBadRequest, http.StatusConflict, http.StatusRequestEntityTooLarge:
		default:
			t.Errorf("signed body %q: status %d; body %q", body, w.Code, w.Body)
		}
	})
}
