package qmodel

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// encodingVersion changes whenever Model's fields or the way features are
// read change (features.go): a model saved by another version is
// retrained, not misread. 2: letter sequences of 3-4 characters.
const encodingVersion = 2

// encoded is what is written: the model's fields as a type without
// Model's methods (gob would call MarshalBinary again for a *Model).
type encoded struct {
	Version int
	Model   *modelFields
}

type modelFields Model

// MarshalBinary encodes the model, for keeping with an index on disk.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(encoded{encodingVersion, (*modelFields)(m)}); err != nil {
		return nil, fmt.Errorf("qmodel: encode: %w", err)
	}
	return b.Bytes(), nil
}

// Decode reads a model MarshalBinary wrote. A model of another version,
// or one that does not hold together, is an error: train a new one.
func Decode(data []byte) (*Model, error) {
	var e encoded
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&e); err != nil {
		return nil, fmt.Errorf("qmodel: decode: %w", err)
	}
	if e.Version != encodingVersion || e.Model == nil {
		return nil, fmt.Errorf("qmodel: saved by another version (%d, want %d)", e.Version, encodingVersion)
	}
	m := (*Model)(e.Model)
	if len(m.Labels) == 0 || len(m.B) != len(m.Labels) || len(m.W) != len(m.Vocab)*len(m.Labels) || m.Temperature <= 0 {
		return nil, fmt.Errorf("qmodel: decode: the saved model does not hold together")
	}
	for _, i := range m.Vocab {
		if i < 0 || int(i) >= len(m.Vocab) {
			return nil, fmt.Errorf("qmodel: decode: the saved model does not hold together")
		}
	}
	return m, nil
}
