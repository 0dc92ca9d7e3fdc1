package bot

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/safety"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Memory is what the next message of the same member in the same place
// needs from this one: what the safety check found in it (a red flag said a
// moment ago still counts with the follow-up), never its text. It is small
// whatever the message's length, and the zero Memory means nothing to carry.
type Memory struct {
	safety safety.Memory
	// topic is what the question model needs of the message when it was
	// about a passage: a follow-up is read with it.
	topic qmodel.Context
	// by is the answerer that made it: the safety part is per rule of
	// that answerer's rules. Another answerer (a reload's) reads it
	// through its encoding, by rule ids, as another instance would.
	by *Answerer
}

// Empty reports whether m carries nothing, so that a front end need not
// keep it.
func (m Memory) Empty() bool { return m.safety.Empty() && m.topic.Empty() }

// Remember reads a message for what the same member's next message in the
// same place needs (see Memory).
func (a *Answerer) Remember(text string) Memory {
	text = normalizeInput(text)
	m := Memory{safety: a.safety.Remember(text), by: a}
	if a.model != nil {
		if pred := a.model.Predict(text); pred[0].Label != knowledge.LabelNone && !knowledge.IsChatLabel(pred[0].Label) {
			m.topic = a.model.Context(text)
		}
	}
	return m
}

// memoryVersion is the first byte of an encoded Memory. The parts carry
// versions of their own; this one changes when the parts do.
const memoryVersion = 1

// EncodeMemory encodes m, a Memory a made, to keep it between two messages
// in a store that several instances share: a version byte, then the safety
// check's part and the question model's, each with its length. It holds
// rule ids and feature hashes, never the message's words, and is a few
// hundred bytes for an ordinary red flag (at most a few kilobytes).
func (a *Answerer) EncodeMemory(m Memory) ([]byte, error) {
	if m.by != nil && m.by != a {
		return m.by.EncodeMemory(m) // made before a reload: encoded by its maker's rules
	}
	b := []byte{memoryVersion}
	s, err := a.safety.AppendMemory(nil, m.safety)
	if err != nil {
		return nil, fmt.Errorf("bot: encode memory: %w", err)
	}
	b = binary.AppendUvarint(b, uint64(len(s)))
	b = append(b, s...)
	var t []byte
	if !m.topic.Empty() {
		if t, err = m.topic.MarshalBinary(); err != nil {
			return nil, fmt.Errorf("bot: encode memory: %w", err)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t)))
	return append(b, t...), nil
}

// DecodeMemory decodes what EncodeMemory wrote, possibly on another
// instance. Data of another version, malformed, or made under safety rules
// a does not have is an error; the caller then carries nothing, and the
// next message is read alone.
func (a *Answerer) DecodeMemory(data []byte) (Memory, error) {
	if len(data) == 0 || data[0] != memoryVersion {
		return Memory{}, errors.New("bot: decode memory: not a memory of this version")
	}
	rest := data[1:]
	part := func() ([]byte, bool) {
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(len(rest)-k) {
			return nil, false
		}
		p := rest[k : k+int(n)]
		rest = rest[k+int(n):]
		return p, true
	}
	s, ok1 := part()
	t, ok2 := part()
	if !ok1 || !ok2 || len(rest) != 0 {
		return Memory{}, errors.New("bot: decode memory: malformed")
	}
	m := Memory{by: a}
	var err error
	if m.safety, err = a.safety.ParseMemory(s); err != nil {
		return Memory{}, fmt.Errorf("bot: decode memory: %w", err)
	}
	if len(t) > 0 {
		if err := m.topic.UnmarshalBinary(t); err != nil {
			return Memory{}, fmt.Errorf("bot: decode memory: %w", err)
		}
	}
	return m, nil
}

// own returns m as a Memory of a: one made by another answerer (before a
// reload) is carried over through its encoding, by rule ids; one that
// cannot be (its rule is gone) is dropped, and the message is read alone,
// as when another instance wrote it.
func (a *Answerer) own(m Memory) Memory {
	if m.by == nil || m.by == a {
		return m
	}
	b, err := m.by.EncodeMemory(m)
	if err == nil {
		m, err = a.DecodeMemory(b)
	}
	if err != nil {
		return Memory{}
	}
	return m
}
