//! Taking a backup: rows stream out of one read snapshot (async), through a bounded channel,
//! into a blocking thread that deflates, seals and writes them to a staging file, which is
//! fsynced and only then given its name.

use super::catalog::{self, quoted, Table};
use super::crypt::Sealer;
use super::format::{Column, End, Header, Kind, Line, TableEnd, TableStart, Value, FORMAT_NAME, FORMAT_VERSION};
use super::{file_error, BackupReport, TableCount};
use crate::{Backend, Store, StoreError};
use flate2::write::DeflateEncoder;
use flate2::Compression;
use futures_util::TryStreamExt as _;
use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Row as _, TypeInfo as _, ValueRef as _};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;
use time::OffsetDateTime;
use tokio::sync::mpsc;

/// Bytes of JSON gathered before they are handed to the writing thread.
const BATCH: usize = 64 * 1024;
/// Batches in flight: bounds memory when the disk is slower than the database.
const IN_FLIGHT: usize = 8;

pub(super) async fn backup(store: &Store, out: &Path) -> Result<BackupReport, StoreError> {
    let started = Instant::now();
    if out.exists() {
        return Err(StoreError::Invalid(format!("{} already exists; a backup never replaces another, so choose a new file name", out.display())));
    }
    let staging = Staging::create(out)?;
    let file = staging.file.try_clone().map_err(|e| file_error("write", &staging.path, &e))?;
    let key = store.keys.subkey("backup");
    let (batches, received) = mpsc::channel::<Vec<u8>>(IN_FLIGHT);
    let writer = tokio::task::spawn_blocking(move || write_file(file, &key, received));

    let dumped = dump(store, batches).await;
    let written = writer.await.map_err(|_| StoreError::Invalid("the backup writer stopped unexpectedly".to_owned()))?;
    // A failed write closes the channel and makes the dump fail too: report the cause.
    if let Err(e) = written {
        return Err(file_error("write", &staging.path, &e));
    }
    let (header, tables) = dumped?;
    staging.keep_as(out)?;
    let bytes = fs::metadata(out).map_err(|e| file_error("read", out, &e))?.len();
    Ok(BackupReport {
        path: out.to_owned(),
        schema_version: header.migrations.last().copied().unwrap_or(0),
        taken_at: OffsetDateTime::from_unix_timestamp(header.taken_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        tables,
        bytes,
        elapsed: started.elapsed(),
    })
}

/// Reads everything in one snapshot and sends it as JSON lines.
async fn dump(store: &Store, batches: mpsc::Sender<Vec<u8>>) -> Result<(Header, Vec<TableCount>), StoreError> {
    let mut tx = store.begin_snapshot().await?;
    let migrations = catalog::migrations(&mut tx).await?;
    let tables = catalog::tables(&mut tx, store.backend).await?;
    let header = Header {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        migrations,
        backend: match store.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
        .to_owned(),
        taken_at: OffsetDateTime::now_utc().unix_timestamp(),
        dhruva_version: env!("CARGO_PKG_VERSION").to_owned(),
        tables: tables.iter().map(|t| t.name.clone()).collect(),
    };
    let mut out = Lines { buf: Vec::with_capacity(BATCH * 2), batches };
    out.push(&Line::Header(header.clone())).await?;
    let mut counts = Vec::with_capacity(tables.len());
    for table in &tables {
        out.push(&Line::Table(TableStart { name: table.name.clone(), columns: table.columns.clone() })).await?;
        let list = table.columns.iter().map(|c| quoted(&c.name)).collect::<Vec<_>>().join(", ");
        // Ordered, so two backups of the same data are the same stream.
        let sql = format!("SELECT {list} FROM {} ORDER BY 1", quoted(&table.name));
        let mut rows = sqlx::query(&sql).fetch(&mut *tx);
        let mut n = 0u64;
        while let Some(row) = rows.try_next().await? {
            out.push(&Line::Row(row_values(&row, table)?)).await?;
            n += 1;
        }
        drop(rows);
        out.push(&Line::TableEnd(TableEnd { name: table.name.clone(), rows: n })).await?;
        counts.push(TableCount { table: table.name.clone(), rows: n });
    }
    out.push(&Line::Sequences(catalog::high_water_marks(&mut tx, store.backend, &tables).await?)).await?;
    out.push(&Line::End(End { tables: tables.len(), rows: counts.iter().map(|c| c.rows).sum() })).await?;
    out.flush().await?;
    tx.rollback().await?;
    Ok((header, counts))
}

fn row_values(row: &AnyRow, table: &Table) -> Result<Vec<serde_json::Value>, StoreError> {
    table.columns.iter().enumerate().map(|(i, column)| value(row, i, table, column)?.to_json()).collect()
}

/// One value, read as what the database says it holds, checked against the column's kind
/// (SQLite would let a column hold anything).
fn value(row: &AnyRow, i: usize, table: &Table, column: &Column) -> Result<Value, StoreError> {
    let raw = row.try_get_raw(i)?;
    if raw.is_null() {
        return Ok(Value::Null);
    }
    let held = raw.type_info().kind();
    let value = match held {
        AnyTypeInfoKind::SmallInt | AnyTypeInfoKind::Integer | AnyTypeInfoKind::BigInt => Value::Int(row.try_get(i)?),
        AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => Value::Real(row.try_get(i)?),
        AnyTypeInfoKind::Text => Value::Text(row.try_get(i)?),
        AnyTypeInfoKind::Blob => Value::Bytes(row.try_get(i)?),
        AnyTypeInfoKind::Bool => Value::Bool(row.try_get(i)?),
        AnyTypeInfoKind::Null => Value::Null,
    };
    let fits = matches!(
        (&value, column.kind),
        (Value::Int(_), Kind::Int | Kind::Bool | Kind::Real)
            | (Value::Bool(_), Kind::Bool | Kind::Int)
            | (Value::Real(_), Kind::Real)
            | (Value::Text(_), Kind::Text)
            | (Value::Bytes(_), Kind::Bytes)
    );
    if !fits {
        return Err(StoreError::Invalid(format!(
            "{}.{} holds a value of type {} where {:?} is declared; nothing was written",
            table.name,
            column.name,
            raw.type_info().name(),
            column.kind
        )));
    }
    Ok(value)
}

/// JSON lines gathered into batches for the writing thread.
struct Lines {
    buf: Vec<u8>,
    batches: mpsc::Sender<Vec<u8>>,
}

impl Lines {
    async fn push(&mut self, line: &Line) -> Result<(), StoreError> {
        serde_json::to_writer(&mut self.buf, line).map_err(|e| StoreError::Invalid(format!("a backup line could not be written: {e}")))?;
        self.buf.push(b'\n');
        if self.buf.len() >= BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), StoreError> {
        let batch = std::mem::replace(&mut self.buf, Vec::with_capacity(BATCH * 2));
        self.batches.send(batch).await.map_err(|_| StoreError::Invalid("the backup writer stopped".to_owned()))
    }
}

/// The blocking half: deflate, seal, write, fsync.
fn write_file(file: File, key: &[u8; 32], mut batches: mpsc::Receiver<Vec<u8>>) -> io::Result<()> {
    let sealer = Sealer::new(BufWriter::new(file), key)?;
    let mut deflate = DeflateEncoder::new(sealer, Compression::default());
    while let Some(batch) = batches.blocking_recv() {
        deflate.write_all(&batch)?;
    }
    let file = deflate.finish()?.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()
}

/// The file being written, under a temporary name next to its final one; removed unless kept.
struct Staging {
    path: PathBuf,
    file: File,
    kept: bool,
}

impl Staging {
    fn create(out: &Path) -> Result<Staging, StoreError> {
        let dir = parent_dir(out);
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "backup".to_owned());
        let path = dir.join(format!(".{name}.{}.partial", hex::encode(rand::random::<[u8; 6]>())));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            // Encrypted, but still nobody else's business.
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path).map_err(|e| file_error("create", &path, &e))?;
        Ok(Staging { path, file, kept: false })
    }

    /// Gives the finished file its name. `hard_link` never replaces an existing file, so a
    /// backup made meanwhile under the same name is not lost; the directory is fsynced so
    /// the name survives a power cut.
    fn keep_as(mut self, out: &Path) -> Result<(), StoreError> {
        fs::hard_link(&self.path, out)
            .or_else(|e| match e.kind() {
                io::ErrorKind::AlreadyExists => Err(e),
                // Some file systems cannot link; renaming is the next best.
                _ if !out.exists() => fs::rename(&self.path, out),
                _ => Err(e),
            })
            .map_err(|e| file_error("create", out, &e))?;
        let _ = fs::remove_file(&self.path);
        self.kept = true;
        File::open(parent_dir(out)).and_then(|d| d.sync_all()).map_err(|e| file_error("sync the directory of", out, &e))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.kept {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}
