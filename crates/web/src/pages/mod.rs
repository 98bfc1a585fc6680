//! Server-rendered pages. Every page works without JavaScript and carries, through
//! `base.html`, the quick exit, the language switcher and (signed in) the navigation.

mod access_log;
pub mod cases;
pub mod casework;
mod collective_new;
mod collectives;
mod consents;
mod cycle;
mod erasure;
mod exit;
mod federation;
mod guardian;
mod held_uploads;
mod home;
mod institutions;
mod invitations;
mod language;
mod listing;
mod login;
pub mod member_import;
mod member_new;
mod members;
pub(crate) mod memberships;
mod mentors;
mod my_data;
pub(crate) mod offices;
mod phone_changes;
mod privacy_notice;
mod profile;
mod rating;
mod registry_edit;
pub mod reports;
mod requests;
mod rounds;
pub(crate) mod staff;
mod view;

use crate::error::WebError;
use crate::session::SignedIn;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// The largest body an upload route takes: a letter with its photos.
pub const UPLOAD_BODY_LIMIT: usize = cases::UPLOAD_BODY_LIMIT;

/// The routes that take uploads (a letter's photos, a case register, a member register), each
/// with its own limit below [`UPLOAD_BODY_LIMIT`].
pub fn upload_routes() -> Router<AppState> {
    cases::upload_routes().merge(casework::upload_routes()).merge(member_import::upload_routes())
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/logout-everywhere", post(login::logout_everywhere))
        .route(crate::visit::EXIT_PATH, post(exit::quick_exit))
        .route("/language", post(language::switch))
        .route("/collectives", get(collectives::list))
        .route("/collectives/{id}", get(collectives::show).post(collectives::search))
        .route("/members/{id}", get(members::show))
        .route("/members/{id}/edit", get(members::edit_form).post(members::edit_submit))
        .route("/profile", get(profile::show))
        .route("/profile/edit", get(profile::edit_form).post(profile::edit_submit))
        .merge(collective_new::routes())
        .merge(registry_edit::routes())
        .merge(member_new::routes())
        .merge(member_import::routes())
        .merge(memberships::routes())
        .merge(offices::routes())
        .merge(staff::routes())
        .merge(my_data::routes())
        .merge(invitations::routes())
        .merge(requests::routes())
        .merge(erasure::routes())
        .merge(reports::routes())
        .merge(casework::routes())
        .merge(cases::routes())
        .merge(institutions::routes().merge(rounds::routes()))
        .route("/profile/consents", get(consents::own).post(consents::own_submit))
        .route("/profile/mentors", get(mentors::own).post(mentors::own_submit))
        .route("/profile/access-log", get(access_log::show))
        .route("/members/{id}/consents", get(consents::member).post(consents::member_record))
        .route("/members/{id}/consents/withdraw", post(consents::member_withdraw))
        .route("/members/{id}/consents/confirm", post(consents::member_confirm))
        .route("/collectives/{id}/phone-changes", get(phone_changes::list).post(phone_changes::decide))
        .route("/profile/consents/pending", post(consents::own_pending))
        .route("/members/{id}/mentors", get(mentors::member).post(mentors::member_submit))
        .route("/members/{id}/guardian", get(guardian::form).post(guardian::record))
        .route("/members/{id}/guardian/withdraw", post(guardian::withdraw))
        .route("/members/{id}/guardian/minor", post(guardian::mark))
        .route("/federation/contacts", get(federation::contacts).post(federation::contacts_search))
        .route("/federation/research", get(federation::research))
        .route("/federation/research.json", get(federation::research_download))
        .route("/federation/media", get(federation::media))
        .route("/privacy", get(privacy_notice::show))
        .fallback(not_found)
}

async fn not_found() -> WebError {
    WebError::NotFound
}

/// A page for signed-in visitors only; anyone else is sent to the login page.
pub struct SignedInPage {
    pub v: Visit,
    pub who: Arc<SignedIn>,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedInPage {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let v = Visit::from_request_parts(parts, state).await?;
        let who = v.signed_in.clone().ok_or(WebError::SignInRequired)?;
        Ok(SignedInPage { v, who })
    }
}

/// A urlencoded form whose rejection is our error page rather than axum's plain text.
pub struct PageForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for PageForm<T> {
    type Rejection = WebError;
    async fn from_request(req: Request, state: &S) -> Result<Self, WebError> {
        let axum::Form(value) = axum::Form::<T>::from_request(req, state).await.map_err(|_| WebError::BadRequest)?;
        Ok(PageForm(value))
    }
}

pub use crate::extract::Id;

pub fn html(page: &impl Template) -> Result<Response, WebError> {
    Ok(Html(page.render()?).into_response())
}
