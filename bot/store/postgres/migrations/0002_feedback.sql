-- What the bot learns from its servers (issue 12): votes, the opt-in log
-- of unanswered questions, daily counts by kind, and the salt of member
-- hashes. Unlike claims and short values these must survive a crash of
-- PostgreSQL itself, so every table here is an ordinary, logged one.

-- The two log settings; NULL means the bot's default, as for private and
-- cooldown.
ALTER TABLE guild_settings
	ADD COLUMN log_unanswered boolean,
	ADD COLUMN log_retention  interval;

-- One vote per member per reply: a second click replaces the first.
CREATE TABLE votes (
	guild     text NOT NULL,
	reply     text NOT NULL,
	user_hash text NOT NULL,
	passage   text NOT NULL,
	helpful   boolean NOT NULL,
	voted_at  timestamptz NOT NULL,
	PRIMARY KEY (guild, reply, user_hash)
);
CREATE INDEX votes_voted_at ON votes (voted_at);           -- the report: every server since a date
CREATE INDEX votes_guild_user ON votes (guild, user_hash); -- /forget

-- Questions the bot could not answer, kept until expires_at and purged by
-- a background job. id orders questions asked at the same instant.
CREATE TABLE unanswered (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	guild      text NOT NULL,
	user_hash  text NOT NULL,
	question   text NOT NULL,
	runners_up text[] NOT NULL DEFAULT '{}',
	asked_at   timestamptz NOT NULL,
	expires_at timestamptz NOT NULL
);
CREATE INDEX unanswered_guild_asked_at ON unanswered (guild, asked_at);
CREATE INDEX unanswered_asked_at ON unanswered (asked_at);
CREATE INDEX unanswered_expires_at ON unanswered (expires_at);
CREATE INDEX unanswered_guild_user ON unanswered (guild, user_hash);

-- Answers by UTC day, server ('' for direct messages) and kind.
CREATE TABLE answer_counts (
	day   date NOT NULL,
	guild text NOT NULL,
	kind  text NOT NULL,
	n     bigint NOT NULL,
	PRIMARY KEY (day, guild, kind)
);

-- The installation's salt: one row, made by the first instance to need it.
CREATE TABLE install_salt (
	only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
	salt     bytea NOT NULL CHECK (length(salt) = 32)
);
