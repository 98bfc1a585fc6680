//! Quick exit: one tap from any page to a neutral site, leaving nothing behind but her
//! language (a code, so that the login page she may come back to speaks to her).

use crate::cookies::{self, Lifetime};
use crate::state::AppState;
use crate::visit::{CsrfVerified, Visit};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use dhruva_core::registry::Language;

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
    let language = kept_language(&req);
    let secure = app.config.secure_cookies;
    let names = cookies::names(secure);
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&app.config.quick_exit_url) {
        h.insert(header::LOCATION, location);
    }
    // Not "cookies": that would also wipe her language, and the login page she comes back to
    // would be in her browser's (English on most phones). The session and CSRF cookies, the
    // only others Dhruva sets, are expired one by one instead.
    h.insert("clear-site-data", HeaderValue::from_static("\"cache\", \"storage\""));
    for name in [names.session, names.csrf] {
        if let Some(c) = cookies::expire(name, secure) {
            h.append(header::SET_COOKIE, c);
        }
    }
    if let Some(c) = language.and_then(|l| cookies::set(cookies::LANG, l.code(), secure, true, Lifetime::Year)) {
        h.append(header::SET_COOKIE, c);
    }
    response
}

/// The language she chose, kept past the exit: the one chosen on this phone (its cookie), else
/// her account's when she was signed in. Only a language code, which says nothing about who
/// she is. A language that came only from her browser is not written down.
fn kept_language(req: &Request) -> Option<Language> {
    let chosen_here = cookies::read(req.headers(), cookies::LANG).and_then(|c| Language::from_code(&c));
    chosen_here.or_else(|| req.extensions().get::<Visit>().and_then(|v| v.signed_in.as_ref().map(|s| s.account.language)))
}
