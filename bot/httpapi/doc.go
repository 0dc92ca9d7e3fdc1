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
// replies, made by the same code, under the same rules between events.
//
// Instances share those rules through the store: an interaction answered
// by one is refused with 409 by every other (and by itself restarted), so
// a request replayed within the five minutes its signature is good for is
// not answered twice. Threads of allowed channels are allowed: the
// payload's channel object names a thread's parent.
//
// With a bot token, a crisis or emergency answer to /ask in a server with
// an alert channel is followed by a moderator alert, posted after the
// response is written, in the background: the reply never waits for it,
// and Shutdown lets the alerts in flight finish or cancels them.
//
// Import rule: it is, with bot/discord, one of the two Discord transports
// and may import discordgo (for the interaction types only: the REST calls
// HTTP mode makes, to find an earlier reply to link to and to post
// moderator alerts, are bot/discord's). It serves HTTP; ops runs the
// server.
package httpapi
