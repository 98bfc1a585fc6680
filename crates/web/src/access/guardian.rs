//! Members under 18: a leader marks her, and records her guardian's consent (who, relation,
//! how verified) before anything beyond the minimum is kept.

use super::Access;
use crate::error::WebError;
use dhruva_core::minors::MinorStatus;
use dhruva_core::policy::Action;
use dhruva_core::registry::MemberSummary;
use dhruva_core::{AccountId, MemberId};
use dhruva_store::guardians::{GuardianConsent, GuardianRecord};
use dhruva_store::members::NewMember;
use std::collections::HashMap;

pub struct GuardianView {
    pub summary: MemberSummary,
    pub status: MinorStatus,
    /// Oldest first, with the guardians' names (this read is audited).
    pub records: Vec<GuardianRecord>,
    pub usernames: HashMap<AccountId, String>,
}

impl Access<'_> {
    #[tracing::instrument(skip_all)]
    pub async fn guardian(&self, id: MemberId) -> Result<GuardianView, WebError> {
        let (_, d) = self.require_on_member(id, Action::RecordGuardianConsent).await?;
        let summary = self.app.store.member_summary(id).await?.ok_or(WebError::NotFound)?;
        let records = self.app.store.guardian_consents(&self.accessor(&d), id).await?;
        let accounts: Vec<AccountId> = records.iter().flat_map(|r| r.recorded_by.into_iter().chain(r.withdrawn_by)).collect();
        Ok(GuardianView { status: self.app.store.minor_status(id).await?, usernames: self.app.store.usernames(&accounts).await?, summary, records })
    }

    #[tracing::instrument(skip_all)]
    pub async fn record_guardian(&self, id: MemberId, consent: &GuardianConsent) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::RecordGuardianConsent).await?;
        self.app.store.record_guardian_consent(&self.accessor(&d), id, consent).await?;
        Ok(())
    }

    pub async fn withdraw_guardian(&self, id: MemberId) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::RecordGuardianConsent).await?;
        self.app.store.withdraw_guardian_consent(&self.accessor(&d), id).await?;
        Ok(())
    }

    pub async fn set_needs_guardian(&self, id: MemberId, needs: bool) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::RecordGuardianConsent).await?;
        self.app.store.set_needs_guardian(&self.accessor(&d), id, needs).await?;
        Ok(())
    }

    /// Registers a member known to be under 18 (her code, name and membership only).
    pub async fn create_member_under_18(&self, new: NewMember) -> Result<MemberSummary, WebError> {
        let d = self.require_on_collective(new.collective, Action::CreateMember).await?;
        Ok(self.app.store.create_member_under_18(&self.accessor(&d), new).await?)
    }
}
