package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeDiscord is an in-process Discord: the REST API under /api/v9 and a
// gateway at /gw/. It records every REST request (and validates its body
// against Discord's OpenAPI spec when that is present), speaks enough of
// the gateway protocol for discordgo (HELLO, IDENTIFY → READY, heartbeat
// ACKs, RESUME → replay + RESUMED) and can drop connections and answer
// 429s.
type fakeDiscord struct {
	t     testing.TB
	srv   *httptest.Server
	appID string
	botID string

	heartbeatMS    int  // heartbeat interval sent in HELLO
	shards         int  // recommended shard count at /gateway/bot
	maxConcurrency int  // session_start_limit.max_concurrency
	validate       bool // validate REST bodies against the spec
	noAppInReady   bool // READY without the application object
	silent         bool // accept gateway connections but never say HELLO
	rejectToken    bool // 401 to authenticated REST calls, close 4004 on IDENTIFY

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	requests   []fakeRequest
	identifies []fakeIdentify
	resumes    int
	sessions   map[string]*fakeSession
	byShard    map[int]*fakeSession // the latest session of each shard
	limits     []fakeLimit
	noEmbeds   map[string]bool      // channels where embeds get 403
	sentAt     map[string]time.Time // interaction id → when dispatched
	nextID     int
	callbackN  int           // successful interaction callbacks
	heartbeats int           // heartbeats received
	noAcks     bool          // stop acknowledging heartbeats
	diag       func() string // more to say when a wait times out
	invalid    []string      // spec violations
}

type fakeRequest struct {
	Method, Path string
	Body         []byte
	Status       int
	At           time.Time
	Auth         string
}

type fakeIdentify struct {
	Token   string `json:"token"`
	Intents int    `json:"intents"`
	Shard   *[2]int
}

type fakeLimit struct {
	method, prefix string
	n              int
	retryAfter     float64 // seconds
}

// fakeSession is one gateway session: its event log (for RESUME) and the
// connection currently attached to it, if any.
type fakeSession struct {
	id    string
	shard int

	mu     sync.Mutex // guards events and conn, and orders writes of events
	events [][]byte   // dispatch frames; events[k] has s = k+1
	conn   *fakeConn
}

type fakeConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *fakeConn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

func newFakeDiscord(t testing.TB) *fakeDiscord {
	f := &fakeDiscord{
		t:              t,
		appID:          "222",
		botID:          "111",
		heartbeatMS:    41250, // Discord's; see TestHeartbeat for a short one
		shards:         1,
		maxConcurrency: 1,
		validate:       true,
		changed:        make(chan struct{}),
		sessions:       map[string]*fakeSession{},
		byShard:        map[int]*fakeSession{},
		noEmbeds:       map[string]bool{},
		sentAt:         map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/gw/", f.serveGateway)
	mux.HandleFunc("/", f.serveREST)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		f.srv.CloseClientConnections()
		f.srv.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, v := range f.invalid {
			t.Errorf("payload not valid per Discord's OpenAPI spec: %s", v)
		}
	})
	return f
}

// apiBase is the Config.APIBase that points a Bot at the fake.
func (f *fakeDiscord) apiBase() string { return f.srv.URL + "/api/v9" }

// notify wakes waiters; f.mu is held.
func (f *fakeDiscord) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitFor waits until cond is true, failing the test after a minute (a
// bound for a broken test, not a timing assertion: -race on a loaded
// two-CPU machine is slow). It
// checks after every change in the fake, and every few milliseconds for
// conditions on other things.
func (f *fakeDiscord) waitFor(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.NewTimer(time.Minute)
	defer deadline.Stop()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		f.mu.Lock()
		ch := f.changed
		f.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-tick.C:
		case <-deadline.C:
			f.mu.Lock()
			state := fmt.Sprintf("%d requests, %d callbacks, %d identifies, %d resumes", len(f.requests), f.callbackN, len(f.identifies), f.resumes)
			diag := f.diag
			f.mu.Unlock()
			if diag != nil {
				state += "\n" + diag()
			}
			f.t.Fatalf("timed out waiting for %s (%s)", what, state)
		}
	}
}

// ---- REST ----

func (f *fakeDiscord) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	path := r.URL.Path
	status, resp := f.route(r.Method, path, body)
	if f.rejectToken && path != "/api/v9/gateway" { // GET /gateway needs no token
		status, resp = http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0}
	}
	if retry, ok := f.takeLimit(r.Method, path); ok {
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", strconv.FormatFloat(retry, 'f', -1, 64))
		resp = map[string]any{"message": "You are being rate limited.", "retry_after": retry, "global": false}
	}
	f.mu.Lock()
	f.requests = append(f.requests, fakeRequest{Method: r.Method, Path: path, Body: body, Status: status, At: time.Now(), Auth: r.Header.Get("Authorization")})
	if r.Method == "POST" && status < 300 && strings.HasSuffix(path, "/callback") {
		f.callbackN++
	}
	if f.validate && status < 300 {
		if kind := specKind(r.Method, path); kind != "" {
			if err := validateSpec(kind, body); err != nil {
				f.invalid = append(f.invalid, fmt.Sprintf("%s %s: %v\n%s", r.Method, path, err, body))
			}
		}
	}
	f.notify()
	f.mu.Unlock()
	if resp == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(resp)
}

func (f *fakeDiscord) route(method, path string, body []byte) (int, any) {
	p := strings.Split(strings.TrimPrefix(path, "/api/v9/"), "/")
	at := func(k int) string {
		if k < len(p) {
			return p[k]
		}
		return ""
	}
	switch {
	case method == "GET" && path == "/api/v9/gateway":
		return 200, map[string]any{"url": f.gatewayURL()}
	case method == "GET" && path == "/api/v9/gateway/bot":
		return 200, map[string]any{"url": f.gatewayURL(), "shards": f.shards,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": f.maxConcurrency}}
	case method == "GET" && path == "/api/v9/oauth2/applications/@me":
		return 200, map[string]any{"id": f.appID, "name": "backpainbot"}
	case method == "PUT" && at(0) == "applications" && strings.HasSuffix(path, "/commands"):
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return 400, map[string]any{"message": "Invalid Form Body", "code": 50035}
		}
		for k, c := range cmds {
			c["id"] = strconv.Itoa(900 + k)
			c["application_id"] = f.appID
		}
		return 200, cmds
	case method == "POST" && at(0) == "interactions" && at(3) == "callback" && len(p) == 4:
		return 204, nil
	case at(0) == "webhooks" && at(3) == "messages" && at(4) == "@original":
		switch method {
		case "GET", "PATCH":
			return 200, map[string]any{"id": "orig-" + at(2), "channel_id": "0", "content": ""}
		case "DELETE":
			return 204, nil
		}
	case method == "POST" && at(0) == "webhooks" && len(p) == 3:
		return 200, map[string]any{"id": f.newID("followup"), "channel_id": "0", "content": ""}
	case method == "POST" && at(0) == "channels" && at(2) == "messages" && len(p) == 3:
		f.mu.Lock()
		noEmbeds := f.noEmbeds[at(1)]
		f.mu.Unlock()
		if noEmbeds && strings.Contains(string(body), `"embeds":[{`) {
			return 403, map[string]any{"message": "Missing Permissions", "code": 50013}
		}
		return 200, map[string]any{"id": f.newID("msg"), "channel_id": at(1), "content": ""}
	}
	return 404, map[string]any{"message": "404: Not Found", "code": 0}
}

func (f *fakeDiscord) gatewayURL() string {
	return "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gw"
}

func (f *fakeDiscord) newID(prefix string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	return prefix + strconv.Itoa(f.nextID)
}

// rateLimit makes the next n requests whose path starts with prefix get a
// 429 asking to retry after retryAfter seconds.
func (f *fakeDiscord) rateLimit(method, prefix string, n int, retryAfter float64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limits = append(f.limits, fakeLimit{method: method, prefix: prefix, n: n, retryAfter: retryAfter})
}

func (f *fakeDiscord) takeLimit(method, path string) (float64, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for k := range f.limits {
		l := &f.limits[k]
		if l.n > 0 && l.method == method && strings.HasPrefix(path, l.prefix) {
			l.n--
			return l.retryAfter, true
		}
	}
	return 0, false
}

// denyEmbeds makes messages with embeds in a channel fail with 403
// Missing Permissions, as without the Embed Links permission.
func (f *fakeDiscord) denyEmbeds(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.noEmbeds[channelID] = true
}

// find returns the recorded requests with that method whose path
// starts with prefix.
func (f *fakeDiscord) find(method, prefix string) []fakeRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeRequest
	for _, r := range f.requests {
		if r.Method == method && strings.HasPrefix(r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// answered is the number of successful interaction callbacks.
func (f *fakeDiscord) answered() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.callbackN
}

// callbacks returns the successful callbacks, by interaction id.
func (f *fakeDiscord) callbacks() map[string][]fakeRequest {
	out := map[string][]fakeRequest{}
	for _, r := range f.find("POST", "/api/v9/interactions/") {
		if r.Status < 300 {
			id := strings.Split(r.Path, "/")[4]
			out[id] = append(out[id], r)
		}
	}
	return out
}

// waitCallback waits for the callback to interaction id and returns it
// decoded.
func (f *fakeDiscord) waitCallback(id string) callbackBody {
	f.t.Helper()
	var got []fakeRequest
	f.waitFor("the callback to interaction "+id, func() bool {
		got = f.callbacks()[id]
		return len(got) > 0
	})
	var cb callbackBody
	if err := json.Unmarshal(got[0].Body, &cb); err != nil {
		f.t.Fatalf("callback body: %v\n%s", err, got[0].Body)
	}
	cb.raw = got[0].Body
	return cb
}

// waitMessage waits for the n-th (from 1) successful message posted in a
// channel and returns it decoded.
func (f *fakeDiscord) waitMessage(channelID string, n int) messageBody {
	f.t.Helper()
	var got []fakeRequest
	f.waitFor(fmt.Sprintf("message %d in channel %s", n, channelID), func() bool {
		got = f.okOnly(f.find("POST", "/api/v9/channels/"+channelID+"/messages"))
		return len(got) >= n
	})
	var m messageBody
	if err := json.Unmarshal(got[n-1].Body, &m); err != nil {
		f.t.Fatalf("message body: %v\n%s", err, got[n-1].Body)
	}
	m.raw = got[n-1].Body
	return m
}

func (f *fakeDiscord) okOnly(rs []fakeRequest) []fakeRequest {
	var out []fakeRequest
	for _, r := range rs {
		if r.Status < 300 {
			out = append(out, r)
		}
	}
	return out
}

// The shapes of recorded bodies, decoded for assertions.
type callbackBody struct {
	Type int          `json:"type"`
	Data *messageBody `json:"data"`
	raw  []byte
}

type messageBody struct {
	Content         string           `json:"content"`
	Embeds          []embedBody      `json:"embeds"`
	Components      []componentBody  `json:"components"`
	Flags           int              `json:"flags"`
	AllowedMentions *json.RawMessage `json:"allowed_mentions"`
	Reference       *struct {
		MessageID       string `json:"message_id"`
		ChannelID       string `json:"channel_id"`
		GuildID         string `json:"guild_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	} `json:"message_reference"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
	raw []byte
}

type embedBody struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Color       int    `json:"color"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

type componentBody struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int    `json:"type"`
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
	} `json:"components"`
}

// ---- gateway ----

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeConn{ws: ws}
	defer ws.Close()
	if f.silent {
		<-r.Context().Done() // hold the socket open and say nothing
		return
	}
	if c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": f.heartbeatMS}}) != nil {
		return
	}
	var sess *fakeSession
	defer func() {
		if sess != nil {
			sess.mu.Lock()
			if sess.conn == c {
				sess.conn = nil
			}
			sess.mu.Unlock()
		}
	}()
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var frame struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(data, &frame) != nil {
			return
		}
		switch frame.Op {
		case 1: // heartbeat
			f.mu.Lock()
			f.heartbeats++
			ack := !f.noAcks
			f.notify()
			f.mu.Unlock()
			if ack && c.write(map[string]any{"op": 11}) != nil {
				return
			}
		case 2: // identify
			if f.rejectToken {
				_ = ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				return
			}
			var id fakeIdentify
			var raw struct {
				Shard *[2]int `json:"shard"`
			}
			_ = json.Unmarshal(frame.D, &id)
			_ = json.Unmarshal(frame.D, &raw)
			id.Shard = raw.Shard
			shard, count := 0, 1
			if raw.Shard != nil {
				shard, count = raw.Shard[0], raw.Shard[1]
			}
			f.mu.Lock()
			f.identifies = append(f.identifies, id)
			sess = &fakeSession{id: fmt.Sprintf("sess-%d", len(f.identifies)), shard: shard}
			f.sessions[sess.id] = sess
			f.byShard[shard] = sess
			f.notify()
			f.mu.Unlock()
			sess.mu.Lock()
			sess.conn = c
			sess.mu.Unlock()
			ready := map[string]any{
				"v": 9, "session_id": sess.id, "resume_gateway_url": f.gatewayURL(),
				"user":        map[string]any{"id": f.botID, "username": "backpainbot", "discriminator": "0", "bot": true},
				"application": map[string]any{"id": f.appID, "flags": 0},
				"guilds":      []any{}, "shard": []int{shard, count},
			}
			if f.noAppInReady {
				delete(ready, "application")
			}
			sess.dispatch("READY", ready)
		case 6: // resume
			var d struct {
				SessionID string `json:"session_id"`
				Seq       int    `json:"seq"`
			}
			_ = json.Unmarshal(frame.D, &d)
			f.mu.Lock()
			sess = f.sessions[d.SessionID]
			f.resumes++
			f.notify()
			f.mu.Unlock()
			if sess == nil {
				_ = c.write(map[string]any{"op": 9, "d": false}) // invalid session
				continue
			}
			sess.resume(c, d.Seq)
		}
	}
}

// dispatch appends an event to the session's log and sends it if a
// connection is attached; otherwise it waits there for a RESUME.
func (s *fakeSession) dispatch(typ string, d any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	frame, err := json.Marshal(map[string]any{"op": 0, "t": typ, "s": len(s.events) + 1, "d": d})
	if err != nil {
		panic(err)
	}
	s.events = append(s.events, frame)
	if s.conn != nil {
		s.conn.wmu.Lock()
		_ = s.conn.ws.WriteMessage(websocket.TextMessage, frame)
		s.conn.wmu.Unlock()
	}
}

// resume attaches c, replays the events after seq and sends RESUMED, as
// Discord does.
func (s *fakeSession) resume(c *fakeConn, seq int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conn = c
	c.wmu.Lock()
	defer c.wmu.Unlock()
	for _, frame := range s.events[min(seq, len(s.events)):] {
		if c.ws.WriteMessage(websocket.TextMessage, frame) != nil {
			return
		}
	}
	_ = c.ws.WriteJSON(map[string]any{"op": 0, "t": "RESUMED", "s": len(s.events), "d": map[string]any{}})
}

// shard returns the current session of a shard, waiting for it.
func (f *fakeDiscord) shard(n int) *fakeSession {
	f.t.Helper()
	var s *fakeSession
	f.waitFor(fmt.Sprintf("shard %d to identify", n), func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		s = f.byShard[n]
		return s != nil
	})
	return s
}

// dispatch sends an event on shard 0. Interactions are timestamped for
// latency measurements.
func (f *fakeDiscord) dispatch(typ string, d map[string]any) {
	s := f.shard(0)
	if typ == "INTERACTION_CREATE" {
		f.mu.Lock()
		f.sentAt[d["id"].(string)] = time.Now()
		f.mu.Unlock()
	}
	s.dispatch(typ, d)
}

// drop closes shard 0's connection abruptly, without a close frame.
func (f *fakeDiscord) drop() {
	s := f.shard(0)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		_ = s.conn.ws.NetConn().Close()
		s.conn = nil
	}
}

// ---- payloads ----

// user is a Discord user object.
func user(id string) map[string]any {
	return map[string]any{"id": id, "username": "user" + id, "discriminator": "0", "global_name": "User " + id}
}

// interaction builds an INTERACTION_CREATE payload in guild 400 (or a DM
// when guild is "").
func interaction(id, userID, guild, channel string, typ int, data map[string]any) map[string]any {
	d := map[string]any{
		"id": id, "application_id": "222", "type": typ, "token": "tok-" + id, "version": 1,
		"channel_id": channel, "data": data, "locale": "en-US",
		"app_permissions": "274877991936",
	}
	if guild != "" {
		d["guild_id"] = guild
		d["member"] = map[string]any{"user": user(userID), "roles": []any{}, "permissions": "2248473465835073"}
		d["context"] = 0
	} else {
		d["user"] = user(userID)
		d["context"] = 1
	}
	return d
}

// slash builds a slash command interaction with string options.
func slash(id, userID, channel, name string, opts ...string) map[string]any {
	var o []any
	for k := 0; k+1 < len(opts); k += 2 {
		o = append(o, map[string]any{"type": 3, "name": opts[k], "value": opts[k+1]})
	}
	return interaction(id, userID, "400", channel, 2, map[string]any{"id": "600", "name": name, "type": 1, "options": o})
}

// message builds a MESSAGE_CREATE payload; guild "" is a DM.
func message(id, authorID, guild, channel, content string, mentions ...string) map[string]any {
	var ms []any
	for _, m := range mentions {
		ms = append(ms, user(m))
	}
	if ms == nil {
		ms = []any{}
	}
	d := map[string]any{
		"id": id, "channel_id": channel, "author": user(authorID), "content": content,
		"timestamp": "2025-01-01T00:00:00.000000+00:00", "tts": false, "mention_everyone": strings.Contains(content, "@everyone"),
		"mentions": ms, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{}, "pinned": false, "type": 0,
	}
	if guild != "" {
		d["guild_id"] = guild
	}
	return d
}
