package discord

import (
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// The slash commands and their options.
const (
	cmdAsk         = "ask"
	cmdTopic       = "topic"
	cmdTopics      = "topics"
	cmdHelp        = "help"
	optQuestion    = "question"
	optName        = "name"
	maxQuestionLen = 1000 // longer questions are stories; the answerer cuts them anyway
	maxTopicLen    = 100  // a topic slug or title
)

// Commands returns the slash commands the bot registers: /ask, /topic
// (with autocomplete), /topics and /help, usable in servers and in DMs
// with the bot; /settings and /stats, in servers for Manage Server only;
// and /forget, in servers for every member. Names
// and descriptions are within Discord's limits (a test checks them).
func Commands() []*discordgo.ApplicationCommand {
	minLen := 1
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	cmd := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
		return &discordgo.ApplicationCommand{
			Type:             discordgo.ChatApplicationCommand,
			Name:             name,
			Description:      desc,
			Options:          opts,
			Contexts:         &contexts,
			IntegrationTypes: &installs,
		}
	}
	return []*discordgo.ApplicationCommand{
		cmd(cmdAsk, "Ask about back pain; I quote an article with its source. Not medical advice.",
			&discordgo.ApplicationCommandOption{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        optQuestion,
				Description: "Your question, e.g. does massage help lower back pain?",
				Required:    true,
				MinLength:   &minLen,
				MaxLength:   maxQuestionLen,
			}),
		cmd(cmdTopic, "Show the summary of one topic of the article.",
			&discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         optName,
				Description:  "The topic (leave out to list them): start typing a topic or a word from the article",
				Autocomplete: true,
				MinLength:    &minLen,
				MaxLength:    maxTopicLen,
			}),
		cmd(cmdTopics, "List the topics I can tell you about."),
		cmd(cmdHelp, "What this bot is, what it is not (not medical advice) and how to ask."),
		settingsCommand(),
		forgetCommand(),
		statsCommand(),
	}
}

// Permissions is what the bot needs in a channel: see it, send messages
// (in threads too), embed its replies and read the history it replies to
// (a reply with a message reference needs Read Message History).
const Permissions int64 = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory

// InviteURL is the OAuth2 URL that adds the bot, with its slash commands
// and Permissions, to a server.
func InviteURL(appID string) string {
	v := url.Values{}
	v.Set("client_id", appID)
	v.Set("scope", "bot applications.commands")
	v.Set("permissions", strconv.FormatInt(Permissions, 10))
	return "https://discord.com/oauth2/authorize?" + v.Encode()
}
