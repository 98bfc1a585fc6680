//! The chain itself: how a row is hashed, and the transaction every audited write runs in.
//!
//! Two hashing schemes live side by side, told apart by each row's `chain_version`:
//! version 1 (plain SHA-256) for rows written before migration 0004, version 2 (HMAC-SHA256
//! under [`ChainKey`]) for every row since. Old databases therefore still verify, while a
//! new row cannot be forged, nor the chain after it rebuilt, without the master key.

use super::head::{self, Head};
use super::{Accessor, AuditEvent};
use crate::{db, Keyring, Store, StoreError};
use hmac::{Hmac, Mac};
use sha2::digest::Update;
use sha2::{Digest, Sha256};
use sqlx::{Any, AnyConnection, Row as _, Transaction};
use zeroize::Zeroizing;

/// Plain SHA-256: rows written before the chain was keyed.
pub(crate) const CHAIN_V1: i64 = 1;
/// HMAC-SHA256 under the chain key: every row written by this version.
pub(crate) const CHAIN_V2: i64 = 2;

/// The secret the chain (rows and head) is keyed with, derived from the master key.
pub(crate) struct ChainKey(Zeroizing<[u8; 32]>);

impl ChainKey {
    pub(crate) fn from_keys(keys: &Keyring) -> Self {
        ChainKey(Zeroizing::new(keys.subkey("audit-chain")))
    }

    /// An HMAC-SHA256 ready to be fed.
    pub(crate) fn mac(&self) -> Hmac<Sha256> {
        <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_ref()).unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"))
    }
}

/// Feeds one field: absent (`0`) or present (`1`, a 4-byte length, the bytes), so no two
/// different sequences of fields encode alike.
pub(crate) fn field(h: &mut impl Update, value: Option<&str>) {
    match value {
        None => h.update(&[0u8]),
        Some(v) => {
            h.update(&[1u8]);
            h.update(&u32::try_from(v.len()).unwrap_or(u32::MAX).to_be_bytes());
            h.update(v.as_bytes());
        }
    }
}

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
    pub chain_version: i64,
}

impl ChainedRow {
    /// The row's hash under its own `chain_version`; `None` for a version this build does
    /// not know (which verification reports as a break).
    pub(crate) fn hash(&self, key: &ChainKey) -> Option<String> {
        match self.chain_version {
            CHAIN_V1 => {
                let mut h = Sha256::new();
                Update::update(&mut h, b"dhruva audit v1\0");
                self.encode(&mut h);
                Some(hex::encode(h.finalize()))
            }
            CHAIN_V2 => {
                let mut h = key.mac();
                Update::update(&mut h, b"dhruva audit v2\0");
                self.encode(&mut h);
                Some(hex::encode(h.finalize().into_bytes()))
            }
            _ => None,
        }
    }

    /// The field order of version 1, kept unchanged for version 2 (only the domain string
    /// and the key differ).
    fn encode(&self, h: &mut impl Update) {
        field(h, Some(&self.seq.to_string()));
        field(h, Some(&self.at.to_string()));
        field(h, self.account.map(|a| a.to_string()).as_deref());
        field(h, self.role.as_deref());
        field(h, Some(&self.channel));
        field(h, Some(&self.action));
        field(h, self.purpose.as_deref());
        field(h, self.subject_member.map(|m| m.to_string()).as_deref());
        field(h, self.subject_collective.map(|c| c.to_string()).as_deref());
        field(h, self.subject_account.map(|a| a.to_string()).as_deref());
        field(h, self.detail.as_deref());
        field(h, Some(&self.prev_hash));
    }
}

/// A write transaction holding the head of the audit chain. Data changes and the audit rows
/// that describe them commit together or not at all.
pub(crate) struct AuditedTx {
    tx: Transaction<'static, Any>,
    head: Head,
    key: ChainKey,
    at: i64,
    /// Whether the head changed (rows appended, or the anchor moved) and must be written back.
    dirty: bool,
}

impl Store {
    /// Begins a write transaction whose first statement locks the audit head: on PostgreSQL
    /// the row lock queues concurrent appenders; on SQLite the transaction already holds
    /// the write lock.
    pub(crate) async fn begin_audited(&self) -> Result<AuditedTx, StoreError> {
        let mut tx = self.begin_write().await?;
        let row =
            sqlx::query("UPDATE audit_head SET seq = seq WHERE id = 1 RETURNING seq, hash, anchor_seq, anchor_hash, mac").fetch_one(&mut *tx).await?;
        let head = Head { seq: row.try_get(0)?, hash: row.try_get(1)?, anchor_seq: row.try_get(2)?, anchor_hash: row.try_get(3)? };
        let key = ChainKey::from_keys(&self.keys);
        // A sealed head is trusted only if its seal matches. Appending on it unchecked would
        // (a) with another master key, write acknowledged rows that every later verification
        // reports as changed, and (b) re-seal a head someone without the key moved (rows cut
        // off the end, or the anchor moved over the oldest ones), so the tampering would
        // then verify as intact. A head never sealed (an upgrade interrupted between
        // migration 0004 and its sealing) is still sealed by its first append, as before.
        let seal: Option<String> = row.try_get(4)?;
        if seal.is_some_and(|s| s != head.seal(&key)) {
            return Err(StoreError::Corrupt {
                table: "audit_head",
                detail: "its seal does not match this master key (another deployment's key, or the head was changed \
                         outside the application); nothing is written until `dhruva audit verify` is looked into"
                    .to_owned(),
            });
        }
        Ok(AuditedTx { head, tx, key, at: db::now_unix(), dirty: false })
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

    pub(crate) fn head(&self) -> &Head {
        &self.head
    }

    /// Moves the anchor (retention): rows up to `seq` may then be deleted in this transaction.
    pub(crate) fn set_anchor(&mut self, seq: i64, hash: String) {
        self.head.anchor_seq = seq;
        self.head.anchor_hash = hash;
        self.dirty = true;
    }

    /// Writes the moved anchor (and the head's new seal) now, before rows are deleted: the
    /// database lets a row go only once the anchor covers it.
    pub(crate) async fn write_head(&mut self) -> Result<(), StoreError> {
        head::write(&mut self.tx, &self.head, &self.key).await
    }

    pub(crate) async fn append(&mut self, by: &Accessor, event: &AuditEvent) -> Result<(), StoreError> {
        let row = ChainedRow {
            seq: self.head.seq + 1,
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
            prev_hash: self.head.hash.clone(),
            chain_version: CHAIN_V2,
        };
        let hash = row.hash(&self.key).unwrap_or_else(|| unreachable!("CHAIN_V2 is a known version"));
        sqlx::query(
            "INSERT INTO audit_log (seq, at, account_id, role, channel, action, purpose, subject_member, \
             subject_collective, subject_account, detail, prev_hash, hash, chain_version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
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
        .bind(row.chain_version)
        .execute(&mut *self.tx)
        .await?;
        self.head.seq = row.seq;
        self.head.hash = hash;
        self.dirty = true;
        Ok(())
    }

    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        if self.dirty {
            head::write(&mut self.tx, &self.head, &self.key).await?;
        }
        self.tx.commit().await?;
        Ok(())
    }
}
