//! `POST /api/v1/collectives/{id}/members/import?dry_run=true|false`: a collective's paper
//! register of members (CSV or XLSX) as the request body, checked (`dry_run=true`, the
//! default: nothing written) or imported all-or-nothing. The same store call and the same
//! policy (`CreateMember` on the collective) as the page, so a federation can script its
//! move from spreadsheets. Its route has its own body limit (a register is bigger than the
//! API's 64 KB), merged by `lib.rs` behind the bearer-token layer.

use super::auth::Caller;
use super::dto::ErrorOut;
use super::Id;
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::member_import::{format_of, import_words, IMPORT_BODY_LIMIT};
use crate::state::{today, AppState};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use dhruva_core::policy::Action;
use dhruva_core::CollectiveId;
use dhruva_store::members::import::{ImportFormat, MemberImport};
use dhruva_store::Channel;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// The body-carrying routes live in [`upload_routes`]; nothing here.
pub fn routes() -> Router<AppState> {
    Router::new()
}

/// The import, with a body limit of its own. `lib.rs` puts the bearer-token layer around it.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/collectives/{id}/members/import", post(import))
        .layer(axum::extract::DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(IMPORT_BODY_LIMIT))
}

/// This part's paths in the OpenAPI document (merged in `openapi.rs`).
#[derive(OpenApi)]
#[openapi(paths(import), components(schemas(MemberImportOut, MemberImportProblemOut)))]
pub struct Doc;

#[derive(Deserialize, IntoParams)]
pub struct ImportQuery {
    /// `true` (the default): check only, nothing written. `false`: import every row or none.
    #[serde(default = "yes")]
    dry_run: bool,
}

fn yes() -> bool {
    true
}

/// One bad row (or the file, at row 1). Never the cell's value.
#[derive(Serialize, ToSchema)]
pub struct MemberImportProblemOut {
    /// 1-based, counting the header, as the spreadsheet numbers it.
    pub row: usize,
    /// The column's code (`phone`), or absent for the whole row or file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Stable code, such as `bad-phone`, `phone-registered`, `under-18`.
    pub problem: String,
    /// What is wrong, in the caller's language.
    pub message: String,
}

/// What the import did.
#[derive(Serialize, ToSchema)]
pub struct MemberImportOut {
    /// `preview` (every row good, nothing written), `imported` or `rejected` (nothing written).
    pub outcome: String,
    /// Rows that passed every check.
    pub good: usize,
    /// How many members were imported (`imported` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imported: Option<usize>,
    /// The new members' ids, in the file's order (`imported` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<i64>,
    /// Every problem, sorted by row (`rejected` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<MemberImportProblemOut>,
}

/// The format the body says it is, or, when its type says nothing useful, what its first
/// bytes say. The store's reader sniffs again and has the last word.
fn format(headers: &HeaderMap, body: &[u8]) -> ImportFormat {
    let declared = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    if declared.starts_with("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        ImportFormat::Xlsx
    } else if declared.starts_with("text/csv") || declared.starts_with("text/plain") {
        ImportFormat::Csv
    } else {
        format_of(body)
    }
}

/// Checks or imports a register of members. Columns (header row): `name`, `joined_on`
/// (required), `phone`, `birth_year`, `languages` (`bn;hi`), `office`. A bad row anywhere
/// means nothing is written; every bad row is answered with its number and a problem code.
/// A phone already in Dhruva, or twice in the file, is a bad row (the answer never says
/// whose); so is a row without a phone whose name and year of birth were imported before,
/// so the same file twice is refused, not doubled. A member under 18 is refused: register
/// her with `under_18` so her guardian's consent can be recorded.
#[utoipa::path(
    post, path = "/api/v1/collectives/{id}/members/import", tag = "registry",
    params(("id" = i64, Path, description = "Collective id"), ImportQuery),
    request_body(content = String, description = "The register as CSV (UTF-8) or XLSX, at most 4 MiB", content_type = "text/csv"),
    responses(
        (status = 200, description = "Dry run: every row is good; nothing written", body = MemberImportOut),
        (status = 201, description = "Imported, every row in one transaction", body = MemberImportOut),
        (status = 400, description = "No body", body = ErrorOut),
        (status = 403, description = "The caller may see the collective but not add members", body = ErrorOut),
        (status = 404, description = "No such collective, or not the caller's to see", body = ErrorOut),
        (status = 413, description = "Over 4 MiB", body = ErrorOut),
        (status = 422, description = "Bad rows or a file that cannot be read; nothing written", body = MemberImportOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn import(
    State(app): State<AppState>,
    caller: Caller,
    Id(id): Id,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let access = Access::new(&app, &caller.who.actor, Channel::Api);
    // Who may do this is settled before anything about the file is said.
    let d = access.require_on_collective(CollectiveId(id), Action::CreateMember).await?;
    if body.is_empty() {
        return Err(WebError::BadRequest);
    }
    let tr = Tr::new(app.locales.clone(), caller.who.account.language);
    let words = import_words(&app);
    let outcome =
        app.store.import_members(&access.accessor(&d), CollectiveId(id), format(&headers, &body), &body, &words, today(), !q.dry_run).await?;
    let (status, out) = match outcome {
        MemberImport::Preview { good } => {
            (StatusCode::OK, MemberImportOut { outcome: "preview".to_owned(), good, imported: None, members: Vec::new(), errors: Vec::new() })
        }
        MemberImport::Imported { count, members } => (
            StatusCode::CREATED,
            MemberImportOut {
                outcome: "imported".to_owned(),
                good: count,
                imported: Some(count),
                members: members.iter().map(|m| m.0).collect(),
                errors: Vec::new(),
            },
        ),
        MemberImport::Rejected { good, errors } => {
            let errors = errors
                .iter()
                .map(|e| MemberImportProblemOut {
                    row: e.row,
                    column: e.column.map(str::to_owned),
                    problem: e.problem.code().to_owned(),
                    message: tr.label("mimport-problem", e.problem.code()),
                })
                .collect();
            (StatusCode::UNPROCESSABLE_ENTITY, MemberImportOut { outcome: "rejected".to_owned(), good, imported: None, members: Vec::new(), errors })
        }
    };
    Ok((status, Json(out)).into_response())
}
