//! Consent as dated history: a grant and its withdrawal are rows, never overwritten.

use crate::{Accessor, Store, StoreError};
use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::MemberId;

impl Store {
    /// Records that she granted `purpose` (`method`: "in_app", "verbal", "paper").
    /// Granting what is already granted changes nothing.
    pub async fn grant_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose, method: &str) -> Result<(), StoreError> {
        let _ = (by, member, purpose, method);
        todo!()
    }

    /// Withdraws a current grant; takes effect on the next request.
    pub async fn withdraw_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose) -> Result<(), StoreError> {
        let _ = (by, member, purpose);
        todo!()
    }

    pub async fn consents(&self, member: MemberId) -> Result<ConsentSet, StoreError> {
        let _ = member;
        todo!()
    }
}
