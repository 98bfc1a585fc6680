//! Dhruva's storage: one [`Store`] over SQLite or PostgreSQL (chosen by the URL), with
//! personal fields encrypted before they reach the database and every access to them
//! recorded in a hash-chained audit log.
//!
//! Queries are written once, in the SQL both databases understand, and run through sqlx's
//! `Any` driver; each backend has its own migrations folder for the DDL that differs.

pub mod accounts;
pub mod audit;
pub mod consent;
pub mod crypto;
pub mod error;
pub mod geography;
pub mod members;
pub mod registry;
pub mod sessions;
pub mod url;

pub use audit::{Accessor, Channel};
pub use crypto::{Keyring, MasterKey};
pub use error::StoreError;
pub use url::{Backend, DatabaseUrl};

use std::sync::Arc;

/// A handle on the database; cheap to clone (the pool and keys are shared).
#[derive(Clone)]
pub struct Store {
    pool: sqlx::AnyPool,
    backend: Backend,
    keys: Arc<Keyring>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("backend", &self.backend).finish_non_exhaustive()
    }
}

impl Store {
    /// Connects (creating the SQLite file if needed, with WAL, foreign keys and a busy
    /// timeout on every connection). Does not migrate: call [`Store::migrate`].
    pub async fn open(url: &DatabaseUrl, keys: Keyring) -> Result<Store, StoreError> {
        let _ = (url, keys);
        todo!()
    }

    /// Applies pending migrations (forward-only) and loads the bundled districts. Idempotent.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        todo!()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn keys(&self) -> &Keyring {
        &self.keys
    }

    /// A cheap query, for `/healthz`.
    pub async fn ping(&self) -> Result<(), StoreError> {
        todo!()
    }

    /// Closes the pool, waiting for connections to finish (and SQLite to checkpoint).
    pub async fn close(&self) {
        self.pool.close().await
    }
}
