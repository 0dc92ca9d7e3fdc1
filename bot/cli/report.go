package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/report"
)

const reportUsage = `Usage:
  backpainbot report [--guild ID] [--since 30d] [--format text|json|csv|html] [--out FILE]
  backpainbot report --draft-examples FILE [flags]

Reports what the bot learned from its servers over a period: the questions
it could not answer (logged only for servers whose admins turned the log
on), grouped so that many ways of asking one thing are one row, with the
passage the question model thinks nearest; the passages members rated
least helpful; and answers by kind and by day.

--draft-examples also writes the unanswered groups as a draft of example
questions for the knowledge, each under its nearest passage or under
out_of_scope: review every line, add the file to your knowledge directory,
and restart the bot.

The store is PostgreSQL when BACKPAINBOT_DATABASE_URL is set, else the
embedded store in --data-dir, which serves one process at a time: stop the
bot first, or report from PostgreSQL. The report holds what members wrote:
files are written readable by their owner only.

Flags:
`

// reportFlags are report's own flags.
type reportFlags struct {
	guild, since, format, out, draft string
	minVotes                         int
}

func (f *reportFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.guild, "guild", "", "report on one server (its `ID`); default: every server")
	// 30 days: the unanswered log's default retention.
	fs.StringVar(&f.since, "since", "30d", "the `period` to cover, back from now: days (30d) or a duration (12h, 90m)")
	fs.StringVar(&f.format, "format", "text", "the report's `format`: "+strings.Join(report.Formats, ", "))
	fs.StringVar(&f.out, "out", "", "write the report to this `file` instead of stdout")
	fs.StringVar(&f.draft, "draft-examples", "", "also write the unanswered groups as a draft of example questions (YAML) to this `file`")
	fs.IntVar(&f.minVotes, "min-votes", report.DefaultMinVotes, "the least `number` of votes for a passage to be rated")
}

// check validates the flags before anything is opened.
func (f *reportFlags) check(fs *flag.FlagSet) (time.Duration, error) {
	if fs.NArg() > 0 {
		return 0, usagef("report takes no arguments (got %q); see 'backpainbot report --help'", fs.Arg(0))
	}
	since, err := parseSince(f.since)
	if err != nil {
		return 0, err
	}
	known := false
	for _, name := range report.Formats {
		known = known || f.format == name
	}
	if !known {
		return 0, usagef("--format %q: want %s", f.format, strings.Join(report.Formats, ", "))
	}
	if f.minVotes < 1 {
		return 0, usagef("--min-votes %d: want 1 or more", f.minVotes)
	}
	if f.out != "" && f.out == f.draft {
		return 0, usagef("--out and --draft-examples name the same file %q; give each its own", f.out)
	}
	return since, nil
}

// parseSince reads --since: a number of days ("30d") or a Go duration.
func parseSince(s string) (time.Duration, error) {
	bad := usagef("--since %q: want a number of days like 30d, or a duration like 12h or 90m", s)
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n > 100*366 {
			return 0, bad
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, bad
		}
	}
	if d <= 0 {
		return 0, usagef("--since %q: want a period longer than zero, like 30d", s)
	}
	return d, nil
}

func runReport(ctx context.Context, env Env, o *options, args []string) error {
	var f reportFlags
	c, sf := &o.common, &o.discord.store
	fs, err := o.parseCommand(env, "report", reportUsage, args, o.answerFlags(), o.logFlags(), sf.flags(), ownFlags(f.register))
	if err != nil {
		return err
	}
	period, err := f.check(fs)
	if err != nil {
		return err
	}
	where, err := sf.resolve(env)
	if err != nil {
		return err
	}
	a, ix, _, err := c.build(ctx, env)
	if err != nil {
		return err
	}
	defer ix.Close()
	st, _, err := openOfflineStore(ctx, "report", where.getenv, where.dataDir)
	if err != nil {
		return err
	}
	defer st.Close()
	now := env.Now()
	rep, err := report.New(a.Knowledge(), ix, explainer{a}).Build(ctx, st, report.Query{
		Guild: f.guild, Since: now.Add(-period), Now: now, MinVotes: f.minVotes,
	})
	if err != nil {
		return err
	}
	if f.draft != "" {
		if err := writeFile(f.draft, func(w io.Writer) error { return report.WriteDraft(w, rep, a.Knowledge()) }); err != nil {
			return err
		}
	}
	if f.out == "" {
		return report.Render(env.Stdout, rep, f.format)
	}
	return writeFile(f.out, func(w io.Writer) error { return report.Render(w, rep, f.format) })
}

// explainer gives the report the answerer's own reading of a question: the
// question model's likeliest labels, nothing without a model.
type explainer struct{ a *bot.Answerer }

func (e explainer) Predict(text string) []qmodel.Scored { return e.a.Explain(text) }

// writeFile writes a file through write, readable by its owner only (a
// report holds what members wrote); a failed write leaves no file behind.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("report: write %s: %w", name, err)
	}
	return nil
}
