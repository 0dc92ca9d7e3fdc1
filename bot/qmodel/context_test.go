package qmodel_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

func defaultModel(t testing.TB) *qmodel.Model {
	t.Helper()
	k, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	return qmodel.Build(k)
}

// A Context read back from its encoding reads a follow-up exactly as the
// Context itself does, and the encoding stays small whatever the message.
func TestContextRoundTrip(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		name, previous, followUp string
	}{
		{"topic", "does massage help with stress and anxiety?", "why though?"},
		{"long story", "I sit at a desk all day and my lower back aches by the evening, my posture is terrible and " +
			"I have tried stretching, a new chair, a standing desk, and nothing seems to help the knots", "and massage?"},
		{"nothing known", "xyzzy plugh", "is that true?"},
		{"empty", "", "what about posture?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Context(tt.previous)
			b, err := c.MarshalBinary()
			if err != nil {
				t.Fatalf("MarshalBinary: %v", err)
			}
			if len(b) > 2048 {
				t.Errorf("encoding of %q is %d bytes; want a compact one", tt.previous, len(b))
			}
			var got qmodel.Context
			if err := got.UnmarshalBinary(b); err != nil {
				t.Fatalf("UnmarshalBinary(MarshalBinary()) = %v", err)
			}
			if got.Empty() != c.Empty() {
				t.Errorf("Empty() = %v after the round trip; want %v", got.Empty(), c.Empty())
			}
			if diff := cmp.Diff(m.PredictIn(tt.followUp, c), m.PredictIn(tt.followUp, got)); diff != "" {
				t.Errorf("PredictIn(%q) with the decoded context (-want +got):\n%s", tt.followUp, diff)
			}
			if diff := cmp.Diff(m.PredictJoined(tt.followUp, c), m.PredictJoined(tt.followUp, got)); diff != "" {
				t.Errorf("PredictJoined(%q) with the decoded context (-want +got):\n%s", tt.followUp, diff)
			}
			again, _ := got.MarshalBinary()
			if !bytes.Equal(again, b) {
				t.Errorf("re-encoding differs:\n%x\n%x", again, b)
			}
		})
	}
}

func TestContextRefusesBadData(t *testing.T) {
	good, _ := defaultModel(t).Context("does massage help with stress?").MarshalBinary()
	swapped := append([]byte(nil), good...) // the first two features in the wrong order
	copy(swapped[2:10], good[11:19])
	copy(swapped[11:19], good[2:10])
	tests := []struct {
		name string
		data []byte
	}{
		{"nothing", nil},
		{"another version", append([]byte{99}, good[1:]...)},
		{"cut short", good[:len(good)-3]},
		{"trailing bytes", append(append([]byte(nil), good...), 0)},
		{"out of order", swapped},
		{"zero count", []byte{1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"huge feature count", []byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f}},
	}
	for _, tt := range tests {
		c := qmodel.Context{}
		if err := c.UnmarshalBinary(tt.data); err == nil {
			t.Errorf("UnmarshalBinary(%s) = nil; want an error", tt.name)
		}
		if !c.Empty() {
			t.Errorf("UnmarshalBinary(%s) changed the context", tt.name)
		}
	}
}

// FuzzContextDecode: no data from a store panics the decoder, and what it
// accepts encodes back to the same bytes.
func FuzzContextDecode(f *testing.F) {
	m := defaultModel(f)
	for _, s := range []string{"", "does massage help?", "I fell off a ladder and can't feel my legs"} {
		b, _ := m.Context(s).MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte{1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c qmodel.Context
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := c.MarshalBinary()
		if err != nil || !bytes.Equal(b, data) {
			t.Errorf("accepted %x but it encodes back to %x, %v", data, b, err)
		}
		m.PredictJoined("and massage?", c) // must not panic
	})
}
