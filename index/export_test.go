package index

// VerifyChecksums lets the benchmarks time the check of a reused index on
// its own.
var VerifyChecksums = verifyChecksums
