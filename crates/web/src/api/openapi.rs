//! The OpenAPI 3 document, generated from the handlers' annotations.

use super::{collectives, member_import, members, offices, registration, registry, scorecards, staff};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Dhruva API",
        description = "The registry of a federation of survivor-led collectives. Every call is decided by the same access policy as the web pages; names and personal fields appear only where it allows, and every such read is audited."
    ),
    paths(
        members::me,
        collectives::list,
        collectives::show,
        collectives::members,
        members::create,
        members::show,
        members::update_personal,
        scorecards::scorecard,
    ),
    modifiers(&BearerAuth),
    tags((name = "registry", description = "Collectives and members"), (name = "accounts", description = "The caller's account"), (name = "scorecards", description = "Citizen score cards: aggregates only, small cells suppressed"))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("dhv_…")
            .description(Some("A token from `dhruva token create --user NAME`"))
            .build();
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

pub fn json() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        // Each part of the API describes its own paths; one document holds them all.
        let mut doc = ApiDoc::openapi();
        doc.merge(registry::Doc::openapi());
        doc.merge(registration::Doc::openapi());
        doc.merge(member_import::Doc::openapi());
        doc.merge(offices::Doc::openapi());
        doc.merge(staff::Doc::openapi());
        doc.to_json().unwrap_or_else(|_| "{}".to_owned())
    })
}

pub async fn document() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], json()).into_response()
}
