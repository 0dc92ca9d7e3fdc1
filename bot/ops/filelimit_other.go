//go:build !unix

package ops

import (
	"errors"
	"fmt"
)

// FileLimit returns the process's soft and hard limits on open files; it
// knows none outside Unix.
func FileLimit() (soft, hard uint64, err error) {
	return 0, 0, fmt.Errorf("get open-file limit: %w", errors.ErrUnsupported)
}
