package cli

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/live"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// testReloader is a reloader of the embedded content whose builds the
// test holds (until hold is closed, when not nil) and counts. It starts
// with a version whose id is not the content's, so the first reload
// builds.
type testReloader struct {
	*reloader
	builds atomic.Int32
	hold   chan struct{}
}

func newTestReloader(t *testing.T, first *bot.Answerer) *testReloader {
	tr := &testReloader{}
	tr.reloader = &reloader{
		log:  slog.New(slog.DiscardHandler),
		m:    ops.New(ops.HTTP),
		live: live.New(live.Version{Answerer: first, ID: "first"}),
	}
	tr.build = func(ctx context.Context, id string) (live.Version, error) {
		tr.builds.Add(1)
		if tr.hold != nil {
			<-tr.hold
		}
		return live.Version{Answerer: first, ID: id}, nil
	}
	t.Cleanup(tr.live.Close)
	return tr
}

// reloads is how many reloads have ended, whatever their result.
func (tr *testReloader) reloads(t *testing.T) int {
	t.Helper()
	mfs, err := tr.m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	n := 0.0
	for _, mf := range mfs {
		if mf.GetName() == "backpainbot_reloads_total" {
			for _, s := range mf.GetMetric() {
				n += s.GetCounter().GetValue()
			}
		}
	}
	return int(n)
}

// run starts the loop on t; stop ends it and waits for it, and for any
// reload in progress.
func (tr *testReloader) run(tg triggers) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tr.loop(ctx, tg)
	}()
	return func() {
		cancel()
		<-done
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("gave up waiting for %s", what)
}

// A burst of file events is one reload, once the events have settled (the
// timer is the test's); events about other files start no timer.
func TestReloadDebouncesFileEvents(t *testing.T) {
	tr := newTestReloader(t, nil)
	events := make(chan fsnotify.Event)
	fire := make(chan time.Time)
	var timers atomic.Int32
	stop := tr.run(triggers{
		events:   events,
		relevant: func(name string) bool { return name == "kb.yaml" },
		after: func(d time.Duration) <-chan time.Time {
			if d != reloadSettle {
				t.Errorf("settle timer of %v; want reloadSettle, %v", d, reloadSettle)
			}
			timers.Add(1)
			return fire
		},
	})
	defer stop()
	events <- fsnotify.Event{Name: "notes.txt", Op: fsnotify.Write}
	if n := timers.Load(); n != 0 {
		t.Errorf("an event about another file started %d settle timers; want 0", n)
	}
	for _, op := range []fsnotify.Op{fsnotify.Create, fsnotify.Write, fsnotify.Write, fsnotify.Chmod, fsnotify.Rename} {
		events <- fsnotify.Event{Name: "kb.yaml", Op: op}
	}
	if n := tr.builds.Load(); n != 0 {
		t.Fatalf("%d builds before the events settled; want 0", n)
	}
	fire <- time.Now() // the events have settled
	waitFor(t, "the reload", func() bool { return tr.reloads(t) == 1 })
	stop()
	if n, b := tr.reloads(t), tr.builds.Load(); n != 1 || b != 1 {
		t.Errorf("a burst of 5 events: %d reloads, %d builds; want 1 and 1", n, b)
	}
}

// Requests during a reload are served by one more reload after it, not
// one each, and not at the same time.
func TestReloadOneAtATime(t *testing.T) {
	tr := newTestReloader(t, nil)
	tr.hold = make(chan struct{})
	hup := make(chan os.Signal)
	stop := tr.run(triggers{hup: hup, after: time.After})
	hup <- syscall.SIGHUP
	waitFor(t, "the first build", func() bool { return tr.builds.Load() == 1 })
	hup <- syscall.SIGHUP
	hup <- syscall.SIGHUP
	close(tr.hold)
	waitFor(t, "the reload after the first", func() bool { return tr.reloads(t) == 2 })
	stop()
	if n := tr.reloads(t); n != 2 {
		t.Errorf("3 SIGHUPs, 2 during the first reload: %d reloads; want 2", n)
	}
}

// While a reload builds (here, held by the test; in life, training the
// question model and the safety detector for seconds), questions are
// answered at once by the version answering; the new one answers after
// the swap.
func TestReloadDoesNotBlockAnswering(t *testing.T) {
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	rules, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	s, err := bot.NewSafety(rules)
	if err != nil {
		t.Fatal(err)
	}
	tr := newTestReloader(t, bot.NewAnswerer(k, ix, bot.WithSafety(s)))
	tr.hold = make(chan struct{})
	hup := make(chan os.Signal)
	stop := tr.run(triggers{hup: hup, after: time.After})
	defer stop()
	hup <- syscall.SIGHUP
	waitFor(t, "the build to start", func() bool { return tr.builds.Load() == 1 })
	for _, q := range []string{"will a massage help the knots in my back?", "does stress make back pain worse?"} {
		if r := tr.live.Answer(context.Background(), bot.Question{Text: q}); r.Kind != knowledge.KindAnswer {
			t.Errorf("during a reload, Answer(%q).Kind = %s; want answer", q, r.Kind)
		}
	}
	if id := tr.live.Current().ID; id != "first" {
		t.Errorf("during a reload, the version answering is %q; want first", id)
	}
	close(tr.hold)
	waitFor(t, "the swap", func() bool { return tr.live.Current().ID != "first" })
}

// The watcher watches directories and reacts to the files the answering
// is loaded from, saved in place or renamed over, and to Kubernetes'
// switch of a mounted ConfigMap's "..data" link; not to other files.
func TestWatchSet(t *testing.T) {
	root := t.TempDir()
	kdir, etc := filepath.Join(root, "kb"), filepath.Join(root, "etc")
	for _, d := range []string{kdir, etc} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rules := filepath.Join(etc, "rules.yaml")
	dirs, relevant := watchSet([]string{kdir, rules})
	if want := []string{etc, kdir}; !slices.Equal(dirs, want) {
		t.Errorf("watchSet dirs = %v; want %v", dirs, want)
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{filepath.Join(kdir, "massage.yaml"), true},
		{filepath.Join(kdir, "Sleep.YML"), true},
		{filepath.Join(kdir, ".massage.yaml.swp"), false},
		{filepath.Join(kdir, "notes.txt"), false},
		{filepath.Join(kdir, "..data"), true},
		{kdir, true}, // removed, or back (see rewatch)
		{rules, true},
		{filepath.Join(etc, "other.yaml"), false},
		{filepath.Join(etc, "..data"), true},
		{filepath.Join(etc, "..2026_12_02_13_00_00.123"), true},
		{filepath.Join(root, "rules.yaml"), false},
	} {
		if got := relevant(tt.name); got != tt.want {
			t.Errorf("relevant(%s) = %v; want %v", tt.name, got, tt.want)
		}
	}
}
