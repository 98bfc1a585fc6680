//! A member under 18: a leader marks her so, and records her guardian's agreement — who,
//! relation, how the guardian was verified — before anything beyond the minimum is kept.

use super::consents::{when, who};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::minors::{GuardianRelation, GuardianVerification};
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::guardians::GuardianConsent;
use dhruva_store::Channel;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "guardian.html")]
struct GuardianPage {
    v: Visit,
    id: i64,
    code: String,
    status: String,
    needs_guardian: bool,
    consented: bool,
    records: Vec<(String, Option<String>)>,
    relations: Vec<(&'static str, String)>,
    verifications: Vec<(&'static str, String)>,
    error: Option<String>,
}

async fn show(app: &AppState, page: SignedInPage, id: MemberId, error: Option<&str>) -> Result<Response, WebError> {
    let SignedInPage { v, who: visitor } = page;
    let view = Access::new(app, &visitor.actor, Channel::Web).guardian(id).await?;
    let tr = &v.tr;
    let status = match (view.status.needs_guardian, view.status.guardian_consented) {
        (false, _) => tr.t("guardian-status-adult"),
        (true, false) => tr.t("guardian-status-needed"),
        (true, true) => tr.t("guardian-status-given"),
    };
    let records = view
        .records
        .iter()
        .rev()
        .map(|r| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", r.name.expose().clone());
            args.set("relation", tr.label("guardian-relation", r.relation.code()));
            args.set("verification", tr.label("guardian-verification", r.verification.code()));
            args.set("who", who(tr, r.recorded_by, None, &view.usernames));
            args.set("when", when(tr, r.recorded_at));
            let withdrawn = r.withdrawn_at.map(|at| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("who", who(tr, r.withdrawn_by, None, &view.usernames));
                args.set("when", when(tr, at));
                tr.t_with("guardian-record-withdrawn", &args)
            });
            (tr.t_with("guardian-record-line", &args), withdrawn)
        })
        .collect();
    let page = GuardianPage {
        id: id.0,
        code: view.summary.code,
        status,
        needs_guardian: view.status.needs_guardian,
        consented: view.status.guardian_consented,
        records,
        relations: GuardianRelation::ALL.iter().map(|r| (r.code(), tr.label("guardian-relation", r.code()))).collect(),
        verifications: GuardianVerification::ALL.iter().map(|r| (r.code(), tr.label("guardian-verification", r.code()))).collect(),
        error: error.map(|k| tr.t(k)),
        v,
    };
    let failed = page.error.is_some();
    let body = html(&page)?;
    Ok(if failed { (StatusCode::UNPROCESSABLE_ENTITY, body).into_response() } else { body })
}

pub async fn form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    show(&app, page, MemberId(id), None).await
}

/// Not `Debug`: the guardian's name is personal.
#[derive(Deserialize)]
pub struct GuardianForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    relation: String,
    #[serde(default)]
    verification: String,
}

#[tracing::instrument(skip_all)]
pub async fn record(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<GuardianForm>,
) -> Result<Response, WebError> {
    let id = MemberId(id);
    let relation = GuardianRelation::from_code(&form.relation).ok_or(WebError::BadRequest)?;
    let verification = GuardianVerification::from_code(&form.verification).ok_or(WebError::BadRequest)?;
    let Ok(name) = dhruva_core::text::clean(&form.name) else { return show(&app, page, id, Some("field-error-text-control")).await };
    if name.is_empty() || name.chars().count() > 200 {
        return show(&app, page, id, Some("guardian-name-missing")).await;
    }
    let consent = GuardianConsent { name: Sensitive::new(name), relation, verification };
    Access::new(&app, &page.who.actor, Channel::Web).record_guardian(id, &consent).await?;
    Ok(Redirect::to(&format!("/members/{id}/guardian")).into_response())
}

pub async fn withdraw(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    Access::new(&app, &page.who.actor, Channel::Web).withdraw_guardian(MemberId(id)).await?;
    Ok(Redirect::to(&format!("/members/{id}/guardian")).into_response())
}

#[derive(Deserialize, Debug)]
pub struct MinorForm {
    #[serde(default)]
    under_18: String,
}

pub async fn mark(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(form): PageForm<MinorForm>) -> Result<Response, WebError> {
    let needs = match form.under_18.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(WebError::BadRequest),
    };
    Access::new(&app, &page.who.actor, Channel::Web).set_needs_guardian(MemberId(id), needs).await?;
    Ok(Redirect::to(&format!("/members/{id}/guardian")).into_response())
}
