// Package live holds the answering stack a running bot uses now, and swaps
// in a new one when the knowledge or the safety rules are reloaded.
//
// An Answerer stands where a *bot.Answerer would (the Discord handler, the
// HTTP interactions endpoint, the terminal) and passes each call to the
// version current when the call starts: an answer in flight during a
// reload finishes on the version it started on, the next one uses the new
// version, and nobody waits for the reload. A retired version's resources
// (its search index) are released once its last call has returned.
//
// The swap is one atomic pointer, here and nowhere else; building the new
// version (loading, indexing, training) is the caller's, off to the side.
//
// Import rule: standard library, package bot and package knowledge only.
package live
