//! Encrypted, logical backups that restore into either backend.
//!
//! [`Store::backup`] reads every table in one consistent read snapshot while the service
//! keeps serving (SQLite: one read transaction, which WAL keeps stable while writers go on;
//! PostgreSQL: `REPEATABLE READ, READ ONLY`), writes them as JSON lines (`format.rs`),
//! deflates and seals them in chunks under `keys.subkey("backup")` (`crypt.rs`).
//! [`Store::restore`] checks key, format and schema, refuses a deployment that holds data,
//! inserts everything in one transaction, moves the id sequences past what was handed out,
//! replays the erasure ledger and verifies the audit chain.
//!
//! A backup is useless without the master key, and so is the deployment: the key is kept
//! apart from both (README, "Backups and the master key").

mod catalog;
mod crypt;
mod format;
mod read;
mod write;

use crate::audit::ChainStatus;
use crate::{Backend, Store, StoreError};
use sqlx::{Any, Transaction};
use std::path::{Path, PathBuf};
use std::time::Duration;
use time::OffsetDateTime;

/// Rows in one table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableCount {
    pub table: String,
    pub rows: u64,
}

/// What a backup did.
#[derive(Clone, Debug)]
pub struct BackupReport {
    pub path: PathBuf,
    /// The highest migration applied to the database backed up.
    pub schema_version: i64,
    pub taken_at: OffsetDateTime,
    /// Parents before children, as stored.
    pub tables: Vec<TableCount>,
    /// The size of the encrypted file.
    pub bytes: u64,
    pub elapsed: Duration,
}

/// What a restore did.
#[derive(Clone, Debug)]
pub struct RestoreReport {
    pub schema_version: i64,
    /// When the backup was taken, and on which backend.
    pub taken_at: OffsetDateTime,
    pub source_backend: String,
    pub tables: Vec<TableCount>,
    pub bytes: u64,
    /// Members erased since the backup was taken, erased again.
    pub erasures_replayed: usize,
    /// The audit chain as restored (and after the erasures were replayed).
    pub audit: ChainStatus,
    pub elapsed: Duration,
}

impl BackupReport {
    pub fn total_rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }
}

impl RestoreReport {
    pub fn total_rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }
}

impl Store {
    /// Writes an encrypted backup of everything to `out`, which must not exist yet. Safe
    /// while the service is running: writers are not blocked.
    pub async fn backup(&self, out: &Path) -> Result<BackupReport, StoreError> {
        write::backup(self, out).await
    }

    /// Restores a backup made by [`Store::backup`] (with the same master key and schema)
    /// into this deployment, which must be empty: migrated, but holding no data.
    pub async fn restore(&self, from: &Path) -> Result<RestoreReport, StoreError> {
        read::restore(self, from).await
    }

    /// A read-only transaction that sees one consistent state of the whole database.
    /// SQLite's deferred `BEGIN` takes its snapshot at the first read and WAL keeps it for
    /// the whole transaction while writers carry on; PostgreSQL needs REPEATABLE READ
    /// (its default, READ COMMITTED, would see each statement's own moment).
    pub(crate) async fn begin_snapshot(&self) -> Result<Transaction<'static, Any>, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin().await?,
            Backend::Postgres => self.pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await?,
        })
    }
}

fn file_error(action: &'static str, path: &Path, e: &std::io::Error) -> StoreError {
    StoreError::File { action, path: path.display().to_string(), reason: e.to_string() }
}
