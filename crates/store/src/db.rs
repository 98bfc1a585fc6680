//! Small translations between Rust values and the columns both backends share:
//! unix-second timestamps, `YYYY-MM-DD` dates, and constraint errors.

use crate::StoreError;
use sqlx::error::ErrorKind;
use time::format_description::FormatItem;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

const DATE_FORMAT: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]");

pub(crate) fn now_unix() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

pub(crate) fn date_text(date: Date) -> String {
    // `[year]` pads to four digits, so dates compare correctly as text.
    date.format(DATE_FORMAT).unwrap_or_else(|_| date.to_string())
}

pub(crate) fn parse_date(text: &str, table: &'static str) -> Result<Date, StoreError> {
    Date::parse(text, DATE_FORMAT).map_err(|_| StoreError::Corrupt { table, detail: format!("bad date {text:?}") })
}

pub(crate) fn parse_time(unix: i64, table: &'static str) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::from_unix_timestamp(unix).map_err(|_| StoreError::Corrupt { table, detail: format!("bad timestamp {unix}") })
}

/// Which constraint a failed statement broke. Constraint names are chosen in the
/// migrations so that SQLite's message (`UNIQUE constraint failed: members.phone_bidx`) and
/// PostgreSQL's constraint name (`members_phone_bidx_unique`) both contain the column name.
pub(crate) fn violates_unique(err: &sqlx::Error, column: &str) -> bool {
    match err {
        sqlx::Error::Database(db) if db.kind() == ErrorKind::UniqueViolation => {
            db.constraint().is_some_and(|c| c.contains(column)) || db.message().contains(column)
        }
        _ => false,
    }
}

pub(crate) fn violates_foreign_key(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.kind() == ErrorKind::ForeignKeyViolation)
}

/// `IN (…)` lists are cut to this size, well under either backend's parameter limit.
pub(crate) const IN_LIST_CHUNK: usize = 500;

/// `$start, $start+1, …` for an `IN (…)` list of `count` values.
pub(crate) fn placeholders(start: usize, count: usize) -> String {
    (start..start + count).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_are_stored_as_sortable_text() {
        assert_eq!(date_text(date!(2024 - 06 - 01)), "2024-06-01");
        assert_eq!(parse_date("2024-06-01", "t").ok(), Some(date!(2024 - 06 - 01)));
        assert!(parse_date("01/06/2024", "t").is_err());
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
    }
}
