//! Errors as pages, in the visitor's language, with a way forward.

use crate::error::Failure;
use crate::state::AppState;
use crate::validate::FieldErrors;
use crate::visit::{self, Visit};
use askama::Template;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    v: Visit,
    title: String,
    message: String,
    fields: Vec<(String, String)>,
}

/// Replaces the body of `original` with a page; keeps its cookies.
pub fn render(v: &Visit, failure: &Failure, original: Response) -> Response {
    let mut response = if failure.status == StatusCode::UNAUTHORIZED {
        Redirect::to("/login").into_response()
    } else {
        let message = v.t(failure.key);
        let page = ErrorPage {
            v: v.clone(),
            title: v.t(&format!("{}-title", failure.key)),
            message,
            fields: failure.fields.iter().map(|(f, p)| (v.t(&field_label_key(f)), v.t(p.key()))).collect(),
        };
        match page.render() {
            Ok(body) => (failure.status, [(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))], body).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (failure.status, failure.code).into_response()
            }
        }
    };
    for cookie in original.headers().get_all(header::SET_COOKIE) {
        response.headers_mut().append(header::SET_COOKIE, cookie.clone());
    }
    response
}

/// `birth_year` is labelled by `field-birth-year`.
pub fn field_label_key(field: &str) -> String {
    format!("field-{}", field.replace('_', "-"))
}

/// The statuses answered before a page's own middleware could make a page of them, with the
/// message each gets: a body over its limit (413, from the body limits), a form or upload that
/// cannot be parsed (400, axum's extractors), a method the route does not take (405), a file
/// that is not there (404, `/static`), an address or headers over [`request_limits`]' limits
/// (414, 431).
fn plain_failure(status: StatusCode) -> Option<(&'static str, &'static str)> {
    Some(match status {
        StatusCode::BAD_REQUEST => ("bad_request", "error-bad-request"),
        StatusCode::NOT_FOUND => ("not_found", "error-not-found"),
        StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", "error-method"),
        StatusCode::PAYLOAD_TOO_LARGE => ("too_large", "error-too-large"),
        StatusCode::URI_TOO_LONG => ("uri_too_long", "error-uri-too-long"),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => ("headers_too_large", "error-headers-too-large"),
        _ => return None,
    })
}

/// The longest address (path and query) the app reads: past it, a translated 414 page. No
/// page of Dhruva makes an address a tenth as long; its forms post.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// The most header bytes (names and values, all headers together) the app reads: past it, a
/// translated 431 page. A browser sends a few KB (Dhruva's own cookies are under 200 bytes).
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Refuses an address longer than [`MAX_URI_BYTES`] (414) or headers bigger than
/// [`MAX_HEADER_BYTES`] (431) before any route reads them, with an empty body that
/// [`plain_errors`] (outside it) turns into a page in her language.
///
/// Why these limits sit below hyper's: hyper reads the request line and headers before any
/// of this runs and answers, with an empty body and no way to add one, an address over
/// 65,534 bytes (414; a fixed limit) and headers past its read buffer of about 400 KB, or more
/// than 100 of them (431). Between ours and hers, a person who meets one sees the page; past
/// hyper's only a tool that builds such requests on purpose does, and an empty 414/431 is
/// the right answer for it.
pub async fn request_limits(req: Request, next: Next) -> Response {
    let uri = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if uri > MAX_URI_BYTES {
        return StatusCode::URI_TOO_LONG.into_response();
    }
    let headers: usize = req.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if headers > MAX_HEADER_BYTES {
        return StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE.into_response();
    }
    next.run(req).await
}

/// The message keys [`plain_errors`] can show, for the translation completeness test.
#[cfg(test)]
pub fn plain_keys() -> Vec<&'static str> {
    [400, 404, 405, 413, 414, 431].into_iter().filter_map(|s| StatusCode::from_u16(s).ok().and_then(plain_failure)).map(|(_, key)| key).collect()
}

/// Outside every route: an error answered as plain text or an empty body (by a body limit, an
/// extractor, the router) becomes the same translated page as every other error. JSON (the
/// API), pages already rendered and the operators' endpoints are left as they are.
pub async fn plain_errors(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let client = visit::client_address(&parts, app.config.behind_proxy);
    let headers = parts.headers.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some((code, key)) = plain_failure(response.status()) else { return response };
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let ours = content_type.starts_with("text/html") || content_type.contains("json");
    if ours || path == "/metrics" || path == "/healthz" {
        return response;
    }
    if path.starts_with("/api/") || path == "/api" {
        // A body limit or the router answered before the API's own renderer: the caller
        // still gets the API's JSON error, in the language she asks for.
        let asked = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(crate::i18n::from_accept_language);
        let tr = crate::i18n::Tr::new(app.locales.clone(), asked.unwrap_or(dhruva_core::registry::Language::English));
        return crate::api::auth::render(&tr, &Failure { status: response.status(), code, key, fields: FieldErrors::default() });
    }
    let (v, cookie) = visit::outside(&app, &headers, &path, client).await;
    let failure = Failure { status: response.status(), code, key, fields: FieldErrors::default() };
    let mut page = render(&v, &failure, response);
    if let Some(cookie) = cookie {
        page.headers_mut().append(header::SET_COOKIE, cookie);
    }
    page
}
