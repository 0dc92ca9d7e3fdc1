package discord

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// What holds between events is bot.Sessions' (tested there on values);
// these tests check that the handler hands it the right place, user and
// visibility, and turns its decisions into payloads.

// ask is an /ask interaction by user in channel.
func ask(id, user, channel, question string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: id, AppID: "222", Token: "tok-" + id, Type: discordgo.InteractionApplicationCommand, GuildID: "400", ChannelID: channel,
		Member: &discordgo.Member{User: &discordgo.User{ID: user}},
		Data: discordgo.ApplicationCommandInteractionData{Name: cmdAsk, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: optQuestion, Type: discordgo.ApplicationCommandOptionString, Value: question},
		}},
	}
}

// mention is a message mentioning the bot, by user in channel.
func mention(id, user, channel, text string) *discordgo.Message {
	return &discordgo.Message{ID: id, ChannelID: channel, GuildID: "400", Content: "<@111> " + text,
		Author: &discordgo.User{ID: user}, Mentions: []*discordgo.User{{ID: "111"}}}
}

func TestHandlerCooldown(t *testing.T) {
	h, _, c := newTestHandler(t, Config{})
	ctx := context.Background()
	if r := h.Interaction(ctx, ask("1", "u1", "300", "massage for stress")); r.Rendered.Kind != knowledge.KindAnswer {
		t.Fatalf("first question: %v; want an answer", r.Rendered.Kind)
	}
	c.Add(time.Second)
	r := h.Interaction(ctx, ask("2", "u1", "301", "what about posture correction"))
	if r.Rendered.Kind != knowledge.KindCooldown || !r.Rendered.Private || !strings.Contains(r.Rendered.Content, "One question every 3 seconds") ||
		r.Interaction.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("second question within 3 s: %+v; want an ephemeral cooldown notice", r.Rendered)
	}
	checkPayload(t, r)
	if r := h.Interaction(ctx, ask("3", "u1", "301", "URGENT my legs")); r.Rendered.Kind != knowledge.KindUrgent {
		t.Errorf("urgent question within the cooldown: %v; want urgent advice", r.Rendered.Kind)
	}
	// A mention is cooled down by the same cooldown, across transports.
	if r := h.Message(ctx, mention("10", "u1", "301", "massage for stress")); r.Rendered.Kind != knowledge.KindCooldown || r.Message == nil {
		t.Errorf("mention within the cooldown: %+v; want a cooldown notice in reply", r.Rendered)
	}
	// A negative cooldown is none.
	h, _, _ = newTestHandler(t, Config{Cooldown: -1})
	for k := range 3 {
		if r := h.Interaction(ctx, ask(fmt.Sprint("n", k), "u1", "300", "massage for stress")); r.Rendered.Kind != knowledge.KindAnswer {
			t.Errorf("no cooldown, question %d: %v; want an answer", k, r.Rendered.Kind)
		}
	}
}

// A red flag told in a mention carries to the same member's /ask in the
// same channel, and not to another channel's.
func TestHandlerPreviousMessage(t *testing.T) {
	h, stub, _ := newTestHandler(t, Config{Cooldown: -1})
	ctx := context.Background()
	h.Message(ctx, mention("10", "u1", "300", "I have numbness around my bottom"))
	h.Interaction(ctx, ask("1", "u1", "300", "does massage help?"))
	h.Interaction(ctx, ask("2", "u1", "301", "does massage help?"))
	var got []bool
	for _, q := range stub.asked() {
		got = append(got, !q.Previous.Empty())
	}
	if fmt.Sprint(got) != "[false true false]" {
		t.Errorf("Question.Previous carried = %v; want [false true false]", got)
	}
}

// An /ask answer is found again through its interaction, a mention's by
// the link of the message sent; someone else asking for the passage in
// the channel is linked to it.
func TestHandlerSamePassage(t *testing.T) {
	h, _, c := newTestHandler(t, Config{Cooldown: -1})
	var refs []string
	h.sessionsCfg.Locate = func(_ context.Context, p bot.Post) (string, error) {
		refs = append(refs, p.Ref)
		return MessageLink(p.Guild, p.Channel, "found"), nil
	}
	h.use(h.a)
	ctx := context.Background()
	const q = "what about posture correction"
	first := h.Interaction(ctx, ask("1", "u1", "300", q))
	h.Sent(ctx, first, "")
	c.Add(10 * time.Second)
	r := h.Interaction(ctx, ask("2", "u2", "300", q))
	if !strings.Contains(r.Rendered.Content, "https://discord.com/channels/400/300/found") || !r.Rendered.Private {
		t.Errorf("second asker: %q; want a private link to the first answer", r.Rendered.Content)
	}
	if fmt.Sprint(refs) != "[222/tok-1]" {
		t.Errorf("located by %v; want the first interaction's application id and token", refs)
	}
	m := h.Message(ctx, mention("10", "u3", "301", q))
	h.Sent(ctx, m, MessageLink("400", "301", "m10"))
	r = h.Message(ctx, mention("11", "u4", "301", q))
	if !strings.Contains(r.Rendered.Content, "https://discord.com/channels/400/301/m10") {
		t.Errorf("second mention: %q; want a link to the first reply", r.Rendered.Content)
	}
	// A private reply is not linked to.
	h, _, _ = newTestHandler(t, Config{Cooldown: -1})
	r = h.Interaction(ctx, ask("5", "u1", "302", q))
	r.Rendered.Private = true
	h.Sent(ctx, r, "")
	if r := h.Interaction(ctx, ask("6", "u2", "302", q)); r.Rendered.Kind != knowledge.KindAnswer {
		t.Errorf("after a private answer: %v; want the answer again", r.Rendered.Kind)
	}
}

// Threads of an allowed channel are allowed: over HTTP the payload names
// the parent (InteractionIn), over the gateway the state does. A
// channel's category allows nothing.
func TestHandlerThreadOfAllowedChannel(t *testing.T) {
	h, _, _ := newTestHandler(t, Config{AllowedChannels: []string{"320"}, Cooldown: -1})
	ctx := context.Background()
	tests := []struct {
		name    string
		channel string
		parent  string
		want    knowledge.Kind
	}{
		{"the channel", "320", "", knowledge.KindAnswer},
		{"its thread", "1320", "320", knowledge.KindAnswer},
		{"another channel", "321", "", knowledge.KindError},
		{"another channel's thread", "1321", "321", knowledge.KindError},
	}
	for k, tt := range tests {
		r := h.InteractionIn(ctx, ask(fmt.Sprint(k), "u1", tt.channel, "massage for stress"), tt.parent)
		if r.Rendered.Kind != tt.want {
			t.Errorf("%s: %v; want %v", tt.name, r.Rendered.Kind, tt.want)
		}
	}
	for _, tt := range []struct {
		c    *discordgo.Channel
		want string
	}{
		{&discordgo.Channel{ID: "1320", Type: discordgo.ChannelTypeGuildPublicThread, ParentID: "320"}, "320"},
		{&discordgo.Channel{ID: "1321", Type: discordgo.ChannelTypeGuildPrivateThread, ParentID: "320"}, "320"},
		{&discordgo.Channel{ID: "300", Type: discordgo.ChannelTypeGuildText, ParentID: "299"}, ""}, // a category
		{nil, ""},
	} {
		if got := ThreadParent(tt.c); got != tt.want {
			t.Errorf("ThreadParent(%+v) = %q; want %q", tt.c, got, tt.want)
		}
	}
}

// What a question leaves for the next is small whatever its length, and
// nothing at all for an ordinary question.
func TestHandlerPreviousIsBounded(t *testing.T) {
	h, _, _ := newTestHandler(t, Config{Cooldown: -1})
	h.use(testAnswerer(t)) // no stub: it keeps every question
	ctx := context.Background()
	pad := strings.Repeat("my back has been a bit stiff lately and I sit a lot at work. ", 1000) // ~60 KB
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	kept := func(prefix string) int {
		n := 0
		for i := range 300 {
			if _, ok := h.state.Previous(ctx, "c1", fmt.Sprint(prefix, i)); ok {
				n++
			}
		}
		return n
	}
	for i := range 300 {
		h.Message(ctx, mention(fmt.Sprint("m", i), fmt.Sprint("u", i), "c1", pad+" does massage help?"))
	}
	if n := kept("u"); n != 0 {
		t.Errorf("after 300 ordinary questions, %d remembered; want none", n)
	}
	for i := range 300 {
		h.Message(ctx, mention(fmt.Sprint("r", i), fmt.Sprint("v", i), "c1", "I can't feel my bum. "+pad))
	}
	if n := kept("v"); n != 300 {
		t.Errorf("after 300 red flags from 300 members, %d remembered; want 300", n)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapInuse) - int64(before.HeapInuse); grew > 8<<20 {
		t.Errorf("heap in use grew by %d MB for 300 remembered 60 KB red flags; want the text not kept", grew>>20)
	}
}
