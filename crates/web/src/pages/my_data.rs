//! "Your data": everything Dhruva holds about her, as a page in her language and as a JSON
//! file to keep or take elsewhere. Only she may see either (`ExportMemberData`); for anyone
//! else these addresses do not exist.

use super::requests::corrections::request_rows;
use super::requests::day;
use super::requests::grievances::grievance_row;
use super::view::Detail;
use super::{html, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::policy::Role;
use dhruva_core::registry::{Language, OfficeTitle};
use dhruva_store::audit::AuditRow;
use dhruva_store::export::MemberExport;
use dhruva_store::Channel;
use time::macros::format_description;
use time::Date;

/// The page shows this many audit rows; the file has them all.
const HISTORY_ON_PAGE: usize = 40;

/// Audit actions with a sentence in `rights.ftl` (`rights-event-<code>`); others show their code.
pub(crate) const KNOWN_EVENTS: &[&str] = &[
    "member_created",
    "membership_added",
    "membership_ended",
    "member_languages_changed",
    "view_member_name",
    "view_member_personal",
    "edit_member_personal",
    "consent_granted",
    "consent_withdrawn",
    "account_created",
    "password_changed",
    "language_changed",
    "account_disabled",
    "account_enabled",
    "grant_added",
    "grant_removed",
    "token_created",
    "tokens_revoked",
    "export_member_data",
    "correction_requested",
    "view_correction_requests",
    "correction_done",
    "correction_declined",
    "grievance_raised",
    "view_grievance",
    "grievance_answered",
    "view_consents",
    "mentor_assigned",
    "mentor_ended",
    "guardian_consent_recorded",
    "guardian_consent_withdrawn",
    "view_guardian_consent",
    "contact_member",
    "include_in_research",
    "access_denied",
    "view_cases",
    "case_opened",
    "case_state_changed",
    "case_move_undone",
    "activation_code_issued",
    "account_activated",
    "office_handed_over",
    "office_term_ended",
    "case_details_edited",
    "case_hearing_added",
    "case_deadline_overridden",
    "case_correspondence_recorded",
];

pub fn routes() -> Router<AppState> {
    Router::new().route("/profile/data", get(show)).route("/profile/data.json", get(json))
}

pub struct Section {
    pub title: String,
    pub rows: Vec<Detail>,
}

#[derive(Template)]
#[template(path = "rights/my_data.html")]
struct DataPage {
    v: Visit,
    code: String,
    sections: Vec<Section>,
    history_note: String,
}

#[tracing::instrument(skip_all)]
pub async fn show(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let export = Access::new(&app, &who.actor, Channel::Web).export_herself().await?;
    let history_note = v.tr.t_args("my-data-history-note", "count", HISTORY_ON_PAGE.min(export.audit.len()) as i64);
    let code = export.member.code.clone();
    let sections = sections(&v.tr, export);
    html(&DataPage { v, code, sections, history_note })
}

/// The whole export as a download with a name that says nothing about her.
#[tracing::instrument(skip_all)]
pub async fn json(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let export = Access::new(&app, &page.who.actor, Channel::Web).export_herself().await?;
    let body = serde_json::to_vec_pretty(&export).map_err(|_| WebError::Internal("the export could not be written as JSON"))?;
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static("application/json")),
        (header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"dhruva-my-data.json\"")),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    Ok((headers, body).into_response())
}

fn rows<T>(items: impl IntoIterator<Item = T>, row: impl Fn(T) -> Detail) -> Vec<Detail> {
    items.into_iter().map(row).collect()
}

fn detail(label: String, value: String) -> Detail {
    Detail { label, value }
}

fn sections(tr: &Tr, e: MemberExport) -> Vec<Section> {
    let not_given = || tr.t("value-not-given");
    let own_account = e.account.as_ref().map(|a| a.id);
    let languages: Vec<Language> = e.member.languages.iter().filter_map(|c| Language::from_code(c)).collect();
    let mut details = vec![
        detail(tr.t("field-name"), e.personal.name.expose().clone()),
        detail(tr.t("field-phone"), e.personal.phone.as_ref().map_or_else(not_given, |p| p.expose().clone())),
        detail(tr.t("field-birth-year"), e.personal.birth_year.as_ref().map_or_else(not_given, |y| y.expose().to_string())),
        detail(tr.t("field-notes"), e.personal.notes.as_ref().map_or_else(not_given, |n| n.expose().clone())),
    ];
    details.push(detail(tr.t("field-languages"), super::view::languages(tr, &languages)));

    let collectives = rows(e.memberships, |m| {
        let mut value = tr.t_args("member-since", "date", iso_day(tr, &m.since));
        if let Some(until) = m.until {
            value = format!("{value}, {}", tr.t_args("member-until", "date", iso_day(tr, &until)));
        }
        if let Some(office) = m.office.as_deref().and_then(OfficeTitle::from_code) {
            value = format!("{value} · {}", tr.label("office", office.code()));
        }
        detail(m.collective_name, value)
    });
    let account = match e.account {
        Some(a) => {
            let language = Language::from_code(&a.language).map_or(a.language.clone(), |l| tr.label("language", l.code()));
            let roles: Vec<String> = a.roles.iter().map(|r| Role::from_code(r).map_or(r.clone(), |role| tr.label("role", role.code()))).collect();
            let mut rows = vec![detail(tr.t("profile-username"), a.username), detail(tr.t("my-data-language"), language)];
            // A member's account holds no staff role: "Role: not given" would only puzzle her.
            if !roles.is_empty() {
                rows.push(detail(tr.t("profile-roles"), roles.join(", ")));
            }
            rows
        }
        None => Vec::new(),
    };
    let consents = rows(e.consents, |c| {
        let mut value = format!("{} · {}", tr.t_args("my-data-consent-given", "date", day(tr, c.granted_at)), tr.label("rights-method", &c.method));
        if let Some(witness) = &c.witness {
            value = format!("{value} · {} {}", tr.t("my-data-witness"), witness.expose());
        }
        if let Some(at) = c.withdrawn_at {
            value = format!("{value} · {}", tr.t_args("my-data-consent-withdrawn", "date", day(tr, at)));
        }
        detail(tr.label("rights-purpose", &c.purpose), value)
    });
    let guardians = rows(e.guardian_consents, |g| {
        let mut value = tr.t_args("my-data-consent-given", "date", day(tr, g.recorded_at));
        if let Some(at) = g.withdrawn_at {
            value = format!("{value} · {}", tr.t_args("my-data-consent-withdrawn", "date", day(tr, at)));
        }
        detail(g.guardian.expose().clone(), value)
    });
    let mentors = rows(e.mentors, |m| {
        let mut value = tr.t_args("my-data-mentor-since", "date", day(tr, m.assigned_at));
        if let Some(at) = m.ended_at {
            value = format!("{value} · {}", tr.t_args("my-data-mentor-until", "date", day(tr, at)));
        }
        detail(m.mentor.username.unwrap_or_else(|| m.mentor.account.to_string()), value)
    });
    let corrections = rows(request_rows(tr, e.correction_requests), |r| {
        let value = match r.note {
            Some(note) => format!("{} · {} · {} {note}", r.asked, r.status, tr.t("corrections-note")),
            None => format!("{} · {}", r.asked, r.status),
        };
        detail(r.text, value)
    });
    let today = today();
    let grievances = rows(e.grievances, |g| {
        let g = grievance_row(tr, g, today);
        let mut value = format!("{} · {} · {}", g.sent, g.due, g.status);
        if let Some(answer) = g.answer {
            value = format!("{value} · {} {answer}", tr.t("grievances-answer"));
        }
        detail(g.text, value)
    });
    let history = rows(e.audit.into_iter().take(HISTORY_ON_PAGE), |r| detail(day(tr, r.at), event(tr, &r, own_account)));

    let section = |key: &str, rows: Vec<Detail>| Section { title: tr.t(key), rows };
    vec![
        section("my-data-details", details),
        section("my-data-collectives", collectives),
        section("my-data-account", account),
        section("my-data-consents", consents),
        section("my-data-guardian", guardians),
        section("my-data-mentors", mentors),
        section("my-data-corrections", corrections),
        section("my-data-grievances", grievances),
        section("my-data-history", history),
    ]
}

/// `YYYY-MM-DD` as the reader writes dates (the text itself if it is not a date).
fn iso_day(tr: &Tr, text: &str) -> String {
    match Date::parse(text, format_description!("[year]-[month]-[day]")) {
        Ok(d) => format::date(tr, d),
        Err(_) => text.to_owned(),
    }
}

/// "your details were seen — leader", in her language.
fn event(tr: &Tr, row: &AuditRow, own_account: Option<dhruva_core::AccountId>) -> String {
    let what = event_words(tr, &row.action);
    let who = match (row.account, row.role.as_deref().and_then(Role::from_code)) {
        (None, _) => tr.t("rights-operator"),
        (Some(a), _) if Some(a) == own_account => tr.t("rights-you"),
        (Some(_), Some(role)) => tr.label("role", role.code()),
        // Never an account number: it means nothing to her.
        (Some(_), None) => tr.t("welcome-someone"),
    };
    format!("{what} — {who}")
}

/// What an audited action was, in words: the rights area's sentence, else the welcome area's
/// for every other action the code writes (`welcome-event-<code>`), else a plain "something
/// else was recorded" — never the code itself.
pub(crate) fn event_words(tr: &Tr, action: &str) -> String {
    if KNOWN_EVENTS.contains(&action) {
        return tr.label("rights-event", action);
    }
    if dhruva_store::access_log::catalogue::kind(action).is_some() {
        return tr.label("welcome-event", action);
    }
    tr.t("welcome-event-other")
}

#[cfg(test)]
mod tests {
    use super::KNOWN_EVENTS;
    use std::collections::BTreeSet;

    fn keys(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    const FILES: [(&str, &str); 4] = [
        ("en", include_str!("../../../../locales/en/rights.ftl")),
        ("bn", include_str!("../../../../locales/bn/rights.ftl")),
        ("hi", include_str!("../../../../locales/hi/rights.ftl")),
        ("te", include_str!("../../../../locales/te/rights.ftl")),
    ];

    #[test]
    fn every_language_has_exactly_the_english_rights_keys() {
        let en = keys(FILES[0].1);
        assert!(en.len() > 100, "English has only {} keys", en.len());
        for (lang, source) in &FILES[1..] {
            let other = keys(source);
            assert_eq!(en.difference(&other).collect::<Vec<_>>(), Vec::<&String>::new(), "{lang} lacks these");
            assert_eq!(other.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "{lang} has extra keys");
        }
    }

    #[test]
    fn every_audit_action_the_code_writes_reads_as_words_in_every_language() {
        use crate::i18n::{Locales, Tr};
        use dhruva_core::registry::Language;
        use std::sync::Arc;
        let locales = Arc::new(Locales::load());
        for lang in Language::ALL {
            let tr = Tr::new(locales.clone(), *lang);
            for (code, _) in dhruva_store::access_log::catalogue::AUDIT_ACTIONS {
                let words = super::event_words(&tr, code);
                assert!(!words.contains(code) && !words.contains('_') && !words.starts_with("welcome-"), "{}: {code} shows as {words}", lang.code());
            }
            let other = super::event_words(&tr, "some_future_action");
            assert!(!other.contains('_'), "{}: {other}", lang.code());
        }
        let bn = Tr::new(locales, Language::Bengali);
        assert_eq!(super::event_words(&bn, "rating_recorded"), "আপনি স্কোর কার্ডের একটি পর্বে পরিষেবার মূল্যায়ন করেছেন");
    }

    #[test]
    fn every_key_built_at_run_time_exists_in_english() {
        // Any English file may hold them (an area adding an event keeps its sentence in its own
        // file), so the whole English bundle is asked.
        let en = crate::i18n::Tr::new(std::sync::Arc::new(crate::i18n::Locales::load()), dhruva_core::registry::Language::English);
        let mut built: Vec<String> = KNOWN_EVENTS.iter().map(|e| format!("rights-event-{e}")).collect();
        for purpose in dhruva_core::consent::Purpose::ALL {
            built.push(format!("rights-purpose-{}", purpose.code()));
        }
        for method in dhruva_store::consent::METHODS {
            built.push(format!("rights-method-{method}"));
        }
        let missing: Vec<&String> = built.iter().filter(|k| en.t(k) == **k).collect();
        assert!(missing.is_empty(), "English lacks {missing:?}");
    }
}
