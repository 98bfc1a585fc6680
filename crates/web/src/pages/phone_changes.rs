//! A leader's list of her members' requests for a new phone number: whose (her code) and when,
//! never the number, nor whether it is used anywhere. Confirming answers the same either way.

use super::consents::when;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::policy::{Action, Resource};
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::Channel;
use serde::Deserialize;

pub struct RequestRow {
    pub id: i64,
    pub member: i64,
    pub line: String,
}

#[derive(Template)]
#[template(path = "phone_changes.html")]
struct ListPage {
    v: Visit,
    collective: i64,
    requests: Vec<RequestRow>,
}

pub async fn list(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let requests = access
        .pending_phone_changes(CollectiveId(id))
        .await?
        .into_iter()
        .map(|r| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("code", r.code.clone());
            args.set("when", when(&v.tr, r.requested_at));
            RequestRow { id: r.id, member: r.member.0, line: v.tr.t_with("phone-change-request-line", &args) }
        })
        .collect();
    html(&ListPage { v, collective: id, requests })
}

/// Not `Debug`-worthy: ids and a decision only.
#[derive(Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    member: i64,
    #[serde(default)]
    id: i64,
    #[serde(default)]
    decision: String,
}

pub async fn decide(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(form): PageForm<DecideForm>) -> Result<Response, WebError> {
    let confirm = match form.decision.as_str() {
        "confirm" => true,
        "refuse" => false,
        _ => return Err(WebError::BadRequest),
    };
    Access::new(&app, &page.who.actor, Channel::Web).decide_phone_change(MemberId(form.member), form.id, confirm).await?;
    Ok(Redirect::to(&format!("/collectives/{id}/phone-changes")).into_response())
}

/// Links on a leader's home page to the collectives where new numbers wait for her.
pub async fn home_links(access: &Access<'_>, tr: &Tr) -> Result<Vec<(String, String)>, WebError> {
    let mut links = Vec::new();
    for c in access.visible_collectives().await? {
        let facts = dhruva_core::policy::CollectiveFacts { id: c.id, partners: c.partners.clone() };
        // Only where she may add members is she an office holder there (not a facilitator's view).
        if !access.decide(Action::CreateMember, Resource::Collective(&facts)).allowed {
            continue;
        }
        let waiting = access.pending_phone_changes(c.id).await?.len();
        if waiting > 0 {
            links.push((format!("/collectives/{}/phone-changes", c.id), tr.t_args("phone-change-home", "count", waiting as i64)));
        }
    }
    Ok(links)
}
