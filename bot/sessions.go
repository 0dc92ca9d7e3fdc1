package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"time"

	"github.com/backpainbot/backpainbot/bot/session"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Answering is what Sessions needs of an *Answerer; tests wrap one.
type Answering interface {
	Answer(ctx context.Context, q Question) knowledge.Reply
	Remember(text string) Memory
	Notice(kind knowledge.Kind, text string) knowledge.Reply
	EncodeMemory(m Memory) ([]byte, error)
	DecodeMemory(data []byte) (Memory, error)
}

var _ Answering = (*Answerer)(nil)

// Sessions is the answering policy between messages, the same for every
// transport: the per-member cooldown and its notices, duplicate events,
// the previous message's context, and the same-passage rule (someone else
// asking for a passage posted in the channel within a minute is linked
// to it). Its state is a session.State, shared by every instance on one
// store. It is safe for concurrent use.
type Sessions struct {
	a        Answering
	state    *session.State
	cooldown time.Duration
	locate   func(context.Context, Post) (string, error)
	log      *slog.Logger
	now      func() time.Time
}

// SessionsConfig configures NewSessions.
type SessionsConfig struct {
	// Cooldown is the least time between two questions of one member;
	// zero or less means none. Urgent and crisis replies are never held
	// back by it.
	Cooldown time.Duration
	// Locate finds a post's link from its Ref (the transport's way to
	// find a message it did not get an id for); nil links only posts
	// whose link is known.
	Locate func(ctx context.Context, p Post) (string, error)
	// Log gets what operators should know; nil discards it.
	Log *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// NewSessions returns the policy answering with a and keeping its state in
// st (nil: in this process's memory).
func NewSessions(a Answering, st *session.State, cfg SessionsConfig) *Sessions {
	s := &Sessions{a: a, state: st, cooldown: cfg.Cooldown, locate: cfg.Locate, log: cfg.Log, now: cfg.Now}
	if s.now == nil {
		s.now = time.Now
	}
	if s.state == nil {
		s.state = session.New(session.WithClock(s.now))
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	return s
}

// Place is who asked where: Discord ids, Guild empty in a DM.
type Place struct {
	User, Guild, Channel string
}

// Asked is the policy's decision on one question.
type Asked struct {
	Reply knowledge.Reply
	// Quiet means send nothing: a member on cooldown gets one public
	// notice per cooldown, however many messages follow it.
	Quiet bool
	// Post, when not nil, is the answer to record with Posted once it is
	// posted where the channel sees it.
	Post *Post
}

// Post is a public answer, recorded for the same-passage rule. It holds
// ids and links, never text.
type Post struct {
	Place
	Passage string
	At      time.Time
	// Link is the posted message's URL, when the transport knows it.
	Link string `json:",omitempty"`
	// Ref is what the transport needs to find the message otherwise (an
	// interaction's application id and token; see Locate).
	Ref string `json:",omitempty"`
}

// The fixed sentences of the policy, sent through Notice so that they
// carry the disclaimer.
const (
	msgCooldown = "One question every %s, please: ask again in a moment."
	msgDupLink  = "I posted this answer in this channel a moment ago: "
)

// FirstEvent reports whether the event id is handled here for the first
// time (see session.State.FirstEvent): an event delivered twice, or to two
// instances, or a request replayed to the HTTP endpoint, is answered once.
func (s *Sessions) FirstEvent(ctx context.Context, id string) bool {
	return s.state.FirstEvent(ctx, id)
}

// Ask answers text, asked at p, under the cooldown and the same-passage
// rule. public says a notice would be seen by the whole channel (a reply
// to a mention), not by the asker alone (a slash command).
func (s *Sessions) Ask(ctx context.Context, p Place, text string, public bool) Asked {
	return s.AskCooldown(ctx, p, text, public, s.cooldown)
}

// AskCooldown is Ask with the cooldown of p's server, which its admins may
// set apart from SessionsConfig.Cooldown; zero or less means none.
func (s *Sessions) AskCooldown(ctx context.Context, p Place, text string, public bool, cooldown time.Duration) Asked {
	prev, hadPrev := s.previous(ctx, p)
	cooling := cooldown > 0 && !s.state.StartCooldown(ctx, p.User, cooldown)
	// Remembered even when the question is refused by the cooldown: a red
	// flag said during a cooldown still counts with the next question.
	s.remember(ctx, p, text, hadPrev)
	reply := s.a.Answer(ctx, Question{Text: text, Previous: prev})
	switch {
	case reply.Kind == knowledge.KindUrgent || reply.Kind == knowledge.KindCrisis:
		return Asked{Reply: reply} // never held back by a cooldown or replaced by a link
	case cooling && public && !s.state.FirstNotice(ctx, p.User, cooldown):
		return Asked{Quiet: true}
	case cooling:
		return Asked{Reply: s.a.Notice(knowledge.KindCooldown, fmt.Sprintf(msgCooldown, every(cooldown)))}
	case reply.Kind != knowledge.KindAnswer || reply.Passage == nil:
		return Asked{Reply: reply}
	}
	if link := s.earlier(ctx, p, reply.Passage.ID); link != "" {
		return Asked{Reply: s.a.Notice(knowledge.KindCooldown, msgDupLink+link)}
	}
	return Asked{Reply: reply, Post: &Post{Place: p, Passage: reply.Passage.ID, At: s.now()}}
}

// previous returns what the member's previous message at p left, and
// whether anything was kept (even if it cannot be read).
func (s *Sessions) previous(ctx context.Context, p Place) (Memory, bool) {
	b, ok := s.state.Previous(ctx, p.Channel, p.User)
	if !ok {
		return Memory{}, false
	}
	m, err := s.a.DecodeMemory(b)
	if err != nil {
		// Written by another version or under other safety rules: the
		// message is read alone.
		s.log.Debug("session: the previous message's memory cannot be read", "err", err)
		return Memory{}, true
	}
	return m, true
}

// remember keeps what text leaves for the member's next message at p: only
// what the safety check and the question model found, never the text.
func (s *Sessions) remember(ctx context.Context, p Place, text string, hadPrev bool) {
	m := s.a.Remember(text)
	if m.Empty() {
		if hadPrev {
			s.state.ForgetPrevious(ctx, p.Channel, p.User)
		}
		return
	}
	b, err := s.a.EncodeMemory(m)
	if err != nil {
		s.log.Warn("session: cannot encode what a message leaves for the next", "err", err)
		s.state.ForgetPrevious(ctx, p.Channel, p.User)
		return
	}
	s.state.SetPrevious(ctx, p.Channel, p.User, b)
}

// earlier returns the link to a public answer with passage posted at p's
// channel for someone else within session.PostWindow, or "" if there is
// none or it cannot be found (then posting the passage again is the lesser
// evil).
func (s *Sessions) earlier(ctx context.Context, p Place, passage string) string {
	b, ok := s.state.Post(ctx, p.Channel, passage)
	if !ok {
		return ""
	}
	var post Post
	if err := json.Unmarshal(b, &post); err != nil || post.User == p.User || s.now().Sub(post.At) >= session.PostWindow {
		return ""
	}
	if post.Link != "" || post.Ref == "" || s.locate == nil {
		return post.Link
	}
	link, err := s.locate(ctx, post)
	if err != nil {
		s.log.Warn("session: cannot find an earlier answer to link to; posting the passage again", "err", err, "channel", p.Channel)
		return ""
	}
	post.Link = link
	s.Posted(ctx, post) // found once, for everyone who asks next
	return link
}

// Posted records that post was posted where the channel sees it, for the
// rest of its session.PostWindow. It needs a Link or a Ref to be found.
func (s *Sessions) Posted(ctx context.Context, post Post) {
	if post.Link == "" && post.Ref == "" {
		return
	}
	b, err := json.Marshal(post)
	if err != nil {
		return // a struct of strings and a time: cannot happen
	}
	s.state.SetPost(ctx, post.Channel, post.Passage, b, session.PostWindow-s.now().Sub(post.At))
}

// every formats a cooldown for "One question every ...": whole hours,
// minutes or seconds, rounded up to the unit ("3 seconds", "minute",
// "90 seconds", "2 hours").
func every(d time.Duration) string {
	unit, name := time.Second, "second"
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		unit, name = time.Hour, "hour"
	case d >= time.Minute && d%time.Minute == 0:
		unit, name = time.Minute, "minute"
	}
	n := int(math.Ceil(float64(d) / float64(unit)))
	if n == 1 {
		return name
	}
	return fmt.Sprintf("%d %ss", n, name)
}
