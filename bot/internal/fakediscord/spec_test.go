package fakediscord

import (
	"errors"
	"strings"
	"testing"
)

// TestSpecCatchesViolations shows that the validation the fake applies to
// every payload has teeth: payloads over Discord's limits fail it.
func TestSpecCatchesViolations(t *testing.T) {
	if _, err := compiledSpec(); errors.Is(err, ErrNoSpec) {
		t.Skip(err)
	} else if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 2001)
	tests := []struct {
		name, kind, body string
		valid            bool
	}{
		{"message", "message", `{"content":"hello","allowed_mentions":{"parse":[]}}`, true},
		// The spec allows 4,000 (what Nitro users may send); the code keeps to 2,000.
		{"content over 4000", "message", `{"content":"` + long + long + `"}`, false},
		{"embed title over 256", "message", `{"embeds":[{"title":"` + long[:257] + `"}]}`, false},
		{"autocomplete", "callback", `{"type":8,"data":{"choices":[{"name":"a","value":"a"}]}}`, true},
		{"26 choices", "callback", `{"type":8,"data":{"choices":[` + strings.Repeat(`{"name":"a","value":"a"},`, 25) + `{"name":"a","value":"a"}]}}`, false},
		{"command description over 100", "commands", `[{"name":"ask","description":"` + long[:101] + `","type":1}]`, false},
	}
	for _, tt := range tests {
		err := ValidateSpec(tt.kind, []byte(tt.body))
		if (err == nil) != tt.valid {
			t.Errorf("%s: ValidateSpec(%s) = %v; want valid %v", tt.name, tt.kind, err, tt.valid)
		}
	}
}
