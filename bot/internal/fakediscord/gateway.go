package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Session is one gateway session: its event log (for RESUME) and the
// connection currently attached to it, if any.
type Session struct {
	id    string
	shard int

	mu     sync.Mutex // guards events and conn, and orders writes of events
	events [][]byte   // dispatch frames; events[k] has s = k+1
	conn   *conn
}

type conn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *conn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (f *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &conn{ws: ws}
	defer ws.Close()
	if f.Silent {
		<-r.Context().Done() // hold the socket open and say nothing
		return
	}
	if c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": f.HeartbeatMS}}) != nil {
		return
	}
	var sess *Session
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
			if f.RejectToken {
				_ = ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				return
			}
			sess = f.identify(c, frame.D)
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

// identify starts a session on c: READY with the shard's guilds, each
// unavailable, then a GUILD_CREATE for each, as Discord sends them.
func (f *Server) identify(c *conn, d json.RawMessage) *Session {
	var id Identify
	var raw struct {
		Shard *[2]int `json:"shard"`
	}
	_ = json.Unmarshal(d, &id)
	_ = json.Unmarshal(d, &raw)
	id.Shard = raw.Shard
	shard, count := 0, 1
	if raw.Shard != nil {
		shard, count = raw.Shard[0], raw.Shard[1]
	}
	f.mu.Lock()
	f.identifies = append(f.identifies, id)
	sess := &Session{id: fmt.Sprintf("sess-%d", len(f.identifies)), shard: shard}
	f.sessions[sess.id] = sess
	f.byShard[shard] = sess
	var guilds []string
	for _, g := range f.guilds {
		if ShardOf(g, count) == shard {
			guilds = append(guilds, g)
		}
	}
	f.notify()
	f.mu.Unlock()
	sess.mu.Lock()
	sess.conn = c
	sess.mu.Unlock()
	unavailable := []any{}
	for _, g := range guilds {
		unavailable = append(unavailable, map[string]any{"id": g, "unavailable": true})
	}
	ready := map[string]any{
		"v": 9, "session_id": sess.id, "resume_gateway_url": f.gatewayURL(),
		"user":        map[string]any{"id": f.BotID, "username": "backpainbot", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": f.AppID, "flags": 0},
		"guilds":      unavailable, "shard": []int{shard, count},
	}
	if f.NoAppInReady {
		delete(ready, "application")
	}
	sess.Dispatch("READY", ready)
	for _, g := range guilds {
		sess.Dispatch("GUILD_CREATE", Guild(g))
	}
	return sess
}

// Dispatch appends an event to the session's log and sends it if a
// connection is attached; otherwise it waits there for a RESUME.
func (s *Session) Dispatch(typ string, d any) {
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
func (s *Session) resume(c *conn, seq int) {
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

// Shard returns the current session of a shard, waiting for it.
func (f *Server) Shard(n int) *Session {
	f.t.Helper()
	var s *Session
	f.WaitFor(fmt.Sprintf("shard %d to identify", n), func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		s = f.byShard[n]
		return s != nil
	})
	return s
}

// Dispatch sends an event on shard 0. Interactions are timestamped for
// latency measurements (SentAt).
func (f *Server) Dispatch(typ string, d map[string]any) {
	s := f.Shard(0)
	if typ == "INTERACTION_CREATE" {
		f.mu.Lock()
		f.sentAt[d["id"].(string)] = time.Now()
		f.mu.Unlock()
	}
	s.Dispatch(typ, d)
}

// Drop closes shard 0's connection abruptly, without a close frame.
func (f *Server) Drop() {
	s := f.Shard(0)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		_ = s.conn.ws.NetConn().Close()
		s.conn = nil
	}
}
