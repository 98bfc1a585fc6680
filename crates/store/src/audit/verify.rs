//! Recomputing the chain, to find the first row that was changed, removed or moved.
//!
//! The walk starts after the anchor (the last row retention removed) and ends at the head;
//! the head's seal then proves that neither end was moved by someone without the key.

use super::chain::{ChainKey, ChainedRow, CHAIN_V2};
use super::head;
use super::ChainStatus;
use crate::StoreError;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};

/// Rows are read in pages so that a long log never has to fit in memory.
const PAGE: i64 = 1000;

pub(super) async fn verify(conn: &mut AnyConnection, key: &ChainKey) -> Result<ChainStatus, StoreError> {
    let Some((head, seal)) = head::read(conn).await? else {
        return Ok(broken(1, "the chain's head is missing"));
    };
    let leftover: Option<i64> =
        sqlx::query_scalar("SELECT MAX(seq) FROM audit_log WHERE seq <= $1").bind(head.anchor_seq).fetch_one(&mut *conn).await?;
    if let Some(seq) = leftover {
        return Ok(broken(seq, format!("it is still present although retention removed everything up to row {}", head.anchor_seq)));
    }

    let mut expected_seq = head.anchor_seq + 1;
    let mut expected_prev = head.anchor_hash.clone();
    let mut keyed = false;
    loop {
        let rows = sqlx::query(
            "SELECT seq, at, account_id, role, channel, action, purpose, subject_member, subject_collective, \
             subject_account, detail, prev_hash, hash, chain_version FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2",
        )
        .bind(expected_seq)
        .bind(PAGE)
        .fetch_all(&mut *conn)
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
            if keyed && chained.chain_version != CHAIN_V2 {
                return Ok(broken(chained.seq, "it is an unkeyed row after keyed ones (the chain was rebuilt without the key)"));
            }
            match chained.hash(key) {
                None => return Ok(broken(chained.seq, format!("its chain version {} is unknown", chained.chain_version))),
                Some(hash) if hash != stored_hash => {
                    return Ok(broken(chained.seq, "its contents do not match its hash (the row was changed)"));
                }
                Some(_) => {}
            }
            keyed |= chained.chain_version == CHAIN_V2;
            expected_seq += 1;
            expected_prev = stored_hash;
        }
        if last_page {
            break;
        }
    }
    let last = expected_seq - 1;
    if head.seq > last {
        return Ok(broken(last + 1, format!("rows {} to {} are missing from the end", last + 1, head.seq)));
    }
    if head.seq < last {
        return Ok(broken(head.seq + 1, "rows were added after the chain's head, outside the application"));
    }
    if head.hash != expected_prev {
        return Ok(broken(last, "the newest row does not match the chain's head"));
    }
    match seal {
        None => {
            Ok(broken(head.anchor_seq + 1, "the chain's head is not sealed (it was cleared outside the application, or an upgrade was interrupted)"))
        }
        Some(seal) if seal != head.seal(key) => Ok(broken(
            head.anchor_seq + 1,
            "the seal over the chain's head and anchor does not match: rows were removed from the start or the end \
             outside the application (or the log belongs to another master key)",
        )),
        Some(_) => Ok(ChainStatus::Intact { rows: last - head.anchor_seq }),
    }
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
            chain_version: row.try_get(13)?,
        },
        row.try_get(12)?,
    ))
}
