//! Published score cards for anyone, without signing in: a list, each round's page, and its
//! CSV and JSON. These routes see no session — even a signed-in visitor gets exactly what a
//! stranger gets, so what an advocate shares is what everyone sees — but they keep the
//! visitor's language, the language switcher and quick exit.

use super::{export, scorecard_out, scorecard_page};
use crate::access;
use crate::cookies;
use crate::error::WebError;
use crate::format;
use crate::pages::html;
use crate::state::AppState;
use crate::visit::{self, Visit};
use askama::Template;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

/// The public routes with their own middleware: the session cookie is taken off the request
/// before the usual visit middleware runs, so the page is built for an anonymous visitor.
pub fn public_routes(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/public/scorecards", get(list))
        .route("/public/scorecards/{file}", get(round))
        .layer(from_fn_with_state(state.clone(), visit::visit))
        .layer(from_fn_with_state(state, without_session))
}

async fn without_session(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let session = cookies::names(app.config.secure_cookies).session;
    let kept: Vec<String> = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|c| !c.is_empty() && c.split('=').next() != Some(session))
        .map(str::to_owned)
        .collect();
    req.headers_mut().remove(header::COOKIE);
    if let Ok(v) = HeaderValue::from_str(&kept.join("; ")) {
        if !kept.is_empty() {
            req.headers_mut().insert(header::COOKIE, v);
        }
    }
    next.run(req).await
}

#[derive(Template)]
#[template(path = "reports/public_list.html")]
struct ListPage {
    v: Visit,
    rounds: Vec<(String, String, String)>,
}

#[tracing::instrument(skip_all)]
async fn list(State(app): State<AppState>, v: Visit) -> Result<Response, WebError> {
    let rounds = access::published_rounds(&app)
        .await?
        .into_iter()
        .filter_map(|r| {
            let period = format!("{} – {}", format::date(&v.tr, r.period_start), format::date(&v.tr, r.period_end));
            r.public_slug.map(|slug| (slug, r.title, period))
        })
        .collect();
    html(&ListPage { v, rounds })
}

/// `{slug}`, `{slug}.csv` or `{slug}.json`. An unknown or unpublished slug is not found.
#[tracing::instrument(skip_all)]
async fn round(State(app): State<AppState>, v: Visit, Path(file): Path<String>) -> Result<Response, WebError> {
    let (slug, kind) = match file.rsplit_once('.') {
        Some((slug, "csv")) => (slug, Kind::Csv),
        Some((slug, "json")) => (slug, Kind::Json),
        Some(_) => return Err(WebError::NotFound),
        None => (file.as_str(), Kind::Page),
    };
    if slug.is_empty() || slug.len() > 64 || !slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(WebError::NotFound);
    }
    let r = access::public_report(&app, slug).await?;
    match kind {
        Kind::Page => {
            let files = format!("/public/scorecards/{slug}");
            html(&scorecard_page(&app, v, r, files, true).await?)
        }
        Kind::Csv => {
            let out = scorecard_out(&app, &v.tr, &r).await?;
            export::download(export::csv(&out), "text/csv; charset=utf-8", "dhruva-scorecard.csv")
        }
        Kind::Json => {
            let out = scorecard_out(&app, &v.tr, &r).await?;
            export::download(export::json_body(&out)?, "application/json", "dhruva-scorecard.json")
        }
    }
}

enum Kind {
    Page,
    Csv,
    Json,
}
