package cli_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
)

// settingsCmd runs "backpainbot settings args..." with env as the
// environment.
func settingsCmd(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := cli.Run(context.Background(), cli.Env{
		Args: append([]string{"settings"}, args...), Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return out.String(), err
}

// withStore opens the embedded store in dir, runs f on it and closes it,
// so that the command can open it next.
func withStore(t *testing.T, dir string, f func(s store.Store)) {
	t.Helper()
	s, err := bolt.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f(s)
}

func all(t *testing.T, s store.Store) map[string]store.Settings {
	t.Helper()
	m, err := s.AllSettings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func ptr[T any](v T) *T { return &v }

// The settings in testdata/settings.yaml, as the store holds them.
var fixtureSettings = map[string]store.Settings{
	"400000000000000001": {Channels: []string{"300000000000000001", "300000000000000002"}, Private: ptr(true), Cooldown: ptr(10 * time.Second),
		EmergencyNumber: "999", CrisisLine: "Samaritans 116 123", AlertChannel: "300000000000000003",
		LogUnanswered: ptr(true), LogRetention: ptr(7 * 24 * time.Hour)},
	"400000000000000002": {Cooldown: ptr(time.Duration(0)), EmergencyNumber: "112"},
	"400000000000000003": {Private: ptr(false), CrisisLine: "Tele-MANAS 14416", LogUnanswered: ptr(false)},
}

// Import the fixture into an empty store, export it again: the same file,
// byte for byte, and the same settings in the store.
func TestSettingsImportExport(t *testing.T) {
	dir := t.TempDir()
	out, err := settingsCmd(t, nil, "import", "--data-dir", dir, "testdata/settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "imported the settings of 3 servers into "+filepath.Join(dir, bolt.FileName)) {
		t.Errorf("import printed %q", out)
	}
	withStore(t, dir, func(s store.Store) {
		if diff := cmp.Diff(fixtureSettings, all(t, s)); diff != "" {
			t.Errorf("store after import (-want +got):\n%s", diff)
		}
	})
	got, err := settingsCmd(t, nil, "export", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile("testdata/settings.yaml")
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("export differs from the file imported (-want +got):\n%s", diff)
	}
}

// Import sets the servers in the file, leaves the others alone, forgets a
// server listed with no settings; --dry-run writes nothing.
func TestSettingsImportMerges(t *testing.T) {
	dir := t.TempDir()
	withStore(t, dir, func(s store.Store) {
		ctx := context.Background()
		for g, set := range map[string]store.Settings{"400000000000000001": {EmergencyNumber: "911"}, "500": {EmergencyNumber: "000"}, "600": {CrisisLine: "13 11 14"}} {
			if err := s.SaveSettings(ctx, g, set); err != nil {
				t.Fatal(err)
			}
		}
	})
	file := filepath.Join(t.TempDir(), "in.yaml")
	os.WriteFile(file, []byte("version: 1\nservers:\n  \"400000000000000001\":\n    emergency_number: \"999\"\n  \"600\": {}\n"), 0o600)
	want := map[string]store.Settings{"400000000000000001": {EmergencyNumber: "911"}, "500": {EmergencyNumber: "000"}, "600": {CrisisLine: "13 11 14"}}

	out, err := settingsCmd(t, nil, "import", "--dry-run", "--data-dir", dir, file)
	if err != nil || !strings.Contains(out, "nothing written (dry run)") {
		t.Errorf("import --dry-run = %q, %v", out, err)
	}
	withStore(t, dir, func(s store.Store) {
		if diff := cmp.Diff(want, all(t, s)); diff != "" {
			t.Errorf("after a dry run (-want +got):\n%s", diff)
		}
	})
	if _, err := settingsCmd(t, nil, "import", "--data-dir", dir, file); err != nil {
		t.Fatal(err)
	}
	want["400000000000000001"] = store.Settings{EmergencyNumber: "999"}
	delete(want, "600")
	withStore(t, dir, func(s store.Store) {
		if diff := cmp.Diff(want, all(t, s)); diff != "" {
			t.Errorf("after import (-want +got):\n%s", diff)
		}
	})
}

// A broken file is refused whole, with the file and line of each mistake.
func TestSettingsImportErrors(t *testing.T) {
	const head = "version: 1\nservers:\n  \"400\":\n"
	tests := []struct {
		name, file string
		want       []string
	}{
		{"unknown key", head + "    emergency_number: \"999\"\n    colour: red\n", []string{"in.yaml:5: servers: 400: unknown field colour; the fields are alert_channel, channels"}},
		{"unknown top-level key", "version: 1\nguilds: {}\n", []string{"in.yaml:2: unknown field guilds at the top level; the fields are servers, version"}},
		{"no version", "servers: {}\n", []string{"in.yaml: no version: add version: 1"}},
		{"newer version", "version: 2\nservers: {}\n", []string{"in.yaml:1: version 2; this backpainbot reads version 1"}},
		{"bad cooldown", head + "    cooldown: 3\n", []string{`in.yaml:4: server 400: cooldown "3": add a unit, like 3s`}},
		{"cooldown words", head + "    cooldown: three seconds\n", []string{`in.yaml:4: server 400: cooldown "three seconds": write a time like 3s`}},
		{"negative cooldown", head + "    cooldown: -3s\n", []string{"in.yaml:4: server 400: negative cooldown"}},
		{"long cooldown", head + "    cooldown: 2h\n", []string{"in.yaml:4: server 400: cooldown 2h0m0s is longer than 1h0m0s"}},
		{"no digits", head + "    emergency_number: ambulance\n", []string{"in.yaml:4: server 400: emergency number \"ambulance\" has no digits"}},
		{"mention", head + "    crisis_line: \"@everyone 116 123\"\n", []string{"in.yaml:4: server 400: crisis line", "formatting or mentions"}},
		{"channel name", head + "    channels: [general]\n", []string{`in.yaml:4: server 400: channels: "general" is not a channel id`}},
		{"channel not a list", head + "    channels: 300\n", []string{`in.yaml:4: servers: 400: channels: want a list (lines starting with "- "), found "300"`}},
		{"private maybe", head + "    private: maybe\n", []string{`in.yaml:4: servers: 400: private: want true or false, found "maybe"`}},
		{"log maybe", head + "    log_unanswered: maybe\n", []string{`in.yaml:4: servers: 400: log_unanswered: want true or false, found "maybe"`}},
		{"retention in days", head + "    emergency_number: \"999\"\n    log_retention: 30d\n", []string{`in.yaml:5: server 400: log retention "30d": write days in hours, like 720h for 30 days`}},
		{"retention without unit", head + "    log_retention: 720\n", []string{`in.yaml:4: server 400: log retention "720": add a unit, like 720h`}},
		{"retention words", head + "    log_retention: a month\n", []string{`in.yaml:4: server 400: log retention "a month": write a time like 720h`}},
		{"retention zero", head + "    log_retention: 0s\n", []string{"in.yaml:4: server 400: log retention 0s is not positive"}},
		{"cooldown line", head + "    emergency_number: \"999\"\n    cooldown: 3\n", []string{`in.yaml:5: server 400: cooldown "3": add a unit, like 3s`}},
		{"server name", "version: 1\nservers:\n  general: {}\n", []string{`in.yaml:3: server "general": not a server id`}},
		{"leading zero", "version: 1\nservers:\n  \"0400\": {}\n", []string{`in.yaml:3: server "0400": not a server id`}},
		{"same server twice", "version: 1\nservers:\n  \"400\": {}\n  \"400\": {}\n", []string{`in.yaml:4: mapping key "400" already defined at line 3`}},
		{"not YAML", "version: [1\n", []string{"in.yaml:"}},
		{"empty", "", []string{"in.yaml: the file is empty"}},
		{"every mistake listed", "version: 1\nservers:\n  \"400\":\n    cooldown: 3\n  \"401\":\n    alert_channel: \"#mods\"\n",
			[]string{"in.yaml:4: server 400: cooldown", "in.yaml:6: server 401: alert channel: \"#mods\" is not a channel id"}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		file := filepath.Join(t.TempDir(), "in.yaml")
		if err := os.WriteFile(file, []byte(tt.file), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := settingsCmd(t, nil, "import", "--data-dir", dir, file)
		if err == nil {
			t.Errorf("%s: import succeeded; want an error", tt.name)
			continue
		}
		msg := strings.ReplaceAll(err.Error(), file, "in.yaml")
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: import error %q; want it to contain %q", tt.name, msg, w)
			}
		}
		if strings.Contains(msg, "!!") || strings.Contains(msg, "unmarshal") {
			t.Errorf("%s: import error %q names YAML or Go types", tt.name, msg)
		}
		if _, err := os.Stat(filepath.Join(dir, bolt.FileName)); err == nil {
			t.Errorf("%s: the store was opened; want the file checked first", tt.name)
		}
	}
}

func TestSettingsUsage(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"no verb", nil, nil, "settings needs export or import"},
		{"unknown verb", nil, []string{"backup"}, "settings backup: want export or import"},
		{"export to a file", nil, []string{"export", "out.yaml"}, "writes to stdout"},
		{"import without a file", nil, []string{"import"}, "needs one file"},
		{"both stores", map[string]string{"BACKPAINBOT_DATABASE_URL": "postgres://localhost/x"}, []string{"export", "--data-dir", "x"}, "both --data-dir and BACKPAINBOT_DATABASE_URL"},
	}
	for _, tt := range tests {
		_, err := settingsCmd(t, tt.env, tt.args...)
		if !cli.IsUsage(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: settings %q = %v; want a usage error containing %q", tt.name, tt.args, err, tt.want)
		}
	}
	out, err := settingsCmd(t, nil, "--help")
	if !cli.IsHelp(err) || !strings.Contains(out, "backpainbot settings export") {
		t.Errorf("settings --help = %q, %v; want the usage", out, err)
	}
}

// The embedded store serves one process: while the bot holds it, the
// command says to stop the bot.
func TestSettingsStoreInUse(t *testing.T) {
	dir := t.TempDir()
	s, err := bolt.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = settingsCmd(t, nil, "export", "--data-dir", dir)
	if err == nil || !strings.Contains(err.Error(), "stop the bot") {
		t.Errorf("export while the store is open = %v; want it to say to stop the bot", err)
	}
}

// The same round trip on PostgreSQL, chosen by $BACKPAINBOT_DATABASE_URL.
func TestSettingsPostgres(t *testing.T) {
	env := map[string]string{"BACKPAINBOT_DATABASE_URL": pgtest.URL(t)}
	out, err := settingsCmd(t, env, "import", "testdata/settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "into PostgreSQL") || strings.Contains(out, "postgres://") {
		t.Errorf("import printed %q; want the store named without its URL", out)
	}
	got, err := settingsCmd(t, env, "export")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile("testdata/settings.yaml")
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("export from PostgreSQL (-want +got):\n%s", diff)
	}
}

// FuzzSettingsFile: no file panics the parser, and every file it accepts
// holds only settings /settings would accept.
func FuzzSettingsFile(f *testing.F) {
	fixture, _ := os.ReadFile("testdata/settings.yaml")
	for _, s := range []string{string(fixture), "", "version: 1\nservers:\n  \"400\": {}\n", "version: 1\nservers:\n  \"400\":\n    cooldown: 3\n",
		"version: 1\nservers: &a\n  \"400\": *a\n", "version: 1\nservers:\n  \"400\":\n    crisis_line: \"116 123\\u0000\"\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		servers, err := cli.ParseSettingsFile(data)
		if err != nil {
			return
		}
		for g, s := range servers {
			if err := store.CheckKey(g); err != nil {
				t.Errorf("accepted server id %q: %v", g, err)
			}
			if err := discord.CheckSettings(s); err != nil {
				t.Errorf("accepted server %s with settings %+v that /settings refuses: %v", g, s, err)
			}
		}
	})
}

// A server whose only setting is the log is a server with settings: import
// saves it rather than forgetting it as an empty entry.
func TestSettingsImportLogOnly(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "in.yaml")
	os.WriteFile(file, []byte("version: 1\nservers:\n  \"500\":\n    log_unanswered: true\n  \"600\":\n    log_retention: 72h\n"), 0o600)
	if _, err := settingsCmd(t, nil, "import", "--data-dir", dir, file); err != nil {
		t.Fatal(err)
	}
	want := map[string]store.Settings{"500": {LogUnanswered: ptr(true)}, "600": {LogRetention: ptr(72 * time.Hour)}}
	withStore(t, dir, func(s store.Store) {
		if diff := cmp.Diff(want, all(t, s)); diff != "" {
			t.Errorf("after importing log settings alone (-want +got):\n%s", diff)
		}
	})
}

// Export carries settings only: not the salt of member hashes, not votes,
// not logged questions, which a settings backup passed around must never
// hold. The export reads back as exactly the settings.
func TestSettingsExportLeavesFeedback(t *testing.T) {
	dir := t.TempDir()
	const question, member = "my secret question about my back", "member-hash-7f3a"
	var salt []byte
	withStore(t, dir, func(s store.Store) {
		ctx, now := context.Background(), time.Now()
		if err := s.SaveSettings(ctx, "500", store.Settings{LogUnanswered: ptr(true)}); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveVote(ctx, store.Vote{Guild: "500", Reply: "900", Passage: "posture", UserHash: member, At: now}); err != nil {
			t.Fatal(err)
		}
		u := store.Unanswered{Guild: "500", UserHash: member, Text: question, RunnersUp: []string{"sciatica"}, At: now, Expires: now.Add(time.Hour)}
		if err := s.LogUnanswered(ctx, u); err != nil {
			t.Fatal(err)
		}
		var err error
		if salt, err = s.Salt(ctx); err != nil {
			t.Fatal(err)
		}
	})
	out, err := settingsCmd(t, nil, "export", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{question, member, "sciatica", "900", hex.EncodeToString(salt), base64.StdEncoding.EncodeToString(salt)} {
		if strings.Contains(out, secret) {
			t.Errorf("export holds %q:\n%s", secret, out)
		}
	}
	got, err := cli.ParseSettingsFile([]byte(out))
	if want := map[string]store.Settings{"500": {LogUnanswered: ptr(true)}}; err != nil || !cmp.Equal(got, want) {
		t.Errorf("export reads back as %+v, %v; want %+v", got, err, want)
	}
}

// The commands that work on the store while the bot is stopped say so
// when the bot holds the embedded store, naming the command.
func TestOfflineCommandsWhileTheBotRuns(t *testing.T) {
	dir := t.TempDir()
	withStore(t, dir, func(store.Store) {
		for name, run := range map[string]func() (string, error){
			"settings": func() (string, error) { return settingsCmd(t, nil, "export", "--data-dir", dir) },
			"report":   func() (string, error) { return reportCmd(t, nil, "--data-dir", dir) },
		} {
			_, err := run()
			if err == nil {
				t.Fatalf("%s with the store held by another: no error", name)
			}
			for _, want := range []string{name + ": ", "in use", "stop the bot, then run this again"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%s: error %q does not say %q", name, err, want)
				}
			}
		}
	})
}

// An import that turns a server's log off deletes its logged questions, as
// /settings log_unanswered:False does; --dry-run says it would, and keeps
// them. A server whose log stays on keeps its questions.
func TestSettingsImportTurningTheLogOffDeletesIt(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	withStore(t, dir, func(s store.Store) {
		ctx := context.Background()
		for _, g := range []string{"500", "600"} {
			if err := s.SaveSettings(ctx, g, store.Settings{LogUnanswered: ptr(true)}); err != nil {
				t.Fatal(err)
			}
			u := store.Unanswered{Guild: g, UserHash: "member-hash", Text: "my question about my back", At: now, Expires: now.Add(time.Hour)}
			if err := s.LogUnanswered(ctx, u); err != nil {
				t.Fatal(err)
			}
		}
	})
	logged := func() map[string]int {
		n := map[string]int{}
		withStore(t, dir, func(s store.Store) {
			us, err := s.UnansweredSince(context.Background(), "", now.Add(-time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range us {
				n[u.Guild]++
			}
		})
		return n
	}
	file := filepath.Join(t.TempDir(), "in.yaml")
	os.WriteFile(file, []byte("version: 1\nservers:\n  \"500\":\n    log_unanswered: false\n  \"600\":\n    log_unanswered: true\n    emergency_number: \"112\"\n"), 0o600)

	out, err := settingsCmd(t, nil, "import", "--dry-run", "--data-dir", dir, file)
	if err != nil || !strings.Contains(out, "server 500: the file turns its log of unanswered questions off") || strings.Contains(out, "server 600:") {
		t.Errorf("import --dry-run = %q, %v", out, err)
	}
	if got := logged(); got["500"] != 1 || got["600"] != 1 {
		t.Errorf("after a dry run, logged questions by server = %v, want one each", got)
	}
	out, err = settingsCmd(t, nil, "import", "--data-dir", dir, file)
	if err != nil || !strings.Contains(out, "server 500: the file turns its log of unanswered questions off; deleted its 1 logged question\n") {
		t.Errorf("import = %q, %v", out, err)
	}
	if got := logged(); got["500"] != 0 || got["600"] != 1 {
		t.Errorf("after import, logged questions by server = %v, want none for 500 and one for 600", got)
	}
}
