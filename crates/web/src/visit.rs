//! The middleware in front of every page: who is visiting (session), in which language, the
//! CSRF token for the page's forms and the check of the one a form sent back; and, on the way
//! out, errors turned into translated pages.
//!
//! Doing the CSRF check here rather than in handlers means no state-changing route can
//! forget it.

use crate::cookies::{self, Lifetime};
use crate::csrf::{self, Binding};
use crate::error::{Failure, WebError};
use crate::error_page;
use crate::i18n::{from_accept_language, Tr};
use crate::session::{self, SessionState, SignedIn};
use crate::state::AppState;
use crate::BODY_LIMIT;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dhruva_core::registry::Language;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// Quick exit must always leave, even with a form whose session has just expired.
pub const EXIT_PATH: &str = "/exit";

/// Everything a page needs about the visit. Templates know it as `v`.
#[derive(Clone)]
pub struct Visit {
    pub tr: Tr,
    pub signed_in: Option<Arc<SignedIn>>,
    /// The masked token for this page's forms.
    pub csrf: String,
    /// Where the language switcher returns to: this page, if it can be fetched again.
    pub back: String,
    pub css: String,
    pub client: Option<IpAddr>,
}

/// Whether a form's CSRF token verified; set for every state-changing request that got
/// through (only [`EXIT_PATH`] gets through without).
#[derive(Clone, Copy, Debug)]
pub struct CsrfVerified(pub bool);

impl Visit {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    pub fn lang(&self) -> &'static str {
        self.tr.lang().code()
    }
    pub fn is_signed_in(&self) -> bool {
        self.signed_in.is_some()
    }
    /// The language switcher's buttons: each language named in itself.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        self.tr.self_names()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visit {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        parts.extensions.get::<Visit>().cloned().ok_or(WebError::Internal("page route outside the visit middleware"))
    }
}

pub async fn visit(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let names = cookies::names(app.config.secure_cookies);
    // If the store is down the visitor still gets a translated page, as an anonymous one.
    let (session, session_error) = match session::resolve(&app, &parts.headers).await {
        Ok(s) => (s, None),
        Err(e) => (SessionState::Anonymous, Some(e)),
    };
    let signed_in = session.signed_in();
    let lang = language_of(signed_in.as_deref(), &parts.headers);

    let existing_anon = cookies::read(&parts.headers, names.csrf).filter(|v| csrf::is_well_formed(v));
    let anon = existing_anon.clone().unwrap_or_else(csrf::new_anonymous_value);
    let binding = match &signed_in {
        Some(s) => Binding::Session(&s.session_id),
        None => Binding::Anonymous(&anon),
    };
    let visit = Visit {
        tr: Tr::new(app.locales.clone(), lang),
        csrf: app.csrf.token(binding),
        signed_in,
        back: back_path(parts.uri.path()),
        css: app.assets.css_url().to_owned(),
        client: client_address(&parts, app.config.behind_proxy),
    };

    let mut response = match session_error {
        Some(e) => e.into_response(),
        None => match check_unsafe(&app, &mut parts, body, &visit, existing_anon.as_deref()).await {
            Ok(body) => {
                parts.extensions.insert(visit.clone());
                next.run(Request::from_parts(parts, body)).await
            }
            Err(e) => e.into_response(),
        },
    };

    if let Some(failure) = response.extensions().get::<Failure>().cloned() {
        response = error_page::render(&visit, &failure, response);
    }
    let h = response.headers_mut();
    if existing_anon.is_none() {
        if let Some(c) = cookies::set(names.csrf, &anon, app.config.secure_cookies, true, Lifetime::BrowserSession) {
            h.append(header::SET_COOKIE, c);
        }
    }
    if matches!(session, SessionState::Ended) {
        if let Some(c) = cookies::expire(names.session, app.config.secure_cookies) {
            h.append(header::SET_COOKIE, c);
        }
    }
    response
}

/// For a state-changing request: refuses cross-site ones and checks the form's token.
/// Returns the body, read once here, for the handler to parse again.
async fn check_unsafe(app: &AppState, parts: &mut Parts, body: Body, visit: &Visit, anon: Option<&str>) -> Result<Body, WebError> {
    if matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(body);
    }
    if csrf::is_cross_site(&parts.headers, app.config.behind_proxy) {
        return Err(WebError::CrossSite);
    }
    // Each route's own limit layer (lib.rs) has already capped its body; this is only the
    // largest any route allows (the letter form with its photos). Only someone signed in may
    // send more than a form's worth: a stranger's 20 MB is refused after the first 64 KB.
    let limit = if visit.signed_in.is_some() { BODY_LIMIT.max(crate::UPLOAD_BODY_LIMIT) } else { BODY_LIMIT };
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| WebError::BadRequest)?;
    let token = match multipart_boundary(&parts.headers) {
        Some(boundary) => multipart_field(&bytes, &boundary, "csrf"),
        None => is_form(&parts.headers).then(|| form_field(&bytes, "csrf")).flatten(),
    };
    // Signed in, only a token bound to this session: a token from before she signed in was
    // tied to no one (whoever saw that page before her could hold it), so it stops at login.
    // Login also gives a fresh pre-login cookie, so such a token is dead after logout too.
    let verified = token.is_some_and(|t| match &visit.signed_in {
        Some(s) => app.csrf.verify(Binding::Session(&s.session_id), t),
        None => anon.is_some_and(|a| app.csrf.verify(Binding::Anonymous(a), t)),
    });
    if !verified && parts.uri.path() != EXIT_PATH {
        return Err(WebError::Csrf);
    }
    parts.extensions.insert(CsrfVerified(verified));
    Ok(Body::from(bytes))
}

fn is_form(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

/// One field of an urlencoded body. Tokens are base64url, which forms never percent-encode.
fn form_field<'a>(body: &'a Bytes, name: &str) -> Option<&'a str> {
    let text = std::str::from_utf8(body).ok()?;
    text.split('&').find_map(|pair| pair.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v))
}

/// The boundary of a `multipart/form-data` body (a file upload form).
fn multipart_boundary(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let rest = v.strip_prefix("multipart/form-data")?;
    let b = rest.split(';').find_map(|p| p.trim().strip_prefix("boundary="))?;
    Some(b.trim_matches('"').to_owned())
}

/// A plain (non-file) field of a multipart body. Only part headers are looked at, so a
/// file's content can never pose as the field.
fn multipart_field<'a>(body: &'a Bytes, boundary: &str, name: &str) -> Option<&'a str> {
    let text = std::str::from_utf8(body).ok().or_else(|| {
        // A binary file makes the whole body invalid UTF-8; the token comes before it.
        let cut = std::str::from_utf8(body).err()?.valid_up_to();
        std::str::from_utf8(&body[..cut]).ok()
    })?;
    let delimiter = format!("--{boundary}\r\n");
    let wanted = format!("name=\"{name}\"");
    text.split(&delimiter).skip(1).find_map(|part| {
        let (head, value) = part.split_once("\r\n\r\n")?;
        let disposition = head.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
        let is_it = disposition.split(';').any(|p| p.trim() == wanted) && !disposition.contains("filename=");
        is_it.then(|| value.split("\r\n").next()).flatten()
    })
}

/// The visit of a request answered before any page saw it (a body over its limit, a method no
/// route takes, a stylesheet that does not exist), for its error page: her session if she has
/// one, else her language cookie or her browser's language. Also the CSRF cookie to set, when
/// the request had none, so the page's language buttons work.
pub async fn outside(app: &AppState, headers: &HeaderMap, path: &str, client: Option<IpAddr>) -> (Visit, Option<header::HeaderValue>) {
    let names = cookies::names(app.config.secure_cookies);
    let signed_in = session::resolve(app, headers).await.ok().and_then(|s| s.signed_in());
    let lang = language_of(signed_in.as_deref(), headers);
    let existing_anon = cookies::read(headers, names.csrf).filter(|v| csrf::is_well_formed(v));
    let anon = existing_anon.clone().unwrap_or_else(csrf::new_anonymous_value);
    let binding = match &signed_in {
        Some(s) => Binding::Session(&s.session_id),
        None => Binding::Anonymous(&anon),
    };
    let visit = Visit {
        tr: Tr::new(app.locales.clone(), lang),
        csrf: app.csrf.token(binding),
        signed_in,
        back: back_path(path),
        css: app.assets.css_url().to_owned(),
        client,
    };
    let cookie =
        if existing_anon.is_none() { cookies::set(names.csrf, &anon, app.config.secure_cookies, true, Lifetime::BrowserSession) } else { None };
    (visit, cookie)
}

fn accept_language(headers: &HeaderMap) -> Option<Language> {
    headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(from_accept_language)
}

/// The client's address: the socket's peer, or behind a trusted proxy the address it
/// appended last to `X-Forwarded-For` (earlier entries are whatever the client claimed).
pub fn client_address(parts: &Parts, behind_proxy: bool) -> Option<IpAddr> {
    if behind_proxy {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .and_then(|ip| ip.trim().parse().ok());
        if forwarded.is_some() {
            return forwarded;
        }
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())
}

/// A path safe to send the visitor back to after switching language: a page of ours that
/// answers GET. Anything else goes home.
pub fn back_path(path: &str) -> String {
    let safe_chars = path.bytes().all(|b| b.is_ascii_alphanumeric() || b"/_.-".contains(&b));
    let post_only = ["/exit", "/language", "/logout", "/logout-everywhere"].contains(&path);
    if path.starts_with('/') && !path.starts_with("//") && safe_chars && !post_only && path.len() < 200 {
        path.to_owned()
    } else {
        "/".to_owned()
    }
}

/// Her account's language when signed in, else her language cookie, else her browser's, else
/// English: the one rule every page and error page follows.
fn language_of(signed_in: Option<&SignedIn>, headers: &HeaderMap) -> Language {
    signed_in
        .map(|s| s.account.language)
        .or_else(|| cookies::read(headers, cookies::LANG).and_then(|c| Language::from_code(&c)))
        .or_else(|| accept_language(headers))
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_get_pages_are_places_to_go_back_to() {
        assert_eq!(back_path("/members/12"), "/members/12");
        assert_eq!(back_path("//evil.example"), "/");
        assert_eq!(back_path("/language"), "/");
        assert_eq!(back_path("/a?b"), "/");
    }

    #[test]
    fn the_csrf_field_is_found_in_a_form_body() {
        let body = Bytes::from_static(b"lang=bn&csrf=abc-_1&back=%2F");
        assert_eq!(form_field(&body, "csrf"), Some("abc-_1"));
        assert_eq!(form_field(&body, "missing"), None);
    }

    #[test]
    fn the_csrf_field_is_found_in_a_file_upload_but_never_inside_the_file() {
        let body = Bytes::from_static(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nforged\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc-_1\r\n--XyZ--\r\n",
        );
        assert_eq!(multipart_field(&body, "XyZ", "csrf"), Some("abc-_1"));
        assert_eq!(multipart_field(&body, "XyZ", "missing"), None);
    }
}
