//! Dhruva's HTTP face: server-rendered pages, the JSON API under `/api/v1`, `/healthz` and
//! `/metrics`. Only this crate knows HTTP; every access decision is delegated to
//! `dhruva_core::policy`.
//!
//! Map: [`pages`] (HTML, behind the [`visit`] middleware that resolves the session, the
//! language and CSRF), [`api`] (JSON behind bearer tokens), [`ops`] (health, metrics, the
//! stylesheet). [`access`] is the one place both pages and API ask the policy and fetch what
//! it allows; [`security`] adds the headers every response carries.

mod access;
mod api;
mod assets;
mod charts;
mod cookies;
mod csrf;
mod error;
mod error_page;
mod extract;
mod form_render;
pub mod format;
mod i18n;
mod metrics;
mod ops;
mod pages;
pub mod reminders;
mod security;
mod session;
mod state;
mod throttle;
mod validate;
mod visit;

use axum::middleware::from_fn_with_state;
use dhruva_store::Store;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

/// Settings the web layer needs. Built by the binary from flags, environment and file.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// A session unused for this long is over (default 30 minutes: phones are shared).
    pub idle_timeout: Duration,
    /// Mark cookies `Secure` (default). Turn off only to serve plain HTTP on a trusted LAN.
    pub secure_cookies: bool,
    /// Trust `X-Forwarded-For` for the client address (only behind a reverse proxy).
    pub behind_proxy: bool,
    /// Where "quick exit" goes: a neutral site.
    pub quick_exit_url: String,
    /// A session is over this long after login however busy it is (default 12 hours): a
    /// stolen cookie does not live for ever.
    pub session_lifetime: Duration,
    /// The first wait after five wrong passwords on one account; each further one doubles it.
    pub login_first_wait: Duration,
    /// The bearer token `/metrics` asks for; without one `/metrics` answers 404.
    pub metrics_token: Option<dhruva_core::Sensitive<String>>,
    /// Whether reminders can go out by SMS / by email at all (a gateway, or the logging
    /// stand-in, is configured). Until then the reminder settings neither offer nor accept
    /// those channels: a choice that nothing carries out would mislead the collective.
    pub reminder_sms: bool,
    pub reminder_email: bool,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            idle_timeout: Duration::from_secs(30 * 60),
            secure_cookies: true,
            behind_proxy: false,
            quick_exit_url: "https://www.google.com/search?q=weather".to_owned(),
            session_lifetime: Duration::from_secs(12 * 60 * 60),
            login_first_wait: Duration::from_secs(2),
            metrics_token: None,
            reminder_sms: false,
            reminder_email: false,
        }
    }
}

/// Largest request body accepted: forms and JSON are small; anything bigger is a mistake or
/// an attack.
const BODY_LIMIT: usize = 64 * 1024;
/// The largest body any upload route takes (a letter with its photos; each upload route caps
/// its own below it).
const UPLOAD_BODY_LIMIT: usize = pages::UPLOAD_BODY_LIMIT;

/// The whole application as a router, ready for `axum::serve`.
///
/// Serve it with `into_make_service_with_connect_info::<SocketAddr>()` so that login
/// throttling can count failures per client address.
pub fn router(store: Store, config: WebConfig) -> axum::Router {
    let state = state::AppState::new(store, config);
    // `Router::layer` wraps only the routes added before it, so each part gets its own
    // middleware: pages their session/CSRF layer, the API its bearer-token layer.
    let pages = pages::routes().layer(from_fn_with_state(state.clone(), visit::visit));
    let api = api::routes().layer(from_fn_with_state(state.clone(), api::auth::authenticate));
    // The letter form carries photos and the import a register: only their routes take
    // bodies bigger than a form (each caps its own below this).
    let uploads = pages::upload_routes().layer(from_fn_with_state(state.clone(), visit::visit)).layer(RequestBodyLimitLayer::new(UPLOAD_BODY_LIMIT));
    // The API's register import takes a register too: its own limit, behind the bearer token.
    let api_uploads = api::member_import::upload_routes().layer(from_fn_with_state(state.clone(), api::auth::authenticate));
    axum::Router::new()
        .merge(pages)
        .merge(api)
        .merge(api::public_routes())
        .merge(pages::reports::public_routes(state.clone()))
        .merge(ops::routes())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .merge(uploads)
        .merge(api_uploads)
        // Before any route reads an address or a header; inside `plain_errors`, which makes its
        // 414 and 431 translated pages.
        .layer(axum::middleware::from_fn(error_page::request_limits))
        // Inside the security headers, so the pages it makes carry them too.
        .layer(from_fn_with_state(state.clone(), error_page::plain_errors))
        .layer(from_fn_with_state(state.clone(), metrics::observe))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(CompressionLayer::new())
        .with_state(state)
}
