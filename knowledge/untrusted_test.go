package knowledge_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/knowledge"
)

// An alias bomb: 600 KB of aliases to one 100 KB string would decode to
// 15 GB. It is refused from the parsed nodes, before anything expands.
func TestLoadPathRefusesAliasBomb(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("synonyms:\n  - [&big \"" + strings.Repeat("a", 100_000) + "\"")
	for range 125_000 {
		b.WriteString(", *big")
	}
	b.WriteString("]\narticle:\n  id: x\n")
	path := filepath.Join(dir, "bomb.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := knowledge.LoadPath(path)
	runtime.ReadMemStats(&after)
	if want := path + ":2: YAML alias *big"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("LoadPath(alias bomb) error = %v; want one containing %q", err, want)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 256<<20 {
		t.Errorf("LoadPath(alias bomb) allocated %d MB; want it refused before the aliases expand", grew>>20)
	}
}

// A named pipe among the knowledge files would block the program forever
// when opened; it is refused by its type, before it is opened.
func TestLoadRefusesNamedPipes(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "x.yaml")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	want := pipe + ": not a regular file (a named pipe)"
	for name, load := range map[string]func() error{
		"LoadPath(dir)":   func() error { _, err := knowledge.LoadPath(dir); return err },
		"LoadPath(file)":  func() error { _, err := knowledge.LoadPath(pipe); return err },
		"LoadSafetyRules": func() error { _, err := knowledge.LoadSafetyRules(pipe); return err },
	} {
		err := loadUnblocking(pipe, load)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s error = %v; want one containing %q", name, err, want)
		}
	}
}

// loadUnblocking runs load. Without the check, opening the pipe blocks
// until a writer comes: it plays that writer, so that a regression fails
// the test instead of hanging it.
func loadUnblocking(pipe string, load func() error) error {
	done := make(chan error, 1)
	go func() { done <- load() }()
	for {
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Millisecond):
			if f, err := os.OpenFile(pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
		}
	}
}
