package bolt

import (
	"fmt"
	"strconv"

	"github.com/backpainbot/backpainbot/bot/store"
	"go.etcd.io/bbolt"
)

// The buckets. Their names are the file format: never rename one, add a
// migration instead.
var (
	metaBucket     = []byte("meta")     // "schema": the schema version, in decimal
	settingsBucket = []byte("settings") // guild id: the settings as JSON (see record)
	removedBucket  = []byte("removed")  // guild id: when the bot left it (see putTime)
	claimsBucket   = []byte("claims")   // key: when the claim expires
	valuesBucket   = []byte("values")   // key: when the value expires, then the value

	// Schema 2, what the bot learns from its servers (see feedback.go).
	votesBucket      = []byte("votes")         // guild 0 reply 0 member hash: the vote as JSON (see voteRecord)
	unansweredBucket = []byte("unanswered")    // guild 0 asked-at, sequence: expiry, then the question as JSON
	countsBucket     = []byte("answer_counts") // day, guild 0 kind: the count, 8 bytes big-endian
	saltBucket       = []byte("salt")          // "salt": the installation's salt for member hashes
)

var schemaKey = []byte("schema")

// migrations bring a file from schema version i to i+1; the schema
// version of a file is how many have run on it. Append only.
var migrations = []func(*bbolt.Tx) error{
	// 1: the buckets of the first schema.
	func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{settingsBucket, removedBucket, claimsBucket, valuesBucket} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	},
	// 2: votes, logged questions, daily counts and the salt. Settings
	// need nothing: their JSON simply gains two optional fields.
	func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{votesBucket, unansweredBucket, countsBucket, saltBucket} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	},
}

// migrate brings the file at path to the latest schema in one transaction,
// so a crash leaves it at the old version or the new, never between.
func migrate(db *bbolt.DB, path string) error {
	return db.Update(func(tx *bbolt.Tx) error {
		version, err := schemaVersion(tx, path)
		if err != nil {
			return err
		}
		if version > len(migrations) {
			return fmt.Errorf("store: %s has schema version %d and this backpainbot knows up to %d; upgrade backpainbot, or restore a backup: %w",
				path, version, len(migrations), store.ErrNewerSchema)
		}
		for i := version; i < len(migrations); i++ {
			if err := migrations[i](tx); err != nil {
				return fmt.Errorf("store: %s: migrating to schema version %d: %w", path, i+1, err)
			}
		}
		meta, err := tx.CreateBucketIfNotExists(metaBucket)
		if err != nil {
			return fmt.Errorf("store: %s: %w", path, err)
		}
		if err := meta.Put(schemaKey, []byte(strconv.Itoa(len(migrations)))); err != nil {
			return fmt.Errorf("store: %s: %w", path, err)
		}
		return nil
	})
}

// schemaVersion returns the file's schema version: 0 for a new, empty
// file. A file with buckets but no version is someone else's bbolt file
// (Bleve's, say, from a mistyped --data-dir) and is left alone.
func schemaVersion(tx *bbolt.Tx, path string) (int, error) {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		empty := tx.ForEach(func([]byte, *bbolt.Bucket) error { return errNotEmpty }) == nil
		if !empty {
			return 0, fmt.Errorf("store: %s is not a backpainbot store (it has no schema version); point --data-dir at another directory", path)
		}
		return 0, nil
	}
	v, err := strconv.Atoi(string(meta.Get(schemaKey)))
	if err != nil || v < 0 {
		return 0, fmt.Errorf("store: %s: unreadable schema version %q", path, meta.Get(schemaKey))
	}
	return v, nil
}

var errNotEmpty = fmt.Errorf("not empty")
