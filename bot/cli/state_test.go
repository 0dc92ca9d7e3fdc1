package cli_test

import (
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/cli"
	"github.com/backpainbot/backpainbot/bot/store/pgtest"
)

// askFrom is an /ask interaction by user in channel.
func askFrom(id, user, channel, question string) string {
	return `{"id":"` + id + `","application_id":"222","type":2,"token":"tok-` + id + `","channel_id":"` + channel + `","guild_id":"400",` +
		`"member":{"user":{"id":"` + user + `","username":"u"}},"data":{"id":"600","name":"ask","type":1,` +
		`"options":[{"type":3,"name":"question","value":"` + question + `"}]}}`
}

// get returns the status and body of GET url.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func newAppKey(t *testing.T) (ed25519.PrivateKey, string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return priv, hex.EncodeToString(pub)
}

// serve logs where its state is, and keeps it there.
func TestServeKeepsStateInTheDataDir(t *testing.T) {
	dir := t.TempDir()
	s := startServe(t, "--data-dir", dir)
	want := `msg="store: embedded" path=` + filepath.Join(dir, "backpainbot.db")
	if !strings.Contains(s.stderr.String(), want) {
		t.Errorf("log lacks %s:\n%s", want, s.stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "backpainbot.db")); err != nil {
		t.Errorf("no store in the data dir: %v", err)
	}
	if code, body := get(t, s.base+"/readyz"); code != 200 || !strings.HasPrefix(body, "ready\n") {
		t.Errorf("/readyz = %d %q; want 200 ready", code, body)
	}
}

// ask and the terminal answer without a store: they create no files.
func TestOneShotCommandsOpenNoStore(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"HOME": home}
	if _, _, err := runEnv(t, env, "ask", "does massage help?"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runEnv(t, env); err != nil { // the terminal, with no input
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(home)
	if len(entries) != 0 {
		t.Errorf("ask and the terminal left %v in $HOME; want nothing", entries)
	}
}

func TestStoreMistakes(t *testing.T) {
	_, key := newAppKey(t)
	dir := t.TempDir()
	urlFile := filepath.Join(dir, "url")
	os.WriteFile(urlFile, []byte("postgres://bot@127.0.0.1:1/bot\n"), 0o600)
	emptyFile := filepath.Join(dir, "empty")
	os.WriteFile(emptyFile, nil, 0o600)
	config := filepath.Join(dir, "bot.yaml")
	os.WriteFile(config, []byte("database_url: postgres://bot:secret@db/bot\n"), 0o600)
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		usage bool
		want  string
	}{
		{"two stores", map[string]string{"BACKPAINBOT_DATABASE_URL": "postgres://bot@127.0.0.1:1/bot"}, []string{"--data-dir", dir}, true, "both --data-dir and BACKPAINBOT_DATABASE_URL"},
		{"a URL of another database", map[string]string{"BACKPAINBOT_DATABASE_URL": "mysql://bot@db/bot"}, nil, true, "BACKPAINBOT_DATABASE_URL: want postgres://"},
		{"not a URL", map[string]string{"BACKPAINBOT_DATABASE_URL": "db.example.com"}, nil, true, "BACKPAINBOT_DATABASE_URL: want postgres://"},
		{"URL twice", map[string]string{"BACKPAINBOT_DATABASE_URL": "postgres://bot@db/bot"}, []string{"--database-url-file", urlFile}, true, "set one"},
		{"empty URL file", nil, []string{"--database-url-file", emptyFile}, false, "is empty"},
		{"missing URL file", nil, []string{"--database-url-file", filepath.Join(dir, "nope")}, false, "--database-url-file"},
	}
	for _, tt := range tests {
		env := map[string]string{"DISCORD_PUBLIC_KEY": key, "HOME": dir}
		for k, v := range tt.env {
			env[k] = v
		}
		_, _, err := runEnv(t, env, append([]string{"serve", "--addr", "127.0.0.1:0"}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) || cli.IsUsage(err) != tt.usage {
			t.Errorf("%s: err = %v (usage %v); want one containing %q, usage %v", tt.name, err, cli.IsUsage(err), tt.want, tt.usage)
		}
	}
	_, _, err := runEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": key}, "--config", config, "serve")
	if err == nil || !strings.Contains(err.Error(), "bot.yaml:1: database_url: the database URL is read only from BACKPAINBOT_DATABASE_URL") ||
		strings.Contains(err.Error(), "secret") {
		t.Errorf("a database URL in the config file: err = %v; want it refused, without echoing it", err)
	}
}

// A second bot on the data dir of a running one stops at once, saying
// why, rather than waiting or sharing a file one process may hold.
func TestDataDirInUse(t *testing.T) {
	dir := t.TempDir()
	startServe(t, "--data-dir", dir)
	_, key := newAppKey(t)
	_, _, err := runEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": key}, "serve", "--addr", "127.0.0.1:0", "--data-dir", dir)
	if err == nil || !strings.Contains(err.Error(), "in use") || !strings.Contains(err.Error(), "already running") {
		t.Errorf("second serve on one data dir: err = %v; want one saying it is in use", err)
	}
}

// A database that cannot be reached does not stop the bot: it answers with
// its own state, says so once in the log, and /readyz says it is degraded.
func TestServeWithTheDatabaseDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	priv, key := newAppKey(t)
	s := startServeEnv(t, priv, map[string]string{"DISCORD_PUBLIC_KEY": key,
		"BACKPAINBOT_DATABASE_URL": "postgres://bot:s3cret@" + addr + "/bot?sslmode=disable&connect_timeout=2"})
	if code, body := s.post(t, askFrom("1301", "700", "300", "will a massage loosen the knots in my back?"), true); code != 200 || !strings.Contains(body, "relax tense muscles") {
		t.Errorf("/ask with the database down = %d %.200s; want the answer", code, body)
	}
	if code, body := s.post(t, askFrom("1302", "700", "300", "what about posture?"), true); code != 200 || !strings.Contains(body, "One question every 3 seconds") {
		t.Errorf("a second /ask at once = %d %.200s; want the cooldown, held by this instance", code, body)
	}
	if code, body := get(t, s.base+"/readyz"); code != 200 || !strings.Contains(body, "degraded: the store is unreachable") {
		t.Errorf("/readyz = %d %q; want 200, degraded", code, body)
	}
	log := s.stderr.String()
	if n := strings.Count(log, "store: cannot open"); n != 1 {
		t.Errorf("%d log lines about the database; want 1:\n%s", n, log)
	}
	if !strings.Contains(log, `msg="store: PostgreSQL" database=bot@`+addr+"/bot") || strings.Contains(log, "s3cret") {
		t.Errorf("log does not name the database without its password:\n%s", log)
	}
}

// Two serve instances on one PostgreSQL, behind one load balancer, are
// one bot: a cooldown set through one holds on the other, a request
// replayed to the other is refused, and the same passage asked for on the
// other is linked to the first answer.
func TestTwoInstancesOnePostgreSQL(t *testing.T) {
	url := pgtest.URL(t)
	var mu sync.Mutex
	var lookups []string
	discord := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		lookups = append(lookups, r.Method+" "+r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"1500","channel_id":"301","content":""}`)
	}))
	defer discord.Close()
	priv, key := newAppKey(t)
	env := map[string]string{"DISCORD_PUBLIC_KEY": key, "BACKPAINBOT_DATABASE_URL": url}
	args := []string{"--cooldown", "1h", "--discord-api", discord.URL + "/api/v9"} // an hour: no test timing expires it
	a, b := startServeEnv(t, priv, env, args...), startServeEnv(t, priv, env, args...)
	for _, s := range []*served{a, b} {
		waitReady(t, s)
	}

	first := askFrom("1401", "700", "300", "will a massage loosen the knots in my back?")
	if code, body := a.post(t, first, true); code != 200 || !strings.Contains(body, "relax tense muscles") {
		t.Fatalf("/ask on a = %d %.200s", code, body)
	}
	if code, body := b.post(t, askFrom("1402", "700", "300", "what about posture?"), true); code != 200 || !strings.Contains(body, "One question every hour, please") {
		t.Errorf("the same member on b at once = %d %.200s; want the cooldown a started", code, body)
	}
	if code, _ := b.post(t, first, true); code != http.StatusConflict {
		t.Errorf("a's request replayed to b = %d; want 409", code)
	}

	if code, _ := a.post(t, askFrom("1403", "701", "301", "what about posture correction"), true); code != 200 {
		t.Fatalf("/ask by another member on a = %d", code)
	}
	// a sends the reply before it records it (the reply must not wait on
	// the store); its log line for the interaction comes after the record.
	eventually(t, "a to record its answer to 1403", func() bool {
		return strings.Contains(a.stderr.String(), `id=1403`)
	})
	code, body := b.post(t, askFrom("1404", "702", "301", "what about posture correction"), true)
	if code != 200 || !strings.Contains(body, "https://discord.com/channels/400/301/1500") {
		t.Errorf("the same passage asked on b = %d %.300s; want a link to the answer a posted", code, body)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(lookups) != 1 || lookups[0] != "GET /api/v9/webhooks/222/tok-1403/messages/@original" {
		t.Errorf("Discord was asked %v; want the first answer's interaction, once", lookups)
	}
}

// waitReady waits until s's /readyz says ready and not degraded: the
// database is open.
func waitReady(t *testing.T, s *served) {
	t.Helper()
	ready := regexp.MustCompile(`^ready\n`) // then the knowledge version
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, body := get(t, s.base+"/readyz"); ready.MatchString(body) {
			return
		}
	}
	_, body := get(t, s.base+"/readyz")
	t.Fatalf("not ready: %q; log:\n%s", body, s.stderr.String())
}
