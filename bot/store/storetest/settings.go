package storetest

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

func testSettingsNoneSaved(t *testing.T, f fixture) {
	got, err := f.s.Settings(t.Context(), f.id("1001"))
	if err != nil || !cmp.Equal(got, store.Settings{}) {
		t.Errorf("Settings(unsaved guild) = %+v, %v; want the zero Settings", got, err)
	}
	all, err := f.s.AllSettings(t.Context())
	if ours := f.ours(slices.Collect(maps.Keys(all))); err != nil || len(ours) != 0 {
		t.Errorf("AllSettings() before saving any = %v, %v; want none of this run's guilds", ours, err)
	}
}

func testSettingsRoundTrip(t *testing.T, f fixture) {
	tests := []struct {
		name string
		set  store.Settings
	}{
		{"zero", store.Settings{}},
		{"everything", store.Settings{
			Channels:        []string{"2001", "2002"},
			Private:         ptr(true),
			Cooldown:        ptr(90 * time.Second),
			EmergencyNumber: "999",
			CrisisLine:      "Samaritans 116 123",
			AlertChannel:    "2003",
			LogUnanswered:   ptr(true),
			LogRetention:    ptr(14 * 24 * time.Hour),
		}},
		{"private false is not unset", store.Settings{Private: ptr(false)}},
		{"log off is not unset", store.Settings{LogUnanswered: ptr(false)}},
		{"log retention below a microsecond is dropped", store.Settings{LogRetention: ptr(90*24*time.Hour + 999)}},
		{"zero cooldown is not unset", store.Settings{Cooldown: ptr(time.Duration(0))}},
		{"empty channel list reads as none", store.Settings{Channels: []string{}}},
		{"cooldown below a microsecond is dropped", store.Settings{Cooldown: ptr(1500*time.Millisecond + 999)}},
		{"long cooldown", store.Settings{Cooldown: ptr(36 * time.Hour)}},
		{"text as given", store.Settings{EmergencyNumber: " 112 ", CrisisLine: "Tele-Onthaal 106 — 24/7, «free»"}},
	}
	for _, tt := range tests {
		guild := f.id(tt.name)
		if err := f.s.SaveSettings(t.Context(), guild, tt.set); err != nil {
			t.Fatalf("%s: SaveSettings: %v", tt.name, err)
		}
		got, err := f.s.Settings(t.Context(), guild)
		if err != nil {
			t.Fatalf("%s: Settings: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.set.Canonical(), got); diff != "" {
			t.Errorf("%s: Settings after SaveSettings (-want +got):\n%s", tt.name, diff)
		}
	}
}

// Settings that fail Validate are refused, by every engine alike, and the
// saved ones stay.
func testSettingsInvalid(t *testing.T, f fixture) {
	guild, good := f.id("350"), store.Settings{EmergencyNumber: "112"}
	if err := f.s.SaveSettings(t.Context(), guild, good); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	for _, bad := range []store.Settings{
		{Cooldown: ptr(-time.Second)},
		{CrisisLine: "nul\x00"},
		{AlertChannel: "\xff"},
		{Channels: []string{"1", "\xc3"}},
		{LogRetention: ptr(time.Duration(0))},
		{LogRetention: ptr(-time.Hour)},
	} {
		if err := f.s.SaveSettings(t.Context(), guild, bad); err == nil || !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("SaveSettings(%+v) = %v; want a store error", bad, err)
		}
	}
	if got, err := f.s.Settings(t.Context(), guild); err != nil || !cmp.Equal(got, good) {
		t.Errorf("Settings after refused saves = %+v, %v; want %+v", got, err, good)
	}
}

func testSettingsReplaced(t *testing.T, f fixture) {
	first := store.Settings{Channels: []string{"1"}, Private: ptr(true), Cooldown: ptr(time.Minute), AlertChannel: "9",
		LogUnanswered: ptr(true), LogRetention: ptr(time.Hour)}
	second := store.Settings{EmergencyNumber: "112"}
	for _, set := range []store.Settings{first, second} {
		if err := f.s.SaveSettings(t.Context(), f.id("400"), set); err != nil {
			t.Fatalf("SaveSettings: %v", err)
		}
	}
	got, err := f.s.Settings(t.Context(), f.id("400"))
	if err != nil {
		t.Fatalf("Settings: %v", err)
	}
	if diff := cmp.Diff(second, got); diff != "" {
		t.Errorf("Settings after saving twice keeps something of the first (-want +got):\n%s", diff)
	}
}

// Neither the saved nor the returned Settings share memory with the store.
func testSettingsNotShared(t *testing.T, f fixture) {
	in := store.Settings{Channels: []string{"1", "2"}, Private: ptr(true), Cooldown: ptr(time.Minute)}
	if err := f.s.SaveSettings(t.Context(), f.id("500"), in); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	in.Channels[0], *in.Private, *in.Cooldown = "changed", false, time.Hour
	out, err := f.s.Settings(t.Context(), f.id("500"))
	if err != nil {
		t.Fatalf("Settings: %v", err)
	}
	out.Channels[1], *out.Private = "changed", false
	again, err := f.s.Settings(t.Context(), f.id("500"))
	if err != nil {
		t.Fatalf("Settings: %v", err)
	}
	want := store.Settings{Channels: []string{"1", "2"}, Private: ptr(true), Cooldown: ptr(time.Minute)}
	if diff := cmp.Diff(want, again); diff != "" {
		t.Errorf("a caller's change reached the store (-want +got):\n%s", diff)
	}
}

func testDeleteSettings(t *testing.T, f fixture) {
	for _, g := range f.ids("600", "601") {
		if err := f.s.SaveSettings(t.Context(), g, store.Settings{EmergencyNumber: "911"}); err != nil {
			t.Fatalf("SaveSettings(%s): %v", g, err)
		}
	}
	if err := f.s.DeleteSettings(t.Context(), f.id("600")); err != nil {
		t.Fatalf("DeleteSettings: %v", err)
	}
	if err := f.s.DeleteSettings(t.Context(), f.id("699")); err != nil {
		t.Errorf("DeleteSettings(never saved) = %v; want nil", err)
	}
	if got, err := f.s.Settings(t.Context(), f.id("600")); err != nil || !cmp.Equal(got, store.Settings{}) {
		t.Errorf("Settings(deleted) = %+v, %v; want the zero Settings", got, err)
	}
	if got, err := f.s.Settings(t.Context(), f.id("601")); err != nil || got.EmergencyNumber != "911" {
		t.Errorf("Settings(other guild) = %+v, %v; want it kept", got, err)
	}
}

func testAllSettings(t *testing.T, f fixture) {
	want := map[string]store.Settings{
		"700": {Channels: []string{"1"}},
		"701": {Private: ptr(false), Cooldown: ptr(5 * time.Second)},
		"702": {},
	}
	for g, set := range want {
		if err := f.s.SaveSettings(t.Context(), f.id(g), set); err != nil {
			t.Fatalf("SaveSettings(%s): %v", g, err)
		}
	}
	all, err := f.s.AllSettings(t.Context())
	if err != nil {
		t.Fatalf("AllSettings: %v", err)
	}
	got := map[string]store.Settings{}
	for _, g := range f.ours(slices.Collect(maps.Keys(all))) {
		got[g] = all[f.id(g)]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AllSettings (-want +got):\n%s", diff)
	}
}

// A guild the bot left is purged once its grace period is over, unless the
// bot came back.
func testPurgeRemoved(t *testing.T, f fixture) {
	ctx, t0 := t.Context(), f.c.Now()
	for _, g := range f.ids("800", "801", "802", "803") {
		if err := f.s.SaveSettings(ctx, g, store.Settings{CrisisLine: "line " + g}); err != nil {
			t.Fatalf("SaveSettings(%s): %v", g, err)
		}
	}
	marks := []struct {
		guild string
		at    time.Time
	}{{"800", t0}, {"801", t0.Add(time.Hour)}, {"802", t0}, {"804", t0}} // 804 has no settings
	for _, m := range marks {
		if err := f.s.MarkRemoved(ctx, f.id(m.guild), m.at); err != nil {
			t.Fatalf("MarkRemoved(%s): %v", m.guild, err)
		}
	}
	if err := f.s.UnmarkRemoved(ctx, f.id("802")); err != nil { // back within the grace period
		t.Fatalf("UnmarkRemoved: %v", err)
	}
	if err := f.s.UnmarkRemoved(ctx, f.id("899")); err != nil {
		t.Errorf("UnmarkRemoved(never marked) = %v; want nil", err)
	}
	purge := func(cutoff time.Time) []string {
		t.Helper()
		ids, err := f.s.PurgeRemoved(ctx, cutoff)
		if err != nil {
			t.Fatalf("PurgeRemoved: %v", err)
		}
		if !slices.IsSorted(ids) {
			t.Errorf("PurgeRemoved = %v; want them sorted", ids)
		}
		return f.ours(ids)
	}
	if got := purge(t0); len(got) != 0 {
		t.Errorf("PurgeRemoved(cutoff = the mark) = %v; want nothing: before means before", got)
	}
	if got, want := purge(t0.Add(30*time.Minute)), []string{"800", "804"}; !slices.Equal(got, want) {
		t.Errorf("PurgeRemoved = %v; want %v", got, want)
	}
	all, err := f.s.AllSettings(ctx)
	if err != nil {
		t.Fatalf("AllSettings: %v", err)
	}
	if got := slices.Sorted(slices.Values(f.ours(slices.Collect(maps.Keys(all))))); !slices.Equal(got, []string{"801", "802", "803"}) {
		t.Errorf("guilds with settings after the purge = %v; want 801 802 803", got)
	}
	if got := purge(t0.Add(30 * time.Minute)); len(got) != 0 {
		t.Errorf("PurgeRemoved again = %v; want nothing", got)
	}
	if got := purge(t0.Add(2 * time.Hour)); !slices.Equal(got, []string{"801"}) {
		t.Errorf("PurgeRemoved(later cutoff) = %v; want [801]", got)
	}
}

func testMarkRemovedKeepsEarliest(t *testing.T, f fixture) {
	ctx, t0 := t.Context(), f.c.Now()
	for _, at := range []time.Time{t0.Add(time.Hour), t0, t0.Add(2 * time.Hour)} {
		if err := f.s.MarkRemoved(ctx, f.id("900"), at); err != nil {
			t.Fatalf("MarkRemoved: %v", err)
		}
	}
	got, err := f.s.PurgeRemoved(ctx, t0.Add(time.Minute))
	if err != nil || !slices.Equal(f.ours(got), []string{"900"}) {
		t.Errorf("PurgeRemoved after marks at +1h, 0, +2h = %v, %v; want the earliest mark to count", got, err)
	}
}
