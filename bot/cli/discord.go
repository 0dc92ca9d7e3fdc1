package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
)

// discordFlags are the settings of the Discord side. The token is not among
// them: it comes only from the environment, never a flag or a config file.
type discordFlags struct {
	metricsAddr string
	guild       string
	channels    string
	cooldown    time.Duration
	apiBase     string
	shardID     int
	shardCount  int
	store       storeFlags
}

func (d *discordFlags) config(token string) discord.Config {
	cooldown := d.cooldown
	if cooldown == 0 {
		cooldown = -1 // "--cooldown 0" means none; discord.Config's zero is the default
	}
	cfg := discord.Config{
		Token:      token,
		APIBase:    d.apiBase,
		GuildID:    d.guild,
		Cooldown:   cooldown,
		ShardID:    d.shardID,
		ShardCount: d.shardCount,
	}
	for _, c := range strings.Split(d.channels, ",") {
		if c = strings.TrimSpace(c); c != "" {
			cfg.AllowedChannels = append(cfg.AllowedChannels, c)
		}
	}
	return cfg
}

// token reads the bot token from DISCORD_TOKEN, or from the file named by
// DISCORD_TOKEN_FILE (for secret stores that mount files). It is never
// logged or printed.
func token(env Env) (string, error) {
	t := strings.TrimSpace(env.Getenv("DISCORD_TOKEN"))
	file := env.Getenv("DISCORD_TOKEN_FILE")
	switch {
	case t != "" && file != "":
		return "", usagef("both DISCORD_TOKEN and DISCORD_TOKEN_FILE are set; set one")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("DISCORD_TOKEN_FILE: %w", err)
		}
		t = strings.TrimSpace(string(b))
		if t == "" {
			return "", fmt.Errorf("DISCORD_TOKEN_FILE %s is empty", file)
		}
	}
	return t, nil
}

// runDiscord runs the gateway bot until ctx is done.
func runDiscord(ctx context.Context, env Env, c *common, d *discordFlags, tok string) error {
	where, err := d.store.resolve(env)
	if err != nil {
		return err
	}
	cfg := d.config(tok)
	if d.metricsAddr != "" {
		cfg.Metrics = ops.New(ops.Gateway)
	}
	a, log, stopAnswering, err := c.startAnswering(ctx, env, cfg.Metrics)
	if err != nil {
		return err
	}
	defer stopAnswering()
	if d.metricsAddr != "" {
		// The metrics server stops with the bot, also when the bot fails to
		// start: a supervisor must see the exit, not a healthy /healthz.
		mctx, stop := context.WithCancel(ctx)
		wait, err := startMetrics(mctx, d.metricsAddr, cfg.Metrics, log)
		if err != nil {
			stop()
			return err
		}
		defer func() {
			stop()
			wait()
		}()
		cfg.Metrics.SetReady(true) // knowledge loaded, index built; /readyz also waits for the gateway
	}
	if cfg.State, err = where.open(ctx, log, cfg.Metrics); err != nil {
		return err
	}
	defer cfg.State.Close() // once the bot has stopped: events in flight use it
	b, err := discord.New(cfg, a, log)
	if err != nil {
		return err
	}
	log.Info("starting the Discord bot", "guild", d.guild, "shard_id", d.shardID, "shard_count", d.shardCount)
	return b.Run(ctx)
}

const commandsUsage = `Usage:
  backpainbot commands [flags]              print the slash commands as JSON
  backpainbot commands --register [flags]   register them with Discord (needs DISCORD_TOKEN)

Registering overwrites the application's commands in one go (idempotent):
globally, or in one server with --guild, where changes show at once.
The bot also does this every time it starts.

Flags:
`

func runCommands(ctx context.Context, env Env, o *options, args []string) error {
	var reg bool
	c, d := &o.common, &o.discord
	fs, err := o.parseCommand(env, "commands", commandsUsage, args, o.logFlags(), d.guildFlag(), d.apiFlag(), ownFlags(func(fs *flag.FlagSet) {
		fs.BoolVar(&reg, "register", false, "register the commands with Discord instead of printing them")
	}))
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("commands takes no arguments")
	}
	if !reg {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(discord.Commands())
	}
	tok, err := token(env)
	if err != nil {
		return err
	}
	if tok == "" {
		return usagef("commands --register needs the bot token in DISCORD_TOKEN or DISCORD_TOKEN_FILE")
	}
	log, err := c.logger(env)
	if err != nil {
		return err
	}
	appID, err := discord.RegisterCommands(ctx, d.config(tok), log)
	if err != nil {
		return err
	}
	where := "globally (they can take up to an hour to appear)"
	if d.guild != "" {
		where = "in server " + d.guild
	}
	_, err = fmt.Fprintf(env.Stdout, "registered %d commands for application %s %s\n", len(discord.Commands()), appID, where)
	return err
}

const inviteUsage = `Usage:
  backpainbot invite [--app-id ID]

Prints the URL that adds the bot to a server, with the bot and
applications.commands scopes and only the permissions it needs. The
application id comes from --app-id, or from Discord with DISCORD_TOKEN.

Flags:
`

func runInvite(ctx context.Context, env Env, o *options, args []string) error {
	var appID string
	d := &o.discord
	fs, err := o.parseCommand(env, "invite", inviteUsage, args, d.apiFlag(), ownFlags(func(fs *flag.FlagSet) {
		fs.StringVar(&appID, "app-id", "", "the application `id` (the developer portal's General Information page)")
	}))
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("invite takes no arguments")
	}
	switch {
	case appID != "" && !isDiscordID(appID):
		return usagef("--app-id %q: want the application id, 17 to 20 digits (the developer portal's General Information page)", appID)
	case appID == "":
		tok, err := token(env)
		if err != nil {
			return err
		}
		if tok == "" {
			return usagef("invite needs --app-id, or the bot token in DISCORD_TOKEN to look the id up")
		}
		if appID, err = discord.ApplicationID(ctx, d.config(tok)); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintln(env.Stdout, discord.InviteURL(appID))
	return err
}
