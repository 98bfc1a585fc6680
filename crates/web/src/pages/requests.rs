//! What she asks of those who hold her data: corrections and complaints (grievances), her
//! side and the side of those who answer. Shared here: the text form, dates, home links.

pub mod corrections;
pub mod grievances;

use crate::access::Access;
use crate::format;
use crate::i18n::Tr;
use crate::state::AppState;
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::Role;
use dhruva_core::Sensitive;
use dhruva_store::requests::MAX_TEXT;
use serde::Deserialize;
use time::macros::offset;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/profile/requests", get(corrections::mine).post(corrections::ask))
        .route("/profile/requests/{request}/done", post(corrections::done_myself))
        .route("/requests", get(corrections::queue))
        .route("/members/{id}/requests", get(corrections::of_member))
        .route("/members/{id}/requests/{request}", post(corrections::close))
        .route("/profile/grievances", get(grievances::mine).post(grievances::raise))
        .route("/grievances", get(grievances::queue))
        .route("/grievances/{id}", get(grievances::show).post(grievances::answer))
}

/// A free-text form (a request, a complaint, an answer). Not `Debug`: it is her words.
#[derive(Deserialize)]
pub struct TextForm {
    #[serde(default)]
    pub text: String,
}

/// The text, or the translated reason it cannot be sent.
pub fn checked_text(tr: &Tr, text: &str) -> Result<Sensitive<String>, String> {
    // Cleaned as every form's text is (NFC, invisible ends trimmed); a NUL is refused, not kept.
    let Ok(text) = dhruva_core::text::clean(text) else { return Err(tr.t("field-error-text-control")) };
    if text.is_empty() {
        Err(tr.t("rights-text-missing"))
    } else if text.chars().count() > MAX_TEXT {
        Err(tr.t("rights-text-too-long"))
    } else {
        Ok(Sensitive::new(text))
    }
}

/// The day of a moment, in India, as the reader writes dates.
pub fn day(tr: &Tr, at: OffsetDateTime) -> String {
    format::date(tr, at.to_offset(offset!(+5:30)).date())
}

/// Links on the home page to the queues the visitor answers: correction requests for a
/// leader, complaints for the grievance officer. (Each queue filters by the policy itself.)
pub fn home_links(tr: &Tr, access: &Access<'_>, actor_roles: &[Role]) -> Vec<(&'static str, String)> {
    let mut links = Vec::new();
    if actor_roles.contains(&Role::Leader) {
        links.push(("/requests", tr.t("rights-home-corrections")));
    }
    if access.answers_grievances() {
        links.push(("/grievances", tr.t("rights-home-grievances")));
    }
    links
}
