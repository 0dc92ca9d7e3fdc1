package discord

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/feedback"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// DefaultCooldown is the least time between two questions of one user: a
// person typing does not ask faster, and a script that does gets one
// short notice instead of a stream of answers.
const DefaultCooldown = 3 * time.Second

// Answerer is what the handler needs of *bot.Answerer: the real one, a
// *live.Answerer (which a reload of the knowledge swaps under the
// handler), or in tests a wrapper that makes it slow, or panic.
type Answerer interface {
	bot.Answering
	Passage(id string) knowledge.Reply
	Topics() knowledge.Reply
	Topic(name string) knowledge.Reply
	TopicChoices(typed string) []*knowledge.Section
	Help() knowledge.Reply
}

// answerer is the name the package's code and tests know Answerer by.
type answerer = Answerer

// Handler decides what the bot sends for each event. Its methods return a
// Response value and send nothing, so they are tested on values and can
// serve an HTTP interactions endpoint as well as the gateway. What holds
// between events (cooldowns, duplicates, the previous message, the
// same-passage rule) is bot.Sessions' to decide; the handler translates.
// It is safe for concurrent use.
type Handler struct {
	a        answerer
	sessions *bot.Sessions
	fb       *feedback.Recorder
	allowed  map[string]bool
	botID    atomic.Pointer[string]

	// What the sessions are made of, kept to make them again for another
	// answerer (tests).
	sessionsCfg bot.SessionsConfig
	state       *session.State

	// parent returns a thread's parent channel id, or "" if unknown; it
	// lets a thread of an allowed channel count as allowed.
	parent func(channelID string) string

	log *slog.Logger
}

// settingsTimeout bounds the read of a server's settings on the answer
// path: a read takes well under a millisecond on the embedded store and a
// round trip on PostgreSQL; a store slower than this is not waited for,
// and the server gets the bot's defaults for this event.
const settingsTimeout = 300 * time.Millisecond

// Response is what to send for one event. At most one of Interaction and
// Message is set; neither means the event is ignored.
type Response struct {
	// Interaction answers an interaction: a message (type 4), an in-place
	// update after a button click (type 7) or autocomplete choices (type 8).
	Interaction *discordgo.InteractionResponse
	// Message is a reply in the channel of a mention or DM.
	Message *discordgo.MessageSend
	// Rendered is the message the payload was made from (zero for
	// autocomplete): its Kind is logged, its Content is the plain-text
	// fallback.
	Rendered bot.Message
	// Event names what was handled, for logs: ask, topic, topics, help,
	// button, autocomplete, mention, dm, ping or unknown.
	Event string

	post   *bot.Post        // set when the response posts a public answer
	answer *feedback.Answer // set when the response answers a question or a topic: counted once sent
}

// Empty reports whether the event is ignored.
func (r Response) Empty() bool { return r.Interaction == nil && r.Message == nil }

// NewHandler returns a handler answering with a, applying cfg's cooldown
// and allowed channels, and keeping what holds between events in
// cfg.State.
func NewHandler(a Answerer, cfg Config) *Handler {
	return newHandler(a, cfg)
}

func newHandler(a answerer, cfg Config) *Handler {
	cooldown := cfg.Cooldown
	if cooldown == 0 {
		cooldown = DefaultCooldown
	}
	h := &Handler{
		state:       cfg.State,
		sessionsCfg: bot.SessionsConfig{Cooldown: cooldown, Locate: newLocator(cfg.APIBase), Log: cfg.Log},
		log:         cfg.Log,
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	if h.state == nil {
		h.state = session.New()
	}
	h.fb = feedback.New(h.feedbackStore, feedback.Config{Log: h.log})
	h.use(a)
	if len(cfg.AllowedChannels) > 0 {
		h.allowed = map[string]bool{}
		for _, c := range cfg.AllowedChannels {
			h.allowed[c] = true
		}
	}
	return h
}

// feedbackStore is where votes, counts and logged questions go: the
// store the state is in, while it answers; nil otherwise.
func (h *Handler) feedbackStore() store.Feedback {
	if st := h.state.Settings(); st != nil {
		return st
	}
	return nil // not a nil store.Store in a non-nil interface
}

// Feedback is the recorder of the handler's votes, counts and logged
// questions, for the retention job.
func (h *Handler) Feedback() *feedback.Recorder { return h.fb }

// use answers with a from now on.
func (h *Handler) use(a answerer) {
	h.a = a
	h.sessions = bot.NewSessions(a, h.state, h.sessionsCfg)
}

// SetBotID tells the handler the bot's own user id (from READY): mentions
// of it are questions, messages from it are ignored. Until it is set, no
// message is answered.
func (h *Handler) SetBotID(id string) { h.botID.Store(&id) }

func (h *Handler) self() string {
	if p := h.botID.Load(); p != nil {
		return *p
	}
	return ""
}

// Interaction decides the response to an interaction received over the
// gateway, where the state knows the parents of threads.
func (h *Handler) Interaction(ctx context.Context, i *discordgo.Interaction) Response {
	return h.InteractionIn(ctx, i, "")
}

// InteractionIn decides the response to an interaction whose channel is a
// thread of the channel parent ("" if it is no thread or is not known):
// an HTTP interaction's payload says so (see ThreadParent), and a thread
// of an allowed channel is allowed too.
func (h *Handler) InteractionIn(ctx context.Context, i *discordgo.Interaction, parent string) Response {
	if i == nil {
		return Response{}
	}
	if i.Type == discordgo.InteractionPing {
		return Response{Event: "ping", Interaction: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}}
	}
	if !h.sessions.FirstEvent(ctx, "interaction:"+i.ID) {
		return Response{}
	}
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok && i.Type == discordgo.InteractionApplicationCommand && data.Name == cmdSettings {
		// Before the channel check: admins change the channels from anywhere.
		return h.settings(ctx, i)
	}
	set := h.serverSettings(ctx, i.GuildID)
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok && i.Type == discordgo.InteractionApplicationCommand {
		// Before the channel check too: a member deletes their data, and
		// admins read the figures, from anywhere in the server.
		switch data.Name {
		case cmdForget:
			return h.forget(ctx, i)
		case cmdStats:
			return h.stats(ctx, i, set)
		}
	}
	allowed := h.allowedIn(set, i.GuildID, i.ChannelID, parent)
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		r := Response{Event: "autocomplete"}
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok || !allowed || data.Name != cmdTopic {
			r.Interaction = AutocompleteResponse(nil)
			return r
		}
		r.Interaction = AutocompleteResponse(topicChoices(h.a.TopicChoices(focused(data.Options))))
		return r
	case discordgo.InteractionApplicationCommand:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return h.reply("unknown", h.a.Notice(knowledge.KindError, msgUnknown))
		}
		if !allowed {
			return h.reply(data.Name, h.a.Notice(knowledge.KindError, msgNotHere))
		}
		return h.command(ctx, i, data, set)
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return h.reply("button", h.a.Notice(knowledge.KindError, msgUnknown))
		}
		if passage, helpful, ok := voteOf(data.CustomID); ok {
			return h.vote(ctx, i, passage, helpful)
		}
		// An unknown id (a button from an older knowledge) gets an honest
		// ephemeral "I don't know" from Passage.
		id, _ := PassageID(data.CustomID)
		reply := h.a.Passage(id)
		m := votable(bot.Render(reply), i.GuildID)
		r := Response{Event: "button", Interaction: UpdateResponse(m), Rendered: m}
		if reply.Kind == knowledge.KindAnswer { // not a stale button's "I don't know"
			r.answer = &feedback.Answer{Guild: i.GuildID, User: userID(i), Reply: reply, Settings: set}
		}
		return r
	}
	return Response{}
}

// The few fixed sentences the transport needs, all sent through
// Answerer.Notice and bot.Render so that they carry the disclaimer.
const (
	msgUnknown = "I don't know that command. Try /help."
	msgNotHere = "I'm not set up to answer in this channel. Please ask in one of the channels the moderators chose, or in a DM."
)

func (h *Handler) command(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, set store.Settings) Response {
	switch data.Name {
	case cmdAsk:
		p := bot.Place{User: userID(i), Guild: i.GuildID, Channel: i.ChannelID}
		text := option(data.Options, optQuestion)
		got := h.sessions.AskCooldown(ctx, p, text, false, h.cooldown(set))
		m := votable(bot.Render(got.Reply.Localized(localFor(set))), i.GuildID)
		m.Private = askPrivate(m, set)
		r := Response{Event: cmdAsk, Interaction: InteractionResponse(m), Rendered: m, post: got.Post,
			answer: &feedback.Answer{Guild: i.GuildID, User: p.User, Text: text, Reply: got.Reply, Settings: set}}
		if r.post != nil {
			// The reply gets no id here: it is found through the
			// interaction, if someone else asks for the passage.
			r.post.Ref = interactionRef(i)
		}
		return r
	case cmdTopic, cmdTopics:
		reply := h.a.Topics()
		if data.Name == cmdTopic {
			reply = h.a.Topic(option(data.Options, optName))
		}
		r := h.reply(data.Name, reply)
		if reply.Kind == knowledge.KindTopic || reply.Kind == knowledge.KindTopics { // not an unknown name's "I don't know"
			r.answer = &feedback.Answer{Guild: i.GuildID, User: userID(i), Reply: reply, Settings: set}
		}
		return r
	case cmdHelp:
		return h.reply(cmdHelp, h.a.Help())
	}
	return h.reply("unknown", h.a.Notice(knowledge.KindError, msgUnknown))
}

func (h *Handler) reply(event string, r knowledge.Reply) Response {
	m := bot.Render(r)
	return Response{Event: event, Interaction: InteractionResponse(m), Rendered: m}
}

// Message decides the response to a channel message: a mention of the
// bot, or any message in a DM, is a question answered as a reply to it.
// Messages from bots (the bot itself included), system messages and
// guild messages that do not mention the bot are ignored.
func (h *Handler) Message(ctx context.Context, m *discordgo.Message) Response {
	self := h.self()
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.System || self == "" || m.Author.ID == self {
		return Response{}
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return Response{}
	}
	dm := m.GuildID == ""
	if !dm && !mentions(m, self) {
		return Response{}
	}
	set := h.serverSettings(ctx, m.GuildID)
	if !h.allowedIn(set, m.GuildID, m.ChannelID, "") {
		return Response{}
	}
	if !h.sessions.FirstEvent(ctx, "message:"+m.ID) {
		return Response{}
	}
	event := "mention"
	if dm {
		event = "dm"
	}
	text := StripMention(m.Content, self)
	var msg bot.Message
	var p *bot.Post
	var answer *feedback.Answer
	if strings.TrimSpace(text) == "" {
		msg = bot.Render(h.a.Help()) // a bare mention: say what the bot is
	} else {
		// A reply in the channel is public: a cooldown notice there is
		// sent once per cooldown, however many messages follow it.
		got := h.sessions.AskCooldown(ctx, bot.Place{User: m.Author.ID, Guild: m.GuildID, Channel: m.ChannelID}, text, true, h.cooldown(set))
		if got.Quiet {
			return Response{}
		}
		msg, p = votable(bot.Render(got.Reply.Localized(localFor(set))), m.GuildID), got.Post
		answer = &feedback.Answer{Guild: m.GuildID, User: m.Author.ID, Text: text, Reply: got.Reply, Settings: set}
	}
	return Response{Event: event, Message: MessageSend(msg, m.SoftReference()), Rendered: msg, post: p, answer: answer}
}

// Sent records that r was posted where the channel sees it, for the
// same-passage rule: link is the posted message's URL, or "" for an
// interaction's reply (found later through the interaction, if needed).
// The answer is counted by kind then, and logged if the server keeps the
// log of unanswered questions: only what was sent is recorded.
func (h *Handler) Sent(ctx context.Context, r Response, link string) {
	if r.answer != nil {
		h.fb.Answered(ctx, *r.answer)
	}
	if r.post == nil || r.Rendered.Private {
		return
	}
	p := *r.post
	if link != "" {
		p.Link = link
	}
	h.sessions.Posted(ctx, p)
}

// allowedIn reports whether the bot answers in a channel of a server with
// settings set: always in DMs; else in the server's own channels when its
// admins chose some, which replace --channels there, else in --channels,
// and everywhere when neither is set; threads of an allowed channel too.
// parent is the channel's parent if the caller knows it is a thread, else
// the gateway state is asked.
func (h *Handler) allowedIn(set store.Settings, guildID, channelID, parent string) bool {
	in := func(c string) bool { return h.allowed[c] }
	switch {
	case guildID == "":
		return true
	case len(set.Channels) > 0:
		in = func(c string) bool { return slices.Contains(set.Channels, c) }
	case h.allowed == nil:
		return true
	}
	if in(channelID) {
		return true
	}
	if parent == "" && h.parent != nil {
		parent = h.parent(channelID)
	}
	return parent != "" && in(parent)
}

// votable is m as sent in guild: votes need a server, so an answer in a
// DM has no vote buttons.
func votable(m bot.Message, guild string) bot.Message {
	if guild == "" {
		m.Vote = ""
	}
	return m
}

// settings answers /settings, logging a store failure for the operator.
// A change that turns the log of unanswered questions off deletes it.
func (h *Handler) settings(ctx context.Context, i *discordgo.Interaction) Response {
	r, err := settingsResponse(ctx, h.state.Settings(), i, h.a.Notice, h.fb.SettingsChanged)
	if err != nil {
		h.log.Warn("discord: /settings", "err", err, "guild", i.GuildID)
	}
	return r
}

// serverSettings returns a server's settings, read once per event: the
// zero Settings (the bot's defaults) in a DM, while the store is away, or
// when it does not answer within settingsTimeout.
func (h *Handler) serverSettings(ctx context.Context, guild string) store.Settings {
	st := h.state.Settings()
	if guild == "" || st == nil {
		return store.Settings{}
	}
	ctx, cancel := context.WithTimeout(ctx, settingsTimeout)
	defer cancel()
	set, err := st.Settings(ctx, guild)
	if err != nil {
		h.log.Warn("discord: read the server's settings; answering with the defaults", "err", err, "guild", guild)
		return store.Settings{}
	}
	return set
}

// cooldown is the cooldown in a server with settings set: its admins'
// when they set one (0 for none), else the bot's.
func (h *Handler) cooldown(set store.Settings) time.Duration {
	if set.Cooldown != nil {
		return *set.Cooldown
	}
	return h.sessionsCfg.Cooldown
}

// ThreadParent returns the parent of c if c is a thread, else "": the
// channel whose allowance a thread shares. A channel's own parent is its
// category, which allows nothing.
func ThreadParent(c *discordgo.Channel) string {
	if c == nil || !c.IsThread() {
		return ""
	}
	return c.ParentID
}

// StripMention removes mentions of the bot (<@id> and <@!id>) from a
// message and tidies the spaces left behind.
func StripMention(content, botID string) string {
	if botID != "" {
		content = strings.ReplaceAll(content, "<@"+botID+">", " ")
		content = strings.ReplaceAll(content, "<@!"+botID+">", " ")
	}
	return strings.Join(strings.Fields(content), " ")
}

func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// userID is who invoked an interaction: Member.User in servers, User in DMs.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// option returns a string option's value, or "".
func option(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o != nil && o.Name == name {
			if s, ok := o.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}

// focused returns the value of the option being typed, or "".
func focused(opts []*discordgo.ApplicationCommandInteractionDataOption) string {
	for _, o := range opts {
		if o != nil && o.Focused {
			if s, ok := o.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}
