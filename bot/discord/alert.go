package discord

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// alertQuiet is how long after an alert about a member another alert of
// the same kind about them is held back: someone in crisis often writes
// several messages in a row, and the moderators need to know once, not
// once a message. A new kind (an emergency after a crisis) alerts at once.
const alertQuiet = 10 * time.Minute

// flagged is a reply sent in a server that its moderators may need to know
// about, and where it is.
type flagged struct {
	guild, channel, user string
	// message is the id of the reply the bot sent, for the jump link;
	// empty when the reply was private (an ephemeral answer to /ask has
	// no link anyone else can open), and the link opens the channel.
	message string
}

// alertKind is what a moderator alert is about: a crisis reply, or advice
// to get emergency help now; "" for every other reply.
func alertKind(m bot.Message) string {
	switch {
	case m.Kind == knowledge.KindCrisis:
		return "crisis"
	case m.Kind == knowledge.KindUrgent && m.Level == knowledge.LevelEmergency:
		return "emergency"
	}
	return ""
}

// moderatorAlert decides the alert about a reply m the bot has just sent:
// the channel to post it in and the message, or "" and nil for none. There
// is one when m is a crisis or emergency reply in a server whose admins
// set an alert channel (read from st only for such a reply, which is
// rare), unless an alert of that kind about the same member went out
// within alertQuiet (claimed in st, so several instances send one between
// them). When the claim fails the alert is sent anyway, a duplicate being
// better than a missed alert; when the settings cannot be read there is
// none. Either error is returned for the operator's log.
//
// The handler calls it after sending m, with the sent message's id: for a
// mention, the reply; for /ask, the interaction's original response, or ""
// when it was private.
func moderatorAlert(ctx context.Context, st store.Store, f flagged, m bot.Message, notice noticeFunc) (channel string, msg *discordgo.MessageSend, err error) {
	set, err := alertDue(ctx, st, f, m)
	if set.AlertChannel == "" {
		return "", nil, err
	}
	channel, msg = alertFor(set, f, m, notice)
	return channel, msg, err
}

// alertDue is moderatorAlert's decision without the message: the server's
// settings when an alert about m is due (claimed in st), else zero
// settings. It lets the HTTP endpoint ask Discord for the reply's id, for
// the jump link, only once it knows an alert will go out.
func alertDue(ctx context.Context, st store.Store, f flagged, m bot.Message) (store.Settings, error) {
	kind := alertKind(m)
	if kind == "" || f.guild == "" || st == nil {
		return store.Settings{}, nil
	}
	set, err := st.Settings(ctx, f.guild)
	if err != nil {
		return store.Settings{}, fmt.Errorf("moderator alert: %w", err)
	}
	if set.AlertChannel == "" {
		return store.Settings{}, nil
	}
	first, err := st.Claim(ctx, "alert/"+f.guild+"/"+f.user+"/"+kind, alertQuiet)
	if err == nil && !first {
		return store.Settings{}, nil
	}
	if err != nil {
		err = fmt.Errorf("moderator alert: hold back repeats: %w", err)
	}
	return set, err
}

// alertFor builds the alert about m for set's alert channel, or returns ""
// and nil when there is none to send. It says what kind of reply it was,
// to whom (a mention, which pings nobody: the bot's allowed mentions are
// empty) and where, with a link; never what the member wrote or what the
// bot replied.
func alertFor(set store.Settings, f flagged, m bot.Message, notice noticeFunc) (channel string, msg *discordgo.MessageSend) {
	kind := alertKind(m)
	if kind == "" || set.AlertChannel == "" || f.guild == "" || f.channel == "" {
		return "", nil
	}
	who, where := "a member", "<#"+f.channel+">"
	if f.user != "" {
		who = "<@" + f.user + ">"
	}
	var text string
	if kind == "crisis" {
		text = fmt.Sprintf("**Crisis reply** to %s in %s: their message read as someone thinking about suicide or self-harm, "+
			"themselves or someone they know. I gave them crisis helplines.", who, where)
	} else {
		text = fmt.Sprintf("**Emergency red flag** from %s in %s: their message described a symptom that can need emergency care, "+
			"for themselves or someone else. I told them to get medical help now.", who, where)
	}
	if f.message != "" {
		text += "\nJump to the reply: " + MessageLink(f.guild, f.channel, f.message)
	} else {
		text += "\nThe reply was private, so only they can see it: " + channelLink(f.guild, f.channel)
	}
	text += "\nYou may want to check in with them. I don't pass on what they wrote, and I don't follow up myself."
	out := MessageSend(bot.Render(notice(knowledge.KindAlert, text)), nil)
	for _, e := range out.Embeds {
		e.Color = colourUrgent
	}
	return set.AlertChannel, out
}

// channelLink is the URL that opens a channel.
func channelLink(guildID, channelID string) string {
	return "https://discord.com/channels/" + guildID + "/" + channelID
}

// askPrivate reports whether the reply m to /ask is shown only to the
// member who asked: when bot.Render made it private ("I don't know",
// cooldowns, errors); always for a crisis reply, since someone's crisis is
// not for the channel to read; and for every answer when the server's
// admins made answers private. The handler sets m.Private to it before
// converting m; a reply that was deferred in public and turns out private
// goes as an ephemeral follow-up (Bot.complete).
func askPrivate(m bot.Message, set store.Settings) bool {
	return m.Private || m.Kind == knowledge.KindCrisis || (set.Private != nil && *set.Private)
}

// Alerter posts moderator alerts through Discord's REST API with the bot
// token, for the HTTP interactions endpoint, which has no gateway session:
// the same alerts, decided by the same moderatorAlert rules, as the
// gateway bot's. It is safe for concurrent use.
type Alerter struct {
	h   *Handler
	s   *discordgo.Session
	log *slog.Logger
}

// NewAlerter returns an Alerter for the replies of h, posting with
// cfg.Token (through cfg.APIBase, if set) and logging to cfg.Log. It fails
// when cfg has no usable token.
func NewAlerter(cfg Config, h *Handler) (*Alerter, error) {
	token, client, err := prepare(cfg)
	if err != nil {
		return nil, err
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Alerter{h: h, s: restSession(token, client), log: log}, nil
}

// Wants reports whether r, the response to interaction i, may need an
// alert (a crisis or emergency answer to /ask in a server), without
// reading the store: the endpoint starts work after the reply only then.
func (al *Alerter) Wants(i *discordgo.Interaction, r Response) bool {
	return r.Event == cmdAsk && i.GuildID != "" && alertKind(r.Rendered) != ""
}

// AfterAsk posts the alert about r, the response to i already sent, if
// one is due. The jump link needs the reply's id, asked of Discord through
// the interaction's webhook only when the reply is public and the alert
// due; a private reply's alert links the channel, as the gateway's does.
// Failures are logged, never the question or the token.
func (al *Alerter) AfterAsk(ctx context.Context, i *discordgo.Interaction, r Response) {
	if !al.Wants(i, r) {
		return
	}
	f := flagged{guild: i.GuildID, channel: i.ChannelID, user: userID(i)}
	set, err := alertDue(ctx, al.h.state.Settings(), f, r.Rendered)
	if err != nil {
		al.log.Warn("discord: moderator alert", "err", err, "guild", f.guild)
	}
	if set.AlertChannel == "" {
		return
	}
	if !r.Rendered.Private {
		orig, err := al.s.InteractionResponse(i, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		if err != nil {
			al.log.Warn("discord: find the answer for a moderator alert; linking the channel", "err", redact(err), "id", i.ID)
		} else if orig != nil {
			f.message = orig.ID
		}
	}
	al.send(ctx, set, f, r.Rendered)
}

// AfterMessage posts the alert about m, a reply already sent at f (its
// message id known, as for a mention), if one is due.
func (al *Alerter) AfterMessage(ctx context.Context, f flagged, m bot.Message) {
	set, err := alertDue(ctx, al.h.state.Settings(), f, m)
	if err != nil {
		al.log.Warn("discord: moderator alert", "err", err, "guild", f.guild)
	}
	if set.AlertChannel != "" {
		al.send(ctx, set, f, m)
	}
}

// send posts the alert about m, sent at f, in set's alert channel.
func (al *Alerter) send(ctx context.Context, set store.Settings, f flagged, m bot.Message) {
	channel, msg := alertFor(set, f, m, al.h.a.Notice)
	if msg == nil {
		return
	}
	err := retry(ctx, func() error {
		_, err := al.s.ChannelMessageSendComplex(channel, msg, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		return err
	})
	if err != nil {
		al.log.Warn("discord: send a moderator alert", "err", redact(err), "guild", f.guild, "channel", channel)
		return
	}
	al.log.Info("discord: moderator alert", "guild", f.guild, "channel", channel, "kind", alertKind(m))
}
