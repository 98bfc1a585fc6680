//! Transparency: refused attempts on a member's data go into the audit log like allowed
//! reads do, and she can read both back ("who saw my data").
//!
//! Only refusals for a missing consent are recorded: those are her decisions being applied.
//! A refusal because a role can never do something (the admin and names) is not about her.
//! A page about one member records each refusal; a list page counts them
//! ([`Access::count_denials`]), so reloading a list writes no audit row per member.

use super::Access;
use crate::error::WebError;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::{self, Action, Actor, Decision, MemberFacts, Reason, Resource, Role};
use dhruva_core::{AccountId, MemberId};
use dhruva_store::access_log::{AccessPage, LINES_PER_PAGE};
use dhruva_store::Accessor;
use std::collections::HashMap;

/// Refusals collected while building a page, written in one transaction at the end.
#[derive(Default)]
pub struct Denials(Vec<(Accessor, MemberId, Action)>);

/// Her access log: one page of reads and one of refusals, with the readers' account names.
pub struct AccessLog {
    pub reads: AccessPage,
    pub refusals: AccessPage,
    pub usernames: HashMap<AccountId, String>,
}

impl Access<'_> {
    /// Notes `decision` if it refused `action` on her for want of her consent.
    pub fn note_denial(&self, denials: &mut Denials, facts: &MemberFacts, action: Action, decision: &Decision) {
        if let Reason::ConsentMissing(purpose) = decision.reason {
            let accessor = Accessor {
                account: Some(self.actor.account),
                role: self.role_refused(action, facts, purpose),
                purpose: Some(purpose),
                channel: self.channel,
            };
            denials.0.push((accessor, facts.id, action));
        }
    }

    /// Writes the refusals noted on a page about one member, one audit row each.
    pub async fn record_denials(&self, denials: Denials) -> Result<(), WebError> {
        for (accessor, items) in denials.grouped() {
            self.app.store.record_denials(&accessor, &items).await?;
        }
        Ok(())
    }

    /// Counts the refusals noted on a list page: her page says how many times that day,
    /// and the audit chain holds the first of them.
    pub async fn count_denials(&self, denials: Denials) -> Result<(), WebError> {
        for (accessor, items) in denials.grouped() {
            self.app.store.count_refusals(&accessor, &items).await?;
        }
        Ok(())
    }

    /// Which of the actor's roles asked and was refused, for the audit row: the grant that,
    /// alone, gets the same "consent missing" answer.
    fn role_refused(&self, action: Action, facts: &MemberFacts, purpose: Purpose) -> Option<Role> {
        self.actor.grants.iter().find_map(|grant| {
            let alone = Actor { account: self.actor.account, grants: vec![grant.clone()] };
            let d = policy::decide(&alone, action, Resource::Member(facts));
            (d.reason == Reason::ConsentMissing(purpose)).then(|| grant.role())
        })
    }

    /// "Who saw my data": others' reads of her data and refused attempts, each newest
    /// first and paged on its own (`reads_page`, `refusals_page`, 0 the newest).
    pub async fn access_log(&self, id: MemberId, reads_page: usize, refusals_page: usize) -> Result<AccessLog, WebError> {
        self.require_on_member(id, Action::ViewAccessLog).await?;
        let reads = self.app.store.access_reads(id, reads_page, LINES_PER_PAGE).await?;
        let refusals = self.app.store.access_refusals(id, refusals_page, LINES_PER_PAGE).await?;
        let accounts: Vec<AccountId> = reads.lines.iter().chain(&refusals.lines).filter_map(|r| r.account).collect();
        let usernames = self.app.store.usernames(&accounts).await?;
        Ok(AccessLog { reads, refusals, usernames })
    }
}

impl Denials {
    /// The refusals by accessor, in the order first noted.
    fn grouped(self) -> Vec<(Accessor, Vec<(MemberId, Action)>)> {
        let mut groups: Vec<(Accessor, Vec<(MemberId, Action)>)> = Vec::new();
        for (accessor, member, action) in self.0 {
            match groups.iter_mut().find(|(a, _)| *a == accessor) {
                Some((_, items)) => items.push((member, action)),
                None => groups.push((accessor, vec![(member, action)])),
            }
        }
        groups
    }
}
