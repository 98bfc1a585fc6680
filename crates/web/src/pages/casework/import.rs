//! Importing a case register (CSV or XLSX): upload → preview or the row-by-row errors →
//! confirm → imported. Nothing is written before the confirm.
//!
//! Between the preview and the confirm the file is held in memory (`pages::held_uploads`).

use super::super::held_uploads::HeldUploads;
use super::super::rounds::common::unprocessable;
use super::super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::response::Response;
use dhruva_core::CollectiveId;
use dhruva_store::cases::import::{CaseImport, CaseRowError, ImportFormat, ImportRow, COLUMNS};
use dhruva_store::Channel;
use serde::Deserialize;

/// The checked registers waiting for their confirm.
static HELD: HeldUploads = HeldUploads::new();

pub struct PreviewRow {
    pub row: usize,
    pub member: String,
    pub kind: String,
    pub state: String,
    pub opened: String,
}

pub struct ProblemRow {
    pub row: usize,
    pub column: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "casework/import.html")]
struct ImportPage {
    v: Visit,
    collective_id: i64,
    columns: Vec<(&'static str, String)>,
    imported: Option<String>,
    notice: Option<String>,
    problems: Vec<ProblemRow>,
    preview: Vec<PreviewRow>,
    preview_note: String,
    /// The token of the held file, when there is a preview to confirm.
    confirm: Option<String>,
}

impl ImportPage {
    fn new(v: Visit, collective_id: i64) -> Self {
        let columns = COLUMNS.iter().map(|c| (*c, v.tr.label("casework-import-about", c))).collect();
        ImportPage {
            v,
            collective_id,
            columns,
            imported: None,
            notice: None,
            problems: Vec::new(),
            preview: Vec::new(),
            preview_note: String::new(),
            confirm: None,
        }
    }

    fn with_problems(mut self, errors: Vec<CaseRowError>) -> Self {
        let tr = &self.v.tr;
        self.problems = errors
            .into_iter()
            .map(|e| ProblemRow {
                row: e.row,
                column: e.column.unwrap_or_else(|| "—".to_owned()),
                message: tr.label("case-import", e.problem.code()),
            })
            .collect();
        self
    }
}

pub async fn form(State(app): State<AppState>, p: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    Access::new(&app, &who.actor, Channel::Web).may_import_cases(CollectiveId(id)).await?;
    html(&ImportPage::new(v, id))
}

/// The uploaded file. Its name is not kept or logged (it may name her); the format is read
/// from the bytes: an XLSX file is a ZIP archive.
async fn file_of(mut form: Multipart) -> Result<(ImportFormat, Vec<u8>), WebError> {
    while let Some(field) = form.next_field().await.map_err(|_| WebError::BadRequest)? {
        if field.name() == Some("file") {
            let bytes = field.bytes().await.map_err(|_| WebError::BadRequest)?.to_vec();
            let format = if bytes.starts_with(b"PK\x03\x04") { ImportFormat::Xlsx } else { ImportFormat::Csv };
            return Ok((format, bytes));
        }
    }
    Err(WebError::BadRequest)
}

/// Upload: check the file and show what would be imported, or every problem.
#[tracing::instrument(skip_all)]
pub async fn check(State(app): State<AppState>, p: SignedInPage, Id(id): Id, form: Multipart) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    access.may_import_cases(CollectiveId(id)).await?;
    let (format, bytes) = file_of(form).await?;
    match access.import_cases(CollectiveId(id), format, &bytes, today(), false).await? {
        CaseImport::Preview(rows) => {
            let mut page = ImportPage::new(v, id);
            page.preview = rows.iter().map(|r| preview_row(&page.v, r)).collect();
            page.preview_note = page.v.tr.t_args("casework-import-preview", "count", rows.len());
            page.confirm = Some(HELD.hold(who.account.id, CollectiveId(id), format, bytes));
            html(&page)
        }
        CaseImport::Rejected(errors) => unprocessable(&ImportPage::new(v, id).with_problems(errors)),
        CaseImport::Imported(_) => Err(WebError::Internal("a preview of a case register wrote cases")),
    }
}

fn preview_row(v: &Visit, r: &ImportRow) -> PreviewRow {
    PreviewRow {
        row: r.row,
        member: r.member_code.clone(),
        kind: v.tr.label("case-kind", r.kind.code()),
        state: v.tr.label("case-state", r.state.code()),
        opened: format::date(&v.tr, r.opened_on),
    }
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    token: String,
}

/// Confirm: import the held file (checked again inside the store's transaction).
#[tracing::instrument(skip_all)]
pub async fn confirm(State(app): State<AppState>, p: SignedInPage, Id(id): Id, PageForm(f): PageForm<ConfirmForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    access.may_import_cases(CollectiveId(id)).await?;
    let Some(h) = HELD.take(&f.token, who.account.id, CollectiveId(id)) else {
        let mut page = ImportPage::new(v, id);
        page.notice = Some(page.v.t("casework-import-expired"));
        return unprocessable(&page);
    };
    match access.import_cases(CollectiveId(id), h.format, &h.bytes, today(), true).await? {
        CaseImport::Imported(n) => {
            let mut page = ImportPage::new(v, id);
            page.imported = Some(page.v.tr.t_args("casework-import-done", "count", n));
            html(&page)
        }
        // Something changed since the preview (a case recorded meanwhile): nothing written.
        CaseImport::Rejected(errors) => unprocessable(&ImportPage::new(v, id).with_problems(errors)),
        CaseImport::Preview(_) => Err(WebError::Internal("a confirmed case import only previewed")),
    }
}
