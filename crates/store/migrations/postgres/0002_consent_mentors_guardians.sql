-- Issue 3, consent and transparency (PostgreSQL). Kept in step with ../sqlite/0002_consent_mentors_guardians.sql.
-- Forward-only: added columns have defaults, so rows written before this migration stay valid.

-- Under 18: until a guardian's consent is recorded only her code, name and membership are kept.
ALTER TABLE members ADD COLUMN needs_guardian BIGINT NOT NULL DEFAULT 0;

-- The person who witnessed a consent given verbally or on paper: personal data, sealed under
-- the member's data key (so erasing her erases it), never in plaintext.
ALTER TABLE consents ADD COLUMN witness_ct BYTEA;

-- A facilitator's account assigned as her mentor: dated, ended rather than deleted.
CREATE TABLE mentor_assignments (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    mentor_account BIGINT NOT NULL REFERENCES accounts (id),
    assigned_at    BIGINT NOT NULL,
    assigned_by    BIGINT REFERENCES accounts (id),
    ended_at       BIGINT,
    ended_by       BIGINT REFERENCES accounts (id)
);
CREATE UNIQUE INDEX mentor_assignments_one_open ON mentor_assignments (member_id, mentor_account) WHERE ended_at IS NULL;
CREATE INDEX mentor_assignments_by_member ON mentor_assignments (member_id, ended_at);

-- A guardian's consent for a member under 18: who (sealed under her data key), relation and
-- how it was verified (codes), who recorded it and when; withdrawn, never deleted.
CREATE TABLE guardian_consents (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id        BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    guardian_name_ct BYTEA NOT NULL,
    relation         TEXT COLLATE "C" NOT NULL,
    verification     TEXT COLLATE "C" NOT NULL,
    recorded_at      BIGINT NOT NULL,
    recorded_by      BIGINT REFERENCES accounts (id),
    withdrawn_at     BIGINT,
    withdrawn_by     BIGINT REFERENCES accounts (id)
);
CREATE UNIQUE INDEX guardian_consents_one_current ON guardian_consents (member_id) WHERE withdrawn_at IS NULL;
