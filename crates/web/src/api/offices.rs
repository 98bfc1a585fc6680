//! Offices and memberships through the API (issue 11): a collective's office terms, a
//! handover, and ending, moving or renewing a membership — the pages' checks and decisions
//! (`pages::offices`, `pages::memberships`), the API's JSON errors.

use super::auth::Caller;
use super::dto::{iso_date, ErrorOut};
use super::{ApiJson, Id};
use crate::access::Access;
use crate::error::WebError;
use crate::pages::memberships::{end_reason, scope};
use crate::pages::offices::{check_handover, planned_date, HandoverForm};
use crate::state::{today, AppState};
use crate::validate::{FieldErrors, Problem};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dhruva_core::policy::Action;
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::offices::StoredTerm;
use dhruva_store::Channel;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/collectives/{id}/offices", get(offices))
        .route("/api/v1/collectives/{id}/offices/handover", post(handover))
        .route("/api/v1/members/{id}/membership/end", post(end))
        .route("/api/v1/members/{id}/membership/move", post(move_her))
        .route("/api/v1/members/{id}/membership/rejoin", post(rejoin))
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi(
    paths(offices, handover, end, move_her, rejoin),
    components(schemas(TermOut, HandoverIn, EndIn, MoveIn, RejoinIn)),
    tags((name = "offices", description = "Offices as dated terms, handovers, and memberships that end, move and begin again"))
)]
pub struct Doc;

/// One member's term in one office.
#[derive(Serialize, ToSchema)]
pub struct TermOut {
    pub id: i64,
    pub member: i64,
    /// Her pseudonymous member code.
    pub member_code: String,
    /// `president`, `secretary`, `treasurer` or `core_team`.
    pub office: String,
    #[schema(format = Date)]
    pub since: String,
    /// Her first day without the office; absent while she holds it.
    #[schema(format = Date)]
    pub until: Option<String>,
    /// Whether she holds it today.
    pub current: bool,
}

/// A handover: who takes which office from which date.
#[derive(Deserialize, ToSchema)]
pub struct HandoverIn {
    /// `president`, `secretary`, `treasurer` or `core_team`.
    pub office: String,
    /// A current member of the collective.
    pub member: i64,
    /// The first day she holds it (the former holder's first day without it).
    #[schema(format = Date)]
    pub from: String,
}

/// The end of her membership of her collective.
#[derive(Deserialize, ToSchema)]
pub struct EndIn {
    /// Her first day outside the collective.
    #[schema(format = Date)]
    pub until: String,
    /// `left`, `passed_away` or `other` (a move is `…/membership/move`).
    pub reason: String,
}

/// Her move from her collective to another.
#[derive(Deserialize, ToSchema)]
pub struct MoveIn {
    /// The collective she moves to.
    pub to: i64,
    /// The day the move takes effect.
    #[schema(format = Date)]
    pub date: String,
}

/// Her return to a collective she had left.
#[derive(Deserialize, ToSchema)]
pub struct RejoinIn {
    pub collective: i64,
    #[schema(format = Date)]
    pub since: String,
}

async fn terms_out(app: &AppState, terms: Vec<StoredTerm>) -> Result<Vec<TermOut>, WebError> {
    let today = today();
    let mut codes: HashMap<MemberId, String> = HashMap::new();
    let mut out = Vec::with_capacity(terms.len());
    for t in terms {
        if let std::collections::hash_map::Entry::Vacant(e) = codes.entry(t.term.member) {
            e.insert(app.store.member_summary(t.term.member).await?.map(|s| s.code).unwrap_or_default());
        }
        out.push(TermOut {
            id: t.id,
            member: t.term.member.0,
            member_code: codes[&t.term.member].clone(),
            office: t.term.office.code().to_owned(),
            since: iso_date(t.term.since),
            until: t.term.until.map(iso_date),
            current: t.term.is_current(today),
        });
    }
    Ok(out)
}

/// A collective's office terms, current and past (by office, newest first). Members by id and
/// code only.
#[utoipa::path(
    get, path = "/api/v1/collectives/{id}/offices", tag = "offices",
    params(("id" = i64, Path, description = "Collective id")),
    responses(
        (status = 200, body = [TermOut]),
        (status = 403, description = "The caller may see the collective but not its members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn offices(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<Vec<TermOut>>, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    access.require_on_collective(CollectiveId(id), Action::ListMembers).await?;
    let terms = app.store.office_terms_of_collective(CollectiveId(id)).await?;
    Ok(Json(terms_out(&app, terms).await?))
}

/// Hands an office to a current member from a date: the holder's term ends that day, the new
/// one begins (the leader's access moves with a leading office), in one audited transaction.
#[utoipa::path(
    post, path = "/api/v1/collectives/{id}/offices/handover", tag = "offices",
    params(("id" = i64, Path, description = "Collective id")),
    request_body = HandoverIn,
    responses(
        (status = 201, description = "Handed over: the new term", body = TermOut),
        (status = 403, description = "The caller may see the collective but not hand over its offices", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each (not a member on that date, already holds it, a date before the current term or too far ahead)", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn handover(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<HandoverIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let collective = CollectiveId(id);
    let decision = access.require_on_collective(collective, Action::ManageOffices).await?;
    let today = today();
    let members: Vec<MemberId> = app.store.members_of_collective(collective, today).await?.into_iter().map(|m| m.id).collect();
    let terms = app.store.office_terms_of_collective(collective).await?;
    let form = HandoverForm { office: body.office, member: body.member.to_string(), from: body.from };
    let h = check_handover(&form, &members, &terms, today).map_err(WebError::Invalid)?;
    let term = app.store.hand_over_office(&access.accessor(&decision), collective, h.office, h.member, h.from).await?;
    let terms = app.store.office_terms_of_collective(collective).await?.into_iter().filter(|t| t.id == term).collect();
    let out = terms_out(&app, terms).await?.pop().ok_or(WebError::Internal("the new term was not read back"))?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

/// Ends her membership of her collective (the one the caller leads), with a reason; her
/// offices there end the same day.
#[utoipa::path(
    post, path = "/api/v1/members/{id}/membership/end", tag = "offices",
    params(("id" = i64, Path, description = "Member id")),
    request_body = EndIn,
    responses(
        (status = 204, description = "Ended"),
        (status = 404, description = "No such member, or not a member of a collective the caller manages", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn end(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<EndIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let member = MemberId(id);
    let (collective, decision) = scope(&access, &app, member).await?.source.ok_or(WebError::NotFound)?;
    let mut errors = FieldErrors::default();
    let until = planned_date("until", &body.until, today(), &mut errors);
    let reason = end_reason(&body.reason, &mut errors);
    let (Some(until), Some(reason), true) = (until, reason, errors.is_empty()) else { return Err(WebError::Invalid(errors)) };
    app.store.end_membership(&access.accessor(&decision), member, collective, until, reason).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Moves her from her collective (the one the caller leads) to another on a date: both
/// collectives' histories show it, and the other's leaders then see her.
#[utoipa::path(
    post, path = "/api/v1/members/{id}/membership/move", tag = "offices",
    params(("id" = i64, Path, description = "Member id")),
    request_body = MoveIn,
    responses(
        (status = 204, description = "Moved"),
        (status = 404, description = "No such member, or not a member of a collective the caller manages", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn move_her(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<MoveIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let member = MemberId(id);
    let (from, decision) = scope(&access, &app, member).await?.source.ok_or(WebError::NotFound)?;
    let mut errors = FieldErrors::default();
    let to = CollectiveId(body.to);
    if app.store.collective(to).await?.is_none() || app.store.collective_closed_on(to).await?.is_some() {
        errors.add("to", Problem::UnknownCollective);
    }
    let on = planned_date("date", &body.date, today(), &mut errors);
    let (Some(on), true) = (on, errors.is_empty()) else { return Err(WebError::Invalid(errors)) };
    app.store.move_member(&access.accessor(&decision), member, from, to, on).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Welcomes her back to a collective she had left (one the caller leads): a new membership.
#[utoipa::path(
    post, path = "/api/v1/members/{id}/membership/rejoin", tag = "offices",
    params(("id" = i64, Path, description = "Member id")),
    request_body = RejoinIn,
    responses(
        (status = 204, description = "A new membership begins"),
        (status = 404, description = "No such member, or not a former member of a collective the caller manages", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn rejoin(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<RejoinIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let member = MemberId(id);
    let scope = scope(&access, &app, member).await?;
    let mut errors = FieldErrors::default();
    let target = scope.rejoin.iter().find(|(c, _)| c.0 == body.collective).cloned();
    if target.is_none() {
        errors.add("collective", Problem::UnknownCollective);
    }
    let since = planned_date("since", &body.since, today(), &mut errors);
    let (Some((collective, decision)), Some(since), true) = (target, since, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    app.store.rejoin(&access.accessor(&decision), member, collective, since).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
