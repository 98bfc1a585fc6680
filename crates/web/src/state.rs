//! What every handler shares: the store, the settings, translations, metrics, the login
//! throttle and the secrets derived for this layer.

use crate::assets::Assets;
use crate::csrf::CsrfKey;
use crate::i18n::Locales;
use crate::metrics::Metrics;
use crate::security::content_security_policy;
use crate::throttle::{Limits, Throttle};
use crate::WebConfig;
use axum::http::HeaderValue;
use dhruva_store::Store;
use std::ops::Deref;
use std::sync::Arc;
use time::{Date, OffsetDateTime};

/// Cheap to clone: one `Arc`.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    pub config: WebConfig,
    pub locales: Arc<Locales>,
    pub metrics: Metrics,
    pub throttle: Throttle,
    pub csrf: CsrfKey,
    pub assets: Assets,
    /// Built once: it depends on the configured quick-exit URL.
    pub csp: HeaderValue,
}

impl AppState {
    pub fn new(store: Store, config: WebConfig) -> Self {
        // Both secrets come from the master key, so CSRF tokens survive a restart and the
        // throttle's keys (hashes of login names) mean nothing outside this process.
        let csrf = CsrfKey::new(store.keys().subkey("web-csrf"));
        let limits = Limits { first_delay: config.login_first_wait, ..Limits::default() };
        let throttle = Throttle::with_limits(store.keys().subkey("web-throttle"), limits);
        let csp = content_security_policy(&config.quick_exit_url);
        AppState(Arc::new(Inner {
            store,
            config,
            locales: Arc::new(Locales::load()),
            metrics: Metrics::new(),
            throttle,
            csrf,
            assets: Assets::new(),
            csp,
        }))
    }
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// Today in India (`dhruva_core::clock`), as the store counts it too.
pub fn today() -> Date {
    dhruva_core::clock::india_today(now())
}
