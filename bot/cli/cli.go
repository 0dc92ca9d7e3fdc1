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

	"golang.org/x/term"

	"github.com/backpainbot/backpainbot/bot"
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
	// Reload asks a running bot (the gateway bot, serve, the terminal) to
	// reload its knowledge and safety rules; nil means on SIGHUP, which
	// those then listen for.
	Reload <-chan os.Signal
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
  backpainbot knowledge import FILE    draft a knowledge file from an article
                                       (text, Markdown or HTML)
  backpainbot knowledge lint [PATH]    check a knowledge file or directory
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

The bot and the terminal reload the knowledge and safety rules on SIGHUP,
and with --watch when their files change.

The flags below are those of the bot and the terminal. Run
"backpainbot COMMAND --help" for a command's flags.

Flags:
`

// common holds what the answering is built from: the knowledge, safety
// and index flags, and the log flags (see answerFlags and logFlags).
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
	watch              bool   // --watch: reload when the files change
}

// Run runs backpainbot with the given command line.
func Run(ctx context.Context, env Env) error {
	if env.Now == nil {
		env.Now = time.Now
	}
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	o := newOptions()
	fs := newFlagSet("backpainbot", env.Stdout, programUsage, "")
	groups := o.botFlags()
	for _, g := range groups {
		g.register(fs)
	}
	fs.StringVar(&o.configPath, "config", "", "a YAML `file` of settings: keys are the flags' names (knowledge, guild, cooldown, ...); flags given on the command line win; the token is never read from it")
	if err := parse(fs, env.Args, "backpainbot --help"); err != nil {
		return err
	}
	o.early = map[string]bool{}
	fs.Visit(func(f *flag.Flag) {
		if f.Name != "config" {
			o.early[f.Name] = true
		}
	})
	args := fs.Args()
	if len(args) == 0 {
		return runBot(ctx, env, o, fs, groups)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, env, o, rest)
	case "topics":
		return runTopics(ctx, env, o, rest)
	case "topic":
		return runTopic(ctx, env, o, rest)
	case "eval":
		return runEval(ctx, env, o, rest)
	case "knowledge":
		return runKnowledge(ctx, env, o, rest)
	case "commands":
		return runCommands(ctx, env, o, rest)
	case "invite":
		return runInvite(ctx, env, o, rest)
	case "serve":
		return runServe(ctx, env, o, rest)
	case "settings":
		sfs := flag.NewFlagSet("backpainbot settings", flag.ContinueOnError)
		o.discord.store.register(sfs)
		// Its own parse comes after, so the command line wins.
		if err := o.checkEarly(sfs, cmd); err != nil {
			return err
		}
		if err := o.configure(sfs, nil); err != nil {
			return err
		}
		return runSettings(ctx, env, &o.discord.store, rest)
	case "report":
		return runReport(ctx, env, o, rest)
	case "help":
		fs.Usage()
		return nil
	}
	return usagef("unknown command %q; run 'backpainbot --help' for the commands", cmd)
}

// runBot runs the program without a command: the Discord bot with a
// token, else the terminal. fs holds its flags, of groups.
func runBot(ctx context.Context, env Env, o *options, fs *flag.FlagSet, groups []flagGroup) error {
	if err := o.configure(fs, groups); err != nil {
		return err
	}
	tok, err := token(env)
	if err != nil {
		return err
	}
	if tok == "" {
		return runDefault(ctx, env, &o.common)
	}
	return runDiscord(ctx, env, &o.common, &o.discord, tok)
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
func (c *common) questionModel(k *knowledge.Knowledge, log *slog.Logger, p *progress) *qmodel.Model {
	if len(k.Examples) == 0 {
		log.Warn("the knowledge has no example questions: answering by search alone, which understands fewer ways of asking and says \"I don't know\" less reliably; see the README's \"Example questions\"")
		return nil
	}
	start := time.Now()
	m := qmodel.BuildMetered(k, qmodel.NewMeter(p.Task("training the question model")))
	log.Debug("question model trained", "examples", len(k.Examples), "labels", len(m.Labels), "features", len(m.Vocab), "threshold", m.Threshold, "took", time.Since(start))
	return m
}

// load is build's work, without the deadline. When stderr is a terminal,
// the long parts show their progress there.
func (c *common) load(env Env) (*bot.Answerer, *index.Index, *slog.Logger, error) {
	p := newProgress(env.Stderr, env.Now)
	defer p.Done()
	env.Stderr = p.Writer(env.Stderr)
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
	s, err := c.safety(k, p, log)
	if err != nil {
		return nil, nil, nil, err
	}
	opts := []bot.Option{bot.WithSafety(s)}
	ix, model, err := c.index(k, log, p)
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
// them: the embedded defaults, or the operator's files. With --index-dir
// the detector is kept beside the index for the next start.
func (c *common) safety(k *knowledge.Knowledge, p *progress, log *slog.Logger) (*bot.Safety, error) {
	var rules *knowledge.SafetyRules
	var examples []knowledge.SafetyExample
	var err error
	if c.safetyPath != "" {
		if rules, err = knowledge.LoadSafetyRules(c.safetyPath); err != nil {
			return nil, relabel(err, labelRules)
		}
	}
	if c.safetyExamplesPath != "" {
		if examples, err = knowledge.LoadSafetyExamples(c.safetyExamplesPath); err != nil {
			return nil, relabel(err, labelExamples)
		}
	}
	training := bot.SafetyTraining{Progress: p.Task("training the safety detector")}
	if f := newDetectorFile(c.indexDir, log); f != nil {
		training.Cache = f
	}
	s, err := bot.BuildSafety(rules, examples, k, training)
	switch {
	case err == nil:
		return s, nil
	case strings.HasPrefix(err.Error(), "safety: detector: "): // it cannot learn from the examples
		return nil, relabel(err, labelExamples)
	}
	return nil, relabel(err, labelRules)
}

// The labels of errors in the safety files, which the packages that read
// them call knowledge or bot errors.
const (
	labelRules    = "safety rules: "
	labelExamples = "safety examples: "
)

// relabel is err, said to be about label's file instead of about the
// package that found it.
func relabel(err error, label string) error { return relabelled{label, err} }

type relabelled struct {
	label string
	err   error
}

func (r relabelled) Unwrap() error { return r.err }

func (r relabelled) Error() string {
	msg := r.err.Error()
	for _, pkg := range []string{"knowledge: ", "bot: safety: ", "safety: detector: ", "safety: "} {
		msg = strings.TrimPrefix(msg, pkg)
	}
	return r.label + msg
}

// index builds or opens the search index of k and gets its question model:
// kept inside an index on disk, read back from one, or trained. The model
// is nil for knowledge without examples, and for eval --engine search.
func (c *common) index(k *knowledge.Knowledge, log *slog.Logger, p *progress) (*index.Index, *qmodel.Model, error) {
	start := time.Now()
	var model *qmodel.Model
	useModel := c.engine != engineSearch && len(k.Examples) > 0
	attach := map[string]func() ([]byte, error){}
	if useModel {
		// Kept with an index on disk, so that a restart need not train.
		attach[modelAttachment] = func() ([]byte, error) {
			model = c.questionModel(k, log, p)
			return model.MarshalBinary()
		}
	}
	ix, err := index.New(k, index.Options{Dir: c.indexDir, Scoring: c.scoring, Logger: log, Attach: attach,
		Progress: p.Task("building the index")})
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
		model = c.questionModel(k, log, p) // nil, with a warning, without examples
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
its nearest training example) for urgent and crisis replies and for the warning
signs when the detector chose them or overruled a rule, "reason" for abstentions
and small talk, and "suggestions" ([{"passage": id, "title"}]) when an
ambiguous question is offered a choice of passages.

Flags:
`

func runAsk(ctx context.Context, env Env, o *options, args []string) error {
	var asJSON bool
	fs, err := o.parseCommand(env, "ask", askUsage, args, o.answerFlags(), o.logFlags(), ownFlags(func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "read questions from stdin, one per line, and write JSON lines")
	}))
	if err != nil {
		return err
	}
	if asJSON && fs.NArg() > 0 {
		return usagef("ask --json reads questions from stdin; don't also give one as an argument")
	}
	if !asJSON && fs.NArg() == 0 {
		return usagef("ask needs a question: backpainbot ask \"will a massage help my back?\"")
	}
	a, ix, _, err := o.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	if asJSON {
		return a.AskJSON(ctx, env.Stdin, env.Stdout)
	}
	_, err = fmt.Fprintln(env.Stdout, replyStyle(env, env.Stdout).Show(bot.Render(a.Answer(ctx, bot.Question{Text: strings.Join(fs.Args(), " ")}))))
	return err
}

func runTopics(ctx context.Context, env Env, o *options, args []string) error {
	fs, err := o.parseCommand(env, "topics", "Usage:\n  backpainbot topics [flags]\n\nLists the topics, as /topics does.\n\nFlags:\n", args, o.answerFlags(), o.logFlags())
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("topics takes no arguments; did you mean 'backpainbot topic %s'?", fs.Arg(0))
	}
	a, ix, _, err := o.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	_, err = fmt.Fprintln(env.Stdout, replyStyle(env, env.Stdout).Show(bot.Render(a.Topics())))
	return err
}

func runTopic(ctx context.Context, env Env, o *options, args []string) error {
	fs, err := o.parseCommand(env, "topic", "Usage:\n  backpainbot topic [flags] NAME\n\nShows one topic's summary, as /topic does. NAME is a slug from\n'backpainbot topics' (like benefits), a section title, or part of one\n(like limit); a NAME several topics match lists them.\n\nFlags:\n", args, o.answerFlags(), o.logFlags())
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("topic needs a name; 'backpainbot topics' lists them")
	}
	a, ix, _, err := o.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	_, err = fmt.Fprintln(env.Stdout, replyStyle(env, env.Stdout).Show(bot.Render(a.Topic(strings.Join(fs.Args(), " ")))))
	return err
}

const noTokenNotice = `No DISCORD_TOKEN set, so I'm answering here in the terminal, exactly as the
bot would post on Discord. To connect to Discord, set DISCORD_TOKEN (or
DISCORD_TOKEN_FILE) to your bot's token: see the README. Type a question,
/topics, /topic NAME or /help; quit or Ctrl-D to leave.`

func runDefault(ctx context.Context, env Env, c *common) error {
	a, _, stopAnswering, err := c.startAnswering(ctx, env, nil)
	if err != nil {
		return err
	}
	defer stopAnswering()
	fmt.Fprintln(env.Stdout, noTokenNotice)
	lines, prompt, closeInput := terminalInput(env)
	defer closeInput()
	return bot.Interactive(ctx, a, bot.Terminal{Lines: lines, Out: env.Stdout, Prompt: prompt, Style: replyStyle(env, env.Stdout), Now: env.Now})
}

// IsHelp reports whether err is a request for help (-h), which is no error.
func IsHelp(err error) bool { return errors.Is(err, flag.ErrHelp) }

// IsUsage reports whether err is a mistake in the command line.
func IsUsage(err error) bool {
	var u *UsageError
	return errors.As(err, &u)
}

// StdinIsTerminal reports whether f is a terminal.
func StdinIsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
