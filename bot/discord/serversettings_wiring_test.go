package discord

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/session/sessiontest"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// These tests check that the handler applies a server's settings: read
// from the store at each event, so a change through one instance holds on
// every other at its next event.

// storeHandler is a handler whose state, and so settings, are in st.
func storeHandler(t *testing.T, st store.Store, cfg Config) *Handler {
	t.Helper()
	cfg.State = session.New(session.WithStore(leaveOpen{st}))
	h, _, _ := newTestHandler(t, cfg)
	return h
}

// within polls f for up to a second: a setting changed through one
// instance must be applied by the others within that.
func within(t *testing.T, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for !f() {
		if time.Now().After(deadline) {
			t.Errorf("%s: not applied within a second", what)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A setting changed through one instance is applied by the other: the
// channels, the emergency number, private answers and the cooldown.
func TestHandlersShareSettings(t *testing.T) {
	for _, engine := range []string{"bolt", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
			sa, sb := sessiontest.TwoStates(t, engine, c.Now)
			a, _, _ := newTestHandler(t, Config{State: sa, AllowedChannels: []string{"300"}})
			b, _, _ := newTestHandler(t, Config{State: sb, AllowedChannels: []string{"300"}})
			ctx := context.Background()
			set := func(id string, opts ...*discordgo.ApplicationCommandInteractionDataOption) {
				t.Helper()
				i := settingsInteraction(permsAdmin, opts...)
				i.ID, i.ChannelID = id, "309" // a channel the bot does not answer in
				if r := a.Interaction(ctx, i); !strings.Contains(r.Rendered.Content, "Saved.") {
					t.Fatalf("/settings through a: %q; want it saved", r.Rendered.Content)
				}
			}
			set("s1", opt(optChannels, "<#301>"), opt(optEmergency, "999"), opt(optPrivate, true), opt(optCooldown, "0"))
			n := 0
			askB := func(channel, q string) Response {
				n++
				return b.Interaction(ctx, ask("b"+strings.Repeat("x", n), "u1", channel, q))
			}
			within(t, "channels on b", func() bool {
				return askB("301", "massage for stress").Rendered.Kind == knowledge.KindAnswer &&
					strings.Contains(askB("300", "massage for stress").Rendered.Content, "not set up to answer in this channel")
			})
			within(t, "emergency number on b", func() bool { return strings.Contains(askB("301", "URGENT my legs").Rendered.Content, "999") })
			within(t, "private answers on b", func() bool {
				r := askB("301", "massage for stress")
				return r.Rendered.Kind == knowledge.KindAnswer && r.Interaction.Data.Flags&discordgo.MessageFlagsEphemeral != 0
			})
			// Cooldown 0: questions in a row are all answered.
			for k := range 3 {
				if r := askB("301", "massage for stress"); r.Rendered.Kind != knowledge.KindAnswer {
					t.Errorf("question %d with the server's cooldown off: %v; want an answer", k, r.Rendered.Kind)
				}
			}
			// A thread of the server's channel is allowed, as --channels' are.
			b.parent = func(ch string) string { return map[string]string{"3011": "301"}[ch] }
			if r := askB("3011", "massage for stress"); r.Rendered.Kind != knowledge.KindAnswer {
				t.Errorf("/ask in a thread of the server's channel: %v; want an answer", r.Rendered.Kind)
			}
			set("s2", opt(optReset, true))
			within(t, "reset on b", func() bool { return askB("300", "massage for stress").Rendered.Kind == knowledge.KindAnswer })
		})
	}
}

// /settings refuses a member without Manage Server at the handler, and
// changes nothing, whatever the channel.
func TestHandlerSettingsRefusesMembers(t *testing.T) {
	st := testStore(t)
	h := storeHandler(t, st, Config{AllowedChannels: []string{"301"}})
	r := h.Interaction(context.Background(), settingsInteraction(permsMember, opt(optEmergency, "999")))
	if r.Event != cmdSettings || !strings.Contains(r.Rendered.Content, msgSettingsDenied) {
		t.Errorf("/settings by a member: %q; want %q", r.Rendered.Content, msgSettingsDenied)
	}
	checkSettingsPayload(t, "refusal", r)
	if got, err := st.Settings(context.Background(), "400"); err != nil || got.EmergencyNumber != "" {
		t.Errorf("settings after the refusal = %+v, %v; want none", got, err)
	}
	i := settingsInteraction(permsAdmin, opt(optEmergency, "999"))
	i.ID = "2"
	if r := h.Interaction(context.Background(), i); !strings.Contains(r.Rendered.Content, "Saved.") {
		t.Errorf("/settings by an admin outside --channels: %q; want it saved", r.Rendered.Content)
	}
}

// A UK server's urgent replies name 999, to /ask and to mentions; a
// server without the setting keeps the region-neutral wording.
func TestHandlerLocalEmergencyNumber(t *testing.T) {
	st := testStore(t)
	if err := st.SaveSettings(context.Background(), "400", store.Settings{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}); err != nil {
		t.Fatal(err)
	}
	h := storeHandler(t, st, Config{Cooldown: -1})
	ctx := context.Background()
	if r := h.Interaction(ctx, ask("1", "u1", "300", "URGENT my legs")); !strings.Contains(r.Rendered.Content, "999") {
		t.Errorf("/ask, urgent, in a UK server: %q; want 999", r.Rendered.Content)
	}
	if r := h.Message(ctx, mention("2", "u1", "300", "URGENT my legs")); !strings.Contains(r.Rendered.Content, "999") {
		t.Errorf("mention, urgent, in a UK server: %q; want 999", r.Rendered.Content)
	}
	r := h.Interaction(ctx, ask("3", "u1", "300", crisisQuestion))
	if r.Rendered.Kind != knowledge.KindCrisis || !strings.Contains(r.Rendered.Content, "Samaritans 116 123") {
		t.Errorf("/ask, crisis, in a UK server: %v %q; want the crisis line", r.Rendered.Kind, r.Rendered.Content)
	}
	if !r.Rendered.Private || r.Interaction.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("/ask, crisis: not ephemeral; a crisis reply to a slash command is private")
	}
	i := ask("4", "u1", "300", "URGENT my legs")
	i.GuildID = "401"
	if r := h.Interaction(ctx, i); strings.Contains(r.Rendered.Content, "999") || !strings.Contains(r.Rendered.Content, "emergency number") {
		t.Errorf("/ask, urgent, in a server without settings: %q; want the neutral wording", r.Rendered.Content)
	}
}

// A crisis reply the handler makes in a server with an alert channel gets
// an alert there, without what the member wrote or what the bot replied.
func TestHandlerCrisisAlert(t *testing.T) {
	st := testStore(t)
	if err := st.SaveSettings(context.Background(), "400", alertsOn); err != nil {
		t.Fatal(err)
	}
	h := storeHandler(t, st, Config{})
	ctx := context.Background()
	r := h.Message(ctx, mention("1", "1111", "300", crisisQuestion))
	if alertKind(r.Rendered) != "crisis" {
		t.Fatalf("mention %q: kind %v; want a crisis reply", crisisQuestion, r.Rendered.Kind)
	}
	ch, msg, err := moderatorAlert(ctx, h.state.Settings(), flagged{guild: "400", channel: "300", user: "1111", message: "9"}, r.Rendered, h.a.Notice)
	if err != nil || ch != alertsOn.AlertChannel || msg == nil {
		t.Fatalf("moderatorAlert = %q, %v, %v; want an alert in %s", ch, msg, err, alertsOn.AlertChannel)
	}
	text := checkAlert(t, "crisis mention", msg)
	noMessageText(t, "crisis mention", text, crisisQuestion, r.Rendered)
}
