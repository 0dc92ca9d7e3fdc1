-- The first schema of backpainbot's PostgreSQL store.

-- One row per Discord server that has settings; NULL and '' mean "the
-- bot's default", as the zero values of store.Settings do.
CREATE TABLE guild_settings (
	guild            text PRIMARY KEY,
	channels         text[] NOT NULL DEFAULT '{}',
	private          boolean,
	cooldown         interval,
	emergency_number text NOT NULL DEFAULT '',
	crisis_line      text NOT NULL DEFAULT '',
	alert_channel    text NOT NULL DEFAULT '',
	updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Servers the bot was removed from (GUILD_DELETE), purged after a grace
-- period unless the bot comes back.
CREATE TABLE removed_guilds (
	guild      text PRIMARY KEY,
	removed_at timestamptz NOT NULL
);

-- Short-lived state: unlogged (see the package documentation), swept by
-- expiry.
CREATE UNLOGGED TABLE claims (
	key        text PRIMARY KEY,
	expires_at timestamptz NOT NULL
);
CREATE INDEX claims_expires_at ON claims (expires_at);

CREATE UNLOGGED TABLE short_values (
	key        text PRIMARY KEY,
	value      bytea NOT NULL,
	expires_at timestamptz NOT NULL
);
CREATE INDEX short_values_expires_at ON short_values (expires_at);
