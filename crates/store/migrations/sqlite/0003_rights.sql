-- Issue 3, her rights (SQLite). Kept in step with ../postgres/0003_rights.sql.
-- Forward-only: the added column is nullable, so rows written before stay valid.

-- Set when she was erased: the row stays as a tombstone (her id, which the audit log keeps
-- referring to, a fresh random code, her open memberships) and nothing that identifies her.
ALTER TABLE members ADD COLUMN erased_at INTEGER;

-- "This is wrong about me": what is wrong, and the note it was closed with, are sealed under
-- her data key (so erasing her erases them). Status moves open -> done | declined, once.
CREATE TABLE correction_requests (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    text_ct   BLOB NOT NULL,
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'declined')),
    raised_at INTEGER NOT NULL,
    raised_by INTEGER REFERENCES accounts (id),
    closed_at INTEGER,
    closed_by INTEGER REFERENCES accounts (id),
    note_ct   BLOB,
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX correction_requests_by_member ON correction_requests (member_id, id);
CREATE INDEX correction_requests_open ON correction_requests (status, id);

-- A grievance to the deployment's grievance officer (DPDP Act): her text and the answer are
-- sealed under her data key; due_on (raised + 90 days, 'YYYY-MM-DD') is what the officer
-- is held to.
CREATE TABLE grievances (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    text_ct     BLOB NOT NULL,
    raised_at   INTEGER NOT NULL,
    raised_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    answer_ct   BLOB,
    answered_at INTEGER,
    answered_by INTEGER REFERENCES accounts (id),
    CHECK ((answer_ct IS NULL) = (answered_at IS NULL))
);
CREATE INDEX grievances_by_member ON grievances (member_id, id);
CREATE INDEX grievances_open ON grievances (answered_at, due_on);
