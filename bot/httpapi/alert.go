package httpapi

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/discord"
)

// alertTimeout bounds one moderator alert sent after a reply: a settings
// read and a claim in the store, the reply's id from Discord and the post,
// with waits for Discord's rate limits. Each call takes well under a
// second; the rest is for a 429. Shutdown waits at most its own deadline.
const alertTimeout = 30 * time.Second

// alerter posts a moderator alert about an interaction response already
// sent; *discord.Alerter is the one used outside tests.
type alerter interface {
	Wants(i *discordgo.Interaction, r discord.Response) bool
	AfterAsk(ctx context.Context, i *discordgo.Interaction, r discord.Response)
}

// background runs a Handler's moderator alerts after its replies, off the
// request (a reply must not wait for a second and third call to Discord),
// and lets the server's shutdown wait for them or cancel them.
type background struct {
	al     alerter
	base   context.Context // cancelled by Shutdown when its deadline passes
	cancel context.CancelFunc
	mu     sync.Mutex
	closed bool // Shutdown began: start no more
	wg     sync.WaitGroup
}

func newBackground(al alerter) *background {
	base, cancel := context.WithCancel(context.Background())
	return &background{al: al, base: base, cancel: cancel}
}

// alertLater starts the moderator alert about resp, the response to i
// just written, if it may need one.
func (s *Handler) alertLater(i *discordgo.Interaction, resp discord.Response) {
	b := s.bg
	if b == nil || !b.al.Wants(i, resp) {
		return
	}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		s.log.Warn("httpapi: shutting down; moderator alert not sent", "id", i.ID, "guild", i.GuildID)
		return
	}
	b.wg.Add(1)
	b.mu.Unlock()
	go func() {
		defer b.wg.Done()
		defer func() {
			if p := recover(); p != nil {
				s.m.Panic()
				s.log.Error("httpapi: panic while sending a moderator alert", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			}
		}()
		ctx, cancel := context.WithTimeout(b.base, alertTimeout)
		defer cancel()
		b.al.AfterAsk(ctx, i, resp)
	}()
}

// Shutdown starts no more moderator alerts and waits for those in flight
// until ctx is done, then cancels them and waits for them to return (each
// call they make takes the context, so that is prompt). Call it once the
// server has drained its requests and before the store closes: an alert
// reads settings from it. It returns an error if it had to cancel.
func (s *Handler) Shutdown(ctx context.Context) error {
	b := s.bg
	if b == nil {
		return nil
	}
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() {
		b.wg.Wait()
		close(done)
	}()
	defer b.cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		b.cancel()
		<-done
		return fmt.Errorf("httpapi: moderator alerts cancelled at shutdown: %w", context.Cause(ctx))
	}
}
