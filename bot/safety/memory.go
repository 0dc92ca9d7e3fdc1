package safety

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/backpainbot/backpainbot/knowledge"
)

// A Memory is kept between two messages, in a store several instances of
// the bot share, so it has a binary encoding. It holds what the rules found
// (the level, whether it was a crisis and about whom, and which rules and
// signals fired) and the detector's context: rule ids and feature hashes,
// never the message's words. Rules are named by id, not position, so that
// a Memory written under other rules is refused rather than misread.

// memoryVersion is the first byte of an encoded Memory. 2: the rules whose
// phrases matched without their "with", or whose "with" matched alone.
const memoryVersion = 2

// The flags byte of an encoded Memory.
const (
	memFinding     = 1 << iota // the rules found something
	memCrisis                  // ...a crisis
	memCrisisThird             // ...about someone else
	memThird                   // the most urgent red flag is about someone else
	memContext                 // the detector's context follows
)

// maxMemoryID bounds an id in an encoded Memory, far above any rule id.
const maxMemoryID = 255

// AppendMemory appends the encoding of m, a Memory s made, to b.
func (s *Safety) AppendMemory(b []byte, m Memory) ([]byte, error) {
	b = append(b, memoryVersion)
	var flags byte
	if f := m.f; f != nil {
		flags |= memFinding
		if f.crisis {
			flags |= memCrisis
		}
		if f.crisisThird {
			flags |= memCrisisThird
		}
		if f.third {
			flags |= memThird
		}
	}
	if !m.ctx.Empty() {
		flags |= memContext
	}
	b = append(b, flags)
	if f := m.f; f != nil {
		var err error
		if b, err = s.appendFinding(b, f); err != nil {
			return nil, err
		}
	}
	if !m.ctx.Empty() {
		c, err := m.ctx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("safety: encode memory: %w", err)
		}
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	return b, nil
}

// appendFinding appends what the next message needs of f: its level, the
// rule or combination that set it, the most urgent single rule (which the
// next message may take back) and the rules and signals that fired.
func (s *Safety) appendFinding(b []byte, f *finding) ([]byte, error) {
	if len(f.fired) != len(s.rules) || len(f.thirdOnly) != len(s.rules) || len(f.open) != len(s.rules) {
		return nil, errors.New("safety: encode memory: a memory of other rules")
	}
	b = append(b, byte(f.level))
	b = appendID(b, f.rule)
	idx := ""
	if f.ruleIdx >= 0 && f.ruleIdx < len(s.rules) {
		idx = s.rules[f.ruleIdx].id
	}
	b = appendID(b, idx)
	n := 0
	for _, fired := range f.fired {
		if fired {
			n++
		}
	}
	b = binary.AppendUvarint(b, uint64(n))
	for i, fired := range f.fired {
		if fired {
			b = appendID(b, s.rules[i].id)
			third := byte(0)
			if f.thirdOnly[i] {
				third = 1
			}
			b = append(b, third)
		}
	}
	return s.appendOpen(b, f), nil
}

// appendOpen appends the rules f left open for the next message to
// complete (see acrossMessages).
func (s *Safety) appendOpen(b []byte, f *finding) []byte {
	n := 0
	for _, o := range f.open {
		if o != 0 {
			n++
		}
	}
	b = binary.AppendUvarint(b, uint64(n))
	for i, o := range f.open {
		if o != 0 {
			b = appendID(b, s.rules[i].id)
			b = append(b, o)
		}
	}
	return b
}

// parseOpen reads what appendOpen wrote into f.
func (s *Safety) parseOpen(d *decoder, f *finding) error {
	n := d.uvarint()
	if n > uint64(len(s.rules)) {
		return errors.New("safety: decode memory: more rules open than there are")
	}
	for range n {
		id, o := d.id(), d.byte()
		i := s.ruleIndex(id)
		if i < 0 || o == 0 || o > openBits {
			return fmt.Errorf("safety: decode memory: no rule %q open", id)
		}
		f.open[i] = o
	}
	return nil
}

// ParseMemory decodes what AppendMemory wrote. Data of another version,
// malformed, or naming a rule s does not have is an error: the caller
// carries nothing rather than a misread memory.
func (s *Safety) ParseMemory(data []byte) (Memory, error) {
	d := decoder{data: data}
	if d.byte() != memoryVersion {
		return Memory{}, errors.New("safety: decode memory: not a memory of this version")
	}
	flags := d.byte()
	if flags >= memContext<<1 {
		return Memory{}, errors.New("safety: decode memory: unknown flags")
	}
	var m Memory
	if flags&memFinding != 0 {
		f, err := s.parseFinding(&d, flags)
		if err != nil {
			return Memory{}, err
		}
		m.f = f
	}
	if flags&memContext != 0 {
		if err := m.ctx.UnmarshalBinary(d.bytes(d.uvarint())); err != nil {
			return Memory{}, fmt.Errorf("safety: decode memory: %w", err)
		}
	}
	if d.err != nil || len(d.data) != 0 {
		return Memory{}, errors.New("safety: decode memory: malformed")
	}
	return m, nil
}

func (s *Safety) parseFinding(d *decoder, flags byte) (*finding, error) {
	f := finding{
		crisis:      flags&memCrisis != 0,
		crisisThird: flags&memCrisisThird != 0,
		third:       flags&memThird != 0,
		level:       int(d.byte()),
		ruleIdx:     -1,
		negated:     make([]bool, len(s.rules)),
		fired:       make([]bool, len(s.rules)),
		thirdOnly:   make([]bool, len(s.rules)),
		open:        make([]uint8, len(s.rules)),
	}
	if f.level > levelRank(knowledge.LevelEmergency) {
		return nil, fmt.Errorf("safety: decode memory: level %d", f.level)
	}
	f.rule = d.id()
	if f.rule != "" {
		why, ok := s.why(f.rule)
		if !ok {
			return nil, fmt.Errorf("safety: decode memory: no rule %q", f.rule)
		}
		f.why = why
	}
	if id := d.id(); id != "" {
		if f.ruleIdx = s.ruleIndex(id); f.ruleIdx < 0 {
			return nil, fmt.Errorf("safety: decode memory: no rule %q", id)
		}
	}
	n := d.uvarint()
	if n > uint64(len(s.rules)) {
		return nil, errors.New("safety: decode memory: more rules fired than there are")
	}
	for range n {
		id, third := d.id(), d.byte()
		i := s.ruleIndex(id)
		if i < 0 || third > 1 {
			return nil, fmt.Errorf("safety: decode memory: no rule %q", id)
		}
		f.fired[i], f.thirdOnly[i] = true, third == 1
	}
	if err := s.parseOpen(d, &f); err != nil {
		return nil, err
	}
	return &f, d.err
}

// why returns the reason given by the rule or combination id.
func (s *Safety) why(id string) (string, bool) {
	if i := s.ruleIndex(id); i >= 0 {
		return s.rules[i].why, true
	}
	for _, c := range s.combos {
		if c.id == id {
			return c.why, true
		}
	}
	return "", false
}

// ruleIndex returns the position of the rule or signal id, or -1.
func (s *Safety) ruleIndex(id string) int {
	for i, r := range s.rules {
		if r.id == id {
			return i
		}
	}
	return -1
}

func appendID(b []byte, id string) []byte {
	b = binary.AppendUvarint(b, uint64(len(id)))
	return append(b, id...)
}

// decoder reads an encoded Memory; after the first error every read
// returns zero values and err says what went wrong.
type decoder struct {
	data []byte
	err  error
}

func (d *decoder) fail() { d.err, d.data = errors.New("safety: decode memory: cut short"), nil }

func (d *decoder) byte() byte {
	if len(d.data) == 0 {
		d.fail()
		return 0
	}
	b := d.data[0]
	d.data = d.data[1:]
	return b
}

func (d *decoder) uvarint() uint64 {
	n, k := binary.Uvarint(d.data)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.data = d.data[k:]
	return n
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.data)) {
		d.fail()
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) id() string {
	n := d.uvarint()
	if n > maxMemoryID {
		d.fail()
		return ""
	}
	return string(d.bytes(n))
}
