package bot

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Topic names as people type them: /topic's autocomplete, /topic itself,
// the terminal's /topic and "backpainbot topic NAME" all read a name
// through one topicIndex, so a partial name that autocomplete suggests
// ("limit", "benefit") is found everywhere.

// minWordPrefix is the shortest typed word matched against the words of
// passages: one or two letters match nearly every passage.
const minWordPrefix = 3

// How well a topic matches what was typed, best first.
const (
	rankPrefix       = iota // its slug or title starts with it
	rankContains            // its slug or title contains it
	rankPassageTitle        // a passage title has a word starting with a typed word
	rankPassageText         // its summary or a passage text has such a word
	rankNone
)

// topicIndex matches typed names to topics (sections). It is built once
// and read-only afterwards, so it is safe for concurrent use.
type topicIndex struct {
	topics []topicEntry
}

type topicEntry struct {
	section     *knowledge.Section
	slug, title string // lower case, for matching
	// titleWords and textWords are the distinct lower-case words of the
	// section's passage titles and of its summary and passage text,
	// sorted.
	titleWords, textWords []string
}

func newTopicIndex(k *knowledge.Knowledge) *topicIndex {
	ix := &topicIndex{}
	for _, s := range k.Sections() {
		e := topicEntry{section: s, slug: strings.ToLower(s.Slug), title: strings.ToLower(s.Title)}
		var titles, text []string
		for _, p := range s.Passages {
			titles = append(titles, words(p.Title)...)
			text = append(text, words(p.Text)...)
		}
		text = append(text, words(s.Summary)...)
		e.titleWords = dedupe(titles)
		e.textWords = dedupe(text)
		ix.topics = append(ix.topics, e)
	}
	return ix
}

// match returns the topics that match typed, best first (in knowledge
// order within a rank), and how many lead with the best rank. Nothing
// typed matches every topic.
func (ix *topicIndex) match(typed string) (ranked []*knowledge.Section, best int) {
	typed = normalName(typed)
	typedWords := words(typed)
	rank := func(e *topicEntry) int {
		switch {
		case typed == "" || strings.HasPrefix(e.slug, typed) || strings.HasPrefix(e.title, typed):
			return rankPrefix
		case strings.Contains(e.slug, typed) || strings.Contains(e.title, typed):
			return rankContains
		case anyPrefix(e.titleWords, typedWords):
			return rankPassageTitle
		case anyPrefix(e.textWords, typedWords):
			return rankPassageText
		}
		return rankNone
	}
	var buckets [rankNone][]*knowledge.Section
	for i := range ix.topics {
		if r := rank(&ix.topics[i]); r < rankNone {
			buckets[r] = append(buckets[r], ix.topics[i].section)
		}
	}
	for _, b := range buckets {
		if best == 0 {
			best = len(b)
		}
		ranked = append(ranked, b...)
	}
	return ranked, best
}

// find reads a topic name: a slug or title in any case and spacing, or
// a part of one that only one topic matches best. Otherwise it returns
// the topics that match equally well (none when nothing matches).
func (ix *topicIndex) find(name string) (topic *knowledge.Section, candidates []*knowledge.Section) {
	name = normalName(name)
	for _, e := range ix.topics {
		if e.slug == name || e.title == name {
			return e.section, nil
		}
	}
	ranked, best := ix.match(name)
	if best == 1 {
		return ranked[0], nil
	}
	return nil, ranked[:best]
}

// normalName is a typed name in lower case with single spaces.
func normalName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// anyPrefix reports whether some typed word of at least minWordPrefix
// letters starts a word in the sorted list have.
func anyPrefix(have, typed []string) bool {
	for _, t := range typed {
		if utf8.RuneCountInString(t) < minWordPrefix {
			continue
		}
		i, _ := slices.BinarySearch(have, t)
		if i < len(have) && strings.HasPrefix(have[i], t) {
			return true
		}
	}
	return false
}

// words splits s into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

func dedupe(ws []string) []string {
	slices.Sort(ws)
	return slices.Compact(ws)
}

// TopicChoices returns the topics that match what someone has typed so
// far, best first, for autocomplete: topics whose slug or title starts
// with it, then those that contain it, then those with a passage title
// and then a passage text holding a word that starts with one of the
// typed words (so "posture" suggests Complementary Approaches). Nothing
// typed lists every topic.
func (a *Answerer) TopicChoices(typed string) []*knowledge.Section {
	ranked, _ := a.topics().match(typed)
	return ranked
}

// Topic returns one topic's summary. name is what TopicChoices would
// suggest it for: a slug or a section title in any case, or part of one
// ("limit"). No name lists the topics; a name that several topics match
// equally well lists those; a name nothing matches gets "I don't have a
// topic called that" and the list of topics.
func (a *Answerer) Topic(name string) knowledge.Reply {
	if normalName(name) == "" {
		return a.Topics()
	}
	s, candidates := a.topics().find(name)
	switch {
	case s != nil:
		return knowledge.Reply{Kind: knowledge.KindTopic, Topic: s, Disclaimer: a.k.Disclaimer}
	case len(candidates) > 0:
		r := a.Topics()
		r.Topics = candidates
		r.Lead = fmt.Sprintf("More than one topic matches %q. Which one did you mean?", strings.TrimSpace(name))
		return r
	}
	r := a.abstain(knowledge.ReasonOutOfScope)
	r.Lead = "I don't have a topic called that."
	return r
}
