package report

import (
	"fmt"
	"io"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/backpainbot/backpainbot/knowledge"
)

// draftHeader opens a draft of examples: what it is, and what the operator
// must do before the bot learns from it.
const draftHeader = `DRAFT example questions from "backpainbot report": %s.
REVIEW EVERY LINE BEFORE ADDING THIS FILE TO YOUR KNOWLEDGE.

These are questions members asked that the bot could not answer, grouped by
what they ask. Each group sits under the passage the question model thinks
nearest, or under out_of_scope when it thinks no passage answers it. The
model was unsure about every one of them, so:
  - keep a question under a passage only if that passage really answers it;
  - move it to the passage that does, or to out_of_scope if none does;
  - delete anything that could identify a member (names, places, details
    of someone's health) and anything you would not want the bot to learn.
Questions already in the knowledge's examples are left out (%d).
Then put this file in your knowledge directory (--knowledge DIR), check it
with "backpainbot eval --cv 5 --knowledge DIR", and restart the bot.`

// WriteDraft writes rep's unanswered groups as a knowledge file of
// examples (the "examples:" and "out_of_scope:" of knowledge/examples.go),
// for an operator to review and add. Wordings the knowledge k already has
// as examples are left out.
func WriteDraft(w io.Writer, rep *Report, k *knowledge.Knowledge) error {
	known := map[string]bool{}
	for _, e := range k.Examples {
		known[sameText(e.Text)] = true
	}
	byPassage := map[string]*yaml.Node{}
	outOfScope := &yaml.Node{Kind: yaml.SequenceNode}
	skipped := 0
	for _, g := range rep.Groups {
		list := outOfScope
		if !g.OutOfScope && g.Nearest != "" && k.Passage(g.Nearest) != nil {
			if byPassage[g.Nearest] == nil {
				byPassage[g.Nearest] = &yaml.Node{Kind: yaml.SequenceNode}
			}
			list = byPassage[g.Nearest]
		}
		first := true
		for _, text := range g.Wordings {
			if known[sameText(text)] {
				skipped++
				continue
			}
			item := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: text, Style: yaml.DoubleQuotedStyle}
			if first {
				item.HeadComment = groupComment(g)
				first = false
			}
			list.Content = append(list.Content, item)
		}
	}
	examples := &yaml.Node{Kind: yaml.MappingNode}
	for _, p := range k.Passages() { // in the knowledge's order
		if list := byPassage[p.ID]; list != nil {
			examples.Content = append(examples.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: p.ID, LineComment: p.Title}, list)
		}
	}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.HeadComment = fmt.Sprintf(draftHeader, scope(rep), skipped)
	if len(examples.Content) > 0 {
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "examples"}, examples)
	}
	if len(outOfScope.Content) > 0 {
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "out_of_scope"}, outOfScope)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{doc}}); err != nil {
		return fmt.Errorf("report: write the draft of examples: %w", err)
	}
	return enc.Close()
}

// groupComment says how often a group was asked and what the model made
// of it.
func groupComment(g Group) string {
	first, last := g.First.UTC().Format(time.DateOnly), g.Last.UTC().Format(time.DateOnly)
	when := fmt.Sprintf("asked %d times, %s to %s", g.Count, first, last)
	if g.Count == 1 {
		when = "asked once, " + first
	}
	return when + "; model: " + nearestLabel(g)
}
