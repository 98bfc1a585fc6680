-- Issue 11, importing a paper register of members (PostgreSQL). Kept in step with
-- ../sqlite/0015_register_import.sql. Forward-only: one new table; no row changes.

-- What an imported row without a phone number is recognised by when the same register is
-- imported again: a keyed blind index of (collective, her folded name, her year of birth),
-- never the values. A row with a phone number is recognised by the phone's own blind index on
-- `members`. Erasure deletes her row here with her other rows.
CREATE TABLE register_import_keys (
    member_id   BIGINT PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    row_key     TEXT NOT NULL CONSTRAINT register_import_keys_row_key_unique UNIQUE,
    imported_at BIGINT NOT NULL
);
