package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/live"
	"github.com/backpainbot/backpainbot/bot/ops"
)

// The transports answer with a live.Answerer, which a reload swaps.
var (
	_ discord.Answerer = (*live.Answerer)(nil)
	_ bot.Asker        = (*live.Answerer)(nil)
)

// reloadSettle is how long file events must stop before a reload. An
// editor saves in several steps (a temporary file, a rename over the old
// one, a change of mode) and a copy of several files takes a moment: one
// save is then one reload, and a file half written is not read.
const reloadSettle = 300 * time.Millisecond

// watchFlag is --watch, for the commands that keep running.
func (c *common) watchFlag() flagGroup {
	return flagGroup{register: func(fs *flag.FlagSet) {
		fs.BoolVar(&c.watch, "watch", c.watch, "reload the knowledge, safety rules and safety examples when their files change (SIGHUP reloads them too)")
	}}
}

// reloader keeps the answering stack current: when asked (SIGHUP, or a
// file change with --watch) it builds a new version off to the side, while
// the current one goes on answering, and swaps it in; a version that fails
// to build is logged and the last good one goes on answering.
type reloader struct {
	c    common // the flags, with the index in memory (see startAnswering)
	env  Env
	log  *slog.Logger
	m    *ops.Metrics
	live *live.Answerer
	// build makes a version of the content whose contentID is id; tests
	// replace it to hold a build in progress.
	build func(ctx context.Context, id string) (live.Version, error)
}

// startAnswering builds the first answering stack and, until ctx is done,
// reloads it on SIGHUP (env.Reload) and, with --watch, when its files
// change; m (nil for none) says which version answers. stop ends the
// reloads (a build in progress is cut short) and releases the stack: call
// it once nothing answers any more.
func (c *common) startAnswering(ctx context.Context, env Env, m *ops.Metrics) (a *live.Answerer, log *slog.Logger, stop func(), err error) {
	// SIGHUP is caught from now: one during the first build (seconds)
	// reloads after it, rather than ending the program.
	hup, stopSignal := hangups(env)
	id := c.contentID()
	v, log, err := c.version(ctx, env, id)
	if err != nil {
		stopSignal()
		return nil, nil, nil, err
	}
	r := &reloader{c: *c, env: env, log: log, m: m, live: live.New(v)}
	// The index of a reloaded version is kept in memory: the one in
	// --index-dir is open, and read, by the version answering meanwhile.
	// It is brought up to date at the next start.
	r.c.indexDir = ""
	// Nor does it draw a progress line: the bot's logs go on meanwhile.
	r.env.Stderr = struct{ io.Writer }{env.Stderr}
	r.build = func(ctx context.Context, id string) (live.Version, error) {
		v, _, err := r.c.version(ctx, r.env, id)
		return v, err
	}
	m.SetKnowledge(v.ID, v.LoadedAt)
	log.Info("knowledge loaded", "version", v.ID)

	t, closeTriggers, err := r.triggers(hup, stopSignal)
	if err != nil {
		r.live.Close()
		return nil, nil, nil, err
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.loop(rctx, t)
	}()
	return r.live, log, func() {
		cancel()
		<-done
		closeTriggers()
		r.live.Close()
	}, nil
}

// version builds the answering stack of the content whose contentID is id.
func (c *common) version(ctx context.Context, env Env, id string) (live.Version, *slog.Logger, error) {
	a, ix, log, err := c.build(ctx, env)
	if err != nil {
		return live.Version{}, nil, err
	}
	release := func() {
		if err := ix.Close(); err != nil {
			log.Warn("closing the search index of a replaced version", "version", id, "err", err)
		}
	}
	return live.Version{Answerer: a, ID: id, LoadedAt: env.Now(), Release: release}, log, nil
}

// reload builds a new version and swaps it in, unless the files hold what
// answers already. why says what asked for it, for the log.
func (r *reloader) reload(ctx context.Context, why string) {
	cur := r.live.Current()
	id := r.c.contentID()
	if id == cur.ID {
		r.m.Reloaded(ops.ReloadUnchanged)
		r.log.Info("reload: the files hold the version answering already", "why", why, "version", id)
		return
	}
	start := time.Now()
	r.log.Info("reloading the knowledge and safety rules; answering with the current version meanwhile", "why", why, "version", cur.ID)
	v, err := r.build(ctx, id)
	switch {
	case ctx.Err() != nil: // shutting down: nobody will answer with it
		if err == nil && v.Release != nil {
			v.Release()
		}
	case err != nil:
		r.m.Reloaded(ops.ReloadFailed)
		r.log.Error("reload failed; still answering with the last good version", "why", why, "version", cur.ID, "err", err)
	default:
		r.live.Swap(v)
		r.m.SetKnowledge(v.ID, v.LoadedAt)
		r.m.Reloaded(ops.ReloadOK)
		r.log.Info("reloaded", "why", why, "version", v.ID, "previous", cur.ID, "took", time.Since(start).Round(time.Millisecond))
	}
}

// triggers are what asks for a reload.
type triggers struct {
	hup <-chan os.Signal
	// events and errs come from the file watcher; nil without --watch.
	events <-chan fsnotify.Event
	errs   <-chan error
	// relevant says whether an event's file is one the answering is
	// loaded from.
	relevant func(name string) bool
	after    func(time.Duration) <-chan time.Time
}

// loop reloads when a trigger asks, one reload at a time, until ctx is
// done: file events reload once they have settled, and a request while a
// reload runs is served by one more reload after it.
func (r *reloader) loop(ctx context.Context, t triggers) {
	var (
		settle   <-chan time.Time
		changed  string // the last file that changed, while settling
		pending  string // why to reload once the current reload ends
		building bool
		done     = make(chan struct{})
	)
	request := func(why string) {
		if building {
			pending = why
			return
		}
		building = true
		go func() {
			r.reload(ctx, why)
			done <- struct{}{}
		}()
	}
	for {
		select {
		case <-ctx.Done():
			if building {
				<-done
			}
			return
		case <-t.hup:
			request("SIGHUP")
		case ev := <-t.events:
			if t.relevant(ev.Name) {
				changed, settle = ev.Name, t.after(reloadSettle)
			}
		case err := <-t.errs:
			r.log.Warn("--watch: watching the files failed; SIGHUP still reloads", "err", err)
		case <-settle:
			settle = nil
			request("changed: " + changed)
		case <-done:
			building = false
			if why := pending; why != "" {
				pending = ""
				request(why)
			}
		}
	}
}

// hangups returns env.Reload or, without one, SIGHUP: the requests to
// reload. stop ends listening for SIGHUP.
func hangups(env Env) (hup <-chan os.Signal, stop func()) {
	if env.Reload != nil {
		return env.Reload, func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	return ch, func() { signal.Stop(ch) }
}

// triggers returns hup, the requests to reload, and, with --watch, the
// watcher of the files the answering is loaded from; closeTriggers stops
// them all, stopSignal with them.
func (r *reloader) triggers(hup <-chan os.Signal, stopSignal func()) (t triggers, closeTriggers func(), err error) {
	t = triggers{hup: hup, after: time.After}
	if !r.c.watch {
		return t, stopSignal, nil
	}
	files := r.c.files()
	if len(files) == 0 {
		r.log.Info("--watch: nothing to watch: the knowledge and safety rules are the embedded ones; give --knowledge, --safety-rules or --safety-examples files to watch")
		return t, stopSignal, nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		stopSignal()
		return t, nil, watchError("", err)
	}
	dirs, relevant := watchSet(files)
	for _, d := range dirs {
		if err := w.Add(d); err != nil {
			w.Close()
			stopSignal()
			return t, nil, watchError(d, err)
		}
	}
	quit := make(chan struct{})
	t.events, t.errs, t.relevant = rewatch(w, dirs, rewatchEvery, quit), w.Errors, relevant
	r.log.Info("watching for changes", "files", files)
	return t, func() {
		close(quit)
		w.Close()
		stopSignal()
	}, nil
}

// rewatchEvery is how often a watched directory that was removed or
// renamed away is looked for again.
const rewatchEvery = time.Second

// rewatch passes on w's events until quit is closed. A watched directory
// that is removed or renamed away loses its watch (an operator who
// replaces the knowledge directory with a new copy): rewatch looks for it
// every so often, watches it again once it is back, and then passes on a
// Create event for it, so that what it now holds is loaded.
func rewatch(w *fsnotify.Watcher, dirs []string, every time.Duration, quit <-chan struct{}) <-chan fsnotify.Event {
	out := make(chan fsnotify.Event)
	go func() {
		watched, missing := map[string]bool{}, map[string]bool{}
		for _, d := range dirs {
			watched[d] = true
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			var send []fsnotify.Event
			var retry <-chan time.Time // only while a directory is missing
			if len(missing) > 0 {
				retry = tick.C
			}
			select {
			case <-quit:
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if name := filepath.Clean(ev.Name); watched[name] && ev.Has(fsnotify.Remove|fsnotify.Rename) {
					missing[name] = true
				}
				send = append(send, ev)
			case <-retry:
				for d := range missing {
					if w.Add(d) == nil {
						delete(missing, d)
						send = append(send, fsnotify.Event{Name: d, Op: fsnotify.Create})
					}
				}
			}
			for _, ev := range send {
				select {
				case out <- ev:
				case <-quit:
					return
				}
			}
		}
	}()
	return out
}

// watchError says why watching dir (or starting to watch) failed, and what
// to do when the system's limit of watches is the reason.
func watchError(dir string, err error) error {
	if dir != "" {
		err = fmt.Errorf("%s: %w", dir, err)
	}
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EMFILE) {
		return fmt.Errorf("--watch: %w: the system's limit of watched files is reached; raise it (on Linux, fs.inotify.max_user_watches and max_user_instances), or run without --watch and send SIGHUP to reload", err)
	}
	return fmt.Errorf("--watch: %w", err)
}

// input is one thing the answering is loaded from: an operator's file or
// directory, or "" for the embedded default.
type input struct{ what, path string }

func (c *common) inputs() []input {
	return []input{{"knowledge", c.knowledgePath}, {"safety rules", c.safetyPath}, {"safety examples", c.safetyExamplesPath}}
}

// files are the operator's files and directories the answering is loaded
// from.
func (c *common) files() []string {
	var out []string
	for _, in := range c.inputs() {
		if in.path != "" {
			out = append(out, in.path)
		}
	}
	return out
}

// watchSet returns the directories to watch for the paths and which
// events in them matter. Directories, not files, are watched: an editor
// that saves by renaming a new file over the old one would end a watch on
// the file itself. In a knowledge directory every knowledge file counts;
// beside a file, that file does, and Kubernetes' switch of the "..data"
// link that a mounted ConfigMap's files point through. A knowledge
// directory itself counts: removed, or back again (see rewatch).
func watchSet(paths []string) (dirs []string, relevant func(name string) bool) {
	wholeDirs := map[string]bool{}
	files := map[string]bool{}
	for _, p := range paths {
		p = filepath.Clean(p)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			wholeDirs[p] = true
			dirs = append(dirs, p)
			continue
		}
		files[p] = true
		dirs = append(dirs, filepath.Dir(p))
	}
	slices.Sort(dirs)
	dirs = slices.Compact(dirs)
	return dirs, func(name string) bool {
		name = filepath.Clean(name)
		dir, base := filepath.Dir(name), filepath.Base(name)
		switch {
		case files[name], wholeDirs[name], wholeDirs[dir] && isKnowledgeFile(base):
			return true
		case strings.HasPrefix(base, ".."):
			return wholeDirs[dir] || slices.ContainsFunc(paths, func(p string) bool { return filepath.Dir(filepath.Clean(p)) == dir })
		}
		return false
	}
}

// isKnowledgeFile reports whether a file in a knowledge directory is one
// knowledge.LoadPath reads.
func isKnowledgeFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// contentID is a short hash of what the answering is built from: the
// bytes of the operator's files, and, for what is embedded, the build of
// the program. A reload that finds the ID of the version answering has
// nothing to do. A file that cannot be read is hashed as its error: the
// load that follows reports it.
func (c *common) contentID() string {
	h := sha256.New()
	for _, in := range c.inputs() {
		if in.path == "" {
			fmt.Fprintf(h, "%s: embedded in %s\n", in.what, buildID())
			continue
		}
		for _, f := range inputFiles(in.path) {
			fmt.Fprintf(h, "%s: %s\n", in.what, filepath.Base(f)) // not the directory: the same files elsewhere are the same version
			if err := hashFile(h, f); err != nil {
				fmt.Fprintf(h, "unreadable: %v\n", err)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// inputFiles are the files path stands for: itself, or a knowledge
// directory's knowledge files in name order.
func inputFiles(path string) []string {
	entries, err := os.ReadDir(path)
	if err != nil {
		return []string{path} // a file, or an error the load will report
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && isKnowledgeFile(e.Name()) {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	return files
}

func hashFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// buildID names the program's build, which fixes what it embeds.
func buildID() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown build"
	}
	id := bi.Main.Path + "@" + bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			id += " " + s.Value
		}
	}
	return id
}
