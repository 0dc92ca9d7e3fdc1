// Package discord is backpainbot's Discord gateway transport.
//
// It turns Discord events (slash commands, autocomplete, button clicks,
// mentions of the bot and DMs) into questions for a bot.Answerer, and the
// bot.Message that bot.Render makes of each reply into Discord payloads.
// It composes no reply text of its own: even cooldown notices come from
// Answerer.Notice and bot.Render, so every message carries the disclaimer.
//
// The package has three layers, each testable on its own:
//
//   - pure conversions from values to discordgo values: Embed, Components,
//     InteractionResponse, UpdateResponse, MessageSend, Commands, InviteURL;
//   - Handler, which decides what to send for one event and returns it as a
//     Response value. It sends nothing, so an HTTP interactions endpoint
//     can use it too. What holds between events (the per-user cooldown,
//     duplicate events, each user's previous question, the per-channel
//     "same passage" window) is bot.Sessions' to decide, in a state that
//     instances share through the store; the handler translates;
//   - Bot, which owns the gateway sessions (one per shard), sends the
//     Responses within Discord's three-second window (deferring when an
//     answer is slow), waits out rate limits within each call's deadline
//     and shuts down gracefully. RegisterCommands and ApplicationID do the
//     REST-only chores without a gateway connection.
//
// What members tell the bot about its answers (the vote buttons under an
// answer, /forget, and /stats for admins) is answered here and recorded by
// a feedback.Recorder, under that package's privacy rules; every answer is
// recorded once it has been sent (Handler.Sent), in either mode.
//
// The tests drive the real Bot through an in-process fake Discord
// (bot/internal/fakediscord: REST plus a gorilla/websocket gateway) and check
// every payload against Discord's OpenAPI spec when shared/ has it.
//
// Import rule: this is the only package, besides tests, that imports
// discordgo. It depends on bot and knowledge, never the other way round.
//
// The bot asks only for the Guilds, GuildMessages and DirectMessages
// intents (4609). It does not need the privileged MESSAGE_CONTENT intent:
// Discord still delivers the content of messages that mention the bot and
// of DMs. Every message it sends has empty allowed mentions, so it never
// pings anyone, whatever a question contains.
package discord
