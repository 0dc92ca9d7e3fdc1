package store

import (
	"path/filepath"
	"testing"
)

func TestDefaultDataDir(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string // "" means an error
	}{
		{"linux home", "linux", map[string]string{"HOME": "/home/ann"}, "/home/ann/.local/state/backpainbot"},
		{"linux xdg", "linux", map[string]string{"HOME": "/home/ann", "XDG_STATE_HOME": "/srv/state"}, "/srv/state/backpainbot"},
		{"linux relative xdg ignored", "linux", map[string]string{"HOME": "/home/ann", "XDG_STATE_HOME": "state"}, "/home/ann/.local/state/backpainbot"},
		{"systemd StateDirectory", "linux", map[string]string{"HOME": "/root", "STATE_DIRECTORY": "/var/lib/backpainbot"}, "/var/lib/backpainbot"},
		{"systemd several", "linux", map[string]string{"STATE_DIRECTORY": "/var/lib/a:/var/lib/b"}, "/var/lib/a"},
		{"freebsd", "freebsd", map[string]string{"HOME": "/home/ann"}, "/home/ann/.local/state/backpainbot"},
		{"darwin", "darwin", map[string]string{"HOME": "/Users/ann"}, "/Users/ann/Library/Application Support/backpainbot"},
		{"windows", "windows", map[string]string{"LocalAppData": `C:\Users\ann\AppData\Local`}, filepath.Join(`C:\Users\ann\AppData\Local`, "backpainbot")},
		{"no home", "linux", nil, ""},
		{"windows without LocalAppData", "windows", map[string]string{"HOME": "/x"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := defaultDataDir(tt.goos, func(k string) string { return tt.env[k] })
			if tt.want == "" {
				if err == nil {
					t.Fatalf("defaultDataDir(%q) = %q; want an error", tt.goos, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("defaultDataDir(%q) = %q, %v; want %q", tt.goos, got, err, tt.want)
			}
		})
	}
}
