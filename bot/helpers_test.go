package bot_test

import (
	"testing"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
)

func newAnswerer(t testing.TB) *bot.Answerer { return bottest.Answerer(t) }
