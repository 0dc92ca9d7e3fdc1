// Package index is backpainbot's full-text search over knowledge passages.
// It is the only package that imports Bleve; it takes and returns
// knowledge types, so no Bleve type crosses its API.
//
// Questions are never parsed as query syntax: the text is analysed with the
// same English analyzer as the passages, multi-word synonyms ("slipped
// disc") are rewritten to the knowledge's own word, misspelt words the
// knowledge lacks are corrected against its vocabulary, and the query is
// built from typed term queries.
//
// With Options.Dir the index is kept on disk and reused while the knowledge
// is unchanged. A reused index is checked against the SHA-256 checksums
// written after its build (checksums.sha256, in sha256sum's format) before
// Bleve reads it, then opened read-only, so it is never modified and may be
// shared or sit on a read-only volume. Anything else, stale, damaged, or
// making Bleve panic, is a cache miss: the index is built next to the old
// one and renamed into its place (where a symlinked directory points).
package index
