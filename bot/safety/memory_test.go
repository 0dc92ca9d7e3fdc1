package safety

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

func productForTest(t testing.TB) *Safety {
	t.Helper()
	s, err := productShared()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A Memory read back from its encoding judges the next message exactly as
// the Memory itself does: on every pair of messages in the examples (a
// red flag told over two messages, a crisis and its follow-up, look-alikes)
// and on the table of TestSafetyPreviousMessage.
func TestMemoryRoundTrip(t *testing.T) {
	t.Parallel() // tens of seconds under -race: run beside the other tests
	s := productForTest(t)
	ex, err := knowledge.DefaultSafetyExamples()
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{
		{"I can't feel my legs", "I also have a fever"},
		{"I want to end it all", "and my back hurts"},
		{"I fell over yesterday", "I have osteoporosis, will massage help?"},
		{"my dad can't feel his legs", "he also can't pee"},
		{"does massage help with stress?", "why though?"},
		{"I had breast cancer in 2019", "and now my back has started aching"},
		{"my back went at the gym on Monday", "and since then I can't feel anything during sex"},
	}
	// Every fourth two-message example: all 2,090 were 34 s of the
	// package's time under -race, and a quarter still gives hundreds of
	// first messages of every level.
	for i, e := range ex {
		if e.Previous != "" && i%4 == 0 {
			pairs = append(pairs, [2]string{e.Previous, e.Text})
		}
	}
	kept := 0
	for _, p := range pairs {
		m := s.Remember(p[0])
		if m.Empty() {
			continue
		}
		kept++
		b, err := s.AppendMemory(nil, m)
		if err != nil {
			t.Fatalf("AppendMemory(Remember(%q)) = %v", p[0], err)
		}
		// The detector's context: about 9 bytes a feature of the first
		// contextWords words it knows. The longest first message among the
		// examples, an 81-word vent from round 12, takes 4,219 bytes; as the
		// detector learns more words its contexts grow, within this bound.
		if len(b) > 6<<10 {
			t.Errorf("the memory of %q is %d bytes; want at most 6 KiB", p[0], len(b))
		}
		got, err := s.ParseMemory(b)
		if err != nil {
			t.Fatalf("ParseMemory(AppendMemory(Remember(%q))) = %v", p[0], err)
		}
		want := s.CheckAfter(p[1], m)
		if diff := cmp.Diff(want, s.CheckAfter(p[1], got)); diff != "" {
			t.Errorf("CheckAfter(%q) after %q, decoded memory (-want +got):\n%s", p[1], p[0], diff)
		}
		again, _ := s.AppendMemory(nil, got)
		if !bytes.Equal(again, b) {
			t.Errorf("memory of %q re-encodes differently:\n%x\n%x", p[0], again, b)
		}
	}
	if kept < 20 {
		t.Errorf("only %d first messages left a memory; the test checks too little", kept)
	}
}

// A memory naming rules these rules lack, or not a memory at all, is
// refused: the next message is then read alone.
func TestMemoryRefusesBadData(t *testing.T) {
	s := productForTest(t)
	good, err := s.AppendMemory(nil, s.Remember("I can't feel my legs"))
	if err != nil {
		t.Fatal(err)
	}
	renamed := bytes.Replace(good, []byte("both-legs"), []byte("both-arms"), 1)
	if bytes.Equal(renamed, good) {
		t.Fatalf("the memory of a red flag does not name its rule: %q", good)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"nothing", nil},
		{"another version", append([]byte{9}, good[1:]...)},
		{"unknown flags", []byte{memoryVersion, 0x80}},
		{"cut short", good[:len(good)-1]},
		{"trailing bytes", append(append([]byte(nil), good...), 0)},
		{"another rule", renamed},
	}
	for _, tt := range tests {
		if m, err := s.ParseMemory(tt.data); err == nil || !m.Empty() {
			t.Errorf("ParseMemory(%s) = %v, %v; want an error and nothing", tt.name, m.Empty(), err)
		}
	}
	if m, err := s.ParseMemory([]byte{memoryVersion, 0}); err != nil || !m.Empty() {
		t.Errorf("ParseMemory(empty memory) = %v, %v; want an empty memory", m.Empty(), err)
	}
}

// FuzzMemoryDecode: no data from a store panics the decoder or the check
// that reads what it accepts.
func FuzzMemoryDecode(f *testing.F) {
	s := productForTest(f)
	for _, msg := range []string{"I can't feel my legs", "I want to end it all", "my dad fell off a ladder", "hi"} {
		b, _ := s.AppendMemory(nil, s.Remember(msg))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := s.ParseMemory(data)
		if err != nil {
			return
		}
		s.CheckAfter("and now my legs are numb too", m)
	})
}
