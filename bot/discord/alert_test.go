package discord

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Questions whose replies do and do not alert, in the members' words.
const (
	crisisQuestion    = "my back pain is so bad I don't want to live anymore"
	emergencyQuestion = "my back hurts and I suddenly can't control my bladder"
	sameDayQuestion   = "back pain with a fever, would a massage help my tight muscles?"
)

var alertsOn = store.Settings{AlertChannel: "302"}

func TestAlertFor(t *testing.T) {
	a := testAnswerer(t)
	ask := func(q string) bot.Message { return bot.Render(a.Answer(context.Background(), bot.Question{Text: q})) }
	here := flagged{guild: "400", channel: "300", user: "1111", message: "1300000000000000500"}
	tests := []struct {
		name     string
		set      store.Settings
		f        flagged
		m        bot.Message
		want     []string // in the alert; none: no alert
		question string
	}{
		{"crisis", alertsOn, here, ask(crisisQuestion),
			[]string{"**Crisis reply** to <@1111> in <#300>", "https://discord.com/channels/400/300/1300000000000000500"}, crisisQuestion},
		{"emergency", alertsOn, here, ask(emergencyQuestion),
			[]string{"**Emergency red flag** from <@1111> in <#300>", "https://discord.com/channels/400/300/1300000000000000500"}, emergencyQuestion},
		{"private crisis", alertsOn, flagged{guild: "400", channel: "300", user: "1111"}, ask(crisisQuestion),
			[]string{"The reply was private", "https://discord.com/channels/400/300\n"}, crisisQuestion},
		{"same day: no alert", alertsOn, here, ask(sameDayQuestion), nil, ""},
		{"answer: no alert", alertsOn, here, ask("does massage help tight muscles?"), nil, ""},
		{"alerts off", store.Settings{EmergencyNumber: "999"}, here, ask(crisisQuestion), nil, ""},
		{"DM", alertsOn, flagged{channel: "300", user: "1111", message: "5"}, ask(crisisQuestion), nil, ""},
	}
	for _, tt := range tests {
		ch, msg := alertFor(tt.set, tt.f, tt.m, a.Notice)
		if tt.want == nil {
			if ch != "" || msg != nil {
				t.Errorf("%s: alertFor = %q, %+v; want no alert", tt.name, ch, msg)
			}
			continue
		}
		if ch != "302" || msg == nil {
			t.Fatalf("%s: alertFor = %q, %+v; want an alert in 302", tt.name, ch, msg)
		}
		text := checkAlert(t, tt.name, msg)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: alert %q; want it to contain %q", tt.name, text, w)
			}
		}
		noMessageText(t, tt.name, text, tt.question, tt.m)
	}
}

// checkAlert checks what every alert keeps and returns its text: one red
// embed with the disclaimer, no pings, valid per Discord's spec.
func checkAlert(t *testing.T, what string, msg *discordgo.MessageSend) string {
	t.Helper()
	if am := msg.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 {
		t.Errorf("%s: allowed mentions %+v; want none: the alert pings nobody", what, am)
	}
	if len(msg.Embeds) != 1 || msg.Embeds[0].Footer == nil || msg.Embeds[0].Footer.Text != knowledge.DefaultDisclaimer || msg.Embeds[0].Color != colourUrgent {
		t.Fatalf("%s: alert embeds %+v; want one red embed with the disclaimer", what, msg.Embeds)
	}
	if msg.Reference != nil || len(msg.Components) != 0 {
		t.Errorf("%s: alert replies to a message or has buttons: %+v", what, msg)
	}
	b, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	if err := fakediscord.ValidateSpec("message", b); err != nil {
		t.Errorf("%s: alert not valid per the spec: %v", what, err)
	}
	return msg.Embeds[0].Title + "\n" + msg.Embeds[0].Description
}

// noMessageText fails if an alert repeats any of what the member wrote
// or of what the bot replied: moderators get who, where and what kind.
func noMessageText(t *testing.T, what, alert, question string, reply bot.Message) {
	t.Helper()
	lower := strings.ToLower(alert)
	words := strings.Fields(strings.ToLower(question))
	for i := 0; i+3 <= len(words); i++ { // any three words in a row
		if w := strings.Join(words[i:i+3], " "); strings.Contains(lower, w) {
			t.Errorf("%s: alert contains %q from the member's message:\n%s", what, w, alert)
		}
	}
	for _, line := range strings.Split(reply.Title+"\n"+reply.Description, "\n") {
		if line = strings.TrimSpace(line); len(line) > 20 && strings.Contains(alert, line) {
			t.Errorf("%s: alert contains the reply's %q", what, line)
		}
	}
	for _, s := range []string{"findahelpline", "116 123", "988", "bladder", "anymore", "emergency department"} {
		if strings.Contains(lower, s) {
			t.Errorf("%s: alert contains %q from the reply", what, s)
		}
	}
}

// An alert about a member goes out once per kind within alertQuiet, across
// every instance sharing the store.
func TestModeratorAlertHoldsBackRepeats(t *testing.T) {
	a := testAnswerer(t)
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	st, err := bolt.Open(t.TempDir(), bolt.WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SaveSettings(context.Background(), "400", alertsOn); err != nil {
		t.Fatal(err)
	}
	crisis := bot.Render(a.Answer(context.Background(), bot.Question{Text: crisisQuestion}))
	emergency := bot.Render(a.Answer(context.Background(), bot.Question{Text: emergencyQuestion}))
	sam := flagged{guild: "400", channel: "300", user: "1111", message: "9"}
	alex := flagged{guild: "400", channel: "300", user: "2222", message: "10"}
	steps := []struct {
		name  string
		after time.Duration
		f     flagged
		m     bot.Message
		want  bool
	}{
		{"first crisis", 0, sam, crisis, true},
		{"crisis again", time.Minute, sam, crisis, false},
		{"emergency after crisis", 0, sam, emergency, true},
		{"another member", 0, alex, crisis, true},
		{"crisis after the quiet", alertQuiet, sam, crisis, true},
		{"a server without alerts", 0, flagged{guild: "401", channel: "300", user: "1111", message: "11"}, crisis, false},
	}
	for _, s := range steps {
		now = now.Add(s.after)
		ch, msg, err := moderatorAlert(context.Background(), st, s.f, s.m, a.Notice)
		if err != nil {
			t.Fatalf("%s: moderatorAlert error = %v", s.name, err)
		}
		if got := msg != nil && ch == "302"; got != s.want {
			t.Errorf("%s: alert sent = %v; want %v", s.name, got, s.want)
		}
	}
	if ch, msg, _ := moderatorAlert(context.Background(), st, sam, bot.Render(a.Help()), a.Notice); ch != "" || msg != nil {
		t.Errorf("moderatorAlert(help) = %q, %+v; want none", ch, msg)
	}
}

// claimDown is a store with alerts on whose claims fail.
type claimDown struct{ store.Store }

func (claimDown) Settings(context.Context, string) (store.Settings, error) { return alertsOn, nil }
func (claimDown) Claim(context.Context, string, time.Duration) (bool, error) {
	return false, errStoreDown
}

// A store that cannot hold repeats back must not hold back the alert
// either; one whose settings cannot be read has no alert channel to post
// to. Both errors are for the log.
func TestModeratorAlertStoreDown(t *testing.T) {
	a := testAnswerer(t)
	crisis := bot.Render(a.Answer(context.Background(), bot.Question{Text: crisisQuestion}))
	here := flagged{guild: "400", channel: "300", user: "1111"}
	ch, msg, err := moderatorAlert(context.Background(), claimDown{}, here, crisis, a.Notice)
	if ch != "302" || msg == nil {
		t.Errorf("moderatorAlert with claims failing = %q, %v; want the alert sent", ch, msg)
	}
	if !errors.Is(err, errStoreDown) {
		t.Errorf("moderatorAlert error = %v; want the store's, for the log", err)
	}
	ch, msg, err = moderatorAlert(context.Background(), failingStore{}, here, crisis, a.Notice)
	if ch != "" || msg != nil || !errors.Is(err, errStoreDown) {
		t.Errorf("moderatorAlert with settings failing = %q, %v, %v; want none and the store's error", ch, msg, err)
	}
	// No store, or a reply that needs no alert: nothing asked of the store.
	if ch, msg, err := moderatorAlert(context.Background(), nil, here, crisis, a.Notice); ch != "" || msg != nil || err != nil {
		t.Errorf("moderatorAlert without a store = %q, %v, %v; want none", ch, msg, err)
	}
	if _, _, err := moderatorAlert(context.Background(), failingStore{}, here, bot.Render(a.Help()), a.Notice); err != nil {
		t.Errorf("moderatorAlert(help) read the store: %v", err)
	}
}

func TestAskPrivate(t *testing.T) {
	a := testAnswerer(t)
	ask := func(q string) bot.Message { return bot.Render(a.Answer(context.Background(), bot.Question{Text: q})) }
	private := store.Settings{Private: ptr(true)}
	public := store.Settings{Private: ptr(false)}
	tests := []struct {
		name string
		m    bot.Message
		set  store.Settings
		want bool
	}{
		{"answer", ask("does massage help tight muscles?"), store.Settings{}, false},
		{"answer, explicitly public", ask("does massage help tight muscles?"), public, false},
		{"answer, private server", ask("does massage help tight muscles?"), private, true},
		{"crisis", ask(crisisQuestion), store.Settings{}, true},
		{"crisis, public server", ask(crisisQuestion), public, true},
		{"emergency", ask(emergencyQuestion), store.Settings{}, false},
		{"emergency, private server", ask(emergencyQuestion), private, true},
		{"don't know", ask("what's the best pizza topping?"), store.Settings{}, true},
	}
	for _, tt := range tests {
		if got := askPrivate(tt.m, tt.set); got != tt.want {
			t.Errorf("%s: askPrivate(%s, %+v) = %v; want %v", tt.name, tt.m.Kind, tt.set, got, tt.want)
		}
	}
	// Converted, a private reply is ephemeral.
	m := ask(crisisQuestion)
	m.Private = askPrivate(m, store.Settings{})
	if r := InteractionResponse(m); r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("crisis reply to /ask: flags %d; want ephemeral", r.Data.Flags)
	}
}
