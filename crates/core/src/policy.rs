//! The access policy: the one place that decides who may do what to whom.
//!
//! Every read or write, from a page, the JSON API or OpenRosa, asks [`decide`] first. It is a
//! pure function of the actor (who is asking, with which roles), the action and the facts
//! about the resource (which collective she belongs to, which partners support it, what she
//! has consented to). The callers gather the facts; the policy never looks anything up.

use crate::consent::{ConsentSet, Purpose};
use crate::ids::{AccountId, CollectiveId, MemberId, PartnerOrgId};
use crate::registry::coded_enum;
use serde::Serialize;

coded_enum!(
    /// The kinds of role an account can hold. The scope of each is in [`Grant`].
    Role {
        Member => "member",
        Leader => "leader",
        Facilitator => "facilitator",
        Analyst => "analyst",
        Admin => "admin",
        Coordinator => "coordinator",
    }
);

/// One role held by an account, with the scope it applies to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Grant {
    /// The account is this member herself; `collectives` are those she currently belongs to.
    Member { member: MemberId, collectives: Vec<CollectiveId> },
    /// A leader (president, secretary …) acting for her collective.
    Leader { collective: CollectiveId },
    /// Staff of a partner organisation, for the collectives it supports.
    Facilitator { partner: PartnerOrgId },
    /// The federation's policy team: aggregates across every collective.
    Analyst,
    /// Runs the deployment; never reads members' personal fields.
    Admin,
    /// The federation's coordinator: sets up its collectives and partner organisations and
    /// sees every collective; like the admin, never reads members' names or personal fields.
    Coordinator,
}

impl Grant {
    pub fn role(&self) -> Role {
        match self {
            Grant::Member { .. } => Role::Member,
            Grant::Leader { .. } => Role::Leader,
            Grant::Facilitator { .. } => Role::Facilitator,
            Grant::Analyst => Role::Analyst,
            Grant::Admin => Role::Admin,
            Grant::Coordinator => Role::Coordinator,
        }
    }
}

/// Who is asking: an account and every role it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub account: AccountId,
    pub grants: Vec<Grant>,
}

impl Actor {
    /// The member this account belongs to, if she is one.
    pub fn member(&self) -> Option<MemberId> {
        self.grants.iter().find_map(|g| match g {
            Grant::Member { member, .. } => Some(*member),
            _ => None,
        })
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role() == role)
    }

    /// The role a home page is built for: the widest one held.
    pub fn primary_role(&self) -> Option<Role> {
        [Role::Admin, Role::Coordinator, Role::Analyst, Role::Facilitator, Role::Leader, Role::Member].into_iter().find(|r| self.has_role(*r))
    }
}

coded_enum!(
    /// Everything the policy can be asked about.
    Action {
        ViewFederation => "view_federation",
        CreateCollective => "create_collective",
        ManagePartners => "manage_partners",
        ManageAccounts => "manage_accounts",
        ViewCollective => "view_collective",
        EditCollective => "edit_collective",
        ListMembers => "list_members",
        CreateMember => "create_member",
        ManageMemberships => "manage_memberships",
        ViewMember => "view_member",
        ViewMemberName => "view_member_name",
        ViewMemberPersonal => "view_member_personal",
        EditMemberPersonal => "edit_member_personal",
        ViewConsents => "view_consents",
        ManageConsents => "manage_consents",
        RecordGuardianConsent => "record_guardian_consent",
        AssignMentor => "assign_mentor",
        ViewAccessLog => "view_access_log",
        ExportMemberData => "export_member_data",
        RequestCorrection => "request_correction",
        EraseMember => "erase_member",
        RaiseGrievance => "raise_grievance",
        ContactMember => "contact_member",
        IncludeInResearch => "include_in_research",
        UseInMedia => "use_in_media",
        AnswerGrievances => "answer_grievances",
        ManageInstitutions => "manage_institutions",
        AddInstitution => "add_institution",
        PlanRound => "plan_round",
        RunRound => "run_round",
        CloseRound => "close_round",
        RecordSelfAssessment => "record_self_assessment",
        PublishRound => "publish_round",
        ViewRoundProgress => "view_round_progress",
        ViewScorecard => "view_scorecard",
        RateInstitution => "rate_institution",
        ViewRatings => "view_ratings",
        ViewCases => "view_cases",
        ManageCases => "manage_cases",
        ViewCasesDue => "view_cases_due",
        ImportCases => "import_cases",
        ConfigureReminders => "configure_reminders",
        ViewCaseFigures => "view_case_figures",
        PublishFigures => "publish_figures",
        ConfirmConsentAsSecondOfficer => "confirm_consent_as_second_officer",
        ConfirmPhoneChange => "confirm_phone_change",
        IssueActivationCode => "issue_activation_code",
        CloseCollective => "close_collective",
        ManageOffices => "manage_offices",
        ManageStaff => "manage_staff",
        DisableMemberAccount => "disable_member_account",
    }
);

impl Action {
    /// Actions whose resource is the deployment as a whole.
    pub fn is_on_deployment(self) -> bool {
        use Action as A;
        matches!(
            self,
            A::ViewFederation
                | A::CreateCollective
                | A::ManagePartners
                | A::ManageAccounts
                | A::ManageStaff
                | A::AnswerGrievances
                | A::ManageInstitutions
                | A::PublishFigures
        )
    }

    /// Actions whose resource is one member.
    pub fn is_on_member(self) -> bool {
        use Action as A;
        matches!(
            self,
            A::ViewMember
                | A::ViewMemberName
                | A::ViewMemberPersonal
                | A::EditMemberPersonal
                | A::ViewConsents
                | A::ManageConsents
                | A::RecordGuardianConsent
                | A::AssignMentor
                | A::ViewAccessLog
                | A::ExportMemberData
                | A::RequestCorrection
                | A::EraseMember
                | A::RaiseGrievance
                | A::ContactMember
                | A::IncludeInResearch
                | A::UseInMedia
                | A::ViewRatings
                | A::ViewCases
                | A::ManageCases
                | A::ConfirmConsentAsSecondOfficer
                | A::ConfirmPhoneChange
                | A::IssueActivationCode
                | A::DisableMemberAccount
        )
    }

    /// Actions whose resource is one collective.
    pub fn is_on_collective(self) -> bool {
        !self.is_on_deployment() && !self.is_on_member()
    }
}

/// What the policy needs to know about a collective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectiveFacts {
    pub id: CollectiveId,
    pub partners: Vec<PartnerOrgId>,
}

/// What the policy needs to know about a member: where she belongs and what she allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberFacts {
    pub id: MemberId,
    /// Her current collectives, each with the partners that support it.
    pub collectives: Vec<CollectiveFacts>,
    pub consents: ConsentSet,
    /// The facilitators' accounts assigned as her mentors (by her collective's leaders).
    pub mentors: Vec<AccountId>,
}

/// What an action is done to.
#[derive(Clone, Copy, Debug)]
pub enum Resource<'a> {
    /// The deployment as a whole: accounts, partners, the audit log, federation aggregates.
    Deployment,
    Collective(&'a CollectiveFacts),
    Member(&'a MemberFacts),
}

/// Why a decision went the way it did. Safe to log: it names no person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Reason {
    Herself,
    LeaderOfHerCollective,
    LeaderWithConsent(Purpose),
    FacilitatorOfSupportingPartner,
    FacilitatorWithConsent(Purpose),
    FederationAnalyst,
    FederationAnalystWithConsent(Purpose),
    DeploymentAdmin,
    FederationCoordinator,
    /// Deny: the actor's scope does not reach this resource.
    OutOfScope,
    /// Deny: within scope, but she has not consented to this purpose.
    ConsentMissing(Purpose),
    /// Deny: no role the actor holds may do this at all.
    NotPermittedForRole,
    /// Deny: the action does not apply to this kind of resource (a caller's mistake).
    WrongResource,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub reason: Reason,
}

impl Decision {
    fn allow(reason: Reason) -> Self {
        Decision { allowed: true, reason }
    }
    fn deny(reason: Reason) -> Self {
        Decision { allowed: false, reason }
    }

    /// The purpose to record in the audit log for an allowed access to someone else's data.
    pub fn purpose(&self) -> Option<Purpose> {
        match self.reason {
            Reason::LeaderWithConsent(p) | Reason::FacilitatorWithConsent(p) | Reason::FederationAnalystWithConsent(p) => Some(p),
            _ => None,
        }
    }
}

/// Decides whether `actor` may do `action` to `resource`.
///
/// Allowed if any of the actor's grants allows it. When none does, the most specific reason
/// is returned (a missing consent says more than "out of scope").
pub fn decide(actor: &Actor, action: Action, resource: Resource<'_>) -> Decision {
    let mut best_denial = Decision::deny(Reason::NotPermittedForRole);
    for grant in &actor.grants {
        let d = decide_for_grant(actor.account, grant, action, resource);
        if d.allowed {
            return d;
        }
        if denial_rank(d.reason) > denial_rank(best_denial.reason) {
            best_denial = d;
        }
    }
    best_denial
}

fn denial_rank(reason: Reason) -> u8 {
    match reason {
        Reason::ConsentMissing(_) => 3,
        Reason::OutOfScope => 2,
        Reason::WrongResource => 1,
        _ => 0,
    }
}

fn decide_for_grant(account: AccountId, grant: &Grant, action: Action, resource: Resource<'_>) -> Decision {
    use Action as A;
    use Resource as R;

    match resource {
        R::Deployment if action.is_on_deployment() => match (grant, action) {
            // The grievance officer of the deployment is its admin: answering a grievance
            // needs no access to anyone's personal fields beyond what she wrote in it.
            // Publishing the compensation figures is the analyst's judgement of the data, not
            // running the deployment: the admin, who never reads personal data, does not.
            (Grant::Admin, A::PublishFigures) => Decision::deny(Reason::NotPermittedForRole),
            (Grant::Admin, _) => Decision::allow(Reason::DeploymentAdmin),
            (Grant::Analyst, A::ViewFederation | A::ManageInstitutions | A::PublishFigures) => Decision::allow(Reason::FederationAnalyst),
            // The coordinator sets the federation up: its collectives and partner organisations.
            // She invites the federation's staff — leaders, facilitators, analysts — and can
            // reset or disable their accounts (`may_manage_staff_roles` says whose).
            (Grant::Coordinator, A::ViewFederation | A::CreateCollective | A::ManagePartners | A::ManageStaff) => {
                Decision::allow(Reason::FederationCoordinator)
            }
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        R::Collective(c) if action.is_on_collective() => collective_rule(grant, action, c),
        R::Member(m) if action.is_on_member() => member_rule(account, grant, action, m),
        _ => Decision::deny(Reason::WrongResource),
    }
}

fn collective_rule(grant: &Grant, action: Action, c: &CollectiveFacts) -> Decision {
    use Action as A;
    match grant {
        Grant::Member { collectives, .. } => match action {
            // A member rates for herself and sees her collective's score cards and casework
            // figures (aggregates).
            A::ViewCollective | A::RateInstitution | A::ViewScorecard | A::ViewCaseFigures if collectives.contains(&c.id) => {
                Decision::allow(Reason::Herself)
            }
            A::ViewCollective | A::RateInstitution | A::ViewScorecard | A::ViewCaseFigures => Decision::deny(Reason::OutOfScope),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        // A leader rates through her own member grant, never on others' behalf; the providers'
        // self-assessment is recorded by the facilitator who sat with them.
        Grant::Leader { .. } if matches!(action, A::RateInstitution | A::RecordSelfAssessment) => Decision::deny(Reason::NotPermittedForRole),
        // Closing a collective is recorded by the federation (its members and history stay).
        Grant::Leader { .. } if action == A::CloseCollective => Decision::deny(Reason::NotPermittedForRole),
        Grant::Leader { collective } if *collective == c.id => Decision::allow(Reason::LeaderOfHerCollective),
        Grant::Leader { .. } => Decision::deny(Reason::OutOfScope),
        Grant::Facilitator { partner } => match action {
            // Survivors decide what is published; the facilitator helps run the round (plans
            // it, opens it, holds its meetings) but closing the rating and publishing the card
            // are the collective's office holders' decisions (`CloseRound`, `PublishRound`).
            A::ViewCollective
            | A::ListMembers
            | A::AddInstitution
            | A::PlanRound
            | A::RunRound
            | A::RecordSelfAssessment
            | A::ViewRoundProgress
            | A::ViewScorecard
            | A::ViewCaseFigures
                if c.partners.contains(partner) =>
            {
                Decision::allow(Reason::FacilitatorOfSupportingPartner)
            }
            A::ViewCollective
            | A::ListMembers
            | A::AddInstitution
            | A::PlanRound
            | A::RunRound
            | A::RecordSelfAssessment
            | A::ViewRoundProgress
            | A::ViewScorecard
            | A::ViewCaseFigures => Decision::deny(Reason::OutOfScope),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        Grant::Analyst => match action {
            A::ViewCollective | A::ViewRoundProgress | A::ViewScorecard | A::ViewCaseFigures => Decision::allow(Reason::FederationAnalyst),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        // The admin sees the roster as pseudonymous codes (to link accounts), never names.
        Grant::Admin => match action {
            A::ViewCollective | A::EditCollective | A::ListMembers => Decision::allow(Reason::DeploymentAdmin),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        // The coordinator sees, edits and closes every collective's record, never its roster
        // (so offices, which name members, are the collective's own leaders' to hand over).
        Grant::Coordinator => match action {
            A::ViewCollective | A::EditCollective | A::CloseCollective => Decision::allow(Reason::FederationCoordinator),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
    }
}

fn member_rule(account: AccountId, grant: &Grant, action: Action, m: &MemberFacts) -> Decision {
    use Action as A;
    match grant {
        // Her data is hers: she may do everything to it, except use it "for" herself in
        // the federation's campaigns, research or media — those are others' uses she allows.
        Grant::Member { member, .. } if *member == m.id => match action {
            // A guardian's consent is verified and recorded by a leader, not by the minor.
            // A consent someone else recorded she confirms as herself, in the app; the second
            // office holder's confirmation is for a member with no account to do that.
            A::ContactMember | A::IncludeInResearch | A::UseInMedia | A::RecordGuardianConsent | A::ConfirmConsentAsSecondOfficer => {
                Decision::deny(Reason::NotPermittedForRole)
            }
            // Until a code can be sent to it, a new number is vouched for by her leader.
            A::ConfirmPhoneChange => Decision::deny(Reason::NotPermittedForRole),
            // She changes her own password knowing the current one; a code is for someone else.
            // Stopping her account is her leader's or the admin's act (a lost phone), not a
            // button on her own pages that someone holding her phone could press.
            A::IssueActivationCode | A::DisableMemberAccount => Decision::deny(Reason::NotPermittedForRole),
            _ => Decision::allow(Reason::Herself),
        },
        Grant::Member { .. } => Decision::deny(Reason::OutOfScope),
        Grant::Leader { collective } => {
            if !m.collectives.iter().any(|c| c.id == *collective) {
                return Decision::deny(Reason::OutOfScope);
            }
            match action {
                // Leaders run the collective: they know who is in it, keep its consent
                // records (given verbally or on paper) and assign mentors.
                // A consent one leader records waits for the member; for a member without an
                // account another office holder confirms it with her (the store checks it is
                // not the one who recorded it).
                A::ViewMember
                | A::ViewMemberName
                | A::ViewConsents
                | A::ManageConsents
                | A::RecordGuardianConsent
                | A::AssignMentor
                | A::ConfirmConsentAsSecondOfficer
                // She asks for a new number; a leader who knows her confirms it (and learns
                // nothing about the number: the store never says whether it is used elsewhere).
                | A::ConfirmPhoneChange
                // She gives a member of her own collective a code to log in (a first login or a
                // reset); the code is shown once to the leader, who reads it out to her.
                | A::IssueActivationCode
                // A lost or taken phone: she stops her account until a new code is given.
                | A::DisableMemberAccount => Decision::allow(Reason::LeaderOfHerCollective),
                // Her cases are hers to steer; a leader does the secretarial work only when she
                // has asked for case support.
                A::ViewMemberPersonal | A::EditMemberPersonal | A::ViewCases | A::ManageCases => {
                    with_consent(m, Purpose::CaseSupport, Reason::LeaderWithConsent)
                }
                A::UseInMedia => with_consent(m, Purpose::Media, Reason::LeaderWithConsent),
                _ => Decision::deny(Reason::NotPermittedForRole),
            }
        }
        Grant::Facilitator { partner } => {
            if !m.collectives.iter().any(|c| c.partners.contains(partner)) {
                return Decision::deny(Reason::OutOfScope);
            }
            match action {
                A::ViewMember => Decision::allow(Reason::FacilitatorOfSupportingPartner),
                // Mentoring consent is given to her assigned mentor, not to every colleague.
                A::ViewMemberName | A::ViewMemberPersonal if !m.mentors.contains(&account) => Decision::deny(Reason::OutOfScope),
                A::ViewMemberName | A::ViewMemberPersonal => with_consent(m, Purpose::Mentoring, Reason::FacilitatorWithConsent),
                _ => Decision::deny(Reason::NotPermittedForRole),
            }
        }
        Grant::Analyst => match action {
            A::ContactMember => with_consent(m, Purpose::FederationContact, Reason::FederationAnalystWithConsent),
            A::IncludeInResearch => with_consent(m, Purpose::Research, Reason::FederationAnalystWithConsent),
            A::UseInMedia => with_consent(m, Purpose::Media, Reason::FederationAnalystWithConsent),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        Grant::Admin => match action {
            // The operator may give any account a code (a reset), as she manages accounts.
            A::ViewMember | A::IssueActivationCode | A::DisableMemberAccount => Decision::allow(Reason::DeploymentAdmin),
            _ => Decision::deny(Reason::NotPermittedForRole),
        },
        // Nothing about any member: not her name, not her personal fields, not her pseudonym.
        Grant::Coordinator => Decision::deny(Reason::NotPermittedForRole),
    }
}

/// Whether `actor`, allowed `IssueActivationCode` on a member, may give a code to her account
/// when it holds these roles besides her own. A code sets the password, so whoever issues one
/// can take the account over: an account with any role beyond a member's (a leader, staff, the
/// admin) is only the admin's to reset, never a fellow leader's.
pub fn may_issue_code_for_roles(actor: &Actor, roles: &[Role]) -> bool {
    roles.iter().all(|r| *r == Role::Member) || actor.has_role(Role::Admin)
}

/// Whether `actor`, allowed `ManageStaff`, may invite, reset, disable or enable an account that
/// holds these roles. The coordinator manages the federation's staff — leaders, facilitators
/// and analysts — but not members (their leaders do), not the admin and not another
/// coordinator, whose account she could otherwise take over; the admin manages every account.
pub fn may_manage_staff_roles(actor: &Actor, roles: &[Role]) -> bool {
    if actor.has_role(Role::Admin) {
        return true;
    }
    actor.has_role(Role::Coordinator) && !roles.is_empty() && roles.iter().all(|r| matches!(r, Role::Leader | Role::Facilitator | Role::Analyst))
}

fn with_consent(m: &MemberFacts, purpose: Purpose, reason: fn(Purpose) -> Reason) -> Decision {
    if m.consents.allows(purpose) {
        Decision::allow(reason(purpose))
    } else {
        Decision::deny(Reason::ConsentMissing(purpose))
    }
}
