-- Dhruva's first schema (SQLite). Kept in step with ../postgres/0001_initial.sql.
-- Ids and flags are INTEGER, timestamps unix seconds, dates TEXT 'YYYY-MM-DD'.
-- Personal values exist here only as ciphertext (BLOB) or as a keyed blind index.
-- AUTOINCREMENT: an erased member's id must never be given to someone else, because the
-- audit log keeps referring to it.

CREATE TABLE federation (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
);

CREATE TABLE states (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE districts (
    code       TEXT PRIMARY KEY,
    state_code TEXT NOT NULL REFERENCES states (code),
    name       TEXT NOT NULL,
    bundled    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX districts_by_state ON districts (state_code, name);

CREATE TABLE partners (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL CONSTRAINT partners_name_unique UNIQUE,
    district_code TEXT REFERENCES districts (code),
    created_at    INTEGER NOT NULL
);

CREATE TABLE collectives (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL CONSTRAINT collectives_name_unique UNIQUE,
    kind          TEXT NOT NULL,
    stage         TEXT NOT NULL,
    district_code TEXT NOT NULL REFERENCES districts (code),
    founded_on    TEXT,
    created_at    INTEGER NOT NULL
);

CREATE TABLE collective_partners (
    collective_id INTEGER NOT NULL REFERENCES collectives (id) ON DELETE CASCADE,
    partner_id    INTEGER NOT NULL REFERENCES partners (id),
    PRIMARY KEY (collective_id, partner_id)
);
CREATE INDEX collective_partners_by_partner ON collective_partners (partner_id);

CREATE TABLE members (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    code          TEXT NOT NULL CONSTRAINT members_code_unique UNIQUE,
    languages     TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    name_ct       BLOB NOT NULL,
    phone_ct      BLOB,
    birth_year_ct BLOB,
    notes_ct      BLOB,
    phone_bidx    TEXT CONSTRAINT members_phone_bidx_unique UNIQUE
);

-- Her data key, wrapped. Deleting this row erases her: every ciphertext becomes noise.
CREATE TABLE member_keys (
    member_id   INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    wrapped_key BLOB NOT NULL
);

CREATE TABLE memberships (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    collective_id INTEGER NOT NULL REFERENCES collectives (id),
    since         TEXT NOT NULL,
    until         TEXT,
    office        TEXT,
    CHECK (until IS NULL OR until > since)
);
CREATE UNIQUE INDEX memberships_one_open ON memberships (member_id, collective_id) WHERE until IS NULL;
CREATE INDEX memberships_by_collective ON memberships (collective_id, member_id);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL CONSTRAINT accounts_username_unique UNIQUE,
    member_id     INTEGER CONSTRAINT accounts_member_id_unique UNIQUE REFERENCES members (id),
    password_hash TEXT NOT NULL,
    language      TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);

CREATE TABLE grants (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role          TEXT NOT NULL,
    collective_id INTEGER REFERENCES collectives (id),
    partner_id    INTEGER REFERENCES partners (id)
);
-- NULLs are distinct in a plain unique index; the same grant twice must not be.
CREATE UNIQUE INDEX grants_unique ON grants (account_id, role, COALESCE(collective_id, 0), COALESCE(partner_id, 0));

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL,
    method       TEXT NOT NULL,
    granted_at   INTEGER NOT NULL,
    granted_by   INTEGER REFERENCES accounts (id),
    withdrawn_at INTEGER,
    withdrawn_by INTEGER REFERENCES accounts (id)
);
CREATE UNIQUE INDEX consents_one_current ON consents (member_id, purpose) WHERE withdrawn_at IS NULL;

-- Secrets are stored only as SHA-256: a copy of the database cannot log anyone in.
CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    token_hash TEXT NOT NULL CONSTRAINT api_tokens_token_hash_unique UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id  TEXT NOT NULL CONSTRAINT sessions_public_id_unique UNIQUE,
    token_hash TEXT NOT NULL CONSTRAINT sessions_token_hash_unique UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- The audit log has no foreign keys: it outlives the rows it mentions.
CREATE TABLE audit_log (
    seq                INTEGER PRIMARY KEY,
    at                 INTEGER NOT NULL,
    account_id         INTEGER,
    role               TEXT,
    channel            TEXT NOT NULL,
    action             TEXT NOT NULL,
    purpose            TEXT,
    subject_member     INTEGER,
    subject_collective INTEGER,
    subject_account    INTEGER,
    detail             TEXT,
    prev_hash          TEXT NOT NULL,
    hash               TEXT NOT NULL
);
CREATE INDEX audit_log_by_member ON audit_log (subject_member, seq);
CREATE INDEX audit_log_by_account ON audit_log (subject_account, seq);

-- One row: the last seq and hash. Every audited transaction updates it first, which
-- serialises appends and lets verification notice rows cut off the end.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only through the application. (Someone with the database file can drop these;
-- the hash chain is what catches that.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
