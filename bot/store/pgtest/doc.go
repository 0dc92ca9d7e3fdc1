// Package pgtest gives each test a fresh, empty PostgreSQL database, so
// that the PostgreSQL store runs the same conformance suite as the
// embedded one on a real server, never a fake.
//
// Where the server comes from, in order:
//
//   - $BACKPAINBOT_TEST_DATABASE_URL, a server the caller runs (CI starts
//     one; so can a developer). URL creates a uniquely named database
//     there for each test and drops it afterwards, so the URL's user
//     needs CREATEDB.
//   - Otherwise a throwaway cluster this package starts itself, once per
//     test binary, from PostgreSQL's server programs (initdb and postgres)
//     found on PATH or in /usr/lib/postgresql/*/bin: in a temporary
//     directory, listening on a free loopback port only, with durability
//     off for speed. initdb refuses to run as root, so as root the cluster
//     runs as the postgres user. Such a test binary must call Main from
//     TestMain, which stops the cluster; on Linux the kernel stops it too
//     if the binary dies first.
//   - Neither: the test is skipped with a sentence saying how to run it,
//     or fails when $CI is set, because CI must not pass by skipping.
//
// No test reaches beyond the loopback interface, unless the URL says so.
//
// Import rule: the standard library and pgx only.
package pgtest
