//! Logging in and out.
//!
//! Failures say only "wrong name or password", whether or not the account exists, and are
//! throttled per account (username and phone alike), per unknown login and per address. The attempted name is never logged or audited:
//! it is often a phone number.

use super::{html, PageForm, SignedInPage};
use crate::cookies::{self, Lifetime};
use crate::error::WebError;
use crate::metrics::LoginOutcome;
use crate::state::{now, AppState};
use crate::throttle::LoginKey;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::{AccountId, Sensitive};
use dhruva_store::audit::AuditEvent;
use dhruva_store::{Accessor, Channel};
use serde::Deserialize;
use std::time::Instant;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    v: Visit,
    error: Option<String>,
    /// What she typed as her username or phone, shown again after a refusal (never the
    /// password): retyping it on a phone is where the next mistake comes from.
    login: String,
    /// Just arrived from `/activate` with her new password set (issue 11).
    activated: bool,
}

/// `?activated=1` after `/activate` set her password: a notice, nothing else.
pub async fn form(v: Visit, axum::extract::RawQuery(query): axum::extract::RawQuery) -> Result<Response, WebError> {
    if v.is_signed_in() {
        return Ok(Redirect::to("/").into_response());
    }
    let activated = query.as_deref() == Some("activated=1");
    html(&LoginPage { v, error: None, login: String::new(), activated })
}

/// Not `Debug`: both fields are secrets of a kind.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
}

fn event(action: &str) -> AuditEvent {
    AuditEvent::new(action)
}

fn web_accessor(account: Option<AccountId>) -> Accessor {
    Accessor { account, role: None, purpose: None, channel: Channel::Web }
}

#[tracing::instrument(skip_all)]
pub async fn submit(State(app): State<AppState>, v: Visit, PageForm(form): PageForm<LoginForm>) -> Result<Response, WebError> {
    let login = form.login.trim();
    let password = Sensitive::new(form.password);
    // One lookup whether or not the login names someone, so the throttle counts her username
    // and her phone together and an unknown login the same way.
    let account = if login.is_empty() { None } else { app.store.account_of_login(login).await? };
    let key = account.map_or(LoginKey::Typed(login), LoginKey::Account);
    if let Err(wait) = app.throttle.check(key, v.client, Instant::now()) {
        app.metrics.login(LoginOutcome::Throttled);
        let message = wait_message(&v, wait);
        let page = html(&LoginPage { v, error: Some(message), login: kept_login(login), activated: false })?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds_up(wait).to_string())], page).into_response());
    }
    if login.is_empty() || password.expose().is_empty() {
        return failed(&app, v, key, login).await;
    }
    let Some(account) = app.store.verify_login(login, &password).await? else {
        return failed(&app, v, key, login).await;
    };
    app.throttle.record_success(key);
    app.throttle.record_success(LoginKey::Account(account));
    app.metrics.login(LoginOutcome::Succeeded);
    // A browser signing in as someone else leaves the previous session, rather than
    // keeping it alive unseen.
    if let Some(previous) = &v.signed_in {
        app.store.end_session(previous.token.expose()).await?;
    }
    let token = app.store.create_session(account, now()).await?;
    app.store.record(&web_accessor(Some(account)), event("login_succeeded")).await?;
    let mut response = Redirect::to("/").into_response();
    let names = cookies::names(app.config.secure_cookies);
    if let Some(c) = cookies::set(names.session, token.expose(), app.config.secure_cookies, true, Lifetime::BrowserSession) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    // A fresh pre-login value: tokens from the pages before login are worth nothing now.
    let fresh = crate::csrf::new_anonymous_value();
    if let Some(c) = cookies::set(names.csrf, &fresh, app.config.secure_cookies, true, Lifetime::BrowserSession) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(response)
}

/// Whole seconds, rounded up: told to wait 1 when 1.5 remain, she would be refused again.
pub(crate) fn seconds_up(wait: std::time::Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

/// "Wait N seconds" for an account slowed down, "wait N minutes" for an address out of tries.
pub(crate) fn wait_message(v: &Visit, wait: std::time::Duration) -> String {
    let seconds = seconds_up(wait);
    if seconds < 60 {
        v.tr.t_args("login-wait-seconds", "seconds", seconds)
    } else {
        v.tr.t_args("login-throttled", "minutes", seconds.div_ceil(60))
    }
}

async fn failed(app: &AppState, v: Visit, key: LoginKey<'_>, login: &str) -> Result<Response, WebError> {
    app.throttle.record_failure(key, v.client, Instant::now());
    app.metrics.login(LoginOutcome::Failed);
    app.store.record(&web_accessor(None), event("login_failed")).await?;
    let message = v.t("login-failed");
    let page = html(&LoginPage { v, error: Some(message), login: kept_login(login), activated: false })?;
    Ok((StatusCode::UNAUTHORIZED, page).into_response())
}

/// The typed login as it goes back into the form: cleaned like any typed text and cut to a
/// sane length (a login is a short name or a phone number), so a pasted page cannot bloat the
/// answer.
fn kept_login(login: &str) -> String {
    crate::validate::clean_lossy(login).chars().take(MAX_LOGIN_CHARS).collect()
}

/// Longest login shown back (usernames and phone numbers are far shorter).
const MAX_LOGIN_CHARS: usize = 100;

/// Back to the login page with the session cookie gone.
pub fn signed_out(app: &AppState) -> Response {
    let mut response = Redirect::to("/login").into_response();
    if let Some(c) = cookies::expire(cookies::names(app.config.secure_cookies).session, app.config.secure_cookies) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    response
}

pub async fn logout(State(app): State<AppState>, v: Visit) -> Result<Response, WebError> {
    if let Some(s) = &v.signed_in {
        app.store.end_session(s.token.expose()).await?;
    }
    Ok(signed_out(&app))
}

pub async fn logout_everywhere(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let account = page.who.account.id;
    let ended = app.store.end_all_sessions(account).await?;
    let mut e = event("logged_out_everywhere");
    e.detail = Some(format!("sessions={ended}"));
    app.store.record(&web_accessor(Some(account)), e).await?;
    let mut response = signed_out(&app);
    // Also forget what this browser cached of her pages, as quick exit does.
    response.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    Ok(response)
}
