-- Issue 9, slice C (SQLite): consent confirmed by her; phone changes confirmed by her leader.
-- Kept in step with ../postgres/0009_consent_confirmation.sql. Forward-only.

-- A grant recorded by anyone but her is 'pending' until she confirms it in the app (or, for a
-- member without an account, a second office holder of her collective does, with a witness),
-- and 'refused' if she refuses it. Only 'granted' rows are current consents.
--
-- Grants recorded before this upgrade stay as they were: 'granted' (the default), because a
-- migration cannot ask her, and closing them silently would stop case support she may rely
-- on. She is still told of them: told_at stays NULL for every grant someone else recorded,
-- so her home page names them at her next sign-in and she can withdraw them at once.
ALTER TABLE consents ADD COLUMN state TEXT NOT NULL DEFAULT 'granted';
-- Who confirmed or refused a pending grant, and when.
ALTER TABLE consents ADD COLUMN decided_at INTEGER;
ALTER TABLE consents ADD COLUMN decided_by INTEGER REFERENCES accounts (id);
-- The witness of a second office holder's confirmation: sealed under her data key, like witness_ct.
ALTER TABLE consents ADD COLUMN decided_witness_ct BLOB;
-- When she was shown this record (NULL: not yet; the notice on her home page counts these).
ALTER TABLE consents ADD COLUMN told_at INTEGER;
UPDATE consents SET told_at = granted_at
 WHERE granted_by IN (SELECT a.id FROM accounts a WHERE a.member_id = consents.member_id);

-- Her request to change her phone, until her collective's leader confirms it. The new number
-- is sealed under her data key and dropped once the request is decided; no blind index is
-- kept here, so a pending request never makes a number "taken".
CREATE TABLE phone_changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    requested_at INTEGER NOT NULL,
    requested_by INTEGER NOT NULL REFERENCES accounts (id),
    phone_ct     BLOB,
    state        TEXT NOT NULL DEFAULT 'pending',
    decided_at   INTEGER,
    decided_by   INTEGER REFERENCES accounts (id)
);
CREATE UNIQUE INDEX phone_changes_one_pending ON phone_changes (member_id) WHERE state = 'pending';
CREATE INDEX phone_changes_by_requester ON phone_changes (requested_by, requested_at);
