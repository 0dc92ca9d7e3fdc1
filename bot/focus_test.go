package bot

import "testing"

func TestFocus(t *testing.T) {
	tests := []struct{ in, want string }{
		{"my leg fell asleep while gaming, unrelated but does massage help my back?", "does massage help my back?"},
		{"I lift boxes all day at work. My dad says it's my posture. Would stretching help?", "Would stretching help?"},
		{"does massage help knots?", ""},                                 // already only the question
		{"so tired. help?", ""},                                          // one word is no question to read alone
		{"Is it the massage? Or the rest? I can't tell", "Or the rest?"}, // the last sentence that asks
		{"", ""},
	}
	for _, tt := range tests {
		if got := focus(tt.in); got != tt.want {
			t.Errorf("focus(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
