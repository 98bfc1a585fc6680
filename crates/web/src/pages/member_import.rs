//! (issue 11 slice: being built)

use crate::state::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}

/// Routes that take an uploaded register (their own body limit, set in `lib.rs`).
pub fn upload_routes() -> Router<AppState> {
    Router::new()
}
