// Package postgres is the store for several instances of the bot: server
// settings and short-lived shared state in PostgreSQL (13 or newer), so
// that a cooldown set through one instance holds on every other, and a
// setting changed through one applies everywhere at the next read.
//
// Claim is one INSERT ... ON CONFLICT DO UPDATE ... WHERE expired
// statement: PostgreSQL locks the key's row for the statement, so exactly
// one of any number of concurrent claimers, in any number of processes,
// wins. Time comes from each instance's clock (WithClock in tests), not
// the server's, so instances should keep their clocks in sync (NTP);
// a skew of s seconds moves an expiry by up to s.
//
// Claims and short-lived values live in UNLOGGED tables: no write-ahead
// log, so a claim costs no disk flush, at the price of PostgreSQL emptying
// them after its own crash or failover. Losing a few minutes of cooldowns
// and replay guard then is the right trade for the answer path. Settings,
// and what the bot learns from its servers (votes, logged questions,
// daily counts, the salt of member hashes), are in ordinary, durable
// tables: an admin's settings and a month of feedback must outlive a
// crash. A count is one upsert and the salt one insert that does nothing
// when another instance made it first, so instances need no locks.
//
// Open applies the numbered SQL files in migrations/ that the database
// has not seen, recorded in schema_migrations, in one transaction under
// an advisory lock, so instances starting together migrate once. A
// database migrated by a newer backpainbot is refused with
// store.ErrNewerSchema.
//
// Errors never hold the database password: pgx's parse errors are
// scrubbed of it, and connection errors name only the user, host and
// database.
//
// Import rule: the standard library, package store and pgx only.
package postgres
