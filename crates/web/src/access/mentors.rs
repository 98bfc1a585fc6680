//! Mentors: a leader of her collective (or she herself) assigns a facilitator of a partner
//! that supports her collective, and ends the assignment.

use super::Access;
use crate::error::WebError;
use dhruva_core::policy::{Action, MemberFacts};
use dhruva_core::registry::MemberSummary;
use dhruva_core::{AccountId, MemberId, PartnerOrgId};
use dhruva_store::mentors::{MentorAssignment, MentorCandidate};

pub struct MentorsView {
    pub summary: MemberSummary,
    /// Newest first, current and ended.
    pub history: Vec<MentorAssignment>,
    /// Facilitators of the partners supporting her current collectives, not already current.
    pub candidates: Vec<MentorCandidate>,
    pub is_herself: bool,
}

fn partners_of(facts: &MemberFacts) -> Vec<PartnerOrgId> {
    let mut partners: Vec<PartnerOrgId> = facts.collectives.iter().flat_map(|c| c.partners.iter().copied()).collect();
    partners.sort_unstable();
    partners.dedup();
    partners
}

impl Access<'_> {
    pub async fn mentors(&self, id: MemberId) -> Result<MentorsView, WebError> {
        let (facts, _) = self.require_on_member(id, Action::AssignMentor).await?;
        let summary = self.app.store.member_summary(id).await?.ok_or(WebError::NotFound)?;
        let history = self.app.store.mentor_history(id).await?;
        let mut candidates = self.app.store.mentor_candidates(&partners_of(&facts)).await?;
        candidates.retain(|c| !facts.mentors.contains(&c.account));
        Ok(MentorsView { summary, history, candidates, is_herself: self.actor.member() == Some(id) })
    }

    /// Only a facilitator of a partner that supports her collective can be chosen: anyone
    /// else could never read anything as her mentor, and the form offers no one else.
    pub async fn assign_mentor(&self, id: MemberId, mentor: AccountId) -> Result<(), WebError> {
        let (facts, d) = self.require_on_member(id, Action::AssignMentor).await?;
        let candidates = self.app.store.mentor_candidates(&partners_of(&facts)).await?;
        if !candidates.iter().any(|c| c.account == mentor) {
            return Err(WebError::BadRequest);
        }
        self.app.store.assign_mentor(&self.accessor(&d), id, mentor).await?;
        Ok(())
    }

    pub async fn end_mentor(&self, id: MemberId, mentor: AccountId) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(id, Action::AssignMentor).await?;
        self.app.store.end_mentor(&self.accessor(&d), id, mentor).await?;
        Ok(())
    }
}
