//! The chain itself: how a row is hashed, and the transaction every audited write runs in.

use super::{Accessor, AuditEvent};
use crate::{db, Store, StoreError};
use sha2::{Digest, Sha256};
use sqlx::{Any, AnyConnection, Row as _, Transaction};

/// The `prev_hash` of the first row.
pub(crate) const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Every column of a row except its own hash, as hashed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ChainedRow {
    pub seq: i64,
    pub at: i64,
    pub account: Option<i64>,
    pub role: Option<String>,
    pub channel: String,
    pub action: String,
    pub purpose: Option<String>,
    pub subject_member: Option<i64>,
    pub subject_collective: Option<i64>,
    pub subject_account: Option<i64>,
    pub detail: Option<String>,
    pub prev_hash: String,
}

impl ChainedRow {
    /// SHA-256 over an unambiguous encoding: each field is absent (`0`) or present (`1`, a
    /// 4-byte length, the bytes), in a fixed order, so no two different rows encode alike.
    pub(crate) fn hash(&self) -> String {
        fn field(h: &mut Sha256, value: Option<&str>) {
            match value {
                None => h.update([0u8]),
                Some(v) => {
                    h.update([1u8]);
                    h.update(u32::try_from(v.len()).unwrap_or(u32::MAX).to_be_bytes());
                    h.update(v.as_bytes());
                }
            }
        }
        let mut h = Sha256::new();
        h.update(b"dhruva audit v1\0");
        field(&mut h, Some(&self.seq.to_string()));
        field(&mut h, Some(&self.at.to_string()));
        field(&mut h, self.account.map(|a| a.to_string()).as_deref());
        field(&mut h, self.role.as_deref());
        field(&mut h, Some(&self.channel));
        field(&mut h, Some(&self.action));
        field(&mut h, self.purpose.as_deref());
        field(&mut h, self.subject_member.map(|m| m.to_string()).as_deref());
        field(&mut h, self.subject_collective.map(|c| c.to_string()).as_deref());
        field(&mut h, self.subject_account.map(|a| a.to_string()).as_deref());
        field(&mut h, self.detail.as_deref());
        field(&mut h, Some(&self.prev_hash));
        hex::encode(h.finalize())
    }
}

/// A write transaction holding the head of the audit chain. Data changes and the audit rows
/// that describe them commit together or not at all.
pub(crate) struct AuditedTx {
    tx: Transaction<'static, Any>,
    seq: i64,
    hash: String,
    at: i64,
    appended: bool,
}

impl Store {
    /// Begins a write transaction whose first statement locks the audit head: on PostgreSQL
    /// the row lock queues concurrent appenders; on SQLite the transaction already holds
    /// the write lock.
    pub(crate) async fn begin_audited(&self) -> Result<AuditedTx, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("UPDATE audit_head SET seq = seq WHERE id = 1 RETURNING seq, hash")
            .fetch_one(&mut *tx)
            .await?;
        Ok(AuditedTx { seq: row.try_get(0)?, hash: row.try_get(1)?, tx, at: db::now_unix(), appended: false })
    }
}

impl AuditedTx {
    pub(crate) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    /// When this transaction happens (one time for all its rows).
    pub(crate) fn at(&self) -> i64 {
        self.at
    }

    pub(crate) async fn append(&mut self, by: &Accessor, event: &AuditEvent) -> Result<(), StoreError> {
        let row = ChainedRow {
            seq: self.seq + 1,
            at: self.at,
            account: by.account.map(|a| a.0),
            role: by.role.map(|r| r.code().to_owned()),
            channel: by.channel.code().to_owned(),
            action: event.action.clone(),
            purpose: by.purpose.map(|p| p.code().to_owned()),
            subject_member: event.subject_member.map(|m| m.0),
            subject_collective: event.subject_collective.map(|c| c.0),
            subject_account: event.subject_account.map(|a| a.0),
            detail: event.detail.clone(),
            prev_hash: self.hash.clone(),
        };
        let hash = row.hash();
        sqlx::query(
            "INSERT INTO audit_log (seq, at, account_id, role, channel, action, purpose, subject_member, \
             subject_collective, subject_account, detail, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(row.seq)
        .bind(row.at)
        .bind(row.account)
        .bind(row.role)
        .bind(row.channel)
        .bind(row.action)
        .bind(row.purpose)
        .bind(row.subject_member)
        .bind(row.subject_collective)
        .bind(row.subject_account)
        .bind(row.detail)
        .bind(row.prev_hash)
        .bind(&hash)
        .execute(&mut *self.tx)
        .await?;
        self.seq = row.seq;
        self.hash = hash;
        self.appended = true;
        Ok(())
    }

    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        if self.appended {
            sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
                .bind(self.seq)
                .bind(&self.hash)
                .execute(&mut *self.tx)
                .await?;
        }
        self.tx.commit().await?;
        Ok(())
    }
}
