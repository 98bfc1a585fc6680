//! Cookie sessions, stored by the hash of their token so a database copy cannot log anyone in.

use crate::accounts::{random_secret, secret_hash};
use crate::{db, Store, StoreError};
use dhruva_core::{AccountId, Sensitive};
use sqlx::Row as _;
use time::{Duration, OffsetDateTime};

/// Last-seen is written at most this often per session (or a tenth of the idle timeout, if
/// that is shorter), so a burst of requests is not a burst of writes. A session may thus end
/// up to this much before its idle timeout, never after.
const REFRESH_EVERY: Duration = Duration::minutes(1);

/// How long after login a session ends however active it is, unless told otherwise.
pub const DEFAULT_LIFETIME: Duration = Duration::hours(12);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub account: AccountId,
    /// A stable, non-secret id for this session (for CSRF binding and "logout everywhere").
    pub id: String,
    pub created_at: OffsetDateTime,
}

impl Store {
    /// Starts a session; returns the secret token for the cookie.
    #[tracing::instrument(skip_all)]
    pub async fn create_session(&self, account: AccountId, now: OffsetDateTime) -> Result<Sensitive<String>, StoreError> {
        let token = Sensitive::new(random_secret());
        let inserted = sqlx::query(
            "INSERT INTO sessions (public_id, token_hash, account_id, created_at, last_seen) \
             SELECT $1, $2, id, $3, $3 FROM accounts WHERE id = $4 AND disabled = 0",
        )
        .bind(random_secret())
        .bind(secret_hash(token.expose()))
        .bind(now.unix_timestamp())
        .bind(account.0)
        .execute(&self.pool)
        .await?;
        if inserted.rows_affected() == 0 {
            return Err(StoreError::NotFound("account"));
        }
        Ok(token)
    }

    /// [`Store::touch_session_within`] with the [`DEFAULT_LIFETIME`].
    pub async fn touch_session(&self, token: &str, now: OffsetDateTime, idle: Duration) -> Result<Option<Session>, StoreError> {
        self.touch_session_within(token, now, idle, DEFAULT_LIFETIME).await
    }

    /// The session for a cookie token, if it was used within `idle` of `now` and began less
    /// than `lifetime` before it; refreshes its last-seen time (see [`REFRESH_EVERY`]). An
    /// expired session is deleted, and so is a session of a disabled account.
    #[tracing::instrument(skip_all)]
    pub async fn touch_session_within(
        &self,
        token: &str,
        now: OffsetDateTime,
        idle: Duration,
        lifetime: Duration,
    ) -> Result<Option<Session>, StoreError> {
        let hash = secret_hash(token);
        let row = sqlx::query(
            "SELECT s.account_id, s.public_id, s.created_at, s.last_seen, a.disabled \
             FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
        )
        .bind(&hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let last_seen: i64 = row.try_get(3)?;
        let since_seen = now.unix_timestamp() - last_seen;
        let age = now.unix_timestamp() - row.try_get::<i64, _>(2)?;
        if since_seen > idle.whole_seconds() || age >= lifetime.whole_seconds() || row.try_get::<i64, _>(4)? != 0 {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&hash).execute(&self.pool).await?;
            return Ok(None);
        }
        if since_seen >= REFRESH_EVERY.min(idle / 10).whole_seconds() {
            sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2 AND last_seen < $1")
                .bind(now.unix_timestamp())
                .bind(&hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(Session { account: AccountId(row.try_get(0)?), id: row.try_get(1)?, created_at: db::parse_time(row.try_get(2)?, "sessions")? }))
    }

    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(secret_hash(token)).execute(&self.pool).await?;
        Ok(())
    }

    /// "Log out everywhere": ends every session of the account.
    pub async fn end_all_sessions(&self, account: AccountId) -> Result<u64, StoreError> {
        let deleted = sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account.0).execute(&self.pool).await?;
        Ok(deleted.rows_affected())
    }

    /// Deletes every session idle for longer than `idle` (for a periodic clean-up); returns
    /// how many. Sessions past their lifetime go when next presented.
    pub async fn purge_idle_sessions(&self, now: OffsetDateTime, idle: Duration) -> Result<u64, StoreError> {
        let deleted =
            sqlx::query("DELETE FROM sessions WHERE last_seen < $1").bind(now.unix_timestamp() - idle.whole_seconds()).execute(&self.pool).await?;
        Ok(deleted.rows_affected())
    }
}
