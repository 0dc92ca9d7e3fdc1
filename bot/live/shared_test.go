package live_test

import (
	"sync"
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// sharedIndex is the shipped knowledge's index, built once: the versions
// the tests swap differ in their disclaimer, not their passages.
var sharedIndex = sync.OnceValues(func() (*index.Index, error) {
	k, err := knowledge.Default()
	if err != nil {
		return nil, err
	}
	return index.New(k, index.Options{})
})

func indexOnce(t *testing.T) *index.Index {
	t.Helper()
	ix, err := sharedIndex()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// sharedRules are the shipped safety rules without the learned detector,
// which takes seconds to train and is not what these tests are about.
var sharedRules = sync.OnceValues(func() (*bot.Safety, error) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		return nil, err
	}
	return bot.NewSafety(r)
})

func rulesOnce(t *testing.T) *bot.Safety {
	t.Helper()
	s, err := sharedRules()
	if err != nil {
		t.Fatal(err)
	}
	return s
}
