//! Recomputing the chain, to find the first row that was changed, removed or moved.

use super::chain::{ChainedRow, GENESIS_HASH};
use super::ChainStatus;
use crate::StoreError;
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row as _};

/// Rows are read in pages so that a long log never has to fit in memory.
const PAGE: i64 = 1000;

pub(super) async fn verify(pool: &AnyPool) -> Result<ChainStatus, StoreError> {
    let mut expected_seq = 1_i64;
    let mut expected_prev = GENESIS_HASH.to_owned();
    loop {
        let rows = sqlx::query(
            "SELECT seq, at, account_id, role, channel, action, purpose, subject_member, subject_collective, \
             subject_account, detail, prev_hash, hash FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2",
        )
        .bind(expected_seq)
        .bind(PAGE)
        .fetch_all(pool)
        .await?;
        let last_page = (rows.len() as i64) < PAGE;
        for row in &rows {
            let (chained, stored_hash) = chained_row(row)?;
            if chained.seq != expected_seq {
                return Ok(broken(expected_seq, format!("row {expected_seq} is missing (the next row is {})", chained.seq)));
            }
            if chained.prev_hash != expected_prev {
                return Ok(broken(chained.seq, "it does not link to the row before it (a row was removed, moved or changed)"));
            }
            if chained.hash() != stored_hash {
                return Ok(broken(chained.seq, "its contents do not match its hash (the row was changed)"));
            }
            expected_seq += 1;
            expected_prev = stored_hash;
        }
        if last_page {
            break;
        }
    }
    let rows = expected_seq - 1;
    let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_optional(pool).await?;
    let Some(head) = head else {
        return Ok(broken(rows + 1, "the chain's head is missing"));
    };
    let (head_seq, head_hash): (i64, String) = (head.try_get(0)?, head.try_get(1)?);
    if head_seq > rows {
        return Ok(broken(rows + 1, format!("rows {} to {head_seq} are missing from the end", rows + 1)));
    }
    if head_seq < rows {
        return Ok(broken(head_seq + 1, "rows were added after the chain's head, outside the application"));
    }
    if head_hash != expected_prev {
        return Ok(broken(rows, "the newest row does not match the chain's head"));
    }
    Ok(ChainStatus::Intact { rows })
}

fn broken(seq: i64, problem: impl Into<String>) -> ChainStatus {
    ChainStatus::Broken { seq, problem: problem.into() }
}

fn chained_row(row: &AnyRow) -> Result<(ChainedRow, String), StoreError> {
    Ok((
        ChainedRow {
            seq: row.try_get(0)?,
            at: row.try_get(1)?,
            account: row.try_get(2)?,
            role: row.try_get(3)?,
            channel: row.try_get(4)?,
            action: row.try_get(5)?,
            purpose: row.try_get(6)?,
            subject_member: row.try_get(7)?,
            subject_collective: row.try_get(8)?,
            subject_account: row.try_get(9)?,
            detail: row.try_get(10)?,
            prev_hash: row.try_get(11)?,
        },
        row.try_get(12)?,
    ))
}
