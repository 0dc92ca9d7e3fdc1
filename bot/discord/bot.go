package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/bot/session"
)

// Intents are the only gateway intents the bot asks for (4609): guilds,
// for the channel and thread list; guild messages and DMs, for mentions
// and DMs. Interactions arrive without any intent, and the content of
// mentions and DMs without the privileged MESSAGE_CONTENT intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Config configures a Bot.
type Config struct {
	// Token is the bot token, from DISCORD_TOKEN or the file named by
	// DISCORD_TOKEN_FILE, never a flag. A "Bot " prefix is optional. It is
	// never logged.
	Token string
	// APIBase replaces https://discord.com/api/v9 in every REST call (and
	// so the gateway URL, which GET /gateway returns), e.g.
	// http://127.0.0.1:8080/api/v9 for a local fake Discord. Empty means
	// Discord. With it set, requests elsewhere fail instead of leaking out.
	APIBase string
	// GuildID registers the commands in that server only, where they
	// update instantly (for testing); empty registers them globally.
	GuildID string
	// AllowedChannels restricts where the bot answers in servers: these
	// channels and their threads. DMs are always answered. Empty means
	// everywhere the bot can read.
	AllowedChannels []string
	// Cooldown is the least time between two questions of one user; zero
	// means DefaultCooldown, negative means none. Urgent replies are
	// never held back by it.
	Cooldown time.Duration
	// State keeps what holds between events (cooldowns, duplicate
	// suppression, the previous message, the same-passage rule), shared by
	// every instance on one store; nil keeps it in this process's memory.
	State *session.State
	// Log gets the handler's warnings (an earlier answer that cannot be
	// found, say); New uses its own logger when it is nil.
	Log *slog.Logger
	// Metrics, if not nil, counts replies, latency, cooldowns, reconnects
	// and panics, and tracks whether every shard is connected (/readyz).
	Metrics *ops.Metrics
	// ShardID and ShardCount run one shard of several, one process per
	// shard. ShardCount 0 asks Discord (GET /gateway/bot) for its
	// recommended count and runs all the shards in this process, starting
	// them as fast as Discord's max_concurrency allows.
	ShardID, ShardCount int
}

// Timing of one event.
const (
	// respondWithin bounds the initial interaction response: Discord
	// drops it after 3 s, and the network needs some of that.
	respondWithin = 2500 * time.Millisecond
	// deferAfter: an interaction whose answer is not ready by then is
	// deferred (the "is thinking" state) and completed by an edit.
	deferAfter = 1500 * time.Millisecond
	// answerTimeout bounds the answering itself, after a deferral.
	answerTimeout = 10 * time.Second
	// sendTimeout bounds a channel message or a follow-up, waits for rate
	// limits included (an interaction token lives 15 minutes).
	sendTimeout = 30 * time.Second
	// closeTimeout bounds the wait for the sessions to close at shutdown
	// (discordgo's Close alone sleeps about a second).
	closeTimeout = 5 * time.Second
	// drainTimeout bounds the wait for in-flight events at shutdown.
	drainTimeout = 10 * time.Second
	// readyTimeout bounds the wait for READY after connecting.
	readyTimeout = 30 * time.Second
	// maxRateLimitWaits is how many 429s in a row one call sits out.
	maxRateLimitWaits = 3
)

// Bot is the Discord gateway bot: it connects, registers the slash
// commands, answers events through a Handler until its context ends, then
// shuts down gracefully.
type Bot struct {
	cfg    Config
	token  string // "Bot …"
	h      *Handler
	log    *slog.Logger
	client *http.Client
	rl     *discordgo.RateLimiter // shared by the shards: rate limits are per bot

	// Timing; tests shorten it.
	respondWithin, deferAfter, answerTimeout, sendTimeout, drainTimeout, readyTimeout time.Duration
	// now dates the removal marks of servers; tests replace it.
	now func() time.Time

	base       context.Context // parent of in-flight events; outlives Run's ctx until drained
	cancelBase context.CancelFunc

	mu       sync.Mutex
	closing  bool
	inflight sync.WaitGroup
	appID    string
	ready    chan struct{} // closed at the first READY
	sessions []*discordgo.Session
}

// New returns a Bot answering with a. It checks cfg but connects to
// nothing; Run does.
func New(cfg Config, a Answerer, log *slog.Logger) (*Bot, error) {
	if a == nil {
		return nil, errors.New("discord: no answerer")
	}
	token, client, err := prepare(cfg)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Log == nil {
		cfg.Log = log
	}
	b := &Bot{
		cfg:           cfg,
		token:         token,
		h:             NewHandler(a, cfg),
		log:           log,
		client:        client,
		rl:            discordgo.NewRatelimiter(),
		respondWithin: respondWithin,
		deferAfter:    deferAfter,
		answerTimeout: answerTimeout,
		sendTimeout:   sendTimeout,
		drainTimeout:  drainTimeout,
		readyTimeout:  readyTimeout,
		now:           time.Now,
		ready:         make(chan struct{}),
	}
	b.h.parent = b.parentChannel
	return b, nil
}

// Run connects, registers the commands and answers events until ctx is
// done, then stops taking events, waits (bounded) for those in flight and
// closes the sessions. It returns nil after a graceful shutdown. A Bot
// runs once.
func (b *Bot) Run(ctx context.Context) error {
	b.base, b.cancelBase = context.WithCancel(context.WithoutCancel(ctx))
	defer b.cancelBase()

	ids, count, perBatch, err := b.shards(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		// Every shard this process runs counts for /readyz from the start,
		// so the bot is not ready while later batches are still starting.
		b.cfg.Metrics.SetConnected(id, false)
	}
	sessions := make([]*discordgo.Session, len(ids))
	for k, id := range ids {
		sessions[k] = b.session(id, count)
	}
	b.mu.Lock()
	b.sessions = sessions
	b.mu.Unlock()
	// The retention job needs no store at start: it purges once one answers.
	go b.h.fb.RunRetention(ctx)
	if st := b.h.state.Settings(); st != nil {
		go RunPurger(ctx, leftServers{Store: st, fb: b.h.fb, log: b.log}, b.log)
	} else {
		b.log.Warn("discord: the store is not available at start: the settings of servers the bot left are purged at the next start")
	}

	var opened []*discordgo.Session
	fail := func(err error) error {
		b.shutdown(opened)
		return err
	}
	for k, s := range sessions {
		// Discord lets max_concurrency sessions identify every 5 seconds.
		if k > 0 && k%perBatch == 0 {
			select {
			case <-time.After(5 * time.Second):
			case <-ctx.Done():
				return fail(nil)
			}
		}
		if err := b.open(ctx, s); err != nil {
			if ctx.Err() != nil {
				return fail(nil)
			}
			return fail(fmt.Errorf("discord: connect shard %d of %d: %w", s.ShardID, count, explainStart(err, b.cfg.APIBase)))
		}
		opened = append(opened, s)
	}

	select {
	case <-b.ready:
	case <-ctx.Done():
		return fail(nil)
	case <-time.After(b.readyTimeout):
		return fail(errors.New("discord: no READY from the gateway"))
	}
	if err := b.register(ctx, sessions[0]); err != nil {
		if ctx.Err() != nil {
			return fail(nil)
		}
		return fail(err)
	}

	<-ctx.Done()
	b.shutdown(opened)
	return nil
}

// open connects s, giving up when ctx ends or after readyTimeout:
// discordgo's Open has no deadline of its own, and a gateway that accepts
// the socket but never says HELLO would hold it (and a shutdown) forever.
// An abandoned Open is left to fail on its own; its session is never used.
func (b *Bot) open(ctx context.Context, s *discordgo.Session) error {
	done := make(chan error, 1)
	go func() { done <- s.Open() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(b.readyTimeout):
		return errors.New("the gateway did not answer")
	}
}

// shards decides which shards this process runs, of how many, and how many
// may start at once.
func (b *Bot) shards(ctx context.Context) (ids []int, count, perBatch int, err error) {
	if b.cfg.ShardCount > 0 {
		return []int{b.cfg.ShardID}, b.cfg.ShardCount, 1, nil
	}
	gb, err := restSession(b.token, b.client).GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		return nil, 0, 0, fmt.Errorf("discord: get recommended shard count: %w", explainStart(err, b.cfg.APIBase))
	}
	count = max(gb.Shards, 1)
	perBatch = max(gb.SessionStartLimit.MaxConcurrency, 1)
	for id := range count {
		ids = append(ids, id)
	}
	b.log.Info("discord: shards", "count", count, "max_concurrency", perBatch, "session_starts_remaining", gb.SessionStartLimit.Remaining)
	return ids, count, perBatch, nil
}

// session makes a gateway session for one shard, not yet open.
func (b *Bot) session(id, count int) *discordgo.Session {
	s := restSession(b.token, b.client) // calls wait for 429s themselves, within their deadline
	s.Ratelimiter = b.rl
	s.Identify.Intents = Intents
	s.ShardID, s.ShardCount = id, count
	// The state keeps channels and threads (for AllowedChannels), nothing else.
	s.State.TrackEmojis = false
	s.State.TrackMembers = false
	s.State.TrackRoles = false
	s.State.TrackVoice = false
	s.State.TrackPresences = false
	s.State.TrackStickers = false
	s.State.TrackThreadMembers = false
	s.State.MaxMessageCount = 0

	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		defer b.recover("ready")
		b.onReady(s, r)
	})
	var connectedBefore atomic.Bool // discordgo sends Connect on every Open, reconnects included
	s.AddHandler(func(*discordgo.Session, *discordgo.Connect) {
		b.log.Info("discord: connected", "shard", id, "shards", count)
		b.cfg.Metrics.SetConnected(id, true)
		if connectedBefore.Swap(true) {
			b.cfg.Metrics.Reconnect()
		}
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		b.log.Info("discord: disconnected", "shard", id, "shards", count)
		b.cfg.Metrics.SetConnected(id, false)
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) {
		b.log.Info("discord: resumed", "shard", id, "shards", count)
	})
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onReadyGuilds)
	s.AddHandler(b.onGuildCreate)
	s.AddHandler(b.onGuildDelete)
	return s
}

func (b *Bot) onReady(s *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		b.h.SetBotID(r.User.ID)
	}
	appID := ""
	if r.Application != nil {
		appID = r.Application.ID
	}
	if appID == "" {
		ctx, cancel := context.WithTimeout(b.base, b.sendTimeout)
		defer cancel()
		id, err := applicationID(ctx, s, b.cfg.APIBase)
		if err != nil {
			b.log.Error("discord: no application id in READY", "err", err, "shard", s.ShardID)
			return
		}
		appID = id
	}
	b.log.Info("discord: ready", "shard", s.ShardID, "guilds", len(r.Guilds), "application_id", appID)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.appID == "" {
		b.appID = appID
		close(b.ready)
	}
}

// register overwrites the bot's commands with Commands(): idempotent, so
// every start does it.
func (b *Bot) register(ctx context.Context, s *discordgo.Session) error {
	ctx, cancel := context.WithTimeout(ctx, b.sendTimeout)
	defer cancel()
	b.mu.Lock()
	appID := b.appID
	b.mu.Unlock()
	return register(ctx, s, appID, b.cfg.GuildID, b.cfg.APIBase, b.log)
}

// register overwrites, through s at apiBase, the commands of appID in
// guildID, or globally.
func register(ctx context.Context, s *discordgo.Session, appID, guildID, apiBase string, log *slog.Logger) error {
	var got []*discordgo.ApplicationCommand
	err := retry(ctx, func() error {
		var err error
		got, err = s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(),
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		return err
	})
	scope := "global"
	if guildID != "" {
		scope = "guild"
	}
	if err != nil {
		return fmt.Errorf("discord: register %s commands: %w", scope, explainStart(err, apiBase))
	}
	log.Info("discord: commands registered", "scope", scope, "guild", guildID, "count", len(got))
	return nil
}

// shutdown stops taking events, waits for those in flight (bounded) and
// closes the sessions.
func (b *Bot) shutdown(sessions []*discordgo.Session) {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	b.cfg.Metrics.SetReady(false)
	drained := make(chan struct{})
	go func() {
		b.inflight.Wait()
		close(drained)
	}()
	select {
	case <-drained:
	case <-time.After(b.drainTimeout):
		b.log.Warn("discord: shutdown: events still in flight; abandoning them", "waited", b.drainTimeout)
		b.cancelBase()
	}
	var wg sync.WaitGroup
	for _, s := range sessions {
		// Before Close: otherwise a heartbeat failing on the closing socket
		// reconnects the session (discordgo issue #406).
		s.ShouldReconnectOnError = false
		wg.Go(func() {
			if err := s.Close(); err != nil {
				b.log.Warn("discord: close", "err", redact(err), "shard", s.ShardID)
			}
		})
	}
	closed := make(chan struct{})
	go func() {
		wg.Wait()
		close(closed)
	}()
	select {
	case <-closed:
	case <-time.After(closeTimeout):
		// A session stuck reconnecting holds its lock; the process is
		// exiting anyway, so it is left behind rather than waited for.
		b.log.Warn("discord: shutdown: a session did not close; leaving it", "waited", closeTimeout)
	}
	b.log.Info("discord: shut down")
}

// begin registers an in-flight event; it is false once shutting down.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.inflight.Add(1)
	return true
}

// recover keeps a panicking event handler from killing the process:
// discordgo runs handlers in bare goroutines.
func (b *Bot) recover(what string) {
	if p := recover(); p != nil {
		b.cfg.Metrics.Panic()
		b.log.Error("discord: panic in handler", "event", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	}
}
