-- Follows, announcements, the outbox of notices, per-server settings, misses and reloads.
-- @ID@ is each dialect's auto-numbered key; times are seconds since the epoch (UTC).

CREATE TABLE follows (
    user_id BIGINT NOT NULL,
    show_id TEXT NOT NULL,
    guild_id BIGINT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (user_id, show_id)
);
CREATE INDEX follows_by_show ON follows (show_id);

CREATE TABLE announcements (
    guild_id BIGINT NOT NULL,
    show_id TEXT NOT NULL,
    channel_id BIGINT NOT NULL,
    role_id BIGINT,
    created_by BIGINT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (guild_id, show_id, channel_id)
);
CREATE INDEX announcements_by_show ON announcements (show_id);

CREATE TABLE dm_closed (
    user_id BIGINT PRIMARY KEY,
    since DOUBLE PRECISION NOT NULL
);

CREATE TABLE show_facts (
    show_id TEXT PRIMARY KEY,
    facts TEXT NOT NULL,
    updated_at DOUBLE PRECISION NOT NULL
);

CREATE TABLE outbox (
    id @ID@,
    show_id TEXT NOT NULL,
    notice TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    role_id BIGINT,
    dedupe TEXT UNIQUE,
    created_at DOUBLE PRECISION NOT NULL,
    claimed_by TEXT,
    claimed_at DOUBLE PRECISION,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at DOUBLE PRECISION,
    failed TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, failed, id);

CREATE TABLE guild_settings (
    guild_id BIGINT PRIMARY KEY,
    mentions TEXT NOT NULL,
    mention_channels TEXT NOT NULL
);

CREATE TABLE misses (
    guild_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    count INTEGER NOT NULL,
    last_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (guild_id, title)
);

CREATE TABLE reloads (
    id @ID@,
    user_id BIGINT NOT NULL,
    guild_id BIGINT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX reloads_by_time ON reloads (at);
