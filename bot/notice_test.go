package bot_test

import (
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Settings shown to an admin and moderator alerts are messages the bot
// sends like any other: they carry the disclaimer. Settings are for the
// admin who asked; an alert is for the moderators' channel.
func TestRenderSettingsAndAlert(t *testing.T) {
	d := knowledge.DefaultDisclaimer
	tests := []struct {
		kind        knowledge.Kind
		title       string
		wantPrivate bool
	}{
		{knowledge.KindSettings, "Server settings", true},
		{knowledge.KindAlert, "Moderator alert", false},
	}
	for _, tt := range tests {
		m := bot.Render(knowledge.Reply{Kind: tt.kind, Notice: "Cooldown: 3s", Disclaimer: d})
		checkMessage(t, string(tt.kind), m, d)
		if m.Title != tt.title || m.Private != tt.wantPrivate || m.Description != "Cooldown: 3s" {
			t.Errorf("Render(%s) = title %q, private %v, description %q; want %q, %v, the notice",
				tt.kind, m.Title, m.Private, m.Description, tt.title, tt.wantPrivate)
		}
	}
}
