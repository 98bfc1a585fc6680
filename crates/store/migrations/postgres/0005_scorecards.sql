-- Issue 4, citizen score cards (PostgreSQL). Kept in step with ../sqlite/0005_scorecards.sql.
-- Forward-only: 0001-0004 are never edited; this only adds tables.

-- The duty bearers survivors rate. name_key is the name folded (trimmed, spaces collapsed,
-- lower case) so "Canning PS" and " canning  ps" cannot both be registered in one district.
CREATE TABLE institutions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          TEXT COLLATE "C" NOT NULL,
    name          TEXT NOT NULL,
    name_key      TEXT COLLATE "C" NOT NULL,
    district_code TEXT COLLATE "C" NOT NULL REFERENCES districts (code),
    created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX institutions_name_key_unique ON institutions (kind, district_code, name_key);
CREATE INDEX institutions_by_district ON institutions (district_code, kind, name);

-- One community-score-card round. Status moves planned -> open -> closed -> published, once
-- each; public_slug is set (random, unguessable) only when it is published.
CREATE TABLE rounds (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organiser_id  BIGINT NOT NULL REFERENCES collectives (id),
    template      TEXT NOT NULL,
    title         TEXT NOT NULL,
    period_start  TEXT COLLATE "C" NOT NULL,
    period_end    TEXT COLLATE "C" NOT NULL,
    previous_id   BIGINT REFERENCES rounds (id),
    status        TEXT COLLATE "C" NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed', 'published')),
    public_slug   TEXT COLLATE "C" CONSTRAINT rounds_public_slug_unique UNIQUE,
    created_at    BIGINT NOT NULL,
    CHECK (period_start <= period_end),
    CHECK ((status = 'published') = (public_slug IS NOT NULL))
);
CREATE INDEX rounds_by_organiser ON rounds (organiser_id, id);
CREATE INDEX rounds_published ON rounds (status, period_end);

CREATE TABLE round_collectives (
    round_id      BIGINT NOT NULL REFERENCES rounds (id),
    collective_id BIGINT NOT NULL REFERENCES collectives (id),
    PRIMARY KEY (round_id, collective_id)
);
CREATE INDEX round_collectives_by_collective ON round_collectives (collective_id, round_id);

CREATE TABLE round_institutions (
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    PRIMARY KEY (round_id, institution_id)
);

-- Her rating of one institution in one round: her answers sealed under HER data key (so
-- erasing her key erases them), one row per (round, institution, member), replaced when she
-- changes it. The row shows that she took part, never how she rated.
CREATE TABLE ratings (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    member_id      BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    collective_id  BIGINT NOT NULL REFERENCES collectives (id),
    answers_ct     BYTEA NOT NULL,
    rated_at       BIGINT NOT NULL,
    CONSTRAINT ratings_member_unique UNIQUE (round_id, institution_id, member_id)
);
CREATE INDEX ratings_by_member ON ratings (member_id, round_id);
CREATE INDEX ratings_by_collective ON ratings (round_id, collective_id, member_id);

-- The running tally of one institution in one round (raters per point of each indicator),
-- sealed under a deployment subkey with the round and institution as associated data.
-- Updated in the rating's own transaction; version counts the updates.
CREATE TABLE round_tallies (
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    tally_ct       BYTEA NOT NULL,
    version        BIGINT NOT NULL,
    PRIMARY KEY (round_id, institution_id)
);

-- A collective's focus-group consensus on one institution, with its reasons (a group's
-- view, not a person's: stored as it is). points is JSON [[indicator, point], ...].
CREATE TABLE focus_groups (
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    collective_id  BIGINT NOT NULL REFERENCES collectives (id),
    points         TEXT NOT NULL,
    reasons        TEXT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    PRIMARY KEY (round_id, institution_id, collective_id)
);

-- The providers' own assessment, recorded by a facilitator.
CREATE TABLE self_assessments (
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    points         TEXT NOT NULL,
    reasons        TEXT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    PRIMARY KEY (round_id, institution_id)
);

-- The interface meeting: when, how many attended by role (JSON [[role, count], ...]), notes.
CREATE TABLE round_meetings (
    round_id    BIGINT PRIMARY KEY REFERENCES rounds (id),
    held_on     TEXT COLLATE "C" NOT NULL,
    attendance  TEXT NOT NULL,
    notes       TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);

-- The action plan agreed at the meeting, and its follow-up.
CREATE TABLE round_actions (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id       BIGINT NOT NULL REFERENCES rounds (id),
    action         TEXT NOT NULL,
    institution_id BIGINT REFERENCES institutions (id),
    responsible    TEXT NOT NULL,
    due_on         TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    note           TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX round_actions_by_round ON round_actions (round_id, id);
