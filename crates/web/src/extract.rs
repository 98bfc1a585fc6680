//! Extractors shared by pages and the JSON API.

use crate::error::WebError;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;

/// A numeric id from the path. Anything else names nothing that exists: 404.
pub struct Id(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Path(id) = Path::<i64>::from_request_parts(parts, state).await.map_err(|_| WebError::NotFound)?;
        Ok(Id(id))
    }
}
