//! The access policy as a table: every role × action × scope × consent combination, written
//! out by hand from the product rules, checked against `policy::decide`.
//!
//! Adding an action or a scenario without a row here fails `the_table_covers_every_action`.

use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::policy::{decide, Action, Actor, CollectiveFacts, Grant, MemberFacts, Reason, Resource, Role};
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId};

const A: CollectiveId = CollectiveId(1);
const B: CollectiveId = CollectiveId(2);
const P: PartnerOrgId = PartnerOrgId(10); // supports A
const Q: PartnerOrgId = PartnerOrgId(20); // supports B
const SELF: MemberId = MemberId(100);

/// Columns of the table, in order.
const ROLES: [Role; 5] = [Role::Member, Role::Leader, Role::Facilitator, Role::Analyst, Role::Admin];

fn actor(role: Role) -> Actor {
    let grant = match role {
        Role::Member => Grant::Member { member: SELF, collectives: vec![A] },
        Role::Leader => Grant::Leader { collective: A },
        Role::Facilitator => Grant::Facilitator { partner: P },
        Role::Analyst => Grant::Analyst,
        Role::Admin => Grant::Admin,
    };
    Actor { account: AccountId(1), grants: vec![grant] }
}

fn coll(id: CollectiveId) -> CollectiveFacts {
    let partners = if id == A { vec![P] } else { vec![Q] };
    CollectiveFacts { id, partners }
}

fn member(id: MemberId, c: CollectiveId, consents: &[Purpose]) -> MemberFacts {
    MemberFacts { id, collectives: vec![coll(c)], consents: ConsentSet::of(consents) }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scenario {
    Deployment,
    OwnCollective,
    OtherCollective,
    Herself,
    PeerNoConsent,
    PeerCaseSupport,
    PeerMentoring,
    OutsiderAllConsents,
}

const SCENARIOS: [Scenario; 8] = [
    Scenario::Deployment,
    Scenario::OwnCollective,
    Scenario::OtherCollective,
    Scenario::Herself,
    Scenario::PeerNoConsent,
    Scenario::PeerCaseSupport,
    Scenario::PeerMentoring,
    Scenario::OutsiderAllConsents,
];

enum Facts {
    Deployment,
    Collective(CollectiveFacts),
    Member(MemberFacts),
}

fn facts(s: Scenario) -> Facts {
    match s {
        Scenario::Deployment => Facts::Deployment,
        Scenario::OwnCollective => Facts::Collective(coll(A)),
        Scenario::OtherCollective => Facts::Collective(coll(B)),
        Scenario::Herself => Facts::Member(member(SELF, A, &[])),
        Scenario::PeerNoConsent => Facts::Member(member(MemberId(101), A, &[])),
        Scenario::PeerCaseSupport => Facts::Member(member(MemberId(102), A, &[Purpose::CaseSupport])),
        Scenario::PeerMentoring => Facts::Member(member(MemberId(103), A, &[Purpose::Mentoring])),
        Scenario::OutsiderAllConsents => Facts::Member(member(MemberId(200), B, Purpose::ALL)),
    }
}

fn resource(f: &Facts) -> Resource<'_> {
    match f {
        Facts::Deployment => Resource::Deployment,
        Facts::Collective(c) => Resource::Collective(c),
        Facts::Member(m) => Resource::Member(m),
    }
}

use Action as Ac;
use Scenario as S;

/// `Y` = allowed, `-` = denied; columns: member, leader, facilitator, analyst, admin.
/// Combinations not listed (an action on the wrong kind of resource) must be denied.
#[rustfmt::skip]
const TABLE: &[(Action, Scenario, &str)] = &[
    // The deployment: only the admin runs it; the analyst sees federation-wide aggregates.
    (Ac::ViewFederation,     S::Deployment,          "---YY"),
    (Ac::CreateCollective,   S::Deployment,          "----Y"),
    (Ac::ManagePartners,     S::Deployment,          "----Y"),
    (Ac::ManageAccounts,     S::Deployment,          "----Y"),
    (Ac::ViewAuditLog,       S::Deployment,          "----Y"),
    // Her own collective (A, supported by the facilitator's partner P).
    (Ac::ViewCollective,     S::OwnCollective,       "YYYYY"),
    (Ac::EditCollective,     S::OwnCollective,       "-Y--Y"),
    (Ac::ListMembers,        S::OwnCollective,       "-YY-Y"),
    (Ac::CreateMember,       S::OwnCollective,       "-Y---"),
    (Ac::ManageMemberships,  S::OwnCollective,       "-Y---"),
    // Another collective (B, supported by another partner): out of every scoped role's reach.
    (Ac::ViewCollective,     S::OtherCollective,     "---YY"),
    (Ac::EditCollective,     S::OtherCollective,     "----Y"),
    (Ac::ListMembers,        S::OtherCollective,     "----Y"),
    (Ac::CreateMember,       S::OtherCollective,     "-----"),
    (Ac::ManageMemberships,  S::OtherCollective,     "-----"),
    // The member herself, who has consented to nothing.
    (Ac::ViewMember,         S::Herself,             "YYY-Y"),
    (Ac::ViewMemberName,     S::Herself,             "YY---"),
    (Ac::ViewMemberPersonal, S::Herself,             "Y----"),
    (Ac::EditMemberPersonal, S::Herself,             "Y----"),
    // Another member of collective A, no consent: leaders know her name, nothing more.
    (Ac::ViewMember,         S::PeerNoConsent,       "-YY-Y"),
    (Ac::ViewMemberName,     S::PeerNoConsent,       "-Y---"),
    (Ac::ViewMemberPersonal, S::PeerNoConsent,       "-----"),
    (Ac::EditMemberPersonal, S::PeerNoConsent,       "-----"),
    // … who consented to case support by her collective's leaders.
    (Ac::ViewMember,         S::PeerCaseSupport,     "-YY-Y"),
    (Ac::ViewMemberName,     S::PeerCaseSupport,     "-Y---"),
    (Ac::ViewMemberPersonal, S::PeerCaseSupport,     "-Y---"),
    (Ac::EditMemberPersonal, S::PeerCaseSupport,     "-Y---"),
    // … who consented to mentoring: the facilitator may read, never edit.
    (Ac::ViewMember,         S::PeerMentoring,       "-YY-Y"),
    (Ac::ViewMemberName,     S::PeerMentoring,       "-YY--"),
    (Ac::ViewMemberPersonal, S::PeerMentoring,       "--Y--"),
    (Ac::EditMemberPersonal, S::PeerMentoring,       "-----"),
    // A member of collective B who consented to everything: consent never widens scope.
    (Ac::ViewMember,         S::OutsiderAllConsents, "----Y"),
    (Ac::ViewMemberName,     S::OutsiderAllConsents, "-----"),
    (Ac::ViewMemberPersonal, S::OutsiderAllConsents, "-----"),
    (Ac::EditMemberPersonal, S::OutsiderAllConsents, "-----"),
];

fn expected(action: Action, scenario: Scenario) -> Option<&'static str> {
    TABLE.iter().find(|(a, s, _)| *a == action && *s == scenario).map(|(_, _, row)| *row)
}

fn applies(action: Action, scenario: Scenario) -> bool {
    let on_deployment = matches!(action, Ac::ViewFederation | Ac::CreateCollective | Ac::ManagePartners | Ac::ManageAccounts | Ac::ViewAuditLog);
    let on_member = matches!(action, Ac::ViewMember | Ac::ViewMemberName | Ac::ViewMemberPersonal | Ac::EditMemberPersonal);
    match facts(scenario) {
        Facts::Deployment => on_deployment,
        Facts::Member(_) => on_member,
        Facts::Collective(_) => !on_deployment && !on_member,
    }
}

#[test]
fn every_role_action_scope_and_consent_is_decided_as_the_table_says() {
    let mut failures = Vec::new();
    for &action in Action::ALL {
        for scenario in SCENARIOS {
            let f = facts(scenario);
            for (col, role) in ROLES.iter().enumerate() {
                let decision = decide(&actor(*role), action, resource(&f));
                let want = match expected(action, scenario) {
                    Some(row) => row.as_bytes()[col] == b'Y',
                    None => false,
                };
                if decision.allowed != want {
                    failures.push(format!("{role:?} {action:?} {scenario:?}: expected {want}, got {decision:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "policy disagrees with the table:\n{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_action_on_every_resource_it_applies_to() {
    for &action in Action::ALL {
        for scenario in SCENARIOS {
            assert_eq!(
                applies(action, scenario),
                expected(action, scenario).is_some(),
                "{action:?} on {scenario:?}: a row is missing, or a row exists for a combination that does not apply"
            );
        }
    }
}

#[test]
fn actions_on_the_wrong_kind_of_resource_are_refused_as_a_mistake() {
    for &action in Action::ALL {
        for scenario in SCENARIOS {
            if applies(action, scenario) {
                continue;
            }
            let f = facts(scenario);
            for role in ROLES {
                let d = decide(&actor(role), action, resource(&f));
                assert_eq!(d.reason, Reason::WrongResource, "{role:?} {action:?} {scenario:?}");
            }
        }
    }
}

#[test]
fn access_through_consent_names_the_purpose_for_the_audit_log() {
    let f = facts(S::PeerCaseSupport);
    let d = decide(&actor(Role::Leader), Ac::ViewMemberPersonal, resource(&f));
    assert_eq!(d.purpose(), Some(Purpose::CaseSupport));
    let f = facts(S::PeerMentoring);
    let d = decide(&actor(Role::Facilitator), Ac::ViewMemberPersonal, resource(&f));
    assert_eq!(d.purpose(), Some(Purpose::Mentoring));
}

#[test]
fn a_missing_consent_is_reported_as_such_and_not_as_out_of_scope() {
    let f = facts(S::PeerNoConsent);
    let d = decide(&actor(Role::Leader), Ac::ViewMemberPersonal, resource(&f));
    assert_eq!(d.reason, Reason::ConsentMissing(Purpose::CaseSupport));
    let d = decide(&actor(Role::Facilitator), Ac::ViewMemberName, resource(&f));
    assert_eq!(d.reason, Reason::ConsentMissing(Purpose::Mentoring));
}

#[test]
fn withdrawing_consent_closes_access_on_the_next_decision() {
    let mut m = member(MemberId(102), A, &[Purpose::CaseSupport]);
    assert!(decide(&actor(Role::Leader), Ac::ViewMemberPersonal, Resource::Member(&m)).allowed);
    m.consents = ConsentSet::none();
    assert!(!decide(&actor(Role::Leader), Ac::ViewMemberPersonal, Resource::Member(&m)).allowed);
}

#[test]
fn a_leader_who_is_also_a_member_keeps_both_scopes() {
    let both = Actor {
        account: AccountId(7),
        grants: vec![Grant::Member { member: SELF, collectives: vec![A] }, Grant::Leader { collective: A }],
    };
    let me = member(SELF, A, &[]);
    let peer = member(MemberId(101), A, &[]);
    assert_eq!(decide(&both, Ac::EditMemberPersonal, Resource::Member(&me)).reason, Reason::Herself);
    assert!(decide(&both, Ac::ViewMemberName, Resource::Member(&peer)).allowed);
    assert!(!decide(&both, Ac::ViewMemberPersonal, Resource::Member(&peer)).allowed);
    assert_eq!(both.primary_role(), Some(Role::Leader));
}

#[test]
fn an_account_with_no_grants_may_do_nothing() {
    let nobody = Actor { account: AccountId(9), grants: vec![] };
    for &action in Action::ALL {
        for scenario in SCENARIOS {
            let f = facts(scenario);
            assert!(!decide(&nobody, action, resource(&f)).allowed, "{action:?} {scenario:?}");
        }
    }
}

#[test]
fn a_past_member_of_a_collective_is_out_of_its_leaders_scope() {
    // Facts carry only current collectives: once her membership in A ends, A's leader loses her.
    let moved = MemberFacts { id: MemberId(104), collectives: vec![], consents: ConsentSet::of(Purpose::ALL) };
    for action in [Ac::ViewMember, Ac::ViewMemberName, Ac::ViewMemberPersonal] {
        assert!(!decide(&actor(Role::Leader), action, Resource::Member(&moved)).allowed, "{action:?}");
    }
}
