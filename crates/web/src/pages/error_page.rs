//! Errors as pages, in the visitor's language, with a way forward.

use crate::error::Failure;
use crate::visit::Visit;
use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
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
