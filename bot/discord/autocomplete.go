package discord

import (
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Autocomplete limits (Discord's).
const (
	maxChoices     = 25
	maxChoiceName  = 100
	maxChoiceValue = 100
)

// topicChoices turns the topics that match what a member typed (best
// first: bot.Answerer.TopicChoices, which also reads the name /topic gets)
// into autocomplete choices: at most 25, titles clipped to Discord's limit,
// and no topic whose slug is too long to be a choice (Discord would refuse
// the whole reply).
func topicChoices(topics []*knowledge.Section) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, s := range topics {
		if len(out) == maxChoices {
			break
		}
		if utf8.RuneCountInString(s.Slug) > maxChoiceValue {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: clip(s.Title, maxChoiceName), Value: s.Slug})
	}
	return out
}

// clip cuts s to n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
