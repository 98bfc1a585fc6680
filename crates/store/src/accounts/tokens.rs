//! Bearer tokens for the JSON API: shown once, stored only as their SHA-256.

use crate::audit::AuditEvent;
use crate::{Accessor, Store, StoreError};
use base64::Engine as _;
use dhruva_core::{AccountId, Sensitive};
use rand::rngs::OsRng;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};
use sqlx::Row as _;

const PREFIX: &str = "dhv_";

impl Store {
    /// A new bearer token for the JSON API, shown once; only its hash is stored.
    #[tracing::instrument(skip_all)]
    pub async fn create_api_token(&self, by: &Accessor, id: AccountId, label: &str) -> Result<Sensitive<String>, StoreError> {
        let label = label.trim();
        if label.chars().count() > 100 {
            return Err(StoreError::Invalid("a token label has at most 100 characters".to_owned()));
        }
        let token = Sensitive::new(format!("{PREFIX}{}", random_secret()));
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let inserted = sqlx::query(
            "INSERT INTO api_tokens (account_id, label, token_hash, created_at) \
             SELECT id, $2, $3, $4 FROM accounts WHERE id = $1 AND disabled = 0 RETURNING id",
        )
        .bind(id.0)
        .bind(label)
        .bind(secret_hash(token.expose()))
        .bind(at)
        .fetch_optional(tx.conn())
        .await?;
        let Some(inserted) = inserted else {
            return Err(StoreError::NotFound("account"));
        };
        // The token's row id, not its label: a label is free text and may well name a person.
        let token_id: i64 = inserted.try_get(0)?;
        tx.append(by, &AuditEvent::new("token_created").account(id).detail(format!("token={token_id}"))).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The account a bearer token belongs to, if the token is valid and the account enabled.
    #[tracing::instrument(skip_all)]
    pub async fn account_for_token(&self, token: &str) -> Result<Option<AccountId>, StoreError> {
        if !token.starts_with(PREFIX) {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT t.account_id FROM api_tokens t JOIN accounts a ON a.id = t.account_id \
             WHERE t.token_hash = $1 AND a.disabled = 0",
        )
        .bind(secret_hash(token))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?.map(AccountId))
    }

    /// Revokes every API token of the account; returns how many there were. Recorded only
    /// when there was one to revoke.
    pub async fn revoke_api_tokens(&self, by: &Accessor, id: AccountId) -> Result<u64, StoreError> {
        let mut tx = self.begin_audited().await?;
        let deleted = sqlx::query("DELETE FROM api_tokens WHERE account_id = $1").bind(id.0).execute(tx.conn()).await?;
        let count = deleted.rows_affected();
        if count == 0 {
            return Ok(0);
        }
        tx.append(by, &AuditEvent::new("tokens_revoked").account(id).detail(format!("tokens={count}"))).await?;
        tx.commit().await?;
        Ok(count)
    }
}

/// 32 random bytes as unpadded base64url: safe in headers and cookies.
pub(crate) fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// How a secret is stored. A fast hash is enough: the secret has 256 random bits.
pub(crate) fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
