package store

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"
)

// DefaultDataDir returns where the embedded store lives when --data-dir is
// not given, reading the environment through getenv:
//
//   - under systemd with StateDirectory=, the directory it made
//     ($STATE_DIRECTORY, e.g. /var/lib/backpainbot);
//   - on Linux and other Unix systems, $XDG_STATE_HOME/backpainbot, or
//     ~/.local/state/backpainbot: the XDG home for state a program keeps
//     between runs on this machine, which is what the store is (settings
//     are backed up by "settings export", not by copying the file);
//   - on macOS, ~/Library/Application Support/backpainbot, as
//     os.UserConfigDir would say;
//   - on Windows, %LocalAppData%\backpainbot: local to the machine, not
//     %AppData%, which roams with the user's profile.
func DefaultDataDir(getenv func(string) string) (string, error) {
	return defaultDataDir(runtime.GOOS, getenv)
}

const appDir = "backpainbot"

func defaultDataDir(goos string, getenv func(string) string) (string, error) {
	if dir, _, _ := strings.Cut(getenv("STATE_DIRECTORY"), ":"); dir != "" {
		return dir, nil // systemd may list several, separated by colons
	}
	home := getenv("HOME")
	switch goos {
	case "windows":
		if dir := getenv("LocalAppData"); dir != "" {
			return filepath.Join(dir, appDir), nil
		}
		return "", errors.New("store: no default data dir: %LocalAppData% is not set; pass --data-dir")
	case "darwin", "ios":
		if home != "" {
			return filepath.Join(home, "Library", "Application Support", appDir), nil
		}
	default:
		if dir := getenv("XDG_STATE_HOME"); filepath.IsAbs(dir) {
			return filepath.Join(dir, appDir), nil // the spec says to ignore a relative one
		}
		if home != "" {
			return filepath.Join(home, ".local", "state", appDir), nil
		}
	}
	return "", errors.New("store: no default data dir: $HOME is not set; pass --data-dir")
}
