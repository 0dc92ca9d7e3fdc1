package bot_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Topic reads the same partial names autocomplete suggests, lists the
// topics without a name, and lists the candidates of an ambiguous name.
func TestTopicReadsPartialNames(t *testing.T) {
	a := newAnswerer(t)
	slugs := func(ss []*knowledge.Section) []string {
		out := []string{}
		for _, s := range ss {
			out = append(out, s.Slug)
		}
		return out
	}
	tests := []struct {
		name string
		kind knowledge.Kind
		want []string // the topic, or the topics listed
	}{
		{"limitations", knowledge.KindTopic, []string{"limitations"}},
		{"Limitations of Body Massage for Back Pain", knowledge.KindTopic, []string{"limitations"}},
		{"limit", knowledge.KindTopic, []string{"limitations"}},
		{"  BENEFIT ", knowledge.KindTopic, []string{"benefits"}},
		{"potential benefits", knowledge.KindTopic, []string{"benefits"}},
		{"massage", knowledge.KindTopics, []string{"benefits", "limitations"}}, // both titles contain it
		{"co", knowledge.KindTopics, []string{"complementary", "conclusion"}},  // both slugs start with it
		{"", knowledge.KindTopics, slugs(a.Knowledge().Sections())},            // no name: every topic
		{"pizza", knowledge.KindAbstain, slugs(a.Knowledge().Sections())},      // nothing matches
	}
	for _, tt := range tests {
		r := a.Topic(tt.name)
		var got []string
		switch r.Kind {
		case knowledge.KindTopic:
			got = []string{r.Topic.Slug}
		default:
			got = slugs(r.Topics)
		}
		if r.Kind != tt.kind || !cmp.Equal(got, tt.want) {
			t.Errorf("Topic(%q) = %s %v; want %s %v", tt.name, r.Kind, got, tt.kind, tt.want)
		}
		// What autocomplete suggests first for a name is the topic it finds.
		if r.Kind == knowledge.KindTopic && tt.name != "" {
			if c := a.TopicChoices(tt.name); len(c) == 0 || c[0] != r.Topic {
				t.Errorf("TopicChoices(%q) does not lead with %s, the topic Topic finds", tt.name, r.Topic.Slug)
			}
		}
	}
	m := bot.Render(a.Topic("massage"))
	if !strings.Contains(m.Content, `More than one topic matches "massage"`) || !strings.Contains(m.Content, knowledge.DefaultDisclaimer) {
		t.Errorf("an ambiguous topic name renders as:\n%s\nwant the candidates, saying why, with the disclaimer", m.Content)
	}
}
