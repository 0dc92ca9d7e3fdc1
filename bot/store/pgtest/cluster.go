package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// cluster is a PostgreSQL server this package started.
type cluster struct {
	dir  string // holds the data directory and the server's log
	url  string
	proc *os.Process
	done <-chan error // receives when the server exits
}

// findBin returns a directory holding initdb and postgres: the one on
// PATH, else the newest of Debian's versioned directories, else Red Hat's.
func findBin() (string, bool) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
		dirs = append(dirs, filepath.Dir(p))
	}
	for _, pattern := range []string{"/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"} {
		found, _ := filepath.Glob(pattern)
		slices.SortFunc(found, func(a, b string) int { return version(b) - version(a) })
		dirs = append(dirs, found...)
	}
	for _, d := range dirs {
		if isFile(filepath.Join(d, "initdb")) && isFile(filepath.Join(d, "postgres")) {
			return d, true
		}
	}
	return "", false
}

// version returns the major version in a path like /usr/lib/postgresql/15/bin.
func version(dir string) int {
	v := filepath.Base(filepath.Dir(dir))
	v = strings.TrimPrefix(v, "pgsql-")
	n, _ := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
	return n
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// startCluster makes a cluster in a new temporary directory and starts
// it on a free loopback port.
func startCluster(bin string) (*cluster, error) {
	dir, err := os.MkdirTemp("", "backpainbot-pgtest-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	attr, err := procAttr(dir)
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres",
		"--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync")
	initdb.Dir, initdb.SysProcAttr = dir, attr
	if out, err := initdb.CombinedOutput(); err != nil {
		_ = os.RemoveAll(dir)
		return nil, fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	// A port found free may be taken before the server binds it: try again.
	for try := 0; ; try++ {
		c, err := startServer(bin, dir, attr)
		if err == nil || try == 2 {
			if err != nil {
				_ = os.RemoveAll(dir)
			}
			return c, err
		}
	}
}

// serverSettings make a server for tests: loopback only, no Unix socket,
// durability off (a crash loses a test database, nothing else), and room
// for the connection pools of many tests at once.
var serverSettings = []string{
	"listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=300",
	"fsync=off", "synchronous_commit=off", "full_page_writes=off",
}

func startServer(bin, dir string, attr *syscall.SysProcAttr) (*cluster, error) {
	port, err := freePort()
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	args := []string{"-D", filepath.Join(dir, "data"), "-p", strconv.Itoa(port)}
	for _, s := range serverSettings {
		args = append(args, "-c", s)
	}
	logPath := filepath.Join(dir, "postgres.log")
	log, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	defer log.Close() // the server has its own copy
	cmd := exec.Command(filepath.Join(bin, "postgres"), args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr, cmd.SysProcAttr = dir, log, log, attr
	done, err := startLocked(cmd)
	if err != nil {
		return nil, fmt.Errorf("pgtest: start postgres: %w", err)
	}
	c := &cluster{dir: dir, proc: cmd.Process, done: done,
		url: fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)}
	if err := c.waitReady(30 * time.Second); err != nil {
		_ = c.proc.Kill()
		<-done
		out, _ := os.ReadFile(logPath)
		return nil, fmt.Errorf("pgtest: postgres did not start: %w\n%s", err, out)
	}
	return c, nil
}

// startLocked starts cmd from a goroutine locked to its thread, which
// waits for cmd there. On Linux the kernel sends the parent-death signal
// when the thread that started the child exits, so the thread must live
// as long as the server.
func startLocked(cmd *exec.Cmd) (<-chan error, error) {
	started, done := make(chan error, 1), make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		done <- cmd.Wait()
	}()
	return done, <-started
}

// waitReady waits until the server accepts a connection, or exits.
func (c *cluster) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		conn, err := pgx.Connect(ctx, c.url)
		cancel()
		if err == nil {
			return conn.Close(context.Background())
		}
		select {
		case exit := <-c.done:
			return fmt.Errorf("postgres exited: %v", exit)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("gave up after %v: %w", limit, err)
		}
	}
}

// stop shuts the server down (fast shutdown: connections are cut) and
// removes its directory.
func (c *cluster) stop() error {
	_ = c.proc.Signal(os.Interrupt)
	select {
	case <-c.done:
	case <-time.After(10 * time.Second):
		_ = c.proc.Kill()
		<-c.done
	}
	if err := os.RemoveAll(c.dir); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	return nil
}

// freePort returns a loopback TCP port nobody listens on.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
