//! After an erasure commits: making sure the deleted bytes do not linger in the database's
//! files, where a copy of the disk would still find her wrapped key.
//!
//! SQLite runs with `secure_delete` on every connection, so deleted cells are overwritten
//! with zeros; but the write-ahead log still holds the pages as they were before. A
//! `wal_checkpoint(TRUNCATE)` copies the current pages into the database file and empties
//! the log.
//!
//! PostgreSQL never overwrites in place: an updated or deleted row stays in its page as a
//! dead tuple until vacuumed, and a plain VACUUM only marks the space reusable.
//! `VACUUM FULL` rewrites the tables into new files and drops the old ones — but it copies
//! into the new files every dead row that a snapshot still open somewhere in the database
//! might see — and a snapshot in this database counts every transaction still running
//! anywhere on the server (another database's long `CREATE DATABASE` is enough). So it first
//! waits, for a bounded time, until no transaction older than the erasure is running on the
//! server and no session of this database holds a snapshot from before it. Its price is an
//! exclusive lock on each table while it is rewritten (a few seconds on a national
//! deployment's member tables), paid once per erasure, which is rare. What it cannot reach
//! is PostgreSQL's own write-ahead log and any WAL archive or base backup made before: those
//! keep the wrapped key until they are recycled, which is why the ledger exists and why the
//! key, not the database, is what must be kept from thieves.
//!
//! Both are best effort: the erasure itself has committed (her key is gone) whatever
//! happens here; a failure is logged for the operator.

use crate::{Backend, Store};
use std::time::Duration;

/// Tables that held her key, her ciphertexts, or rows that named her (her username).
const POSTGRES_TABLES: &str =
    "members, member_keys, memberships, accounts, consents, guardian_consents, mentor_assignments, correction_requests, grievances, ratings, \
     cases, case_events, case_hearings, case_deadline_overrides, case_correspondence, case_attachments, case_figures, notifications";

/// A checkpoint or compaction waits for readers of older snapshots to finish; a busy server
/// gets a few tries (about ten seconds in all).
const CHECKPOINT_ATTEMPTS: u32 = 20;

pub(super) async fn after_erasure(store: &Store) {
    let done = match store.backend {
        Backend::Sqlite => checkpoint(store).await,
        Backend::Postgres => vacuum_full(store).await,
    };
    match done {
        Ok(true) => {}
        Ok(false) => tracing::warn!("after an erasure older readers were still busy; deleted bytes may remain until the next checkpoint or vacuum"),
        Err(e) => tracing::warn!(error = %e, "after an erasure the database could not be compacted; deleted bytes may remain until the next vacuum"),
    }
}

/// Whether anything might still see the rows the erasure deleted: a transaction anywhere on
/// the server older than `$1` (an xid assigned after the erasure committed) — any snapshot
/// taken in this database, VACUUM's own included, would count it and hold the horizon back —
/// or a session of this database whose snapshot began before `$2`, the moment after commit.
const OLDER_READERS: &str = "SELECT CASE WHEN pg_snapshot_xmin(pg_current_snapshot()) < $1::text::xid8 \
     OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() \
     AND backend_xmin IS NOT NULL AND xact_start < $2::text::timestamptz) THEN 1 ELSE 0 END";

/// Whether the tables were rewritten with no older reader left to keep her dead rows alive.
async fn vacuum_full(store: &Store) -> Result<bool, crate::StoreError> {
    // The erasure has committed, so the next xid to be assigned, and this statement's start,
    // are both after it.
    let row = sqlx::query("SELECT pg_snapshot_xmax(pg_current_snapshot())::text, now()::text").fetch_one(&store.pool).await?;
    let (next_xid, committed): (String, String) = (sqlx::Row::try_get(&row, 0)?, sqlx::Row::try_get(&row, 1)?);
    let mut quiet = false;
    for attempt in 0..CHECKPOINT_ATTEMPTS {
        let row = sqlx::query(OLDER_READERS).bind(&next_xid).bind(&committed).fetch_one(&store.pool).await?;
        if sqlx::Row::try_get::<i32, _>(&row, 0)? == 0 {
            quiet = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt + 1))).await;
    }
    sqlx::Executor::execute(&store.pool, format!("VACUUM FULL {POSTGRES_TABLES}").as_str()).await?;
    Ok(quiet)
}

/// Whether the log was fully checkpointed and truncated.
async fn checkpoint(store: &Store) -> Result<bool, crate::StoreError> {
    for attempt in 0..CHECKPOINT_ATTEMPTS {
        let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&store.pool).await?;
        let busy: i64 = sqlx::Row::try_get(&row, 0)?;
        if busy == 0 {
            return Ok(true);
        }
        tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt + 1))).await;
    }
    Ok(false)
}
