package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server is an in-process Discord: the REST API under /api/v9 and a
// gateway at /gw/. The exported fields are its configuration; set them
// before a client connects.
type Server struct {
	AppID string // the application's id; "222"
	BotID string // the bot user's id; "111"

	HeartbeatMS    int  // heartbeat interval sent in HELLO; Discord's 41250
	Shards         int  // recommended shard count at /gateway/bot; 1
	MaxConcurrency int  // session_start_limit.max_concurrency; 1
	Validate       bool // validate REST bodies against the spec; true
	NoAppInReady   bool // READY without the application object
	Silent         bool // accept gateway connections but never say HELLO
	RejectToken    bool // 401 to authenticated REST calls, close 4004 on IDENTIFY

	t   testing.TB
	srv *httptest.Server

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	requests   []Request
	identifies []Identify
	resumes    int
	sessions   map[string]*Session
	byShard    map[int]*Session // the latest session of each shard
	guilds     []string         // the servers the bot is in, for READY
	limits     []limit
	holds      []*hold
	waiting    int                  // requests held now
	noEmbeds   map[string]bool      // channels where embeds get 403
	sentAt     map[string]time.Time // interaction id → when dispatched
	nextID     int
	callbackN  int           // successful interaction callbacks
	heartbeats int           // heartbeats received
	noAcks     bool          // stop acknowledging heartbeats
	diag       func() string // more to say when a wait times out
	invalid    []string      // spec violations
}

// Request is one REST request the fake received.
type Request struct {
	Method, Path string
	Body         []byte
	Status       int
	At           time.Time
	Auth         string // the Authorization header
}

// Identify is one IDENTIFY a client sent.
type Identify struct {
	Token   string `json:"token"`
	Intents int    `json:"intents"`
	Shard   *[2]int
}

type limit struct {
	method, prefix string
	n              int
	retryAfter     float64 // seconds
}

// hold keeps requests matching method and prefix waiting until released.
type hold struct {
	method, prefix string
	released       chan struct{}
}

// New starts a fake Discord that stops when the test ends; the test fails
// then if the bot sent a body Discord's spec rejects.
func New(t testing.TB) *Server {
	f := &Server{
		AppID:          "222",
		BotID:          "111",
		HeartbeatMS:    41250, // Discord's
		Shards:         1,
		MaxConcurrency: 1,
		Validate:       true,
		t:              t,
		changed:        make(chan struct{}),
		sessions:       map[string]*Session{},
		byShard:        map[int]*Session{},
		noEmbeds:       map[string]bool{},
		sentAt:         map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/gw/", f.serveGateway)
	mux.HandleFunc("/", f.serveREST)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		f.releaseHolds()
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

// APIBase is the REST base URL (what the bot's APIBase setting takes).
func (f *Server) APIBase() string { return f.srv.URL + "/api/v9" }

// notify wakes waiters; f.mu is held.
func (f *Server) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// SetDiagnosis sets what a timed-out WaitFor adds to its failure, such as
// the bot's warnings.
func (f *Server) SetDiagnosis(diag func() string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.diag = diag
}

// WaitFor waits until cond is true, failing the test after a minute (a
// bound for a broken test, not a timing assertion: -race on a loaded
// two-CPU machine is slow). It checks after every change in the fake, and
// every few milliseconds for conditions on other things.
func (f *Server) WaitFor(what string, cond func() bool) {
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

// Identifies returns the IDENTIFYs received so far.
func (f *Server) Identifies() []Identify {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Identify(nil), f.identifies...)
}

// Resumes is the number of RESUMEs received.
func (f *Server) Resumes() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.resumes
}

// Heartbeats is the number of heartbeats received.
func (f *Server) Heartbeats() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.heartbeats
}

// SetAcks turns heartbeat acknowledgements on (the default) or off, as a
// gateway connection that has silently died.
func (f *Server) SetAcks(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.noAcks = !on
}

// SetGuilds sets the servers the bot is in. Each shard's READY lists
// those that belong to it (guild_id >> 22 % shards), and a GUILD_CREATE
// follows for each, as Discord does; it applies from the next IDENTIFY.
func (f *Server) SetGuilds(ids ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.guilds = append([]string(nil), ids...)
}

// ShardOf is the shard of count that receives a guild's events:
// (guild_id >> 22) % count, as Discord documents.
func ShardOf(guildID string, count int) int {
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil || count < 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// DenyEmbeds makes messages with embeds in a channel fail with 403
// Missing Permissions, as without the Embed Links permission.
func (f *Server) DenyEmbeds(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.noEmbeds[channelID] = true
}

// Requests returns every REST request received so far.
func (f *Server) Requests() []Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Request(nil), f.requests...)
}

// Find returns the recorded requests with that method whose path starts
// with prefix.
func (f *Server) Find(method, prefix string) []Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Request
	for _, r := range f.requests {
		if r.Method == method && strings.HasPrefix(r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// OKOnly returns the requests that succeeded.
func OKOnly(rs []Request) []Request {
	var out []Request
	for _, r := range rs {
		if r.Status < 300 {
			out = append(out, r)
		}
	}
	return out
}

// Answered is the number of successful interaction callbacks.
func (f *Server) Answered() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.callbackN
}

// Callbacks returns the successful callbacks, by interaction id.
func (f *Server) Callbacks() map[string][]Request {
	out := map[string][]Request{}
	for _, r := range OKOnly(f.Find("POST", "/api/v9/interactions/")) {
		id := strings.Split(r.Path, "/")[4]
		out[id] = append(out[id], r)
	}
	return out
}

// WaitCallback waits for the callback to interaction id and returns it
// decoded.
func (f *Server) WaitCallback(id string) CallbackBody {
	f.t.Helper()
	var got []Request
	f.WaitFor("the callback to interaction "+id, func() bool {
		got = f.Callbacks()[id]
		return len(got) > 0
	})
	var cb CallbackBody
	if err := json.Unmarshal(got[0].Body, &cb); err != nil {
		f.t.Fatalf("callback body: %v\n%s", err, got[0].Body)
	}
	cb.Raw = got[0].Body
	return cb
}

// WaitMessage waits for the n-th (from 1) successful message posted in a
// channel and returns it decoded.
func (f *Server) WaitMessage(channelID string, n int) MessageBody {
	f.t.Helper()
	var got []Request
	f.WaitFor(fmt.Sprintf("message %d in channel %s", n, channelID), func() bool {
		got = OKOnly(f.Find("POST", "/api/v9/channels/"+channelID+"/messages"))
		return len(got) >= n
	})
	var m MessageBody
	if err := json.Unmarshal(got[n-1].Body, &m); err != nil {
		f.t.Fatalf("message body: %v\n%s", err, got[n-1].Body)
	}
	m.Raw = got[n-1].Body
	return m
}

// SentAt is when the interaction id was dispatched (for latency).
func (f *Server) SentAt(id string) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sentAt[id]
}
