//! Her consents: she grants and withdraws each purpose herself; a leader records one given
//! verbally or on paper (with its witness), which waits until she confirms it (or, when she has
//! no account, a second office holder confirms it with her); she sees it and can withdraw it.

use super::Access;
use crate::error::WebError;
use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::minors::MinorStatus;
use dhruva_core::policy::Action;
use dhruva_core::registry::MemberSummary;
use dhruva_core::{AccountId, MemberId, Sensitive};
use dhruva_store::consent::{ConsentEntry, NewConsent};
use dhruva_store::mentors::MentorAssignment;
use std::collections::HashMap;

/// Ways a leader may record a consent she was given (in the app only she gives it).
pub const RECORDED_METHODS: &[&str] = &["verbal", "paper"];

/// Everything her consent page shows.
pub struct ConsentsView {
    pub summary: MemberSummary,
    pub current: ConsentSet,
    /// Newest first, with witnesses' names.
    pub records: Vec<ConsentEntry>,
    pub minor: MinorStatus,
    /// Current and past mentors, newest first.
    pub mentors: Vec<MentorAssignment>,
    /// Account names of whoever recorded or withdrew something.
    pub usernames: HashMap<AccountId, String>,
    pub is_herself: bool,
    pub may_manage: bool,
    pub may_assign_mentor: bool,
    pub may_record_guardian: bool,
    /// Whether she can sign in (then only she confirms what others record).
    pub has_account: bool,
    /// Whether the visitor is an office holder who may confirm, with her, what another recorded.
    pub may_confirm_as_second: bool,
}

impl Access<'_> {
    /// Her consents as the actor may see them (herself, or a leader of her collective).
    #[tracing::instrument(skip_all)]
    pub async fn consents(&self, id: MemberId) -> Result<ConsentsView, WebError> {
        let (facts, d) = self.require_on_member(id, Action::ViewConsents).await?;
        let summary = self.app.store.member_summary(id).await?.ok_or(WebError::NotFound)?;
        let records = self.app.store.consent_records(&self.accessor(&d), id).await?;
        let is_herself = self.actor.member() == Some(id);
        if is_herself {
            // She has now been shown every record: her home page's notice goes.
            self.app.store.mark_consents_told(&self.accessor(&d), id).await?;
        }
        let mentors = self.app.store.mentor_history(id).await?;
        let mut accounts: Vec<AccountId> = Vec::new();
        for r in &records {
            accounts.extend(r.record.granted_by.iter().chain(r.record.withdrawn_by.iter()).chain(r.record.decided_by.iter()));
        }
        let usernames = self.app.store.usernames(&accounts).await?;
        let may = |action| self.decide(action, dhruva_core::policy::Resource::Member(&facts)).allowed;
        Ok(ConsentsView {
            current: facts.consents.clone(),
            minor: self.app.store.minor_status(id).await?,
            is_herself,
            has_account: self.app.store.member_has_account(id).await?,
            may_confirm_as_second: may(Action::ConfirmConsentAsSecondOfficer),
            may_manage: may(Action::ManageConsents),
            may_assign_mentor: may(Action::AssignMentor),
            may_record_guardian: may(Action::RecordGuardianConsent),
            summary,
            records,
            mentors,
            usernames,
        })
    }

    /// She grants a purpose herself, in the app.
    pub async fn grant_own_consent(&self, id: MemberId, purpose: Purpose) -> Result<(), WebError> {
        if self.actor.member() != Some(id) {
            return Err(WebError::Forbidden);
        }
        let (_, d) = self.require_on_member(id, Action::ManageConsents).await?;
        self.app.store.grant_consent(&self.accessor(&d), id, purpose, "in_app").await?;
        Ok(())
    }

    /// A leader records a consent given verbally or on paper, with its witness.
    #[tracing::instrument(skip_all)]
    pub async fn record_consent(&self, id: MemberId, purpose: Purpose, method: &str, witness: Sensitive<String>) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::ManageConsents).await?;
        if !RECORDED_METHODS.contains(&method) {
            return Err(WebError::BadRequest);
        }
        let new = NewConsent { purpose, method: method.to_owned(), witness: Some(witness) };
        self.app.store.record_consent(&self.accessor(&d), id, &new).await?;
        Ok(())
    }

    /// She confirms (`true`) or refuses a grant someone else recorded for her.
    pub async fn decide_own_consent(&self, id: MemberId, consent: i64, confirm: bool) -> Result<(), WebError> {
        if self.actor.member() != Some(id) {
            return Err(WebError::Forbidden);
        }
        let (_, d) = self.require_on_member(id, Action::ManageConsents).await?;
        let by = self.accessor(&d);
        match confirm {
            true => self.app.store.confirm_consent(&by, id, consent).await?,
            false => self.app.store.refuse_consent(&by, id, consent).await?,
        }
        Ok(())
    }

    /// A second office holder confirms, with her in person, a grant another recorded for a
    /// member without an account. The store refuses the recorder herself and members who
    /// have an account (`Invalid`, shown as the page's own message).
    #[tracing::instrument(skip_all)]
    pub async fn confirm_consent_as_second_officer(&self, id: MemberId, consent: i64, witness: &Sensitive<String>) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::ConfirmConsentAsSecondOfficer).await?;
        self.app.store.confirm_consent_as_second_officer(&self.accessor(&d), id, consent, witness).await?;
        Ok(())
    }

    /// Withdraws a purpose: by her, or by a leader she told.
    pub async fn withdraw_consent(&self, id: MemberId, purpose: Purpose) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::ManageConsents).await?;
        self.app.store.withdraw_consent(&self.accessor(&d), id, purpose).await?;
        Ok(())
    }
}
