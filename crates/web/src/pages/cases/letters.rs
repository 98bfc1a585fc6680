//! Recording a letter (or an application, a visit, a call …) with up to four photos or scans,
//! and fetching an attached file. The form is a plain multipart post, so a phone's camera can
//! fill it without any script.
//!
//! A file is served only to someone the policy lets see the case, with headers that keep a
//! browser from treating it as a page: `Content-Security-Policy: sandbox`, `nosniff`,
//! `no-store`, and a generic file name (her own file name may say too much).

use super::authority::{self, AuthorityChoice};
use super::{iso, megabytes, past_date, refusal_message};
use crate::access::Access;
use crate::error::WebError;
use crate::pages::rounds::common::unprocessable;
use crate::pages::{html, Id, SignedInPage};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Messages};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::cases::{Direction, Medium};
use dhruva_core::{CaseId, Sensitive};
use dhruva_store::cases::{NewAttachment, NewCorrespondence, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, MAX_SUMMARY_CHARS};
use dhruva_store::scorecards::Institution;
use dhruva_store::Channel;

/// The largest letter form: four files at their limit, and room for the words and the
/// multipart framing around them.
pub const UPLOAD_BODY_LIMIT: usize = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 256 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases/{id}/letters", get(form).post(submit))
        // axum's own cap on a multipart body (2 MB) would refuse a phone photo or two.
        .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))
}

#[derive(Template)]
#[template(path = "cases/letters.html")]
struct LetterPage {
    v: Visit,
    id: i64,
    title: String,
    on: String,
    directions: Vec<(&'static str, String, bool)>,
    media: Vec<(&'static str, String, bool)>,
    authority: AuthorityChoice,
    summary: String,
    error: Option<String>,
    errors: Messages,
    max_summary: usize,
    files_label: String,
}

/// What she posted, kept to show the form again (files cannot be re-filled by a page).
#[derive(Default)]
struct Posted {
    on: String,
    direction: String,
    medium: String,
    institution: String,
    authority_name: String,
    summary: String,
    files: Vec<NewAttachment>,
}

fn letter_page(v: Visit, id: i64, title: String, institutions: &[Institution], p: &Posted, error: Option<String>) -> LetterPage {
    let directions = Direction::ALL.iter().map(|d| (d.code(), v.tr.label("case-direction", d.code()), p.direction == d.code())).collect();
    let media = Medium::ALL.iter().map(|m| (m.code(), v.tr.label("case-medium", m.code()), p.medium == m.code())).collect();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", MAX_ATTACHMENTS as i64);
    args.set("size", megabytes(MAX_ATTACHMENT_BYTES));
    LetterPage {
        id,
        title,
        on: p.on.clone(),
        directions,
        media,
        authority: AuthorityChoice::posted(&v.tr, institutions, &p.institution, &p.authority_name),
        summary: p.summary.clone(),
        error,
        errors: Messages::default(),
        max_summary: MAX_SUMMARY_CHARS,
        files_label: v.tr.t_with("letters-attachment", &args),
        v,
    }
}

async fn form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let case = access.case_for_edit(CaseId(id)).await?;
    let institutions = access.institutions_for(case.summary.member).await?;
    let posted =
        Posted { on: iso(today()), direction: Direction::Sent.code().to_owned(), medium: Medium::Letter.code().to_owned(), ..Posted::default() };
    let title = super::case_title(&v.tr, &case.summary);
    html(&letter_page(v, id, title, &institutions, &posted, None))
}

/// The form's fields and files. A file input left empty still sends a part with no name and
/// no bytes: that is no file.
async fn read_form(mut form: Multipart) -> Result<Posted, WebError> {
    let mut p = Posted::default();
    while let Some(field) = form.next_field().await.map_err(|_| WebError::BadRequest)? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "attachment" {
            let file_name = field.file_name().unwrap_or("").to_owned();
            let media_type = field.content_type().unwrap_or("application/octet-stream").to_owned();
            let bytes = field.bytes().await.map_err(|_| WebError::BadRequest)?;
            if !bytes.is_empty() || !file_name.is_empty() {
                p.files.push(NewAttachment { file_name: Sensitive::new(file_name), media_type, bytes: Sensitive::new(bytes.to_vec()) });
            }
            continue;
        }
        let text = field.text().await.map_err(|_| WebError::BadRequest)?;
        match name.as_str() {
            "on" => p.on = text,
            "direction" => p.direction = text,
            "medium" => p.medium = text,
            "institution" => p.institution = text,
            "authority_name" => p.authority_name = text,
            "summary" => p.summary = text,
            _ => {}
        }
    }
    Ok(p)
}

async fn submit(State(app): State<AppState>, page: SignedInPage, Id(id): Id, form: Multipart) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let case = access.case_for_edit(CaseId(id)).await?;
    let institutions = access.institutions_for(case.summary.member).await?;
    let mut posted = read_form(form).await?;
    let title = super::case_title(&v.tr, &case.summary);
    let (Some(direction), Some(medium)) = (Direction::from_code(&posted.direction), Medium::from_code(&posted.medium)) else {
        return Err(WebError::BadRequest);
    };
    let mut errors = FieldErrors::default();
    let summary = validate::text("summary", &posted.summary, MAX_SUMMARY_CHARS, &mut errors);
    let problem = match (past_date(&posted.on), summary.is_empty()) {
        (None, _) => Some(v.t("cases-error-date")),
        (_, true) => Some(v.t("letters-summary-required")),
        _ if !errors.is_empty() => Some(v.t("error-invalid")),
        _ => None,
    };
    if let Some(message) = problem {
        let messages = errors.messages(&v.tr);
        posted.summary = summary;
        let mut page = letter_page(v, id, title, &institutions, &posted, Some(message));
        page.errors = messages;
        return unprocessable(&page);
    }
    let Some(on) = past_date(&posted.on) else {
        return Err(WebError::BadRequest);
    };
    let summary = Sensitive::new(summary);
    let letter = NewCorrespondence {
        on,
        direction,
        medium,
        authority: authority::parse(&institutions, &posted.institution, &posted.authority_name)?,
        summary,
        attachments: std::mem::take(&mut posted.files),
    };
    match validate::store_refusal(access.record_letter(CaseId(id), &letter).await)? {
        Ok(Ok(_)) => Ok(Redirect::to(&format!("/cases/{id}?saved=1")).into_response()),
        Ok(Err(e)) => {
            let message = refusal_message(&v.tr, &e);
            unprocessable(&letter_page(v, id, title, &institutions, &posted, Some(message)))
        }
        Err(errors) => {
            let messages = errors.messages(&v.tr);
            let mut page = letter_page(v, id, title, &institutions, &posted, None);
            page.error = Some(page.v.t("error-invalid"));
            page.errors = messages;
            unprocessable(&page)
        }
    }
}

/// The extension of the generic name a file is served under.
fn extension(media_type: &str) -> &'static str {
    match media_type {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "application/pdf" => "pdf",
        _ => "bin",
    }
}

/// Signed out is "not found" too, not "please sign in": the address alone must not even
/// suggest that a file is there.
pub async fn attachment(State(app): State<AppState>, v: Visit, Path(token): Path<String>) -> Result<Response, WebError> {
    let who = v.signed_in.clone().ok_or(WebError::NotFound)?;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let file = access.attachment(&token).await?;
    let ext = extension(&file.media_type);
    // Only the four types the store accepts are named as such; anything else is bytes.
    let content_type = match ext {
        "bin" => HeaderValue::from_static("application/octet-stream"),
        _ => HeaderValue::from_str(&file.media_type).map_err(|_| WebError::Internal("a stored media type is not a header value"))?,
    };
    // Images open in the browser (and show as thumbnails); a PDF is downloaded, since PDF
    // viewers do not run in a sandboxed document.
    let disposition = match ext {
        "pdf" | "bin" => format!("attachment; filename=\"attachment.{ext}\""),
        _ => format!("inline; filename=\"attachment.{ext}\""),
    };
    let mut response = file.bytes.expose().clone().into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, content_type);
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("sandbox"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| WebError::Internal("a file name is not a header value"))?);
    Ok(response)
}
