-- Issue 10, finding 3 (SQLite). Kept in step with ../postgres/0011_case_undo.sql.
-- Forward-only: one new column; no row changes.

-- The short undo of her own case move. Undoing never deletes or edits the move: it is a new,
-- dated event (from the move's state back to where the case was) whose `undoes` names the
-- move's event. The deadlines are read from the history without the undone move and its undo,
-- so they come back as they were. NULL for every other event.
ALTER TABLE case_events ADD COLUMN undoes INTEGER;
CREATE UNIQUE INDEX case_events_undone_once ON case_events (undoes) WHERE undoes IS NOT NULL;
