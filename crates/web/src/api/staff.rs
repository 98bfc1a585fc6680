//! Staff accounts by invitation and stopping accounts, through the API (issue 11): the same
//! decisions as the pages (`pages::staff::Desk`), the API's JSON errors. A code is in the
//! answer that made it, and never again.

use super::auth::Caller;
use super::dto::ErrorOut;
use super::{ApiJson, Id};
use crate::error::WebError;
use crate::pages::staff::{check_invitation, Desk};
use crate::state::{now, AppState};
use crate::validate::{FieldErrors, Problem};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dhruva_core::{AccountId, MemberId};
use dhruva_store::accounts::invitations::ActivationCode;
use dhruva_store::accounts::staff::AccountState;
use dhruva_store::Channel;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/staff", get(list).post(invite))
        .route("/api/v1/accounts/{id}/code", post(account_code))
        .route("/api/v1/accounts/{id}/disable", post(disable))
        .route("/api/v1/accounts/{id}/enable", post(enable))
        .route("/api/v1/members/{id}/code", post(member_code))
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi(
    paths(invite, list, account_code, disable, enable, member_code),
    components(schemas(StaffIn, CodeOut, StaffOut, GrantOut)),
    tags((name = "staff", description = "The federation's staff invited with one-time codes; accounts stopped and allowed again"))
)]
pub struct Doc;

/// A staff member to invite. Not `Debug`: a name.
#[derive(Deserialize, ToSchema)]
pub struct StaffIn {
    /// `leader`, `facilitator` or `analyst`.
    pub role: String,
    /// The collective a leader leads (its id).
    #[serde(default)]
    pub collective: Option<i64>,
    /// The partner organisation a facilitator works for (its id).
    #[serde(default)]
    pub partner: Option<i64>,
    /// Her login name: 3 to 64 of `a-z`, `0-9`, `.`, `-`, `_`. Empty: made from `name`.
    #[serde(default)]
    pub username: String,
    /// Her name, used only to make a login name when `username` is empty; not kept.
    #[serde(default)]
    pub name: String,
    /// Her language: `en`, `bn`, `hi` or `te`.
    pub language: String,
}

/// A one-time code, given once: she types it at `/activate` to choose her password.
#[derive(Serialize, ToSchema)]
pub struct CodeOut {
    pub account: i64,
    pub username: String,
    /// Grouped for reading out, `ACDE-FGHJ-KM`.
    pub code: String,
    /// When it stops working (RFC 3339).
    #[schema(format = DateTime)]
    pub expires_at: String,
}

/// One role of an account, with its scope.
#[derive(Serialize, ToSchema)]
pub struct GrantOut {
    pub role: String,
    pub collective: Option<i64>,
    pub partner: Option<i64>,
}

/// A staff account and its state (never a code).
#[derive(Serialize, ToSchema)]
pub struct StaffOut {
    pub id: i64,
    pub username: String,
    pub roles: Vec<GrantOut>,
    /// Whether the account is also a member's.
    pub member_account: bool,
    pub disabled: bool,
    /// Until when an unredeemed code works, if one is waiting (RFC 3339).
    #[schema(format = DateTime)]
    pub code_until: Option<String>,
    /// Whether the caller may give it a code, disable or enable it.
    pub manageable: bool,
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn code_out(username: String, issued: ActivationCode) -> CodeOut {
    CodeOut { account: issued.account.0, username, code: issued.code.expose().clone(), expires_at: rfc3339(issued.expires_at) }
}

/// Invites a leader (of a collective), a facilitator (of a partner organisation) or an analyst:
/// the account, its one role and its code, in one transaction.
#[utoipa::path(
    post, path = "/api/v1/staff", tag = "staff",
    request_body = StaffIn,
    responses(
        (status = 201, description = "Invited; the code is in this answer only", body = CodeOut),
        (status = 404, description = "The caller does not manage staff", body = ErrorOut),
        (status = 422, description = "Invalid fields (a taken or malformed username, a role or scope that is not offered), one message each; nothing written", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn invite(State(app): State<AppState>, caller: Caller, ApiJson(body): ApiJson<StaffIn>) -> Result<Response, WebError> {
    let desk = Desk::new(&app, &caller.who.actor, Channel::Api);
    let decision = desk.staff_desk()?;
    let checked = check_invitation(&body.role, body.collective, body.partner, &body.username, &body.name, &body.language);
    let Some(new) = checked.new else {
        let mut errors = checked.errors;
        for (field, _) in checked.named {
            errors.add(field, Problem::Choice);
        }
        return Err(WebError::Invalid(errors));
    };
    let issued = app.store.invite_staff(&desk.accessor(&decision), &new, now()).await.map_err(|e| match WebError::from(e) {
        // An unknown collective or partner: not one of those offered.
        WebError::Invalid(fields) if fields.get("scope").is_some() => WebError::Invalid(FieldErrors::one("scope", Problem::Choice)),
        other => other,
    })?;
    let username = app.store.account(issued.account).await?.ok_or(WebError::NotFound)?.username;
    Ok((StatusCode::CREATED, Json(code_out(username, issued))).into_response())
}

/// The accounts that hold a role beyond a member's, with their state.
#[utoipa::path(
    get, path = "/api/v1/staff", tag = "staff",
    responses(
        (status = 200, body = Vec<StaffOut>),
        (status = 404, description = "The caller does not manage staff", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn list(State(app): State<AppState>, caller: Caller) -> Result<Json<Vec<StaffOut>>, WebError> {
    let actor = &caller.who.actor;
    Desk::new(&app, actor, Channel::Api).staff_desk()?;
    let out = app
        .store
        .staff_states(now())
        .await?
        .into_iter()
        .map(|s: AccountState| StaffOut {
            manageable: s.id != actor.account && dhruva_core::policy::may_manage_staff_roles(actor, &s.roles()),
            id: s.id.0,
            username: s.username.clone(),
            roles: s
                .grants
                .iter()
                .map(|g| GrantOut { role: g.role.code().to_owned(), collective: g.collective.map(|c| c.0), partner: g.partner.map(|p| p.0) })
                .collect(),
            member_account: s.member.is_some(),
            disabled: s.disabled,
            code_until: s.code_until.map(rfc3339),
        })
        .collect();
    Ok(Json(out))
}

/// A new code for an account the caller manages (the coordinator: leaders, facilitators and
/// analysts; the admin: any but her own); voids any earlier code.
#[utoipa::path(
    post, path = "/api/v1/accounts/{id}/code", tag = "staff",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 200, description = "The code, in this answer only", body = CodeOut),
        (status = 403, description = "Not an account the caller may manage; nothing written", body = ErrorOut),
        (status = 404, description = "No such account, or the caller manages no accounts", body = ErrorOut),
        (status = 409, description = "The account is switched off: enable it first", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn account_code(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<CodeOut>, WebError> {
    let (state, by) = Desk::new(&app, &caller.who.actor, Channel::Api).manage_account(AccountId(id)).await?;
    if state.disabled {
        return Err(WebError::Conflict);
    }
    let issued = app.store.issue_activation_code(&by, state.id, now()).await?;
    Ok(Json(code_out(state.username, issued)))
}

async fn set_disabled(app: AppState, caller: Caller, id: i64, disabled: bool) -> Result<StatusCode, WebError> {
    let (state, by) = Desk::new(&app, &caller.who.actor, Channel::Api).manage_account(AccountId(id)).await?;
    if state.disabled != disabled {
        app.store.set_disabled(&by, state.id, disabled).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Switches an account off: her sessions end, her tokens stop working and her code is voided.
#[utoipa::path(
    post, path = "/api/v1/accounts/{id}/disable", tag = "staff",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 204, description = "Switched off (or already was)"),
        (status = 403, description = "Not an account the caller may manage; nothing written", body = ErrorOut),
        (status = 404, description = "No such account, or the caller manages no accounts", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn disable(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<StatusCode, WebError> {
    set_disabled(app, caller, id, true).await
}

/// Switches an account on again; a code voided by switching it off stays void.
#[utoipa::path(
    post, path = "/api/v1/accounts/{id}/enable", tag = "staff",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 204, description = "Switched on (or already was)"),
        (status = 403, description = "Not an account the caller may manage; nothing written", body = ErrorOut),
        (status = 404, description = "No such account, or the caller manages no accounts", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn enable(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<StatusCode, WebError> {
    set_disabled(app, caller, id, false).await
}

/// A leader gives a member of her collective a code (her account is made if she has none);
/// an account with a role beyond a member's is the admin's alone to reset.
#[utoipa::path(
    post, path = "/api/v1/members/{id}/code", tag = "staff",
    params(("id" = i64, Path, description = "Member id")),
    responses(
        (status = 200, description = "The code, in this answer only", body = CodeOut),
        (status = 403, description = "The caller may see her but not give her account a code", body = ErrorOut),
        (status = 404, description = "No such member, not the caller's to see, or her account is switched off", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn member_code(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<CodeOut>, WebError> {
    let by = Desk::new(&app, &caller.who.actor, Channel::Api).give_member_code(MemberId(id)).await?;
    let issued = app.store.issue_activation_code_for_member(&by, MemberId(id), now()).await?;
    let username = app.store.account(issued.account).await?.ok_or(WebError::NotFound)?.username;
    Ok(Json(code_out(username, issued)))
}
