//! (issue 11 slice: being built)

use crate::state::AppState;
use axum::Router;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi()]
pub struct Doc;
