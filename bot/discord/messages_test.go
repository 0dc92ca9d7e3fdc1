package discord

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
)

func TestMessages(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	q := "how does massage improve blood circulation"
	reply, want := renderFor(t, bot.Question{Text: q})

	// Ignored: no mention in a server, a bot author, the bot itself.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("800", "u1", "400", "300", q))
	botMsg := fakediscord.Message("801", "u9", "400", "300", "<@111> "+q, "111")
	botMsg["author"].(map[string]any)["bot"] = true
	f.Dispatch("MESSAGE_CREATE", botMsg)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("802", "111", "400", "300", "<@111> "+q, "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("803", "111", "", "310", q))

	// Answered: a mention (both forms), a DM, a mention in a thread.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("810", "u1", "400", "301", "<@111> "+q, "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("811", "u2", "", "311", q))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("812", "u3", "400", "1300", "<@!111>   "+q, "111")) // 1300: a thread

	for _, c := range []struct{ channel, msgID, guild string }{{"301", "810", "400"}, {"311", "811", ""}, {"1300", "812", "400"}} {
		m := f.WaitMessage(c.channel, 1)
		wantNoMentions(t, m.Raw)
		if m.Reference == nil || m.Reference.MessageID != c.msgID || m.Reference.ChannelID != c.channel || m.Reference.GuildID != c.guild ||
			m.Reference.FailIfNotExists == nil || *m.Reference.FailIfNotExists {
			t.Errorf("channel %s: message_reference = %+v; want a soft reply to %s", c.channel, m.Reference, c.msgID)
		}
		e := embedOf(t, &m)
		if e.Description != want.Description || !strings.Contains(e.Description, reply.Passage.Text) || e.Footer.Text != want.Footer {
			t.Errorf("channel %s: embed %+v; want the circulation passage and the disclaimer", c.channel, e)
		}
	}
	// A later message in the same channel proves the ignored ones were
	// not merely slow.
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("820", "u4", "", "310", "massage for stress"))
	f.WaitMessage("310", 1)
	if n := len(f.Find("POST", "/api/v9/channels/300/")); n != 0 {
		t.Errorf("%d replies in channel 300; want none (no mention, bot authors)", n)
	}
	if n := len(f.Find("POST", "/api/v9/channels/310/")); n != 1 {
		t.Errorf("%d replies in channel 310; want only the one to the user, none to the bot's own DM", n)
	}
}

func TestBareMentionGetsHelp(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("830", "u1", "400", "302", "<@111>", "111"))
	m := f.WaitMessage("302", 1)
	if e := embedOf(t, &m); e.Title != bot.Render(testAnswerer(t).Help()).Title {
		t.Errorf("bare mention: embed title %q; want the help", e.Title)
	}
}

func TestEveryoneIsNeverPinged(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	q := "@everyone @here <@&999> does massage release endorphins"
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("541", "u1", "300", "ask", "question", q))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("840", "u2", "400", "303", "<@111> "+q, "111"))
	cb := f.WaitCallback("541")
	wantNoMentions(t, cb.Raw)
	m := f.WaitMessage("303", 1)
	wantNoMentions(t, m.Raw)
	for _, raw := range [][]byte{cb.Raw, m.Raw} {
		if bytes.Contains(raw, []byte("@everyone")) {
			t.Errorf("reply echoes @everyone: %s", raw)
		}
	}
}

func TestUserCooldown(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{Cooldown: time.Hour}, nil) // an hour: no test timing can expire it
	a := testAnswerer(t)
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("551", "u1", "300", "ask", "question", "massage for stress"))
	f.WaitCallback("551")
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("552", "u1", "300", "ask", "question", "what about posture correction"))
	cb := f.WaitCallback("552")
	if cb.Type != 4 || cb.Data.Flags != 64 {
		t.Fatalf("second question: callback type %d flags %d; want an ephemeral notice (4, 64)", cb.Type, cb.Data.Flags)
	}
	if !strings.Contains(cb.Data.Content, a.Knowledge().Disclaimer) || len(cb.Data.Embeds) != 0 {
		t.Errorf("cooldown notice = %q with %d embeds; want plain content with the disclaimer", cb.Data.Content, len(cb.Data.Embeds))
	}
	// Another user is not affected, and a mention from the same user is
	// cooled down too (as a plain reply: a channel message cannot be
	// ephemeral).
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("553", "u2", "300", "ask", "question", "what about posture correction"))
	if cb := f.WaitCallback("553"); cb.Data.Flags != 0 || len(cb.Data.Embeds) != 1 {
		t.Errorf("other user: flags %d, %d embeds; want a public answer", cb.Data.Flags, len(cb.Data.Embeds))
	}
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("850", "u1", "400", "304", "<@111> what about posture correction", "111"))
	m := f.WaitMessage("304", 1)
	if !strings.Contains(m.Content, a.Knowledge().Disclaimer) || len(m.Embeds) != 0 {
		t.Errorf("cooldown reply to a mention = %q; want the notice with the disclaimer", m.Content)
	}
}

func TestSamePassageInChannelLinks(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	r := startBot(t, f, Config{}, nil)
	q := "what about posture correction"
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("561", "u1", "305", "ask", "question", q))
	if cb := f.WaitCallback("561"); len(cb.Data.Embeds) != 1 {
		t.Fatalf("first answer: %s", cb.Raw)
	}
	waitLog(t, r.logs, "discord: interaction", "561") // logged once the post is recorded
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("562", "u2", "305", "ask", "question", "posture correction please"))
	cb := f.WaitCallback("562")
	link := "https://discord.com/channels/400/305/orig-tok-561"
	if cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, link) || !strings.Contains(cb.Data.Content, testAnswerer(t).Knowledge().Disclaimer) {
		t.Errorf("second asker got %q (flags %d); want an ephemeral link to %s with the disclaimer", cb.Data.Content, cb.Data.Flags, link)
	}
	// Elsewhere the passage is posted again.
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("563", "u3", "306", "ask", "question", q))
	if cb := f.WaitCallback("563"); len(cb.Data.Embeds) != 1 {
		t.Errorf("another channel: %s; want the answer", cb.Raw)
	}

	// Mentions link to the earlier message by its id, in DMs too (@me).
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("860", "u4", "400", "307", "<@111> "+q, "111"))
	first := f.WaitMessage("307", 1)
	if len(first.Embeds) != 1 {
		t.Fatalf("first mention answer: %s", first.Raw)
	}
	waitLog(t, r.logs, "discord: message", "860")
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("861", "u5", "400", "307", "<@111> "+q, "111"))
	second := f.WaitMessage("307", 2)
	if !strings.Contains(second.Content, "https://discord.com/channels/400/307/msg") {
		t.Errorf("second mention answer = %q; want a link to the first", second.Content)
	}
}

func TestNoEmbedPermissionFallsBackToText(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{}, nil)
	f.DenyEmbeds("309")
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("880", "u1", "400", "309", "<@111> massage for stress", "111"))
	m := f.WaitMessage("309", 1)
	reply, want := renderFor(t, bot.Question{Text: "massage for stress"})
	if len(m.Embeds) != 0 || m.Content != want.Content || !strings.Contains(m.Content, reply.Disclaimer) {
		t.Errorf("fallback = %q with %d embeds; want the plain content with the disclaimer", m.Content, len(m.Embeds))
	}
	wantNoMentions(t, m.Raw)
}

func TestAllowedChannels(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t)
	startBot(t, f, Config{AllowedChannels: []string{"320"}}, nil)
	// A thread (1320) of the allowed channel, known from GUILD_CREATE.
	f.Dispatch("GUILD_CREATE", map[string]any{
		"id": "400", "name": "g", "unavailable": false,
		"channels": []any{map[string]any{"id": "320", "type": 0, "name": "ask-here"}, map[string]any{"id": "321", "type": 0, "name": "general"}},
		"threads":  []any{map[string]any{"id": "1320", "type": 11, "name": "t", "parent_id": "320"}},
	})
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("890", "u1", "400", "321", "<@111> massage for stress", "111"))
	f.Dispatch("INTERACTION_CREATE", fakediscord.Slash("581", "u2", "321", "ask", "question", "massage for stress"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("891", "u3", "400", "1320", "<@111> massage for stress", "111"))
	f.Dispatch("MESSAGE_CREATE", fakediscord.Message("892", "u4", "400", "320", "<@111> massage for stress", "111"))
	f.WaitMessage("320", 1)
	f.WaitMessage("1320", 1)
	if cb := f.WaitCallback("581"); cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content+fmt.Sprint(cb.Data.Embeds), "not set up to answer in this channel") {
		t.Errorf("slash command elsewhere: %s; want an ephemeral notice", cb.Raw)
	}
	if n := len(f.Find("POST", "/api/v9/channels/321/")); n != 0 {
		t.Errorf("%d replies in a channel not allowed; want none", n)
	}
}
