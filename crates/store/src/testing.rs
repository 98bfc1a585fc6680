//! Fresh databases for tests, in this crate and in the crates built on it (feature `testing`).
//!
//! `TestDb::sqlite()` makes a database in a temporary directory; `TestDb::postgres()` creates
//! a new database on the server named by `DHRUVA_TEST_POSTGRES_URL` (an admin URL) and drops
//! it again when the `TestDb` is dropped. Both are migrated, with a random master key and an
//! erasure ledger (in SQLite's directory, next to `master.key`; in a temporary directory for
//! PostgreSQL).

use crate::erasure::ErasureLedger;
use crate::{DatabaseUrl, Keyring, MasterKey, Store};
use dhruva_core::Sensitive;
use sqlx::Connection as _;

/// The server to create PostgreSQL test databases on, e.g. `postgres://postgres@127.0.0.1:55432/postgres`.
pub const POSTGRES_URL_VAR: &str = "DHRUVA_TEST_POSTGRES_URL";
/// Set to `1` to make a missing PostgreSQL a failure instead of a skipped test.
pub const REQUIRE_POSTGRES_VAR: &str = "DHRUVA_TEST_REQUIRE_POSTGRES";

pub struct TestDb {
    pub store: Store,
    pub url: DatabaseUrl,
    /// SQLite's data directory (with `dhruva.db` and `master.key`); `None` on PostgreSQL.
    pub dir: Option<tempfile::TempDir>,
    /// The master key (base64), e.g. for `DHRUVA_MASTER_KEY` of a server started on this database.
    pub master_key: Sensitive<String>,
    /// PostgreSQL only: the admin URL and database name, to drop it afterwards.
    cleanup: Option<(String, String)>,
    /// PostgreSQL only: where its erasure ledger lives (SQLite's is in `dir`).
    _ledger_dir: Option<tempfile::TempDir>,
}

impl std::fmt::Debug for TestDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestDb").field("url", &self.url).finish_non_exhaustive()
    }
}

impl TestDb {
    /// A migrated SQLite database in a fresh temporary directory, whose `master.key` is the
    /// store's key (so `dhruva serve --data-dir` on it reads the same data).
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let (master, _) = MasterKey::load_or_create(dir.path()).expect("a master key file");
        let url = DatabaseUrl::sqlite_in(dir.path());
        let master_key = master.to_base64();
        let store = Store::open(&url, Keyring::derive(&master)).await.expect("SQLite opens");
        store.migrate().await.expect("SQLite migrates");
        let store = store.with_erasure_ledger(ErasureLedger::open(dir.path()).expect("an erasure ledger"));
        TestDb { store, url, dir: Some(dir), master_key, cleanup: None, _ledger_dir: None }
    }

    /// A migrated, brand-new PostgreSQL database, or `None` (with a note on stderr) when
    /// `DHRUVA_TEST_POSTGRES_URL` is unset. Panics instead when `DHRUVA_TEST_REQUIRE_POSTGRES=1`.
    pub async fn postgres() -> Option<TestDb> {
        let Some(admin_url) = std::env::var(POSTGRES_URL_VAR).ok().filter(|u| !u.trim().is_empty()) else {
            if std::env::var(REQUIRE_POSTGRES_VAR).is_ok_and(|v| v == "1") {
                panic!("{REQUIRE_POSTGRES_VAR}=1 but {POSTGRES_URL_VAR} is not set: point it at a PostgreSQL server (an admin URL)");
            }
            eprintln!("note: {POSTGRES_URL_VAR} is not set; skipping the PostgreSQL half of this test");
            return None;
        };
        let name = format!("dhruva_test_{}", random_suffix());
        let mut admin = sqlx::PgConnection::connect(&admin_url).await.unwrap_or_else(|e| panic!("cannot connect to {POSTGRES_URL_VAR}: {e}"));
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("CREATE DATABASE");
        let _ = admin.close().await;

        let url = DatabaseUrl::parse(&with_database(&admin_url, &name)).expect("a PostgreSQL URL");
        let master = MasterKey::generate();
        let master_key = master.to_base64();
        let store = Store::open(&url, Keyring::derive(&master)).await.expect("PostgreSQL opens");
        store.migrate().await.expect("PostgreSQL migrates");
        let ledger_dir = tempfile::tempdir().expect("a temporary directory");
        let store = store.with_erasure_ledger(ErasureLedger::open(ledger_dir.path()).expect("an erasure ledger"));
        Some(TestDb { store, url, dir: None, master_key, cleanup: Some((admin_url, name)), _ledger_dir: Some(ledger_dir) })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.cleanup.take() else { return };
        // Drop cannot await, and may run inside a runtime: use a thread with its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&admin_url).await.ok()?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await.ok()?;
                admin.close().await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("note: could not drop a PostgreSQL test database");
        }
    }
}

/// Replaces the database name (the path) of a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..].find('/').map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{name}", &base[..host_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

fn random_suffix() -> String {
    use rand::Rng as _;
    let mut rng = rand::thread_rng();
    (0..12).map(|_| char::from(b'a' + rng.gen_range(0..26u8))).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_database_name_is_replaced_and_the_rest_kept() {
        assert_eq!(super::with_database("postgres://u:p@h:5432/postgres?sslmode=disable", "x"), "postgres://u:p@h:5432/x?sslmode=disable");
        assert_eq!(super::with_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
