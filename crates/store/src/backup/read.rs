//! Restoring: a blocking thread opens, authenticates, inflates and parses the file; the
//! async side inserts what it is sent inside one write transaction, which commits only
//! once the thread has authenticated the file's last chunk.

use super::catalog::{self, quoted, Table};
use super::crypt::{HeaderProblem, Opener};
use super::format::{Header, Kind, Line, TableStart, Value, FORMAT_NAME, FORMAT_VERSION};
use super::{file_error, RestoreReport, TableCount};
use crate::{Backend, Store, StoreError};
use flate2::read::DeflateDecoder;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;
use std::time::Instant;
use time::OffsetDateTime;
use tokio::sync::mpsc;

/// Lines parsed before they are handed to the inserting side.
const LINES_PER_BATCH: usize = 512;
const IN_FLIGHT: usize = 8;
/// Parameters per INSERT, well under both backends' limits.
const PARAMS_PER_INSERT: usize = 900;
/// Tables a freshly migrated deployment already fills (the audit head, bundled districts):
/// their rows are replaced by the backup's. Every other table must be empty.
const SEEDED: [&str; 3] = ["audit_head", "districts", "states"];

type Batch = Result<Vec<Line>, StoreError>;

pub(super) async fn restore(store: &Store, from: &Path) -> Result<RestoreReport, StoreError> {
    let started = Instant::now();
    let file = File::open(from).map_err(|e| file_error("open", from, &e))?;
    let bytes = file.metadata().map_err(|e| file_error("read", from, &e))?.len();
    let key = store.keys.subkey("backup");
    let (sender, mut batches) = mpsc::channel::<Batch>(IN_FLIGHT);
    let path = from.to_owned();
    let reader = tokio::task::spawn_blocking(move || read_file(file, &path, &key, &sender));

    let mut lines = Incoming { batches: &mut batches, pending: Vec::new().into_iter() };
    let header = match lines.next().await? {
        Some(Line::Header(header)) => header,
        _ => return Err(damaged("it does not begin with a backup header")),
    };
    check_header(store, &header).await?;

    let mut tx = store.begin_write().await?;
    if store.backend == Backend::Postgres {
        // Every audited write locks this row first: nothing can slip in while restoring.
        sqlx::query("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE").fetch_optional(&mut *tx).await?;
    } else {
        // Parents are inserted first anyway; this only covers a cycle, should one appear.
        sqlx::query("PRAGMA defer_foreign_keys = ON").execute(&mut *tx).await?;
    }
    let targets = catalog::tables(&mut tx, store.backend).await?;
    refuse_unless_empty(&mut tx, &targets).await?;
    for table in targets.iter().rev().filter(|t| SEEDED.contains(&t.name.as_str())) {
        sqlx::query(&format!("DELETE FROM {}", quoted(&table.name))).execute(&mut *tx).await?;
    }

    let mut counts = Vec::new();
    let mut marks = BTreeMap::new();
    loop {
        match lines.next().await? {
            Some(Line::Table(start)) => {
                let target = targets.iter().find(|t| t.name == start.name).ok_or_else(|| schema_differs(&start.name))?;
                let rows = insert_table(&mut tx, store.backend, &mut lines, &start, target).await?;
                counts.push(TableCount { table: start.name, rows });
            }
            Some(Line::Sequences(found)) => marks = found,
            // Sent only once the reader has authenticated the last chunk.
            Some(Line::End(end)) if end.tables == counts.len() && end.rows == counts.iter().map(|c| c.rows).sum::<u64>() => break,
            _ => return Err(damaged("its contents are out of order or incomplete")),
        }
    }
    if counts.len() != targets.len() {
        return Err(schema_differs("(a table is missing from the backup)"));
    }
    move_sequences(&mut tx, store.backend, &targets, &marks).await?;
    tx.commit().await?;
    reader.await.map_err(|_| StoreError::Invalid("the backup reader stopped unexpectedly".to_owned()))?;

    // After the commit: erasure runs through the store's own audited transactions.
    let erasures_replayed = store.replay_erasures().await?;
    let audit = store.verify_audit_chain().await?;
    tracing::info!(rows = counts.iter().map(|c| c.rows).sum::<u64>(), erasures_replayed, "backup restored");
    Ok(RestoreReport {
        schema_version: header.migrations.last().copied().unwrap_or(0),
        taken_at: OffsetDateTime::from_unix_timestamp(header.taken_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        source_backend: header.backend,
        tables: counts,
        bytes,
        erasures_replayed,
        audit,
        elapsed: started.elapsed(),
    })
}

async fn check_header(store: &Store, header: &Header) -> Result<(), StoreError> {
    if header.format != FORMAT_NAME || header.version > FORMAT_VERSION {
        return Err(damaged(format!("it is in format {} {}, which this version of Dhruva cannot read", header.format, header.version)));
    }
    let mut conn = store.pool.acquire().await?;
    let here = catalog::migrations(&mut conn).await?;
    if here != header.migrations {
        let show = |v: &[i64]| v.iter().map(|m| format!("{m:04}")).collect::<Vec<_>>().join(", ");
        return Err(StoreError::SchemaMismatch { backup: show(&header.migrations), here: show(&here) });
    }
    Ok(())
}

/// Names what the deployment already holds (table names and counts only).
async fn refuse_unless_empty(conn: &mut AnyConnection, targets: &[Table]) -> Result<(), StoreError> {
    let mut held = Vec::new();
    for table in targets.iter().filter(|t| !SEEDED.contains(&t.name.as_str())) {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quoted(&table.name))).fetch_one(&mut *conn).await?;
        if rows > 0 {
            held.push(format!("{rows} rows in {}", table.name));
        }
    }
    let head: Option<i64> = sqlx::query_scalar("SELECT seq FROM audit_head WHERE id = 1").fetch_optional(&mut *conn).await?;
    if head.unwrap_or(0) != 0 {
        held.push("an audit log".to_owned());
    }
    if held.is_empty() {
        Ok(())
    } else {
        Err(StoreError::NotEmpty(held.join(", ")))
    }
}

async fn insert_table(
    tx: &mut AnyConnection,
    backend: Backend,
    lines: &mut Incoming<'_>,
    start: &TableStart,
    target: &Table,
) -> Result<u64, StoreError> {
    // The backup's column order, each with the kind the target stores it as.
    let kinds: Vec<Kind> = start
        .columns
        .iter()
        .map(|c| target.columns.iter().find(|t| t.name == c.name).map(|t| t.kind))
        .collect::<Option<_>>()
        .ok_or_else(|| schema_differs(&start.name))?;
    if kinds.len() != target.columns.len() {
        return Err(schema_differs(&start.name));
    }
    let names = start.columns.iter().map(|c| quoted(&c.name)).collect::<Vec<_>>().join(", ");
    // PostgreSQL refuses explicit values for GENERATED ALWAYS identity columns unless told.
    let overriding = if backend == Backend::Postgres && target.identity.is_some() { " OVERRIDING SYSTEM VALUE" } else { "" };
    let prefix = format!("INSERT INTO {} ({names}){overriding} VALUES ", quoted(&start.name));
    let per_insert = (PARAMS_PER_INSERT / kinds.len().max(1)).max(1);

    let mut rows: Vec<Vec<Value>> = Vec::with_capacity(per_insert);
    let mut total = 0u64;
    loop {
        match lines.next().await? {
            Some(Line::Row(json)) => {
                if json.len() != kinds.len() {
                    return Err(damaged(format!("a row of {} has the wrong number of values", start.name)));
                }
                let row = json
                    .iter()
                    .zip(&kinds)
                    .map(|(v, k)| Value::from_json(v, *k))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| damaged(format!("a value in {} does not fit its column", start.name)))?;
                rows.push(row);
                if rows.len() == per_insert {
                    total += insert(tx, &prefix, &kinds, &mut rows).await?;
                }
            }
            Some(Line::TableEnd(end)) if end.name == start.name => {
                total += insert(tx, &prefix, &kinds, &mut rows).await?;
                if total != end.rows {
                    return Err(damaged(format!("{} should hold {} rows but {total} were read", start.name, end.rows)));
                }
                return Ok(total);
            }
            _ => return Err(damaged(format!("the rows of {} are incomplete", start.name))),
        }
    }
}

async fn insert(tx: &mut AnyConnection, prefix: &str, kinds: &[Kind], rows: &mut Vec<Vec<Value>>) -> Result<u64, StoreError> {
    if rows.is_empty() {
        return Ok(0);
    }
    let mut sql = String::from(prefix);
    let mut n = 0;
    for (r, row) in rows.iter().enumerate() {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..row.len() {
            n += 1;
            sql.push_str(&if c == 0 { format!("${n}") } else { format!(", ${n}") });
        }
        sql.push(')');
    }
    let mut query = sqlx::query(&sql);
    for row in rows.drain(..) {
        for (value, kind) in row.into_iter().zip(kinds) {
            query = bind(query, value, *kind);
        }
    }
    Ok(query.execute(&mut *tx).await?.rows_affected())
}

/// Binds a value as the target column's kind; an absent value is bound as a typed NULL,
/// which PostgreSQL needs to accept it.
fn bind<'q>(query: Query<'q, Any, AnyArguments<'q>>, value: Value, kind: Kind) -> Query<'q, Any, AnyArguments<'q>> {
    match (value, kind) {
        (Value::Int(i), _) => query.bind(i),
        (Value::Real(f), _) => query.bind(f),
        (Value::Text(s), _) => query.bind(s),
        (Value::Bytes(b), _) => query.bind(b),
        (Value::Bool(b), _) => query.bind(b),
        (Value::Null, Kind::Int) => query.bind(None::<i64>),
        (Value::Null, Kind::Real) => query.bind(None::<f64>),
        (Value::Null, Kind::Text) => query.bind(None::<String>),
        (Value::Null, Kind::Bytes) => query.bind(None::<Vec<u8>>),
        (Value::Null, Kind::Bool) => query.bind(None::<bool>),
    }
}

/// Moves each id sequence to the highest id the backed-up deployment ever handed out (or
/// the highest restored, if more), so no id is given out twice.
async fn move_sequences(tx: &mut AnyConnection, backend: Backend, targets: &[Table], marks: &BTreeMap<String, i64>) -> Result<(), StoreError> {
    match backend {
        Backend::Sqlite => {
            for (table, mark) in marks {
                if !targets.iter().any(|t| &t.name == table) {
                    continue;
                }
                let current: Option<i64> =
                    sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = $1").bind(table).fetch_optional(&mut *tx).await?;
                match current {
                    Some(seq) if seq >= *mark => {}
                    Some(_) => {
                        sqlx::query("UPDATE sqlite_sequence SET seq = $2 WHERE name = $1").bind(table).bind(mark).execute(&mut *tx).await?;
                    }
                    None => {
                        sqlx::query("INSERT INTO sqlite_sequence (name, seq) VALUES ($1, $2)").bind(table).bind(mark).execute(&mut *tx).await?;
                    }
                }
            }
        }
        Backend::Postgres => {
            for table in targets {
                let Some(column) = &table.identity else { continue };
                let restored: Option<i64> =
                    sqlx::query_scalar(&format!("SELECT MAX({}) FROM {}", quoted(column), quoted(&table.name))).fetch_one(&mut *tx).await?;
                let mark = restored.unwrap_or(0).max(marks.get(&table.name).copied().unwrap_or(0));
                if mark >= 1 {
                    sqlx::query("SELECT setval(pg_get_serial_sequence($1, $2), $3, true)")
                        .bind(quoted(&table.name))
                        .bind(column)
                        .bind(mark)
                        .fetch_one(&mut *tx)
                        .await?;
                }
            }
        }
    }
    Ok(())
}

fn damaged(why: impl Into<String>) -> StoreError {
    StoreError::BackupDamaged(why.into())
}

fn schema_differs(table: &str) -> StoreError {
    StoreError::Invalid(format!("the backup's table {table} does not match this deployment's, although their schema versions agree"))
}

/// The lines the reading thread sends, one at a time.
struct Incoming<'a> {
    batches: &'a mut mpsc::Receiver<Batch>,
    pending: std::vec::IntoIter<Line>,
}

impl Incoming<'_> {
    async fn next(&mut self) -> Result<Option<Line>, StoreError> {
        loop {
            if let Some(line) = self.pending.next() {
                return Ok(Some(line));
            }
            match self.batches.recv().await {
                Some(batch) => self.pending = batch?.into_iter(),
                None => return Ok(None),
            }
        }
    }
}

/// The blocking half. Sends everything up to the end line as it goes, and the end line
/// itself only after the whole file has been authenticated.
fn read_file(file: File, path: &Path, key: &[u8; 32], sender: &mpsc::Sender<Batch>) {
    if let Err(e) = parse(file, path, key, sender) {
        let _ = sender.blocking_send(Err(e));
    }
}

fn parse(file: File, path: &Path, key: &[u8; 32], sender: &mpsc::Sender<Batch>) -> Result<(), StoreError> {
    let opener = Opener::new(BufReader::new(file), key).map_err(|problem| match problem {
        Ok(HeaderProblem::AnotherKey) => StoreError::BackupKey,
        Ok(HeaderProblem::NotABackup) => damaged(format!("{} is not a Dhruva backup", path.display())),
        Ok(HeaderProblem::UnknownVersion(v)) => damaged(format!("it was made by a newer Dhruva (container version {v})")),
        Err(e) => file_error("read", path, &e),
    })?;
    let read_error = |e: io::Error| match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => damaged(e.to_string()),
        _ => file_error("read", path, &e),
    };
    let mut text = BufReader::new(DeflateDecoder::new(opener));
    let mut batch = Vec::with_capacity(LINES_PER_BATCH);
    let mut buf = Vec::new();
    let end = loop {
        buf.clear();
        if text.read_until(b'\n', &mut buf).map_err(read_error)? == 0 {
            return Err(damaged("it ends before its last line"));
        }
        let line: Line = serde_json::from_slice(&buf).map_err(|_| damaged("a line of it cannot be read"))?;
        if let Line::End(_) = line {
            break line;
        }
        batch.push(line);
        if batch.len() == LINES_PER_BATCH && sender.blocking_send(Ok(std::mem::take(&mut batch))).is_err() {
            return Ok(()); // the inserting side gave up and reports why
        }
    };
    buf.clear();
    if text.read_until(b'\n', &mut buf).map_err(read_error)? != 0 {
        return Err(damaged("it goes on after its last line"));
    }
    text.into_inner().into_inner().finish().map_err(read_error)?;
    batch.push(end);
    let _ = sender.blocking_send(Ok(batch));
    Ok(())
}
