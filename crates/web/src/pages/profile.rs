//! "My profile": her own record and her account, and the form to correct her details.

use super::members::{edit, save, EditUrls, PersonalForm};
use super::view::{member_page, MemberPage};
use super::{html, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use dhruva_store::Channel;

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    v: Visit,
    /// Absent for accounts that are not a member (staff, the admin).
    member: Option<MemberPage>,
    username: String,
    roles: String,
    /// Where her request for a new number stands, while it waits or after it was refused.
    phone_request: Option<String>,
}

pub async fn show(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let phone_request = match who.actor.member() {
        Some(id) => phone_request_line(&app, &v, id).await?,
        None => None,
    };
    let member = match who.actor.member() {
        Some(id) => Some(member_page(&v.tr, Access::new(&app, &who.actor, Channel::Web).member(id).await?)),
        None => None,
    };
    let mut roles: Vec<String> = who.actor.grants.iter().map(|g| v.tr.label("role", g.role().code())).collect();
    roles.dedup();
    html(&ProfilePage { member, username: who.account.username.clone(), roles: roles.join(", "), phone_request, v })
}

/// "Your leader will confirm your new number" — said the same whatever the number.
async fn phone_request_line(app: &AppState, v: &Visit, id: dhruva_core::MemberId) -> Result<Option<String>, WebError> {
    let Some(status) = app.store.my_phone_request(id).await? else { return Ok(None) };
    let date = crate::format::date(&v.tr, status.requested_at.date());
    Ok(match status.state {
        "pending" => Some(v.tr.t_args("phone-change-waiting", "date", date)),
        "refused" => Some(v.tr.t_args("phone-change-refused", "date", date)),
        _ => None,
    })
}

fn urls() -> EditUrls {
    EditUrls { action: "/profile/edit".to_owned(), cancel: "/profile".to_owned() }
}

pub async fn edit_form(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    edit(&app, page, id, urls()).await
}

pub async fn edit_submit(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<PersonalForm>) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    save(&app, page, id, urls(), form).await
}
