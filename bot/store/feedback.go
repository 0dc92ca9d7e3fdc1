package store

import (
	"context"
	"time"
)

// What the bot learns from its servers (votes on replies, the questions it
// could not answer, counts by kind) is kept apart from the short-lived
// state above: it outlives a restart, it is reported on, and a member can
// delete their part of it. No record here holds a user id, only a salted
// hash of it (see Feedback.Salt), and only Unanswered holds message text,
// for servers whose admins opted in and for their stated retention.

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
	Expires   time.Time // At plus the server's retention; gone after this
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

// Feedback keeps votes, the opt-in log of unanswered questions and daily
// counts by kind. It is safe for concurrent use; every method fails once
// the store is closed.
type Feedback interface {
	// Salt returns this installation's secret for hashing user ids,
	// creating it on first use. Every instance sharing the store gets the
	// same salt; it is never logged or exported.
	Salt(ctx context.Context) ([]byte, error)

	// SaveVote records v, replacing the same member's earlier vote on the
	// same reply (a second click changes the vote).
	SaveVote(ctx context.Context, v Vote) error
	// Votes returns guild's votes cast at or after since, oldest first;
	// guild "" means every server.
	Votes(ctx context.Context, guild string, since time.Time) ([]Vote, error)

	// LogUnanswered keeps u until u.Expires.
	LogUnanswered(ctx context.Context, u Unanswered) error
	// UnansweredSince returns guild's unexpired logged questions asked at
	// or after since, oldest first; guild "" means every server.
	UnansweredSince(ctx context.Context, guild string, since time.Time) ([]Unanswered, error)
	// DeleteUnanswered forgets every question logged for guild (the
	// server turned the log off, or left).
	DeleteUnanswered(ctx context.Context, guild string) (int, error)
	// PurgeExpired deletes logged questions whose Expires is before now
	// and returns how many it deleted.
	PurgeExpired(ctx context.Context, now time.Time) (int, error)

	// CountAnswer adds one answer of kind to guild's count for at's UTC
	// day; guild "" counts direct messages.
	CountAnswer(ctx context.Context, guild, kind string, at time.Time) error
	// AnswerCounts returns the daily counts from since's day on, by day
	// then guild then kind; guild "" means every server (each its own
	// rows).
	AnswerCounts(ctx context.Context, guild string, since time.Time) ([]DayCount, error)

	// Forget deletes everything stored about one member in guild: votes
	// and logged questions. It returns how many records it deleted.
	Forget(ctx context.Context, guild, userHash string) (int, error)
}
