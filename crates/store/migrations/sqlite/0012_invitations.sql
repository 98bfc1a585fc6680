-- Issue 11, accounts by invitation (SQLite). Kept in step with ../postgres/0012_invitations.sql.
-- Forward-only: one new table; no row changes.

-- A one-time activation code for an account with no usable password yet, or one that needs a
-- reset. Only a keyed hash of the code is kept (never the code). One row per account: a new
-- code replaces (voids) the previous one; redeeming deletes the row, so a code works once.
CREATE TABLE activation_codes (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL CONSTRAINT activation_codes_hash_unique UNIQUE,
    issued_at  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
