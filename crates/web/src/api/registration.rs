//! Registration through the API (issue 11): the same registration as the page — phone first,
//! her consents as her pending grants with the caller as witness, the minors' rule — and the
//! phone question alone. Both are `CreateMember` on the collective.

use super::auth::Caller;
use super::dto::{parse_iso_date, ErrorOut, MemberOut};
use super::{ApiJson, Id};
use crate::access::{Access, RECORDED_METHODS};
use crate::error::{Failure, WebError};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Problem};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use dhruva_core::consent::Purpose;
use dhruva_core::minors::may_be_minor;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::Action;
use dhruva_core::registry::MemberPersonal;
use dhruva_core::{CollectiveId, Sensitive};
use dhruva_store::consent::NewConsent;
use dhruva_store::members::NewRegistration;
use dhruva_store::Channel;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/collectives/{id}/registrations", post(register)).route("/api/v1/phone-check", post(phone_check))
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi(paths(register, phone_check), components(schemas(RegistrationIn, RegistrationOut, PhoneCheckIn, PhoneCheckOut)))]
pub struct Doc;

/// A registration, as a leader takes it down with her.
#[derive(Deserialize, ToSchema)]
pub struct RegistrationIn {
    pub name: String,
    /// Her Indian mobile number (`+91`, spaces and dashes are fine); absent: she has no phone.
    /// A number already registered anywhere is refused (409 `phone_registered`), never saying where.
    pub phone: Option<String>,
    pub birth_year: Option<i32>,
    /// Language codes (`en`, `bn`, `hi`, `te`), at least one, her first language first.
    #[serde(default)]
    pub languages: Vec<String>,
    /// When she joined (`YYYY-MM-DD`, not in the future); today if absent.
    #[schema(format = Date)]
    pub joined_on: Option<String>,
    /// `president`, `secretary`, `treasurer` or `core_team`.
    pub office: Option<String>,
    /// She is under 18 (a year of birth under 18 counts too): only her name and membership are
    /// kept until her guardian's consent is recorded; a phone, a year of birth or a consent is
    /// then refused (422 `guardian_consent_needed`).
    #[serde(default)]
    pub under_18: bool,
    /// Purposes she agreed to (`case_support`, `mentoring`, `research`, `media`,
    /// `federation_contact`): recorded as her grants with the caller as witness, pending until
    /// she confirms them.
    #[serde(default)]
    pub consents: Vec<String>,
    /// How she gave them: `verbal` or `paper` (needed when `consents` is not empty).
    pub consent_method: Option<String>,
}

/// Her registration, written.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub member: MemberOut,
    /// Registered as under 18: her guardian's consent is the next step.
    pub under_18: bool,
    /// The purposes recorded, each waiting for her own confirmation.
    pub pending_consents: Vec<String>,
}

/// The phone question.
#[derive(Deserialize, ToSchema)]
pub struct PhoneCheckIn {
    /// The collective the caller registers members in (`CreateMember` is decided on it).
    pub collective: i64,
    pub phone: String,
}

/// Yes or no, never where or whose.
#[derive(Serialize, ToSchema)]
pub struct PhoneCheckOut {
    pub registered: bool,
}

fn refusal(status: StatusCode, code: &'static str, key: &'static str) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(Failure { status, code, key, fields: FieldErrors::default() });
    response
}

fn phone_registered() -> Response {
    refusal(StatusCode::CONFLICT, "phone_registered", "register-phone-registered-api")
}

fn too_many(wait: Duration) -> Response {
    let mut response = refusal(StatusCode::TOO_MANY_REQUESTS, "too_many_requests", "register-phone-too-many-api");
    if let Ok(value) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn phone_of(text: &str, errors: &mut FieldErrors) -> Option<PhoneNumber> {
    let mut problems = FieldErrors::default();
    validate::personal("-", Some(text), None, None, today().year(), &mut problems);
    match problems.get("phone") {
        Some(problem) => {
            errors.add("phone", problem);
            None
        }
        None if text.trim().is_empty() => {
            errors.add("phone", Problem::TextMissing);
            None
        }
        None => PhoneNumber::parse(text.trim()).ok(),
    }
}

/// Registers a member in a collective: her record, membership and the consents she gave, in one
/// transaction. Phone first: a number already registered anywhere in Dhruva is refused with 409
/// `phone_registered` ("ask her to log in"), never naming where; nothing is written.
#[utoipa::path(
    post, path = "/api/v1/collectives/{id}/registrations", tag = "registry",
    params(("id" = i64, Path, description = "Collective id")),
    request_body = RegistrationIn,
    responses(
        (status = 201, description = "Registered; `Location` names her", body = RegistrationOut),
        (status = 400, description = "A body that cannot be read, or an unknown consent purpose or method", body = ErrorOut),
        (status = 403, description = "The caller may see the collective but not register members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 409, description = "`phone_registered`: the number is already registered in Dhruva; she logs in with it", body = ErrorOut),
        (status = 422, description = "Invalid fields, one message each; or `guardian_consent_needed`", body = ErrorOut),
        (status = 429, description = "The caller asked about too many numbers today", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn register(State(app): State<AppState>, caller: Caller, Id(id): Id, ApiJson(body): ApiJson<RegistrationIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let collective = CollectiveId(id);
    access.require_on_collective(collective, Action::CreateMember).await?;
    let today = today();
    let mut errors = FieldErrors::default();
    let personal = validate::personal(&body.name, None, body.birth_year, None, today.year(), &mut errors);
    let phone = body.phone.as_deref().filter(|p| !p.trim().is_empty()).and_then(|p| phone_of(p, &mut errors));
    let languages = validate::languages(&body.languages, &mut errors);
    if languages.is_empty() && errors.get("languages").is_none() {
        errors.add("languages", Problem::TextMissing);
    }
    let office = validate::office(body.office.as_deref(), &mut errors);
    let joined_on = match body.joined_on.as_deref() {
        None => today,
        Some(text) => match parse_iso_date(text) {
            Some(d) => validate::not_in_future("joined_on", d, today, &mut errors),
            None => {
                errors.add("joined_on", Problem::BadDate);
                today
            }
        },
    };
    let (Some(personal), true) = (personal, errors.is_empty()) else {
        return Err(WebError::Invalid(errors));
    };
    let mut purposes = Vec::new();
    for code in &body.consents {
        let purpose = Purpose::from_code(code.trim()).ok_or(WebError::BadRequest)?;
        if !purposes.contains(&purpose) {
            purposes.push(purpose);
        }
    }
    let method = match body.consent_method.as_deref().map(str::trim) {
        Some(m) => Some(*RECORDED_METHODS.iter().find(|r| **r == m).ok_or(WebError::BadRequest)?),
        None => None,
    };
    let method = match (method, purposes.is_empty()) {
        (Some(m), _) => m,
        (None, true) => RECORDED_METHODS[0],
        (None, false) => return Err(WebError::BadRequest),
    };
    let minor = body.under_18 || body.birth_year.is_some_and(|y| may_be_minor(y, today));
    // Under 18, nothing but her name may be given: refused by the store before any question.
    if let (Some(phone), false) = (&phone, minor) {
        match access.registration_phone_check(&app, collective, phone).await? {
            Err(wait) => return Ok(too_many(wait)),
            Ok(true) => return Ok(phone_registered()),
            Ok(false) => {}
        }
    }
    let personal = MemberPersonal { phone: phone.map(|p| Sensitive::new(p.canonical().to_owned())), ..personal };
    let witness = caller.who.account.username.clone();
    let consents = purposes
        .iter()
        .map(|purpose| NewConsent { purpose: *purpose, method: method.to_owned(), witness: Some(Sensitive::new(witness.clone())) })
        .collect();
    let new = NewRegistration { collective, joined_on, office, languages, personal, under_18: body.under_18, consents };
    let summary = match access.register_member(&app, new).await {
        Ok(s) => s,
        Err(WebError::Conflict) => return Ok(phone_registered()),
        Err(e) => return Err(e),
    };
    let location = format!("/api/v1/members/{}", summary.id);
    let out = RegistrationOut {
        member: MemberOut::summary(&summary, None),
        under_18: minor,
        pending_consents: purposes.iter().map(|p| p.code().to_owned()).collect(),
    };
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(out)).into_response())
}

/// Whether a mobile number is already registered anywhere in Dhruva: yes or no, never where or
/// whose. For those who may register members in the collective named in the body; each question
/// is in the audit log, and an account may ask a limited number a day.
#[utoipa::path(
    post, path = "/api/v1/phone-check", tag = "registry",
    request_body = PhoneCheckIn,
    responses(
        (status = 200, body = PhoneCheckOut),
        (status = 403, description = "The caller may see the collective but not register members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 422, description = "Not a mobile number", body = ErrorOut),
        (status = 429, description = "The caller asked about too many numbers today", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn phone_check(State(app): State<AppState>, caller: Caller, ApiJson(body): ApiJson<PhoneCheckIn>) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    let collective = CollectiveId(body.collective);
    access.require_on_collective(collective, Action::CreateMember).await?;
    let mut errors = FieldErrors::default();
    let Some(phone) = phone_of(&body.phone, &mut errors) else {
        return Err(WebError::Invalid(errors));
    };
    Ok(match access.registration_phone_check(&app, collective, &phone).await? {
        Err(wait) => too_many(wait),
        Ok(registered) => Json(PhoneCheckOut { registered }).into_response(),
    })
}
