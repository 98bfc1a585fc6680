-- Issue 5, casework (SQLite). Kept in step with ../postgres/0006_cases.sql.
-- Forward-only: 0001-0005 are never edited; this only adds tables.
--
-- What is in the clear is what the workflow, the due-date lists and the federation's figures
-- need without opening anyone's key: kinds, catalogue items, states, dates, registry
-- institutions and districts. Everything she or a leader writes in words (details, notes,
-- summaries, court names, reasons, file names, file bytes) is sealed under HER data key, so
-- erasing her key erases it; a column ending in _ct is such a ciphertext.

-- One case of hers. entitlement / document / forum: the catalogue item of its kind (one at
-- most is set). state_since: when it entered its current state. filed_on / decided_on: the
-- first entry into the workflow's filed state and then into a decided state (figures).
CREATE TABLE cases (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id         INTEGER NOT NULL REFERENCES members (id),
    collective_id     INTEGER NOT NULL REFERENCES collectives (id),
    kind              TEXT NOT NULL CHECK (kind IN ('entitlement', 'compensation', 'legal', 'document_recovery')),
    entitlement       TEXT,
    document          TEXT,
    forum             TEXT,
    state             TEXT NOT NULL,
    opened_on         TEXT NOT NULL,
    state_since       TEXT NOT NULL,
    filed_on          TEXT,
    decided_on        TEXT,
    authority_id      INTEGER REFERENCES institutions (id),
    authority_name_ct BLOB,
    district_code     TEXT REFERENCES districts (code),
    details_ct        BLOB NOT NULL,
    created_by        INTEGER REFERENCES accounts (id),
    created_at        INTEGER NOT NULL,
    CHECK (authority_id IS NULL OR authority_name_ct IS NULL)
);
CREATE INDEX cases_by_member ON cases (member_id, id);
CREATE INDEX cases_by_collective ON cases (collective_id, state);
CREATE INDEX cases_by_state ON cases (state, kind);

-- Every state a case entered, in order: the first row (from_state NULL) is its opening.
CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    note_ct     BLOB,
    recorded_by INTEGER REFERENCES accounts (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);

-- Hearings of a legal case: when, which court (sealed), the next date, a note (sealed).
CREATE TABLE case_hearings (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    held_on     TEXT NOT NULL,
    court_ct    BLOB,
    next_on     TEXT,
    note_ct     BLOB,
    recorded_by INTEGER REFERENCES accounts (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX case_hearings_by_case ON case_hearings (case_id, held_on, id);
CREATE INDEX case_hearings_by_next ON case_hearings (next_on);

-- A deadline moved for one case, with its reason (sealed). The newest row of a rule counts.
CREATE TABLE case_deadline_overrides (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    rule        TEXT NOT NULL,
    due         TEXT NOT NULL,
    reason_ct   BLOB NOT NULL,
    recorded_by INTEGER REFERENCES accounts (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX case_deadline_overrides_by_case ON case_deadline_overrides (case_id, rule, id);

-- Letters, applications, emails, visits, calls and RTI requests to or from an authority.
CREATE TABLE case_correspondence (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date           TEXT NOT NULL,
    direction         TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    medium            TEXT NOT NULL,
    authority_id      INTEGER REFERENCES institutions (id),
    authority_name_ct BLOB,
    summary_ct        BLOB NOT NULL,
    recorded_by       INTEGER REFERENCES accounts (id),
    recorded_at       INTEGER NOT NULL
);
CREATE INDEX case_correspondence_by_case ON case_correspondence (case_id, on_date, id);

-- Scans and photos of a letter, sealed whole under her key. token: 128 random bits in hex,
-- the only handle a page ever shows (ids would let anyone count or guess them).
CREATE TABLE case_attachments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    token             TEXT NOT NULL CONSTRAINT case_attachments_token_unique UNIQUE,
    correspondence_id INTEGER NOT NULL REFERENCES case_correspondence (id) ON DELETE CASCADE,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    member_id         INTEGER NOT NULL REFERENCES members (id),
    media_type        TEXT NOT NULL,
    size              INTEGER NOT NULL,
    file_name_ct      BLOB NOT NULL,
    bytes_ct          BLOB NOT NULL,
    recorded_at       INTEGER NOT NULL
);
CREATE INDEX case_attachments_by_correspondence ON case_attachments (correspondence_id, id);
CREATE INDEX case_attachments_by_case ON case_attachments (case_id);

-- A compensation claim's amounts (claimed, interim, awarded, received) sealed under the
-- deployment subkey "case-figures", so the federation's figures need no member's key. Gone
-- with her case when she is erased.
CREATE TABLE case_figures (
    case_id    INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    figures_ct BLOB NOT NULL
);

-- A collective's reminder text (NULL: the default in her language) and channels.
CREATE TABLE reminder_settings (
    collective_id INTEGER PRIMARY KEY REFERENCES collectives (id),
    message       TEXT,
    sms           INTEGER NOT NULL DEFAULT 0,
    email         INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
);

-- In-app reminders: discreet text only (never a case detail). dedupe makes "one a day" hold
-- even when two runners race.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    text       TEXT NOT NULL,
    dedupe     TEXT NOT NULL,
    read_at    INTEGER,
    CONSTRAINT notifications_dedupe_unique UNIQUE (account_id, dedupe)
);
CREATE INDEX notifications_by_account ON notifications (account_id, id);
