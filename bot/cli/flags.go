package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/index"
)

// The program's flags come in groups, each flag defined once, here. A
// command registers the groups it reads, so its --help lists exactly the
// flags it uses, and a flag it would ignore is refused rather than
// silently accepted.

// flagGroup is flags that go together: register adds them to a command's
// flag set, and check (nil when there is nothing to check) validates their
// values once the command line and the config file are read.
type flagGroup struct {
	register func(fs *flag.FlagSet)
	check    func() error
}

// ownFlags is a group of flags that only one command has.
func ownFlags(register func(fs *flag.FlagSet)) flagGroup { return flagGroup{register: register} }

// options are the values of every flag of the program, and what came
// before the command's name.
type options struct {
	common
	discord discordFlags
	// addr is serve's listen address.
	addr       string
	configPath string
	// early are the flags given before the command's name: each must be a
	// flag of that command.
	early map[string]bool
}

func newOptions() *options {
	return &options{
		common:  common{scoring: index.ScoringBM25, logLevel: "info", logFormat: "text"},
		discord: discordFlags{cooldown: discord.DefaultCooldown},
		addr:    ":8080",
	}
}

// The groups. Each registers its flags with their current values as the
// defaults, so values given before the command's name, or by the config
// file, survive the command's own parse.

// answerFlags are what the answering is built from: the knowledge, the
// safety rules and examples, and the index.
func (c *common) answerFlags() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&c.knowledgePath, "knowledge", c.knowledgePath, "a knowledge YAML `file` or directory of them, replacing the embedded article")
		fs.StringVar(&c.safetyPath, "safety-rules", c.safetyPath, "a safety rules YAML `file` replacing the embedded red-flag, crisis, dose and diagnosis rules")
		fs.StringVar(&c.safetyExamplesPath, "safety-examples", c.safetyExamplesPath, "a safety examples YAML `file` replacing the embedded messages the learned safety detector trains on")
		fs.StringVar(&c.indexDir, "index-dir", c.indexDir, "keep the search index in this `directory` and reuse it while the knowledge is unchanged, and the trained safety detector beside it in DIR.safety-detector (default: in memory, trained at every start)")
		fs.StringVar(&c.scoring, "scoring", c.scoring, "search scoring `model`: bm25 or tf-idf")
	}, check: func() error {
		if c.scoring != index.ScoringBM25 && c.scoring != index.ScoringTFIDF {
			return usagef("--scoring %q: want %s or %s", c.scoring, index.ScoringBM25, index.ScoringTFIDF)
		}
		return nil
	}}
}

// logFlags say how much is logged, and how.
func (c *common) logFlags() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&c.logLevel, "log-level", c.logLevel, "log `level`: debug, info, warn or error (question text is logged only at debug)")
		fs.StringVar(&c.logFormat, "log-format", c.logFormat, "log `format` on stderr: text or json")
	}, check: func() error {
		_, err := c.logger(Env{Stderr: io.Discard})
		return err
	}}
}

// guildFlag is the one server the slash commands are registered in.
func (d *discordFlags) guildFlag() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&d.guild, "guild", d.guild, "register the slash commands in this server `id` only (instant, for trying it out) instead of globally")
	}, check: func() error {
		if d.guild != "" && !isDiscordID(d.guild) {
			return usagef("--guild %q: want the server's id, 17 to 20 digits (with Developer Mode on in Discord's settings, right-click the server, Copy Server ID)", d.guild)
		}
		return nil
	}}
}

// answeringFlags say where the bot answers in servers, and how often.
func (d *discordFlags) answeringFlags() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&d.channels, "channels", d.channels, "answer in servers only in these channel `ids` (comma-separated) and their threads; DMs are always answered (default: everywhere)")
		fs.DurationVar(&d.cooldown, "cooldown", d.cooldown, "least `time` between two questions of one member (shared by the instances on one store); 0 turns it off")
	}, check: func() error {
		for _, c := range strings.Split(d.channels, ",") {
			if c = strings.TrimSpace(c); c != "" && !isDiscordID(c) {
				return usagef("--channels: %q is not a channel id: want ids of 17 to 20 digits, comma-separated (with Developer Mode on in Discord's settings, right-click a channel, Copy Channel ID)", c)
			}
		}
		if d.cooldown < 0 {
			return usagef("--cooldown %v: want 0 (no cooldown) or more, such as 3s", d.cooldown)
		}
		return nil
	}}
}

// apiFlag is the Discord REST API the program talks to.
func (d *discordFlags) apiFlag() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&d.apiBase, "discord-api", d.apiBase, "Discord REST API base `URL` (and through it the gateway), e.g. a REST proxy such as nirn-proxy (default https://discord.com/api/v9)")
	}}
}

// shardFlags split the gateway bot over processes.
func (d *discordFlags) shardFlags() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.IntVar(&d.shardID, "shard-id", d.shardID, "run this shard `id` only (with --shard-count; one process per shard)")
		fs.IntVar(&d.shardCount, "shard-count", d.shardCount, "the total `number` of shards; 0 runs all of Discord's recommended count in this process")
	}}
}

// metricsFlag is where health and metrics are served.
func (d *discordFlags) metricsFlag() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&d.metricsAddr, "metrics-addr", d.metricsAddr, "serve /healthz, /readyz and /metrics on this `address` (default: the bot serves none; serve serves them on --addr)")
	}}
}

// storeFlags is where the bot keeps its state and settings.
func (s *storeFlags) flags() flagGroup { return flagGroup{register: s.register} }

// addrFlag is where serve takes interactions.
func (o *options) addrFlag() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.StringVar(&o.addr, "addr", o.addr, "listen `address` for interactions")
	}}
}

// botFlags are the groups of the program without a command: the Discord
// bot, or the terminal.
func (o *options) botFlags() []flagGroup {
	return []flagGroup{o.answerFlags(), o.watchFlag(), o.logFlags(), o.discord.guildFlag(), o.discord.answeringFlags(),
		o.discord.apiFlag(), o.discord.shardFlags(), o.discord.metricsFlag(), o.discord.store.flags()}
}

// settingFlags are every flag a config file may set: the shared groups.
func (o *options) settingFlags() []flagGroup {
	return append(o.botFlags(), o.addrFlag())
}

// parseCommand parses the command line of the command name, whose flags
// are groups, and fills in from the config file what it leaves unset.
func (o *options) parseCommand(env Env, name, usage string, args []string, groups ...flagGroup) (*flag.FlagSet, error) {
	fs := newFlagSet("backpainbot "+name, env.Stdout, usage, "")
	for _, g := range groups {
		g.register(fs)
	}
	if err := o.checkEarly(fs, name); err != nil {
		return fs, err
	}
	if err := parse(fs, args, "backpainbot "+name+" --help"); err != nil {
		return fs, err
	}
	return fs, o.configure(fs, groups)
}

// checkEarly checks that the flags given before the command's name are
// flags of fs, the command's.
func (o *options) checkEarly(fs *flag.FlagSet, name string) error {
	var early []string
	for f := range o.early {
		early = append(early, f)
	}
	sort.Strings(early)
	for _, f := range early {
		if fs.Lookup(f) == nil {
			return usagef("--%s is not a flag of %s; see 'backpainbot %s --help' for its flags", f, name, name)
		}
	}
	return nil
}

// configure sets, from the config file, the flags of fs (parsed) that the
// command line left unset, and checks the values of groups, fs's. The
// whole file is checked first, on the defaults: a mistake in it is
// reported whichever command reads the file first, and named as the
// file's.
func (o *options) configure(fs *flag.FlagSet, groups []flagGroup) error {
	given := map[string]bool{}
	for f := range o.early {
		given[f] = true
	}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if o.configPath == "" {
		return check(groups)
	}
	cf, err := readConfig(o.configPath)
	if err != nil {
		return err
	}
	scratch := newOptions()
	all := flag.NewFlagSet("config", flag.ContinueOnError)
	every := scratch.settingFlags()
	for _, g := range every {
		g.register(all)
	}
	if err := cf.apply(all, given, true); err != nil {
		return err
	}
	if err := check(every); err != nil {
		return fmt.Errorf("config: %s: %w", o.configPath, err)
	}
	if err := cf.apply(fs, given, false); err != nil {
		return err
	}
	return check(groups)
}

// check checks the values of groups.
func check(groups []flagGroup) error {
	for _, g := range groups {
		if g.check == nil {
			continue
		}
		if err := g.check(); err != nil {
			return err
		}
	}
	return nil
}

// newFlagSet returns a flag set whose usage text (for --help) goes to out.
func newFlagSet(name string, out io.Writer, head, tail string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fs.SetOutput(out)
		fmt.Fprint(out, head)
		fs.PrintDefaults()
		fmt.Fprint(out, tail)
	}
	return fs
}

// parse parses args, printing the usage text only for --help: a mistake
// gets one line saying what is wrong and where help is, not a wall of text.
func parse(fs *flag.FlagSet, args []string, help string) error {
	fs.SetOutput(io.Discard)
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		usage()
		return err
	}
	return usagef("%s (see '%s')", flagProblem(fs, err), help)
}

// The flag package's messages, which name flags with one dash and often
// say only "parse error".
var (
	flagUndefined = regexp.MustCompile(`^flag provided but not defined: -+(\S+)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -+(\S+)$`)
	flagBadValue  = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-+([^:\s]+): (.*)$`)
)

// flagProblem says what is wrong with the command line, as a person would.
func flagProblem(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		return "unknown flag --" + m[1]
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		return "--" + m[1] + " needs a value"
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		if want := wantValue(fs.Lookup(m[2])); want != "" {
			return fmt.Sprintf("--%s: %s, not %s", m[2], want, m[1])
		}
		return fmt.Sprintf("--%s %s: %s", m[2], m[1], m[3])
	}
	return msg
}

// wantValue says what kind of value flag f takes, or "" when it takes any
// text.
func wantValue(f *flag.Flag) string {
	if f == nil {
		return ""
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case time.Duration:
		return "want a duration such as 3s or 500ms"
	case int, int64, uint, uint64:
		return "want a whole number"
	case bool:
		return "want true or false"
	}
	return ""
}

// isDiscordID reports whether s is a Discord id (a snowflake) as an
// operator copies it from Discord: 17 to 20 digits, every id since 2015.
func isDiscordID(s string) bool {
	if len(s) < 17 || len(s) > 20 {
		return false
	}
	_, err := strconv.ParseUint(s, 10, 64) // no sign, no spaces, fits 64 bits
	return err == nil
}
