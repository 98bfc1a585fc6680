//! Every audit action the code writes, each classified: is it someone reading a member's
//! data (then her "who saw my data" page must list it), a refusal (her page counts it), or
//! something else (a change, a sign-in, an event about accounts or the deployment)?
//!
//! Action codes are strings written at each call site (`AuditEvent::new("view_grievance")`),
//! so nothing but this list says which of them are reads. A test (`access_log_catalogue` in
//! the store's story) reads the source of every crate and fails on any code written there
//! that is not classified here, and on any read that [`super::READS`] misses: a new read of
//! her data cannot be added without her page showing it.

/// What an audited action is, as far as her access page is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Someone read (decrypted, listed, exported or used) a member's data.
    Read,
    /// The policy refused someone a member's data for want of her consent.
    Refusal,
    /// A change she made or that was made for her, a sign-in, or an event about accounts,
    /// collectives, rounds or the deployment.
    Other,
}

/// Every audit action code the code base writes, with its kind. When you add an
/// `AuditEvent`, add its code here: `Read` if it shows anyone any of a member's data (then
/// also add it to `READS` and give it an `access-log-what-<code>` string), else `Other`.
pub const AUDIT_ACTIONS: &[(&str, Kind)] = &[
    // Reads of her data by someone.
    ("view_member_name", Kind::Read),
    ("view_member_personal", Kind::Read),
    ("view_consents", Kind::Read),
    ("view_guardian_consent", Kind::Read),
    ("contact_member", Kind::Read),
    ("include_in_research", Kind::Read),
    ("view_cases", Kind::Read),
    ("view_grievance", Kind::Read),
    ("view_correction_requests", Kind::Read),
    ("export_member_data", Kind::Read),
    // Refusals.
    ("access_denied", Kind::Refusal),
    // Her record and memberships.
    ("member_created", Kind::Other),
    // A leader asked whether a number is registered (issue 11): the collective, never the number.
    ("registration_phone_checked", Kind::Other),
    ("edit_member_personal", Kind::Other),
    ("member_languages_changed", Kind::Other),
    ("membership_added", Kind::Other),
    ("membership_ended", Kind::Other),
    // Offices as dated terms (issue 11).
    ("office_handed_over", Kind::Other),
    ("office_term_ended", Kind::Other),
    ("member_marked_under_18", Kind::Other),
    ("member_marked_adult", Kind::Other),
    ("member_erased", Kind::Other),
    // Her phone number changes (a leader confirms without ever seeing the number).
    ("phone_change_requested", Kind::Other),
    ("phone_change_confirmed", Kind::Other),
    ("phone_change_refused", Kind::Other),
    ("phone_change_cancelled", Kind::Other),
    ("phone_in_use", Kind::Other),
    // Consent, mentors, guardians.
    ("consent_granted", Kind::Other),
    ("consent_withdrawn", Kind::Other),
    ("consent_confirmed", Kind::Other),
    ("consent_refused", Kind::Other),
    ("mentor_assigned", Kind::Other),
    ("mentor_ended", Kind::Other),
    ("guardian_consent_recorded", Kind::Other),
    ("guardian_consent_withdrawn", Kind::Other),
    // Her rights.
    ("correction_requested", Kind::Other),
    ("correction_done", Kind::Other),
    ("correction_declined", Kind::Other),
    ("grievance_raised", Kind::Other),
    ("grievance_answered", Kind::Other),
    // Cases (changes; reads are `view_cases`).
    ("case_opened", Kind::Other),
    ("case_state_changed", Kind::Other),
    ("case_move_undone", Kind::Other),
    ("case_details_edited", Kind::Other),
    ("case_hearing_added", Kind::Other),
    ("case_deadline_overridden", Kind::Other),
    ("case_correspondence_recorded", Kind::Other),
    ("cases_imported", Kind::Other),
    ("reminder_settings_changed", Kind::Other),
    // Score cards (her rating is sealed; the row names the round, never points).
    ("rating_recorded", Kind::Other),
    ("round_planned", Kind::Other),
    ("round_advanced", Kind::Other),
    ("self_assessment_recorded", Kind::Other),
    ("focus_group_recorded", Kind::Other),
    ("meeting_recorded", Kind::Other),
    ("action_added", Kind::Other),
    ("action_updated", Kind::Other),
    ("institution_added", Kind::Other),
    ("institutions_imported", Kind::Other),
    ("round_scorecard_made", Kind::Other),
    ("federation_scorecard_made", Kind::Other),
    // Published figures (counts over many members, never one member's data).
    ("publish_figures", Kind::Other),
    // Accounts, sign-in, the deployment.
    ("account_created", Kind::Other),
    ("account_enabled", Kind::Other),
    ("account_disabled", Kind::Other),
    ("password_changed", Kind::Other),
    ("activation_code_issued", Kind::Other),
    ("account_activated", Kind::Other),
    ("language_changed", Kind::Other),
    ("grant_added", Kind::Other),
    ("grant_removed", Kind::Other),
    ("token_created", Kind::Other),
    ("tokens_revoked", Kind::Other),
    ("login_succeeded", Kind::Other),
    ("login_failed", Kind::Other),
    ("logged_out_everywhere", Kind::Other),
    ("collective_created", Kind::Other),
    ("collective_updated", Kind::Other),
    ("partner_created", Kind::Other),
    ("partner_updated", Kind::Other),
    ("partner_linked", Kind::Other),
    ("partner_unlinked", Kind::Other),
    ("collective_closed", Kind::Other),
    ("federation_created", Kind::Other),
    ("federation_renamed", Kind::Other),
    ("audit_pruned", Kind::Other),
];

/// The kind of an action code, `None` if it is not in the catalogue.
pub fn kind(code: &str) -> Option<Kind> {
    AUDIT_ACTIONS.iter().find(|(c, _)| *c == code).map(|(_, k)| *k)
}

/// Call sites whose action code is not a string literal on the `AuditEvent::new` line, by
/// file (relative to `crates/`) and how many such sites it has, with the codes they write.
/// The source scan counts these sites, so a new one fails until it is listed here.
pub const DYNAMIC_SITES: &[(&str, usize, &[&str])] = &[
    ("store/src/guardians.rs", 1, &["member_marked_under_18", "member_marked_adult"]),
    ("store/src/consent/confirm.rs", 1, &["consent_confirmed", "consent_refused"]),
    ("store/src/members/phone_change.rs", 1, &["phone_change_confirmed", "phone_change_refused", "phone_change_cancelled"]),
    ("store/src/registry/mod.rs", 1, &["federation_created", "federation_renamed"]),
    ("store/src/accounts/grants.rs", 1, &["grant_added", "grant_removed"]),
    ("store/src/requests/corrections.rs", 1, &["correction_done", "correction_declined"]),
    ("store/src/access_log.rs", 1, &["access_denied"]),
    ("store/src/access_log/refusals.rs", 1, &["access_denied"]),
    ("web/src/pages/login.rs", 1, &["login_succeeded", "login_failed", "logged_out_everywhere"]),
];
