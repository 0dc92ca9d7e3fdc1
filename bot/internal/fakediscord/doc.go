// Package fakediscord is an in-process Discord for tests: the REST API
// under /api/v9 and a gateway at /gw/, on an httptest server. Only tests
// import it.
//
// What it fakes, enough for discordgo and for the bot's own REST calls:
//
//   - the gateway: HELLO, IDENTIFY → READY (listing the servers SetGuilds
//     names that belong to the identifying shard, as Discord does:
//     unavailable, each followed by a GUILD_CREATE), heartbeat ACKs (which
//     a test can stop), RESUME → the missed events replayed and RESUMED,
//     sharding (/gateway/bot recommends Shards), abrupt drops;
//   - REST: /gateway, /gateway/bot, the application, command registration,
//     interaction callbacks, the original response and follow-ups of an
//     interaction, posting a message in a channel; 429s with Retry-After on
//     demand (RateLimit), 403 Missing Permissions for embeds where a test
//     says so (DenyEmbeds), and requests held until a test releases them
//     (Hold);
//   - payload builders for the events tests send (Interaction, Slash,
//     Message, User, Guild), and decoders of what the bot sent
//     (CallbackBody, MessageBody, Strings).
//
// Every REST request is recorded, with its body, status and time; with
// Validate on (the default) each body the bot sends is checked against
// Discord's OpenAPI description when ../shared/reference has it, and a
// violation fails the test.
//
// What it does not fake: permissions (every request with any token
// succeeds), real rate-limit buckets, message content or history (a
// posted message gets a fresh id and nothing else), the gateway's
// compression and zombie detection, voice, and any route not listed
// above (404).
//
// Import rule: the standard library, gorilla/websocket and the JSON-Schema
// validator; nothing of backpainbot's, so any package's tests can use it
// without an import cycle.
package fakediscord
