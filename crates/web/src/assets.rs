//! The one stylesheet, compiled into the binary. Its URL carries a hash of its content, so
//! browsers may keep it for a year and still fetch a new one the moment it changes: on 2G,
//! a page should cost one request for its HTML and nothing else.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::WebError;
use crate::state::AppState;

// Area stylesheets are appended at build time so a page still costs one CSS request.
const CSS: &str = concat!(include_str!("../static/dhruva.css"), include_str!("../static/reports.css"), include_str!("../static/print.css"),);

pub struct Assets {
    css_file: String,
    css_url: String,
}

impl Assets {
    pub fn new() -> Self {
        let hash = hex::encode(&Sha256::digest(CSS.as_bytes())[..6]);
        let css_file = format!("dhruva.{hash}.css");
        Assets { css_url: format!("/static/{css_file}"), css_file }
    }

    pub fn css_url(&self) -> &str {
        &self.css_url
    }
}

pub async fn stylesheet(State(app): State<AppState>, Path(file): Path<String>) -> Result<Response, WebError> {
    if file != app.assets.css_file {
        return Err(WebError::NotFound);
    }
    Ok(([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=31536000, immutable")], CSS).into_response())
}

/// The pole star (dhruva) on Dhruva's blue, as a tiny SVG. Browsers ask for `/favicon.ico`
/// on every cold visit; answering it saves a 404 (and its log line) per new phone.
const FAVICON: &str = concat!(
    r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">"##,
    r##"<rect width="16" height="16" rx="3" fill="#0b5394"/>"##,
    r##"<path d="M8 1.5l1.7 4.8L14.5 8l-4.8 1.7L8 14.5 6.3 9.7 1.5 8l4.8-1.7z" fill="#fff"/></svg>"##,
);

pub async fn favicon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=604800")], FAVICON).into_response()
}
