package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// What the bot learns from its servers (votes on replies, the questions it
// could not answer, counts by kind) is kept apart from the short-lived
// state above: it outlives a restart, it is reported on, and a member can
// delete their part of it. No record here holds a user id, only a salted
// hash of it (see Feedback.Salt), and only Unanswered holds message text,
// for servers whose admins opted in and for their stated retention.
//
// Every engine gives times back in UTC, to the microsecond (PostgreSQL's
// precision), as the Canonical methods below say, and compares them there:
// a since or now argument is taken to the microsecond too. A record is
// refused, with the same error by every engine, when its Validate says so.

// Vote is one member's vote on one passage reply: "Helpful" or "Not
// helpful" under it.
type Vote struct {
	Guild    string    // the server's id; votes are never taken in DMs
	Reply    string    // the id of the message the buttons are under
	Passage  string    // the id of the passage the reply quoted
	UserHash string    // the member's salted user-id hash
	Helpful  bool      // true for "Helpful"
	At       time.Time // when the member last voted
}

// Unanswered is a question the bot could not answer, logged only for a
// server whose admins turned the log on (Settings.LogUnanswered).
type Unanswered struct {
	Guild     string
	UserHash  string
	Text      string    // the question as the member wrote it
	RunnersUp []string  // passage ids the model ranked nearest, best first
	At        time.Time // when it was asked
	Expires   time.Time // At plus the server's retention; gone from this instant on
}

// Answer kinds counted by CountAnswer. Red flags and crisis messages are
// counted by kind only: their text is never stored, whatever the settings.
const (
	KindPassage    = "passage"    // a quoted passage
	KindUnanswered = "unanswered" // "I don't know" / out of scope
	KindTopic      = "topic"      // a topic summary
	KindUrgent     = "urgent"     // urgent advice (emergency, same-day, soon)
	KindCrisis     = "crisis"     // the crisis reply
)

// DayCount is how many answers of one kind a server got on one UTC day.
type DayCount struct {
	Guild string    // "" for direct messages
	Day   time.Time // midnight UTC
	Kind  string
	N     int
}

// Day returns midnight UTC of t's UTC day: the day CountAnswer counts t
// under.
func Day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// CheckKind returns an error unless kind is one of the Kind constants: a
// misspelt kind would otherwise count quietly under a name no report
// reads.
func CheckKind(kind string) error {
	switch kind {
	case KindPassage, KindUnanswered, KindTopic, KindUrgent, KindCrisis:
		return nil
	}
	return fmt.Errorf("answer kind %q is not one of %s, %s, %s, %s, %s", kind, KindPassage, KindUnanswered, KindTopic, KindUrgent, KindCrisis)
}

// Validate returns an error if v cannot be saved: a server, reply, passage
// or member hash that CheckKey refuses (votes are never taken in DMs, so
// the server is required), or no time.
func (v Vote) Validate() error {
	for _, f := range []struct{ name, v string }{
		{"server", v.Guild}, {"reply", v.Reply}, {"passage", v.Passage}, {"member hash", v.UserHash},
	} {
		if err := CheckKey(f.v); err != nil {
			return fmt.Errorf("vote: %s: %w", f.name, err)
		}
	}
	if v.At.IsZero() {
		return errors.New("vote: no time")
	}
	return nil
}

// Canonical returns v as every store gives it back: its time in UTC, to
// the microsecond.
func (v Vote) Canonical() Vote {
	v.At = canonicalTime(v.At)
	return v
}

// Validate returns an error if u cannot be logged: a server or member
// hash that CheckKey refuses (never for DMs), empty text or text
// PostgreSQL cannot hold, a runner-up id that CheckKey refuses, no time,
// or an Expires that is not after At (a question that expires as it is
// logged is a caller's mistake, as a ttl of zero is).
func (u Unanswered) Validate() error {
	if err := CheckKey(u.Guild); err != nil {
		return fmt.Errorf("unanswered question: server: %w", err)
	}
	if err := CheckKey(u.UserHash); err != nil {
		return fmt.Errorf("unanswered question: member hash: %w", err)
	}
	if u.Text == "" {
		return errors.New("unanswered question: empty text")
	}
	if err := checkText("question", u.Text); err != nil {
		return fmt.Errorf("unanswered question: %w", err)
	}
	for _, p := range u.RunnersUp {
		if err := CheckKey(p); err != nil {
			return fmt.Errorf("unanswered question: runner-up passage: %w", err)
		}
	}
	if u.At.IsZero() {
		return errors.New("unanswered question: no time")
	}
	if !canonicalTime(u.Expires).After(canonicalTime(u.At)) {
		return fmt.Errorf("unanswered question: expires at %v, not after it was asked at %v", u.Expires, u.At)
	}
	return nil
}

// Canonical returns u as every store gives it back: times in UTC to the
// microsecond, no empty runner-up list (nil), and no memory shared with u.
func (u Unanswered) Canonical() Unanswered {
	u.At, u.Expires = canonicalTime(u.At), canonicalTime(u.Expires)
	if len(u.RunnersUp) == 0 {
		u.RunnersUp = nil
	} else {
		u.RunnersUp = append([]string(nil), u.RunnersUp...)
	}
	return u
}

// canonicalTime is t in UTC, truncated to the microsecond.
func canonicalTime(t time.Time) time.Time {
	return t.UTC().Truncate(time.Microsecond)
}

// Feedback keeps votes, the opt-in log of unanswered questions and daily
// counts by kind. It is safe for concurrent use; every method fails once
// the store is closed.
type Feedback interface {
	// Salt returns this installation's secret for hashing user ids,
	// creating it on first use. Every instance sharing the store gets the
	// same salt; it is never logged or exported. It is 32 random bytes,
	// made once (the first caller in any instance wins); the caller owns
	// the returned slice.
	Salt(ctx context.Context) ([]byte, error)

	// SaveVote records v, which must pass Vote.Validate, replacing the
	// same member's earlier vote on the same reply (same Guild, Reply and
	// UserHash: a second click changes the vote, its passage and its
	// time).
	SaveVote(ctx context.Context, v Vote) error
	// Votes returns guild's votes cast at or after since, oldest first
	// (votes cast at the same time by guild, reply, then member hash, in
	// byte order); guild "" means every server.
	Votes(ctx context.Context, guild string, since time.Time) ([]Vote, error)

	// LogUnanswered keeps u, which must pass Unanswered.Validate, until
	// u.Expires.
	LogUnanswered(ctx context.Context, u Unanswered) error
	// UnansweredSince returns guild's logged questions asked at or after
	// since that have not expired by the store's clock, oldest first
	// (questions asked at the same time in the order they were logged);
	// guild "" means every server. A question is expired from its Expires
	// on, purged or not, like a claim at its ttl.
	UnansweredSince(ctx context.Context, guild string, since time.Time) ([]Unanswered, error)
	// DeleteUnanswered forgets every question logged for guild (the
	// server turned the log off, or left) and returns how many it
	// deleted. guild is required: "" is refused, not "every server".
	DeleteUnanswered(ctx context.Context, guild string) (int, error)
	// PurgeExpired deletes logged questions whose Expires is at or before
	// now and returns how many it deleted. Instances may purge at the same
	// time: each question is deleted, and counted, once.
	PurgeExpired(ctx context.Context, now time.Time) (int, error)

	// CountAnswer adds one answer of kind (one of the Kind constants) to
	// guild's count for at's UTC day (see Day); guild "" counts direct
	// messages. Concurrent counts in any number of instances all add up.
	CountAnswer(ctx context.Context, guild, kind string, at time.Time) error
	// AnswerCounts returns the daily counts from since's UTC day on,
	// ordered by day, then guild, then kind (byte order). guild "" means
	// every server and direct messages, each its own rows; direct
	// messages are the rows whose Guild is "".
	AnswerCounts(ctx context.Context, guild string, since time.Time) ([]DayCount, error)

	// Forget deletes everything stored about one member in guild: votes
	// and logged questions, expired or not. It returns how many records
	// it deleted. Both guild and userHash are required.
	Forget(ctx context.Context, guild, userHash string) (int, error)
}
