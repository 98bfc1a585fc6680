//! What the policy needs to know about members: their current collectives with the partners
//! supporting them, their current consents and their current mentors. Read afresh for every
//! request, so an ended membership, a withdrawn consent or an ended mentoring counts at once.

use super::{memberships, parse_languages};
use crate::{consent, mentors, Store, StoreError};
use dhruva_core::policy::{CollectiveFacts, MemberFacts};
use dhruva_core::registry::{MemberSummary, Membership};
use dhruva_core::{CollectiveId, MemberId};
use sqlx::Row as _;
use time::Date;

/// Each query of a facts read is a step traced under `dhruva_store::facts` (each from its own
/// line), so a test can see that a missing member's read takes the same steps as a present one's.
macro_rules! step {
    () => {
        tracing::trace!(target: "dhruva_store::facts", "facts query")
    };
}

impl Store {
    /// What the policy needs: her current collectives with their partners, her consents, her
    /// mentors. `None` when there is no such member — after the same queries (see
    /// [`Store::member_facts_or_stand_in`]).
    pub async fn member_facts(&self, id: MemberId, today: Date) -> Result<Option<MemberFacts>, StoreError> {
        let (facts, exists) = self.member_facts_or_stand_in(id, today).await?;
        Ok(exists.then_some(facts))
    }

    /// Her facts and whether she exists. With no such member, a stand-in's facts (the asked-for
    /// id, one collective that cannot exist) are read with the very same queries, so "does not
    /// exist" takes the time "not yours" takes: the caller asks the policy about the stand-in
    /// too, then answers "not found" (both answers are the same 404).
    pub async fn member_facts_or_stand_in(&self, id: MemberId, today: Date) -> Result<(MemberFacts, bool), StoreError> {
        step!();
        let row =
            sqlx::query("SELECT code, languages FROM members WHERE id = $1 AND erased_at IS NULL").bind(id.0).fetch_optional(&self.pool).await?;
        step!();
        let mut memberships = memberships::of_members(&self.pool, &[id], self.today()).await?;
        let summary = match &row {
            Some(row) => MemberSummary {
                id,
                code: row.try_get(0)?,
                languages: parse_languages(&row.try_get::<String, _>(1)?)?,
                memberships: memberships.remove(&id).unwrap_or_default(),
            },
            None => stand_in(id, today),
        };
        let facts = self.facts_of(vec![summary], today).await?.pop().map(|(_, facts)| facts);
        let facts = facts.ok_or(StoreError::Invalid("one member's facts were not read".to_owned()))?;
        Ok((facts, row.is_some()))
    }

    /// The current members of a collective, by code (as [`Store::members_of_collective`]),
    /// each with her facts (as [`Store::member_facts`]). A roster asks the policy about every
    /// member; this reads what it needs in a fixed number of queries, whatever her number.
    pub async fn members_facts_of_collective(&self, collective: CollectiveId, today: Date) -> Result<Vec<(MemberSummary, MemberFacts)>, StoreError> {
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
        if collectives.is_empty() {
            // A former member has no current collective; the query runs anyway, so her
            // facts take the time anyone's do.
            collectives.push(NO_COLLECTIVE);
        }
        step!();
        let partners = self.partners_of_collectives(&collectives).await?;
        let ids: Vec<MemberId> = members.iter().map(|m| m.id).collect();
        step!();
        let mut consents = consent::current_of(&self.pool, &ids).await?;
        step!();
        let mut mentors = mentors::current_of(&self.pool, &ids).await?;
        Ok(members
            .into_iter()
            .zip(current)
            .map(|(summary, current)| {
                let collectives =
                    current.into_iter().map(|id| CollectiveFacts { id, partners: partners.get(&id).cloned().unwrap_or_default() }).collect();
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

/// No collective has this id (ids start at 1 in both databases).
const NO_COLLECTIVE: CollectiveId = CollectiveId(0);

/// Someone who does not exist, a member of a collective that does not exist since `today`.
fn stand_in(id: MemberId, today: Date) -> MemberSummary {
    let membership = Membership { collective: NO_COLLECTIVE, since: today, until: None, office: None };
    MemberSummary { id, code: String::new(), languages: Vec::new(), memberships: vec![membership] }
}

/// Her current collectives, in the order she joined them.
fn current_collectives(summary: &MemberSummary, today: Date) -> Vec<CollectiveId> {
    let mut ids: Vec<CollectiveId> = summary.memberships.iter().filter(|m| m.is_current(today)).map(|m| m.collective).collect();
    ids.dedup();
    ids
}
