// Package bot is backpainbot's answering policy and its transports.
//
// A question enters through a transport (the terminal, a Discord slash
// command, mention or DM, an HTTP interaction), goes through one function,
// Answerer.Answer (safety check, search, the decision to answer or
// abstain), and comes out as one knowledge.Reply. Render is the only code
// that turns a Reply into text, and it always appends the disclaimer.
//
// Between messages, Sessions applies the same policy for every transport:
// the per-member cooldown, duplicate events, the previous message's
// context and the same-passage rule. Its state is a session.State, in the
// store that several instances share.
//
// The package does not import the search engine: it declares the small
// Searcher interface it needs, which package index satisfies. Only the
// Discord files import discordgo.
package bot
