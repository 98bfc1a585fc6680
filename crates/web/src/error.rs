//! One error type for the web layer. A handler returns `WebError`; its response carries a
//! [`Failure`] that the page middleware renders as a translated page and the API middleware
//! as translated JSON. Detail goes to the log (never personal data: store errors are built
//! not to contain any); the person sees what happened and what to do next.

use crate::validate::FieldErrors;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dhruva_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum WebError {
    /// Does not exist, or is not the caller's to see: the two must be indistinguishable.
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    SignInRequired,
    /// The caller may see the thing but not do this to it.
    #[error("not permitted")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("cross-site request refused")]
    CrossSite,
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("malformed request")]
    BadRequest,
    #[error("already exists")]
    Conflict,
    /// She is under 18: her guardian's consent must be recorded before more is kept.
    #[error("a guardian's consent is needed first")]
    GuardianConsentNeeded,
    #[error("storage failed: {0}")]
    Store(StoreError),
    #[error("page rendering failed: {0}")]
    Template(#[from] askama::Error),
    #[error("internal error: {0}")]
    Internal(&'static str),
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => WebError::NotFound,
            StoreError::Duplicate(_) => WebError::Conflict,
            StoreError::GuardianConsentNeeded(_) => WebError::GuardianConsentNeeded,
            // A page that shows the form again catches these first (`validate::store_refusal`);
            // anywhere else, what she typed is still hers to fix: 422, never 500.
            StoreError::Input { field, problem } => WebError::Invalid(FieldErrors::one(field, crate::validate::Problem::of_store(problem))),
            other => WebError::Store(other),
        }
    }
}

/// What a renderer needs to know about an error, attached to the response.
#[derive(Clone, Debug)]
pub struct Failure {
    pub status: StatusCode,
    /// Stable machine code for the JSON API.
    pub code: &'static str,
    /// Translation key of the message.
    pub key: &'static str,
    pub fields: FieldErrors,
}

impl WebError {
    pub fn failure(&self) -> Failure {
        let (status, code, key) = match self {
            WebError::NotFound => (StatusCode::NOT_FOUND, "not_found", "error-not-found"),
            WebError::SignInRequired => (StatusCode::UNAUTHORIZED, "sign_in_required", "error-sign-in"),
            WebError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", "error-forbidden"),
            WebError::Csrf => (StatusCode::FORBIDDEN, "csrf", "error-csrf"),
            WebError::CrossSite => (StatusCode::FORBIDDEN, "cross_site", "error-cross-site"),
            WebError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", "error-invalid"),
            WebError::BadRequest => (StatusCode::BAD_REQUEST, "bad_request", "error-bad-request"),
            WebError::Conflict => (StatusCode::CONFLICT, "conflict", "error-conflict"),
            WebError::GuardianConsentNeeded => (StatusCode::UNPROCESSABLE_ENTITY, "guardian_consent_needed", "error-guardian-needed"),
            WebError::Store(_) | WebError::Template(_) | WebError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal"),
        };
        let fields = match self {
            WebError::Invalid(fields) => fields.clone(),
            _ => FieldErrors::default(),
        };
        Failure { status, code, key, fields }
    }

    /// Every message key an error can show, for the translation completeness test.
    #[cfg(test)]
    pub fn all_keys() -> Vec<&'static str> {
        let all = [
            WebError::NotFound,
            WebError::SignInRequired,
            WebError::Forbidden,
            WebError::Csrf,
            WebError::CrossSite,
            WebError::Invalid(FieldErrors::default()),
            WebError::BadRequest,
            WebError::Conflict,
            WebError::GuardianConsentNeeded,
            WebError::Internal(""),
        ];
        all.iter().map(|e| e.failure().key).collect()
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let failure = self.failure();
        if failure.status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        } else {
            tracing::debug!(code = failure.code, "request refused");
        }
        // The plain body is only seen if no renderer is in the stack (a bug); the renderers
        // replace it with a translated page or JSON.
        let mut response = (failure.status, failure.code).into_response();
        response.extensions_mut().insert(failure);
        response
    }
}
