//! The one road from a request to the registry: gather the facts, ask the policy, fetch only
//! what it allows, and tell the store who is reading and why. Pages and the API both go
//! through here, so they cannot disagree about who sees what.
//!
//! Anything the actor may not see is [`WebError::NotFound`], exactly like a missing id.

use crate::error::WebError;
use crate::state::{today, AppState};
use dhruva_core::policy::{self, Action, Actor, CollectiveFacts, Decision, MemberFacts, Reason, Resource, Role};
use dhruva_core::registry::{Collective, MemberPersonal, MemberSummary, Membership};
use dhruva_core::{CollectiveId, MemberId, Sensitive};
use dhruva_store::members::NewMember;
use dhruva_store::{Accessor, Channel};
use std::collections::HashMap;

mod cases;
mod casework;
mod consents;
mod federation;
mod guardian;
mod mentors;
mod phone;
mod ratings;
mod rights;
mod scorecard_reports;
mod scorecards;
mod transparency;

pub use cases::{CaseView, MemberCases};
pub use casework::{authority_figures, case_min_cell, figure_key, figure_names, DeskView, HeldRows, Released};
pub use consents::{ConsentsView, RECORDED_METHODS};
pub use federation::RESEARCH_MIN_CELL;
pub use phone::Saved;
pub use scorecard_reports::{institutions_named, place_names, public_report, published_rounds, FederationReport, RoundReport};
pub use scorecards::RoundView;
pub use transparency::Denials;

pub struct Access<'a> {
    app: &'a AppState,
    actor: &'a Actor,
    channel: Channel,
}

/// A member on a collective's roster, as the actor may see her.
pub struct RosterEntry {
    pub summary: MemberSummary,
    /// Present only where the policy allows her name to this actor.
    pub name: Option<Sensitive<String>>,
}

/// One member, as the actor may see her.
pub struct MemberView {
    pub summary: MemberSummary,
    pub name: Option<Sensitive<String>>,
    pub personal: Option<MemberPersonal>,
    /// Her memberships in collectives the actor may see, with those collectives.
    pub memberships: Vec<(Membership, Collective)>,
    pub may_edit: bool,
    pub is_herself: bool,
    /// Her choices, her mentor, her guardian's consent: whether the actor may open each.
    pub may_view_consents: bool,
    pub may_assign_mentor: bool,
    pub may_record_guardian: bool,
    /// Whether the actor may end, move or renew her membership (issue 11: offices slice).
    pub may_manage_membership: bool,
}

fn facts_of(c: &Collective) -> CollectiveFacts {
    CollectiveFacts { id: c.id, partners: c.partners.clone() }
}

/// Which of the actor's roles an allowing decision rests on, for the audit log.
fn role_of(reason: Reason) -> Option<Role> {
    match reason {
        Reason::Herself => Some(Role::Member),
        Reason::LeaderOfHerCollective | Reason::LeaderWithConsent(_) => Some(Role::Leader),
        Reason::FacilitatorOfSupportingPartner | Reason::FacilitatorWithConsent(_) => Some(Role::Facilitator),
        Reason::FederationAnalyst | Reason::FederationAnalystWithConsent(_) => Some(Role::Analyst),
        Reason::DeploymentAdmin => Some(Role::Admin),
        Reason::FederationCoordinator => Some(Role::Coordinator),
        Reason::OutOfScope | Reason::ConsentMissing(_) | Reason::NotPermittedForRole | Reason::WrongResource => None,
    }
}

impl<'a> Access<'a> {
    pub fn new(app: &'a AppState, actor: &'a Actor, channel: Channel) -> Self {
        Access { app, actor, channel }
    }

    pub fn decide(&self, action: Action, resource: Resource<'_>) -> Decision {
        let d = policy::decide(self.actor, action, resource);
        tracing::debug!(action = action.code(), allowed = d.allowed, reason = ?d.reason, "policy");
        d
    }

    /// What the store records as the reader or writer of personal data.
    pub fn accessor(&self, decision: &Decision) -> Accessor {
        Accessor { account: Some(self.actor.account), role: role_of(decision.reason), purpose: decision.purpose(), channel: self.channel }
    }

    /// The collectives the actor may see, by name.
    pub async fn visible_collectives(&self) -> Result<Vec<Collective>, WebError> {
        let all = self.app.store.collectives().await?;
        Ok(all.into_iter().filter(|c| self.decide(Action::ViewCollective, Resource::Collective(&facts_of(c))).allowed).collect())
    }

    /// A collective the actor may see.
    pub async fn collective(&self, id: CollectiveId) -> Result<Collective, WebError> {
        let c = self.app.store.collective(id).await?.ok_or(WebError::NotFound)?;
        if !self.decide(Action::ViewCollective, Resource::Collective(&facts_of(&c))).allowed {
            return Err(WebError::NotFound);
        }
        Ok(c)
    }

    /// The decision for `action` on a collective, refused as `NotFound` if she may not even
    /// see it, `Forbidden` if she may see it but not do this.
    pub async fn require_on_collective(&self, id: CollectiveId, action: Action) -> Result<Decision, WebError> {
        let facts = self.app.store.collective_facts(id).await?.ok_or(WebError::NotFound)?;
        let d = self.decide(action, Resource::Collective(&facts));
        if d.allowed {
            return Ok(d);
        }
        if self.decide(Action::ViewCollective, Resource::Collective(&facts)).allowed {
            Err(WebError::Forbidden)
        } else {
            Err(WebError::NotFound)
        }
    }

    /// The current members of a collective the actor may list, with names where allowed.
    /// `Ok(None)` when she may see the collective but not its members.
    #[tracing::instrument(skip_all)]
    pub async fn roster(&self, collective: &Collective) -> Result<Option<Vec<RosterEntry>>, WebError> {
        if !self.decide(Action::ListMembers, Resource::Collective(&facts_of(collective))).allowed {
            return Ok(None);
        }
        let members = self.app.store.members_facts_of_collective(collective.id, today()).await?;
        let mut visible = Vec::with_capacity(members.len());
        // Names are decrypted in groups that share one accessor, so each read is audited
        // with the role and purpose that allowed it.
        let mut name_groups: Vec<(Accessor, Vec<MemberId>)> = Vec::new();
        let mut denials = Denials::default();
        for (summary, facts) in members {
            if !self.decide(Action::ViewMember, Resource::Member(&facts)).allowed {
                continue;
            }
            let d = self.decide(Action::ViewMemberName, Resource::Member(&facts));
            self.note_denial(&mut denials, &facts, Action::ViewMemberName, &d);
            if d.allowed {
                let accessor = self.accessor(&d);
                match name_groups.iter_mut().find(|(a, _)| *a == accessor) {
                    Some((_, ids)) => ids.push(summary.id),
                    None => name_groups.push((accessor, vec![summary.id])),
                }
            }
            visible.push(summary);
        }
        let mut names: HashMap<MemberId, Sensitive<String>> = HashMap::new();
        for (accessor, ids) in &name_groups {
            names.extend(self.app.store.member_names(accessor, ids).await?);
        }
        // A list: reloading it must not write a refusal per member per load.
        self.count_denials(denials).await?;
        Ok(Some(visible.into_iter().map(|summary| RosterEntry { name: names.remove(&summary.id), summary }).collect()))
    }

    /// The facts and decision for `action` on a member: `NotFound` unless the actor may at
    /// least see her, `Forbidden` if she may see her but not do this.
    pub async fn require_on_member(&self, id: MemberId, action: Action) -> Result<(MemberFacts, Decision), WebError> {
        // A missing member's stand-in is read and decided on like anyone: "does not exist"
        // does the work "not yours" does, so the time taken does not tell them apart.
        let (facts, exists) = self.app.store.member_facts_or_stand_in(id, today()).await?;
        if !self.decide(Action::ViewMember, Resource::Member(&facts)).allowed || !exists {
            return Err(WebError::NotFound);
        }
        let d = self.decide(action, Resource::Member(&facts));
        if d.allowed {
            Ok((facts, d))
        } else {
            Err(WebError::Forbidden)
        }
    }

    /// One member as the actor may see her: always her summary, her name and personal
    /// fields only where the policy allows (each such read audited by the store).
    #[tracing::instrument(skip_all)]
    pub async fn member(&self, id: MemberId) -> Result<MemberView, WebError> {
        let (facts, _) = self.require_on_member(id, Action::ViewMember).await?;
        let summary = self.app.store.member_summary(id).await?.ok_or(WebError::NotFound)?;
        let personal_d = self.decide(Action::ViewMemberPersonal, Resource::Member(&facts));
        let personal = match personal_d.allowed {
            true => self.app.store.member_personal(&self.accessor(&personal_d), id).await?,
            false => None,
        };
        let name_d = self.decide(Action::ViewMemberName, Resource::Member(&facts));
        let name = match (&personal, name_d.allowed) {
            // Already decrypted (and audited) with the personal fields: no second read.
            (Some(p), _) => Some(p.name.clone()),
            (None, true) => self.app.store.member_names(&self.accessor(&name_d), &[id]).await?.remove(&id),
            (None, false) => None,
        };
        // Her consent decided what was not shown: that goes into her log too.
        let mut denials = Denials::default();
        self.note_denial(&mut denials, &facts, Action::ViewMemberPersonal, &personal_d);
        self.note_denial(&mut denials, &facts, Action::ViewMemberName, &name_d);
        self.record_denials(denials).await?;
        let mut memberships = Vec::new();
        for m in &summary.memberships {
            if let Some(c) = self.app.store.collective(m.collective).await? {
                if self.decide(Action::ViewCollective, Resource::Collective(&facts_of(&c))).allowed {
                    memberships.push((m.clone(), c));
                }
            }
        }
        Ok(MemberView {
            may_edit: self.decide(Action::EditMemberPersonal, Resource::Member(&facts)).allowed,
            may_view_consents: self.decide(Action::ViewConsents, Resource::Member(&facts)).allowed,
            may_assign_mentor: self.decide(Action::AssignMentor, Resource::Member(&facts)).allowed,
            may_record_guardian: self.decide(Action::RecordGuardianConsent, Resource::Member(&facts)).allowed,
            may_manage_membership: facts.collectives.iter().any(|c| self.decide(Action::ManageMemberships, Resource::Collective(c)).allowed),
            is_herself: self.actor.member() == Some(id),
            summary,
            name,
            personal,
            memberships,
        })
    }

    /// Her personal fields as they stand, for an edit form.
    pub async fn personal_for_edit(&self, id: MemberId) -> Result<MemberPersonal, WebError> {
        let (_, d) = self.require_on_member(id, Action::EditMemberPersonal).await?;
        self.app.store.member_personal(&self.accessor(&d), id).await?.ok_or(WebError::NotFound)
    }

    pub async fn create_member(&self, new: NewMember) -> Result<MemberSummary, WebError> {
        let d = self.require_on_collective(new.collective, Action::CreateMember).await?;
        // A closed collective takes nobody new (the store refuses it on the registration and
        // import roads; this is the API's older road).
        if self.app.store.collective_closed_on(new.collective).await?.is_some() {
            return Err(WebError::Invalid(crate::validate::FieldErrors::one("collective", crate::validate::Problem::Closed)));
        }
        Ok(self.app.store.create_member(&self.accessor(&d), new).await?)
    }
}
