package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The index satisfies the answerer's Searcher.
var _ bot.Searcher = (*index.Index)(nil)

// UsageError is a mistake in the command line; main exits 2 on it.
type UsageError struct{ msg string }

func (e *UsageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &UsageError{fmt.Sprintf(format, args...)} }

// Env is what Run needs from the process: arguments, environment and
// standard streams, so tests can run it in-process.
type Env struct {
	Args   []string // without the program name
	Getenv func(string) string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StdinIsTerminal makes the interactive mode show a prompt.
	StdinIsTerminal bool
	Now             func() time.Time
}

const programUsage = `backpainbot answers back-pain questions from curated articles, quoting
them word for word with their source. It is not medical advice.

Usage:
  backpainbot [flags]                  with DISCORD_TOKEN set: run the Discord bot;
                                       without it: answer questions in the terminal
  backpainbot ask [flags] "question"   print one answer as the bot would post it
  backpainbot ask --json [flags]       answer questions from stdin, one JSON line each
  backpainbot topics                   list the topics
  backpainbot topic NAME               show one topic's summary
  backpainbot eval [--verbose] FILE    score a labelled question file (JSONL)
  backpainbot commands [--register]    print or register the slash commands
  backpainbot invite [--app-id ID]     print the URL that adds the bot to a server
  backpainbot serve [--addr :8080]     serve Discord interactions over HTTP (needs
                                       DISCORD_PUBLIC_KEY), no gateway connection
  backpainbot settings export|import   back up or restore the servers' settings
                                       (YAML; what admins set with /settings)
  backpainbot report [--since 30d]     unanswered questions grouped, lowest-rated
                                       passages, volumes (text, json, csv, html)

Environment:
  DISCORD_TOKEN        the bot token (or DISCORD_TOKEN_FILE: a file holding it);
                       never a flag, never logged
  DISCORD_PUBLIC_KEY   the application's public key (hex), for serve
  BACKPAINBOT_DATABASE_URL
                       PostgreSQL (postgres://user@host/db) for the bot's state and
                       settings, shared by several instances; without it they are
                       kept in --data-dir. Never a flag: --database-url-file names
                       a file holding it

Every command takes the knowledge, index and log flags below. Run
"backpainbot COMMAND --help" for a command's own flags.

Flags:
`

// common holds the flags every command shares.
type common struct {
	knowledgePath string
	safetyPath    string
	// safetyExamplesPath replaces the embedded safety examples the learned
	// detector trains on.
	safetyExamplesPath string
	indexDir           string
	scoring            string
	logLevel           string
	logFormat          string
	engine             string // eval --engine: which answering engine to measure
}

func (c *common) register(fs *flag.FlagSet) {
	// The current values are the defaults, so common flags given before
	// the command survive the command's own parse.
	fs.StringVar(&c.knowledgePath, "knowledge", c.knowledgePath, "a knowledge YAML `file` or directory of them, replacing the embedded article")
	fs.StringVar(&c.safetyPath, "safety-rules", c.safetyPath, "a safety rules YAML `file` replacing the embedded red-flag, crisis, dose and diagnosis rules")
	fs.StringVar(&c.safetyExamplesPath, "safety-examples", c.safetyExamplesPath, "a safety examples YAML `file` replacing the embedded messages the learned safety detector trains on")
	fs.StringVar(&c.indexDir, "index-dir", c.indexDir, "keep the search index in this `directory` and reuse it while the knowledge is unchanged (default: in memory)")
	fs.StringVar(&c.scoring, "scoring", c.scoring, "search scoring `model`: bm25 or tf-idf")
	fs.StringVar(&c.logLevel, "log-level", c.logLevel, "log `level`: debug, info, warn or error (question text is logged only at debug)")
	fs.StringVar(&c.logFormat, "log-format", c.logFormat, "log `format` on stderr: text or json")
}

// Run runs backpainbot with the given command line.
func Run(ctx context.Context, env Env) error {
	if env.Now == nil {
		env.Now = time.Now
	}
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	c := common{scoring: index.ScoringBM25, logLevel: "info", logFormat: "text"}
	d := discordFlags{cooldown: discord.DefaultCooldown}
	fs := newFlagSet("backpainbot", env.Stdout, programUsage, "")
	c.register(fs)
	d.register(fs)
	var configPath string
	fs.StringVar(&configPath, "config", "", "a YAML `file` of settings: keys are these flags' names (knowledge, guild, cooldown, ...); flags given on the command line win; the token is never read from it")
	if err := parse(fs, env.Args, "backpainbot --help"); err != nil {
		return err
	}
	if configPath != "" {
		if err := applyConfig(fs, configPath); err != nil {
			return err
		}
	}
	args := fs.Args()
	if len(args) == 0 {
		if err := c.validate(); err != nil {
			return err
		}
		tok, err := token(env)
		if err != nil {
			return err
		}
		if tok == "" {
			return runDefault(ctx, env, &c)
		}
		return runDiscord(ctx, env, &c, &d, tok)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, env, &c, rest)
	case "topics":
		return runTopics(ctx, env, &c, rest)
	case "topic":
		return runTopic(ctx, env, &c, rest)
	case "eval":
		return runEval(ctx, env, &c, rest)
	case "commands":
		return runCommands(ctx, env, &c, &d, rest)
	case "invite":
		return runInvite(ctx, env, &c, &d, rest)
	case "serve":
		return runServe(ctx, env, &c, &d, rest)
	case "settings":
		return runSettings(ctx, env, &d.store, rest)
	case "report":
		return runReport(ctx, env, &c, &d.store, rest)
	case "help":
		fs.Usage()
		return nil
	}
	return usagef("unknown command %q; run 'backpainbot --help' for the commands", cmd)
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
	return usagef("%v (see '%s')", err, help)
}

// parseCommand parses a command's flags, which include the common ones,
// so they may come before or after the command name.
func parseCommand(env Env, c *common, name, usage string, args []string, own func(*flag.FlagSet)) (*flag.FlagSet, error) {
	fs := newFlagSet("backpainbot "+name, env.Stdout, usage, "")
	if own != nil {
		own(fs)
	}
	c.register(fs)
	if err := parse(fs, args, "backpainbot "+name+" --help"); err != nil {
		return fs, err
	}
	return fs, c.validate()
}

// validate checks the common flags' values before anything is loaded.
func (c *common) validate() error {
	if c.scoring != index.ScoringBM25 && c.scoring != index.ScoringTFIDF {
		return usagef("--scoring %q: want %s or %s", c.scoring, index.ScoringBM25, index.ScoringTFIDF)
	}
	if _, err := c.logger(Env{Stderr: io.Discard}); err != nil {
		return err
	}
	return nil
}

func (c *common) logger(env Env) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, usagef("--log-level %q: want debug, info, warn or error", c.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.logFormat {
	case "text":
		return slog.New(slog.NewTextHandler(env.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(env.Stderr, opts)), nil
	}
	return nil, usagef("--log-format %q: want text or json", c.logFormat)
}

// build loads the knowledge and builds the index and the answerer. Bad
// knowledge stops everything here, before anything connects anywhere. It
// gives up as soon as ctx is done: a SIGTERM while a large knowledge loads
// stops the program at once (what was still loading ends with it).
func (c *common) build(ctx context.Context, env Env) (*bot.Answerer, *index.Index, *slog.Logger, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, fmt.Errorf("stopped before loading the knowledge: %w", err)
	}
	type built struct {
		a   *bot.Answerer
		ix  *index.Index
		log *slog.Logger
		err error
	}
	done := make(chan built, 1)
	go func() {
		a, ix, log, err := c.load(env)
		done <- built{a, ix, log, err}
	}()
	select {
	case b := <-done:
		return b.a, b.ix, b.log, b.err
	case <-ctx.Done():
		go func() {
			if b := <-done; b.ix != nil {
				b.ix.Close()
			}
		}()
		return nil, nil, nil, fmt.Errorf("stopped while loading the knowledge: %w", ctx.Err())
	}
}

// modelAttachment names the question model kept inside an index on disk.
const modelAttachment = "question-model"

// questionModel trains the question model on k's examples, or says that
// there are none and the search alone will answer.
func (c *common) questionModel(k *knowledge.Knowledge, log *slog.Logger) *qmodel.Model {
	if len(k.Examples) == 0 {
		log.Warn("the knowledge has no example questions: answering by search alone, which understands fewer ways of asking and says \"I don't know\" less reliably; see the README's \"Example questions\"")
		return nil
	}
	start := time.Now()
	m := qmodel.Build(k)
	log.Debug("question model trained", "examples", len(k.Examples), "labels", len(m.Labels), "features", len(m.Vocab), "threshold", m.Threshold, "took", time.Since(start))
	return m
}

// load is build's work, without the deadline.
func (c *common) load(env Env) (*bot.Answerer, *index.Index, *slog.Logger, error) {
	log, err := c.logger(env)
	if err != nil {
		return nil, nil, nil, err
	}
	var k *knowledge.Knowledge
	if c.knowledgePath != "" {
		k, err = knowledge.LoadPath(c.knowledgePath)
	} else {
		k, err = knowledge.Default()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := c.safety(k)
	if err != nil {
		return nil, nil, nil, err
	}
	opts := []bot.Option{bot.WithSafety(s)}
	ix, model, err := c.index(k, log)
	if err != nil {
		return nil, nil, nil, err
	}
	if model != nil {
		opts = append(opts, bot.WithModel(model))
	}
	engine, err := c.engineOptions(k)
	if err != nil {
		ix.Close()
		return nil, nil, nil, err
	}
	return bot.NewAnswerer(k, ix, append(opts, engine...)...), ix, log, nil
}

// safety compiles the safety rules and trains the learned detector beside
// them: the embedded defaults, or the operator's files.
func (c *common) safety(k *knowledge.Knowledge) (*bot.Safety, error) {
	var rules *knowledge.SafetyRules
	var examples []knowledge.SafetyExample
	var err error
	if c.safetyPath != "" {
		if rules, err = knowledge.LoadSafetyRules(c.safetyPath); err != nil {
			return nil, err
		}
	}
	if c.safetyExamplesPath != "" {
		if examples, err = knowledge.LoadSafetyExamples(c.safetyExamplesPath); err != nil {
			return nil, err
		}
	}
	return bot.BuildSafety(rules, examples, k)
}

// index builds or opens the search index of k and gets its question model:
// kept inside an index on disk, read back from one, or trained. The model
// is nil for knowledge without examples, and for eval --engine search.
func (c *common) index(k *knowledge.Knowledge, log *slog.Logger) (*index.Index, *qmodel.Model, error) {
	start := time.Now()
	var model *qmodel.Model
	useModel := c.engine != engineSearch && len(k.Examples) > 0
	attach := map[string]func() ([]byte, error){}
	if useModel {
		// Kept with an index on disk, so that a restart need not train.
		attach[modelAttachment] = func() ([]byte, error) {
			model = c.questionModel(k, log)
			return model.MarshalBinary()
		}
	}
	ix, err := index.New(k, index.Options{Dir: c.indexDir, Scoring: c.scoring, Logger: log, Attach: attach})
	if err != nil {
		return nil, nil, err
	}
	log.Debug("knowledge ready", "articles", len(k.Articles), "passages", len(k.Passages()), "index_rebuilt", ix.Rebuilt, "took", time.Since(start))
	if b, ok := ix.Attached(modelAttachment); useModel && model == nil && ok {
		if model, err = qmodel.Decode(b); err != nil {
			log.Warn("the question model kept with the index cannot be read; training a new one", "err", err)
		}
	}
	if model == nil && (useModel || len(k.Examples) == 0) {
		model = c.questionModel(k, log) // nil, with a warning, without examples
	}
	return ix, model, nil
}

const askUsage = `Usage:
  backpainbot ask [flags] "question"
  backpainbot ask --json [flags] < questions.txt

Prints the reply exactly as the bot would post it. With --json, reads one
question per line from stdin and writes one JSON object per line, in order:
{"kind", "passage", "title", "section", "article", "confidence", "text",
"disclaimer"}, plus "level" and "why" (the rule, or the learned detector and
its nearest training example) for urgent and crisis replies, "reason" for abstentions
and small talk, and "suggestions" ([{"passage": id, "title"}]) when an
ambiguous question is offered a choice of passages.

Flags:
`

func runAsk(ctx context.Context, env Env, c *common, args []string) error {
	var asJSON bool
	fs, err := parseCommand(env, c, "ask", askUsage, args, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "read questions from stdin, one per line, and write JSON lines")
	})
	if err != nil {
		return err
	}
	if asJSON && fs.NArg() > 0 {
		return usagef("ask --json reads questions from stdin; don't also give one as an argument")
	}
	if !asJSON && fs.NArg() == 0 {
		return usagef("ask needs a question: backpainbot ask \"will a massage help my back?\"")
	}
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	if asJSON {
		return a.AskJSON(ctx, env.Stdin, env.Stdout)
	}
	_, err = fmt.Fprintln(env.Stdout, bot.Render(a.Answer(ctx, bot.Question{Text: strings.Join(fs.Args(), " ")})).Content)
	return err
}

func runTopics(ctx context.Context, env Env, c *common, args []string) error {
	fs, err := parseCommand(env, c, "topics", "Usage:\n  backpainbot topics [flags]\n\nLists the topics, as /topics does.\n\nFlags:\n", args, nil)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("topics takes no arguments; did you mean 'backpainbot topic %s'?", fs.Arg(0))
	}
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	_, err = fmt.Fprintln(env.Stdout, bot.Render(a.Topics()).Content)
	return err
}

func runTopic(ctx context.Context, env Env, c *common, args []string) error {
	fs, err := parseCommand(env, c, "topic", "Usage:\n  backpainbot topic [flags] NAME\n\nShows one topic's summary, as /topic does. NAME is a slug from\n'backpainbot topics' (like benefits) or a section title.\n\nFlags:\n", args, nil)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("topic needs a name; 'backpainbot topics' lists them")
	}
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	_, err = fmt.Fprintln(env.Stdout, bot.Render(a.Topic(strings.Join(fs.Args(), " "))).Content)
	return err
}

const noTokenNotice = `No DISCORD_TOKEN set, so I'm answering here in the terminal, exactly as the
bot would post on Discord. To connect to Discord, set DISCORD_TOKEN (or
DISCORD_TOKEN_FILE) to your bot's token: see the README. Type a question,
/topics, /topic NAME or /help; quit or Ctrl-D to leave.`

func runDefault(ctx context.Context, env Env, c *common) error {
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	fmt.Fprintln(env.Stdout, noTokenNotice)
	return a.Interactive(ctx, env.Stdin, env.Stdout, env.StdinIsTerminal, env.Now)
}

// IsHelp reports whether err is a request for help (-h), which is no error.
func IsHelp(err error) bool { return errors.Is(err, flag.ErrHelp) }

// IsUsage reports whether err is a mistake in the command line.
func IsUsage(err error) bool {
	var u *UsageError
	return errors.As(err, &u)
}

// StdinIsTerminal reports whether f is a character device (a terminal).
func StdinIsTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
