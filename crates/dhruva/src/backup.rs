//! `dhruva backup --out FILE` and `dhruva restore FILE`: the store does the work; this says
//! clearly what was done, and refuses to go on without the deployment's existing master key
//! (a newly made key could read neither the database nor the backup).

use crate::cli::StoreArgs;
use crate::config::StoreSettings;
use crate::open;
use anyhow::{bail, Context, Result};
use clap::Args;
use dhruva_store::audit::ChainStatus;
use dhruva_store::backup::TableCount;
use dhruva_store::erasure::LEDGER_FILE;
use std::path::{Path, PathBuf};
use std::time::Duration;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The same variable `open.rs` reads the key from.
const MASTER_KEY_ENV: &str = "DHRUVA_MASTER_KEY";
const KEY_FILE: &str = "master.key";

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write; it must not exist yet (a backup never replaces another).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file made by `dhruva backup`, with this deployment's master key.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub async fn backup(settings: &StoreSettings, out: &Path) -> Result<()> {
    require_existing_key(settings, "back up")?;
    let store = open::open_store(settings).await?;
    let done = store.backup(out).await;
    store.close().await;
    let report = done.with_context(|| format!("the backup to {} failed; nothing was written there", out.display()))?;
    println!("Backup written to {} ({}, encrypted) in {}.", report.path.display(), size(report.bytes), seconds(report.elapsed));
    println!("Schema version {:04}; every table as it was at one moment: {}.", report.schema_version, when(report.taken_at));
    print_tables(&report.tables);
    println!("{}", where_the_key_is(settings));
    println!(
        "Keep a copy of that key apart from the backups (an offline copy, a password manager). A backup without\n\
         the key cannot be read by anyone, including you; whoever holds both can read everything."
    );
    println!(
        "Copy {} off this machine as well (it is not secret): restoring replays it, so no one erased is brought back.",
        settings.key_dir.join(LEDGER_FILE).display()
    );
    Ok(())
}

pub async fn restore(settings: &StoreSettings, file: &Path) -> Result<()> {
    require_existing_key(settings, "restore")?;
    if !file.is_file() {
        bail!("there is no backup file at {}", file.display());
    }
    // `open_store` attaches the erasure ledger kept next to the key; restore replays it.
    let store = open::open_store(settings).await?;
    let done = store.restore(file).await;
    store.close().await;
    let report = done.with_context(|| format!("cannot restore {}", file.display()))?;
    println!(
        "Restored {} ({}) into {} in {}: {} rows in {} tables.",
        file.display(),
        size(report.bytes),
        settings.database_url.redacted(),
        seconds(report.elapsed),
        report.total_rows(),
        report.tables.len()
    );
    println!(
        "Schema version {:04}; the backup was taken {} from a {} database.",
        report.schema_version,
        when(report.taken_at),
        report.source_backend
    );
    print_tables(&report.tables);
    match report.erasures_replayed {
        0 => println!("The erasure ledger names no one in this backup who still had to be erased."),
        1 => println!("1 member erased after this backup was taken has been erased again (from the erasure ledger)."),
        n => println!("{n} members erased after this backup was taken have been erased again (from the erasure ledger)."),
    }
    match report.audit {
        ChainStatus::Intact { rows } => {
            println!("The audit log is intact ({rows} entries verified).");
            Ok(())
        }
        ChainStatus::Broken { seq, problem } => {
            bail!("the data was restored, but its audit log does not verify at entry {seq}: {problem}")
        }
    }
}

/// Refuses to let `open_store` make a new key: with it, nothing already stored opens.
pub fn require_existing_key(settings: &StoreSettings, doing: &str) -> Result<()> {
    let from_env = std::env::var(MASTER_KEY_ENV).is_ok_and(|k| !k.trim().is_empty());
    let key_file = settings.key_dir.join(KEY_FILE);
    if !from_env && !key_file.exists() {
        bail!(
            "there is no master key at {}: to {doing}, this deployment's key is needed. Copy the master.key the data \
             was made with into {} (mode 600), or set {MASTER_KEY_ENV}; a new key would read nothing",
            key_file.display(),
            settings.key_dir.display()
        );
    }
    Ok(())
}

fn where_the_key_is(settings: &StoreSettings) -> String {
    if std::env::var(MASTER_KEY_ENV).is_ok_and(|k| !k.trim().is_empty()) {
        format!("It can be read only with this deployment's master key, given here through {MASTER_KEY_ENV}.")
    } else {
        format!("It can be read only with this deployment's master key: {}.", settings.key_dir.join(KEY_FILE).display())
    }
}

fn print_tables(tables: &[TableCount]) {
    let mut tables = tables.to_vec();
    tables.sort_by(|a, b| a.table.cmp(&b.table));
    let width = tables.iter().map(|t| t.table.len()).max().unwrap_or(5).max(5);
    println!("  {:<width$}  {:>9}", "table", "rows");
    for t in &tables {
        println!("  {:<width$}  {:>9}", t.table, t.rows);
    }
    println!("  {:<width$}  {:>9}", "total", tables.iter().map(|t| t.rows).sum::<u64>());
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}

fn seconds(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// When something happened, for the operator's eyes.
pub fn when(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_else(|_| t.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_given_in_units_people_read() {
        assert_eq!(size(900), "900 bytes");
        assert_eq!(size(2048), "2.0 KiB");
        assert_eq!(size(3 * 1024 * 1024 + 1), "3.0 MiB");
    }
}
