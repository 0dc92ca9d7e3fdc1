package discord

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Embed colours. Colour is a bonus, not the signal: urgent and crisis
// wording is in the title and description too (SAFETY.md §5).
const (
	colourAnswer = 0x3B82F6 // blue
	colourInfo   = 0x5865F2 // Discord blurple: topics, topic, help
	colourGrey   = 0x99AAB5 // abstain, cooldown
	colourError  = 0xE67E22 // orange
	colourUrgent = 0xED4245 // red
)

// Colour returns the embed colour for a reply kind.
func Colour(k knowledge.Kind) int {
	switch k {
	case knowledge.KindAnswer:
		return colourAnswer
	case knowledge.KindUrgent, knowledge.KindCrisis:
		return colourUrgent
	case knowledge.KindTopics, knowledge.KindTopic, knowledge.KindHelp:
		return colourInfo
	case knowledge.KindError:
		return colourError
	default:
		return colourGrey
	}
}

// Limits on message components.
const (
	buttonsPerRow = 5
	maxRows       = 5
	maxCustomID   = 100
	// passagePrefix starts a passage button's custom id. The id
	// carries everything the click needs, so buttons keep working after a
	// restart.
	passagePrefix = "passage:"
	// helpfulPrefix and notHelpfulPrefix start the custom ids of the vote
	// buttons, followed by the passage voted on; the reply voted on is
	// the message they are under.
	helpfulPrefix    = "helpful:"
	notHelpfulPrefix = "unhelpful:"
)

// noMentions is set on every message the bot sends: the parse list is an
// empty slice, not nil, because nil serialises as null and lets Discord
// apply its defaults (which ping @everyone in plain messages).
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Embed converts a rendered message to an embed: the title and the
// description (the passage verbatim, any urgent lead first, then the
// source) from bot.Render, a colour for m.Kind and the disclaimer as
// footer.
func Embed(m bot.Message) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       m.Title,
		Description: m.Description,
		Color:       Colour(m.Kind),
	}
	if m.Footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: m.Footer}
	}
	return e
}

// plain reports whether m is sent as plain content instead of an embed:
// cooldown notices are one short line with a link, which Discord renders
// best as content; bot.Render puts the disclaimer in Content too.
func plain(m bot.Message) bool {
	return m.Kind == knowledge.KindCooldown || (m.Description == "" && m.Title == "")
}

// Components converts m's buttons to rows of buttons with the labels
// bot.Render gave them: "More on: <title>" under an answer, the passage
// titles for the choices of a "Did you mean" (m.Choices). Either way the
// custom id is "passage:<id>", so a click answers with that passage.
// Under an answer that can be voted on (m.Vote), a last row holds
// "Helpful" and "Not helpful". Discord allows five buttons a row and five
// rows; a passage id too long for a custom id gets no button.
func Components(m bot.Message) []discordgo.MessageComponent {
	votes := voteRow(m.Vote)
	rowsLeft := maxRows
	if votes != nil {
		rowsLeft--
	}
	var rows []discordgo.MessageComponent
	var row discordgo.ActionsRow
	for _, b := range m.Related {
		if len(rows) == rowsLeft {
			break
		}
		id := passagePrefix + b.PassageID
		if b.PassageID == "" || utf8.RuneCountInString(id) > maxCustomID || b.Label == "" {
			continue
		}
		row.Components = append(row.Components, discordgo.Button{
			Label:    b.Label,
			Style:    discordgo.SecondaryButton,
			CustomID: id,
		})
		if len(row.Components) == buttonsPerRow {
			rows = append(rows, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 && len(rows) < rowsLeft {
		rows = append(rows, row)
	}
	if votes != nil {
		rows = append(rows, *votes)
	}
	return rows
}

// voteRow is the row of vote buttons on passage, or nil for none.
func voteRow(passage string) *discordgo.ActionsRow {
	if passage == "" || utf8.RuneCountInString(notHelpfulPrefix+passage) > maxCustomID {
		return nil
	}
	return &discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: bot.LabelHelpful, Style: discordgo.SecondaryButton, CustomID: helpfulPrefix + passage, Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
		discordgo.Button{Label: bot.LabelNotHelpful, Style: discordgo.SecondaryButton, CustomID: notHelpfulPrefix + passage, Emoji: &discordgo.ComponentEmoji{Name: "👎"}},
	}}
}

// voteOf reads a vote button's custom id: the passage voted on, and
// whether the vote is "Helpful".
func voteOf(customID string) (passage string, helpful, ok bool) {
	if id, found := strings.CutPrefix(customID, helpfulPrefix); found && id != "" {
		return id, true, true
	}
	if id, found := strings.CutPrefix(customID, notHelpfulPrefix); found && id != "" {
		return id, false, true
	}
	return "", false, false
}

// PassageID returns the passage id a button's custom id carries.
func PassageID(customID string) (string, bool) {
	id, ok := strings.CutPrefix(customID, passagePrefix)
	if !ok || id == "" {
		return "", false
	}
	return id, true
}

// responseData is m as the data of an interaction response.
func responseData(m bot.Message) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if plain(m) {
		d.Content = m.Content
	} else {
		d.Embeds = []*discordgo.MessageEmbed{Embed(m)}
		d.Components = Components(m)
	}
	if m.Private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// InteractionResponse converts m to the reply to a slash command: a new
// message (type 4), ephemeral when m is private ("I don't know",
// cooldowns, errors).
func InteractionResponse(m bot.Message) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: responseData(m),
	}
}

// UpdateResponse converts m to the reply to a button click: the message
// the button is on is replaced in place (type 7). A private m cannot
// replace a public message, so it becomes an ephemeral new message.
func UpdateResponse(m bot.Message) *discordgo.InteractionResponse {
	if m.Private {
		return InteractionResponse(m)
	}
	d := responseData(m)
	if d.Components == nil {
		// An explicit empty list removes the old buttons; null would keep them.
		d.Components = []discordgo.MessageComponent{}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: d}
}

// AutocompleteResponse is the reply to an autocomplete request (type 8).
// No choices (discordgo then omits the field) shows "no options match".
func AutocompleteResponse(choices []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

// MessageSend converts m to a channel message replying to ref (nil: not a
// reply).
func MessageSend(m bot.Message, ref *discordgo.MessageReference) *discordgo.MessageSend {
	s := &discordgo.MessageSend{AllowedMentions: noMentions(), Reference: ref}
	if plain(m) {
		s.Content = m.Content
	} else {
		s.Embeds = []*discordgo.MessageEmbed{Embed(m)}
		s.Components = Components(m)
	}
	return s
}

// PlainMessageSend is m as plain content only, for channels where the bot
// may not embed links. The content carries the disclaimer.
func PlainMessageSend(m bot.Message, ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content:         m.Content,
		AllowedMentions: noMentions(),
		Reference:       ref,
		Components:      Components(m),
	}
}

// webhookEdit converts an interaction response's data to an edit of the
// original response, used after a deferred response.
func webhookEdit(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content := d.Content
	embeds := d.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	}
}

// followup converts an interaction response's data to a follow-up message,
// used when a deferred public response turns out to be private.
func followup(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	return &discordgo.WebhookParams{
		Content:         d.Content,
		Embeds:          d.Embeds,
		Components:      d.Components,
		AllowedMentions: noMentions(),
		Flags:           d.Flags,
	}
}

// MessageLink is the URL of a message; guildID is empty in DMs.
func MessageLink(guildID, channelID, messageID string) string {
	if guildID == "" {
		guildID = "@me"
	}
	return "https://discord.com/channels/" + guildID + "/" + channelID + "/" + messageID
}
