package storetest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
)

func testClaim(t *testing.T, f fixture) {
	ctx, s, c := t.Context(), f.s, f.c
	steps := []struct {
		advance time.Duration
		key     string
		want    bool
	}{
		{0, "cooldown/1/2", true},
		{0, "cooldown/1/2", false},
		{0, "cooldown/1/3", true}, // another key is another claim
		{59 * time.Second, "cooldown/1/2", false},
		{time.Second, "cooldown/1/2", true}, // expired at exactly ttl, claimed anew
		{30 * time.Second, "cooldown/1/2", false},
		{30 * time.Second, "cooldown/1/2", true}, // the new claim's ttl counts from when it was won
	}
	for i, st := range steps {
		c.Add(st.advance)
		got, err := s.Claim(ctx, f.id(st.key), time.Minute)
		if err != nil || got != st.want {
			t.Fatalf("step %d: Claim(%q) = %v, %v; want %v", i, st.key, got, err, st.want)
		}
	}
	for _, ttl := range []time.Duration{0, -time.Second} {
		if _, err := s.Claim(ctx, f.id("k"), ttl); err == nil {
			t.Errorf("Claim(ttl %v) = nil error; want one", ttl)
		}
	}
}

// claimers is how many goroutines race for one claim: more than any
// connection pool holds, so some wait for a connection mid-race.
const claimers = 64

// Exactly one of many concurrent claimers wins.
func testClaimConcurrent(t *testing.T, f fixture) {
	s, key := f.s, f.id("race")
	for round := range 5 {
		var wins atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for range claimers {
			wg.Go(func() {
				<-start
				won, err := s.Claim(t.Context(), key, time.Minute)
				if err != nil {
					t.Errorf("Claim: %v", err)
				}
				if won {
					wins.Add(1)
				}
			})
		}
		close(start)
		wg.Wait()
		if n := wins.Load(); n != 1 {
			t.Fatalf("round %d: %d of %d concurrent claims won; want exactly 1", round, n, claimers)
		}
		f.c.Add(time.Minute) // the next rounds race for an expired claim
	}
}

// Concurrent claims of different keys do not block or defeat one another.
func testClaimManyKeysConcurrent(t *testing.T, f fixture) {
	var wg sync.WaitGroup
	for i := range claimers {
		wg.Go(func() {
			key := f.idf("user/%d", i)
			for j := range 3 {
				won, err := f.s.Claim(t.Context(), key, time.Minute)
				if err != nil || won != (j == 0) {
					t.Errorf("claim %d of %s = %v, %v; want %v", j, key, won, err, j == 0)
				}
			}
		})
	}
	wg.Wait()
}

func testValues(t *testing.T, f fixture) {
	ctx, s := t.Context(), f.s
	if v, ok, err := s.Get(ctx, f.id("prev/1")); err != nil || ok || v != nil {
		t.Errorf("Get(missing) = %q, %v, %v; want nothing", v, ok, err)
	}
	for _, want := range [][]byte{[]byte("first"), {0, 1, 2, 255}, {}, nil} {
		if err := s.Put(ctx, f.id("prev/1"), want, time.Minute); err != nil {
			t.Fatalf("Put(%q): %v", want, err)
		}
		got, ok, err := s.Get(ctx, f.id("prev/1"))
		if err != nil || !ok || string(got) != string(want) {
			t.Fatalf("Get after Put(%q) = %q, %v, %v", want, got, ok, err)
		}
	}
	if err := s.Put(ctx, f.id("prev/2"), []byte("kept"), time.Minute); err != nil {
		t.Fatalf("Put: %v", err)
	}
	got, _, _ := s.Get(ctx, f.id("prev/2"))
	got[0] = 'X' // the caller owns what Get returns
	if got, _, err := s.Get(ctx, f.id("prev/2")); err != nil || string(got) != "kept" {
		t.Errorf("Get after changing a returned slice = %q, %v; want %q", got, err, "kept")
	}
	if err := s.Delete(ctx, f.id("prev/1")); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if err := s.Delete(ctx, f.id("prev/9")); err != nil {
		t.Errorf("Delete(missing) = %v; want nil", err)
	}
	if _, ok, err := s.Get(ctx, f.id("prev/1")); err != nil || ok {
		t.Errorf("Get after Delete = %v, %v; want nothing", ok, err)
	}
	if _, ok, err := s.Get(ctx, f.id("prev/2")); err != nil || !ok {
		t.Errorf("Get(other key) after Delete = %v, %v; want it kept", ok, err)
	}
	if err := s.Put(ctx, f.id("k"), nil, 0); err == nil {
		t.Error("Put(ttl 0) = nil error; want one")
	}
}

func testValueExpiry(t *testing.T, f fixture) {
	ctx, s, c := t.Context(), f.s, f.c
	if err := s.Put(ctx, f.id("prev/1"), []byte("a"), 10*time.Minute); err != nil {
		t.Fatalf("Put: %v", err)
	}
	c.Add(10*time.Minute - time.Second)
	if _, ok, err := s.Get(ctx, f.id("prev/1")); err != nil || !ok {
		t.Fatalf("Get a second before expiry = %v, %v; want the value", ok, err)
	}
	if err := s.Put(ctx, f.id("prev/1"), []byte("b"), 10*time.Minute); err != nil { // a Put renews
		t.Fatalf("Put: %v", err)
	}
	c.Add(5 * time.Minute)
	if v, ok, err := s.Get(ctx, f.id("prev/1")); err != nil || string(v) != "b" {
		t.Fatalf("Get within the renewed ttl = %q, %v, %v; want b", v, ok, err)
	}
	c.Add(5 * time.Minute)
	if v, ok, err := s.Get(ctx, f.id("prev/1")); err != nil || ok {
		t.Fatalf("Get at expiry = %q, %v, %v; want nothing, even before a sweep", v, ok, err)
	}
}

func testClaimsAndValuesApart(t *testing.T, f fixture) {
	ctx, s := t.Context(), f.s
	if err := s.Put(ctx, f.id("same"), []byte("v"), time.Minute); err != nil {
		t.Fatalf("Put: %v", err)
	}
	if won, err := s.Claim(ctx, f.id("same"), time.Minute); err != nil || !won {
		t.Errorf("Claim of a key that names a value = %v, %v; want a win", won, err)
	}
	if err := s.Delete(ctx, f.id("same")); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if won, err := s.Claim(ctx, f.id("same"), time.Minute); err != nil || won {
		t.Errorf("Claim after Delete of the value = %v, %v; want the claim held", won, err)
	}
}

// Sweep removes what expired and nothing else. Expired entries are
// invisible either way, so the test turns the clock back to tell a swept
// entry from a hidden one.
func testSweep(t *testing.T, f fixture) {
	ctx, s, c := t.Context(), f.s, f.c
	if err := s.Sweep(ctx); err != nil {
		t.Fatalf("Sweep of an empty store: %v", err)
	}
	for _, k := range []string{"short", "long"} {
		ttl := map[string]time.Duration{"short": time.Minute, "long": time.Hour}[k]
		if err := s.Put(ctx, f.id(k), []byte(k), ttl); err != nil {
			t.Fatalf("Put: %v", err)
		}
		if _, err := s.Claim(ctx, f.id(k), ttl); err != nil {
			t.Fatalf("Claim: %v", err)
		}
	}
	c.Add(2 * time.Minute)
	if err := s.Sweep(ctx); err != nil {
		t.Fatalf("Sweep: %v", err)
	}
	c.Add(-2 * time.Minute)
	if _, ok, _ := s.Get(ctx, f.id("short")); ok {
		t.Error("an expired value is still there after Sweep")
	}
	if won, _ := s.Claim(ctx, f.id("short"), time.Minute); !won {
		t.Error("an expired claim is still there after Sweep")
	}
	if _, ok, _ := s.Get(ctx, f.id("long")); !ok {
		t.Error("Sweep removed a value that had not expired")
	}
	if won, _ := s.Claim(ctx, f.id("long"), time.Hour); won {
		t.Error("Sweep removed a claim that had not expired")
	}
}

func testBadKeys(t *testing.T, f fixture) {
	ctx, s := t.Context(), f.s
	long := f.id(strings.Repeat("k", store.MaxKeyLen-len(f.prefix)))
	if _, err := s.Claim(ctx, long, time.Minute); err != nil {
		t.Errorf("Claim(key of MaxKeyLen) = %v", err)
	}
	if err := s.Put(ctx, long, []byte("v"), time.Minute); err != nil {
		t.Errorf("Put(key of MaxKeyLen) = %v", err)
	}
	for _, key := range []string{"", long + "k", "nul\x00", "\xff"} {
		calls := map[string]error{
			"Settings":       second(s.Settings(ctx, key)),
			"SaveSettings":   s.SaveSettings(ctx, key, store.Settings{}),
			"DeleteSettings": s.DeleteSettings(ctx, key),
			"MarkRemoved":    s.MarkRemoved(ctx, key, time.Now()),
			"UnmarkRemoved":  s.UnmarkRemoved(ctx, key),
			"Claim":          second(s.Claim(ctx, key, time.Minute)),
			"Put":            s.Put(ctx, key, nil, time.Minute),
			"Get":            third(s.Get(ctx, key)),
			"Delete":         s.Delete(ctx, key),

			"SaveVote(guild)":       s.SaveVote(ctx, store.Vote{Guild: key, Reply: "r", Passage: "p", UserHash: "m", At: time.Now()}),
			"SaveVote(reply)":       s.SaveVote(ctx, store.Vote{Guild: "1", Reply: key, Passage: "p", UserHash: "m", At: time.Now()}),
			"SaveVote(member)":      s.SaveVote(ctx, store.Vote{Guild: "1", Reply: "r", Passage: "p", UserHash: key, At: time.Now()}),
			"LogUnanswered(guild)":  s.LogUnanswered(ctx, store.Unanswered{Guild: key, UserHash: "m", Text: "q", At: time.Now(), Expires: time.Now().Add(time.Hour)}),
			"LogUnanswered(runner)": s.LogUnanswered(ctx, store.Unanswered{Guild: "1", UserHash: "m", Text: "q", RunnersUp: []string{key}, At: time.Now(), Expires: time.Now().Add(time.Hour)}),
			"DeleteUnanswered":      second(s.DeleteUnanswered(ctx, key)),
			"Forget(guild)":         second(s.Forget(ctx, key, "m")),
			"Forget(member)":        second(s.Forget(ctx, "1", key)),
		}
		if key != "" { // "" is every server to a listing, direct messages to a count
			calls["Votes"] = second(s.Votes(ctx, key, time.Time{}))
			calls["UnansweredSince"] = second(s.UnansweredSince(ctx, key, time.Time{}))
			calls["CountAnswer"] = s.CountAnswer(ctx, key, store.KindPassage, time.Now())
			calls["AnswerCounts"] = second(s.AnswerCounts(ctx, key, time.Time{}))
		}
		for name, err := range calls {
			if err == nil || !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("%s(%.20q, %d bytes) = %v; want an error starting %q", name, key, len(key), err, "store: ")
			}
		}
	}
}

// Every call gives up on a canceled context with an error that says so.
func testCanceledContext(t *testing.T, f fixture) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	for name, err := range calls(ctx, f) {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s(canceled context) = %v; want context.Canceled", name, err)
		}
	}
}

func testClosed(t *testing.T, f fixture) {
	if err := f.s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := f.s.Close(); err != nil {
		t.Errorf("Close again = %v; want nil", err)
	}
	for name, err := range calls(t.Context(), f) {
		if err == nil {
			t.Errorf("%s after Close = nil error; want one", name)
		}
	}
}

// calls makes one call of each method but Close and returns their errors.
func calls(ctx context.Context, f fixture) map[string]error {
	s, guild, key := f.s, f.id("1"), f.id("k")
	return map[string]error{
		"Settings":       second(s.Settings(ctx, guild)),
		"SaveSettings":   s.SaveSettings(ctx, guild, store.Settings{}),
		"DeleteSettings": s.DeleteSettings(ctx, guild),
		"AllSettings":    second(s.AllSettings(ctx)),
		"MarkRemoved":    s.MarkRemoved(ctx, guild, time.Now()),
		"UnmarkRemoved":  s.UnmarkRemoved(ctx, guild),
		"PurgeRemoved":   second(s.PurgeRemoved(ctx, time.Now())),
		"Claim":          second(s.Claim(ctx, key, time.Minute)),
		"Put":            s.Put(ctx, key, nil, time.Minute),
		"Get":            third(s.Get(ctx, key)),
		"Delete":         s.Delete(ctx, key),
		"Sweep":          s.Sweep(ctx),
		"Ping":           s.Ping(ctx),

		"Salt":             second(s.Salt(ctx)),
		"SaveVote":         s.SaveVote(ctx, f.vote("1", "r", "m", true, 0)),
		"Votes":            second(s.Votes(ctx, guild, time.Time{})),
		"LogUnanswered":    s.LogUnanswered(ctx, f.question("1", "m", "q", 0, time.Hour)),
		"UnansweredSince":  second(s.UnansweredSince(ctx, guild, time.Time{})),
		"DeleteUnanswered": second(s.DeleteUnanswered(ctx, guild)),
		"PurgeExpired":     second(s.PurgeExpired(ctx, f.c.Now())),
		"CountAnswer":      s.CountAnswer(ctx, guild, store.KindPassage, f.c.Now()),
		"AnswerCounts":     second(s.AnswerCounts(ctx, guild, time.Time{})),
		"Forget":           second(s.Forget(ctx, guild, "m")),
	}
}

func second[A any](_ A, err error) error        { return err }
func third[A, B any](_ A, _ B, err error) error { return err }
