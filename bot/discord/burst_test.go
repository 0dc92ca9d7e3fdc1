package discord

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
)

// burstQuestions are asked in turn, so a burst exercises several passages.
var burstQuestions = []string{
	"massage for stress",
	"how does massage improve blood circulation",
	"what about posture correction",
	"does massage help relax tight muscles?",
	"what is the capital of France", // "I don't know": ephemeral
}

// burst dispatches n /ask interactions as fast as the fake can write
// them, each from another user in another channel (no cooldown applies),
// and returns their ids.
func burst(f *fakediscord.Server, prefix string, n int) []string {
	ids := make([]string, n)
	for k := range n {
		id := fmt.Sprintf("%s%06d", prefix, k)
		ids[k] = id
		f.Dispatch("INTERACTION_CREATE", fakediscord.Slash(id, "u"+id, "c"+id, "ask", "question", burstQuestions[k%len(burstQuestions)]))
	}
	return ids
}

// TestBurst is not parallel: it runs alone, before the parallel tests,
// so that its load does not slow them.
func TestBurst(t *testing.T) {
	f := fakediscord.New(t)
	f.Validate = false // other tests validate the same payloads; 1,000 validations under -race are slow
	// The fake does not enforce Discord's three seconds, and on a loaded
	// machine under -race a burst can take longer than that: give up on
	// no answer for lateness here; this test is about every interaction
	// answered exactly once.
	r := startBot(t, f, Config{}, func(b *Bot) { b.respondWithin = time.Minute })
	const n = 1000
	ids := burst(f, "7", n)
	f.WaitFor("every interaction to be answered", func() bool { return f.Answered() >= n })
	r.stop() // all in-flight work done: a second answer would be recorded by now
	cbs := f.Callbacks()
	for _, id := range ids {
		if len(cbs[id]) != 1 {
			t.Errorf("interaction %s answered %d times; want once", id, len(cbs[id]))
		}
	}
	// Deferred answers (on a slow machine) must have been completed.
	for id, c := range cbs {
		if bytes.HasPrefix(c[0].Body, []byte(`{"type":5`)) {
			if len(f.Find("PATCH", "/api/v9/webhooks/222/tok-"+id+"/"))+len(f.Find("POST", "/api/v9/webhooks/222/tok-"+id)) == 0 {
				t.Errorf("interaction %s deferred but never completed", id)
			}
		}
	}
}

// BenchmarkGatewayBurst measures, through the real discordgo session and
// the fake Discord, the time from writing INTERACTION_CREATE on the
// gateway to receiving the callback. The b.N interactions are sent in
// bursts of 100, each burst as fast as the fake can write it, the next
// once all are answered (latency within a burst grows with its size, so a
// fixed size keeps the percentiles comparable whatever b.N is). ns/op is
// per interaction; p50-ms and p99-ms are the median and 99th percentile
// latency in milliseconds. The fake runs in the same process, so its work
// is counted too.
func BenchmarkGatewayBurst(b *testing.B) { benchGateway(b, 100) }

// BenchmarkGatewaySequential is the same with one interaction at a time:
// the latency of one event with nothing queued before it.
func BenchmarkGatewaySequential(b *testing.B) { benchGateway(b, 1) }

func benchGateway(b *testing.B, size int) {
	f := fakediscord.New(b)
	f.Validate = false // measure the bot, not the validator
	startBot(b, f, Config{}, nil)
	prefix := fmt.Sprintf("b%d-", b.N)
	var ids []string
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; {
		n := min(size, b.N-done)
		ids = append(ids, burst(f, fmt.Sprintf("%s%d-", prefix, done), n)...)
		done += n
		f.WaitFor("every interaction to be answered", func() bool { return f.Answered() >= done })
	}
	b.StopTimer()

	cbs := f.Callbacks()
	lat := make([]time.Duration, 0, len(ids))
	for _, id := range ids {
		lat = append(lat, cbs[id][0].At.Sub(f.SentAt(id)))
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
