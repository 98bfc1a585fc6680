//! Collectives and their members.

use super::auth::Caller;
use super::dto::{CollectiveOut, ErrorOut, MemberOut};
use super::Id;
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use dhruva_core::CollectiveId;
use dhruva_store::Channel;

/// The collectives the caller may see.
#[utoipa::path(
    get, path = "/api/v1/collectives", tag = "registry",
    responses(
        (status = 200, description = "Collectives the caller may see, by name", body = [CollectiveOut]),
        (status = 401, description = "No valid token", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn list(State(app): State<AppState>, caller: Caller) -> Result<Json<Vec<CollectiveOut>>, WebError> {
    let visible = Access::new(&app, &caller.who.actor, Channel::Api).visible_collectives().await?;
    Ok(Json(visible.iter().map(CollectiveOut::from).collect()))
}

/// One collective.
#[utoipa::path(
    get, path = "/api/v1/collectives/{id}", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    responses(
        (status = 200, body = CollectiveOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn show(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<CollectiveOut>, WebError> {
    let c = Access::new(&app, &caller.who.actor, Channel::Api).collective(CollectiveId(id)).await?;
    Ok(Json(CollectiveOut::from(&c)))
}

/// Current members of a collective, with names only where the policy allows.
#[utoipa::path(
    get, path = "/api/v1/collectives/{id}/members", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    responses(
        (status = 200, description = "Her summary for each member; `name` where allowed", body = [MemberOut]),
        (status = 403, description = "The caller may see the collective but not its members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn members(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<Vec<MemberOut>>, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let collective = access.collective(CollectiveId(id)).await?;
    let roster = access.roster(&collective).await?.ok_or(WebError::Forbidden)?;
    Ok(Json(roster.into_iter().map(|e| MemberOut::summary(&e.summary, e.name.map(|n| n.into_inner()))).collect()))
}
