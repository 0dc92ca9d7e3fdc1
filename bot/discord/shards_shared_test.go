package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
	"github.com/backpainbot/backpainbot/bot/store/postgres"
)

// Two gateway processes, one shard each, on one PostgreSQL are one bot: a
// member's cooldown started in a server on one shard holds in a server on
// the other, and a message sent to both is answered once.
func TestShardProcessesShareState(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	f := fakediscord.New(t)
	for id := range 2 {
		s, err := postgres.Open(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		st := session.New(session.WithStore(s))
		t.Cleanup(func() { st.Close() })
		startBot(t, f, Config{ShardID: id, ShardCount: 2, Cooldown: time.Hour, State: st}, nil) // an hour: no test timing expires it
	}
	f.Shard(0).Dispatch("INTERACTION_CREATE", fakediscord.Slash("5201", "u1", "300", "ask", "question", "massage for stress"))
	if cb := f.WaitCallback("5201"); len(cb.Data.Embeds) != 1 {
		t.Fatalf("first question, on shard 0: %s; want the answer", cb.Raw)
	}
	f.Shard(1).Dispatch("INTERACTION_CREATE", fakediscord.Slash("5202", "u1", "310", "ask", "question", "what about posture correction"))
	if cb := f.WaitCallback("5202"); cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "One question every hour") {
		t.Errorf("the same member on shard 1: %q (flags %d); want the cooldown notice", cb.Data.Content, cb.Data.Flags)
	}
	// A gateway resume may deliver an event twice, and a resharding to
	// two processes: it is answered once.
	m := fakediscord.Message("5210", "u2", "400", "311", "<@111> massage for stress", "111")
	f.Shard(0).Dispatch("MESSAGE_CREATE", m)
	f.Shard(1).Dispatch("MESSAGE_CREATE", m)
	f.WaitMessage("311", 1)
	time.Sleep(200 * time.Millisecond) // a second reply, if any, would have come by now
	if n := len(fakediscord.OKOnly(f.Find("POST", "/api/v9/channels/311/messages"))); n != 1 {
		t.Errorf("a message delivered to both processes got %d replies; want 1", n)
	}
}
