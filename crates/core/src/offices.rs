//! Offices in a collective as dated terms, and the leader's access that follows them.
//!
//! A collective's president, secretary and treasurer run it; the core team helps. Holding one
//! of the first three on a given day is what makes a member a leader of that collective that
//! day: the access follows the office, not a flag set once. When the secretary's office is
//! handed over, the new secretary leads from the handover date and the former one stops on
//! that same date — because both are read from the terms, never copied into a grant.

use crate::ids::{CollectiveId, MemberId};
use crate::policy::Grant;
use crate::registry::OfficeTitle;
use serde::Serialize;
use time::Date;

impl OfficeTitle {
    /// Whether holding this office makes her a leader of the collective (with a leader's
    /// access to its register and its members' consents). The core team does not.
    pub fn leads(self) -> bool {
        matches!(self, OfficeTitle::President | OfficeTitle::Secretary | OfficeTitle::Treasurer)
    }
}

/// One member's term in one office: from `since` (inclusive) to `until` (exclusive; open
/// while she holds it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfficeTerm {
    pub member: MemberId,
    pub collective: CollectiveId,
    pub office: OfficeTitle,
    pub since: Date,
    pub until: Option<Date>,
}

impl OfficeTerm {
    pub fn is_current(&self, today: Date) -> bool {
        self.since <= today && self.until.is_none_or(|until| today < until)
    }
}

/// The leader grants her terms give her on `today`: one per collective where she holds a
/// leading office that day. A term that ended — a former secretary — gives nothing.
pub fn leader_grants(terms: &[OfficeTerm], today: Date) -> Vec<Grant> {
    let mut collectives: Vec<CollectiveId> = terms.iter().filter(|t| t.office.leads() && t.is_current(today)).map(|t| t.collective).collect();
    collectives.sort();
    collectives.dedup();
    collectives.into_iter().map(|collective| Grant::Leader { collective }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn term(office: OfficeTitle, since: Date, until: Option<Date>) -> OfficeTerm {
        OfficeTerm { member: MemberId(1), collective: CollectiveId(7), office, since, until }
    }

    #[test]
    fn the_access_starts_and_ends_with_the_term() {
        let t = term(OfficeTitle::Secretary, date!(2026 - 03 - 01), Some(date!(2026 - 09 - 01)));
        assert!(leader_grants(std::slice::from_ref(&t), date!(2026 - 02 - 28)).is_empty(), "before her term");
        assert_eq!(leader_grants(std::slice::from_ref(&t), date!(2026 - 03 - 01)), vec![Grant::Leader { collective: CollectiveId(7) }]);
        assert_eq!(leader_grants(std::slice::from_ref(&t), date!(2026 - 08 - 31)).len(), 1);
        assert!(leader_grants(&[t], date!(2026 - 09 - 01)).is_empty(), "the handover date is the former secretary's first day without it");
    }

    #[test]
    fn the_core_team_does_not_lead_and_two_offices_give_one_grant() {
        assert!(leader_grants(&[term(OfficeTitle::CoreTeam, date!(2026 - 01 - 01), None)], date!(2026 - 06 - 01)).is_empty());
        let both = [term(OfficeTitle::President, date!(2026 - 01 - 01), None), term(OfficeTitle::Treasurer, date!(2026 - 01 - 01), None)];
        assert_eq!(leader_grants(&both, date!(2026 - 06 - 01)).len(), 1);
    }
}
