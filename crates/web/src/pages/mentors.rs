//! Her mentor: a leader of her collective, or she herself, chooses a facilitator of a
//! partner that supports her collective, and can end it. History is kept and shown.

use super::consents::when;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::{AccountId, MemberId};
use dhruva_store::Channel;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "mentors.html")]
struct MentorsPage {
    v: Visit,
    code: String,
    action: String,
    back: String,
    current: Vec<(i64, String)>,
    past: Vec<String>,
    candidates: Vec<(i64, String)>,
    /// Her own page: spoken to her ("your mentor"), not about her.
    herself: bool,
}

/// Her own page (`/profile/mentors`) or a member's (`/members/{id}/mentors`).
fn urls(id: MemberId, herself: bool) -> (String, String) {
    if herself {
        ("/profile/mentors".to_owned(), "/profile/consents".to_owned())
    } else {
        (format!("/members/{id}/mentors"), format!("/members/{id}"))
    }
}

async fn show(app: &AppState, page: SignedInPage, id: MemberId) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let view = Access::new(app, &who.actor, Channel::Web).mentors(id).await?;
    let tr = &v.tr;
    let (action, back) = urls(id, view.is_herself);
    let current = view
        .history
        .iter()
        .filter(|m| m.ended_at.is_none())
        .map(|m| (m.mentor.0, format!("{} — {}", m.mentor_username, tr.t_args("mentors-since", "when", when(tr, m.assigned_at)))))
        .collect();
    let past = view
        .history
        .iter()
        .filter_map(|m| {
            let until = m.ended_at?;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("from", format::date(tr, m.assigned_at.date()));
            args.set("until", format::date(tr, until.date()));
            Some(format!("{} — {}", m.mentor_username, tr.t_with("mentors-ended", &args)))
        })
        .collect();
    let candidates = view.candidates.into_iter().map(|c| (c.account.0, c.username)).collect();
    html(&MentorsPage { code: view.summary.code, action, back, current, past, candidates, herself: view.is_herself, v })
}

/// Assign or end: `op` is `assign` or `end`, `account` the facilitator's account id.
#[derive(Deserialize, Debug)]
pub struct MentorForm {
    #[serde(default)]
    op: String,
    #[serde(default)]
    account: i64,
}

async fn submit(app: &AppState, page: SignedInPage, id: MemberId, form: MentorForm) -> Result<Response, WebError> {
    let access = Access::new(app, &page.who.actor, Channel::Web);
    let mentor = AccountId(form.account);
    match form.op.as_str() {
        "assign" => access.assign_mentor(id, mentor).await?,
        "end" => access.end_mentor(id, mentor).await?,
        _ => return Err(WebError::BadRequest),
    }
    let (action, _) = urls(id, page.who.actor.member() == Some(id));
    Ok(Redirect::to(&action).into_response())
}

pub async fn own(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    show(&app, page, id).await
}

pub async fn own_submit(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<MentorForm>) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    submit(&app, page, id, form).await
}

pub async fn member(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    show(&app, page, MemberId(id)).await
}

pub async fn member_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<MentorForm>,
) -> Result<Response, WebError> {
    submit(&app, page, MemberId(id), form).await
}

impl MentorsPage {
    /// The words of this page: on her own page the second-person ones (`welcome-…-own`).
    fn say(&self, key: &str) -> String {
        if self.herself {
            self.v.t(&format!("welcome-{key}-own"))
        } else {
            self.v.t(key)
        }
    }
}
