// Package index is backpainbot's full-text search over knowledge passages.
// It is the only package that imports Bleve; it takes and returns
// knowledge types, so no Bleve type crosses its API.
//
// Questions are never parsed as query syntax: the text is analysed with the
// same English analyzer as the passages, multi-word synonyms ("slipped
// disc") are rewritten to the knowledge's own word, misspelt words the
// knowledge lacks are corrected against its vocabulary, and the query is
// built from typed term queries.
package index
