package discord

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/knowledge"
)

// DefaultCooldown is the least time between two questions of one user: a
// person typing does not ask faster, and a script that does gets one
// short notice instead of a stream of answers.
const DefaultCooldown = 3 * time.Second

const (
	// samePassageWindow: within it, a passage already posted in a channel
	// is not posted again for someone else; they get a link to it.
	samePassageWindow = time.Minute
	// seenWindow: event ids are remembered this long so that an event
	// delivered twice is answered once (an interaction token lives 15
	// minutes).
	seenWindow = 15 * time.Minute
	// sweepEvery: how often expired entries are dropped from the maps.
	sweepEvery = time.Minute
)

// answerer is what the handler needs of *bot.Answerer. It is declared here
// so that tests can wrap the real one (to make it slow, or panic).
type answerer interface {
	Answer(ctx context.Context, q bot.Question) knowledge.Reply
	Remember(text string) bot.Memory
	Passage(id string) knowledge.Reply
	Topics() knowledge.Reply
	Topic(name string) knowledge.Reply
	Help() knowledge.Reply
	Notice(kind knowledge.Kind, text string) knowledge.Reply
}

// Handler decides what the bot sends for each event. Its methods return a
// Response value and send nothing, so they are tested on values and can
// serve an HTTP interactions endpoint as well as the gateway. It is safe
// for concurrent use.
type Handler struct {
	a        answerer
	topics   *topicIndex
	cooldown time.Duration
	allowed  map[string]bool
	botID    atomic.Pointer[string]

	// now is the clock; tests replace it.
	now func() time.Time
	// parent returns a thread's parent channel id, or "" if unknown; it
	// lets a thread of an allowed channel count as allowed.
	parent func(channelID string) string

	mu        sync.Mutex
	lastAsk   map[string]time.Time        // user id → last question answered
	noticed   map[string]time.Time        // user id → last cooldown notice posted in a channel
	previous  *session.Recent[bot.Memory] // channel id/user id → what the last question left
	posts     map[string]*post            // channel id/passage id → last public answer
	seen      map[string]time.Time        // event ids already handled
	lastSweep time.Time
}

// post is a public answer posted in a channel, to link to instead of
// posting the same passage again.
type post struct {
	key, user string
	at        time.Time

	mu     sync.Mutex
	link   string
	locate func(context.Context) (string, error)
}

// resolve returns the post's URL, asking Discord for it the first time if
// needed (an interaction's reply has no id until someone asks).
func (p *post) resolve(ctx context.Context) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.link != "" {
		return p.link, nil
	}
	if p.locate == nil {
		return "", fmt.Errorf("locate post: no locator")
	}
	link, err := p.locate(ctx)
	if err != nil {
		return "", err
	}
	p.link = link
	return link, nil
}

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

	post *post // set when the response posts a public answer
}

// Empty reports whether the event is ignored.
func (r Response) Empty() bool { return r.Interaction == nil && r.Message == nil }

// NewHandler returns a handler answering with a, applying cfg's cooldown
// and allowed channels.
func NewHandler(a *bot.Answerer, cfg Config) *Handler {
	return newHandler(a, newTopicIndex(a.Knowledge()), cfg)
}

func newHandler(a answerer, topics *topicIndex, cfg Config) *Handler {
	h := &Handler{
		a:        a,
		topics:   topics,
		cooldown: cfg.Cooldown,
		now:      time.Now,
		lastAsk:  map[string]time.Time{},
		noticed:  map[string]time.Time{},
		previous: session.NewRecent[bot.Memory](session.ContextWindow),
		posts:    map[string]*post{},
		seen:     map[string]time.Time{},
	}
	if h.cooldown == 0 {
		h.cooldown = DefaultCooldown
	}
	if len(cfg.AllowedChannels) > 0 {
		h.allowed = map[string]bool{}
		for _, c := range cfg.AllowedChannels {
			h.allowed[c] = true
		}
	}
	return h
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

// Interaction decides the response to an interaction.
func (h *Handler) Interaction(ctx context.Context, i *discordgo.Interaction) Response {
	if i == nil {
		return Response{}
	}
	if i.Type == discordgo.InteractionPing {
		return Response{Event: "ping", Interaction: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}}
	}
	if h.dup("interaction:" + i.ID) {
		return Response{}
	}
	allowed := h.allowedIn(i.GuildID, i.ChannelID)
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		r := Response{Event: "autocomplete"}
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok || !allowed || data.Name != cmdTopic {
			r.Interaction = AutocompleteResponse(nil)
			return r
		}
		r.Interaction = AutocompleteResponse(h.topics.Choices(focused(data.Options)))
		return r
	case discordgo.InteractionApplicationCommand:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return h.reply("unknown", h.a.Notice(knowledge.KindError, msgUnknown))
		}
		if !allowed {
			return h.reply(data.Name, h.a.Notice(knowledge.KindError, msgNotHere))
		}
		return h.command(ctx, i, data)
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return h.reply("button", h.a.Notice(knowledge.KindError, msgUnknown))
		}
		// An unknown id (a button from an older knowledge) gets an honest
		// ephemeral "I don't know" from Passage.
		id, _ := PassageID(data.CustomID)
		m := bot.Render(h.a.Passage(id))
		return Response{Event: "button", Interaction: UpdateResponse(m), Rendered: m}
	}
	return Response{}
}

// The few fixed sentences the transport needs, all sent through
// Answerer.Notice and bot.Render so that they carry the disclaimer.
const (
	msgUnknown  = "I don't know that command. Try /help."
	msgNotHere  = "I'm not set up to answer in this channel. Please ask in one of the channels the moderators chose, or in a DM."
	msgDupLink  = "I posted this answer in this channel a moment ago: "
	msgCooldown = "One question every %s, please: ask again in a moment."
)

func (h *Handler) command(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) Response {
	switch data.Name {
	case cmdAsk:
		m, p, _ := h.question(ctx, place{user: userID(i), guild: i.GuildID, channel: i.ChannelID}, option(data.Options, optQuestion))
		return Response{Event: cmdAsk, Interaction: InteractionResponse(m), Rendered: m, post: p}
	case cmdTopic:
		return h.reply(cmdTopic, h.a.Topic(option(data.Options, optName)))
	case cmdTopics:
		return h.reply(cmdTopics, h.a.Topics())
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
	if !dm && (!mentions(m, self) || !h.allowedIn(m.GuildID, m.ChannelID)) {
		return Response{}
	}
	if h.dup("message:" + m.ID) {
		return Response{}
	}
	event := "mention"
	if dm {
		event = "dm"
	}
	text := StripMention(m.Content, self)
	var msg bot.Message
	var p *post
	if strings.TrimSpace(text) == "" {
		msg = bot.Render(h.a.Help()) // a bare mention: say what the bot is
	} else {
		var cooling bool
		msg, p, cooling = h.question(ctx, place{user: m.Author.ID, guild: m.GuildID, channel: m.ChannelID}, text)
		if cooling && !h.firstNotice(m.Author.ID) {
			// A notice in a channel is public: one per cooldown is enough,
			// however many messages follow it.
			return Response{}
		}
	}
	return Response{Event: event, Message: MessageSend(msg, m.SoftReference()), Rendered: msg, post: p}
}

// firstNotice reports whether user gets a cooldown notice in a channel
// now: the first time within a cooldown, not again.
func (h *Handler) firstNotice(user string) bool {
	now := h.now()
	h.mu.Lock()
	defer h.mu.Unlock()
	if t, ok := h.noticed[user]; ok && now.Sub(t) < h.cooldown {
		return false
	}
	h.noticed[user] = now
	return true
}

// place is who asked where.
type place struct{ user, guild, channel string }

// question answers a question asked at w, applying the cooldowns. It
// returns the post to record if the answer is posted publicly.
func (h *Handler) question(ctx context.Context, w place, text string) (m bot.Message, p *post, cooling bool) {
	now := h.now()
	h.mu.Lock()
	h.sweep(now)
	key := w.channel + "/" + w.user
	prev, _ := h.previous.Get(key)
	last, asked := h.lastAsk[w.user]
	cooling = asked && now.Sub(last) < h.cooldown
	if !cooling {
		h.lastAsk[w.user] = now
	}
	h.mu.Unlock()

	// Remembered even when the question is refused by the cooldown: a red
	// flag said during a cooldown still counts with the next question.
	// Only what the safety check found is kept, never the text.
	if m := h.a.Remember(text); m.Empty() {
		h.previous.Delete(key)
	} else {
		h.previous.Put(key, m)
	}
	reply := h.a.Answer(ctx, bot.Question{Text: text, Previous: prev})
	if reply.Kind == knowledge.KindUrgent || reply.Kind == knowledge.KindCrisis {
		// Urgent advice is never held back by a cooldown or replaced by a link.
		return bot.Render(reply), nil, false
	}
	if cooling {
		return bot.Render(h.a.Notice(knowledge.KindCooldown, fmt.Sprintf(msgCooldown, seconds(h.cooldown)))), nil, true
	}
	if reply.Kind != knowledge.KindAnswer || reply.Passage == nil {
		return bot.Render(reply), nil, false
	}
	pk := w.channel + "/" + reply.Passage.ID
	h.mu.Lock()
	earlier := h.posts[pk]
	h.mu.Unlock()
	if earlier != nil && earlier.user != w.user && now.Sub(earlier.at) < samePassageWindow {
		if link, err := earlier.resolve(ctx); err == nil {
			return bot.Render(h.a.Notice(knowledge.KindCooldown, msgDupLink+link)), nil, false
		}
		// No link to give: posting the passage again is the lesser evil.
	}
	return bot.Render(reply), &post{key: pk, user: w.user, at: now}, false
}

// Sent records that r was posted publicly; link returns the posted
// message's URL. It is called at most once, and only when someone else
// asks for the same passage in the same channel within a minute, so it
// may ask Discord.
func (h *Handler) Sent(r Response, link func(context.Context) (string, error)) {
	if r.post == nil || link == nil || r.Rendered.Private {
		return
	}
	r.post.locate = link
	h.mu.Lock()
	h.posts[r.post.key] = r.post
	h.mu.Unlock()
}

// dup reports whether the event id was handled before, and remembers it.
func (h *Handler) dup(id string) bool {
	now := h.now()
	h.mu.Lock()
	defer h.mu.Unlock()
	h.sweep(now)
	if _, ok := h.seen[id]; ok {
		return true
	}
	h.seen[id] = now
	return false
}

// sweep drops expired entries, at most once every sweepEvery. h.mu is held.
func (h *Handler) sweep(now time.Time) {
	if now.Sub(h.lastSweep) < sweepEvery {
		return
	}
	h.lastSweep = now
	for k, t := range h.lastAsk {
		if now.Sub(t) >= h.cooldown {
			delete(h.lastAsk, k)
		}
	}
	for k, t := range h.noticed {
		if now.Sub(t) >= h.cooldown {
			delete(h.noticed, k)
		}
	}
	for k, p := range h.posts {
		if now.Sub(p.at) >= samePassageWindow {
			delete(h.posts, k)
		}
	}
	for k, t := range h.seen {
		if now.Sub(t) >= seenWindow {
			delete(h.seen, k)
		}
	}
}

// allowedIn reports whether the bot answers in a channel: everywhere when
// no channels are configured, always in DMs, else in the configured
// channels and their threads.
func (h *Handler) allowedIn(guildID, channelID string) bool {
	if h.allowed == nil || guildID == "" || h.allowed[channelID] {
		return true
	}
	if h.parent != nil {
		if p := h.parent(channelID); p != "" && h.allowed[p] {
			return true
		}
	}
	return false
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

// seconds formats a duration as whole seconds, rounded up: "3 seconds".
func seconds(d time.Duration) string {
	n := int(math.Ceil(d.Seconds()))
	if n == 1 {
		return "second"
	}
	return fmt.Sprintf("%d seconds", n)
}
