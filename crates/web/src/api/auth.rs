//! Bearer tokens for the API, and errors rendered as translated JSON.

use super::dto::ErrorOut;
use crate::error::{Failure, WebError};
use crate::error_page::field_label_key;
use crate::i18n::{from_accept_language, Tr};
use crate::state::{today, AppState};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dhruva_core::policy::Actor;
use dhruva_core::registry::Language;
use dhruva_store::accounts::Account;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Who is calling, resolved from the token once per request.
pub struct ApiCaller {
    pub account: Account,
    pub actor: Actor,
}

/// The caller of an API handler.
#[derive(Clone)]
pub struct Caller {
    pub who: Arc<ApiCaller>,
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        parts.extensions.get::<Caller>().cloned().ok_or(WebError::SignInRequired)
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty() && t.len() <= 256)
}

#[tracing::instrument(skip_all)]
async fn resolve(app: &AppState, headers: &HeaderMap) -> Result<Option<ApiCaller>, WebError> {
    let Some(token) = bearer(headers) else {
        return Ok(None);
    };
    let Some(id) = app.store.account_for_token(token).await? else {
        return Ok(None);
    };
    let Some(account) = app.store.account(id).await?.filter(|a| !a.disabled) else {
        return Ok(None);
    };
    Ok(app.store.actor(id, today()).await?.map(|actor| ApiCaller { account, actor }))
}

/// Authenticates every API request; renders any error of the handlers as JSON in the
/// caller's language (`Accept-Language`, else her account's).
pub async fn authenticate(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let asked = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(from_accept_language);
    let resolved = resolve(&app, req.headers()).await;
    let account_lang = resolved.as_ref().ok().and_then(|c| c.as_ref()).map(|c| c.account.language);
    let tr = Tr::new(app.locales.clone(), asked.or(account_lang).unwrap_or(Language::English));
    let response = match resolved {
        Ok(Some(caller)) => {
            req.extensions_mut().insert(Caller { who: Arc::new(caller) });
            next.run(req).await
        }
        Ok(None) => WebError::SignInRequired.into_response(),
        Err(e) => e.into_response(),
    };
    match response.extensions().get::<Failure>().cloned() {
        Some(failure) => render(&tr, &failure),
        None => response,
    }
}

pub fn render(tr: &Tr, failure: &Failure) -> Response {
    let message = tr.t(failure.key);
    let fields: BTreeMap<String, String> = failure
        .fields
        .iter()
        .map(|(field, problem)| (field.to_owned(), format!("{}: {}", tr.t(&field_label_key(field)), tr.t(problem.key()))))
        .collect();
    let body = ErrorOut { error: failure.code.to_owned(), message, fields };
    let mut response = (failure.status, Json(body)).into_response();
    if failure.status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}
