-- Dhruva's first schema (PostgreSQL). Kept in step with ../sqlite/0001_initial.sql.
-- Ids and flags are BIGINT, timestamps unix seconds, dates TEXT 'YYYY-MM-DD' (COLLATE "C"
-- so they compare as written). Personal values exist here only as ciphertext (BYTEA) or as
-- a keyed blind index. Identity ids are never reused: the audit log keeps referring to them.

CREATE TABLE federation (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
);

CREATE TABLE states (
    code TEXT COLLATE "C" PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE districts (
    code       TEXT COLLATE "C" PRIMARY KEY,
    state_code TEXT COLLATE "C" NOT NULL REFERENCES states (code),
    name       TEXT NOT NULL,
    bundled    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX districts_by_state ON districts (state_code, name);

CREATE TABLE partners (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT NOT NULL CONSTRAINT partners_name_unique UNIQUE,
    district_code TEXT COLLATE "C" REFERENCES districts (code),
    created_at    BIGINT NOT NULL
);

CREATE TABLE collectives (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT NOT NULL CONSTRAINT collectives_name_unique UNIQUE,
    kind          TEXT NOT NULL,
    stage         TEXT NOT NULL,
    district_code TEXT COLLATE "C" NOT NULL REFERENCES districts (code),
    founded_on    TEXT COLLATE "C",
    created_at    BIGINT NOT NULL
);

CREATE TABLE collective_partners (
    collective_id BIGINT NOT NULL REFERENCES collectives (id) ON DELETE CASCADE,
    partner_id    BIGINT NOT NULL REFERENCES partners (id),
    PRIMARY KEY (collective_id, partner_id)
);
CREATE INDEX collective_partners_by_partner ON collective_partners (partner_id);

CREATE TABLE members (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          TEXT COLLATE "C" NOT NULL CONSTRAINT members_code_unique UNIQUE,
    languages     TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    name_ct       BYTEA NOT NULL,
    phone_ct      BYTEA,
    birth_year_ct BYTEA,
    notes_ct      BYTEA,
    phone_bidx    TEXT COLLATE "C" CONSTRAINT members_phone_bidx_unique UNIQUE
);

-- Her data key, wrapped. Deleting this row erases her: every ciphertext becomes noise.
CREATE TABLE member_keys (
    member_id   BIGINT PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    wrapped_key BYTEA NOT NULL
);

CREATE TABLE memberships (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    collective_id BIGINT NOT NULL REFERENCES collectives (id),
    since         TEXT COLLATE "C" NOT NULL,
    until         TEXT COLLATE "C",
    office        TEXT,
    CHECK (until IS NULL OR until > since)
);
CREATE UNIQUE INDEX memberships_one_open ON memberships (member_id, collective_id) WHERE until IS NULL;
CREATE INDEX memberships_by_collective ON memberships (collective_id, member_id);

CREATE TABLE accounts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT COLLATE "C" NOT NULL CONSTRAINT accounts_username_unique UNIQUE,
    member_id     BIGINT CONSTRAINT accounts_member_id_unique UNIQUE REFERENCES members (id),
    password_hash TEXT NOT NULL,
    language      TEXT NOT NULL,
    disabled      BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL
);

CREATE TABLE grants (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role          TEXT NOT NULL,
    collective_id BIGINT REFERENCES collectives (id),
    partner_id    BIGINT REFERENCES partners (id)
);
-- NULLs are distinct in a plain unique index; the same grant twice must not be.
CREATE UNIQUE INDEX grants_unique ON grants (account_id, role, COALESCE(collective_id, 0), COALESCE(partner_id, 0));

CREATE TABLE consents (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL,
    method       TEXT NOT NULL,
    granted_at   BIGINT NOT NULL,
    granted_by   BIGINT REFERENCES accounts (id),
    withdrawn_at BIGINT,
    withdrawn_by BIGINT REFERENCES accounts (id)
);
CREATE UNIQUE INDEX consents_one_current ON consents (member_id, purpose) WHERE withdrawn_at IS NULL;

-- Secrets are stored only as SHA-256: a copy of the database cannot log anyone in.
CREATE TABLE api_tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    token_hash TEXT COLLATE "C" NOT NULL CONSTRAINT api_tokens_token_hash_unique UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TABLE sessions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id  TEXT COLLATE "C" NOT NULL CONSTRAINT sessions_public_id_unique UNIQUE,
    token_hash TEXT COLLATE "C" NOT NULL CONSTRAINT sessions_token_hash_unique UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen  BIGINT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- The audit log has no foreign keys: it outlives the rows it mentions.
CREATE TABLE audit_log (
    seq                BIGINT PRIMARY KEY,
    at                 BIGINT NOT NULL,
    account_id         BIGINT,
    role               TEXT,
    channel            TEXT NOT NULL,
    action             TEXT NOT NULL,
    purpose            TEXT,
    subject_member     BIGINT,
    subject_collective BIGINT,
    subject_account    BIGINT,
    detail             TEXT,
    prev_hash          TEXT NOT NULL,
    hash               TEXT NOT NULL
);
CREATE INDEX audit_log_by_member ON audit_log (subject_member, seq);
CREATE INDEX audit_log_by_account ON audit_log (subject_account, seq);

-- One row: the last seq and hash. Every audited transaction updates it first, which
-- serialises appends (the row lock) and lets verification notice rows cut off the end.
CREATE TABLE audit_head (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only through the application. (A superuser can disable this; the hash chain is
-- what catches that.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
