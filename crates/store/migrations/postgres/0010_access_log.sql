-- Issue 9, finding 4 (PostgreSQL). Kept in step with ../sqlite/0010_access_log.sql.
-- Forward-only: a new table; nothing before it changes.

-- Refusals on list pages, counted instead of chained one by one. A collective's roster or a
-- federation list refuses something for every member who has not agreed to it, on every
-- load; one audit row per member per load would flood her "who saw my data" page and the
-- chain. So the first refusal of a day (for one reader, role, purpose, channel, member and
-- action) is still an `access_denied` row in the audit chain, and every later one that day
-- only adds to `repeats` here, in the same transaction. The chain proves that the refusal
-- happened that day; this count (outside the chain, so not tamper-evident) says how often.
-- `on_day` is the day in India's time, as days since 1970-01-01; `role` is '' for none.
CREATE TABLE access_refusals (
    member_id  BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    role       TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    channel    TEXT NOT NULL,
    action     TEXT NOT NULL,
    on_day     BIGINT NOT NULL,
    repeats    BIGINT NOT NULL CHECK (repeats >= 0),
    last_at    BIGINT NOT NULL,
    PRIMARY KEY (member_id, account_id, role, purpose, channel, action, on_day)
);
