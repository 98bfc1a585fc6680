//! Which database, from its URL. Anything but `sqlite:` or `postgres:` is refused: a typo must
//! never silently create an empty database somewhere else.

use crate::StoreError;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database URL that has been checked. Its `Debug` hides any password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    backend: Backend,
}

impl DatabaseUrl {
    /// Accepts `sqlite://PATH`, `sqlite:PATH`, `postgres://…` and `postgresql://…`.
    pub fn parse(url: &str) -> Result<Self, StoreError> {
        let _ = url;
        todo!()
    }

    /// The default: `dhruva.db` inside the data directory.
    pub fn sqlite_in(data_dir: &Path) -> Self {
        let _ = data_dir;
        todo!()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, password included, for connecting. Never log this.
    pub fn expose(&self) -> &str {
        &self.url
    }

    /// The URL with any password replaced by `***`, safe to print.
    pub fn redacted(&self) -> String {
        todo!()
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}
