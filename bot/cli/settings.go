package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/feedback"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

const settingsUsage = `Usage:
  backpainbot settings export [--data-dir DIR | --database-url-file FILE] > settings.yaml
  backpainbot settings import [--data-dir DIR | --database-url-file FILE] [--dry-run] settings.yaml

export writes every server's settings (what admins set with /settings) as
YAML; never the salt of member hashes, votes or logged questions, which
stay in the store. import gives each server listed in the file exactly the settings
listed for it, and leaves the other servers alone; it checks the whole file
first, and writes nothing if any of it is wrong: unknown keys and bad values
are errors that name the line. A server whose log of unanswered questions
the file turns off has its logged questions deleted, as /settings
log_unanswered:False does; --dry-run names those servers.

The store is PostgreSQL when BACKPAINBOT_DATABASE_URL is set, else the
embedded store in --data-dir (default: the platform's data directory, see
the README). The embedded store serves one process at a time: stop the bot
while you export or import.

Flags:
`

// settingsFileVersion is the version of the file format. A file of another
// version is refused rather than half understood.
const settingsFileVersion = 1

// settingsFile is the YAML of "settings export" and "settings import". The
// keys of a server are the names of /settings's options.
type settingsFile struct {
	Version int                   `yaml:"version"`
	Servers map[string]serverYAML `yaml:"servers"`
}

type serverYAML struct {
	Channels        []string `yaml:"channels,omitempty,flow"`
	Private         *bool    `yaml:"private,omitempty"`
	Cooldown        string   `yaml:"cooldown,omitempty"` // 3s, 1m30s; 0s is none
	EmergencyNumber string   `yaml:"emergency_number,omitempty"`
	CrisisLine      string   `yaml:"crisis_line,omitempty"`
	AlertChannel    string   `yaml:"alert_channel,omitempty"`
	LogUnanswered   *bool    `yaml:"log_unanswered,omitempty"`
	LogRetention    string   `yaml:"log_retention,omitempty"` // 720h, 168h: as the cooldown
}

func runSettings(ctx context.Context, env Env, sf *storeFlags, args []string) error {
	var dryRun bool
	fs := newFlagSet("backpainbot settings", env.Stdout, settingsUsage, "")
	sf.register(fs)
	fs.BoolVar(&dryRun, "dry-run", false, "import: check the file and say what it would change, without writing")
	if len(args) == 0 {
		return usagef("settings needs export or import; see 'backpainbot settings --help'")
	}
	verb, rest := args[0], args[1:]
	if verb == "-h" || verb == "--help" || verb == "help" {
		fs.Usage()
		return flag.ErrHelp
	}
	if err := parse(fs, rest, "backpainbot settings --help"); err != nil {
		return err
	}
	switch {
	case verb == "export" && fs.NArg() == 0 && !dryRun:
	case verb == "import" && fs.NArg() == 1:
	case verb == "export":
		return usagef("settings export takes no file and no --dry-run: it writes to stdout, e.g. backpainbot settings export > settings.yaml")
	case verb == "import":
		return usagef("settings import needs one file: backpainbot settings import settings.yaml")
	default:
		return usagef("settings %s: want export or import", verb)
	}
	where, err := sf.resolve(env)
	if err != nil {
		return err
	}
	var file *settingsFile
	if verb == "import" {
		var err error
		if file, err = readSettingsFile(fs.Arg(0)); err != nil {
			return err
		}
	}
	st, path, err := openOfflineStore(ctx, "settings", where.getenv, where.dataDir)
	if err != nil {
		return err
	}
	defer st.Close()
	if verb == "export" {
		return exportSettings(ctx, st, env.Stdout)
	}
	return importSettings(ctx, st, file, dryRun, path, env.Stdout)
}

// exportSettings writes every server's settings to w, sorted by server.
func exportSettings(ctx context.Context, st store.Store, w io.Writer) error {
	all, err := st.AllSettings(ctx)
	if err != nil {
		return fmt.Errorf("settings export: %w", err)
	}
	f := settingsFile{Version: settingsFileVersion, Servers: map[string]serverYAML{}}
	for guild, s := range all {
		y := serverYAML{Channels: s.Channels, Private: s.Private, EmergencyNumber: s.EmergencyNumber, CrisisLine: s.CrisisLine,
			AlertChannel: s.AlertChannel, LogUnanswered: s.LogUnanswered}
		if s.Cooldown != nil {
			y.Cooldown = s.Cooldown.String()
		}
		if s.LogRetention != nil {
			y.LogRetention = s.LogRetention.String()
		}
		f.Servers[guild] = y
	}
	var b bytes.Buffer
	b.WriteString("# backpainbot server settings, by server id. Restore with: backpainbot settings import FILE\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("settings export: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("settings export: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// importSettings saves every server of f, or, in a dry run, says what it
// would do. A server with no settings in f is forgotten, as /settings
// reset does.
func importSettings(ctx context.Context, st store.Store, f *settingsFile, dryRun bool, where string, w io.Writer) error {
	guilds := make([]string, 0, len(f.Servers))
	for g := range f.Servers {
		guilds = append(guilds, g)
	}
	sort.Strings(guilds)
	if dryRun {
		for _, g := range guilds {
			s, _, _ := f.Servers[g].settings() // checked by readSettingsFile
			off, err := turnsLogOff(ctx, st, g, s)
			if err != nil {
				return fmt.Errorf("settings import: server %s: %w", g, err)
			}
			if off {
				fmt.Fprintf(w, "server %s: the file turns its log of unanswered questions off; an import deletes its logged questions\n", g)
			}
		}
		fmt.Fprintf(w, "the file is valid: %d servers; nothing written (dry run) to %s\n", len(guilds), where)
		return nil
	}
	for i, g := range guilds {
		n, err := importServer(ctx, st, g, f.Servers[g])
		if err != nil {
			return fmt.Errorf("settings import: server %s (%d of %d written before it): %w", g, i, len(guilds), err)
		}
		if n >= 0 {
			questions := "questions"
			if n == 1 {
				questions = "question"
			}
			fmt.Fprintf(w, "server %s: the file turns its log of unanswered questions off; deleted its %d logged %s\n", g, n, questions)
		}
	}
	servers := "servers"
	if len(guilds) == 1 {
		servers = "server"
	}
	_, err := fmt.Fprintf(w, "imported the settings of %d %s into %s\n", len(guilds), servers, where)
	return err
}

// importServer gives guild the settings y, as /settings would: a server
// whose log of unanswered questions was on and is now off has its logged
// questions deleted (what an admin stops keeping is not kept). deleted is
// how many, or -1 when the log was not turned off.
func importServer(ctx context.Context, st store.Store, guild string, y serverYAML) (deleted int, err error) {
	s, _, _ := y.settings() // checked by readSettingsFile
	off, err := turnsLogOff(ctx, st, guild, s)
	if err != nil {
		return -1, err
	}
	if reflect.ValueOf(s.Canonical()).IsZero() {
		err = st.DeleteSettings(ctx, guild)
	} else {
		err = st.SaveSettings(ctx, guild, s)
	}
	if err != nil || !off {
		return -1, err
	}
	return st.DeleteUnanswered(ctx, guild)
}

// turnsLogOff reports whether giving guild the settings s turns its log of
// unanswered questions from on to off.
func turnsLogOff(ctx context.Context, st store.Store, guild string, s store.Settings) (bool, error) {
	before, err := st.Settings(ctx, guild)
	return err == nil && feedback.Logging(before) && !feedback.Logging(s), err
}

// settings converts y to store.Settings. The error names the key at
// fault, for the line.
func (y serverYAML) settings() (s store.Settings, key string, err error) {
	s = store.Settings{Channels: y.Channels, Private: y.Private, EmergencyNumber: y.EmergencyNumber, CrisisLine: y.CrisisLine,
		AlertChannel: y.AlertChannel, LogUnanswered: y.LogUnanswered}
	if s.Cooldown, err = parseDuration("cooldown", y.Cooldown, "s", "3s, 1m or 1m30s; 0s turns it off"); err != nil {
		return s, "cooldown", err
	}
	if s.LogRetention, err = parseDuration("log retention", y.LogRetention, "h", "720h for 30 days or 168h for 7"); err != nil {
		return s, "log_retention", err
	}
	return s, "", nil
}

// parseDuration reads a duration setting in time.Duration's format, nil
// for "" (not set). A bare number is told to add a unit; days, which the
// format lacks, are told in hours.
func parseDuration(name, v, unit, like string) (*time.Duration, error) {
	if v == "" {
		return nil, nil
	}
	d, err := time.ParseDuration(v)
	if err == nil {
		return &d, nil
	}
	if n, ok := strings.CutSuffix(v, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days > 0 && days < 1e6 {
			return nil, fmt.Errorf("%s %q: write days in hours, like %dh for %d days", name, v, days*24, days)
		}
	}
	if strings.Trim(v, "0123456789.") == "" {
		return nil, fmt.Errorf("%s %q: add a unit, like %s%s", name, v, v, unit)
	}
	return nil, fmt.Errorf("%s %q: write a time like %s", name, v, like)
}

// readSettingsFile reads and checks a settings file whole: unknown keys,
// a missing or other version, bad server ids and settings that /settings
// would refuse are all errors naming the file and line.
func readSettingsFile(path string) (*settingsFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("settings import: %w", err)
	}
	return parseSettingsFile(path, data)
}

// parseSettingsFile is readSettingsFile's work on the file's contents.
func parseSettingsFile(path string, data []byte) (*settingsFile, error) {
	var f settingsFile
	root, err := knowledge.DecodeYAML(path, data, &f, "a settings file")
	var fe *knowledge.FileError
	switch {
	case errors.As(err, &fe) && fe.Problem == "file is empty":
		return nil, fmt.Errorf("settings import: %s: the file is empty; want the YAML that settings export writes", path)
	case errors.As(err, &fe):
		return nil, fmt.Errorf("settings import: %s", strings.TrimPrefix(fe.Error(), "knowledge: "))
	case err != nil:
		return nil, fmt.Errorf("settings import: %w", err)
	}
	if f.Version == 0 {
		return nil, fmt.Errorf("settings import: %s: no version: add version: %d at the top, as settings export writes", path, settingsFileVersion)
	}
	if f.Version != settingsFileVersion {
		return nil, fmt.Errorf("settings import: %s:%d: version %d; this backpainbot reads version %d files: export them again with this version",
			path, keyLine(root, "version"), f.Version, settingsFileVersion)
	}
	var errs []error
	for _, g := range sortedKeys(f.Servers) {
		if err := checkServer(g, f.Servers[g], valueOf(root, "servers")); err != nil {
			errs = append(errs, fmt.Errorf("settings import: %s:%w", path, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &f, nil
}

// checkServer checks one server's entry; the error starts with the line
// of the mistake: "12: server 400: cooldown ...". servers is the mapping
// of every server, for the lines.
func checkServer(guild string, y serverYAML, servers *yaml.Node) error {
	at := keyLine(servers, guild)
	line := func(key string) int {
		if l := keyLine(valueOf(servers, guild), key); l > 0 {
			return l
		}
		return at
	}
	if n, err := strconv.ParseUint(guild, 10, 64); err != nil || n == 0 || strconv.FormatUint(n, 10) != guild {
		return fmt.Errorf("%d: server %q: not a server id: servers are listed by their id, like \"123456789012345678\"", at, guild)
	}
	s, key, err := y.settings()
	if err != nil {
		return fmt.Errorf("%d: server %s: %w", line(key), guild, err)
	}
	// Each setting on its own, so that the error points at its line.
	for _, f := range []struct {
		key string
		s   store.Settings
	}{
		{"channels", store.Settings{Channels: s.Channels}},
		{"cooldown", store.Settings{Cooldown: s.Cooldown}},
		{"emergency_number", store.Settings{EmergencyNumber: s.EmergencyNumber}},
		{"crisis_line", store.Settings{CrisisLine: s.CrisisLine}},
		{"alert_channel", store.Settings{AlertChannel: s.AlertChannel}},
		{"log_retention", store.Settings{LogRetention: s.LogRetention}},
	} {
		if err := discord.CheckSettings(f.s); err != nil {
			return fmt.Errorf("%d: server %s: %w", line(f.key), guild, err)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// valueOf returns the value of key in the mapping n (or the document n
// holds), or nil.
func valueOf(n *yaml.Node, key string) *yaml.Node {
	_, v := knowledge.YAMLKey(n, key)
	return v
}

// keyLine returns the line of key in the mapping n (or the document n
// holds), or 0.
func keyLine(n *yaml.Node, key string) int {
	if k, _ := knowledge.YAMLKey(n, key); k != nil {
		return k.Line
	}
	return 0
}
