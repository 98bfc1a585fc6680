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
/// that is not there (404, `/static`). 414 and 431 are listed for when they reach the router;
/// hyper answers the ones over its own limits before any middleware runs.
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
    if ours || path.starts_with("/api/") || path == "/api" || path == "/metrics" || path == "/healthz" {
        return response;
    }
    let (v, cookie) = visit::outside(&app, &headers, &path, client).await;
    let failure = Failure { status: response.status(), code, key, fields: FieldErrors::default() };
    let mut page = render(&v, &failure, response);
    if let Some(cookie) = cookie {
        page.headers_mut().append(header::SET_COOKIE, cookie);
    }
    page
}
