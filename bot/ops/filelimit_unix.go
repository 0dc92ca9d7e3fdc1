//go:build unix

package ops

import (
	"fmt"
	"syscall"
)

// FileLimit returns the process's soft and hard limits on open files
// (RLIMIT_NOFILE). The Go runtime raises the soft limit to the hard one
// when the program starts, so the soft limit is normally all there is.
func FileLimit() (soft, hard uint64, err error) {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		return 0, 0, fmt.Errorf("get open-file limit: %w", err)
	}
	return uint64(l.Cur), uint64(l.Max), nil
}
