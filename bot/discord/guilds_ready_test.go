package discord

import (
	"context"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakeclock"
	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store"
)

// Servers the bot was removed from while no instance was connected: their
// GUILD_DELETE went to nobody, so the grace period starts at the next
// READY, which lists every server of the shard the bot is still in.

// onShard is the i-th server id (from 1) that Discord sends to shard k of
// n: the shard is the id's top 42 bits modulo n.
func onShard(k, n, i int) string { return strconv.Itoa((k + i*n) << 22) }

// purgedAfter runs one purge at the clock's time plus d and returns the
// servers among ids that still have settings.
func purgedAfter(t *testing.T, st store.Store, c *fakeclock.Clock, d time.Duration, ids ...string) []string {
	t.Helper()
	c.Add(d)
	purger{st: st, log: slog.New(slog.DiscardHandler), now: c.Now}.once(context.Background())
	all, err := st.AllSettings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, g := range ids {
		if _, ok := all[g]; ok {
			kept = append(kept, g)
		}
	}
	return kept
}

// The bot starts, through the fake Discord, without server 400 in READY:
// 400's settings are deleted once the grace is over; 401, in READY, keeps
// its settings, and loses a removal mark from an earlier GUILD_DELETE.
func TestRemovedWhileOffline(t *testing.T) {
	t.Parallel()
	c := fakeclock.At(time.Now()) // the store's clock and the bot's; moved by the test
	st := guildStore(t, c, "400", "401")
	if err := guildRemoved(context.Background(), st, guildDelete("401", false), c.Now()); err != nil {
		t.Fatal(err)
	}
	f := fakediscord.New(t)
	f.SetGuilds("401")
	r := startBot(t, f, Config{State: session.New(session.WithStore(leaveOpen{st}))}, func(b *Bot) { b.now = c.Now })
	f.WaitFor("400 marked as removed", func() bool {
		return strings.Contains(r.logs.String(), `missing from READY`) && strings.Contains(r.logs.String(), `"servers":["400"]`)
	})
	r.stop()
	if kept := purgedAfter(t, st, c, RemovedGrace-time.Hour, "400", "401"); strings.Join(kept, ",") != "400,401" {
		t.Errorf("an hour before the grace is over: servers with settings %v; want 400 and 401", kept)
	}
	if kept := purgedAfter(t, st, c, 2*time.Hour, "400", "401"); strings.Join(kept, ",") != "401" {
		t.Errorf("after the grace: servers with settings %v; want only 401, which READY listed", kept)
	}
}

// With two shards in two processes, shard 0's READY lists only shard 0's
// servers: it marks a server of its own that is missing, and leaves shard
// 1's server, which it could never see, alone.
func TestRemovedWhileOfflineSharded(t *testing.T) {
	t.Parallel()
	c := fakeclock.At(time.Now())
	present, missing, other := onShard(0, 2, 1), onShard(0, 2, 2), onShard(1, 2, 1)
	st := guildStore(t, c, present, missing, other)
	f := fakediscord.New(t)
	f.SetGuilds(present, other)
	r := startBot(t, f, Config{ShardID: 0, ShardCount: 2, State: session.New(session.WithStore(leaveOpen{st}))},
		func(b *Bot) { b.now = c.Now })
	f.WaitFor("the missing server marked", func() bool { return strings.Contains(r.logs.String(), `missing from READY`) })
	r.stop()
	if !strings.Contains(r.logs.String(), `"servers":["`+missing+`"]`) {
		t.Errorf("log:\n%s\nwant only %s marked", r.logs.String(), missing)
	}
	kept := purgedAfter(t, st, c, RemovedGrace+time.Hour, present, missing, other)
	if want := present + "," + other; strings.Join(kept, ",") != want {
		t.Errorf("after the grace: servers with settings %v; want %s (shard 0's, in its READY, and shard 1's)", kept, want)
	}
}

// guildsAtReady marks the servers of the shard missing from its READY,
// and no other.
func TestGuildsAtReady(t *testing.T) {
	a0, b0, a1, c2 := onShard(0, 3, 1), onShard(0, 3, 2), onShard(1, 3, 1), onShard(2, 3, 1)
	tests := []struct {
		name         string
		shard, count int
		present      []string
		want         string // marked
	}{
		{"one shard: every server missing from READY", 0, 1, []string{a0}, strings.Join(slices.Sorted(slices.Values([]string{b0, a1, c2})), ",")},
		{"one shard, count 0 (as unsharded)", 0, 0, []string{a0, b0, a1, c2}, ""},
		{"shard 0 of 3 sees only its own", 0, 3, []string{a0}, b0},
		{"shard 1 of 3", 1, 3, nil, a1},
		{"shard 2 of 3, all there", 2, 3, []string{c2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fakeclock.At(time.Now())
			st := guildStore(t, c, a0, b0, a1, c2)
			marked, err := guildsAtReady(context.Background(), st, tt.shard, tt.count, tt.present, c.Now())
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(marked, ","); got != tt.want {
				t.Errorf("guildsAtReady(shard %d of %d, READY %v) marked %q; want %q", tt.shard, tt.count, tt.present, got, tt.want)
			}
		})
	}
	if marked, err := guildsAtReady(context.Background(), nil, 0, 1, nil, time.Now()); marked != nil || err != nil {
		t.Errorf("guildsAtReady without a store = %v, %v; want nothing", marked, err)
	}
	// A server READY lists loses its removal mark, even when Discord
	// sends no GUILD_CREATE for it (an outage keeps it unavailable).
	c := fakeclock.At(time.Now())
	st := guildStore(t, c, a0)
	if err := guildRemoved(context.Background(), st, guildDelete(a0, false), c.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := guildsAtReady(context.Background(), st, 0, 1, []string{a0}, c.Now()); err != nil {
		t.Fatal(err)
	}
	if kept := purgedAfter(t, st, c, RemovedGrace+time.Hour, a0); len(kept) != 1 {
		t.Errorf("a marked server listed in READY was purged after the grace; want it unmarked")
	}
	if got := shardOf("not-a-snowflake", 2); got != -1 {
		t.Errorf("shardOf(not a snowflake) = %d; want -1, no shard's", got)
	}
	if _, err := guildsAtReady(context.Background(), markDown{guildStore(t, fakeclock.At(time.Time{}), a0)}, 0, 1, nil, time.Now()); err == nil {
		t.Error("guildsAtReady on a store whose marks fail = nil; want the error")
	}
}
