//! Opening the store: the data directory, the master key, the connection and migrations.
//! Every command that touches the database goes through [`open_store`], so they all agree
//! on where the key is and all refuse a bad URL before anything is created.

use crate::config::StoreSettings;
use anyhow::{Context, Result};
use dhruva_store::erasure::ErasureLedger;
use dhruva_store::{Backend, Keyring, MasterKey, Store};
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

const MASTER_KEY_ENV: &str = "DHRUVA_MASTER_KEY";

pub async fn open_store(settings: &StoreSettings) -> Result<Store> {
    if settings.database_url.backend() == Backend::Sqlite {
        create_private_dir(&settings.data_dir)?;
    }
    let master = master_key(&settings.key_dir, settings.key_dir == settings.data_dir)?;
    warn_if_open(&settings.data_dir);
    warn_if_open(&settings.key_dir);
    let store = Store::open(&settings.database_url, Keyring::derive(&master))
        .await
        .with_context(|| format!("cannot open the database {}", settings.database_url.redacted()))?;
    store.migrate().await.with_context(|| format!("cannot bring the database {} up to date", settings.database_url.redacted()))?;
    tracing::info!(database = %settings.database_url.redacted(), "database ready");
    attach_erasure_ledger(store, &settings.key_dir).await
}

/// The erasure ledger lives next to the master key (`erasures.ledger`): whoever can restore
/// a backup has the key, and so the ledger that erases again whoever asked to be forgotten.
/// Replaying it here finishes an erasure cut short between the ledger and the database.
async fn attach_erasure_ledger(store: Store, key_dir: &Path) -> Result<Store> {
    create_private_dir(key_dir)?;
    let ledger = ErasureLedger::open(key_dir).with_context(|| format!("cannot open the erasure ledger in {}", key_dir.display()))?;
    let store = store.with_erasure_ledger(ledger);
    match store.replay_erasures().await {
        Ok(0) => {}
        Ok(n) => eprintln!("{n} member(s) named in the erasure ledger were present in the database again and have been erased again."),
        // Serving goes on (erasing is refused until it is fixed); the operator must look.
        Err(e) => {
            tracing::error!(error = %e, "the erasure ledger could not be replayed");
            eprintln!("warning: {e}");
        }
    }
    Ok(store)
}

/// Owner-only: the directory holds the database and, by default, the key that opens it.
fn create_private_dir(dir: &Path) -> Result<()> {
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).with_context(|| format!("cannot create the directory {}", dir.display()))
}

/// A directory made before (or by hand) may let others in; changing a directory the operator
/// chose is not ours to do, so say it.
fn warn_if_open(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(dir) {
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!("warning: {} can be read by other users of this machine; run: chmod 700 {}", dir.display(), dir.display());
        }
    }
}

fn master_key(key_dir: &Path, beside_data: bool) -> Result<MasterKey> {
    if let Ok(text) = std::env::var(MASTER_KEY_ENV) {
        if !text.trim().is_empty() {
            // The store's message is not shown: it could quote part of the key.
            return MasterKey::from_base64(text.trim())
                .map_err(|_| anyhow::anyhow!("{MASTER_KEY_ENV} is not a valid master key: it must be 32 random bytes in base64"));
        }
    }
    create_private_dir(key_dir)?;
    let (key, created) =
        MasterKey::load_or_create(key_dir).with_context(|| format!("cannot read or create the master key in {}", key_dir.display()))?;
    if created {
        eprintln!(
            "A new master key was created in {dir}/master.key (readable by this user only).\n\
             Back it up now, and keep that copy separate from the database backups:\n\
             without it the personal data in this deployment cannot be read by anyone,\n\
             and whoever holds both the key and a backup can read all of it.",
            dir = key_dir.display()
        );
        if beside_data {
            eprintln!("It sits beside the database: better keep it outside the data directory (--key-dir, or DHRUVA_MASTER_KEY).");
        }
    }
    Ok(key)
}
