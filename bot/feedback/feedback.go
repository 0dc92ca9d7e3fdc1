package feedback

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// callTimeout bounds one store call made for feedback, as for the state on
// the answer path. Recording happens after the reply is sent; a call slower
// than this is given up on, and the record is lost rather than the next
// event delayed.
const callTimeout = store.CallTimeout

// errNoStore means the store is not available (down, or not opened yet):
// nothing could be recorded, deleted or counted.
var errNoStore = errors.New("the bot's store is not available")

// Source returns the feedback store while the bot's store answers, else
// nil.
type Source func() store.Feedback

// Recorder records votes, counts and the opt-in log of unanswered
// questions, and deletes them, under the rules of the package doc. It is
// safe for concurrent use.
type Recorder struct {
	src Source
	log *slog.Logger
	now func() time.Time

	mu   sync.Mutex
	salt []byte // the installation's salt, once read
}

// Config configures New.
type Config struct {
	// Log gets the store errors recording skipped; nil discards them.
	Log *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// New returns a Recorder over the feedback store src gives.
func New(src Source, cfg Config) *Recorder {
	r := &Recorder{src: src, log: cfg.Log, now: cfg.Now}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.now == nil {
		r.now = time.Now
	}
	if r.src == nil {
		r.src = func() store.Feedback { return nil }
	}
	return r
}

// Logging reports whether a server with settings s keeps the log of
// unanswered questions: only when its admins turned it on.
func Logging(s store.Settings) bool { return s.LogUnanswered != nil && *s.LogUnanswered }

// Retention is how long a server with settings s keeps logged questions.
func Retention(s store.Settings) time.Duration {
	if s.LogRetention != nil && *s.LogRetention > 0 {
		return *s.LogRetention
	}
	return store.DefaultLogRetention
}

// store returns the feedback store, or errNoStore.
func (r *Recorder) store() (store.Feedback, error) {
	f := r.src()
	if f == nil {
		return nil, errNoStore
	}
	return f, nil
}

// member returns the salted hash that stands for user in guild. It mixes
// the server in, so that one person's records in two servers cannot be
// linked to each other through the store.
func (r *Recorder) member(ctx context.Context, f store.Feedback, guild, user string) (string, error) {
	r.mu.Lock()
	salt := r.salt
	r.mu.Unlock()
	if salt == nil {
		var err error
		if salt, err = f.Salt(ctx); err != nil {
			return "", fmt.Errorf("read the salt: %w", err)
		}
		if len(salt) == 0 {
			return "", errors.New("read the salt: the store gave an empty one")
		}
		r.mu.Lock()
		r.salt = salt
		r.mu.Unlock()
	}
	return memberHash(salt, guild, user), nil
}

// memberHash is HMAC-SHA256 under salt of the server and user ids, in hex.
func memberHash(salt []byte, guild, user string) string {
	m := hmac.New(sha256.New, salt)
	m.Write([]byte(guild))
	m.Write([]byte{0})
	m.Write([]byte(user))
	return hex.EncodeToString(m.Sum(nil))
}

// kindOf is the kind an answer is counted as (one of store's Kind
// constants), or "" for a reply that answers no question or topic (help,
// small talk, cooldown and error notices, settings). A declined dose or
// diagnosis question is unanswered: the bot did not answer it. A question
// about warning signs counts with urgent advice: both are about red flags,
// and neither's text is ever stored.
func kindOf(r knowledge.Reply) string {
	switch r.Kind {
	case knowledge.KindAnswer:
		return store.KindPassage
	case knowledge.KindAbstain:
		return store.KindUnanswered
	case knowledge.KindTopic, knowledge.KindTopics:
		return store.KindTopic
	case knowledge.KindUrgent, knowledge.KindSigns:
		return store.KindUrgent
	case knowledge.KindCrisis:
		return store.KindCrisis
	}
	return ""
}

// loggable reports whether r is a question the knowledge could not
// answer, whose text a server may log: not a declined dose or diagnosis,
// which no article can fix.
func loggable(r knowledge.Reply) bool {
	return r.Kind == knowledge.KindAbstain && (r.Reason == knowledge.ReasonOutOfScope || r.Reason == knowledge.ReasonAmbiguous)
}

// Answer is one reply the bot sent.
type Answer struct {
	Guild string // "" in a DM
	User  string // the member's Discord id; hashed before it is stored
	// Text is the question as the member wrote it; "" for a reply that
	// answers no question (a topic).
	Text  string
	Reply knowledge.Reply
	// Settings are the server's, as the reply was decided under.
	Settings store.Settings
}

// Answered counts a reply by kind and, for a question the bot could not
// answer in a server that keeps the log, logs the question with its
// runner-up passages until the server's retention ends. It never fails:
// a store error is logged and the record skipped. The count comes last,
// so a count seen means the answer is wholly recorded.
func (r *Recorder) Answered(ctx context.Context, a Answer) {
	kind := kindOf(a.Reply)
	if kind == "" {
		return
	}
	f, err := r.store()
	if err != nil {
		r.log.Debug("feedback: not counted", "err", err, "kind", kind)
		return
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	now := r.now()
	// Only the text of a question the knowledge did not answer, by a
	// server's choice: never a DM's, never a red flag's or a crisis's
	// (their kinds are urgent and crisis), never a declined dose.
	if loggable(a.Reply) && a.Guild != "" && a.Text != "" && Logging(a.Settings) {
		r.logUnanswered(ctx, f, a, now)
	}
	if err := f.CountAnswer(ctx, a.Guild, kind, now); err != nil {
		r.log.Warn("feedback: count an answer", "err", err, "guild", a.Guild, "kind", kind)
	}
}

// logUnanswered keeps a's question until the server's retention ends.
func (r *Recorder) logUnanswered(ctx context.Context, f store.Feedback, a Answer, now time.Time) {
	hash, err := r.member(ctx, f, a.Guild, a.User)
	if err != nil {
		r.log.Warn("feedback: log an unanswered question", "err", err, "guild", a.Guild)
		return
	}
	u := store.Unanswered{Guild: a.Guild, UserHash: hash, Text: a.Text, RunnersUp: a.Reply.RunnersUp, At: now, Expires: now.Add(Retention(a.Settings))}
	if err := f.LogUnanswered(ctx, u); err != nil {
		r.log.Warn("feedback: log an unanswered question", "err", err, "guild", a.Guild)
	}
}

// Vote records a member's vote on the passage of a reply (the id of the
// message the buttons are under), replacing their earlier vote on it.
// Votes are taken in servers only.
func (r *Recorder) Vote(ctx context.Context, guild, user, reply, passage string, helpful bool) error {
	if guild == "" {
		return errors.New("vote: votes are taken in servers only")
	}
	f, err := r.store()
	if err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	hash, err := r.member(ctx, f, guild, user)
	if err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	v := store.Vote{Guild: guild, Reply: reply, Passage: passage, UserHash: hash, Helpful: helpful, At: r.now()}
	if err := f.SaveVote(ctx, v); err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	return nil
}

// Forget deletes everything stored about a member in guild (their votes
// and logged questions) and returns how many records it deleted.
func (r *Recorder) Forget(ctx context.Context, guild, user string) (int, error) {
	f, err := r.store()
	if err != nil {
		return 0, fmt.Errorf("forget: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	hash, err := r.member(ctx, f, guild, user)
	if err != nil {
		return 0, fmt.Errorf("forget: %w", err)
	}
	n, err := f.Forget(ctx, guild, hash)
	if err != nil {
		return 0, fmt.Errorf("forget: %w", err)
	}
	return n, nil
}

// SettingsChanged deletes a server's logged questions when its settings
// turn the log off: what an admin stops keeping is not kept.
func (r *Recorder) SettingsChanged(ctx context.Context, guild string, before, after store.Settings) error {
	if !Logging(before) || Logging(after) {
		return nil
	}
	f, err := r.store()
	if err != nil {
		return fmt.Errorf("delete the unanswered-questions log: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	n, err := f.DeleteUnanswered(ctx, guild)
	if err != nil {
		return fmt.Errorf("delete the unanswered-questions log: %w", err)
	}
	r.log.Info("feedback: the log of unanswered questions was turned off; deleted it", "guild", guild, "deleted", n)
	return nil
}

// ServerLeft deletes a server's logged questions once the bot has left it
// for good (its settings are purged): a server that let the bot go keeps
// nothing of its members' questions either. Votes and counts, which hold
// no text, stay for the operator's figures until a member's /forget.
func (r *Recorder) ServerLeft(ctx context.Context, guild string) error {
	f, err := r.store()
	if err != nil {
		return fmt.Errorf("delete a left server's logged questions: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	if _, err := f.DeleteUnanswered(ctx, guild); err != nil {
		return fmt.Errorf("delete a left server's logged questions: %w", err)
	}
	return nil
}
