//! For whoever runs the deployment: `/healthz`, `/metrics`, the stylesheet and the favicon.
//!
//! `/metrics` says how many members there are and how often each route was posted to
//! (erasures, grievances): only a scraper holding the configured bearer token gets it. Without
//! a token configured, or with a wrong one, it is a 404 like any path that does not exist.

use crate::assets;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/static/{file}", get(assets::stylesheet))
        .route("/favicon.ico", get(assets::favicon))
}

/// 200 when the database answers, 503 otherwise (the error goes to the log, not the body).
async fn healthz(State(app): State<AppState>) -> Response {
    match app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

async fn metrics(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let allowed = match (&app.config.metrics_token, given) {
        (Some(token), Some(given)) => same_secret(token.expose(), given.trim()),
        _ => false,
    };
    if !allowed {
        return StatusCode::NOT_FOUND.into_response();
    }
    let counts = match app.store.counts().await {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "metrics could not count the registry");
            return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response();
        }
    };
    match app.metrics.render(&counts) {
        Ok(text) => ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], text).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Compares digests, not the strings, so the time taken says nothing about how much of a
/// guess was right (nor its length).
fn same_secret(expected: &str, given: &str) -> bool {
    use sha2::{Digest, Sha256};
    let (a, b) = (Sha256::digest(expected.as_bytes()), Sha256::digest(given.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_same_secret_matches() {
        assert!(super::same_secret("a-long-metrics-token-123", "a-long-metrics-token-123"));
        assert!(!super::same_secret("a-long-metrics-token-123", "a-long-metrics-token-124"));
        assert!(!super::same_secret("a-long-metrics-token-123", ""));
    }
}
