//! The access policy as a table: every role × action × scope × consent combination, written
//! out by hand from the product rules, checked against `policy::decide`.
//!
//! Adding an action or a scenario without a row here fails `the_table_covers_every_action`.

use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::offices::{leader_grants, OfficeTerm};
use dhruva_core::policy::{decide, Action, Actor, CollectiveFacts, Grant, MemberFacts, Reason, Resource, Role};
use dhruva_core::registry::OfficeTitle;
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId};

const A: CollectiveId = CollectiveId(1);
const B: CollectiveId = CollectiveId(2);
const P: PartnerOrgId = PartnerOrgId(10); // supports A
const Q: PartnerOrgId = PartnerOrgId(20); // supports B
const SELF: MemberId = MemberId(100);

/// Columns of the table, in order.
const ROLES: [Role; 6] = [Role::Member, Role::Leader, Role::Facilitator, Role::Analyst, Role::Admin, Role::Coordinator];

/// The day every decision in the table is taken on.
const TODAY: time::Date = time::macros::date!(2026 - 12 - 06);

/// The secretary of collective A until the summer, when she handed the office over: still a
/// member of A. Her grants are built the way the store builds them (her membership, and the
/// leader grants her office terms give on `TODAY`), so the last column of the table proves
/// that an ended term leaves her a member's access and nothing more.
fn former_secretary() -> Actor {
    let term = OfficeTerm {
        member: SELF,
        collective: A,
        office: OfficeTitle::Secretary,
        since: time::macros::date!(2024 - 04 - 01),
        until: Some(time::macros::date!(2026 - 07 - 01)),
    };
    let mut grants = vec![Grant::Member { member: SELF, collectives: vec![A] }];
    grants.extend(leader_grants(&[term], TODAY));
    Actor { account: AccountId(1), grants }
}

/// The table's columns: the six roles, then the former secretary.
fn columns() -> Vec<(String, Actor)> {
    let mut columns: Vec<(String, Actor)> = ROLES.iter().map(|r| (format!("{r:?}"), actor(*r))).collect();
    columns.push(("former secretary".to_owned(), former_secretary()));
    columns
}

fn actor(role: Role) -> Actor {
    let grant = match role {
        Role::Member => Grant::Member { member: SELF, collectives: vec![A] },
        Role::Leader => Grant::Leader { collective: A },
        Role::Facilitator => Grant::Facilitator { partner: P },
        Role::Analyst => Grant::Analyst,
        Role::Admin => Grant::Admin,
        Role::Coordinator => Grant::Coordinator,
    };
    Actor { account: AccountId(1), grants: vec![grant] }
}

fn coll(id: CollectiveId) -> CollectiveFacts {
    let partners = if id == A { vec![P] } else { vec![Q] };
    CollectiveFacts { id, partners }
}

/// Every actor in this table is account 1, so the facilitator is "her mentor" when
/// `MENTOR_IS_FACILITATOR` is among her mentors.
const MENTOR_IS_FACILITATOR: AccountId = AccountId(1);
const ANOTHER_MENTOR: AccountId = AccountId(99);

fn member(id: MemberId, c: CollectiveId, consents: &[Purpose]) -> MemberFacts {
    MemberFacts { id, collectives: vec![coll(c)], consents: ConsentSet::of(consents), mentors: vec![] }
}

fn mentored(mut m: MemberFacts, mentor: AccountId) -> MemberFacts {
    m.mentors = vec![mentor];
    m
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
    PeerMentoringOtherMentor,
    PeerResearch,
    PeerMedia,
    PeerFederationContact,
    OutsiderAllConsents,
}

const SCENARIOS: [Scenario; 12] = [
    Scenario::Deployment,
    Scenario::OwnCollective,
    Scenario::OtherCollective,
    Scenario::Herself,
    Scenario::PeerNoConsent,
    Scenario::PeerCaseSupport,
    Scenario::PeerMentoring,
    Scenario::PeerMentoringOtherMentor,
    Scenario::PeerResearch,
    Scenario::PeerMedia,
    Scenario::PeerFederationContact,
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
        Scenario::PeerMentoring => Facts::Member(mentored(member(MemberId(103), A, &[Purpose::Mentoring]), MENTOR_IS_FACILITATOR)),
        Scenario::PeerMentoringOtherMentor => Facts::Member(mentored(member(MemberId(104), A, &[Purpose::Mentoring]), ANOTHER_MENTOR)),
        Scenario::PeerResearch => Facts::Member(member(MemberId(105), A, &[Purpose::Research])),
        Scenario::PeerMedia => Facts::Member(member(MemberId(106), A, &[Purpose::Media])),
        Scenario::PeerFederationContact => Facts::Member(member(MemberId(107), A, &[Purpose::FederationContact])),
        Scenario::OutsiderAllConsents => Facts::Member(mentored(member(MemberId(200), B, Purpose::ALL), MENTOR_IS_FACILITATOR)),
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

/// `Y` = allowed, `-` = denied; columns: member, leader, facilitator, analyst, admin,
/// coordinator, and a former secretary of A (a member of A whose office term has ended). The
/// leader is a leader of collective A, so every `OtherCollective` row and every member of B is
/// "a leader of another collective".
/// The coordinator sets up collectives and partners and sees every collective's record, but,
/// like the admin, never a member's name or personal fields (every member row ends in `-`).
/// Combinations not listed (an action on the wrong kind of resource) must be denied.
#[rustfmt::skip]
const TABLE: &[(Action, Scenario, &str)] = &[
    // The deployment: only the admin runs it (and answers grievances); the analyst sees
    // federation-wide aggregates.
    (Ac::ViewFederation,     S::Deployment,          "---YYY-"),
    (Ac::CreateCollective,   S::Deployment,          "----YY-"),
    (Ac::ManagePartners,     S::Deployment,          "----YY-"),
    (Ac::ManageAccounts,     S::Deployment,          "----Y--"),
    (Ac::AnswerGrievances,   S::Deployment,          "----Y--"),
    // Inviting and resetting the federation's staff (leaders, facilitators, analysts) is the
    // coordinator's work as well as the admin's; `may_manage_staff_roles` limits whose.
    (Ac::ManageStaff,        S::Deployment,          "----YY-"),
    // The registry of institutions is the federation's: its analyst and the admin keep it.
    (Ac::ManageInstitutions, S::Deployment,          "---YY--"),
    // Compensation figures are published as dated releases by the analyst alone.
    (Ac::PublishFigures,     S::Deployment,          "---Y---"),
    // Her own collective (A, supported by the facilitator's partner P).
    (Ac::ViewCollective,     S::OwnCollective,       "YYYYYYY"),
    (Ac::EditCollective,     S::OwnCollective,       "-Y--YY-"),
    (Ac::ListMembers,        S::OwnCollective,       "-YY-Y--"),
    (Ac::CreateMember,       S::OwnCollective,       "-Y-----"),
    (Ac::ManageMemberships,  S::OwnCollective,       "-Y-----"),
    // Offices name members, so they are handed over by the collective's leaders alone; the
    // federation records a collective's closing (its members and history stay).
    (Ac::ManageOffices,      S::OwnCollective,       "-Y-----"),
    (Ac::CloseCollective,    S::OwnCollective,       "-----Y-"),
    // Score cards: members rate for themselves (a leader through her own member grant);
    // leaders and the supporting facilitator run the round; only survivors' leaders close and publish;
    // the providers' self-assessment is the facilitator's; everyone in scope sees aggregates.
    (Ac::AddInstitution,       S::OwnCollective,     "-YY----"),
    (Ac::PlanRound,            S::OwnCollective,     "-YY----"),
    (Ac::RunRound,             S::OwnCollective,     "-YY----"),
    // Closing the rating, like publishing, is the collective's (its leaders), not the partner's.
    (Ac::CloseRound,           S::OwnCollective,     "-Y-----"),
    (Ac::RecordSelfAssessment, S::OwnCollective,     "--Y----"),
    (Ac::PublishRound,         S::OwnCollective,     "-Y-----"),
    (Ac::ViewRoundProgress,    S::OwnCollective,     "-YYY---"),
    (Ac::ViewScorecard,        S::OwnCollective,     "YYYY--Y"),
    (Ac::RateInstitution,      S::OwnCollective,     "Y-----Y"),
    // Casework: the leader runs the collective's secretarial work (the list of what is due,
    // importing a register, how reminders go out); everyone in scope sees the figures.
    (Ac::ViewCasesDue,         S::OwnCollective,     "-Y-----"),
    (Ac::ImportCases,          S::OwnCollective,     "-Y-----"),
    (Ac::ConfigureReminders,   S::OwnCollective,     "-Y-----"),
    (Ac::ViewCaseFigures,      S::OwnCollective,     "YYYY--Y"),
    // Another collective (B, supported by another partner): out of every scoped role's reach.
    (Ac::ViewCollective,     S::OtherCollective,     "---YYY-"),
    (Ac::EditCollective,     S::OtherCollective,     "----YY-"),
    (Ac::ListMembers,        S::OtherCollective,     "----Y--"),
    (Ac::CreateMember,       S::OtherCollective,     "-------"),
    (Ac::ManageMemberships,  S::OtherCollective,     "-------"),
    (Ac::ManageOffices,      S::OtherCollective,     "-------"),
    (Ac::CloseCollective,    S::OtherCollective,     "-----Y-"),
    (Ac::AddInstitution,       S::OtherCollective,   "-------"),
    (Ac::PlanRound,            S::OtherCollective,   "-------"),
    (Ac::RunRound,             S::OtherCollective,   "-------"),
    (Ac::CloseRound,           S::OtherCollective,   "-------"),
    (Ac::RecordSelfAssessment, S::OtherCollective,   "-------"),
    (Ac::PublishRound,         S::OtherCollective,   "-------"),
    (Ac::ViewRoundProgress,    S::OtherCollective,   "---Y---"),
    (Ac::ViewScorecard,        S::OtherCollective,   "---Y---"),
    (Ac::RateInstitution,      S::OtherCollective,   "-------"),
    (Ac::ViewCasesDue,         S::OtherCollective,   "-------"),
    (Ac::ImportCases,          S::OtherCollective,   "-------"),
    (Ac::ConfigureReminders,   S::OtherCollective,   "-------"),
    (Ac::ViewCaseFigures,      S::OtherCollective,   "---Y---"),
    // The member herself, who has consented to nothing: her data is hers. Others' uses of it (contact, research, media) are not hers to do; a guardian's consent is recorded by a leader.
    (Ac::ViewMember,            S::Herself,                  "YYY-Y-Y"),
    (Ac::ViewMemberName,        S::Herself,                  "YY----Y"),
    (Ac::ViewMemberPersonal,    S::Herself,                  "Y-----Y"),
    (Ac::EditMemberPersonal,    S::Herself,                  "Y-----Y"),
    (Ac::ViewConsents,          S::Herself,                  "YY----Y"),
    (Ac::ManageConsents,        S::Herself,                  "YY----Y"),
    (Ac::RecordGuardianConsent, S::Herself,                  "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::Herself, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::Herself, "-Y-----"),
    (Ac::IssueActivationCode, S::Herself, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::Herself, "-Y--Y--"),
    (Ac::AssignMentor,          S::Herself,                  "YY----Y"),
    (Ac::ViewAccessLog,         S::Herself,                  "Y-----Y"),
    (Ac::ExportMemberData,      S::Herself,                  "Y-----Y"),
    (Ac::RequestCorrection,     S::Herself,                  "Y-----Y"),
    (Ac::EraseMember,           S::Herself,                  "Y-----Y"),
    (Ac::RaiseGrievance,        S::Herself,                  "Y-----Y"),
    (Ac::ContactMember,         S::Herself,                  "-------"),
    (Ac::IncludeInResearch,     S::Herself,                  "-------"),
    (Ac::UseInMedia,            S::Herself,                  "-------"),
    (Ac::ViewRatings,           S::Herself,                  "Y-----Y"),
    (Ac::ViewCases,             S::Herself,                    "Y-----Y"),
    (Ac::ManageCases,           S::Herself,                    "Y-----Y"),
    // Another member of collective A, no consent: leaders know her name and keep her consent records, nothing more.
    (Ac::ViewMember,            S::PeerNoConsent,            "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerNoConsent,            "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerNoConsent,            "-------"),
    (Ac::EditMemberPersonal,    S::PeerNoConsent,            "-------"),
    (Ac::ViewConsents,          S::PeerNoConsent,            "-Y-----"),
    (Ac::ManageConsents,        S::PeerNoConsent,            "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerNoConsent,            "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerNoConsent, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerNoConsent, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerNoConsent, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerNoConsent, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerNoConsent,            "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerNoConsent,            "-------"),
    (Ac::ExportMemberData,      S::PeerNoConsent,            "-------"),
    (Ac::RequestCorrection,     S::PeerNoConsent,            "-------"),
    (Ac::EraseMember,           S::PeerNoConsent,            "-------"),
    (Ac::RaiseGrievance,        S::PeerNoConsent,            "-------"),
    (Ac::ContactMember,         S::PeerNoConsent,            "-------"),
    (Ac::IncludeInResearch,     S::PeerNoConsent,            "-------"),
    (Ac::UseInMedia,            S::PeerNoConsent,            "-------"),
    (Ac::ViewRatings,           S::PeerNoConsent,            "-------"),
    (Ac::ViewCases,             S::PeerNoConsent,              "-------"),
    (Ac::ManageCases,           S::PeerNoConsent,              "-------"),
    // … who consented to case support by her collective's leaders.
    (Ac::ViewMember,            S::PeerCaseSupport,          "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerCaseSupport,          "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerCaseSupport,          "-Y-----"),
    (Ac::EditMemberPersonal,    S::PeerCaseSupport,          "-Y-----"),
    (Ac::ViewConsents,          S::PeerCaseSupport,          "-Y-----"),
    (Ac::ManageConsents,        S::PeerCaseSupport,          "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerCaseSupport,          "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerCaseSupport, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerCaseSupport, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerCaseSupport, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerCaseSupport, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerCaseSupport,          "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerCaseSupport,          "-------"),
    (Ac::ExportMemberData,      S::PeerCaseSupport,          "-------"),
    (Ac::RequestCorrection,     S::PeerCaseSupport,          "-------"),
    (Ac::EraseMember,           S::PeerCaseSupport,          "-------"),
    (Ac::RaiseGrievance,        S::PeerCaseSupport,          "-------"),
    (Ac::ContactMember,         S::PeerCaseSupport,          "-------"),
    (Ac::IncludeInResearch,     S::PeerCaseSupport,          "-------"),
    (Ac::UseInMedia,            S::PeerCaseSupport,          "-------"),
    (Ac::ViewRatings,           S::PeerCaseSupport,          "-------"),
    (Ac::ViewCases,             S::PeerCaseSupport,            "-Y-----"),
    (Ac::ManageCases,           S::PeerCaseSupport,            "-Y-----"),
    // … who consented to mentoring, with the facilitator as her assigned mentor: read, never edit.
    (Ac::ViewMember,            S::PeerMentoring,            "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerMentoring,            "-YY----"),
    (Ac::ViewMemberPersonal,    S::PeerMentoring,            "--Y----"),
    (Ac::EditMemberPersonal,    S::PeerMentoring,            "-------"),
    (Ac::ViewConsents,          S::PeerMentoring,            "-Y-----"),
    (Ac::ManageConsents,        S::PeerMentoring,            "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerMentoring,            "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerMentoring, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerMentoring, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerMentoring, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerMentoring, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerMentoring,            "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerMentoring,            "-------"),
    (Ac::ExportMemberData,      S::PeerMentoring,            "-------"),
    (Ac::RequestCorrection,     S::PeerMentoring,            "-------"),
    (Ac::EraseMember,           S::PeerMentoring,            "-------"),
    (Ac::RaiseGrievance,        S::PeerMentoring,            "-------"),
    (Ac::ContactMember,         S::PeerMentoring,            "-------"),
    (Ac::IncludeInResearch,     S::PeerMentoring,            "-------"),
    (Ac::UseInMedia,            S::PeerMentoring,            "-------"),
    (Ac::ViewRatings,           S::PeerMentoring,            "-------"),
    (Ac::ViewCases,             S::PeerMentoring,              "-------"),
    (Ac::ManageCases,           S::PeerMentoring,              "-------"),
    // … who consented to mentoring by another facilitator: this one sees no more than before.
    (Ac::ViewMember,            S::PeerMentoringOtherMentor, "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerMentoringOtherMentor, "-------"),
    (Ac::EditMemberPersonal,    S::PeerMentoringOtherMentor, "-------"),
    (Ac::ViewConsents,          S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::ManageConsents,        S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerMentoringOtherMentor, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerMentoringOtherMentor, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerMentoringOtherMentor, "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerMentoringOtherMentor, "-------"),
    (Ac::ExportMemberData,      S::PeerMentoringOtherMentor, "-------"),
    (Ac::RequestCorrection,     S::PeerMentoringOtherMentor, "-------"),
    (Ac::EraseMember,           S::PeerMentoringOtherMentor, "-------"),
    (Ac::RaiseGrievance,        S::PeerMentoringOtherMentor, "-------"),
    (Ac::ContactMember,         S::PeerMentoringOtherMentor, "-------"),
    (Ac::IncludeInResearch,     S::PeerMentoringOtherMentor, "-------"),
    (Ac::UseInMedia,            S::PeerMentoringOtherMentor, "-------"),
    (Ac::ViewRatings,           S::PeerMentoringOtherMentor, "-------"),
    (Ac::ViewCases,             S::PeerMentoringOtherMentor,   "-------"),
    (Ac::ManageCases,           S::PeerMentoringOtherMentor,   "-------"),
    // … who consented to research: the federation may include her in research exports.
    (Ac::ViewMember,            S::PeerResearch,             "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerResearch,             "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerResearch,             "-------"),
    (Ac::EditMemberPersonal,    S::PeerResearch,             "-------"),
    (Ac::ViewConsents,          S::PeerResearch,             "-Y-----"),
    (Ac::ManageConsents,        S::PeerResearch,             "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerResearch,             "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerResearch, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerResearch, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerResearch, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerResearch, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerResearch,             "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerResearch,             "-------"),
    (Ac::ExportMemberData,      S::PeerResearch,             "-------"),
    (Ac::RequestCorrection,     S::PeerResearch,             "-------"),
    (Ac::EraseMember,           S::PeerResearch,             "-------"),
    (Ac::RaiseGrievance,        S::PeerResearch,             "-------"),
    (Ac::ContactMember,         S::PeerResearch,             "-------"),
    (Ac::IncludeInResearch,     S::PeerResearch,             "---Y---"),
    (Ac::UseInMedia,            S::PeerResearch,             "-------"),
    (Ac::ViewRatings,           S::PeerResearch,             "-------"),
    (Ac::ViewCases,             S::PeerResearch,               "-------"),
    (Ac::ManageCases,           S::PeerResearch,               "-------"),
    // … who consented to media use of her story: her leaders and the federation may use it.
    (Ac::ViewMember,            S::PeerMedia,                "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerMedia,                "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerMedia,                "-------"),
    (Ac::EditMemberPersonal,    S::PeerMedia,                "-------"),
    (Ac::ViewConsents,          S::PeerMedia,                "-Y-----"),
    (Ac::ManageConsents,        S::PeerMedia,                "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerMedia,                "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerMedia, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerMedia, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerMedia, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerMedia, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerMedia,                "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerMedia,                "-------"),
    (Ac::ExportMemberData,      S::PeerMedia,                "-------"),
    (Ac::RequestCorrection,     S::PeerMedia,                "-------"),
    (Ac::EraseMember,           S::PeerMedia,                "-------"),
    (Ac::RaiseGrievance,        S::PeerMedia,                "-------"),
    (Ac::ContactMember,         S::PeerMedia,                "-------"),
    (Ac::IncludeInResearch,     S::PeerMedia,                "-------"),
    (Ac::UseInMedia,            S::PeerMedia,                "-Y-Y---"),
    (Ac::ViewRatings,           S::PeerMedia,                "-------"),
    (Ac::ViewCases,             S::PeerMedia,                  "-------"),
    (Ac::ManageCases,           S::PeerMedia,                  "-------"),
    // … who consented to contact by the federation.
    (Ac::ViewMember,            S::PeerFederationContact,    "-YY-Y--"),
    (Ac::ViewMemberName,        S::PeerFederationContact,    "-Y-----"),
    (Ac::ViewMemberPersonal,    S::PeerFederationContact,    "-------"),
    (Ac::EditMemberPersonal,    S::PeerFederationContact,    "-------"),
    (Ac::ViewConsents,          S::PeerFederationContact,    "-Y-----"),
    (Ac::ManageConsents,        S::PeerFederationContact,    "-Y-----"),
    (Ac::RecordGuardianConsent, S::PeerFederationContact,    "-Y-----"),
    (Ac::ConfirmConsentAsSecondOfficer, S::PeerFederationContact, "-Y-----"),
    (Ac::ConfirmPhoneChange, S::PeerFederationContact, "-Y-----"),
    (Ac::IssueActivationCode, S::PeerFederationContact, "-Y--Y--"),
    (Ac::DisableMemberAccount, S::PeerFederationContact, "-Y--Y--"),
    (Ac::AssignMentor,          S::PeerFederationContact,    "-Y-----"),
    (Ac::ViewAccessLog,         S::PeerFederationContact,    "-------"),
    (Ac::ExportMemberData,      S::PeerFederationContact,    "-------"),
    (Ac::RequestCorrection,     S::PeerFederationContact,    "-------"),
    (Ac::EraseMember,           S::PeerFederationContact,    "-------"),
    (Ac::RaiseGrievance,        S::PeerFederationContact,    "-------"),
    (Ac::ContactMember,         S::PeerFederationContact,    "---Y---"),
    (Ac::IncludeInResearch,     S::PeerFederationContact,    "-------"),
    (Ac::UseInMedia,            S::PeerFederationContact,    "-------"),
    (Ac::ViewRatings,           S::PeerFederationContact,    "-------"),
    (Ac::ViewCases,             S::PeerFederationContact,      "-------"),
    (Ac::ManageCases,           S::PeerFederationContact,      "-------"),
    // A member of collective B who consented to everything, with the facilitator as mentor: consent never widens a scoped role's reach; the federation-wide analyst may use what she allowed.
    (Ac::ViewMember,            S::OutsiderAllConsents,      "----Y--"),
    (Ac::ViewMemberName,        S::OutsiderAllConsents,      "-------"),
    (Ac::ViewMemberPersonal,    S::OutsiderAllConsents,      "-------"),
    (Ac::EditMemberPersonal,    S::OutsiderAllConsents,      "-------"),
    (Ac::ViewConsents,          S::OutsiderAllConsents,      "-------"),
    (Ac::ManageConsents,        S::OutsiderAllConsents,      "-------"),
    (Ac::RecordGuardianConsent, S::OutsiderAllConsents,      "-------"),
    (Ac::ConfirmConsentAsSecondOfficer, S::OutsiderAllConsents, "-------"),
    (Ac::ConfirmPhoneChange, S::OutsiderAllConsents, "-------"),
    (Ac::IssueActivationCode, S::OutsiderAllConsents, "----Y--"),
    (Ac::DisableMemberAccount, S::OutsiderAllConsents, "----Y--"),
    (Ac::AssignMentor,          S::OutsiderAllConsents,      "-------"),
    (Ac::ViewAccessLog,         S::OutsiderAllConsents,      "-------"),
    (Ac::ExportMemberData,      S::OutsiderAllConsents,      "-------"),
    (Ac::RequestCorrection,     S::OutsiderAllConsents,      "-------"),
    (Ac::EraseMember,           S::OutsiderAllConsents,      "-------"),
    (Ac::RaiseGrievance,        S::OutsiderAllConsents,      "-------"),
    (Ac::ContactMember,         S::OutsiderAllConsents,      "---Y---"),
    (Ac::IncludeInResearch,     S::OutsiderAllConsents,      "---Y---"),
    (Ac::UseInMedia,            S::OutsiderAllConsents,      "---Y---"),
    (Ac::ViewRatings,           S::OutsiderAllConsents,      "-------"),
    (Ac::ViewCases,             S::OutsiderAllConsents,        "-------"),
    (Ac::ManageCases,           S::OutsiderAllConsents,        "-------"),
];

fn expected(action: Action, scenario: Scenario) -> Option<&'static str> {
    TABLE.iter().find(|(a, s, _)| *a == action && *s == scenario).map(|(_, _, row)| *row)
}

fn applies(action: Action, scenario: Scenario) -> bool {
    match facts(scenario) {
        Facts::Deployment => action.is_on_deployment(),
        Facts::Member(_) => action.is_on_member(),
        Facts::Collective(_) => action.is_on_collective(),
    }
}

#[test]
fn every_role_action_scope_and_consent_is_decided_as_the_table_says() {
    let mut failures = Vec::new();
    for &action in Action::ALL {
        for scenario in SCENARIOS {
            let f = facts(scenario);
            for (col, (role, actor)) in columns().iter().enumerate() {
                let decision = decide(actor, action, resource(&f));
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
            for (role, actor) in columns() {
                let d = decide(&actor, action, resource(&f));
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
    let her_mentor_without_consent = mentored(member(MemberId(101), A, &[]), MENTOR_IS_FACILITATOR);
    let d = decide(&actor(Role::Facilitator), Ac::ViewMemberName, Resource::Member(&her_mentor_without_consent));
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
    let both = Actor { account: AccountId(7), grants: vec![Grant::Member { member: SELF, collectives: vec![A] }, Grant::Leader { collective: A }] };
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
    let moved = MemberFacts { id: MemberId(104), collectives: vec![], consents: ConsentSet::of(Purpose::ALL), mentors: vec![MENTOR_IS_FACILITATOR] };
    for action in [Ac::ViewMember, Ac::ViewMemberName, Ac::ViewMemberPersonal] {
        assert!(!decide(&actor(Role::Leader), action, Resource::Member(&moved)).allowed, "{action:?}");
    }
}

#[test]
fn each_purpose_gates_its_use_denied_before_the_grant_allowed_after_denied_after_withdrawal() {
    let uses = [
        (Purpose::CaseSupport, Role::Leader, Ac::ViewMemberPersonal),
        (Purpose::Mentoring, Role::Facilitator, Ac::ViewMemberPersonal),
        (Purpose::Research, Role::Analyst, Ac::IncludeInResearch),
        (Purpose::Media, Role::Analyst, Ac::UseInMedia),
        (Purpose::FederationContact, Role::Analyst, Ac::ContactMember),
    ];
    assert_eq!(uses.len(), Purpose::ALL.len(), "every purpose needs a use here");
    for (purpose, role, action) in uses {
        let mut m = mentored(member(MemberId(300), A, &[]), MENTOR_IS_FACILITATOR);
        let before = decide(&actor(role), action, Resource::Member(&m));
        assert_eq!(before.reason, Reason::ConsentMissing(purpose), "{purpose:?} before the grant");
        m.consents = ConsentSet::of(&[purpose]);
        let granted = decide(&actor(role), action, Resource::Member(&m));
        assert!(granted.allowed, "{purpose:?} after the grant");
        assert_eq!(granted.purpose(), Some(purpose));
        m.consents = ConsentSet::none();
        assert!(!decide(&actor(role), action, Resource::Member(&m)).allowed, "{purpose:?} after withdrawal");
    }
}

#[test]
fn the_coordinator_sets_up_collectives_and_never_reads_anything_about_a_member() {
    let coordinator = actor(Role::Coordinator);
    for action in [Ac::CreateCollective, Ac::ManagePartners, Ac::ViewFederation] {
        assert_eq!(decide(&coordinator, action, Resource::Deployment).reason, Reason::FederationCoordinator, "{action:?}");
    }
    for &action in Action::ALL.iter().filter(|a| a.is_on_member()) {
        for scenario in SCENARIOS {
            if let Facts::Member(m) = facts(scenario) {
                assert!(!decide(&coordinator, action, Resource::Member(&m)).allowed, "{action:?} {scenario:?}");
            }
        }
    }
    // Nor a collective's roster, nor every account (the audit log is read only from the
    // server's command line, `dhruva audit`, so no page or policy action reaches it).
    assert!(!decide(&coordinator, Ac::ListMembers, Resource::Collective(&coll(A))).allowed);
    assert!(!decide(&coordinator, Ac::ManageAccounts, Resource::Deployment).allowed);
}

/// A code sets the password: a leader may give one only to an account with no role beyond a
/// member's; an account holding any other role is the admin's alone to reset.
#[test]
fn only_the_admin_may_give_a_code_to_an_account_that_holds_a_role() {
    use dhruva_core::policy::may_issue_code_for_roles;
    let leader = actor(Role::Leader);
    let admin = actor(Role::Admin);
    assert!(may_issue_code_for_roles(&leader, &[]));
    assert!(may_issue_code_for_roles(&leader, &[Role::Member]));
    for role in [Role::Leader, Role::Facilitator, Role::Analyst, Role::Admin, Role::Coordinator] {
        assert!(!may_issue_code_for_roles(&leader, &[Role::Member, role]), "{role:?}");
        assert!(may_issue_code_for_roles(&admin, &[role]), "{role:?}");
    }
}

#[test]
fn during_her_term_the_secretary_decides_as_the_leader_column_does() {
    // The former secretary's column is a member's only because her term ended: on a day inside
    // the term the same terms make her a leader of A.
    let term = OfficeTerm { member: SELF, collective: A, office: OfficeTitle::Secretary, since: time::macros::date!(2024 - 04 - 01), until: None };
    let mut grants = vec![Grant::Member { member: SELF, collectives: vec![A] }];
    grants.extend(leader_grants(&[term], TODAY));
    let secretary = Actor { account: AccountId(1), grants };
    let f = facts(S::PeerNoConsent);
    assert!(decide(&secretary, Action::ViewMemberName, resource(&f)).allowed);
    assert!(!decide(&former_secretary(), Action::ViewMemberName, resource(&f)).allowed);
    let own = facts(S::OwnCollective);
    assert!(decide(&secretary, Action::ManageOffices, resource(&own)).allowed);
    assert!(!decide(&former_secretary(), Action::ManageOffices, resource(&own)).allowed);
}

#[test]
fn the_coordinator_manages_staff_accounts_but_not_members_admins_or_coordinators() {
    use dhruva_core::policy::may_manage_staff_roles;
    let coordinator = actor(Role::Coordinator);
    assert!(may_manage_staff_roles(&coordinator, &[Role::Leader]));
    assert!(may_manage_staff_roles(&coordinator, &[Role::Facilitator, Role::Analyst]));
    assert!(!may_manage_staff_roles(&coordinator, &[Role::Member]), "a member's account is her leader's to reset");
    assert!(!may_manage_staff_roles(&coordinator, &[Role::Leader, Role::Member]), "a leader who is a member too");
    assert!(!may_manage_staff_roles(&coordinator, &[Role::Admin]));
    assert!(!may_manage_staff_roles(&coordinator, &[Role::Coordinator]));
    assert!(!may_manage_staff_roles(&coordinator, &[]));
    assert!(may_manage_staff_roles(&actor(Role::Admin), &[Role::Coordinator]));
    assert!(!may_manage_staff_roles(&actor(Role::Leader), &[Role::Facilitator]));
}
