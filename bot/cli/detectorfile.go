package cli

import (
	"bytes"
	"encoding/gob"
	"log/slog"
	"os"
	"path/filepath"
)

// detectorFile keeps the trained safety detector in one file beside the
// index directory (--index-dir): DIR.safety-detector. A restart with the
// same safety examples and knowledge reads it instead of training (about
// 2.5 s on 2 cores). It is beside the index, not in it: the index
// directory is replaced whole when the knowledge changes, and checksummed.
type detectorFile struct {
	path string
	log  *slog.Logger
}

// newDetectorFile returns the detector file for indexDir, or nil without
// one: the detector is then trained at every start.
func newDetectorFile(indexDir string, log *slog.Logger) *detectorFile {
	if indexDir == "" {
		return nil
	}
	return &detectorFile{path: filepath.Clean(indexDir) + ".safety-detector", log: log}
}

// keptDetector is what the file holds: a detector and the key it was
// trained for.
type keptDetector struct {
	Key  string
	Data []byte
}

// Load returns the kept detector when it was trained for key.
func (f *detectorFile) Load(key string) ([]byte, bool) {
	b, err := os.ReadFile(f.path)
	if err != nil {
		return nil, false
	}
	var k keptDetector
	if gob.NewDecoder(bytes.NewReader(b)).Decode(&k) != nil || k.Key != key {
		f.log.Info("the safety examples or the program changed since the safety detector was kept; training it", "file", f.path)
		return nil, false
	}
	f.log.Debug("safety detector read from beside the index", "file", f.path)
	return k.Data, true
}

// Store keeps the detector trained for key, replacing the one before. A
// file half written is never read: it is written aside and renamed.
func (f *detectorFile) Store(key string, data []byte) {
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(keptDetector{key, data})
	if err == nil {
		err = writeReplacing(f.path, b.Bytes())
	}
	if err != nil {
		f.log.Warn("cannot keep the safety detector beside the index; it will be trained again at the next start", "file", f.path, "err", err)
		return
	}
	f.log.Debug("safety detector kept beside the index", "file", f.path)
}

// writeReplacing writes data to a new file beside path and renames it over
// path.
func writeReplacing(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
