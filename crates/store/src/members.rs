//! Members: a pseudonymous summary anyone in scope may see, and personal fields that are
//! encrypted under her own data key and audited on every read by someone else.

use crate::{Accessor, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::MemberFacts;
use dhruva_core::registry::{Language, MemberPersonal, MemberSummary, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId, Sensitive};
use std::collections::HashMap;
use time::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMember {
    /// Usually `None` (a random code like `M-7K3Q9H` is made); the demo passes fixed codes
    /// so that loading it twice changes nothing.
    pub code: Option<String>,
    pub collective: CollectiveId,
    pub joined_on: Date,
    pub office: Option<OfficeTitle>,
    pub languages: Vec<Language>,
    pub personal: MemberPersonal,
}

impl Store {
    /// Creates her, her data key, her first membership; records `member_created`. Fails with
    /// `Duplicate` when the code or the phone number is already registered.
    pub async fn create_member(&self, by: &Accessor, new: NewMember) -> Result<MemberSummary, StoreError> {
        let _ = (by, new);
        todo!()
    }

    pub async fn member_summary(&self, id: MemberId) -> Result<Option<MemberSummary>, StoreError> {
        let _ = id;
        todo!()
    }

    pub async fn member_by_code(&self, code: &str) -> Result<Option<MemberSummary>, StoreError> {
        let _ = code;
        todo!()
    }

    /// What the policy needs: her current collectives with their partners, her consents.
    pub async fn member_facts(&self, id: MemberId, today: Date) -> Result<Option<MemberFacts>, StoreError> {
        let _ = (id, today);
        todo!()
    }

    /// Current members of a collective, by code.
    pub async fn members_of_collective(&self, collective: CollectiveId, today: Date) -> Result<Vec<MemberSummary>, StoreError> {
        let _ = (collective, today);
        todo!()
    }

    /// Decrypts the names of several members (a roster). Each read of a name that is not
    /// the reader's own is audited as `view_member_name`.
    pub async fn member_names(&self, by: &Accessor, ids: &[MemberId]) -> Result<HashMap<MemberId, Sensitive<String>>, StoreError> {
        let _ = (by, ids);
        todo!()
    }

    /// Decrypts all her personal fields; audited as `view_member_personal` unless she is
    /// reading her own.
    pub async fn member_personal(&self, by: &Accessor, id: MemberId) -> Result<Option<MemberPersonal>, StoreError> {
        let _ = (by, id);
        todo!()
    }

    /// Replaces her personal fields (and the phone's blind index); audited with the names of
    /// the fields that changed.
    pub async fn update_member_personal(&self, by: &Accessor, id: MemberId, personal: &MemberPersonal) -> Result<(), StoreError> {
        let _ = (by, id, personal);
        todo!()
    }

    pub async fn set_member_languages(&self, by: &Accessor, id: MemberId, languages: &[Language]) -> Result<(), StoreError> {
        let _ = (by, id, languages);
        todo!()
    }

    /// Through the blind index: the phone number is never stored or compared in plaintext.
    pub async fn member_by_phone(&self, phone: &PhoneNumber) -> Result<Option<MemberId>, StoreError> {
        let _ = phone;
        todo!()
    }

    pub async fn add_membership(&self, by: &Accessor, member: MemberId, collective: CollectiveId, since: Date, office: Option<OfficeTitle>) -> Result<(), StoreError> {
        let _ = (by, member, collective, since, office);
        todo!()
    }

    pub async fn end_membership(&self, by: &Accessor, member: MemberId, collective: CollectiveId, until: Date) -> Result<(), StoreError> {
        let _ = (by, member, collective, until);
        todo!()
    }
}
