-- Issue 9, compensation figures as dated releases (SQLite). Kept in step with
-- ../postgres/0007_figure_releases.sql. Forward-only: only adds a table.
--
-- Figures are computed once, stored and served as stored, never rebuilt per request: two
-- views a moment apart must not differ by one claim. A release is made by the analyst, by
-- `dhruva serve` on a schedule, or at the first start after this migration.
--
-- figures: the published `Figures` as JSON (suppressed values are not in it, only marked).
-- places: for each collective whose own count the release shows, the districts, states and
-- authorities its claims were at, so its page lists them as of the release, not as of now.
-- record_ct: the `ReleaseRecord` the next release is audited against (per-claim tokens and
-- values), sealed under the deployment subkey "figure-releases" with the row id as
-- associated data. made_by: NULL when the scheduler or the first start made it.
CREATE TABLE figure_releases (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    made_at   INTEGER NOT NULL,
    as_of     TEXT NOT NULL,
    made_by   INTEGER REFERENCES accounts (id),
    figures   TEXT NOT NULL,
    places    TEXT NOT NULL,
    record_ct BLOB NOT NULL
);
