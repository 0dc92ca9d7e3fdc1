// Package httpapi is backpainbot's HTTP interactions transport: Discord
// POSTs each interaction, signed with Ed25519, to the application's
// Interactions Endpoint URL, and the reply goes back as the HTTP response
// body. No gateway connection is needed, so instances are stateless
// towards Discord and any number can run behind a load balancer.
//
// A request is checked before anything reads it: the body is capped, the
// signature over timestamp+body verified with crypto/ed25519 and the
// timestamp held to five minutes of the local clock, and only then is the
// body parsed. PING is answered here; every other interaction goes to the
// same discord.Handler the gateway bot uses, so both modes send the same
// replies, made by the same code.
//
// Import rule: it is, with bot/discord, one of the two Discord transports
// and may import discordgo (for the interaction types only: it makes no
// REST calls). It serves HTTP; ops runs the server.
package httpapi
