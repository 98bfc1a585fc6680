//! What tables the database holds, read from its own catalog rather than listed here, so a
//! table added by a later migration is backed up without anyone remembering to add it.

use super::format::{Column, Kind};
use crate::{Backend, StoreError};
use sqlx::{AnyConnection, Row as _};
use std::collections::{BTreeMap, BTreeSet};

/// sqlx's own bookkeeping: recorded in the header as the schema version instead.
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    /// PostgreSQL: the identity column, whose sequence must be moved past restored ids.
    pub identity: Option<String>,
}

/// `"name"`, for a table or column name taken from the catalog.
pub(crate) fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The versions of the migrations applied, ascending.
pub(crate) async fn migrations(conn: &mut AnyConnection) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar(&format!("SELECT version FROM {MIGRATIONS_TABLE} WHERE success ORDER BY version")).fetch_all(&mut *conn).await?)
}

/// Every table, parents before the tables that refer to them.
pub(crate) async fn tables(conn: &mut AnyConnection, backend: Backend) -> Result<Vec<Table>, StoreError> {
    let names: Vec<String> = match backend {
        Backend::Sqlite => {
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .fetch_all(&mut *conn)
                .await?
        }
        Backend::Postgres => {
            sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
            )
            .fetch_all(&mut *conn)
            .await?
        }
    };
    let mut tables = BTreeMap::new();
    let mut parents = BTreeMap::new();
    for name in names.into_iter().filter(|n| n != MIGRATIONS_TABLE) {
        let (columns, identity) = columns(conn, backend, &name).await?;
        parents.insert(name.clone(), references(conn, backend, &name).await?);
        tables.insert(name.clone(), Table { name, columns, identity });
    }
    Ok(in_dependency_order(tables, &parents))
}

async fn columns(conn: &mut AnyConnection, backend: Backend, table: &str) -> Result<(Vec<Column>, Option<String>), StoreError> {
    let mut columns = Vec::new();
    let mut identity = None;
    match backend {
        Backend::Sqlite => {
            let rows = sqlx::query("SELECT name, type FROM pragma_table_info($1) ORDER BY cid").bind(table).fetch_all(&mut *conn).await?;
            for row in rows {
                let (name, declared): (String, String) = (row.try_get(0)?, row.try_get(1)?);
                let kind = sqlite_kind(&declared).ok_or_else(|| unsupported(table, &name, &declared))?;
                columns.push(Column { name, kind });
            }
        }
        Backend::Postgres => {
            let rows = sqlx::query(
                "SELECT column_name::text, data_type::text, is_identity::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(&mut *conn)
            .await?;
            for row in rows {
                let (name, declared, is_identity): (String, String, String) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
                let kind = postgres_kind(&declared).ok_or_else(|| unsupported(table, &name, &declared))?;
                if is_identity == "YES" {
                    identity = Some(name.clone());
                }
                columns.push(Column { name, kind });
            }
        }
    }
    Ok((columns, identity))
}

/// SQLite's affinity rules, narrowed to the kinds both backends share. A declared BOOLEAN
/// is stored as an integer by SQLite.
fn sqlite_kind(declared: &str) -> Option<Kind> {
    let t = declared.to_ascii_uppercase();
    if t.contains("INT") || t.contains("BOOL") {
        Some(Kind::Int)
    } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") {
        Some(Kind::Text)
    } else if t.contains("BLOB") {
        Some(Kind::Bytes)
    } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
        Some(Kind::Real)
    } else {
        None
    }
}

fn postgres_kind(declared: &str) -> Option<Kind> {
    match declared {
        "bigint" | "integer" | "smallint" => Some(Kind::Int),
        "text" | "character varying" | "character" => Some(Kind::Text),
        "bytea" => Some(Kind::Bytes),
        "boolean" => Some(Kind::Bool),
        "double precision" | "real" => Some(Kind::Real),
        _ => None,
    }
}

fn unsupported(table: &str, column: &str, declared: &str) -> StoreError {
    StoreError::Invalid(format!("the column {table}.{column} has a type ({declared}) backups do not know how to carry"))
}

/// The tables `table` refers to by foreign key (itself excluded).
async fn references(conn: &mut AnyConnection, backend: Backend, table: &str) -> Result<BTreeSet<String>, StoreError> {
    let names: Vec<String> = match backend {
        Backend::Sqlite => {
            sqlx::query_scalar(r#"SELECT DISTINCT "table" FROM pragma_foreign_key_list($1)"#).bind(table).fetch_all(&mut *conn).await?
        }
        Backend::Postgres => {
            sqlx::query_scalar("SELECT DISTINCT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass")
                .bind(quoted(table))
                .fetch_all(&mut *conn)
                .await?
        }
    };
    Ok(names.into_iter().map(|n| n.trim_matches('"').to_owned()).filter(|n| n != table).collect())
}

/// Parents first; ties by name, so the order is the same on both backends. A cycle (none
/// exists today) is broken by name order: SQLite defers its checks to the commit anyway.
fn in_dependency_order(mut tables: BTreeMap<String, Table>, parents: &BTreeMap<String, BTreeSet<String>>) -> Vec<Table> {
    let known: BTreeSet<String> = tables.keys().cloned().collect();
    let mut ordered = Vec::with_capacity(tables.len());
    let mut placed = BTreeSet::new();
    while !tables.is_empty() {
        let is_ready = |name: &String| parents.get(name).is_none_or(|ps| ps.iter().all(|p| placed.contains(p) || !known.contains(p)));
        let mut next: Vec<String> = tables.keys().filter(|n| is_ready(n)).cloned().collect();
        if next.is_empty() {
            next = tables.keys().take(1).cloned().collect();
        }
        for name in next {
            if let Some(table) = tables.remove(&name) {
                placed.insert(name);
                ordered.push(table);
            }
        }
    }
    ordered
}

/// The highest id each table has handed out: kept so a restored deployment never gives an
/// erased member's id to someone new (the audit log still refers to it).
pub(crate) async fn high_water_marks(conn: &mut AnyConnection, backend: Backend, tables: &[Table]) -> Result<BTreeMap<String, i64>, StoreError> {
    let mut marks = BTreeMap::new();
    match backend {
        Backend::Sqlite => {
            let has_sequences: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'").fetch_one(&mut *conn).await?;
            if has_sequences > 0 {
                let rows = sqlx::query("SELECT name, seq FROM sqlite_sequence").fetch_all(&mut *conn).await?;
                for row in rows {
                    marks.insert(row.try_get::<String, _>(0)?, row.try_get::<i64, _>(1)?);
                }
            }
        }
        Backend::Postgres => {
            for table in tables {
                let Some(column) = &table.identity else { continue };
                let last: Option<i64> = sqlx::query_scalar("SELECT pg_sequence_last_value(pg_get_serial_sequence($1, $2)::regclass)")
                    .bind(quoted(&table.name))
                    .bind(column)
                    .fetch_one(&mut *conn)
                    .await?;
                if let Some(last) = last {
                    marks.insert(table.name.clone(), last);
                }
            }
        }
    }
    Ok(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str) -> (String, Table) {
        (name.to_owned(), Table { name: name.to_owned(), columns: vec![], identity: None })
    }

    #[test]
    fn parents_come_before_the_tables_that_refer_to_them() {
        let tables: BTreeMap<_, _> = ["accounts", "members", "member_keys", "collectives", "memberships"].map(table).into_iter().collect();
        let parents: BTreeMap<String, BTreeSet<String>> =
            [("accounts", vec!["members"]), ("member_keys", vec!["members"]), ("memberships", vec!["members", "collectives"])]
                .into_iter()
                .map(|(t, ps)| (t.to_owned(), ps.into_iter().map(str::to_owned).collect()))
                .collect();
        let order: Vec<String> = in_dependency_order(tables, &parents).into_iter().map(|t| t.name).collect();
        let at = |n: &str| order.iter().position(|o| o == n).expect("present");
        assert!(at("members") < at("accounts") && at("members") < at("member_keys"));
        assert!(at("collectives") < at("memberships") && at("members") < at("memberships"));
        assert_eq!(order.len(), 5);
    }

    #[test]
    fn the_kinds_of_both_backends_map_to_the_same_few() {
        assert_eq!(sqlite_kind("INTEGER"), Some(Kind::Int));
        assert_eq!(postgres_kind("bigint"), Some(Kind::Int));
        assert_eq!(sqlite_kind("BLOB"), postgres_kind("bytea"));
        assert_eq!(sqlite_kind("TEXT"), postgres_kind("text"));
        assert_eq!(postgres_kind("timestamp with time zone"), None);
    }
}
