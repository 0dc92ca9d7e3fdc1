// Package bolt is the embedded store: backpainbot's settings, short-lived
// state and feedback (votes, logged questions, daily counts, the salt) in
// one bbolt file, backpainbot.db, inside a data directory. It needs no
// server, which makes it the default.
//
// bbolt was chosen over an SQL file because it is already in the module
// (Bleve's storage), is pure Go (no cgo, one static binary), and gives
// serializable transactions, which makes Store.Claim atomic without more
// machinery. What operators lose, reading the file with SQL, the
// "settings export" command gives back as YAML.
//
// One process at a time: bbolt locks the file, and a second process that
// opens the same directory gets ErrInUse within a second rather than
// waiting. Several instances of the bot share state through package
// postgres instead.
//
// The file carries its schema version in the "meta" bucket and Open
// migrates it forward; a file from a newer backpainbot is refused with
// store.ErrNewerSchema. Every write is one fsynced transaction, so killing
// the process at any moment leaves the previous or the next state, never a
// torn one.
//
// Import rule: the standard library, package store and bbolt only.
package bolt
