package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/internal/fakediscord"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

// Permission sets of the members in these tests.
const (
	permsMember = 2248473465835073                  // the recorded member's: no Manage Server
	permsAdmin  = permsMember | (1 << 5)            // with Manage Server
	permsOwner  = discordgo.PermissionAdministrator // Administrator only
)

// testStore is an embedded store of the test's own.
func testStore(t testing.TB) *bolt.Store {
	t.Helper()
	s, err := bolt.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// settingsInteraction is /settings in guild 400 by a member with perms.
func settingsInteraction(perms int64, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: "400", ChannelID: "300",
		Member: &discordgo.Member{User: &discordgo.User{ID: "1111"}, Permissions: perms},
		Data:   discordgo.ApplicationCommandInteractionData{Name: cmdSettings, Options: opts},
	}
}

func opt(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: v}
}

func ptr[T any](v T) *T { return &v }

// checkSettingsPayload checks what every /settings reply keeps: ephemeral,
// the disclaimer, no pings, valid per Discord's spec.
func checkSettingsPayload(t *testing.T, what string, r Response) {
	t.Helper()
	checkPayload(t, r)
	if r.Event != cmdSettings || r.Interaction == nil || r.Interaction.Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Fatalf("%s: response %+v; want a message (type 4) for event settings", what, r.Interaction)
	}
	if r.Interaction.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("%s: flags %d; want ephemeral: settings are for the admin who asked", what, r.Interaction.Data.Flags)
	}
	b, err := json.Marshal(r.Interaction)
	if err != nil {
		t.Fatal(err)
	}
	if err := fakediscord.ValidateSpec("callback", b); err != nil {
		t.Errorf("%s: not valid per the spec: %v", what, err)
	}
}

func TestSettingsPermissions(t *testing.T) {
	a := testAnswerer(t)
	tests := []struct {
		name  string
		i     *discordgo.Interaction
		want  string // in the reply
		saved bool   // the emergency number was saved
	}{
		{"member", settingsInteraction(permsMember, opt(optEmergency, "999")), msgSettingsDenied, false},
		{"no permissions", settingsInteraction(0, opt(optEmergency, "999")), msgSettingsDenied, false},
		{"recorded member", loadInteraction(t, "interaction_settings_member.json"), msgSettingsDenied, false},
		{"manage server", settingsInteraction(permsAdmin, opt(optEmergency, "999")), "Saved.", true},
		{"administrator", settingsInteraction(permsOwner, opt(optEmergency, "999")), "Saved.", true},
		{"DM", &discordgo.Interaction{ID: "2", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "1111"},
			Data: discordgo.ApplicationCommandInteractionData{Name: cmdSettings}}, msgSettingsDM, false},
		{"guild without member", &discordgo.Interaction{ID: "3", GuildID: "400", Data: discordgo.ApplicationCommandInteractionData{Name: cmdSettings}}, msgSettingsDM, false},
	}
	for _, tt := range tests {
		st := testStore(t)
		r, err := settingsResponse(context.Background(), st, tt.i, a.Notice, nil)
		if err != nil {
			t.Errorf("%s: settingsResponse error = %v", tt.name, err)
		}
		checkSettingsPayload(t, tt.name, r)
		if !strings.Contains(r.Rendered.Description, tt.want) {
			t.Errorf("%s: reply %q; want it to contain %q", tt.name, r.Rendered.Description, tt.want)
		}
		set, err := st.Settings(context.Background(), "400")
		if err != nil {
			t.Fatal(err)
		}
		if saved := set.EmergencyNumber == "999"; saved != tt.saved {
			t.Errorf("%s: emergency number saved = %v; want %v", tt.name, saved, tt.saved)
		}
	}
}

// An admin sets everything with the recorded interaction, then shows it,
// then resets it.
func TestSettingsRecorded(t *testing.T) {
	a := testAnswerer(t)
	st := testStore(t)
	ctx := context.Background()
	r, err := settingsResponse(ctx, st, loadInteraction(t, "interaction_settings.json"), a.Notice, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSettingsPayload(t, "set", r)
	want := store.Settings{Channels: []string{"300", "301"}, Private: ptr(true), Cooldown: ptr(10 * time.Second),
		EmergencyNumber: "999", CrisisLine: "Samaritans 116 123", AlertChannel: "302"}
	got, err := st.Settings(ctx, "400")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("saved settings (-want +got):\n%s", diff)
	}
	for _, s := range []string{"Saved.", "<#300>, <#301>", "private", "10s", "999", "Samaritans 116 123", "<#302>"} {
		if !strings.Contains(r.Rendered.Description, s) {
			t.Errorf("reply %q; want it to show %q", r.Rendered.Description, s)
		}
	}

	r, _ = settingsResponse(ctx, st, settingsInteraction(permsAdmin), a.Notice, nil)
	checkSettingsPayload(t, "show", r)
	if d := r.Rendered.Description; !strings.HasPrefix(d, "This server's settings:") || !strings.Contains(d, "Samaritans 116 123") {
		t.Errorf("/settings with no option = %q; want the current settings", d)
	}

	r, _ = settingsResponse(ctx, st, settingsInteraction(permsAdmin, opt(optReset, true), opt(optCooldown, "5s")), a.Notice, nil)
	checkSettingsPayload(t, "reset", r)
	got, _ = st.Settings(ctx, "400")
	if diff := cmp.Diff(store.Settings{Cooldown: ptr(5 * time.Second)}, got); diff != "" {
		t.Errorf("after reset with a cooldown (-want +got):\n%s", diff)
	}
	r, _ = settingsResponse(ctx, st, settingsInteraction(permsAdmin, opt(optReset, true)), a.Notice, nil)
	checkSettingsPayload(t, "reset", r)
	if all, _ := st.AllSettings(ctx); len(all) != 0 {
		t.Errorf("after reset, AllSettings = %v; want the server forgotten", all)
	}
	if d := r.Rendered.Description; !strings.Contains(d, "everywhere (the default)") || !strings.Contains(d, "Moderator alerts:** off") {
		t.Errorf("after reset = %q; want the defaults shown", d)
	}
}

// Each change applies to what is saved, and leaves the rest as it was.
func TestSettingsChanges(t *testing.T) {
	a := testAnswerer(t)
	start := store.Settings{Channels: []string{"300"}, Cooldown: ptr(10 * time.Second), EmergencyNumber: "999",
		CrisisLine: "Samaritans 116 123", AlertChannel: "302"}
	tests := []struct {
		name string
		opts []*discordgo.ApplicationCommandInteractionDataOption
		want func(s *store.Settings)
	}{
		{"channels all", []*discordgo.ApplicationCommandInteractionDataOption{opt(optChannels, "all")}, func(s *store.Settings) { s.Channels = nil }},
		{"channels by id, twice", []*discordgo.ApplicationCommandInteractionDataOption{opt(optChannels, "303, <#304>,303")}, func(s *store.Settings) { s.Channels = []string{"303", "304"} }},
		{"private off", []*discordgo.ApplicationCommandInteractionDataOption{opt(optPrivate, false)}, func(s *store.Settings) { s.Private = ptr(false) }},
		{"cooldown off", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "0")}, func(s *store.Settings) { s.Cooldown = ptr(time.Duration(0)) }},
		{"cooldown default", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "default")}, func(s *store.Settings) { s.Cooldown = nil }},
		{"cooldown 1m30s", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, " 1m30s ")}, func(s *store.Settings) { s.Cooldown = ptr(90 * time.Second) }},
		{"emergency default", []*discordgo.ApplicationCommandInteractionDataOption{opt(optEmergency, "default")}, func(s *store.Settings) { s.EmergencyNumber = "" }},
		{"crisis line none", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCrisisLine, "None")}, func(s *store.Settings) { s.CrisisLine = "" }},
		{"crisis line", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCrisisLine, "Tele-MANAS 14416")}, func(s *store.Settings) { s.CrisisLine = "Tele-MANAS 14416" }},
		{"alert channel", []*discordgo.ApplicationCommandInteractionDataOption{opt(optAlertChannel, "305")}, func(s *store.Settings) { s.AlertChannel = "305" }},
		{"alerts off", []*discordgo.ApplicationCommandInteractionDataOption{opt(optAlertsOff, true)}, func(s *store.Settings) { s.AlertChannel = "" }},
		{"alerts off false", []*discordgo.ApplicationCommandInteractionDataOption{opt(optAlertsOff, false), opt(optEmergency, "112")}, func(s *store.Settings) { s.EmergencyNumber = "112" }},
	}
	for _, tt := range tests {
		st := testStore(t)
		ctx := context.Background()
		if err := st.SaveSettings(ctx, "400", start); err != nil {
			t.Fatal(err)
		}
		r, err := settingsResponse(ctx, st, settingsInteraction(permsAdmin, tt.opts...), a.Notice, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkSettingsPayload(t, tt.name, r)
		want := start.Canonical()
		tt.want(&want)
		got, _ := st.Settings(ctx, "400")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: saved (-want +got):\n%s\nreply: %s", tt.name, diff, r.Rendered.Description)
		}
	}
}

// A mistake changes nothing and says what to fix; several are all listed.
func TestSettingsMistakes(t *testing.T) {
	a := testAnswerer(t)
	tests := []struct {
		name string
		opts []*discordgo.ApplicationCommandInteractionDataOption
		want []string
	}{
		{"cooldown without unit", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "3")}, []string{`add a unit, like 3s`}},
		{"cooldown words", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "three seconds")}, []string{"write a time like 3s"}},
		{"cooldown negative", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "-3s")}, []string{"negative"}},
		{"cooldown too long", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "3h")}, []string{"longer than 1h0m0s"}},
		{"channel name", []*discordgo.ApplicationCommandInteractionDataOption{opt(optChannels, "#general")}, []string{`"#general" is not a channel`}},
		{"too many channels", []*discordgo.ApplicationCommandInteractionDataOption{opt(optChannels, "<#1000> "+manyChannels(26))}, []string{"at most 25"}},
		{"emergency words", []*discordgo.ApplicationCommandInteractionDataOption{opt(optEmergency, "call an ambulance")}, []string{"has no digits"}},
		{"crisis mention", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCrisisLine, "@everyone 116 123")}, []string{"formatting or mentions"}},
		{"alerts both ways", []*discordgo.ApplicationCommandInteractionDataOption{opt(optAlertChannel, "302"), opt(optAlertsOff, true)}, []string{"choose one"}},
		{"unknown option", []*discordgo.ApplicationCommandInteractionDataOption{opt("colour", "red")}, []string{"colour: I don't know this option"}},
		{"two at once", []*discordgo.ApplicationCommandInteractionDataOption{opt(optCooldown, "3"), opt(optEmergency, "x"), opt(optPrivate, true)},
			[]string{"add a unit", "has no digits"}},
	}
	for _, tt := range tests {
		st := testStore(t)
		r, err := settingsResponse(context.Background(), st, settingsInteraction(permsAdmin, tt.opts...), a.Notice, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkSettingsPayload(t, tt.name, r)
		for _, w := range append(tt.want, msgNothingChanged) {
			if !strings.Contains(r.Rendered.Description, w) {
				t.Errorf("%s: reply %q; want it to say %q", tt.name, r.Rendered.Description, w)
			}
		}
		if all, _ := st.AllSettings(context.Background()); len(all) != 0 {
			t.Errorf("%s: saved %v; want nothing changed", tt.name, all)
		}
	}
}

func manyChannels(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<#%d> ", 1000+i)
	}
	return b.String()
}

// failingStore is a store that cannot be reached.
type failingStore struct{ store.Store }

var errStoreDown = errors.New("connection refused")

func (failingStore) Settings(context.Context, string) (store.Settings, error) {
	return store.Settings{}, errStoreDown
}

func TestSettingsStoreDown(t *testing.T) {
	a := testAnswerer(t)
	r, err := settingsResponse(context.Background(), failingStore{}, settingsInteraction(permsAdmin, opt(optEmergency, "999")), a.Notice, nil)
	if !errors.Is(err, errStoreDown) {
		t.Errorf("settingsResponse error = %v; want the store's, for the log", err)
	}
	checkSettingsPayload(t, "store down", r)
	if d := r.Rendered.Description; d != msgSettingsFailed || strings.Contains(d, errStoreDown.Error()) {
		t.Errorf("reply %q; want %q and not the error", d, msgSettingsFailed)
	}
	r, err = settingsResponse(context.Background(), nil, settingsInteraction(permsAdmin), a.Notice, nil)
	if err != nil || r.Rendered.Description != msgSettingsNoStore {
		t.Errorf("settingsResponse(no store) = %q, %v; want %q", r.Rendered.Description, err, msgSettingsNoStore)
	}
}

func TestSettingsCommand(t *testing.T) {
	c := settingsCommand()
	b, err := json.Marshal([]any{c})
	if err != nil {
		t.Fatal(err)
	}
	var cmds []map[string]any
	if err := json.Unmarshal(b, &cmds); err != nil {
		t.Fatal(err)
	}
	checkCommandLimits(t, cmds)
	if err := fakediscord.ValidateSpec("commands", b); err != nil {
		t.Errorf("/settings not valid per the spec: %v", err)
	}
	got := cmds[0]
	// Manage Server is 1<<5; Discord takes the bit set as a string.
	if got["default_member_permissions"] != "32" || got["dm_permission"] != false {
		t.Errorf("/settings default_member_permissions %v, dm_permission %v; want \"32\" and false", got["default_member_permissions"], got["dm_permission"])
	}
	if ctx, _ := got["contexts"].([]any); len(ctx) != 1 || ctx[0] != float64(discordgo.InteractionContextGuild) {
		t.Errorf("/settings contexts %v; want servers only [0]", got["contexts"])
	}
	var names []string
	for _, o := range got["options"].([]any) {
		o := o.(map[string]any)
		names = append(names, o["name"].(string))
		if o["required"] == true {
			t.Errorf("/settings option %s is required; want every option optional (none shows the settings)", o["name"])
		}
	}
	want := []string{optChannels, optPrivate, optCooldown, optEmergency, optCrisisLine, optAlertChannel, optAlertsOff, optLogOn, optLogRetention, optReset}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("/settings options (-want +got):\n%s", diff)
	}
	// The spec has teeth: a permission that is not a number fails.
	bad := strings.Replace(string(b), `"default_member_permissions":"32"`, `"default_member_permissions":"manage"`, 1)
	if err := fakediscord.ValidateSpec("commands", []byte(bad)); err == nil && specAvailable() {
		t.Errorf("validateSpec accepted default_member_permissions \"manage\"")
	}
}

func specAvailable() bool { return fakediscord.SpecAvailable() == nil }

func TestCheckSettings(t *testing.T) {
	tests := []struct {
		name    string
		s       store.Settings
		wantErr string
	}{
		{"zero", store.Settings{}, ""},
		{"UK", store.Settings{Channels: []string{"300"}, Private: ptr(true), Cooldown: ptr(3 * time.Second), EmergencyNumber: "999", CrisisLine: "Samaritans 116 123", AlertChannel: "302"}, ""},
		{"channel name", store.Settings{Channels: []string{"general"}}, `"general" is not a channel id`},
		{"channel zero", store.Settings{Channels: []string{"0"}}, "not a channel id"},
		{"channel sign", store.Settings{Channels: []string{"+12"}}, "not a channel id"},
		{"alert channel", store.Settings{AlertChannel: "#mods"}, "alert channel"},
		{"cooldown", store.Settings{Cooldown: ptr(2 * time.Hour)}, "longer than 1h0m0s"},
		{"negative cooldown", store.Settings{Cooldown: ptr(-time.Second)}, "negative"},
		{"dose in line", store.Settings{CrisisLine: "116 123 or 20 tablets"}, "tablets"},
		{"NUL", store.Settings{EmergencyNumber: "99\x009"}, "not valid UTF-8 text"},
	}
	for _, tt := range tests {
		err := CheckSettings(tt.s)
		if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("%s: CheckSettings(%+v) = %v; want %q", tt.name, tt.s, err, tt.wantErr)
		}
	}
}

// FuzzSettingsOptions: whatever an admin types, /settings answers within
// Discord's limits with the disclaimer, and saves only settings that
// CheckSettings accepts.
func FuzzSettingsOptions(f *testing.F) {
	f.Add("<#300> <#301>", "10s", "999", "Samaritans 116 123", true)
	f.Add("all", "3", "x", "@everyone", false)
	f.Add(strings.Repeat("<#300000000000000001> ", 40), "-1h", strings.Repeat("9", 300), "\x00\xff", true)
	a := testAnswerer(f)
	st := testStore(f)
	f.Fuzz(func(t *testing.T, channels, cooldown, number, line string, private bool) {
		i := settingsInteraction(permsAdmin, opt(optChannels, channels), opt(optCooldown, cooldown),
			opt(optEmergency, number), opt(optCrisisLine, line), opt(optPrivate, private))
		r, err := settingsResponse(context.Background(), st, i, a.Notice, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkPayload(t, r)
		set, err := st.Settings(context.Background(), "400")
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckSettings(set); err != nil {
			t.Errorf("saved %+v, which CheckSettings refuses: %v", set, err)
		}
	})
}

// A server whose only setting is the log keeps it: it is not "all
// defaults", which /settings deletes.
func TestSettingsLogOnly(t *testing.T) {
	a := testAnswerer(t)
	st := testStore(t)
	ctx := context.Background()
	for _, o := range []*discordgo.ApplicationCommandInteractionDataOption{opt(optLogOn, true), opt(optLogRetention, float64(7))} {
		r, err := settingsResponse(ctx, st, settingsInteraction(permsAdmin, o), a.Notice, nil)
		if err != nil || !strings.Contains(r.Rendered.Description, "Saved.") {
			t.Fatalf("/settings %s: %q, %v; want it saved", o.Name, r.Rendered.Description, err)
		}
	}
	set, err := st.Settings(ctx, "400")
	if err != nil {
		t.Fatal(err)
	}
	if set.LogUnanswered == nil || !*set.LogUnanswered || set.LogRetention == nil || *set.LogRetention != 7*24*time.Hour {
		t.Errorf("saved %+v; want the log on, kept 7 days", set)
	}
	for _, days := range []any{float64(0), float64(366), float64(1.5)} {
		r, _ := settingsResponse(ctx, st, settingsInteraction(permsAdmin, opt(optLogRetention, days)), a.Notice, nil)
		if !strings.Contains(r.Rendered.Description, msgNothingChanged) {
			t.Errorf("/settings log_retention:%v: %q; want it refused", days, r.Rendered.Description)
		}
	}
}
