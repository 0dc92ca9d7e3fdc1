//go:build !linux

package pgtest

import (
	"fmt"
	"os"
	"syscall"
)

// procAttr returns how to run initdb and postgres: as this user, who must
// not be root (initdb refuses). Outside Linux there is no parent-death
// signal, so a test binary that dies before Main stops the cluster
// leaves it running in its temporary directory.
func procAttr(string) (*syscall.SysProcAttr, error) {
	if os.Geteuid() == 0 {
		return nil, fmt.Errorf("pgtest: running as root, which initdb refuses; run the tests as another user, or set %s", EnvURL)
	}
	return nil, nil
}
