package httpapi

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/discord"
	"github.com/backpainbot/backpainbot/bot/ops"
	"github.com/backpainbot/backpainbot/knowledge"
)

const (
	// MaxBody caps a request body. Discord's interaction payloads are a
	// few KB; the largest, a button click, carries the message the button
	// is on, and ours are at most 6,000 characters of embed (under 32 KB
	// even at four bytes a character). Anything bigger is not from Discord,
	// and reading it would only cost memory for every request in flight.
	MaxBody = 64 << 10
	// MaxSkew is how far a request's signed timestamp may be from our
	// clock, either way. Discord signs each request as it sends it, so an
	// old timestamp means a replayed request (or a wrong clock here).
	MaxSkew = 5 * time.Minute
	// AnswerTimeout bounds the handling of one interaction: Discord drops
	// an initial response after 3 s, and the network needs some of that.
	AnswerTimeout = 2500 * time.Millisecond
)

// Config configures the interactions endpoint.
type Config struct {
	// PublicKey is the application's public key (Discord developer portal,
	// General Information), which signs every request. See ParsePublicKey.
	PublicKey ed25519.PublicKey
	// Alerts, if not nil, posts moderator alerts after crisis and
	// emergency answers to /ask, once the reply is written; nil sends
	// none (serve without a bot token).
	Alerts *discord.Alerter
}

// ParsePublicKey parses the application's public key as the developer
// portal shows it: 64 hex digits.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("parse public key: not hex: %w", err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("parse public key: %d bytes, want %d (64 hex digits)", len(b), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// interactor decides the response to an interaction and records what was
// sent; *discord.Handler is the one used outside tests.
type interactor interface {
	InteractionIn(ctx context.Context, i *discordgo.Interaction, parent string) discord.Response
	Sent(ctx context.Context, r discord.Response, link string)
}

// Handler is the interactions endpoint, an http.Handler. It answers a POST
// at whatever path it is mounted on; the caller chooses the path (the
// Interactions Endpoint URL set in the developer portal). It is safe for
// concurrent use.
type Handler struct {
	key ed25519.PublicKey
	ix  interactor
	m   *ops.Metrics
	log *slog.Logger
	bg  *background // moderator alerts sent after the reply; nil: none
}

// New returns the endpoint for cfg, answering interactions with h (the
// handler the gateway bot uses, so both modes reply alike), counting in m
// (which may be nil) and logging to log (which may be nil).
func New(cfg Config, h *discord.Handler, m *ops.Metrics, log *slog.Logger) (*Handler, error) {
	if h == nil {
		return nil, errors.New("httpapi: no handler")
	}
	return newHandler(cfg, h, m, log)
}

func newHandler(cfg Config, ix interactor, m *ops.Metrics, log *slog.Logger) (*Handler, error) {
	if len(cfg.PublicKey) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("httpapi: public key of %d bytes, want %d", len(cfg.PublicKey), ed25519.PublicKeySize)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Handler{key: cfg.PublicKey, ix: ix, m: m, log: log}
	if cfg.Alerts != nil { // a nil *discord.Alerter in the interface would not be nil
		h.bg = newBackground(cfg.Alerts)
	}
	return h, nil
}

// pong is the reply to Discord's PING, which it sends when the endpoint
// URL is saved and from time to time after.
var pong = []byte(`{"type":1}`)

// ServeHTTP answers one interaction. Every check comes before the body is
// parsed: a request without a valid signature gets 401 and nothing else.
func (s *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.m.Received()
	written := false // whether the response has been written
	defer func() {
		// A panic becomes a 500 and one log record; the server goes on.
		if p := recover(); p != nil {
			s.m.Panic()
			s.log.Error("httpapi: panic while answering", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			if !written {
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}
	}()
	body, ok := s.verified(w, r)
	if !ok {
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		s.reject(w, r, http.StatusBadRequest, ops.ReasonBadJSON, "the body is not an interaction")
		return
	}
	switch i.Type {
	case discordgo.InteractionPing:
		writeJSON(w, pong)
		s.log.Debug("httpapi: ping", "id", i.ID)
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete, discordgo.InteractionMessageComponent:
	default:
		s.reject(w, r, http.StatusBadRequest, ops.ReasonUnknownType, fmt.Sprintf("unknown interaction type %d", i.Type))
		return
	}
	// discordgo drops the channel object, which names a thread's parent.
	var in struct {
		Channel *discordgo.Channel `json:"channel"`
	}
	_ = json.Unmarshal(body, &in) // the body parsed above; a channel that does not is no thread
	s.answer(w, r, &i, discord.ThreadParent(in.Channel), start, &written)
}

// verified returns the body of a request that passed every check (method,
// signature headers, size, signature, timestamp), or answers it and
// returns false.
func (s *Handler) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		s.reject(w, r, http.StatusMethodNotAllowed, ops.ReasonMethod, "method not allowed: POST interactions here")
		return nil, false
	}
	sig, ts, ok := signatureHeaders(r.Header)
	if !ok {
		s.reject(w, r, http.StatusUnauthorized, ops.ReasonBadSignature, "invalid request signature")
		return nil, false
	}
	if r.ContentLength > MaxBody {
		s.reject(w, r, http.StatusRequestEntityTooLarge, ops.ReasonTooLarge, "request body too large")
		return nil, false
	}
	// The signed message is timestamp+body: read the body straight after
	// the timestamp, so that verifying copies nothing.
	size := 512
	if r.ContentLength > 0 {
		size = int(r.ContentLength) + 1 // +1: ReadFrom wants room to see EOF
	}
	buf := bytes.NewBuffer(make([]byte, 0, len(ts)+size))
	buf.WriteString(ts)
	if _, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, MaxBody)); err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.reject(w, r, http.StatusRequestEntityTooLarge, ops.ReasonTooLarge, "request body too large")
			return nil, false
		}
		s.reject(w, r, http.StatusBadRequest, ops.ReasonRead, "could not read the request body")
		return nil, false
	}
	msg := buf.Bytes()
	if !ed25519.Verify(s.key, msg, sig) {
		s.reject(w, r, http.StatusUnauthorized, ops.ReasonBadSignature, "invalid request signature")
		return nil, false
	}
	if !fresh(ts, time.Now()) {
		s.reject(w, r, http.StatusUnauthorized, ops.ReasonStale, "invalid request signature")
		return nil, false
	}
	return msg[len(ts):], true
}

// answer writes the handler's response to interaction i (in a thread of
// parent, if not ""), records it, and counts and logs it.
func (s *Handler) answer(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction, parent string, start time.Time, written *bool) {
	ctx, cancel := context.WithTimeout(r.Context(), AnswerTimeout)
	defer cancel()
	resp := s.ix.InteractionIn(ctx, i, parent)
	if resp.Interaction == nil {
		// The handler ignores only an interaction answered before, by this
		// instance or another on the same store: a replay within MaxSkew
		// (to this instance, another, or this one restarted), or Discord
		// sending it twice.
		s.reject(w, r, http.StatusConflict, ops.ReasonDuplicate, "interaction already answered")
		return
	}
	out, err := json.Marshal(resp.Interaction)
	if err != nil {
		s.log.Error("httpapi: encode response", "err", err, "event", resp.Event, "id", i.ID)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	*written = true
	writeJSON(w, out)
	// Sent to Discord now, not when this handler returns: what follows
	// (recording the answer) must not hold the reply back.
	_ = http.NewResponseController(w).Flush() // a writer that cannot flush sends at return
	// The reply is the response: recorded for the same-passage rule and
	// counted once written, to be found later through the interaction.
	s.ix.Sent(ctx, resp, "")
	s.alertLater(i, resp)

	latency := time.Since(start)
	if kind := resp.Rendered.Kind; kind != "" { // autocomplete has no reply kind
		s.m.ObserveReply(kind, resp.Rendered.Level, latency)
		if kind == knowledge.KindCooldown {
			s.m.Cooldown()
		}
	}
	level := slog.LevelInfo
	if resp.Event == "autocomplete" {
		level = slog.LevelDebug // one per keystroke
	}
	attrs := append([]any{"event", resp.Event, "kind", resp.Rendered.Kind, "latency", latency, "id", i.ID}, resp.Rendered.WhyAttrs()...)
	s.log.Log(r.Context(), level, "httpapi: interaction", attrs...)
}

// signatureHeaders returns the request's Ed25519 signature and its
// timestamp, if both are there and well formed.
func signatureHeaders(h http.Header) (sig []byte, ts string, ok bool) {
	hexSig, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if len(hexSig) != 2*ed25519.SignatureSize || ts == "" {
		return nil, "", false
	}
	sig, err := hex.DecodeString(hexSig)
	if err != nil {
		return nil, "", false
	}
	if _, err := strconv.ParseInt(ts, 10, 64); err != nil {
		return nil, "", false // Discord's timestamps are Unix seconds
	}
	return sig, ts, true
}

// fresh reports whether a Unix-seconds timestamp is within MaxSkew of now.
func fresh(ts string, now time.Time) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := now.Sub(time.Unix(sec, 0))
	return d <= MaxSkew && d >= -MaxSkew
}

// reject answers a request that is not handled. Rejections are logged at
// debug level (anyone can send junk), except those of signed requests,
// which mean a replay, a wrong clock or a Discord change.
func (s *Handler) reject(w http.ResponseWriter, r *http.Request, status int, reason, msg string) {
	s.m.Rejected(reason)
	level := slog.LevelDebug
	switch reason {
	case ops.ReasonStale, ops.ReasonBadJSON, ops.ReasonUnknownType, ops.ReasonDuplicate:
		level = slog.LevelWarn
	}
	s.log.Log(r.Context(), level, "httpapi: request rejected", "reason", reason, "status", status, "remote", r.RemoteAddr)
	http.Error(w, msg, status)
}

func writeJSON(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body) // the client has gone; nothing to do
}
