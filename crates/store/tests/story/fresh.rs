//! Databases `TestDb` does not make: with a chosen master key (a restore target must share
//! the source's key) or not migrated at all (the upgrade story starts from migration 0001).

use dhruva_store::erasure::ErasureLedger;
use dhruva_store::testing::{TestDb, POSTGRES_URL_VAR};
use dhruva_store::{Backend, DatabaseUrl, Keyring, MasterKey, Store};
use sqlx::Connection as _;

pub struct Fresh {
    pub store: Store,
    pub url: DatabaseUrl,
    /// SQLite's database, and the erasure ledger on both backends.
    _dir: tempfile::TempDir,
    /// PostgreSQL: the admin URL and the database to drop.
    cleanup: Option<(String, String)>,
}

/// The master key of an existing test database.
pub fn key_of(db: &TestDb) -> MasterKey {
    MasterKey::from_base64(db.master_key.expose()).expect("a valid key")
}

impl Fresh {
    /// A new, empty deployment on `backend` (`None`: PostgreSQL is not configured).
    pub async fn on(backend: Backend, master: &MasterKey, migrate: bool) -> Option<Fresh> {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let (url, cleanup) = match backend {
            Backend::Sqlite => (DatabaseUrl::sqlite_in(dir.path()), None),
            Backend::Postgres => {
                let admin = std::env::var(POSTGRES_URL_VAR).ok().filter(|u| !u.trim().is_empty())?;
                let name = format!("dhruva_fresh_{}", hex_suffix());
                let mut conn = sqlx::PgConnection::connect(&admin).await.expect("the PostgreSQL admin URL connects");
                sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("CREATE DATABASE");
                let _ = conn.close().await;
                let (path, query) = admin.split_once('?').map_or((admin.as_str(), ""), |(p, q)| (p, q));
                let (base, _) = path.rsplit_once('/').expect("an admin URL with a database");
                let url = if query.is_empty() { format!("{base}/{name}") } else { format!("{base}/{name}?{query}") };
                (DatabaseUrl::parse(&url).expect("a PostgreSQL URL"), Some((admin, name)))
            }
        };
        let store = Store::open(&url, Keyring::derive(master)).await.expect("opens");
        if migrate {
            store.migrate().await.expect("migrates");
        }
        let store = store.with_erasure_ledger(ErasureLedger::open(dir.path()).expect("an erasure ledger"));
        Some(Fresh { store, url, _dir: dir, cleanup })
    }
}

impl Drop for Fresh {
    fn drop(&mut self) {
        let Some((admin, name)) = self.cleanup.take() else { return };
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.ok()?;
                conn.close().await.ok()
            })
        })
        .join();
    }
}

fn hex_suffix() -> String {
    use rand::Rng as _;
    let mut rng = rand::thread_rng();
    (0..12).map(|_| char::from(b'a' + rng.gen_range(0..26u8))).collect()
}
