// Package session is the short-lived state the bot keeps between events:
// the cooldown claims of members, the ids of events already handled, what
// a member's previous message left for the next, and the answers posted
// in a channel in the last minute. Each entry has one function here, with
// its key and how long it lasts; the answering policy in package bot
// decides what to do with them.
//
// The state lives in a store (package store: the embedded bbolt file, or
// PostgreSQL shared by several instances), so that the gateway bot and any
// number of HTTP instances behave as one. When the store cannot be reached
// the bot keeps answering: the state falls back to this process's memory
// (cooldowns, duplicate suppression and the rest then hold per instance),
// one log line says so, and a probe on a timer brings the store back as
// soon as it answers. Nothing here ever returns a store error to a caller.
//
// Values are derived features (package bot encodes them), never message
// text.
//
// Import rule: the standard library and package store (the contract,
// for its key checks) only.
package session
