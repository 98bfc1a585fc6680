//! Changing a case's details: the authority and the kind's own form, filled with what is
//! stored, shown again with her values and the problems beside them if something is wrong.

use super::authority::{self, AuthorityChoice};
use crate::access::Access;
use crate::error::WebError;
use crate::form_render::{self, FieldView};
use crate::pages::rounds::common::unprocessable;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::{CaseId, Sensitive};
use dhruva_store::cases::{Authority, CaseError};
use dhruva_store::Channel;

#[derive(Template)]
#[template(path = "cases/edit.html")]
struct EditPage {
    v: Visit,
    id: i64,
    title: String,
    authority: AuthorityChoice,
    fields: Vec<FieldView>,
    has_errors: bool,
}

pub async fn form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let case = access.case_for_edit(CaseId(id)).await?;
    let institutions = access.institutions_for(case.summary.member).await?;
    let name = case.authority_name.as_ref().map(|n| n.expose().clone()).unwrap_or_default();
    let form = dhruva_forms::cases::form(case.summary.kind);
    let page = EditPage {
        id,
        title: super::case_title(&v.tr, &case.summary),
        authority: AuthorityChoice::new(&v.tr, &institutions, case.summary.authority, &name),
        fields: form_render::fields(form, &v.tr, case.details.expose(), &[]),
        has_errors: false,
        v,
    };
    html(&page)
}

pub async fn submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(posted): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let case = access.case_for_edit(CaseId(id)).await?;
    let institutions = access.institutions_for(case.summary.member).await?;
    let get = |name: &str| posted.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    let authority: Authority = authority::parse(&institutions, get("institution"), get("authority_name"))?;
    let form = dhruva_forms::cases::form(case.summary.kind);
    let details = form_render::raw_from_fields(form, &posted);
    let errors = match form.validate(&details) {
        Ok(_) => match access.update_case_details(CaseId(id), &authority, &Sensitive::new(details.clone())).await? {
            Ok(()) => return Ok(Redirect::to(&format!("/cases/{id}?saved=1")).into_response()),
            Err(CaseError::Details(errors)) => errors,
            Err(e) => return super::refused(v.clone(), super::refusal_message(&v.tr, &e), format!("/cases/{id}")),
        },
        Err(errors) => errors,
    };
    let page = EditPage {
        id,
        title: super::case_title(&v.tr, &case.summary),
        authority: AuthorityChoice::posted(&v.tr, &institutions, get("institution"), get("authority_name")),
        fields: form_render::fields(form, &v.tr, &details, &errors),
        has_errors: true,
        v,
    };
    unprocessable(&page)
}
