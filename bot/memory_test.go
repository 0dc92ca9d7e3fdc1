package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/internal/bottest"
)

// A Memory read back from its encoding, as another instance would read it
// from the store, answers the follow-up exactly as the Memory itself: red
// flags and crises over two messages, and follow-ups read with the
// previous question's topic.
func TestMemoryRoundTrip(t *testing.T) {
	a := bottest.ModelAnswerer(t)
	ctx := context.Background()
	tests := []struct{ previous, text string }{
		{"will a massage help the knots in my back?", "is that true?"},
		{"does stress make my back pain worse?", "is that true?"},
		{"i want to end it all", "i mean it"},
		{"both my legs went numb and weak this morning", "and now it's spreading to my feet"},
		{"I fell over yesterday", "I have osteoporosis, will massage help?"},
		{"my dad can't feel his legs", "does massage help?"},
		{"what's the weather like", "and massage?"},
	}
	for _, tt := range tests {
		m := a.Remember(tt.previous)
		b, err := a.EncodeMemory(m)
		if err != nil {
			t.Fatalf("EncodeMemory(Remember(%q)) = %v", tt.previous, err)
		}
		for _, w := range []string{"morning", "dad", "knots", "stress", "yesterday"} { // words of no rule id
			if strings.Contains(tt.previous, w) && strings.Contains(string(b), w) {
				t.Errorf("EncodeMemory(Remember(%q)) holds the message's word %q: %q", tt.previous, w, b)
			}
		}
		got, err := a.DecodeMemory(b)
		if err != nil {
			t.Fatalf("DecodeMemory(EncodeMemory(Remember(%q))) = %v", tt.previous, err)
		}
		if got.Empty() != m.Empty() {
			t.Errorf("memory of %q: Empty() = %v after the round trip; want %v", tt.previous, got.Empty(), m.Empty())
		}
		want := a.Answer(ctx, bot.Question{Text: tt.text, Previous: m})
		if diff := cmp.Diff(want, a.Answer(ctx, bot.Question{Text: tt.text, Previous: got})); diff != "" {
			t.Errorf("%q after %q with the decoded memory (-want +got):\n%s", tt.text, tt.previous, diff)
		}
	}
}

func TestMemoryRefusesBadData(t *testing.T) {
	a := bottest.ModelAnswerer(t)
	good, err := a.EncodeMemory(a.Remember("both my legs went numb and weak this morning"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"nothing":         nil,
		"another version": append([]byte{7}, good[1:]...),
		"cut short":       good[:len(good)-2],
		"trailing bytes":  append(append([]byte(nil), good...), 1),
		"huge length":     {1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
	} {
		if m, err := a.DecodeMemory(data); err == nil || !m.Empty() {
			t.Errorf("DecodeMemory(%s) = %v, %v; want an error and nothing", name, m.Empty(), err)
		}
	}
}

// FuzzDecodeMemory: nothing read from a store panics the decoder or the
// answer that uses what it accepts.
func FuzzDecodeMemory(f *testing.F) {
	a := bottest.ModelAnswerer(f)
	for _, s := range []string{"i want to end it all", "will a massage help the knots in my back?", ""} {
		b, _ := a.EncodeMemory(a.Remember(s))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := a.DecodeMemory(data)
		if err != nil {
			return
		}
		a.Answer(context.Background(), bot.Question{Text: "and now it's spreading to my feet", Previous: m})
	})
}
