package live

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Version is one answering stack: the answerer, which content it was built
// from, and what to release when it is no longer used.
type Version struct {
	Answerer *bot.Answerer
	// ID names the content loaded (a short hash), for logs, /readyz and
	// the metrics.
	ID       string
	LoadedAt time.Time
	// Release frees what the answerer holds (its search index). It is
	// called once, after the version has been replaced (or the Answerer
	// closed) and the last call using it has returned; nil means nothing
	// to free.
	Release func()
}

// Answerer answers with the current Version. It is safe for concurrent
// use; Swap may be called while calls are in flight.
type Answerer struct {
	cur atomic.Pointer[version]
}

// version is a Version in use: refs counts the calls using it, plus one
// while it is current. It is released when refs falls to zero, and is
// never used again then.
type version struct {
	Version
	refs atomic.Int64
}

// New returns an Answerer answering with first.
func New(first Version) *Answerer {
	a := &Answerer{}
	a.cur.Store(newVersion(first))
	return a
}

func newVersion(v Version) *version {
	n := &version{Version: v}
	n.refs.Store(1) // held by being current
	return n
}

// Swap makes next the current version and returns the one it replaces.
// Calls already running keep the version they started on; the old version
// is released when the last of them returns.
func (a *Answerer) Swap(next Version) (old Version) {
	prev := a.cur.Swap(newVersion(next))
	prev.release()
	return prev.Version
}

// Close releases the current version once the calls using it have
// returned. The Answerer must not be used afterwards.
func (a *Answerer) Close() {
	if v := a.cur.Swap(nil); v != nil {
		v.release()
	}
}

// Current returns the version new calls use.
func (a *Answerer) Current() Version { return a.cur.Load().Version }

// acquire returns the current version, counted as in use until release.
// A version whose count has already fallen to zero has been replaced and
// is being released: the loop then reads the pointer again, which by then
// holds its successor.
func (a *Answerer) acquire() *version {
	for {
		v := a.cur.Load()
		for n := v.refs.Load(); n > 0; n = v.refs.Load() {
			if v.refs.CompareAndSwap(n, n+1) {
				return v
			}
		}
	}
}

func (v *version) release() {
	if v.refs.Add(-1) == 0 && v.Release != nil {
		v.Release()
	}
}

// Answer answers q with the current version (see bot.Answerer.Answer),
// which stays in use, its index open, until the answer is ready.
func (a *Answerer) Answer(ctx context.Context, q bot.Question) knowledge.Reply {
	v := a.acquire()
	defer v.release()
	return v.Answerer.Answer(ctx, q)
}

// now is the current version's answerer, for the calls that read only its
// knowledge, safety rules and question model: those stay valid after the
// version is released (which closes the index), so only Answer, the one
// call that searches, holds its version in use.
func (a *Answerer) now() *bot.Answerer { return a.cur.Load().Answerer }

// Passage answers with one passage by id (see bot.Answerer.Passage).
func (a *Answerer) Passage(id string) knowledge.Reply { return a.now().Passage(id) }

// Topics lists the current version's topics.
func (a *Answerer) Topics() knowledge.Reply { return a.now().Topics() }

// Topic returns one topic's summary (see bot.Answerer.Topic).
func (a *Answerer) Topic(name string) knowledge.Reply { return a.now().Topic(name) }

// TopicChoices returns the current knowledge's topics that match what
// someone has typed so far, for autocomplete (see
// bot.Answerer.TopicChoices).
func (a *Answerer) TopicChoices(typed string) []*knowledge.Section {
	return a.now().TopicChoices(typed)
}

// Help says what the bot is and is not.
func (a *Answerer) Help() knowledge.Reply { return a.now().Help() }

// Notice is a fixed sentence with the current disclaimer (see
// bot.Answerer.Notice).
func (a *Answerer) Notice(kind knowledge.Kind, text string) knowledge.Reply {
	return a.now().Notice(kind, text)
}

// Remember reads a message for the member's next one (see
// bot.Answerer.Remember). A Memory made before a reload is read after it
// by rule ids, as between instances.
func (a *Answerer) Remember(text string) bot.Memory { return a.now().Remember(text) }

// EncodeMemory encodes m for the store (see bot.Answerer.EncodeMemory).
func (a *Answerer) EncodeMemory(m bot.Memory) ([]byte, error) { return a.now().EncodeMemory(m) }

// DecodeMemory decodes what EncodeMemory wrote (see
// bot.Answerer.DecodeMemory).
func (a *Answerer) DecodeMemory(data []byte) (bot.Memory, error) { return a.now().DecodeMemory(data) }

// bot.Sessions answers through an Answerer as it does through a
// *bot.Answerer.
var _ bot.Answering = (*Answerer)(nil)
