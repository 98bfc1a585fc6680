//! Members: create one, read one, correct her personal fields; and "who am I".

use super::auth::Caller;
use super::dto::{parse_iso_date, ErrorOut, MeOut, MemberOut, NewMemberIn, PersonalIn};
use super::{ApiJson, Id};
use crate::access::{Access, Saved};
use crate::error::{Failure, WebError};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Problem};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dhruva_core::policy::Action;
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::NewMember;
use dhruva_store::Channel;

/// The account the token belongs to, and its roles.
#[utoipa::path(
    get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = MeOut), (status = 401, body = ErrorOut)),
    security(("bearer" = []))
)]
pub async fn me(caller: Caller) -> Json<MeOut> {
    let who = &caller.who;
    let mut roles: Vec<String> = who.actor.grants.iter().map(|g| g.role().code().to_owned()).collect();
    roles.dedup();
    Json(MeOut {
        account: who.account.id.0,
        username: who.account.username.clone(),
        language: who.account.language.code().to_owned(),
        roles,
        member: who.actor.member().map(|m| m.0),
    })
}

/// Registers a new member in a collective. A phone number already registered is accepted like
/// any other (kept, and flagged for the grievance officer): answering "already registered"
/// would tell the caller that the number is a survivor's.
#[utoipa::path(
    post, path = "/api/v1/collectives/{id}/members", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    request_body = NewMemberIn,
    responses(
        (status = 201, description = "Created; `Location` names her", body = MemberOut),
        (status = 403, description = "The caller may see the collective but not add members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each; or `guardian_consent_needed`: she is under 18 and only her name may be kept until her guardian's consent is recorded", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<NewMemberIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let collective = CollectiveId(id);
    // Who may do this is settled before anything about the input is said.
    access.require_on_collective(collective, Action::CreateMember).await?;
    let today = today();
    let mut errors = FieldErrors::default();
    let personal = validate::personal(&body.name, body.phone.as_deref(), body.birth_year, body.notes.as_deref(), today.year(), &mut errors);
    let languages = validate::languages(&body.languages, &mut errors);
    let office = validate::office(body.office.as_deref(), &mut errors);
    let joined_on = match body.joined_on.as_deref() {
        None => today,
        Some(text) => match parse_iso_date(text) {
            Some(d) => validate::not_in_future("joined_on", d, today, &mut errors),
            None => {
                errors.add("joined_on", Problem::BadDate);
                today
            }
        },
    };
    let (Some(personal), true) = (personal, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    let new = NewMember { code: None, collective, joined_on, office, languages, personal };
    let summary = match body.under_18 {
        true => access.create_member_under_18(new).await?,
        false => access.create_member(new).await?,
    };
    let location = format!("/api/v1/members/{}", summary.id);
    let body = MemberOut::summary(&summary, None);
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(body)).into_response())
}

/// One member: her summary always; `name` and `personal` only where the policy allows (each
/// such read is recorded in the audit log).
#[utoipa::path(
    get, path = "/api/v1/members/{id}", tag = "registry",
    params(("id" = i64, Path, description = "Member id")),
    responses(
        (status = 200, body = MemberOut),
        (status = 404, description = "No such member, or not the caller's to see", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn show(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<MemberOut>, WebError> {
    let view = Access::new(&app, &caller.who.actor, Channel::Api).member(MemberId(id)).await?;
    Ok(Json(MemberOut::view(view)))
}

/// Replaces her personal fields: by herself, or by those she consented to. Her own new phone
/// number is a request her collective's leader confirms: 202 `{"phone_change": "requested"}`,
/// the same answer for every number.
#[utoipa::path(
    put, path = "/api/v1/members/{id}/personal", tag = "registry",
    params(("id" = i64, Path, description = "Member id")),
    request_body = PersonalIn,
    responses(
        (status = 204, description = "Saved"),
        (status = 202, description = "Saved, except her new phone number, which waits for her leader's confirmation", body = PhoneChangeOut),
        (status = 429, description = "Too many new numbers asked for today; nothing was saved", body = ErrorOut),
        (status = 403, description = "The caller may see her but not edit these fields", body = ErrorOut),
        (status = 404, description = "No such member, or not the caller's to see", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update_personal(
    State(app): State<AppState>,
    caller: Caller,
    Id(id): Id,
    ApiJson(body): ApiJson<PersonalIn>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let member = MemberId(id);
    access.require_on_member(member, Action::EditMemberPersonal).await?;
    let mut errors = FieldErrors::default();
    let personal = validate::personal(&body.name, body.phone.as_deref(), body.birth_year, body.notes.as_deref(), today().year(), &mut errors);
    let (Some(personal), true) = (personal, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    Ok(match access.save_personal(member, &personal).await? {
        Saved::AsGiven => StatusCode::NO_CONTENT.into_response(),
        Saved::PhoneRequested => (StatusCode::ACCEPTED, Json(PhoneChangeOut { phone_change: "requested".to_owned() })).into_response(),
        Saved::TooMany => {
            let mut refused = StatusCode::TOO_MANY_REQUESTS.into_response();
            let key = "phone-change-too-many";
            let failure = Failure { status: StatusCode::TOO_MANY_REQUESTS, code: "too_many_requests", key, fields: FieldErrors::default() };
            refused.extensions_mut().insert(failure);
            refused
        }
    })
}

/// Her new phone number was asked for, not yet changed.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PhoneChangeOut {
    /// Always `requested`: her collective's leader confirms it.
    pub phone_change: String,
}
