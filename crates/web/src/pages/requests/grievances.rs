//! Complaints (grievances under the DPDP Act): she raises one (`/profile/grievances`) and sees
//! its answer; the grievance officer — the deployment's admin — sees the queue with each due
//! date, overdue ones marked (`/grievances`), and answers one at a time (`/grievances/{id}`).

use super::{checked_text, day, TextForm};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::Sensitive;
use dhruva_store::requests::Grievance;
use dhruva_store::Channel;
use time::Date;

/// One complaint as a page shows it.
pub struct GrievanceRow {
    pub id: i64,
    pub title: String,
    pub sent: String,
    pub due: String,
    /// "Waiting", "Answered on …" or "Overdue".
    pub status: String,
    pub overdue: bool,
    pub text: String,
    pub answer: Option<String>,
}

pub fn grievance_row(tr: &Tr, g: Grievance, today: Date) -> GrievanceRow {
    let overdue = g.is_overdue(today);
    GrievanceRow {
        id: g.id,
        title: tr.t_args("grievances-number", "number", g.id),
        sent: tr.t_args("grievances-sent-on", "date", format::date(tr, g.raised_on)),
        due: tr.t_args("grievances-due-on", "date", format::date(tr, g.due_on)),
        status: match g.answered_at {
            Some(at) => tr.t_args("grievances-answered-on", "date", day(tr, at)),
            None if overdue => tr.t("grievances-overdue"),
            None => tr.t("grievances-waiting"),
        },
        overdue,
        text: g.text.into_inner(),
        answer: g.answer.map(Sensitive::into_inner),
    }
}

#[derive(Template)]
#[template(path = "rights/my_grievances.html")]
struct MinePage {
    v: Visit,
    grievances: Vec<GrievanceRow>,
    text: String,
    error: Option<String>,
}

async fn mine_page(app: &AppState, page: SignedInPage, text: String, error: Option<String>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let grievances = Access::new(app, &who.actor, Channel::Web).own_grievances().await?;
    let today = today();
    let grievances = grievances.into_iter().map(|g| grievance_row(&v.tr, g, today)).collect();
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, html(&MinePage { grievances, text, error, v })?).into_response())
}

pub async fn mine(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    mine_page(&app, page, String::new(), None).await
}

#[tracing::instrument(skip_all)]
pub async fn raise(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<TextForm>) -> Result<Response, WebError> {
    match checked_text(&page.v.tr, &form.text) {
        Ok(text) => {
            Access::new(&app, &page.who.actor, Channel::Web).raise_grievance(&text, today()).await?;
            Ok(Redirect::to("/profile/grievances").into_response())
        }
        Err(error) => mine_page(&app, page, form.text, Some(error)).await,
    }
}

pub struct QueueRow {
    pub id: i64,
    pub title: String,
    pub sent: String,
    pub due: String,
    pub status: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "rights/grievances_queue.html")]
struct QueuePage {
    v: Visit,
    rows: Vec<QueueRow>,
}

pub async fn queue(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let list = Access::new(&app, &who.actor, Channel::Web).grievances_to_answer().await?;
    let today = today();
    let tr = &v.tr;
    let rows = list
        .into_iter()
        .map(|g| QueueRow {
            id: g.id,
            title: tr.t_args("grievances-number", "number", g.id),
            sent: tr.t_args("grievances-sent-on", "date", format::date(tr, g.raised_on)),
            due: tr.t_args("grievances-due-on", "date", format::date(tr, g.due_on)),
            status: match g.answered_at {
                Some(_) => tr.t("grievances-answered"),
                None if g.is_overdue(today) => tr.t("grievances-overdue"),
                None => tr.t("grievances-waiting"),
            },
            overdue: g.is_overdue(today),
        })
        .collect();
    html(&QueuePage { v, rows })
}

#[derive(Template)]
#[template(path = "rights/grievance.html")]
struct ShowPage {
    v: Visit,
    g: GrievanceRow,
    answered: bool,
    draft: String,
    error: Option<String>,
}

async fn show_page(app: &AppState, page: SignedInPage, id: i64, draft: String, error: Option<String>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let grievance = Access::new(app, &who.actor, Channel::Web).grievance(id).await?;
    let answered = grievance.answered_at.is_some();
    let g = grievance_row(&v.tr, grievance, today());
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, html(&ShowPage { g, answered, draft, error, v })?).into_response())
}

pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    show_page(&app, page, id, String::new(), None).await
}

#[tracing::instrument(skip_all)]
pub async fn answer(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(form): PageForm<TextForm>) -> Result<Response, WebError> {
    match checked_text(&page.v.tr, &form.text) {
        Ok(text) => {
            Access::new(&app, &page.who.actor, Channel::Web).answer_grievance(id, &text).await?;
            Ok(Redirect::to(&format!("/grievances/{id}")).into_response())
        }
        Err(error) => show_page(&app, page, id, form.text, Some(error)).await,
    }
}
