package discord

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

// guildStore is an embedded store on c with settings saved for guilds.
func guildStore(t *testing.T, c *fakeclock.Clock, guilds ...string) store.Store {
	t.Helper()
	st, err := bolt.Open(t.TempDir(), bolt.WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, g := range guilds {
		if err := st.SaveSettings(context.Background(), g, store.Settings{EmergencyNumber: "999"}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// saved returns the guilds with settings, sorted.
func saved(t *testing.T, st store.Store) string {
	t.Helper()
	all, err := st.AllSettings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, g := range []string{"400", "401", "402"} {
		if _, ok := all[g]; ok {
			ids = append(ids, g)
		}
	}
	return strings.Join(ids, ",")
}

func guildDelete(id string, unavailable bool) *discordgo.GuildDelete {
	return &discordgo.GuildDelete{Guild: &discordgo.Guild{ID: id, Unavailable: unavailable}}
}

func guildCreate(id string) *discordgo.GuildCreate {
	return &discordgo.GuildCreate{Guild: &discordgo.Guild{ID: id}}
}

// The purger on a clock the test moves: a removed server's settings go
// once the grace is over, not before; an outage and a server the bot is
// back in keep theirs.
func TestPurgerGracePeriod(t *testing.T) {
	c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	st := guildStore(t, c, "400", "401", "402")
	ctx := context.Background()
	var logs bytes.Buffer
	tick := make(chan time.Time)
	stop, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		purger{st: st, log: slog.New(slog.NewTextHandler(&logs, nil)), now: c.Now}.run(stop, tick)
	}()
	// wait lets the purger run at the clock's time: the second tick is
	// taken only once the purge of the first is over.
	wait := func() { tick <- time.Time{}; tick <- time.Time{} }

	events := []error{
		guildRemoved(ctx, st, guildDelete("400", false), c.Now()),
		guildRemoved(ctx, st, guildDelete("401", true), c.Now()), // an outage
		guildRemoved(ctx, st, guildDelete("402", false), c.Now()),
	}
	c.Add(time.Hour)
	events = append(events, guildAdded(ctx, st, guildCreate("402"))) // back within the grace
	for i, err := range events {
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
	}
	steps := []struct {
		after time.Duration
		want  string
	}{
		{0, "400,401,402"},
		{RemovedGrace - 2*time.Hour, "400,401,402"}, // an hour short of 400's grace
		{2 * time.Hour, "401,402"},
		{30 * 24 * time.Hour, "401,402"},
	}
	for _, s := range steps {
		c.Add(s.after)
		wait()
		if got := saved(t, st); got != s.want {
			t.Errorf("after %v: servers with settings %s; want %s", c.Now().Sub(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)), got, s.want)
		}
	}
	cancel()
	<-done
	if !strings.Contains(logs.String(), "servers=[400]") {
		t.Errorf("purger log %q; want the purged server named", logs.String())
	}
}

// A second GUILD_DELETE (say, after a reconnect) does not extend the grace.
func TestGuildRemovedTwiceKeepsFirst(t *testing.T) {
	c := fakeclock.At(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	st := guildStore(t, c, "400")
	ctx := context.Background()
	if err := guildRemoved(ctx, st, guildDelete("400", false), c.Now()); err != nil {
		t.Fatal(err)
	}
	c.Add(3 * 24 * time.Hour)
	if err := guildRemoved(ctx, st, guildDelete("400", false), c.Now()); err != nil {
		t.Fatal(err)
	}
	c.Add(RemovedGrace - 3*24*time.Hour + time.Second)
	purger{st: st, log: slog.New(slog.DiscardHandler), now: c.Now}.once(ctx)
	if got := saved(t, st); got != "" {
		t.Errorf("servers with settings %q; want 400 purged a week after its first removal", got)
	}
}

// markDown is a store whose marks fail.
type markDown struct{ store.Store }

func (markDown) MarkRemoved(context.Context, string, time.Time) error { return errStoreDown }
func (markDown) UnmarkRemoved(context.Context, string) error          { return errStoreDown }

func TestGuildEventsIgnoreAndFail(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	// Nothing to do: no store, no guild, an outage. markDown would fail
	// any call, so none is made.
	for _, e := range []*discordgo.GuildDelete{nil, {}, guildDelete("", false), guildDelete("400", true)} {
		if err := guildRemoved(ctx, markDown{}, e, now); err != nil {
			t.Errorf("guildRemoved(%+v) = %v; want nothing done", e, err)
		}
	}
	if err := guildRemoved(ctx, nil, guildDelete("400", false), now); err != nil {
		t.Errorf("guildRemoved without a store = %v; want nil", err)
	}
	for _, e := range []*discordgo.GuildCreate{nil, {}, {Guild: &discordgo.Guild{ID: "400", Unavailable: true}}} {
		if err := guildAdded(ctx, markDown{}, e); err != nil {
			t.Errorf("guildAdded(%+v) = %v; want nothing done", e, err)
		}
	}
	if err := guildRemoved(ctx, markDown{}, guildDelete("400", false), now); !errors.Is(err, errStoreDown) {
		t.Errorf("guildRemoved on a failing store = %v; want its error", err)
	}
	if err := guildAdded(ctx, markDown{}, guildCreate("400")); !errors.Is(err, errStoreDown) {
		t.Errorf("guildAdded on a failing store = %v; want its error", err)
	}
}
