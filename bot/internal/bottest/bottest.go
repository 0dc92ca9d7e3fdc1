// Package bottest holds what the tests of backpainbot's transports share:
// the real answerer over the shipped knowledge, and a log buffer safe for
// concurrent writers. Only tests import it.
package bottest

import (
	"bytes"
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// shared is built once per test binary: the shipped knowledge and an
// in-memory index cost a few milliseconds and are immutable, so tests use
// the real thing rather than a fake.
var shared = sync.OnceValues(func() (*bot.Answerer, error) { return build(false) })

// withModel is shared with the question model the bot trains at start-up
// on the shipped examples: what a user of the default knowledge gets.
var withModel = sync.OnceValues(func() (*bot.Answerer, error) { return build(true) })

func build(model bool) (*bot.Answerer, error) {
	k, err := knowledge.Default()
	if err != nil {
		return nil, err
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		return nil, err
	}
	if model {
		return bot.NewAnswerer(k, ix, bot.WithModel(qmodel.Build(k))), nil
	}
	return bot.NewAnswerer(k, ix), nil
}

// ModelAnswerer returns the answerer over the shipped knowledge with its
// question model, as the program runs it.
func ModelAnswerer(t testing.TB) *bot.Answerer {
	t.Helper()
	a, err := withModel()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Answerer returns the answerer over the shipped knowledge.
func Answerer(t testing.TB) *bot.Answerer {
	t.Helper()
	a, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// SyncBuffer is a bytes.Buffer safe for a logger's concurrent writes while
// a test reads it.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what has been written so far.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
