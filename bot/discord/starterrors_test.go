package discord

import (
	"context"
	"strings"
	"testing"
	"time"
)

const wantRejected = "Discord rejected DISCORD_TOKEN (401): reset it on the Bot page of the developer portal"

// A token Discord rejects says so, and what to do, wherever it is found
// out: the REST calls at start, the gateway's IDENTIFY, and registering
// the commands.
func TestRejectedTokenSaysWhatToDo(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.rejectToken = true
	for _, tt := range []struct {
		name string
		cfg  Config
	}{
		{"shard count from REST", Config{}},
		{"gateway IDENTIFY", Config{ShardID: 0, ShardCount: 1}},
	} {
		tt.cfg.Token, tt.cfg.APIBase = "bad-token", f.apiBase()
		b, err := New(tt.cfg, testAnswerer(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		err = b.Run(ctx)
		cancel()
		if err == nil || !strings.Contains(err.Error(), wantRejected) {
			t.Errorf("%s: Run = %v; want %q", tt.name, err, wantRejected)
		}
	}
	_, err := RegisterCommands(context.Background(), Config{Token: "bad-token", APIBase: f.apiBase()}, nil)
	if err == nil || !strings.Contains(err.Error(), wantRejected) {
		t.Errorf("RegisterCommands = %v; want %q", err, wantRejected)
	}
}

// Discord out of reach names what was tried and what to check.
func TestUnreachableDiscordSaysWhatToCheck(t *testing.T) {
	t.Parallel()
	_, err := ApplicationID(context.Background(), Config{Token: "t", APIBase: "http://127.0.0.1:1/api/v9"})
	for _, want := range []string{"cannot reach Discord at http://127.0.0.1:1", "connection refused", "check the network", "HTTPS_PROXY", "--discord-api"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ApplicationID with Discord out of reach = %v; want it to say %q", err, want)
		}
	}
}
