//! The JSON API under `/api/v1`, for bearer tokens (`dhruva token create`). Same policy, same
//! errors as the pages, rendered as JSON; described by the OpenAPI document generated from
//! these handlers.

pub mod auth;
mod collectives;
mod dto;
pub(crate) mod member_import;
mod members;
mod offices;
mod openapi;
mod registration;
mod registry;
mod scorecards;
mod staff;

use crate::error::WebError;
use crate::state::AppState;
use axum::extract::{FromRequest, Request};
use axum::routing::{get, put};
use axum::Router;
use serde::de::DeserializeOwned;

/// Routes behind the bearer token. The OpenAPI document is public and lives in
/// [`public_routes`].
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/me", get(members::me))
        .route("/api/v1/collectives", get(collectives::list))
        .route("/api/v1/collectives/{id}", get(collectives::show))
        .route("/api/v1/collectives/{id}/members", get(collectives::members).post(members::create))
        .route("/api/v1/members/{id}", get(members::show))
        .route("/api/v1/members/{id}/personal", put(members::update_personal))
        .route("/api/v1/rounds/{id}/scorecard", get(scorecards::scorecard))
        .merge(registry::routes())
        .merge(registration::routes())
        .merge(member_import::routes())
        .merge(offices::routes())
        .merge(staff::routes())
        .route("/api/v1/{*rest}", get(not_found).post(not_found).put(not_found).delete(not_found))
}

pub fn public_routes() -> Router<AppState> {
    Router::new().route("/api/v1/openapi.json", get(openapi::document))
}

async fn not_found() -> WebError {
    WebError::NotFound
}

/// A JSON body. A malformed one is a plain 400: serde's messages can quote the values sent,
/// which may be a name or a phone number, so they are never passed on or logged.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = WebError;
    async fn from_request(req: Request, state: &S) -> Result<Self, WebError> {
        let axum::Json(value) = axum::Json::<T>::from_request(req, state).await.map_err(|_| WebError::BadRequest)?;
        Ok(ApiJson(value))
    }
}

pub use crate::extract::Id;
