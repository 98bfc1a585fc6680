//! Her choices: one tap per purpose to agree or stop, a sentence per purpose saying who will
//! see what, and every record kept (who recorded it, how, when, the witness). The same page
//! shown to a leader of her collective lets the leader record an agreement given in person —
//! which waits, listed at the top of her page, until she confirms or refuses it (or, when she
//! has no account, a second office holder confirms it with her, naming a witness).

use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, ConsentsView, RECORDED_METHODS};
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::consent::Purpose;
use dhruva_core::{AccountId, MemberId, Sensitive};
use dhruva_store::consent::ConsentState;
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::HashMap;
use time::{OffsetDateTime, UtcOffset};

mod pending;

pub use pending::{home_notice, member_confirm, own_pending};
use pending::{pending_rows, PendingRow};

/// Parts of the day as Indian languages name them (English folds them into am and pm).
pub const DAY_PERIODS: &[&str] = &["time-late-night", "time-morning", "time-afternoon", "time-late-afternoon", "time-evening", "time-night"];

fn day_period(hour: u8) -> &'static str {
    let index = match hour {
        0..=3 => 0,
        4..=11 => 1,
        12..=15 => 2,
        16..=17 => 3,
        18..=20 => 4,
        _ => 5,
    };
    DAY_PERIODS[index]
}

/// Times in India's time, on a 12-hour clock as people there read them: `5 March 2026,
/// 3:07 pm`, `5 মার্চ 2026, দুপুর 3:07` (Latin digits in every language, as the glossaries say).
pub fn when(tr: &Tr, at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::from_hms(5, 30, 0).unwrap_or(UtcOffset::UTC));
    let (hour, minute) = (at.hour(), at.minute());
    let twelve = match hour % 12 {
        0 => 12,
        h => h,
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", format::date(tr, at.date()));
    args.set("time", format!("{twelve}:{minute:02}"));
    args.set("period", tr.t(day_period(hour)));
    tr.t_with("date-time", &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;
    use dhruva_core::registry::Language;
    use std::sync::Arc;
    use time::macros::datetime;

    #[test]
    fn times_are_shown_in_india_on_a_twelve_hour_clock() {
        let locales = Arc::new(Locales::load());
        let en = Tr::new(locales.clone(), Language::English);
        assert_eq!(when(&en, datetime!(2026-03-05 09:37 UTC)), "5 March 2026, 3:07 pm");
        assert_eq!(when(&en, datetime!(2026-03-05 18:40 UTC)), "6 March 2026, 12:10 am");
        let bn = Tr::new(locales, Language::Bengali);
        assert_eq!(when(&bn, datetime!(2026-03-05 03:30 UTC)), "5 মার্চ 2026, সকাল 9:00");
    }
}

/// Who recorded something: "you", an account name, or the operator at the server.
pub fn who(tr: &Tr, account: Option<AccountId>, herself: Option<AccountId>, usernames: &HashMap<AccountId, String>) -> String {
    match account {
        None => tr.t("consent-recorded-by-operator"),
        Some(a) if Some(a) == herself => tr.t("consent-recorded-by-you"),
        Some(a) => usernames.get(&a).cloned().unwrap_or_else(|| a.to_string()),
    }
}

/// Links from a member's page to her choices, mentor and guardian pages, as allowed.
pub fn member_links(tr: &Tr, view: &crate::access::MemberView) -> Vec<(String, String)> {
    let id = view.summary.id;
    if view.is_herself {
        return vec![
            ("/profile/consents".to_owned(), tr.t("consents-title")),
            (format!("/members/{id}/membership"), tr.t("offices-membership-title")),
        ];
    }
    let mut links = Vec::new();
    if view.may_view_consents {
        links.push((format!("/members/{id}/consents"), tr.t("member-link-consents")));
    }
    if view.may_assign_mentor {
        links.push((format!("/members/{id}/mentors"), tr.t("member-link-mentors")));
    }
    if view.may_record_guardian {
        links.push((format!("/members/{id}/guardian"), tr.t("member-link-guardian")));
    }
    if view.may_manage_membership {
        links.push((format!("/members/{id}/membership"), tr.t("offices-membership-link")));
    }
    links
}

pub struct PurposeRow {
    pub code: &'static str,
    pub title: String,
    pub who: String,
    pub granted: bool,
    pub status: String,
}

#[derive(Template)]
#[template(path = "consents.html")]
struct ConsentsPage {
    v: Visit,
    code: String,
    is_herself: bool,
    may_manage: bool,
    /// Where the forms post: her own page, or the member's page for a leader.
    base: String,
    guardian_needed: bool,
    purposes: Vec<PurposeRow>,
    records: Vec<(String, Option<String>, Option<String>)>,
    mentors: Vec<String>,
    links: Vec<(String, String)>,
    methods: Vec<(&'static str, String)>,
    error: Option<String>,
    pending: Vec<PendingRow>,
}

fn build(v: Visit, view: ConsentsView, own_account: Option<AccountId>, error: Option<String>) -> ConsentsPage {
    let tr = &v.tr;
    let herself = if view.is_herself { own_account } else { None };
    let pending = pending_rows(tr, &view, own_account, herself);
    let purposes = Purpose::ALL
        .iter()
        .map(|p| {
            let since = view.records.iter().find(|r| r.record.purpose == *p && r.record.withdrawn_at.is_none());
            PurposeRow {
                code: p.code(),
                title: tr.label("purpose", p.code()),
                who: tr.t(&format!("purpose-{}-who", p.code())),
                granted: view.current.allows(*p),
                status: match since {
                    Some(r) if view.current.allows(*p) => tr.t_args("consent-yes", "date", format::date(tr, r.record.granted_at.date())),
                    Some(r) if r.record.state == ConsentState::Pending && view.is_herself => tr.t("consent-pending-for-you"),
                    Some(r) if r.record.state == ConsentState::Pending => tr.t("consent-pending-for-her"),
                    _ => tr.t("consent-no"),
                },
            }
        })
        .collect();
    let records = view
        .records
        .iter()
        .map(|e| {
            let r = &e.record;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("purpose", tr.label("purpose", r.purpose.code()));
            args.set("method", tr.label("consent-method", &r.method));
            args.set("who", who(tr, r.granted_by, herself, &view.usernames));
            args.set("when", when(tr, r.granted_at));
            let line = tr.t_with("consent-record-line", &args);
            let witness = e.witness.as_ref().map(|w| tr.t_args("consent-record-witness", "witness", w.expose().clone()));
            let dated = |key: &str, account: Option<AccountId>, at: OffsetDateTime| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("who", who(tr, account, herself, &view.usernames));
                args.set("when", when(tr, at));
                tr.t_with(key, &args)
            };
            // What became of it: confirmed (by whom, with which witness), refused, waiting, stopped.
            let decided = match (r.state, r.decided_at) {
                (ConsentState::Pending, _) if r.withdrawn_at.is_none() => Some(tr.t("consent-record-pending")),
                (ConsentState::Refused, Some(at)) => Some(dated("consent-record-refused", r.decided_by, at)),
                (ConsentState::Granted, Some(at)) => {
                    let mut line = dated("consent-record-confirmed", r.decided_by, at);
                    if let Some(w) = &e.confirm_witness {
                        line.push(' ');
                        line.push_str(&tr.t_args("consent-record-witness", "witness", w.expose().clone()));
                    }
                    Some(line)
                }
                _ => None,
            };
            let withdrawn =
                r.withdrawn_at.filter(|_| r.state != ConsentState::Refused).map(|at| dated("consent-record-withdrawn", r.withdrawn_by, at));
            let witness = match (witness, decided) {
                (Some(w), Some(d)) => Some(format!("{w} {d}")),
                (w, d) => w.or(d),
            };
            (line, witness, withdrawn)
        })
        .collect();
    let mentors = view
        .mentors
        .iter()
        .filter(|m| m.ended_at.is_none())
        .map(|m| format!("{} ({})", m.mentor_username, tr.t_args("mentors-since", "when", format::date(tr, m.assigned_at.date()))))
        .collect();
    let id = view.summary.id;
    let mut links = Vec::new();
    if view.is_herself {
        links.push(("/profile/access-log".to_owned(), tr.t("link-access-log")));
        links.push(("/profile/mentors".to_owned(), tr.t("link-mentors")));
    } else if view.may_assign_mentor {
        links.push((format!("/members/{id}/mentors"), tr.t("member-link-mentors")));
    }
    if view.may_record_guardian {
        links.push((format!("/members/{id}/guardian"), tr.t("member-link-guardian")));
    }
    links.push(("/privacy".to_owned(), tr.t("link-privacy")));
    ConsentsPage {
        code: view.summary.code.clone(),
        is_herself: view.is_herself,
        may_manage: view.may_manage,
        base: if view.is_herself { "/profile/consents".to_owned() } else { format!("/members/{id}/consents") },
        guardian_needed: view.minor.needs_guardian && !view.minor.guardian_consented,
        methods: RECORDED_METHODS.iter().map(|m| (*m, tr.label("consent-method", m))).collect(),
        purposes,
        records,
        mentors,
        links,
        error,
        pending,
        v,
    }
}

async fn show(app: &AppState, page: SignedInPage, id: MemberId, error: Option<&str>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let view = Access::new(app, &who.actor, Channel::Web).consents(id).await?;
    let error = error.map(|key| v.t(key));
    let failed = error.is_some();
    let body = html(&build(v, view, Some(who.account.id), error))?;
    Ok(if failed { (StatusCode::UNPROCESSABLE_ENTITY, body).into_response() } else { body })
}

fn purpose(code: &str) -> Result<Purpose, WebError> {
    Purpose::from_code(code).ok_or(WebError::BadRequest)
}

/// One tap: agree to or stop one purpose.
#[derive(Deserialize)]
pub struct ChoiceForm {
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    decision: String,
}

pub async fn own(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    show(&app, page, id, None).await
}

pub async fn own_submit(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<ChoiceForm>) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let purpose = purpose(&form.purpose)?;
    match form.decision.as_str() {
        "grant" => access.grant_own_consent(id, purpose).await?,
        "withdraw" => access.withdraw_consent(id, purpose).await?,
        _ => return Err(WebError::BadRequest),
    }
    Ok(Redirect::to(&format!("/profile/consents#consent-{}", purpose.code())).into_response())
}

pub async fn member(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    show(&app, page, MemberId(id), None).await
}

/// An agreement given in person. Not `Debug`: the witness's name is personal.
#[derive(Deserialize)]
pub struct RecordForm {
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    witness: String,
}

#[tracing::instrument(skip_all)]
pub async fn member_record(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<RecordForm>,
) -> Result<Response, WebError> {
    let id = MemberId(id);
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let purpose = purpose(&form.purpose)?;
    let Ok(witness) = dhruva_core::text::clean(&form.witness) else { return show(&app, page, id, Some("field-error-text-control")).await };
    if witness.is_empty() || witness.chars().count() > 200 {
        return show(&app, page, id, Some("consents-record-witness-missing")).await;
    }
    access.record_consent(id, purpose, &form.method, Sensitive::new(witness)).await?;
    Ok(Redirect::to(&format!("/members/{id}/consents")).into_response())
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    purpose: String,
}

pub async fn member_withdraw(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<WithdrawForm>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    access.withdraw_consent(MemberId(id), purpose(&form.purpose)?).await?;
    Ok(Redirect::to(&format!("/members/{id}/consents")).into_response())
}
