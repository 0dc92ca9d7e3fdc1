package discord

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Autocomplete limits (Discord's).
const (
	maxChoices     = 25
	maxChoiceName  = 100
	maxChoiceValue = 100
	// minWordPrefix is the shortest typed word matched against passage
	// text: one or two letters match nearly every passage.
	minWordPrefix = 3
)

// topicIndex answers /topic autocomplete from memory. It is built once
// and read-only afterwards, so it is safe for concurrent use.
type topicIndex struct {
	k      *knowledge.Knowledge // what it was made of
	topics []topicEntry
}

type topicEntry struct {
	slug, title string // lower case, for matching
	choice      *discordgo.ApplicationCommandOptionChoice
	// titleWords and textWords are the distinct lower-case words of the
	// section's passage titles and of its summary and passage text.
	titleWords, textWords []string
}

func newTopicIndex(k *knowledge.Knowledge) *topicIndex {
	ix := &topicIndex{k: k}
	for _, s := range k.Sections() {
		if utf8.RuneCountInString(s.Slug) > maxChoiceValue {
			continue // Discord would refuse the whole autocomplete reply
		}
		e := topicEntry{
			slug:   strings.ToLower(s.Slug),
			title:  strings.ToLower(s.Title),
			choice: &discordgo.ApplicationCommandOptionChoice{Name: clip(s.Title, maxChoiceName), Value: s.Slug},
		}
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

// Choices returns up to 25 topics for what the user has typed so far,
// best first: topics whose slug or title starts with it, then those that
// contain it, then those with a passage title and then a passage text
// holding a word that starts with one of the typed words (so "posture"
// suggests Complementary Approaches). Nothing typed lists every topic.
func (ix *topicIndex) Choices(typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(strings.Join(strings.Fields(typed), " "))
	const (
		rankPrefix = iota
		rankContains
		rankPassageTitle
		rankPassageText
		rankNone
	)
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
	var buckets [rankNone][]*discordgo.ApplicationCommandOptionChoice
	for i := range ix.topics {
		if r := rank(&ix.topics[i]); r < rankNone {
			buckets[r] = append(buckets[r], ix.topics[i].choice)
		}
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, b := range buckets {
		for _, c := range b {
			if len(out) == maxChoices {
				return out
			}
			out = append(out, c)
		}
	}
	return out
}

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

// clip cuts s to n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
