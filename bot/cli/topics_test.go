package cli_test

import (
	"strings"
	"testing"
)

// "backpainbot topic" and the terminal's /topic read partial names as
// /topic and its autocomplete do.
func TestTopicPartialNames(t *testing.T) {
	out, _, err := run(t, "", "topic", "limit")
	if err != nil || !strings.Contains(out, "**Limitations of Body Massage for Back Pain**") {
		t.Errorf("topic limit = %v:\n%s\nwant the Limitations topic", err, out)
	}
	out, _, err = run(t, "/topic benefit\n/topic\n/topic massage\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"**The Potential Benefits of Body Massage**", // /topic benefit
		"use /topic with one of them",                // /topic alone lists them
		`More than one topic matches "massage"`,      // and an ambiguous name its candidates
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the terminal's output lacks %q:\n%s", want, out)
		}
	}
}
