//! The SQLite database and its `-wal` and `-shm` files are readable by their owner only.
//!
//! SQLite creates a new database with the process's default mode (usually 0644), and its WAL
//! and shared-memory files with the database file's mode. So the database file is made here,
//! 0600, before SQLite first opens it; and a database from before this rule (0644) is narrowed,
//! with its `-wal` and `-shm`, every time the store opens it. Sealed fields are unreadable
//! without the key, but who is a member, the audit's shape and the session table are not.

use crate::StoreError;
use std::path::{Path, PathBuf};

/// The files SQLite keeps for the database at `db`.
pub fn sqlite_files(db: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [db.to_path_buf(), with("-wal"), with("-shm")]
}

/// Creates the database file 0600 if it is missing; narrows it and its companions to 0600.
#[cfg(unix)]
pub(crate) fn make_private(db: &Path) -> Result<(), StoreError> {
    use std::fs::{OpenOptions, Permissions};
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let cannot = |e: std::io::Error| StoreError::Invalid(format!("cannot make the SQLite database files private: {e}"));
    match OpenOptions::new().write(true).create_new(true).mode(0o600).open(db) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(cannot(e)),
    }
    for file in sqlite_files(db) {
        match std::fs::metadata(&file) {
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(&file, Permissions::from_mode(0o600)).map_err(cannot)?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(cannot(e)),
        }
    }
    Ok(())
}

#[cfg(not(unix))]
pub(crate) fn make_private(_db: &Path) -> Result<(), StoreError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::{DatabaseUrl, Keyring, MasterKey, Store};
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
    }

    async fn open_and_write(dir: &Path) -> Store {
        let url = DatabaseUrl::sqlite_in(dir);
        let store = Store::open(&url, Keyring::derive(&MasterKey::generate())).await.expect("opens");
        store.migrate().await.expect("migrates");
        store
    }

    #[tokio::test]
    async fn a_fresh_database_and_its_wal_and_shm_are_readable_by_their_owner_only() {
        let dir = tempfile::tempdir().expect("a directory");
        let store = open_and_write(dir.path()).await;
        let files = sqlite_files(&dir.path().join("dhruva.db"));
        for file in &files {
            assert_eq!(mode(file), 0o600, "{}", file.display());
        }
        drop(store);
    }

    #[tokio::test]
    async fn a_database_from_before_is_narrowed_when_opened() {
        let dir = tempfile::tempdir().expect("a directory");
        let db = dir.path().join("dhruva.db");
        drop(open_and_write(dir.path()).await);
        for file in sqlite_files(&db).iter().filter(|f| f.exists()) {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        let store = open_and_write(dir.path()).await;
        for file in sqlite_files(&db) {
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
        drop(store);
    }
}
