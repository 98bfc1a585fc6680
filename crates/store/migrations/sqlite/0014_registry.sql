-- Issue 11, the registry the coordinator keeps (SQLite). Kept in step with
-- ../postgres/0014_registry.sql. Forward-only: new tables and columns, rows copied over.

-- The federation's name in the other languages (federation.name stays the English one) and
-- the states it works in.
CREATE TABLE federation_names (
    language TEXT PRIMARY KEY,
    name     TEXT NOT NULL
);

CREATE TABLE federation_states (
    state_code TEXT PRIMARY KEY REFERENCES states (code)
);

-- A collective's name in the other languages (collectives.name stays the primary, unique one).
CREATE TABLE collective_names (
    collective_id INTEGER NOT NULL REFERENCES collectives (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    name          TEXT NOT NULL,
    PRIMARY KEY (collective_id, language)
);

-- Registration (for the stage registered_organisation) and closing: dated, with a reason.
-- A closed collective keeps its members and its history.
ALTER TABLE collectives ADD COLUMN registration_no TEXT;
ALTER TABLE collectives ADD COLUMN registered_on TEXT;
ALTER TABLE collectives ADD COLUMN closed_on TEXT;
ALTER TABLE collectives ADD COLUMN closed_reason TEXT;

-- Stage history: collectives.stage is the stage of the latest row.
CREATE TABLE collective_stages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    collective_id INTEGER NOT NULL REFERENCES collectives (id) ON DELETE CASCADE,
    stage         TEXT NOT NULL,
    since         TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX collective_stages_by_collective ON collective_stages (collective_id, since, id);

INSERT INTO collective_stages (collective_id, stage, since, recorded_at)
SELECT id, stage, COALESCE(founded_on, date(created_at, 'unixepoch')), created_at FROM collectives;

-- Partner organisations supporting collectives, dated. A current link has no `until`;
-- unlinking sets it, linking again adds a row. The policy sees only current links.
CREATE TABLE partner_links (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    collective_id INTEGER NOT NULL REFERENCES collectives (id) ON DELETE CASCADE,
    partner_id    INTEGER NOT NULL REFERENCES partners (id),
    since         TEXT NOT NULL,
    until         TEXT,
    CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX partner_links_one_current ON partner_links (collective_id, partner_id) WHERE until IS NULL;
CREATE INDEX partner_links_by_partner ON partner_links (partner_id, collective_id);

INSERT INTO partner_links (collective_id, partner_id, since)
SELECT cp.collective_id, cp.partner_id, date(c.created_at, 'unixepoch')
FROM collective_partners cp JOIN collectives c ON c.id = cp.collective_id;

-- Every reader now reads partner_links; the undated table would only go stale.
DROP TABLE collective_partners;
