//! Cookie sessions: from the cookie to the person and her roles.
//!
//! The cookie holds a random token; the store keeps only its hash and the last time it was
//! used. A session unused for `idle_timeout` is over (phones are shared), so is one older than
//! `session_lifetime` however busy (a stolen cookie must not live for ever), and so is one
//! whose account was disabled in the meantime.

use crate::cookies;
use crate::error::WebError;
use crate::state::{now, today, AppState};
use axum::http::HeaderMap;
use dhruva_core::policy::Actor;
use dhruva_core::Sensitive;
use dhruva_store::accounts::Account;
use std::sync::Arc;

/// A signed-in visitor: her account, her roles for the policy, and her session.
pub struct SignedIn {
    pub account: Account,
    pub actor: Actor,
    /// The store's stable, non-secret session id: what CSRF tokens are bound to.
    pub session_id: String,
    /// The cookie's secret token, kept to end this session on logout.
    pub token: Sensitive<String>,
}

pub enum SessionState {
    /// No session cookie.
    Anonymous,
    /// A cookie whose session is over (idle, ended elsewhere, account disabled): the browser
    /// should forget it.
    Ended,
    Active(Arc<SignedIn>),
}

impl SessionState {
    pub fn signed_in(&self) -> Option<Arc<SignedIn>> {
        match self {
            SessionState::Active(s) => Some(s.clone()),
            _ => None,
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn resolve(app: &AppState, headers: &HeaderMap) -> Result<SessionState, WebError> {
    let name = cookies::names(app.config.secure_cookies).session;
    let Some(token) = cookies::read(headers, name).filter(|t| !t.is_empty() && t.len() <= 256) else {
        return Ok(SessionState::Anonymous);
    };
    let idle = time::Duration::try_from(app.config.idle_timeout).unwrap_or(time::Duration::minutes(30));
    let lifetime = time::Duration::try_from(app.config.session_lifetime).unwrap_or(dhruva_store::sessions::DEFAULT_LIFETIME);
    let Some(session) = app.store.touch_session_within(&token, now(), idle, lifetime).await? else {
        return Ok(SessionState::Ended);
    };
    let account = app.store.account(session.account).await?.filter(|a| !a.disabled);
    let actor = match &account {
        Some(a) => app.store.actor(a.id, today()).await?,
        None => None,
    };
    let (Some(account), Some(actor)) = (account, actor) else {
        app.store.end_session(&token).await?;
        return Ok(SessionState::Ended);
    };
    Ok(SessionState::Active(Arc::new(SignedIn { account, actor, session_id: session.id, token: Sensitive::new(token) })))
}
