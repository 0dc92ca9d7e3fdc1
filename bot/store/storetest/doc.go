// Package storetest is the conformance suite every store.Store must pass:
// one set of tests, run by each engine's own tests against a real engine,
// so that the embedded store and PostgreSQL cannot drift apart. It runs
// on a new store or on one that holds data already (the one an instance
// killed mid-load left behind, say), because it names its own guilds and
// keys afresh on every run.
//
// RunRestart is the part that needs the same data opened twice: what must
// survive a restart (the salt, votes, logged questions, counts, settings).
//
// It also holds the benchmarks of the store calls on the answer path,
// which report the median and 99th percentile of single calls (p50-ns,
// p99-ns) beside the mean.
//
// Import rule: the standard library, package store and go-cmp only; it
// knows no engine.
package storetest
