// Package bot is backpainbot's answering policy and its transports.
//
// A question enters through a transport (the terminal, a Discord slash
// command, mention or DM, an HTTP interaction), goes through one function,
// Answerer.Answer (safety check, search, the decision to answer or
// abstain), and comes out as one knowledge.Reply. Render is the only code
// that turns a Reply into text, and it always appends the disclaimer.
//
// The package does not import the search engine: it declares the small
// Searcher interface it needs, which package index satisfies. Only the
// Discord files import discordgo.
package bot
