//! Corrections: she asks (`/profile/requests`); a leader she allowed to help with her case
//! reads and closes them (`/requests`, `/members/{id}/requests`); either of them makes the
//! change through the ordinary edit form, which audits every changed field.

use super::{checked_text, day, TextForm};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::requests::{CorrectionOutcome, CorrectionRequest, CorrectionStatus};
use dhruva_store::Channel;
use serde::Deserialize;

/// One request as a page shows it.
pub struct RequestRow {
    pub id: i64,
    pub asked: String,
    pub status: String,
    pub open: bool,
    pub text: String,
    pub note: Option<String>,
}

pub fn request_rows(tr: &Tr, requests: Vec<CorrectionRequest>) -> Vec<RequestRow> {
    requests
        .into_iter()
        .map(|r| RequestRow {
            id: r.id,
            asked: tr.t_args("corrections-asked-on", "date", day(tr, r.raised_at)),
            status: tr.t(match r.status {
                CorrectionStatus::Open => "corrections-status-open",
                CorrectionStatus::Done => "corrections-status-done",
                CorrectionStatus::Declined => "corrections-status-declined",
            }),
            open: r.status == CorrectionStatus::Open,
            text: r.text.into_inner(),
            note: r.note.map(Sensitive::into_inner),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "rights/my_requests.html")]
struct MinePage {
    v: Visit,
    requests: Vec<RequestRow>,
    may_edit: bool,
    text: String,
    error: Option<String>,
}

async fn mine_page(app: &AppState, page: SignedInPage, text: String, error: Option<String>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let (requests, may_edit) = Access::new(app, &who.actor, Channel::Web).own_corrections().await?;
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = html(&MinePage { requests: request_rows(&v.tr, requests), may_edit, text, error, v })?;
    Ok((status, page).into_response())
}

pub async fn mine(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    mine_page(&app, page, String::new(), None).await
}

#[tracing::instrument(skip_all)]
pub async fn ask(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<TextForm>) -> Result<Response, WebError> {
    match checked_text(&page.v.tr, &form.text) {
        Ok(text) => {
            Access::new(&app, &page.who.actor, Channel::Web).request_correction(&text).await?;
            Ok(Redirect::to("/profile/requests").into_response())
        }
        Err(error) => mine_page(&app, page, form.text, Some(error)).await,
    }
}

pub async fn done_myself(State(app): State<AppState>, page: SignedInPage, Path(request): Path<i64>) -> Result<Response, WebError> {
    Access::new(&app, &page.who.actor, Channel::Web).close_own_correction(request).await?;
    Ok(Redirect::to("/profile/requests").into_response())
}

pub struct QueueRow {
    pub member: i64,
    pub code: String,
    pub asked: String,
}

#[derive(Template)]
#[template(path = "rights/corrections_queue.html")]
struct QueuePage {
    v: Visit,
    rows: Vec<QueueRow>,
}

/// Open requests of the members whose details this visitor may correct.
pub async fn queue(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let waiting = Access::new(&app, &who.actor, Channel::Web).corrections_to_handle().await?;
    let rows = waiting
        .into_iter()
        .map(|(open, summary)| QueueRow {
            member: summary.id.0,
            code: summary.code,
            asked: v.tr.t_args("corrections-asked-on", "date", day(&v.tr, open.raised_at)),
        })
        .collect();
    html(&QueuePage { v, rows })
}

#[derive(Template)]
#[template(path = "rights/member_requests.html")]
struct MemberPage {
    v: Visit,
    id: i64,
    code: String,
    requests: Vec<RequestRow>,
    error: Option<String>,
}

async fn member_page(app: &AppState, page: SignedInPage, id: MemberId, error: Option<String>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let (summary, requests) = Access::new(app, &who.actor, Channel::Web).corrections_of(id).await?;
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = html(&MemberPage { id: id.0, code: summary.code, requests: request_rows(&v.tr, requests), error, v })?;
    Ok((status, page).into_response())
}

pub async fn of_member(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    member_page(&app, page, MemberId(id), None).await
}

/// How a leader closes a request. Not `Debug`: the note is for her.
#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    note: String,
}

#[tracing::instrument(skip_all)]
pub async fn close(
    State(app): State<AppState>,
    page: SignedInPage,
    path: Result<Path<(i64, i64)>, axum::extract::rejection::PathRejection>,
    PageForm(form): PageForm<CloseForm>,
) -> Result<Response, WebError> {
    let Ok(Path((id, request))) = path else { return Err(WebError::NotFound) };
    let member = MemberId(id);
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    match form.outcome.as_str() {
        "done" => access.close_correction(member, request, CorrectionOutcome::Done, None).await?,
        "declined" => match checked_text(&page.v.tr, &form.note) {
            Ok(note) => access.close_correction(member, request, CorrectionOutcome::Declined, Some(&note)).await?,
            Err(_) => {
                let error = page.v.t("corrections-note-missing");
                return member_page(&app, page, member, Some(error)).await;
            }
        },
        _ => return Err(WebError::BadRequest),
    }
    Ok(Redirect::to(&format!("/members/{id}/requests")).into_response())
}
