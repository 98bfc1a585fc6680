//! Quick exit: one tap from any page to a neutral site, leaving nothing behind.

use crate::cookies;
use crate::state::AppState;
use crate::visit::{CsrfVerified, Visit};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// Never fails: whatever goes wrong on our side, she still leaves at once.
///
/// The session is ended in the store only when the form's CSRF token verified. A token that
/// does not verify here comes from a page whose session already expired (cross-site requests
/// were refused before this point), so there is nothing to end; she is sent away all the same
/// and her browser told to forget us.
pub async fn quick_exit(State(app): State<AppState>, req: Request) -> Response {
    let verified = req.extensions().get::<CsrfVerified>().is_some_and(|c| c.0);
    if verified {
        if let Some(s) = req.extensions().get::<Visit>().and_then(|v| v.signed_in.clone()) {
            if let Err(e) = app.store.end_session(s.token.expose()).await {
                tracing::error!(error = %e, "quick exit could not end the session");
            }
        }
    }
    let secure = app.config.secure_cookies;
    let names = cookies::names(secure);
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&app.config.quick_exit_url) {
        h.insert(header::LOCATION, location);
    }
    h.insert("clear-site-data", HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""));
    for name in [names.session, names.csrf, cookies::LANG] {
        if let Some(c) = cookies::expire(name, secure) {
            h.append(header::SET_COOKIE, c);
        }
    }
    response
}
