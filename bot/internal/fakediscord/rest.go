package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The REST API: the routes the bot uses, rate limits and held requests
// on demand, and the record of every request.

func (f *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	path := r.URL.Path
	if !f.wait(r, path) {
		f.record(Request{Method: r.Method, Path: path, Body: body, Status: statusGaveUp, At: time.Now(), Auth: r.Header.Get("Authorization")})
		return
	}
	status, resp := f.route(r.Method, path, body)
	if f.RejectToken && path != "/api/v9/gateway" { // GET /gateway needs no token
		status, resp = http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0}
	}
	if retry, ok := f.takeLimit(r.Method, path); ok {
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", strconv.FormatFloat(retry, 'f', -1, 64))
		resp = map[string]any{"message": "You are being rate limited.", "retry_after": retry, "global": false}
	}
	f.record(Request{Method: r.Method, Path: path, Body: body, Status: status, At: time.Now(), Auth: r.Header.Get("Authorization")})
	if resp == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(resp)
}

// record keeps a request, counts callbacks and validates the body.
func (f *Server) record(req Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = append(f.requests, req)
	if req.Method == "POST" && req.Status < 300 && strings.HasSuffix(req.Path, "/callback") {
		f.callbackN++
	}
	if f.Validate && req.Status < 300 {
		if kind := specKind(req.Method, req.Path); kind != "" {
			if err := ValidateSpec(kind, req.Body); err != nil {
				f.invalid = append(f.invalid, fmt.Sprintf("%s %s: %v\n%s", req.Method, req.Path, err, req.Body))
			}
		}
	}
	f.notify()
}

func (f *Server) route(method, path string, body []byte) (int, any) {
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
		return 200, map[string]any{"url": f.gatewayURL(), "shards": f.Shards,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": f.MaxConcurrency}}
	case method == "GET" && path == "/api/v9/oauth2/applications/@me":
		return 200, map[string]any{"id": f.AppID, "name": "backpainbot"}
	case method == "PUT" && at(0) == "applications" && strings.HasSuffix(path, "/commands"):
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return 400, map[string]any{"message": "Invalid Form Body", "code": 50035}
		}
		for k, c := range cmds {
			c["id"] = strconv.Itoa(900 + k)
			c["application_id"] = f.AppID
		}
		return 200, cmds
	case method == "POST" && at(0) == "interactions" && at(3) == "callback" && len(p) == 4:
		return 204, nil
	case at(0) == "webhooks" && at(3) == "messages" && at(4) == "@original":
		switch method {
		case "GET", "PATCH":
			return 200, map[string]any{"id": OriginalID(at(2)), "channel_id": "0", "content": ""}
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

// OriginalID is the message id the fake gives the original response of
// the interaction with that token.
func OriginalID(token string) string { return "orig-" + token }

func (f *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gw"
}

func (f *Server) newID(prefix string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	return prefix + strconv.Itoa(f.nextID)
}

// RateLimit makes the next n requests whose path starts with prefix get a
// 429 asking to retry after retryAfter seconds.
func (f *Server) RateLimit(method, prefix string, n int, retryAfter float64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limits = append(f.limits, limit{method: method, prefix: prefix, n: n, retryAfter: retryAfter})
}

func (f *Server) takeLimit(method, path string) (float64, bool) {
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

// statusGaveUp is the status recorded for a held request whose client
// gave up waiting (nginx's "client closed request").
const statusGaveUp = 499

// Hold makes requests whose path starts with prefix wait, unanswered,
// until release is called (or the client gives up, or the test ends).
// They are recorded once answered, or with status 499 when the client
// gave up.
func (f *Server) Hold(method, prefix string) (release func()) {
	h := &hold{method: method, prefix: prefix, released: make(chan struct{})}
	f.mu.Lock()
	f.holds = append(f.holds, h)
	f.mu.Unlock()
	var once sync.Once
	return func() { once.Do(func() { close(h.released) }) }
}

// Waiting is the number of requests Hold keeps waiting now.
func (f *Server) Waiting() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.waiting
}

// wait holds a request while a Hold matches it; false if the client gave
// up meanwhile.
func (f *Server) wait(r *http.Request, path string) bool {
	f.mu.Lock()
	var holds []*hold
	for _, h := range f.holds {
		if h.method == r.Method && strings.HasPrefix(path, h.prefix) {
			holds = append(holds, h)
		}
	}
	if len(holds) > 0 {
		f.waiting++
		f.notify()
	}
	f.mu.Unlock()
	if len(holds) == 0 {
		return true
	}
	defer func() {
		f.mu.Lock()
		f.waiting--
		f.notify()
		f.mu.Unlock()
	}()
	for _, h := range holds {
		select {
		case <-h.released:
		case <-r.Context().Done():
			return false
		}
	}
	return true
}

func (f *Server) releaseHolds() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range f.holds {
		select {
		case <-h.released:
		default:
			close(h.released)
		}
	}
}
