-- Issue 3: a keyed audit chain, and retention with an anchor (SQLite). Kept in step with
-- ../postgres/0004_audit_retention.sql. Forward-only: 0001-0003 are never edited.

-- Rows written before this migration keep chain_version 1 (plain SHA-256) and still verify.
-- The application writes chain_version 2 from now on: HMAC-SHA256 under a key derived from
-- the master key, so someone with write access to the database but not the key cannot
-- rebuild a chain that verifies.
ALTER TABLE audit_log ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 1;

-- The anchor: the seq and hash of the last row removed by retention (genesis until the
-- first prune). Verification starts right after it.
-- mac: HMAC over (seq, hash, anchor_seq, anchor_hash) under the chain key. Without the key
-- nobody can move the anchor (to hide removed rows at the start) or the head (to hide rows
-- removed from the end). NULL only until the application seals the head, straight after
-- applying this migration.
ALTER TABLE audit_head ADD COLUMN anchor_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_head ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
ALTER TABLE audit_head ADD COLUMN mac TEXT;

-- The guarded path for retention: a row may be deleted only once the anchor covers it, and
-- the pruning transaction moves the anchor (with a new mac) before deleting. Someone who
-- moves the anchor by hand can delete rows, but cannot make the mac match, so
-- `dhruva audit verify` reports it. Updates stay forbidden.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > COALESCE((SELECT anchor_seq FROM audit_head WHERE id = 1), 0)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
