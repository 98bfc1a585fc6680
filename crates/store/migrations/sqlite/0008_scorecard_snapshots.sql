-- Issue 9, score card snapshots (SQLite). Kept in step with ../postgres/0008_scorecard_snapshots.sql.
-- Forward-only: earlier migrations are never edited; this only adds tables.
--
-- Published score cards are computed once and served as stored, never rebuilt per request:
-- a card rebuilt live from tallies moves with the registry (an institution moved to another
-- district regroups the same tallies) and two views a moment apart can be subtracted. The
-- JSON holds only what suppression let through (a withheld cell has no value in it).

-- A round's card, made in the transaction that closes the round; publication serves it as is.
CREATE TABLE round_scorecards (
    round_id INTEGER PRIMARY KEY REFERENCES rounds (id),
    made_at  INTEGER NOT NULL,
    card     TEXT NOT NULL
);

-- The federation's yearly card as of made_at: on the schedule or when the analyst asks.
CREATE TABLE federation_scorecards (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    year    INTEGER NOT NULL,
    made_at INTEGER NOT NULL
);
CREATE INDEX federation_scorecards_by_year ON federation_scorecards (year, id);

-- One card per template (scales differ, so templates are never added together).
CREATE TABLE federation_scorecard_cards (
    snapshot_id INTEGER NOT NULL REFERENCES federation_scorecards (id),
    template    TEXT NOT NULL,
    card        TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, template)
);

-- The published rounds a yearly card counts (their stored cards' shown cells, summed).
CREATE TABLE federation_scorecard_rounds (
    snapshot_id INTEGER NOT NULL REFERENCES federation_scorecards (id),
    round_id    INTEGER NOT NULL REFERENCES rounds (id),
    PRIMARY KEY (snapshot_id, round_id)
);
