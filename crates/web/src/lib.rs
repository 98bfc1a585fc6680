//! Dhruva's HTTP face: server-rendered pages, the JSON API under `/api/v1`, `/healthz` and
//! `/metrics`. Only this crate knows HTTP; every access decision is delegated to
//! `dhruva_core::policy`.

use dhruva_store::Store;
use std::time::Duration;

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
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            idle_timeout: Duration::from_secs(30 * 60),
            secure_cookies: true,
            behind_proxy: false,
            quick_exit_url: "https://www.google.com/search?q=weather".to_owned(),
        }
    }
}

/// The whole application as a router, ready for `axum::serve`.
pub fn router(store: Store, config: WebConfig) -> axum::Router {
    let _ = (store, config);
    todo!()
}
