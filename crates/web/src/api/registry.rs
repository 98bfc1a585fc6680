//! The registry the coordinator keeps, for scripts (issue 11): create, edit and close
//! collectives; list, create and edit partner organisations and link them to collectives by
//! dates. The same policy as the pages (`CreateCollective`, `EditCollective`,
//! `CloseCollective`, `ManagePartners`) and the API's JSON errors, one message per field.

use super::auth::Caller;
use super::dto::{iso_date, parse_iso_date, ErrorOut};
use super::ApiJson;
use crate::access::Access;
use crate::error::WebError;
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Problem};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, post, put};
use axum::{Json, Router};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::{Action, Decision, Resource};
use dhruva_core::registry::{Language, Stage, TraffickingKind};
use dhruva_core::{CollectiveId, PartnerOrgId};
use dhruva_store::registry::{CollectiveRecord, MAX_CLOSE_REASON, MAX_REGISTRATION_NO, MAX_REGISTRY_NAME};
use dhruva_store::{Channel, StoreError};
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::{IntoParams, OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/collectives", post(create_collective))
        .route("/api/v1/collectives/{id}", put(edit_collective))
        .route("/api/v1/collectives/{id}/close", post(close_collective))
        .route("/api/v1/partners", post(create_partner).get(list_partners))
        .route("/api/v1/partners/{id}", put(edit_partner))
        .route("/api/v1/partners/{id}/links", post(link_partner))
        .route("/api/v1/partners/{id}/links/{collective}", delete(unlink_partner))
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi(
    paths(create_collective, edit_collective, close_collective, list_partners, create_partner, edit_partner, link_partner, unlink_partner),
    components(schemas(CollectiveIn, CloseIn, PartnerIn, PartnerOut, PartnerLinkOut, LinkIn, CreatedOut))
)]
pub struct Doc;

/// A collective's record, to create or replace. Codes as in `CollectiveOut`; dates ISO 8601.
#[derive(Deserialize, ToSchema)]
pub struct CollectiveIn {
    /// The primary (English, registered) name: unique, 1 to 200 characters.
    pub name: String,
    /// Its name in Bengali, Hindi, Telugu (absent or empty: none).
    #[serde(default)]
    pub name_bn: Option<String>,
    #[serde(default)]
    pub name_hi: Option<String>,
    #[serde(default)]
    pub name_te: Option<String>,
    /// District code, e.g. `WB-kolkata`.
    pub district: String,
    /// `sex`, `labour`, `domestic_servitude`, `adoption`, `organ_trade` or `mixed`.
    pub kind: String,
    /// `peer_group`, `collective` or `registered_organisation`.
    pub stage: String,
    /// The day the stage began: required when the stage changes (on create: defaults to
    /// `founded_on`, else today).
    #[serde(default)]
    #[schema(format = Date)]
    pub stage_since: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub founded_on: Option<String>,
    /// Required for `registered_organisation`.
    #[serde(default)]
    pub registration_no: Option<String>,
    /// Required for `registered_organisation`.
    #[serde(default)]
    #[schema(format = Date)]
    pub registered_on: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct CloseIn {
    #[schema(format = Date)]
    pub closed_on: String,
    /// Why it closed, 1 to 1000 characters.
    pub reason: String,
}

#[derive(Deserialize, ToSchema)]
pub struct PartnerIn {
    /// Unique, 1 to 200 characters.
    pub name: String,
    /// District code, or absent.
    #[serde(default)]
    pub district: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct LinkIn {
    pub collective: i64,
    /// Defaults to today; not later than today.
    #[serde(default)]
    #[schema(format = Date)]
    pub since: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct UnlinkQuery {
    /// The day the support ends (defaults to today; not later than today).
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedOut {
    pub id: i64,
}

#[derive(Serialize, ToSchema)]
pub struct PartnerLinkOut {
    pub collective: i64,
    #[schema(format = Date)]
    pub since: String,
    /// Absent while the link is current.
    #[schema(format = Date)]
    pub until: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PartnerOut {
    pub id: i64,
    pub name: String,
    pub district: Option<String>,
    /// Every link, current and ended.
    pub links: Vec<PartnerLinkOut>,
}

/// `ManagePartners` or `CreateCollective` on the deployment; anyone else: 404.
fn on_deployment(access: &Access<'_>, action: Action) -> Result<Decision, WebError> {
    let d = access.decide(action, Resource::Deployment);
    if d.allowed {
        Ok(d)
    } else {
        Err(WebError::NotFound)
    }
}

fn optional_date(field: &'static str, raw: Option<&str>, today: Date, errors: &mut FieldErrors) -> Option<Date> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => match parse_iso_date(text) {
            Some(d) if d <= today => Some(d),
            Some(_) => {
                errors.add(field, Problem::FutureDate);
                None
            }
            None => {
                errors.add(field, Problem::BadDate);
                None
            }
        },
    }
}

/// The body read into a record, or every problem at once.
async fn record(app: &AppState, body: &CollectiveIn, today: Date) -> Result<CollectiveRecord, WebError> {
    let mut errors = FieldErrors::default();
    let name = validate::required_text("name", &body.name, MAX_REGISTRY_NAME, &mut errors);
    let mut names = Vec::new();
    for (language, field, raw) in
        [(Language::Bengali, "name_bn", &body.name_bn), (Language::Hindi, "name_hi", &body.name_hi), (Language::Telugu, "name_te", &body.name_te)]
    {
        names.push((language, validate::text(field, raw.as_deref().unwrap_or(""), MAX_REGISTRY_NAME, &mut errors)));
    }
    let district = match DistrictCode::parse(body.district.trim()) {
        Ok(code) if app.store.district(&code).await?.is_some() => Some(code),
        _ => {
            errors.add("district", Problem::Unknown);
            None
        }
    };
    let kind = TraffickingKind::from_code(body.kind.trim());
    if kind.is_none() {
        errors.add("kind", Problem::Unknown);
    }
    let stage = Stage::from_code(body.stage.trim());
    if stage.is_none() {
        errors.add("stage", Problem::Unknown);
    }
    let founded_on = optional_date("founded_on", body.founded_on.as_deref(), today, &mut errors);
    let stage_since = optional_date("stage_since", body.stage_since.as_deref(), today, &mut errors);
    let registered_on = optional_date("registered_on", body.registered_on.as_deref(), today, &mut errors);
    let registration_no = validate::text("registration_no", body.registration_no.as_deref().unwrap_or(""), MAX_REGISTRATION_NO, &mut errors);
    let (Some(district), Some(kind), Some(stage), true) = (district, kind, stage, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    Ok(CollectiveRecord {
        name,
        names,
        kind,
        district,
        founded_on,
        stage,
        stage_since,
        registration_no: Some(registration_no).filter(|r| !r.is_empty()),
        registered_on,
    })
}

/// The store's refusals in the API's words: a field that does not fit (422, the same field
/// names as the body: `founded` is `founded_on`), a name taken (409).
fn refused(e: StoreError) -> WebError {
    match e {
        StoreError::Input { field, problem } => {
            let field = if field == "founded" { "founded_on" } else { field };
            WebError::Invalid(FieldErrors::one(field, Problem::of_store(problem)))
        }
        e => e.into(),
    }
}

/// Creates a collective (`CreateCollective`: the coordinator, the admin).
#[utoipa::path(
    post, path = "/api/v1/collectives", tag = "registry",
    request_body = CollectiveIn,
    responses(
        (status = 201, description = "Created; `Location` names it", body = CreatedOut),
        (status = 404, description = "Not the caller's to do", body = ErrorOut),
        (status = 409, description = "A collective with this name exists", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn create_collective(State(app): State<AppState>, caller: Caller, ApiJson(body): ApiJson<CollectiveIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = on_deployment(&access, Action::CreateCollective)?;
    let today = today();
    let rec = record(&app, &body, today).await?;
    let id = app.store.create_collective_record(&access.accessor(&decision), &rec, today).await.map_err(refused)?;
    let location = format!("/api/v1/collectives/{}", id.0);
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(CreatedOut { id: id.0 })).into_response())
}

/// Replaces a collective's record (`EditCollective`: the coordinator, the admin, its own
/// leaders). A new stage needs `stage_since`.
#[utoipa::path(
    put, path = "/api/v1/collectives/{id}", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    request_body = CollectiveIn,
    responses(
        (status = 204, description = "Saved"),
        (status = 403, description = "The caller may see the collective but not edit it", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 409, description = "Another collective has this name", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn edit_collective(
    State(app): State<AppState>,
    caller: Caller,
    super::Id(id): super::Id,
    ApiJson(body): ApiJson<CollectiveIn>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = access.require_on_collective(CollectiveId(id), Action::EditCollective).await?;
    let today = today();
    let rec = record(&app, &body, today).await?;
    app.store.edit_collective(&access.accessor(&decision), CollectiveId(id), &rec, today).await.map_err(refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Closes a collective on a date (`CloseCollective`: the coordinator). Its members and history
/// are kept. Closing it again: 409.
#[utoipa::path(
    post, path = "/api/v1/collectives/{id}/close", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    request_body = CloseIn,
    responses(
        (status = 204, description = "Closed"),
        (status = 403, description = "The caller may see the collective but not close it", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 409, description = "Already closed", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn close_collective(
    State(app): State<AppState>,
    caller: Caller,
    super::Id(id): super::Id,
    ApiJson(body): ApiJson<CloseIn>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = access.require_on_collective(CollectiveId(id), Action::CloseCollective).await?;
    let today = today();
    let mut errors = FieldErrors::default();
    let reason = validate::required_text("reason", &body.reason, MAX_CLOSE_REASON, &mut errors);
    let on = optional_date("closed_on", Some(&body.closed_on), today, &mut errors);
    if on.is_none() && errors.get("closed_on").is_none() {
        errors.add("closed_on", Problem::BadDate);
    }
    let (Some(on), true) = (on, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    app.store.close_collective(&access.accessor(&decision), CollectiveId(id), on, &reason, today).await.map_err(refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Every partner organisation with its dated links (`ManagePartners`).
#[utoipa::path(
    get, path = "/api/v1/partners", tag = "registry",
    responses(
        (status = 200, description = "Partners by name", body = [PartnerOut]),
        (status = 404, description = "Not the caller's to see", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn list_partners(State(app): State<AppState>, caller: Caller) -> Result<Json<Vec<PartnerOut>>, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    on_deployment(&access, Action::ManagePartners)?;
    let mut out = Vec::new();
    for p in app.store.partners().await? {
        let links = app
            .store
            .links_of_partner(p.id)
            .await?
            .into_iter()
            .map(|l| PartnerLinkOut { collective: l.collective.0, since: iso_date(l.since), until: l.until.map(iso_date) })
            .collect();
        out.push(PartnerOut { id: p.id.0, name: p.name, district: p.district.map(|d| d.as_str().to_owned()), links });
    }
    Ok(Json(out))
}

fn partner_body(app_district: Option<Option<DistrictCode>>, body: &PartnerIn) -> Result<(String, Option<DistrictCode>), WebError> {
    let mut errors = FieldErrors::default();
    let name = validate::required_text("name", &body.name, MAX_REGISTRY_NAME, &mut errors);
    let district = match app_district {
        None => None,
        Some(Some(code)) => Some(code),
        Some(None) => {
            errors.add("district", Problem::Unknown);
            None
        }
    };
    if errors.is_empty() {
        Ok((name, district))
    } else {
        Err(WebError::Invalid(errors))
    }
}

/// The body's district: `None` if none was given, `Some(None)` if it names no known district.
async fn district_of(app: &AppState, body: &PartnerIn) -> Result<Option<Option<DistrictCode>>, WebError> {
    match body.district.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(raw) => Ok(Some(match DistrictCode::parse(raw) {
            Ok(code) if app.store.district(&code).await?.is_some() => Some(code),
            _ => None,
        })),
    }
}

fn partner_refused(e: StoreError) -> WebError {
    match e {
        StoreError::Duplicate(_) => WebError::Conflict,
        e => refused(e),
    }
}

/// Creates a partner organisation (`ManagePartners`).
#[utoipa::path(
    post, path = "/api/v1/partners", tag = "registry",
    request_body = PartnerIn,
    responses(
        (status = 201, description = "Created", body = CreatedOut),
        (status = 404, description = "Not the caller's to do", body = ErrorOut),
        (status = 409, description = "A partner with this name exists", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn create_partner(State(app): State<AppState>, caller: Caller, ApiJson(body): ApiJson<PartnerIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = on_deployment(&access, Action::ManagePartners)?;
    let (name, district) = partner_body(district_of(&app, &body).await?, &body)?;
    let id = app.store.create_partner(&access.accessor(&decision), &name, district.as_ref()).await.map_err(partner_refused)?;
    Ok((StatusCode::CREATED, Json(CreatedOut { id: id.0 })).into_response())
}

/// Renames a partner organisation or changes its district (`ManagePartners`).
#[utoipa::path(
    put, path = "/api/v1/partners/{id}", tag = "registry",
    params(("id" = i64, Path, description = "Partner id")),
    request_body = PartnerIn,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such partner, or not the caller's to do", body = ErrorOut),
        (status = 409, description = "Another partner has this name", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn edit_partner(
    State(app): State<AppState>,
    caller: Caller,
    super::Id(id): super::Id,
    ApiJson(body): ApiJson<PartnerIn>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = on_deployment(&access, Action::ManagePartners)?;
    let (name, district) = partner_body(district_of(&app, &body).await?, &body)?;
    app.store.edit_partner(&access.accessor(&decision), PartnerOrgId(id), &name, district.as_ref()).await.map_err(partner_refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Links a partner to a collective from a date (`ManagePartners`). Already linked: 409.
#[utoipa::path(
    post, path = "/api/v1/partners/{id}/links", tag = "registry",
    params(("id" = i64, Path, description = "Partner id")),
    request_body = LinkIn,
    responses(
        (status = 204, description = "Linked"),
        (status = 404, description = "No such partner or collective, or not the caller's to do", body = ErrorOut),
        (status = 409, description = "Already linked", body = ErrorOut),
        (status = 422, description = "Invalid fields (a date in the future, before the last link ended; a closed collective)", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn link_partner(
    State(app): State<AppState>,
    caller: Caller,
    super::Id(id): super::Id,
    ApiJson(body): ApiJson<LinkIn>,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = on_deployment(&access, Action::ManagePartners)?;
    let today = today();
    let mut errors = FieldErrors::default();
    let since = optional_date("since", body.since.as_deref(), today, &mut errors).unwrap_or(today);
    if !errors.is_empty() {
        return Err(WebError::Invalid(errors));
    }
    app.store
        .link_partner(&access.accessor(&decision), PartnerOrgId(id), CollectiveId(body.collective), since, today)
        .await
        .map_err(partner_refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Ends a partner's current support of a collective on a date (`ManagePartners`). From the
/// next request its facilitators no longer reach the collective.
#[utoipa::path(
    delete, path = "/api/v1/partners/{id}/links/{collective}", tag = "registry",
    params(("id" = i64, Path, description = "Partner id"), ("collective" = i64, Path, description = "Collective id"), UnlinkQuery),
    responses(
        (status = 204, description = "The link ended"),
        (status = 404, description = "Not linked now, or not the caller's to do", body = ErrorOut),
        (status = 422, description = "Invalid date (in the future, before the link began)", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
pub async fn unlink_partner(
    State(app): State<AppState>,
    caller: Caller,
    path: Result<Path<(i64, i64)>, axum::extract::rejection::PathRejection>,
    Query(query): Query<UnlinkQuery>,
) -> Result<Response, WebError> {
    let Ok(Path((id, collective))) = path else { return Err(WebError::NotFound) };
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let decision = on_deployment(&access, Action::ManagePartners)?;
    let today = today();
    let mut errors = FieldErrors::default();
    let until = optional_date("until", query.until.as_deref(), today, &mut errors).unwrap_or(today);
    if !errors.is_empty() {
        return Err(WebError::Invalid(errors));
    }
    app.store.unlink_partner(&access.accessor(&decision), PartnerOrgId(id), CollectiveId(collective), until, today).await.map_err(partner_refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
