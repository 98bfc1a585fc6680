//! Her rights through the policy: her copy, corrections, grievances, erasure. Her own pages
//! act on the member the signed-in account is; anyone who is not a member gets the same 404
//! as a page that does not exist.

use super::Access;
use crate::error::WebError;
use crate::state::today;
use dhruva_core::policy::{Action, Resource};
use dhruva_core::registry::MemberSummary;
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::erasure::ErasureReceipt;
use dhruva_store::export::MemberExport;
use dhruva_store::requests::{CorrectionOutcome, CorrectionRequest, Grievance, GrievanceSummary, OpenCorrection};
use dhruva_store::Accessor;
use time::Date;

impl Access<'_> {
    /// The member the actor is, with the decision for `action` on her: `NotFound` for
    /// accounts that are no member.
    async fn on_herself(&self, action: Action) -> Result<(MemberId, Accessor), WebError> {
        let id = self.actor.member().ok_or(WebError::NotFound)?;
        let (_, d) = self.require_on_member(id, action).await?;
        Ok((id, self.accessor(&d)))
    }

    pub async fn export_herself(&self) -> Result<MemberExport, WebError> {
        let (id, by) = self.on_herself(Action::ExportMemberData).await?;
        Ok(self.app.store.member_export(&by, id).await?)
    }

    pub async fn request_correction(&self, text: &Sensitive<String>) -> Result<(), WebError> {
        let (id, by) = self.on_herself(Action::RequestCorrection).await?;
        self.app.store.request_correction(&by, id, text).await?;
        Ok(())
    }

    /// Her own requests, and whether she may make the corrections herself.
    pub async fn own_corrections(&self) -> Result<(Vec<CorrectionRequest>, bool), WebError> {
        let (id, by) = self.on_herself(Action::RequestCorrection).await?;
        let may_edit = self.require_on_member(id, Action::EditMemberPersonal).await.is_ok();
        Ok((self.app.store.correction_requests(&by, id).await?, may_edit))
    }

    /// She made the correction herself.
    pub async fn close_own_correction(&self, request: i64) -> Result<(), WebError> {
        let id = self.actor.member().ok_or(WebError::NotFound)?;
        self.close_correction(id, request, CorrectionOutcome::Done, None).await
    }

    /// A member's requests, for whoever may correct her details (audited by the store).
    pub async fn corrections_of(&self, member: MemberId) -> Result<(MemberSummary, Vec<CorrectionRequest>), WebError> {
        let (_, d) = self.require_on_member(member, Action::EditMemberPersonal).await?;
        let summary = self.app.store.member_summary(member).await?.ok_or(WebError::NotFound)?;
        Ok((summary, self.app.store.correction_requests(&self.accessor(&d), member).await?))
    }

    pub async fn close_correction(
        &self,
        member: MemberId,
        request: i64,
        outcome: CorrectionOutcome,
        note: Option<&Sensitive<String>>,
    ) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(member, Action::EditMemberPersonal).await?;
        self.app.store.close_correction_request(&self.accessor(&d), member, request, outcome, note).await?;
        Ok(())
    }

    /// Open requests of other members whose details the actor may correct, with their codes.
    pub async fn corrections_to_handle(&self) -> Result<Vec<(OpenCorrection, MemberSummary)>, WebError> {
        let own = self.actor.member();
        let mut out = Vec::new();
        for open in self.app.store.open_correction_requests().await? {
            if Some(open.member) == own {
                continue;
            }
            let Some(facts) = self.app.store.member_facts(open.member, today()).await? else { continue };
            if !self.decide(Action::EditMemberPersonal, Resource::Member(&facts)).allowed {
                continue;
            }
            if let Some(summary) = self.app.store.member_summary(open.member).await? {
                out.push((open, summary));
            }
        }
        Ok(out)
    }

    pub async fn raise_grievance(&self, text: &Sensitive<String>, today: Date) -> Result<(), WebError> {
        let (id, by) = self.on_herself(Action::RaiseGrievance).await?;
        self.app.store.raise_grievance(&by, id, text, today).await?;
        Ok(())
    }

    pub async fn own_grievances(&self) -> Result<Vec<Grievance>, WebError> {
        let (id, _) = self.on_herself(Action::RaiseGrievance).await?;
        Ok(self.app.store.grievances_of(id).await?)
    }

    /// Whether the actor is the deployment's grievance officer.
    pub fn answers_grievances(&self) -> bool {
        self.decide(Action::AnswerGrievances, Resource::Deployment).allowed
    }

    fn as_grievance_officer(&self) -> Result<Accessor, WebError> {
        let d = self.decide(Action::AnswerGrievances, Resource::Deployment);
        if d.allowed {
            Ok(self.accessor(&d))
        } else {
            Err(WebError::NotFound)
        }
    }

    pub async fn grievances_to_answer(&self) -> Result<Vec<GrievanceSummary>, WebError> {
        self.as_grievance_officer()?;
        Ok(self.app.store.grievances_to_answer().await?)
    }

    /// One grievance's text for the officer, and nothing else of hers.
    pub async fn grievance(&self, id: i64) -> Result<Grievance, WebError> {
        let by = self.as_grievance_officer()?;
        self.app.store.grievance_for_officer(&by, id).await?.ok_or(WebError::NotFound)
    }

    pub async fn answer_grievance(&self, id: i64, answer: &Sensitive<String>) -> Result<(), WebError> {
        let by = self.as_grievance_officer()?;
        self.app.store.answer_grievance(&by, id, answer).await?;
        Ok(())
    }

    /// Erases her. The caller has checked her password.
    pub async fn erase_herself(&self) -> Result<ErasureReceipt, WebError> {
        let (id, by) = self.on_herself(Action::EraseMember).await?;
        Ok(self.app.store.erase_member(&by, id).await?)
    }
}
