package knowledge_test

import (
	"strings"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"massage", "massage", 2, 0},
		{"massge", "massage", 2, 1}, // a letter left out
		{"musles", "muscles", 2, 1}, // a letter left out
		{"bakc", "back", 2, 1},      // two letters swapped
		{"strech", "stretch", 2, 1}, // a letter left out
		{"circulaton", "circulation", 2, 1},
		{"theraphist", "therapist", 2, 1},
		{"pizza", "posture", 2, 3}, // beyond max: max+1
		{"knee", "knead", 2, 2},
		{"café", "cafe", 1, 1}, // one letter, though two bytes
		{"", "abc", 5, 3},
		{"a", strings.Repeat("a", 100), 1, 2},                      // lengths alone exceed max
		{strings.Repeat("ab", 40), strings.Repeat("ab", 40), 1, 0}, // longer than the stack rows
	}
	for _, tt := range tests {
		if got := knowledge.EditDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d; want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}
