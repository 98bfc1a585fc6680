//! Transparency: refused attempts on a member's data go into the audit log like allowed
//! reads do, and she can read both back ("who saw my data").
//!
//! Only refusals for a missing consent are recorded: those are her decisions being applied.
//! A refusal because a role can never do something (the admin and names) is not about her.

use super::Access;
use crate::error::WebError;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::{self, Action, Actor, Decision, MemberFacts, Reason, Resource, Role};
use dhruva_core::{AccountId, MemberId};
use dhruva_store::audit::AuditRow;
use dhruva_store::Accessor;
use std::collections::HashMap;

/// How many rows her page shows: the newest, so the page stays light on 2G.
pub const ACCESS_LOG_LIMIT: usize = 100;

/// Refusals collected while building a page, written in one transaction at the end.
#[derive(Default)]
pub struct Denials(Vec<(Accessor, MemberId, Action)>);

/// Her access log, with the readers' account names.
pub struct AccessLog {
    pub rows: Vec<AuditRow>,
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

    /// Writes the refusals noted, grouped by accessor.
    pub async fn record_denials(&self, denials: Denials) -> Result<(), WebError> {
        let mut groups: Vec<(Accessor, Vec<(MemberId, Action)>)> = Vec::new();
        for (accessor, member, action) in denials.0 {
            match groups.iter_mut().find(|(a, _)| *a == accessor) {
                Some((_, items)) => items.push((member, action)),
                None => groups.push((accessor, vec![(member, action)])),
            }
        }
        for (accessor, items) in groups {
            self.app.store.record_denials(&accessor, &items).await?;
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

    /// "Who saw my data": others' reads of her data and refused attempts, newest first.
    pub async fn access_log(&self, id: MemberId) -> Result<AccessLog, WebError> {
        self.require_on_member(id, Action::ViewAccessLog).await?;
        let rows = self.app.store.access_log(id, ACCESS_LOG_LIMIT).await?;
        let accounts: Vec<AccountId> = rows.iter().filter_map(|r| r.account).collect();
        let usernames = self.app.store.usernames(&accounts).await?;
        Ok(AccessLog { rows, usernames })
    }
}
