//! The chain's head (the newest row's seq and hash) and its anchor (the last row removed by
//! retention), sealed together with an HMAC under the chain key.
//!
//! The seal is what ties the ends of the chain down: rows cut off the end, or removed from
//! the start with the anchor moved to match, leave a head whose seal no longer matches, and
//! only the holder of the master key can make a new one.

use super::chain::{field, ChainKey};
use crate::{Store, StoreError};
use hmac::Mac;
use sha2::digest::Update;
use sqlx::{AnyConnection, Row as _};

/// The one `audit_head` row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    pub seq: i64,
    pub hash: String,
    pub anchor_seq: i64,
    pub anchor_hash: String,
}

/// The migration that keyed the chain and added the head's seal.
const KEYED_CHAIN_MIGRATION: i64 = 4;

impl Head {
    pub(crate) fn seal(&self, key: &ChainKey) -> String {
        let mut mac = key.mac();
        Update::update(&mut mac, b"dhruva audit head v2\0");
        field(&mut mac, Some(&self.seq.to_string()));
        field(&mut mac, Some(&self.hash));
        field(&mut mac, Some(&self.anchor_seq.to_string()));
        field(&mut mac, Some(&self.anchor_hash));
        hex::encode(mac.finalize().into_bytes())
    }
}

/// The head and its stored seal (`None`: never sealed), or `None` when the row is missing.
pub(crate) async fn read(conn: &mut AnyConnection) -> Result<Option<(Head, Option<String>)>, StoreError> {
    let row = sqlx::query("SELECT seq, hash, anchor_seq, anchor_hash, mac FROM audit_head WHERE id = 1").fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    let head = Head { seq: row.try_get(0)?, hash: row.try_get(1)?, anchor_seq: row.try_get(2)?, anchor_hash: row.try_get(3)? };
    Ok(Some((head, row.try_get(4)?)))
}

pub(crate) async fn write(conn: &mut AnyConnection, head: &Head, key: &ChainKey) -> Result<(), StoreError> {
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2, anchor_seq = $3, anchor_hash = $4, mac = $5 WHERE id = 1")
        .bind(head.seq)
        .bind(&head.hash)
        .bind(head.anchor_seq)
        .bind(&head.anchor_hash)
        .bind(head.seal(key))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The ends of the chain, for operators: rows up to `anchor_seq` were removed by
/// retention; `head_seq` is the newest row and `head_hash` its hash. Noting the head down
/// outside the deployment lets a later check tell whether the database was rolled back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditBounds {
    pub anchor_seq: i64,
    pub head_seq: i64,
    pub head_hash: String,
}

impl Store {
    pub async fn audit_bounds(&self) -> Result<Option<AuditBounds>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        Ok(read(&mut conn).await?.map(|(h, _)| AuditBounds { anchor_seq: h.anchor_seq, head_seq: h.seq, head_hash: h.hash }))
    }

    /// Whether the migration that keyed the chain has been applied (false on a new database).
    pub(crate) async fn audit_chain_keyed(&self) -> Result<bool, StoreError> {
        let applied = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM _sqlx_migrations WHERE version = $1 AND success")
            .bind(KEYED_CHAIN_MIGRATION)
            .fetch_one(&self.pool)
            .await;
        match applied {
            Ok(n) => Ok(n > 0),
            // No migrations table yet: a brand-new database.
            Err(sqlx::Error::Database(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Seals the head once, right after the migration that keyed the chain ran (on a new
    /// database or an upgraded one). Deliberately not "whenever the seal is missing": then
    /// someone with write access could clear it, rewrite the whole chain with plain
    /// hashes, and have the next start bless the result.
    pub(crate) async fn seal_audit_head_after_upgrade(&self) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some((head, None)) = read(&mut tx).await? {
            write(&mut tx, &head, &ChainKey::from_keys(&self.keys)).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
