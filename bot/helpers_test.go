package bot_test

import (
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The shipped knowledge and a real in-memory index are cheap (about 15 ms),
// so tests use the real thing; one is shared because it is immutable.
var shared = sync.OnceValues(func() (*bot.Answerer, error) {
	k, err := knowledge.Default()
	if err != nil {
		return nil, err
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		return nil, err
	}
	return bot.NewAnswerer(k, ix), nil
})

func newAnswerer(t testing.TB) *bot.Answerer {
	t.Helper()
	a, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
