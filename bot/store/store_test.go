package store_test

import (
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

func ptr[T any](v T) *T { return &v }

func TestCanonical(t *testing.T) {
	tests := []struct {
		name    string
		in, out store.Settings
	}{
		{"zero", store.Settings{}, store.Settings{}},
		{"empty channels", store.Settings{Channels: []string{}}, store.Settings{}},
		{"cooldown to the microsecond", store.Settings{Cooldown: ptr(time.Second + 1500)}, store.Settings{Cooldown: ptr(time.Second + 1000)}},
		{"set values kept", store.Settings{Channels: []string{"1"}, Private: ptr(false), Cooldown: ptr(time.Duration(0)), CrisisLine: "x"},
			store.Settings{Channels: []string{"1"}, Private: ptr(false), Cooldown: ptr(time.Duration(0)), CrisisLine: "x"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.out, tt.in.Canonical()); diff != "" {
			t.Errorf("%s: Canonical() (-want +got):\n%s", tt.name, diff)
		}
	}
	in := store.Settings{Channels: []string{"1"}, Private: ptr(true), Cooldown: ptr(time.Minute)}
	c := in.Canonical()
	c.Channels[0], *c.Private, *c.Cooldown = "2", false, time.Hour
	if in.Channels[0] != "1" || !*in.Private || *in.Cooldown != time.Minute {
		t.Errorf("changing Canonical's result changed its receiver: %+v", in)
	}
}

func TestCheckKey(t *testing.T) {
	tests := []struct {
		key string
		ok  bool
	}{
		{"cooldown/1/2", true},
		{strings.Repeat("k", store.MaxKeyLen), true},
		{"", false},
		{strings.Repeat("k", store.MaxKeyLen+1), false},
	}
	for _, tt := range tests {
		if err := store.CheckKey(tt.key); (err == nil) != tt.ok {
			t.Errorf("CheckKey(%d bytes) = %v; want ok %v", len(tt.key), err, tt.ok)
		}
	}
}
