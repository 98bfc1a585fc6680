//! "Erase your data": what erasure means in plain words, and her password to confirm it is
//! her (a shared phone left signed in must not be enough). Then her session is over and the
//! browser is told to forget what it cached of her pages.

use super::login::{seconds_up, wait_message};
use super::{html, PageForm, SignedInPage};
use crate::access::Access;
use crate::cookies;
use crate::error::WebError;
use crate::state::AppState;
use crate::throttle::LoginKey;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::Sensitive;
use dhruva_store::Channel;
use serde::Deserialize;
use std::time::Instant;

pub const ERASED_PATH: &str = "/erased";

pub fn routes() -> Router<AppState> {
    Router::new().route("/profile/erase", get(form).post(submit)).route(ERASED_PATH, get(erased))
}

#[derive(Template)]
#[template(path = "rights/erase.html")]
struct ErasePage {
    v: Visit,
    error: Option<String>,
}

pub async fn form(page: SignedInPage) -> Result<Response, WebError> {
    page.who.actor.member().ok_or(WebError::NotFound)?;
    html(&ErasePage { v: page.v, error: None })
}

/// Not `Debug`: a password.
#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    password: String,
}

#[tracing::instrument(skip_all)]
pub async fn submit(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<EraseForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    who.actor.member().ok_or(WebError::NotFound)?;
    let username = who.account.username.clone();
    // Throttled like a login, in her account's bucket: this form must not become a way to try
    // passwords on a phone someone left signed in.
    let key = LoginKey::Account(who.account.id);
    if let Err(wait) = app.throttle.check(key, v.client, Instant::now()) {
        let error = Some(wait_message(&v, wait));
        let page = html(&ErasePage { v, error })?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds_up(wait).to_string())], page).into_response());
    }
    let password = Sensitive::new(form.password);
    let confirmed = !password.expose().is_empty() && app.store.verify_login(&username, &password).await? == Some(who.account.id);
    if !confirmed {
        app.throttle.record_failure(key, v.client, Instant::now());
        let error = Some(v.t("erase-wrong-password"));
        return Ok((StatusCode::UNAUTHORIZED, html(&ErasePage { v, error })?).into_response());
    }
    app.throttle.record_success(key);
    Access::new(&app, &who.actor, Channel::Web).erase_herself().await?;

    let mut response = Redirect::to(ERASED_PATH).into_response();
    let h = response.headers_mut();
    if let Some(c) = cookies::expire(cookies::names(app.config.secure_cookies).session, app.config.secure_cookies) {
        h.append(header::SET_COOKIE, c);
    }
    h.insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    Ok(response)
}

#[derive(Template)]
#[template(path = "rights/erased.html")]
struct ErasedPage {
    v: Visit,
}

/// Says only that erasure is done: anyone may open it, and it names nobody.
pub async fn erased(v: Visit) -> Result<Response, WebError> {
    html(&ErasedPage { v })
}
