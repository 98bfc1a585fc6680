//! Cookie sessions, stored by the hash of their token so a database copy cannot log anyone in.

use crate::{Store, StoreError};
use dhruva_core::{AccountId, Sensitive};
use time::{Duration, OffsetDateTime};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub account: AccountId,
    /// A stable, non-secret id for this session (for CSRF binding and "logout everywhere").
    pub id: String,
    pub created_at: OffsetDateTime,
}

impl Store {
    /// Starts a session; returns the secret token for the cookie.
    pub async fn create_session(&self, account: AccountId, now: OffsetDateTime) -> Result<Sensitive<String>, StoreError> {
        let _ = (account, now);
        todo!()
    }

    /// The session for a cookie token, if it was used within `idle` of `now`; refreshes its
    /// last-seen time. An idle-expired session is deleted.
    pub async fn touch_session(&self, token: &str, now: OffsetDateTime, idle: Duration) -> Result<Option<Session>, StoreError> {
        let _ = (token, now, idle);
        todo!()
    }

    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        let _ = token;
        todo!()
    }

    /// "Log out everywhere": ends every session of the account.
    pub async fn end_all_sessions(&self, account: AccountId) -> Result<u64, StoreError> {
        let _ = account;
        todo!()
    }
}
