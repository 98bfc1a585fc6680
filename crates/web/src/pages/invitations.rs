//! Accounts by invitation (issue 11): activation codes.
//!
//! - `/members/{id}/code`: a leader of her collective (or the admin) gives a member a one-time
//!   code to log in — a first login, or a reset. Her account is made if she has none (its
//!   username is her member code). The code is shown once, large, with its expiry.
//! - `/activate` (public): the code and a new password twice set her password; then the login
//!   page, with a notice. A wrong, used or expired code answers 422 with a message, her code
//!   kept, nothing written. Tries are throttled per client, as logins are.
//! - `/profile/password`: she changes her own password, knowing the current one.
//!
//! Every decision goes through the policy (`IssueActivationCode`); someone else's member answers
//! the same 404 as a missing one.

use super::login::wait_message;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::{now, AppState};
use crate::throttle::LoginKey;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::policy::{may_issue_code_for_roles, Action, Actor};
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::accounts::invitations::normalise_code;
use dhruva_store::{Accessor, Channel, StoreError};
use serde::Deserialize;
use std::time::Instant;
use time::macros::offset;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/activate", get(activate_form).post(activate_submit))
        .route("/members/{id}/code", get(give_form).post(give_submit))
        .route("/profile/password", get(own_form).post(own_submit))
}

/// The link on her member page, for those the policy lets give her a code.
pub async fn member_link(v: &Visit, app: &AppState, actor: &Actor, member: MemberId) -> Result<Option<(String, String)>, WebError> {
    let allowed = may_give(app, actor, member).await.is_ok();
    Ok(allowed.then(|| (format!("/members/{member}/code"), v.t("invite-give-code"))))
}

/// The policy's answer for a code to her account: `IssueActivationCode` on her (404 when she
/// is not the actor's to see, as for a missing member), and, when her account holds a role
/// beyond a member's, only the admin (403).
async fn may_give(app: &AppState, actor: &Actor, member: MemberId) -> Result<Accessor, WebError> {
    let access = Access::new(app, actor, Channel::Web);
    let (_, decision) = access.require_on_member(member, Action::IssueActivationCode).await?;
    if let Some(account) = app.store.account_of_member(member).await? {
        let roles: Vec<_> = app.store.grants(account.id).await?.iter().map(|g| g.role).collect();
        if !may_issue_code_for_roles(actor, &roles) {
            return Err(WebError::Forbidden);
        }
    }
    Ok(access.accessor(&decision))
}

// ---- /activate --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "invitations/activate.html")]
struct ActivatePage {
    v: Visit,
    /// What she typed as the code, shown again after a refusal (never the passwords).
    code: String,
    code_error: Option<String>,
    password_error: Option<String>,
    /// A message about the whole form (the throttle).
    notice: Option<String>,
}

/// Not `Debug`: the code and the passwords are secrets.
#[derive(Deserialize)]
pub struct ActivateForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
}

pub async fn activate_form(v: Visit) -> Result<Response, WebError> {
    html(&ActivatePage { v, code: String::new(), code_error: None, password_error: None, notice: None })
}

/// A code is 12 characters grouped; anything much longer is not one.
const MAX_CODE_CHARS: usize = 40;

fn kept_code(code: &str) -> String {
    crate::validate::clean_lossy(code).chars().take(MAX_CODE_CHARS).collect()
}

/// Which password rule a refused new password broke, as a translated sentence.
fn password_problem(v: &Visit, new: &str, again: &str) -> Option<String> {
    let length = new.chars().count();
    if length < 10 {
        Some(v.t("invite-password-too-short"))
    } else if length > 1024 {
        Some(v.t("invite-password-too-long"))
    } else if new != again {
        Some(v.t("invite-passwords-differ"))
    } else {
        None
    }
}

#[tracing::instrument(skip_all)]
pub async fn activate_submit(State(app): State<AppState>, v: Visit, PageForm(form): PageForm<ActivateForm>) -> Result<Response, WebError> {
    let code = kept_code(&form.code);
    // One bucket per client: guessing codes from one address is slowed like guessing passwords.
    let bucket = format!("activate:{}", v.client.map_or_else(|| "unknown".to_owned(), |a| a.to_string()));
    let key = LoginKey::Typed(&bucket);
    if let Err(wait) = app.throttle.check(key, v.client, Instant::now()) {
        let notice = Some(wait_message(&v, wait));
        let page = html(&ActivatePage { v, code, code_error: None, password_error: None, notice })?;
        let seconds = super::login::seconds_up(wait).to_string();
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds)], page).into_response());
    }
    let refuse = |v: Visit, code: String, code_error: Option<String>, password_error: Option<String>| -> Result<Response, WebError> {
        let page = html(&ActivatePage { v, code, code_error, password_error, notice: None })?;
        Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
    };
    if let Some(problem) = password_problem(&v, &form.password, &form.password_again) {
        let code_error = normalise_code(&code).is_none().then(|| v.t("invite-wrong-code"));
        return refuse(v, code, code_error, Some(problem));
    }
    let password = Sensitive::new(form.password);
    match app.store.redeem_activation_code(&code, &password, now()).await {
        Ok(Some(_)) => {
            app.throttle.record_success(key);
            Ok(Redirect::to("/login?activated=1").into_response())
        }
        Ok(None) => {
            app.throttle.record_failure(key, v.client, Instant::now());
            let message = v.t("invite-wrong-code");
            refuse(v, code, Some(message), None)
        }
        // The store's own password rules (the page checks the same first).
        Err(StoreError::Invalid(_)) => {
            let message = v.t("invite-password-too-short");
            refuse(v, code, None, Some(message))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- /members/{id}/code -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "invitations/give.html")]
struct GivePage {
    v: Visit,
    member: i64,
    member_code: String,
    /// After issuing: the code (grouped), when it stops working, her login name.
    issued: Option<Issued>,
}

struct Issued {
    code: String,
    expires: String,
    username: String,
}

#[tracing::instrument(skip_all)]
pub async fn give_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    may_give(&app, &who.actor, MemberId(id)).await?;
    let member_code = app.store.member_summary(MemberId(id)).await?.ok_or(WebError::NotFound)?.code;
    html(&GivePage { v, member: id, member_code, issued: None })
}

#[derive(Deserialize)]
pub struct NoFields {}

#[tracing::instrument(skip_all)]
pub async fn give_submit(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(_): PageForm<NoFields>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let by = may_give(&app, &who.actor, MemberId(id)).await?;
    let member_code = app.store.member_summary(MemberId(id)).await?.ok_or(WebError::NotFound)?.code;
    let issued = app.store.issue_activation_code_for_member(&by, MemberId(id), now()).await?;
    let username = app.store.account(issued.account).await?.ok_or(WebError::NotFound)?.username;
    let local = issued.expires_at.to_offset(offset!(+5:30));
    let expires = format!("{} {:02}:{:02}", crate::format::date(&v.tr, local.date()), local.hour(), local.minute());
    let expires = v.tr.t_args("invite-code-expires", "when", expires);
    let issued = Issued { code: issued.code.expose().clone(), expires, username };
    html(&GivePage { v, member: id, member_code, issued: Some(issued) })
}

// ---- /profile/password ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "invitations/own_password.html")]
struct OwnPage {
    v: Visit,
    current_error: Option<String>,
    password_error: Option<String>,
    done: bool,
}

/// Not `Debug`: passwords.
#[derive(Deserialize)]
pub struct OwnForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
}

pub async fn own_form(page: SignedInPage) -> Result<Response, WebError> {
    html(&OwnPage { v: page.v, current_error: None, password_error: None, done: false })
}

#[tracing::instrument(skip_all)]
pub async fn own_submit(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<OwnForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let account = who.account.id;
    let key = LoginKey::Account(account);
    if let Err(wait) = app.throttle.check(key, v.client, Instant::now()) {
        let message = Some(wait_message(&v, wait));
        let page = html(&OwnPage { v, current_error: message, password_error: None, done: false })?;
        let seconds = super::login::seconds_up(wait).to_string();
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds)], page).into_response());
    }
    let refuse = |v: Visit, current_error: Option<String>, password_error: Option<String>| -> Result<Response, WebError> {
        let page = html(&OwnPage { v, current_error, password_error, done: false })?;
        Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
    };
    if let Some(problem) = password_problem(&v, &form.password, &form.password_again) {
        return refuse(v, None, Some(problem));
    }
    // The current password, checked as a login is (and counted as one when wrong).
    let current = Sensitive::new(form.current);
    if app.store.verify_login(&who.account.username, &current).await? != Some(account) {
        app.throttle.record_failure(key, v.client, Instant::now());
        let message = v.t("invite-own-wrong-current");
        return refuse(v, Some(message), None);
    }
    app.store.set_password(&Accessor::account_holder(account, Channel::Web), account, &Sensitive::new(form.password)).await?;
    html(&OwnPage { v, current_error: None, password_error: None, done: true })
}
