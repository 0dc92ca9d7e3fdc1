// Package store is what backpainbot remembers beyond one message: each
// Discord server's settings, the short-lived state that several bot
// instances must share (cooldowns, duplicate suppression, the HTTP
// endpoint's replay guard, the previous message's derived features), and
// what the bot learns from its servers (Feedback: votes, the opt-in log of
// unanswered questions, daily counts by kind, the salt of member hashes).
//
// The package is the contract only: the Settings value, the Store
// interface and the errors callers branch on. Each engine lives in a
// package named for it and speaks these types, so that no engine type
// crosses the interface:
//
//   - bolt, the default: one file in a data directory (see DefaultDataDir),
//     no server to install, one process at a time;
//   - postgres: for several instances behind one load balancer.
//
// Package storetest is the one conformance suite both must pass; package
// pgtest gives tests a fresh PostgreSQL database.
//
// Two rules hold for every engine. Time comes from a clock the caller can
// replace, so tests move it instead of sleeping. Entries past their expiry
// are invisible at once and removed later by Sweep, so correctness never
// depends on when a sweep runs.
//
// Import rule: the standard library only. The answering side imports this
// package for its types without pulling in an engine.
package store
