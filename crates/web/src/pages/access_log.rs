//! "Who saw my data": every read of her information by someone else, from the audit log —
//! who (role and account name, never a member's personal name), when (India's time), why
//! (the purpose she agreed to) and how — and the attempts her choices stopped.

use super::consents::when;
use super::{html, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use dhruva_core::AccountId;
use dhruva_store::access_log::DENIED;
use dhruva_store::audit::AuditRow;
use dhruva_store::Channel;
use std::collections::HashMap;

pub struct LogRow {
    pub what: String,
    pub who: String,
    pub when: String,
    pub why: String,
    pub via: String,
}

#[derive(Template)]
#[template(path = "access_log.html")]
struct AccessLogPage {
    v: Visit,
    reads: Vec<LogRow>,
    refused: Vec<LogRow>,
    latest: Option<String>,
}

/// Keys for what was read (or refused), by audit action.
pub const WHAT_READ: &[&str] =
    &["view_member_name", "view_member_personal", "view_consents", "view_guardian_consent", "contact_member", "include_in_research", "view_cases"];
pub const WHAT_REFUSED: &[&str] =
    &["view_member_name", "view_member_personal", "contact_member", "include_in_research", "use_in_media", "view_cases", "manage_cases"];

fn row(tr: &Tr, r: &AuditRow, usernames: &HashMap<AccountId, String>) -> LogRow {
    let refused = r.action == DENIED;
    let action = if refused { r.detail.as_deref().and_then(|d| d.strip_prefix("action=")).unwrap_or("") } else { r.action.as_str() };
    let known = if refused { WHAT_REFUSED } else { WHAT_READ };
    let what = match known.contains(&action) {
        true if refused => tr.t(&format!("access-log-what-refused-{action}")),
        true => tr.t(&format!("access-log-what-{action}")),
        false => tr.t("access-log-what-other"),
    };
    let role = r.role.as_deref().map(|role| tr.label("role", role));
    let who = match (r.account, &role) {
        (None, _) => tr.t("access-log-who-operator"),
        (Some(a), role) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("role", role.clone().unwrap_or_default());
            args.set("username", usernames.get(&a).cloned().unwrap_or_else(|| a.to_string()));
            tr.t_with("access-log-who", &args).trim().to_owned()
        }
    };
    let why = match (&r.purpose, role) {
        (Some(p), _) if refused => tr.t_args("access-log-why-refused", "purpose", tr.label("purpose", p)),
        (Some(p), _) => tr.t_args("access-log-why", "purpose", tr.label("purpose", p)),
        (None, Some(role)) => tr.t_args("access-log-why-role", "role", role),
        (None, None) => String::new(),
    };
    LogRow { what, who, when: when(tr, r.at), why, via: tr.t_args("access-log-via", "channel", tr.label("channel", &r.channel)) }
}

pub async fn show(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let id = who.actor.member().ok_or(WebError::NotFound)?;
    let log = Access::new(&app, &who.actor, Channel::Web).access_log(id).await?;
    let latest = (log.rows.len() >= crate::access::ACCESS_LOG_LIMIT).then(|| v.tr.t_args("access-log-latest", "count", log.rows.len()));
    let (refused, reads): (Vec<&AuditRow>, Vec<&AuditRow>) = log.rows.iter().partition(|r| r.action == DENIED);
    let reads = reads.into_iter().map(|r| row(&v.tr, r, &log.usernames)).collect();
    let refused = refused.into_iter().map(|r| row(&v.tr, r, &log.usernames)).collect();
    html(&AccessLogPage { v, reads, refused, latest })
}
