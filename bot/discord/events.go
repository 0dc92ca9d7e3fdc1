package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The gateway events the bot answers: interactions (slash commands,
// buttons, autocomplete) and messages, each handled in its own goroutine
// by discordgo, and the replies sent for them.

// observe counts a reply sent.
func (b *Bot) observe(m bot.Message, took time.Duration) {
	b.cfg.Metrics.ObserveReply(m.Kind, m.Level, took)
	if m.Kind == knowledge.KindCooldown {
		b.cfg.Metrics.Cooldown()
	}
}

func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil || !b.begin() {
		return
	}
	defer b.inflight.Done()
	defer b.recover("interaction")
	b.cfg.Metrics.Received()
	b.interact(s, ic.Interaction, time.Now())
}

// interact answers one interaction: within respondWithin if the answer is
// ready by deferAfter, else by deferring and then editing.
func (b *Bot) interact(s *discordgo.Session, i *discordgo.Interaction, start time.Time) {
	// Every URL of an interaction holds its own token, so discordgo's rate
	// limiter would keep one record per interaction for the life of the
	// process. Those calls get a limiter of their own that goes with them.
	rs := restSession(b.token, b.client)
	ctx, cancel := context.WithTimeout(b.base, b.respondWithin)
	defer cancel()
	actx, acancel := context.WithTimeout(b.base, b.answerTimeout)
	defer acancel()

	done := make(chan Response, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				b.cfg.Metrics.Panic()
				b.log.Error("discord: panic while answering", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				done <- b.h.reply("error", b.h.a.Notice(knowledge.KindError, "Something went wrong on my side. Please try again later."))
			}
		}()
		done <- b.h.Interaction(actx, i)
	}()

	var r Response
	deferred := false
	timer := time.NewTimer(b.deferAfter)
	select {
	case r = <-done:
		timer.Stop()
	case <-timer.C:
		if i.Type != discordgo.InteractionApplicationCommandAutocomplete { // autocomplete cannot be deferred
			typ := discordgo.InteractionResponseDeferredChannelMessageWithSource
			if i.Type == discordgo.InteractionMessageComponent {
				typ = discordgo.InteractionResponseDeferredMessageUpdate
			}
			if err := b.callback(ctx, rs, i, &discordgo.InteractionResponse{Type: typ}); err != nil {
				b.log.Error("discord: defer interaction", "err", redact(err), "id", i.ID)
				return
			}
			deferred = true
		}
		r = <-done
	}
	if r.Empty() {
		return
	}
	var err error
	if deferred {
		sctx, scancel := context.WithTimeout(b.base, b.sendTimeout)
		defer scancel()
		err = b.complete(sctx, rs, i, r)
	} else {
		err = b.callback(ctx, rs, i, r.Interaction)
	}
	attrs := append([]any{"event", r.Event, "kind", r.Rendered.Kind, "latency", time.Since(start), "deferred", deferred, "id", i.ID, "shard", s.ShardID},
		r.Rendered.WhyAttrs()...)
	if err != nil {
		b.log.Error("discord: answer interaction", append(attrs, "err", redact(err))...)
		return
	}
	if r.Event != "autocomplete" {
		b.observe(r.Rendered, time.Since(start))
	}
	// The reply has no id yet; it is asked for only if someone needs a link.
	b.h.Sent(b.base, r, "")
	b.alertAsk(rs, i, r)
	level := slog.LevelInfo
	if r.Event == "autocomplete" {
		level = slog.LevelDebug // one per keystroke
	}
	b.log.Log(b.base, level, "discord: interaction", attrs...)
	if q := questionText(i); q != "" {
		b.log.Debug("discord: question", "id", i.ID, "text", q)
	}
}

// callback sends the initial interaction response, without Discord's
// built-in sleep on a 429 (which could outlast the 3-second window): it
// waits only while the deadline allows.
func (b *Bot) callback(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return retry(ctx, func() error {
		return s.InteractionRespond(i, resp, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
	})
}

// complete finishes a deferred interaction: it edits the original
// response, or, when the answer is private but the deferral was public,
// sends it as an ephemeral follow-up (ephemerality is fixed at the defer)
// and deletes the "thinking" placeholder.
func (b *Bot) complete(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, r Response) error {
	d := r.Interaction.Data
	if d == nil {
		return errors.New("complete interaction: no data")
	}
	opts := []discordgo.RequestOption{discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false)}
	if d.Flags&discordgo.MessageFlagsEphemeral == 0 {
		return retry(ctx, func() error {
			_, err := s.InteractionResponseEdit(i, webhookEdit(d), opts...)
			return err
		})
	}
	if err := retry(ctx, func() error {
		_, err := s.FollowupMessageCreate(i, true, followup(d), opts...)
		return err
	}); err != nil {
		return err
	}
	if i.Type == discordgo.InteractionMessageComponent {
		return nil // the original is the message with the buttons: keep it
	}
	return retry(ctx, func() error { return s.InteractionResponseDelete(i, opts...) })
}

func (b *Bot) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil || !b.begin() {
		return
	}
	defer b.inflight.Done()
	defer b.recover("message")
	start := time.Now()
	ctx, cancel := context.WithTimeout(b.base, b.sendTimeout)
	defer cancel()
	m := mc.Message
	r := b.h.Message(ctx, m)
	if r.Empty() {
		return
	}
	sent, err := b.send(ctx, s, m.ChannelID, r)
	attrs := append([]any{"event", r.Event, "kind", r.Rendered.Kind, "latency", time.Since(start), "id", m.ID, "shard", s.ShardID},
		r.Rendered.WhyAttrs()...)
	if err != nil {
		b.log.Error("discord: answer message", append(attrs, "err", redact(err))...)
		return
	}
	b.observe(r.Rendered, time.Since(start))
	b.h.Sent(ctx, r, MessageLink(m.GuildID, m.ChannelID, sent.ID))
	if sent != nil {
		b.alert(s, flagged{guild: m.GuildID, channel: m.ChannelID, user: m.Author.ID, message: sent.ID}, r.Rendered)
	}
	b.log.Info("discord: message", attrs...)
	b.log.Debug("discord: question", "id", m.ID, "text", m.Content)
}

// send posts a reply in a channel. Where the bot may not embed links it
// falls back to the plain content, which carries the disclaimer too.
func (b *Bot) send(ctx context.Context, s *discordgo.Session, channelID string, r Response) (*discordgo.Message, error) {
	post := func(ms *discordgo.MessageSend) (*discordgo.Message, error) {
		var m *discordgo.Message
		err := retry(ctx, func() error {
			var err error
			m, err = s.ChannelMessageSendComplex(channelID, ms, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
			return err
		})
		return m, err
	}
	m, err := post(r.Message)
	var re *discordgo.RESTError
	if err != nil && len(r.Message.Embeds) > 0 && errors.As(err, &re) &&
		re.Message != nil && re.Message.Code == discordgo.ErrCodeMissingPermissions {
		b.log.Warn("discord: no permission to embed; sending plain text", "channel", channelID)
		return post(PlainMessageSend(r.Rendered, r.Message.Reference))
	}
	return m, err
}

// alertAsk posts the moderator alert about an answer to /ask, if it needs
// one, as the HTTP endpoint does (Alerter.AfterAsk), through rs.
func (b *Bot) alertAsk(rs *discordgo.Session, i *discordgo.Interaction, r Response) {
	al := &Alerter{h: b.h, s: rs, log: b.log}
	if !al.Wants(i, r) {
		return
	}
	// One timeout for finding the answer, one for posting the alert.
	ctx, cancel := context.WithTimeout(b.base, 2*b.sendTimeout)
	defer cancel()
	al.AfterAsk(ctx, i, r)
}

// alert posts a moderator alert about m, sent at f, in the server's alert
// channel, when its admins set one and m is a crisis or emergency reply.
func (b *Bot) alert(s *discordgo.Session, f flagged, m bot.Message) {
	if alertKind(m) == "" || f.guild == "" {
		return
	}
	ctx, cancel := context.WithTimeout(b.base, b.sendTimeout)
	defer cancel()
	(&Alerter{h: b.h, s: s, log: b.log}).AfterMessage(ctx, f, m)
}

// guildTimeout bounds the store write of a GUILD_CREATE or GUILD_DELETE.
const guildTimeout = 5 * time.Second

// onGuildCreate keeps the settings of a server the bot is in (again).
func (b *Bot) onGuildCreate(_ *discordgo.Session, e *discordgo.GuildCreate) {
	defer b.recover("guild create")
	ctx, cancel := context.WithTimeout(b.base, guildTimeout)
	defer cancel()
	if err := guildAdded(ctx, b.h.state.Settings(), e); err != nil {
		b.log.Warn("discord: keep a server's settings", "err", err, "guild", e.ID)
	}
}

// onReadyGuilds starts the grace period of the servers of this shard the
// bot left while no instance was connected, and ends it for the servers it
// is in, from the shard's READY.
func (b *Bot) onReadyGuilds(s *discordgo.Session, r *discordgo.Ready) {
	defer b.recover("ready guilds")
	if r == nil {
		return
	}
	// READY's guilds are the state's: a GUILD_CREATE overwrites them in
	// place, under the state's lock.
	ids := make([]string, 0, len(r.Guilds))
	s.State.RLock()
	for _, g := range r.Guilds {
		if g != nil {
			ids = append(ids, g.ID)
		}
	}
	s.State.RUnlock()
	ctx, cancel := context.WithTimeout(b.base, guildTimeout)
	defer cancel()
	marked, err := guildsAtReady(ctx, b.h.state.Settings(), s.ShardID, s.ShardCount, ids, b.now())
	if len(marked) > 0 {
		b.log.Info("discord: servers with settings are missing from READY: the bot was removed while offline; their settings are deleted after the grace unless it is back",
			"servers", marked, "shard", s.ShardID, "grace", RemovedGrace)
	}
	if err != nil {
		b.log.Warn("discord: check the servers with settings against READY; trying again at the next connection", "err", err, "shard", s.ShardID)
	}
}

// onGuildDelete starts the grace period of a server the bot was removed
// from; an outage (Unavailable) changes nothing.
func (b *Bot) onGuildDelete(_ *discordgo.Session, e *discordgo.GuildDelete) {
	defer b.recover("guild delete")
	ctx, cancel := context.WithTimeout(b.base, guildTimeout)
	defer cancel()
	if err := guildRemoved(ctx, b.h.state.Settings(), e, b.now()); err != nil {
		b.log.Warn("discord: mark a server's settings for deletion", "err", err, "guild", e.ID)
	}
}

// parentChannel returns a thread's parent channel from the gateway state.
func (b *Bot) parentChannel(channelID string) string {
	b.mu.Lock()
	sessions := b.sessions
	b.mu.Unlock()
	for _, s := range sessions {
		if c, err := s.State.Channel(channelID); err == nil {
			return ThreadParent(c)
		}
	}
	return ""
}

// questionText is the question of an /ask, for debug logs only.
func questionText(i *discordgo.Interaction) string {
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok && data.Name == cmdAsk && i.Type == discordgo.InteractionApplicationCommand {
		return option(data.Options, optQuestion)
	}
	return ""
}
