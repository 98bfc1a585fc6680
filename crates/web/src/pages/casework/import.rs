//! Importing a case register (CSV or XLSX): upload → preview or the row-by-row errors →
//! confirm → imported. Nothing is written before the confirm.
//!
//! Between the preview and the confirm the file is held in this process's memory for at most
//! [`HOLD`], under a random token that the confirm form carries, and only for the account and
//! collective that uploaded it: on a 2G phone, uploading it a second time would cost her as
//! much as the first. A restart forgets held files; she is then asked to upload again.

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
use dhruva_core::{AccountId, CollectiveId};
use dhruva_store::cases::import::{CaseImport, CaseRowError, ImportFormat, ImportRow, COLUMNS};
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};


/// How long a checked file waits for its confirm.
const HOLD: Duration = Duration::from_secs(15 * 60);
/// At most this many files are held at once; the oldest goes first.
const MAX_HELD: usize = 64;

struct Held {
    account: AccountId,
    collective: CollectiveId,
    format: ImportFormat,
    bytes: Vec<u8>,
    at: Instant,
}

fn held() -> &'static Mutex<HashMap<String, Held>> {
    static HELD: OnceLock<Mutex<HashMap<String, Held>>> = OnceLock::new();
    HELD.get_or_init(|| Mutex::new(HashMap::new()))
}

fn hold(h: Held) -> String {
    let token = hex::encode(rand::random::<[u8; 16]>());
    let mut map = held().lock().unwrap_or_else(|p| p.into_inner());
    // One held file per account (a new check replaces her earlier one), so one leader cannot
    // push out everyone else's; expired ones go at every touch.
    map.retain(|_, old| old.at.elapsed() < HOLD && old.account != h.account);
    while map.len() >= MAX_HELD {
        let Some(oldest) = map.iter().min_by_key(|(_, h)| h.at).map(|(k, _)| k.clone()) else { break };
        map.remove(&oldest);
    }
    map.insert(token.clone(), h);
    token
}

/// The held file for this token, taken out (a confirm uses it once), if it is this
/// account's for this collective and has not expired.
fn take(token: &str, account: AccountId, collective: CollectiveId) -> Option<Held> {
    let mut map = held().lock().unwrap_or_else(|p| p.into_inner());
    // Registers hold member codes and amounts: none stays in memory past its time.
    map.retain(|_, h| h.at.elapsed() < HOLD);
    let h = map.get(token).filter(|h| h.account == account && h.collective == collective)?;
    if h.at.elapsed() >= HOLD {
        map.remove(token);
        return None;
    }
    map.remove(token)
}

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
            .map(|e| ProblemRow { row: e.row, column: e.column.unwrap_or_else(|| "—".to_owned()), message: tr.label("case-import", e.problem.code()) })
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
            page.confirm = Some(hold(Held { account: who.account.id, collective: CollectiveId(id), format, bytes, at: Instant::now() }));
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
    let Some(h) = take(&f.token, who.account.id, CollectiveId(id)) else {
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
