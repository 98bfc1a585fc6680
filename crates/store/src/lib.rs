//! Dhruva's storage: one [`Store`] over SQLite or PostgreSQL (chosen by the URL), with
//! personal fields encrypted before they reach the database and every access to them
//! recorded in a hash-chained audit log.
//!
//! Queries are written once, in the SQL both databases understand, and run through sqlx's
//! `Any` driver; each backend has its own migrations folder for the DDL that differs.

pub mod access_log;
pub mod accounts;
pub mod audit;
pub mod backup;
pub mod cases;
pub mod consent;
pub mod crypto;
mod db;
pub mod erasure;
pub mod error;
pub mod export;
pub mod geography;
pub mod guardians;
pub mod members;
pub mod mentors;
pub mod private_files;
pub mod registry;
pub mod requests;
pub mod scorecards;
pub mod sessions;
#[cfg(feature = "testing")]
pub mod testing;
pub mod url;
pub mod uses;

pub use audit::{Accessor, Channel};
pub use backup::{BackupReport, RestoreReport};
pub use cases::CaseError;
pub use crypto::{Keyring, MasterKey};
pub use error::StoreError;
pub use scorecards::ScorecardError;
pub use url::{Backend, DatabaseUrl};

use sqlx::any::AnyPoolOptions;
use sqlx::{Connection as _, Executor as _};
use std::str::FromStr as _;
use std::sync::{Arc, Once};
use std::time::Duration;

/// A handle on the database; cheap to clone (the pool and keys are shared).
#[derive(Clone)]
pub struct Store {
    pool: sqlx::AnyPool,
    backend: Backend,
    keys: Arc<Keyring>,
    /// Where erasures are recorded so a restore cannot undo them (`erasure`).
    ledger: Option<erasure::ErasureLedger>,
    /// What time it is (the system's clock; a fixed instant in tests of the day's edges).
    clock: fn() -> time::OffsetDateTime,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("backend", &self.backend).finish_non_exhaustive()
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Applied to every SQLite connection: durable commits, readers that do not block the
/// writer, enforced references, and waiting (rather than failing) when the writer is busy.
const SQLITE_PRAGMAS: [&str; 4] =
    ["PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"];

/// How long to wait for a connection. The pool retries a refused connection until then (a
/// server may be starting), so this is also how long a wrong URL takes to be reported.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

impl Store {
    /// Connects (creating the SQLite file if needed, with WAL, foreign keys and a busy
    /// timeout on every connection). Does not migrate: call [`Store::migrate`].
    pub async fn open(url: &DatabaseUrl, keys: Keyring) -> Result<Store, StoreError> {
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);

        let backend = url.backend();
        if let Some(parent) = url.sqlite_path().as_deref().and_then(std::path::Path::parent) {
            if !parent.as_os_str().is_empty() && !parent.is_dir() {
                return Err(StoreError::Invalid(format!("the directory for the SQLite database, {}, does not exist", parent.display())));
            }
        }
        if let Some(path) = url.sqlite_path() {
            // Only where SQLite would create the file: a read-only URL must not make one.
            if url.for_connecting().contains("mode=rwc") || path.exists() {
                private_files::make_private(&path)?;
            }
        }
        // The dummy hash for unknown logins is made now, so the first one is not slower.
        drop(tokio::task::spawn_blocking(accounts::warm_up));
        let options = sqlx::any::AnyConnectOptions::from_str(&url.for_connecting())?;
        // One connection by hand first: the pool would keep retrying a refused connection
        // until its timeout and then report only that it timed out, not why.
        let cannot_connect = |reason: String| StoreError::Connect { url: url.redacted(), reason };
        match tokio::time::timeout(CONNECT_TIMEOUT, sqlx::AnyConnection::connect_with(&options)).await {
            Ok(Ok(conn)) => conn.close().await?,
            Ok(Err(e)) => return Err(cannot_connect(e.to_string())),
            Err(_) => return Err(cannot_connect(format!("no answer within {} seconds", CONNECT_TIMEOUT.as_secs()))),
        }
        let pool_options = AnyPoolOptions::new().acquire_timeout(CONNECT_TIMEOUT);
        let pool = match backend {
            // SQLite has one writer at a time; more connections only add lock waiting.
            Backend::Sqlite => pool_options.max_connections(8).after_connect(|conn, _meta| {
                Box::pin(async move {
                    for pragma in SQLITE_PRAGMAS {
                        conn.execute(pragma).await?;
                    }
                    // Deleted cells are overwritten with zeros: an erased member's key must not linger in free space.
                    conn.execute("PRAGMA secure_delete = ON").await?;
                    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut *conn).await?;
                    if !mode.eq_ignore_ascii_case("wal") {
                        tracing::warn!(mode, "SQLite could not switch to WAL (is the data directory on a network file system?)");
                    }
                    Ok(())
                })
            }),
            Backend::Postgres => pool_options.max_connections(10),
        }
        .connect_with(options)
        .await?;
        Ok(Store { pool, backend, keys: Arc::new(keys), ledger: None, clock: time::OffsetDateTime::now_utc })
    }

    /// Applies pending migrations (forward-only) and loads the bundled districts. Idempotent.
    /// The same store reading the time from `clock` (tests of what happens at a given instant).
    pub fn with_clock(mut self, clock: fn() -> time::OffsetDateTime) -> Store {
        self.clock = clock;
        self
    }

    /// Today in India, by the one clock every layer uses (`dhruva_core::clock`).
    pub fn today(&self) -> time::Date {
        dhruva_core::clock::india_today((self.clock)())
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        let keyed_before = self.audit_chain_keyed().await?;
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        if !keyed_before {
            self.seal_audit_head_after_upgrade().await?;
        }
        self.load_bundled_districts().await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn keys(&self) -> &Keyring {
        &self.keys
    }

    /// A cheap query, for `/healthz`.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool, waiting for connections to finish (and SQLite to checkpoint).
    pub async fn close(&self) {
        self.pool.close().await
    }

    /// A transaction that will write. On SQLite it takes the write lock at once, so a
    /// transaction that reads first can never fail to upgrade when another writer got in.
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}
