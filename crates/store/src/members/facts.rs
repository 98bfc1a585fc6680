//! What the policy needs to know about members: their current collectives with the partners
//! supporting them, their current consents and their current mentors. Read afresh for every
//! request, so an ended membership, a withdrawn consent or an ended mentoring counts at once.

use crate::{consent, mentors, Store, StoreError};
use dhruva_core::policy::{CollectiveFacts, MemberFacts};
use dhruva_core::registry::MemberSummary;
use dhruva_core::{CollectiveId, MemberId};
use time::Date;

impl Store {
    /// What the policy needs: her current collectives with their partners, her consents, her
    /// mentors.
    pub async fn member_facts(&self, id: MemberId, today: Date) -> Result<Option<MemberFacts>, StoreError> {
        let Some(summary) = self.member_summary(id).await? else {
            return Ok(None);
        };
        Ok(self.facts_of(vec![summary], today).await?.pop().map(|(_, facts)| facts))
    }

    /// The current members of a collective, by code (as [`Store::members_of_collective`]),
    /// each with her facts (as [`Store::member_facts`]). A roster asks the policy about every
    /// member; this reads what it needs in a fixed number of queries, whatever her number.
    pub async fn members_facts_of_collective(
        &self,
        collective: CollectiveId,
        today: Date,
    ) -> Result<Vec<(MemberSummary, MemberFacts)>, StoreError> {
        let members = self.members_of_collective(collective, today).await?;
        self.facts_of(members, today).await
    }

    /// Facts for members whose summaries (with all their memberships) are already read: one
    /// query for the partners of all their collectives, one for all their consents, one for
    /// all their current mentors. Both
    /// single-member and batch reads come through here, so they cannot disagree.
    async fn facts_of(&self, members: Vec<MemberSummary>, today: Date) -> Result<Vec<(MemberSummary, MemberFacts)>, StoreError> {
        let current: Vec<Vec<CollectiveId>> = members.iter().map(|m| current_collectives(m, today)).collect();
        let mut collectives: Vec<CollectiveId> = current.iter().flatten().copied().collect();
        collectives.sort_unstable();
        collectives.dedup();
        let partners = self.partners_of_collectives(&collectives).await?;
        let ids: Vec<MemberId> = members.iter().map(|m| m.id).collect();
        let mut consents = consent::current_of(&self.pool, &ids).await?;
        let mut mentors = mentors::current_of(&self.pool, &ids).await?;
        Ok(members
            .into_iter()
            .zip(current)
            .map(|(summary, current)| {
                let collectives = current
                    .into_iter()
                    .map(|id| CollectiveFacts { id, partners: partners.get(&id).cloned().unwrap_or_default() })
                    .collect();
                let facts = MemberFacts {
                    id: summary.id,
                    collectives,
                    consents: consents.remove(&summary.id).unwrap_or_default(),
                    mentors: mentors.remove(&summary.id).unwrap_or_default(),
                };
                (summary, facts)
            })
            .collect())
    }
}

/// Her current collectives, in the order she joined them.
fn current_collectives(summary: &MemberSummary, today: Date) -> Vec<CollectiveId> {
    let mut ids: Vec<CollectiveId> = summary.memberships.iter().filter(|m| m.is_current(today)).map(|m| m.collective).collect();
    ids.dedup();
    ids
}
