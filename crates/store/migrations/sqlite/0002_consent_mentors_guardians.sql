-- Issue 3, consent and transparency (SQLite). Kept in step with ../postgres/0002_consent_mentors_guardians.sql.
-- Forward-only: added columns have defaults, so rows written before this migration stay valid.

-- Under 18: until a guardian's consent is recorded only her code, name and membership are kept.
ALTER TABLE members ADD COLUMN needs_guardian INTEGER NOT NULL DEFAULT 0;

-- The person who witnessed a consent given verbally or on paper: personal data, sealed under
-- the member's data key (so erasing her erases it), never in plaintext.
ALTER TABLE consents ADD COLUMN witness_ct BLOB;

-- A facilitator's account assigned as her mentor: dated, ended rather than deleted.
CREATE TABLE mentor_assignments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id      INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    mentor_account INTEGER NOT NULL REFERENCES accounts (id),
    assigned_at    INTEGER NOT NULL,
    assigned_by    INTEGER REFERENCES accounts (id),
    ended_at       INTEGER,
    ended_by       INTEGER REFERENCES accounts (id)
);
CREATE UNIQUE INDEX mentor_assignments_one_open ON mentor_assignments (member_id, mentor_account) WHERE ended_at IS NULL;
CREATE INDEX mentor_assignments_by_member ON mentor_assignments (member_id, ended_at);

-- A guardian's consent for a member under 18: who (sealed under her data key), relation and
-- how it was verified (codes), who recorded it and when; withdrawn, never deleted.
CREATE TABLE guardian_consents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id        INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    guardian_name_ct BLOB NOT NULL,
    relation         TEXT NOT NULL,
    verification     TEXT NOT NULL,
    recorded_at      INTEGER NOT NULL,
    recorded_by      INTEGER REFERENCES accounts (id),
    withdrawn_at     INTEGER,
    withdrawn_by     INTEGER REFERENCES accounts (id)
);
CREATE UNIQUE INDEX guardian_consents_one_current ON guardian_consents (member_id) WHERE withdrawn_at IS NULL;
