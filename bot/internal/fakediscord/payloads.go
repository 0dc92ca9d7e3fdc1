package fakediscord

import (
	"encoding/json"
	"strings"
	"testing"
)

// User is a Discord user object.
func User(id string) map[string]any {
	return map[string]any{"id": id, "username": "user" + id, "discriminator": "0", "global_name": "User " + id}
}

// Guild is an available guild object, as in GUILD_CREATE.
func Guild(id string) map[string]any {
	return map[string]any{"id": id, "name": "server " + id, "unavailable": false,
		"channels": []any{}, "threads": []any{}, "members": []any{}, "roles": []any{}}
}

// Interaction builds an INTERACTION_CREATE payload in a guild (or a DM
// when guild is ""), from a member who may manage that guild.
func Interaction(id, userID, guild, channel string, typ int, data map[string]any) map[string]any {
	d := map[string]any{
		"id": id, "application_id": "222", "type": typ, "token": "tok-" + id, "version": 1,
		"channel_id": channel, "data": data, "locale": "en-US",
		"app_permissions": "274877991936",
	}
	if guild != "" {
		d["guild_id"] = guild
		d["member"] = map[string]any{"user": User(userID), "roles": []any{}, "permissions": "2248473465835073"}
		d["context"] = 0
	} else {
		d["user"] = User(userID)
		d["context"] = 1
	}
	return d
}

// Slash builds a slash command interaction in guild 400 with string
// options, given as name, value pairs.
func Slash(id, userID, channel, name string, opts ...string) map[string]any {
	var o []any
	for k := 0; k+1 < len(opts); k += 2 {
		o = append(o, map[string]any{"type": 3, "name": opts[k], "value": opts[k+1]})
	}
	return Interaction(id, userID, "400", channel, 2, map[string]any{"id": "600", "name": name, "type": 1, "options": o})
}

// Message builds a MESSAGE_CREATE payload; guild "" is a DM.
func Message(id, authorID, guild, channel, content string, mentions ...string) map[string]any {
	var ms []any
	for _, m := range mentions {
		ms = append(ms, User(m))
	}
	if ms == nil {
		ms = []any{}
	}
	d := map[string]any{
		"id": id, "channel_id": channel, "author": User(authorID), "content": content,
		"timestamp": "2025-01-01T00:00:00.000000+00:00", "tts": false, "mention_everyone": strings.Contains(content, "@everyone"),
		"mentions": ms, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{}, "pinned": false, "type": 0,
	}
	if guild != "" {
		d["guild_id"] = guild
	}
	return d
}

// The shapes of recorded bodies, decoded for assertions.

// CallbackBody is an interaction callback.
type CallbackBody struct {
	Type int          `json:"type"`
	Data *MessageBody `json:"data"`
	Raw  []byte       `json:"-"`
}

// MessageBody is a message the bot sent, or a callback's data.
type MessageBody struct {
	Content         string           `json:"content"`
	Embeds          []EmbedBody      `json:"embeds"`
	Components      []ComponentBody  `json:"components"`
	Flags           int              `json:"flags"`
	AllowedMentions *json.RawMessage `json:"allowed_mentions"`
	Reference       *struct {
		MessageID       string `json:"message_id"`
		ChannelID       string `json:"channel_id"`
		GuildID         string `json:"guild_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	} `json:"message_reference"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
	Raw []byte `json:"-"`
}

// EmbedBody is one embed of a message.
type EmbedBody struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Color       int    `json:"color"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

// ComponentBody is one action row of a message.
type ComponentBody struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int    `json:"type"`
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
	} `json:"components"`
}

// Strings returns every string in a JSON body, such as a reply's content,
// embed texts and button labels, for tests that look for text wherever
// the bot put it; it fails the test if body is not JSON.
func Strings(t testing.TB, body []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("not JSON: %v\n%.500s", err, body)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}
