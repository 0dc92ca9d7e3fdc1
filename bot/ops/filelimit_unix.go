//go:build unix

package ops

import (
	"fmt"
	"syscall"
)

// FileLimit returns the process's soft and hard limits on open files
// (RLIMIT_NOFILE). The Go runtime raises the soft limit as far as the hard
// one allows when the program starts (Go 1.19 and later), so raising it
// again here would change nothing.
func FileLimit() (soft, hard uint64, err error) {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		return 0, 0, fmt.Errorf("get open-file limit: %w", err)
	}
	return uint64(l.Cur), uint64(l.Max), nil
}
