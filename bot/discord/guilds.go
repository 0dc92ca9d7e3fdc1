package discord

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/store"
)

// RemovedGrace is how long a server's settings outlive the bot's removal
// from it. An admin who removes the bot by mistake, or re-invites it after
// tidying their integrations, gets their settings back within a week;
// after that they are deleted, as a server that let the bot go expects.
// Outages are not removals (GUILD_DELETE with unavailable set) and start
// no grace at all.
const RemovedGrace = 7 * 24 * time.Hour

// purgeEvery is how often the purger deletes the settings of servers past
// their grace: a server's settings outlive RemovedGrace by at most this,
// and a purge is one query or transaction.
const purgeEvery = time.Hour

// guildRemoved handles GUILD_DELETE: the bot was removed from a server (or
// the server was deleted), so its settings start their grace period at
// now. A GUILD_DELETE marked unavailable is an outage on Discord's side,
// and changes nothing.
func guildRemoved(ctx context.Context, st store.Store, e *discordgo.GuildDelete, now time.Time) error {
	if st == nil || e == nil || e.Guild == nil || e.ID == "" || e.Unavailable {
		return nil
	}
	if err := st.MarkRemoved(ctx, e.ID, now); err != nil {
		return fmt.Errorf("guild delete: %w", err)
	}
	return nil
}

// guildAdded handles GUILD_CREATE, which Discord sends for every server at
// each connection and when the bot joins one: a server the bot is back in
// keeps its settings.
func guildAdded(ctx context.Context, st store.Store, e *discordgo.GuildCreate) error {
	if st == nil || e == nil || e.Guild == nil || e.ID == "" || e.Unavailable {
		return nil
	}
	if err := st.UnmarkRemoved(ctx, e.ID); err != nil {
		return fmt.Errorf("guild create: %w", err)
	}
	return nil
}

// guildsAtReady reconciles the saved settings with a shard's READY, which
// lists every server of that shard the bot is in (unavailable ones too).
// A server with settings that belongs to the shard but is not listed was
// left while no instance was connected, so its GUILD_DELETE reached
// nobody: its grace period starts at now (a mark already there keeps its
// earlier time). A listed server with settings is unmarked, as at
// GUILD_CREATE. Servers of other shards are theirs to judge: each shard
// sees only its own. It returns the servers marked, sorted.
func guildsAtReady(ctx context.Context, st store.Store, shard, count int, present []string, now time.Time) ([]string, error) {
	if st == nil {
		return nil, nil
	}
	all, err := st.AllSettings(ctx)
	if err != nil {
		return nil, fmt.Errorf("ready: %w", err)
	}
	in := make(map[string]bool, len(present))
	for _, g := range present {
		in[g] = true
	}
	var marked []string
	for _, g := range slices.Sorted(maps.Keys(all)) {
		if shardOf(g, count) != shard {
			continue
		}
		if in[g] {
			err = st.UnmarkRemoved(ctx, g)
		} else if err = st.MarkRemoved(ctx, g, now); err == nil {
			marked = append(marked, g)
		}
		if err != nil {
			return marked, fmt.Errorf("ready: server %s: %w", g, err)
		}
	}
	return marked, nil
}

// shardOf is the shard, of count, that receives a server's events:
// (guild_id >> 22) % count, as Discord documents; -1, no shard's, for an
// id that is not a snowflake.
func shardOf(guild string, count int) int {
	id, err := strconv.ParseUint(guild, 10, 64)
	if err != nil {
		return -1
	}
	if count <= 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// RunPurger deletes, at start and then every hour until ctx is done, the
// settings of servers the bot was removed from more than RemovedGrace ago.
// Several instances may each run one: a purge is idempotent.
func RunPurger(ctx context.Context, st store.Store, log *slog.Logger) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	purger{st: st, log: log, now: time.Now}.run(ctx, t.C)
}

// purger is RunPurger with its clock and ticks replaceable by tests.
type purger struct {
	st  store.Store
	log *slog.Logger
	now func() time.Time
}

func (p purger) run(ctx context.Context, tick <-chan time.Time) {
	for {
		p.once(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick:
		}
	}
}

// once purges the servers past their grace and logs what it did.
func (p purger) once(ctx context.Context) {
	ids, err := p.st.PurgeRemoved(ctx, p.now().Add(-RemovedGrace))
	switch {
	case err != nil && ctx.Err() != nil:
		// Shutting down: the next start purges them.
	case err != nil:
		p.log.Warn("discord: purge settings of removed servers; trying again within the hour", "err", err)
	case len(ids) > 0:
		p.log.Info("discord: deleted the settings of servers the bot left", "servers", ids, "grace", RemovedGrace)
	}
}
