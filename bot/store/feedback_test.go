package store_test

import (
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

func TestDay(t *testing.T) {
	paris := time.FixedZone("CET", 3600)
	tests := []struct {
		in, want time.Time
	}{
		{time.Date(2026, 12, 2, 23, 59, 59, 999999999, time.UTC), time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)},
		{time.Date(2026, 12, 3, 0, 30, 0, 0, paris), time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}, // 23:30 UTC the day before
		{time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		if got := store.Day(tt.in); !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("Day(%v) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

func TestCheckKind(t *testing.T) {
	for _, k := range []string{store.KindPassage, store.KindUnanswered, store.KindTopic, store.KindUrgent, store.KindCrisis} {
		if err := store.CheckKind(k); err != nil {
			t.Errorf("CheckKind(%q) = %v", k, err)
		}
	}
	for _, k := range []string{"", "Passage", "red_flag"} {
		if err := store.CheckKind(k); err == nil {
			t.Errorf("CheckKind(%q) = nil; want an error", k)
		}
	}
}

func TestVoteValidate(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	good := store.Vote{Guild: "1", Reply: "2", Passage: "posture", UserHash: "h", Helpful: true, At: at}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v", good, err)
	}
	tests := []struct {
		name string
		edit func(*store.Vote)
		want string
	}{
		{"no server", func(v *store.Vote) { v.Guild = "" }, "server"},
		{"no reply", func(v *store.Vote) { v.Reply = "" }, "reply"},
		{"no passage", func(v *store.Vote) { v.Passage = "" }, "passage"},
		{"no member", func(v *store.Vote) { v.UserHash = "" }, "member hash"},
		{"bad text", func(v *store.Vote) { v.Reply = "\xff" }, "reply"},
		{"no time", func(v *store.Vote) { v.At = time.Time{} }, "no time"},
	}
	for _, tt := range tests {
		v := good
		tt.edit(&v)
		if err := v.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Validate() = %v; want an error naming %q", tt.name, err, tt.want)
		}
	}
}

func TestUnansweredValidate(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	good := store.Unanswered{Guild: "1", UserHash: "h", Text: "why?", RunnersUp: []string{"a"}, At: at, Expires: at.Add(time.Hour)}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v", good, err)
	}
	tests := []struct {
		name string
		edit func(*store.Unanswered)
		want string
	}{
		{"no server", func(u *store.Unanswered) { u.Guild = "" }, "server"},
		{"no member", func(u *store.Unanswered) { u.UserHash = "" }, "member hash"},
		{"no text", func(u *store.Unanswered) { u.Text = "" }, "empty text"},
		{"nul in text", func(u *store.Unanswered) { u.Text = "a\x00b" }, "UTF-8"},
		{"bad runner-up", func(u *store.Unanswered) { u.RunnersUp = []string{"a", ""} }, "runner-up"},
		{"no time", func(u *store.Unanswered) { u.At, u.Expires = time.Time{}, at }, "no time"},
		{"expires as asked", func(u *store.Unanswered) { u.Expires = u.At }, "not after"},
		{"expires within a microsecond", func(u *store.Unanswered) { u.Expires = u.At.Add(999) }, "not after"},
	}
	for _, tt := range tests {
		u := good
		tt.edit(&u)
		if err := u.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Validate() = %v; want an error naming %q", tt.name, err, tt.want)
		}
	}
}

func TestFeedbackCanonical(t *testing.T) {
	local := time.FixedZone("IST", 5*3600+1800)
	at := time.Date(2026, 1, 1, 5, 30, 0, 1500, local)
	want := time.Date(2026, 1, 1, 0, 0, 0, 1000, time.UTC)
	if got := (store.Vote{At: at}).Canonical().At; got != want {
		t.Errorf("Vote.Canonical().At = %v; want %v", got, want)
	}
	in := store.Unanswered{RunnersUp: []string{"a"}, At: at, Expires: at.Add(time.Hour)}
	c := in.Canonical()
	if c.At != want || c.Expires != want.Add(time.Hour) {
		t.Errorf("Unanswered.Canonical() times = %v, %v; want %v, %v", c.At, c.Expires, want, want.Add(time.Hour))
	}
	c.RunnersUp[0] = "changed"
	if in.RunnersUp[0] != "a" {
		t.Error("changing Canonical's runners-up changed its receiver's")
	}
	if got := (store.Unanswered{RunnersUp: []string{}}).Canonical().RunnersUp; got != nil {
		t.Errorf("Canonical() of an empty runner-up list = %#v; want nil", got)
	}
	if diff := cmp.Diff(store.Settings{LogRetention: ptr(time.Hour)}, store.Settings{LogRetention: ptr(time.Hour + 999)}.Canonical()); diff != "" {
		t.Errorf("Settings.Canonical() log retention (-want +got):\n%s", diff)
	}
	if err := (store.Settings{LogRetention: ptr(time.Duration(999))}).Validate(); err == nil {
		t.Error("Validate(log retention under a microsecond) = nil; want an error: stores would keep it as zero")
	}
}
