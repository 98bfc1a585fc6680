//! `/collectives/{id}/members/import`: a leader imports her collective's existing paper
//! register of members (CSV or XLSX). Upload → preview (every bad row by its number and what
//! is wrong, in her language; the good rows counted; nothing written) → "import all N" →
//! done. Who may: whoever `policy::decide` lets `CreateMember` on the collective; anyone else
//! gets the collective's own answer (404 when she may not even see it).
//!
//! Between the preview and the import the file is held in memory as the case register import
//! holds its own (`pages::held_uploads`). The import checks every row again inside its
//! transaction.

use super::held_uploads::HeldUploads;
use super::rounds::common::unprocessable;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::{self, Action, CollectiveFacts, Resource};
use dhruva_core::registry::Language;
use dhruva_core::registry::OfficeTitle;
use dhruva_core::CollectiveId;
use dhruva_store::members::import::{ImportFormat, ImportWords, MemberImport, MemberRowError, COLUMNS};
use dhruva_store::Channel;
use serde::Deserialize;

/// A register of a few thousand members: a few hundred KB as CSV, more as a workbook.
pub const IMPORT_BODY_LIMIT: usize = 4 * 1024 * 1024;
/// Problems listed on the page; the rest are counted (a register imported twice has one per row).
const MAX_SHOWN: usize = 200;

pub fn routes() -> Router<AppState> {
    Router::new().route("/collectives/{id}/members/import/confirm", post(confirm))
}

/// Routes that take an uploaded register (their own body limit, set in `lib.rs` and here).
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/members/import", get(form).post(check))
        .layer(axum::extract::DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(IMPORT_BODY_LIMIT))
}

impl Visit {
    /// Whether the collective's page offers this visitor the register import. Only a hint:
    /// the import page asks the policy again with the collective's full facts.
    pub fn may_import_members(&self, collective: &i64) -> bool {
        let Some(who) = &self.signed_in else { return false };
        let facts = CollectiveFacts { id: CollectiveId(*collective), partners: Vec::new() };
        policy::decide(&who.actor, Action::CreateMember, Resource::Collective(&facts)).allowed
    }
}

/// The checked registers waiting for their import.
static HELD: HeldUploads = HeldUploads::new();

/// Words the import understands besides the codes, in every language: each column's header
/// words (`mimport-header-<column>`, a few separated by `|`), each office's name
/// (`office-<code>`) and each language's (`language-<code>`), as her register may write them.
pub(crate) fn import_words(app: &AppState) -> ImportWords {
    let mut words = ImportWords::default();
    for lang in Language::ALL {
        let tr = Tr::new(app.locales.clone(), *lang);
        for column in COLUMNS {
            for word in tr.t(&format!("mimport-header-{column}")).split('|').map(str::trim).filter(|w| !w.is_empty()) {
                words.headers.insert(word.to_owned(), column);
            }
        }
        for office in OfficeTitle::ALL {
            words.offices.insert(tr.label("office", office.code()), *office);
        }
        for language in Language::ALL {
            words.languages.insert(tr.label("language", language.code()), *language);
        }
    }
    words
}

pub struct ProblemRow {
    pub row: usize,
    pub column: String,
    pub message: String,
}

/// Problems as a page shows them, in her language: the file's own first, then by row.
pub(crate) fn problem_rows(tr: &Tr, errors: &[MemberRowError]) -> Vec<ProblemRow> {
    errors
        .iter()
        .take(MAX_SHOWN)
        .map(|e| ProblemRow {
            row: e.row,
            column: e.column.map(|c| tr.label("mimport-col", c)).unwrap_or_default(),
            message: tr.label("mimport-problem", e.problem.code()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "member_import/import.html")]
struct ImportPage {
    v: Visit,
    collective_id: i64,
    columns: Vec<(&'static str, String, String)>,
    /// Set on the preview of a good file: the token of the held file, and how many rows.
    confirm: Option<(String, usize)>,
    problems: Vec<ProblemRow>,
    /// "N rows are good; fix these M rows" when there are problems.
    problems_note: String,
    /// Problems not listed (beyond [`MAX_SHOWN`]).
    more: usize,
    notice: Option<String>,
}

impl ImportPage {
    fn new(v: Visit, collective_id: i64) -> Self {
        let columns = COLUMNS.iter().map(|c| (*c, v.tr.label("mimport-col", c), v.tr.label("mimport-about", c))).collect();
        ImportPage { v, collective_id, columns, confirm: None, problems: Vec::new(), problems_note: String::new(), more: 0, notice: None }
    }

    fn with_problems(mut self, good: usize, errors: &[MemberRowError]) -> Self {
        self.problems = problem_rows(&self.v.tr, errors);
        self.more = errors.len().saturating_sub(MAX_SHOWN);
        let mut rows: Vec<usize> = errors.iter().map(|e| e.row).collect();
        rows.dedup();
        let file_wide = errors.iter().all(|e| e.problem.is_about_the_file());
        self.problems_note = if file_wide {
            self.v.t("mimport-file-refused")
        } else {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("good", good);
            args.set("bad", rows.len());
            self.v.tr.t_with("mimport-rows-refused", &args)
        };
        self
    }
}

#[derive(Template)]
#[template(path = "member_import/done.html")]
struct DonePage {
    v: Visit,
    collective_id: i64,
    message: String,
}

pub async fn form(State(app): State<AppState>, p: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    Access::new(&app, &who.actor, Channel::Web).require_on_collective(CollectiveId(id), Action::CreateMember).await?;
    html(&ImportPage::new(v, id))
}

/// The format by the file's first bytes: an .xlsx is a ZIP archive (the store's reader
/// sniffs again and has the last word).
pub(crate) fn format_of(bytes: &[u8]) -> ImportFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        ImportFormat::Xlsx
    } else {
        ImportFormat::Csv
    }
}

/// The uploaded file. Its name is not kept or logged (it may name her).
async fn file_of(mut form: Multipart) -> Result<Vec<u8>, WebError> {
    while let Some(field) = form.next_field().await.map_err(|_| WebError::BadRequest)? {
        if field.name() == Some("file") {
            return Ok(field.bytes().await.map_err(|_| WebError::BadRequest)?.to_vec());
        }
    }
    Err(WebError::BadRequest)
}

/// Upload: check the file; show the good rows' count and the import button, or every bad row.
#[tracing::instrument(skip_all)]
pub async fn check(State(app): State<AppState>, p: SignedInPage, Id(id): Id, form: Multipart) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let d = access.require_on_collective(CollectiveId(id), Action::CreateMember).await?;
    let bytes = file_of(form).await?;
    let format = format_of(&bytes);
    let words = import_words(&app);
    match app.store.import_members(&access.accessor(&d), CollectiveId(id), format, &bytes, &words, today(), false).await? {
        MemberImport::Preview { good } => {
            let mut page = ImportPage::new(v, id);
            page.confirm = Some((HELD.hold(who.account.id, CollectiveId(id), format, bytes), good));
            html(&page)
        }
        MemberImport::Rejected { good, errors } => unprocessable(&ImportPage::new(v, id).with_problems(good, &errors)),
        MemberImport::Imported { .. } => Err(WebError::Internal("a preview of a member register wrote members")),
    }
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    token: String,
}

/// Import all: the held file, checked again inside the store's one transaction.
#[tracing::instrument(skip_all)]
pub async fn confirm(State(app): State<AppState>, p: SignedInPage, Id(id): Id, PageForm(f): PageForm<ConfirmForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let d = access.require_on_collective(CollectiveId(id), Action::CreateMember).await?;
    let Some(h) = HELD.take(&f.token, who.account.id, CollectiveId(id)) else {
        let mut page = ImportPage::new(v, id);
        page.notice = Some(page.v.t("mimport-expired"));
        return unprocessable(&page);
    };
    let words = import_words(&app);
    match app.store.import_members(&access.accessor(&d), CollectiveId(id), h.format, &h.bytes, &words, today(), true).await? {
        MemberImport::Imported { count, .. } => {
            let message = v.tr.t_args("mimport-done", "count", count);
            html(&DonePage { v, collective_id: id, message })
        }
        // Someone was registered meanwhile: nothing written, every problem shown.
        MemberImport::Rejected { good, errors } => unprocessable(&ImportPage::new(v, id).with_problems(good, &errors)),
        MemberImport::Preview { .. } => Err(WebError::Internal("a confirmed member import only previewed")),
    }
}
