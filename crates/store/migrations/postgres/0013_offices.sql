-- Issue 11, offices and memberships (PostgreSQL). Kept in step with ../sqlite/0013_offices.sql.
-- Forward-only. Offices become dated terms (the leader's access follows them: see
-- dhruva_core::offices); every office a membership held is copied into a term, so a database
-- from the previous version keeps its office holders. memberships.office is no longer read.

-- Why a membership ended, and for a move, the collective she moved to.
ALTER TABLE memberships ADD COLUMN ended_reason TEXT
    CHECK (ended_reason IS NULL OR ended_reason IN ('moved', 'left', 'passed_away', 'other'));
ALTER TABLE memberships ADD COLUMN moved_to BIGINT REFERENCES collectives (id);

-- One member's term in one office of one collective: from since (inclusive) to until
-- (exclusive; NULL while she holds it). handed_over_by is the account that recorded it.
CREATE TABLE office_terms (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collective_id  BIGINT NOT NULL REFERENCES collectives (id),
    member_id      BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    office         TEXT NOT NULL CHECK (office IN ('president', 'secretary', 'treasurer', 'core_team')),
    since          TEXT COLLATE "C" NOT NULL,
    until          TEXT COLLATE "C",
    handed_over_by BIGINT REFERENCES accounts (id),
    created_at     BIGINT NOT NULL,
    CHECK (until IS NULL OR until > since)
);

-- The offices of the previous version: one term per membership that named an office. Ended
-- memberships give ended terms. Where two open memberships named the same office (not the
-- core team, which may have several), the newer holder's start ends the older one's term;
-- of two that began the same day, the later-recorded one holds it.
INSERT INTO office_terms (collective_id, member_id, office, since, until, handed_over_by, created_at)
SELECT ms.collective_id, ms.member_id, ms.office, ms.since,
       COALESCE(ms.until, (SELECT MIN(n.since) FROM memberships n
                           WHERE n.collective_id = ms.collective_id AND n.office = ms.office AND n.office <> 'core_team'
                             AND n.until IS NULL AND n.since > ms.since)),
       NULL, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
FROM memberships ms
WHERE ms.office IN ('president', 'secretary', 'treasurer', 'core_team')
  AND NOT (ms.until IS NULL AND ms.office <> 'core_team' AND EXISTS (
        SELECT 1 FROM memberships t
        WHERE t.collective_id = ms.collective_id AND t.office = ms.office AND t.until IS NULL
          AND t.since = ms.since AND t.id > ms.id))
ORDER BY ms.id;

-- At most one open term per collective and office, except the core team; and one open term
-- per member, collective and office.
CREATE UNIQUE INDEX office_terms_one_holder ON office_terms (collective_id, office) WHERE until IS NULL AND office <> 'core_team';
CREATE UNIQUE INDEX office_terms_one_open ON office_terms (member_id, collective_id, office) WHERE until IS NULL;
CREATE INDEX office_terms_by_member ON office_terms (member_id, collective_id);
