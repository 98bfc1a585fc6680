//! Her cases: the list with her coming dates, opening a case of each kind, the case page
//! (stage, what is due, moving it on, hearings, moving a due date, the timeline), editing its
//! details and recording letters with photos. A leader reaches a member's cases through
//! `/members/{id}/cases` only with her case-support consent; every read and write goes
//! through `access/cases.rs`, so anyone else gets "not found".
//!
//! Every page is plain HTML forms: nothing needs JavaScript.

mod authority;
mod confirm;
mod edit;
mod letters;
mod new;
mod show;
mod summary;
mod timeline;

use super::{html, Id, SignedInPage};
use crate::access::{Access, MemberCases};
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::cases::CaseState;
use dhruva_core::MemberId;
use dhruva_store::cases::{CaseError, CaseSummary, DueItem, DueWhat};
use dhruva_store::Channel;
use time::Date;

pub use letters::UPLOAD_BODY_LIMIT;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(mine))
        .route("/cases/new", get(new::form_own).post(new::submit_own))
        .route("/members/{id}/cases", get(member))
        .route("/members/{id}/cases/new", get(new::form_member).post(new::submit_member))
        .route("/cases/{id}", get(show::show))
        .route("/cases/{id}/update", get(show::update))
        .route("/cases/{id}/state", post(show::change_state))
        .route("/cases/{id}/undo", post(show::undo))
        .route("/cases/{id}/hearings", post(show::hearing))
        .route("/cases/{id}/deadlines/{rule}", post(show::override_deadline))
        .route("/cases/{id}/edit", get(edit::form).post(edit::submit))
        .route("/cases/{id}/summary", get(summary::summary))
        .route("/attachments/{token}", get(letters::attachment))
}

/// The letter form takes files: its routes get their own, larger body limit (see `lib.rs`).
pub fn upload_routes() -> Router<AppState> {
    letters::routes()
}

/// "Cases" on a member's page, where the visitor may open them.
pub async fn member_link(tr: &Tr, access: &Access<'_>, member: MemberId) -> Result<Option<(String, String)>, WebError> {
    Ok(access.may_view_cases(member).await?.then(|| (format!("/members/{member}/cases"), tr.t("member-cases-link"))))
}

/// A case's kind and item in her words: "Compensation claim: District legal services authority".
pub fn case_title(tr: &Tr, s: &CaseSummary) -> String {
    let kind = tr.label("case-kind", s.kind.code());
    let item = s
        .entitlement
        .map(|e| tr.label("case-entitlement", e.code()))
        .or_else(|| s.document.map(|d| tr.label("case-document", d.code())))
        .or_else(|| s.forum.map(|f| tr.label("case-forum", f.code())));
    match item {
        Some(item) => format!("{kind}: {item}"),
        None => kind,
    }
}

pub fn state_label(tr: &Tr, s: CaseState) -> String {
    tr.label("case-state", s.code())
}

/// "Filed, since 3 March 2026".
pub fn state_since(tr: &Tr, state: CaseState, since: Date) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("state", state_label(tr, state));
    a.set("date", format::date(tr, since));
    tr.t_with("case-state-since", &a)
}

/// A date as `<input type="date">` shows and posts it.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A typed date that is real and not after today.
pub fn past_date(text: &str) -> Option<Date> {
    super::rounds::common::parse_date(text).filter(|d| *d <= today())
}

/// Words she typed (cleaned as every form's text is: `dhruva_core::text::clean`), or nothing
/// for an empty box. A control character no keyboard types is dropped, never kept.
pub fn words(text: &str) -> Option<dhruva_core::Sensitive<String>> {
    let t = crate::validate::clean_lossy(text);
    (!t.is_empty()).then(|| dhruva_core::Sensitive::new(t))
}

/// Megabytes for a message about file sizes: "5 MB".
pub fn megabytes(bytes: usize) -> String {
    format!("{} MB", bytes / (1024 * 1024))
}

/// The store's refusal in her language. A refused move names the stages she can go to.
pub fn refusal_message(tr: &Tr, e: &CaseError) -> String {
    use dhruva_core::cases::TransitionError as T;
    match e {
        CaseError::Transition(T::NotAllowed { from, to, allowed, .. }) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("from", state_label(tr, *from));
            args.set("to", state_label(tr, *to));
            if allowed.is_empty() {
                return tr.t_with("case-error-transition-final", &args);
            }
            let names: Vec<String> = allowed.iter().map(|s| state_label(tr, *s)).collect();
            args.set("allowed", names.join(", "));
            tr.t_with("case-error-transition-not-allowed", &args)
        }
        CaseError::Transition(T::Unchanged(s)) => tr.t_args("case-error-transition-unchanged", "from", state_label(tr, *s)),
        CaseError::Transition(T::NotInWorkflow { .. }) => tr.t("case-error-transition-not-in-workflow"),
        CaseError::StaleState => tr.t("case-error-stale"),
        CaseError::DateInFuture => tr.t("case-error-date-in-future"),
        CaseError::DateBeforeLastChange => tr.t("case-error-date-before-last-change"),
        CaseError::ReasonRequired => tr.t("case-error-reason-required"),
        CaseError::UnknownRule => tr.t("case-error-unknown-rule"),
        CaseError::WrongKindForThis => tr.t("case-error-wrong-kind"),
        CaseError::TooLarge { max } => tr.t_args("case-error-too-large", "size", megabytes(*max)),
        CaseError::TypeNotAllowed => tr.t("case-error-type-not-allowed"),
        CaseError::TypeMismatch => tr.t("case-error-type-mismatch"),
        CaseError::TooManyAttachments { max } => tr.t_args("case-error-too-many", "count", *max as i64),
        CaseError::Details(_) => tr.t("case-error-details"),
        CaseError::UndoExpired => tr.t_args("decide-undo-expired", "minutes", dhruva_store::cases::UNDO_WINDOW_SECONDS / 60),
        CaseError::UndoNotYours => tr.t("decide-undo-not-yours"),
        CaseError::UndoAfterLaterEvent => tr.t("decide-undo-later"),
        CaseError::UndoNothing => tr.t("decide-undo-nothing"),
        _ => tr.t("case-error-other"),
    }
}

#[derive(Template)]
#[template(path = "cases/refused.html")]
struct RefusedPage {
    v: Visit,
    message: String,
    back: String,
}

/// The store refused a step for a reason she can act on: say so, with the way back. Nothing
/// was written.
pub fn refused(v: Visit, message: String, back: String) -> Result<Response, WebError> {
    let page = RefusedPage { v, message, back };
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

/// One case in a list.
pub struct CaseRow {
    pub id: i64,
    pub title: String,
    pub state: String,
    pub opened: String,
    pub next_due: Option<String>,
    pub overdue: Option<String>,
}

/// One coming date.
pub struct DueRow {
    pub case: i64,
    pub title: String,
    pub what: String,
    pub due: String,
    pub overdue: bool,
}

fn case_rows(tr: &Tr, cases: &[CaseSummary]) -> Vec<CaseRow> {
    cases
        .iter()
        .map(|c| CaseRow {
            id: c.id.0,
            title: case_title(tr, c),
            state: state_since(tr, c.state, c.state_since),
            opened: tr.t_args("cases-opened-on", "date", format::date(tr, c.opened_on)),
            next_due: c.next_due.map(|d| tr.t_args("cases-next-due", "date", format::date(tr, d))),
            overdue: (c.overdue > 0).then(|| tr.t_args("cases-overdue-count", "count", c.overdue as i64)),
        })
        .collect()
}

pub fn due_what(tr: &Tr, what: &DueWhat) -> String {
    match what {
        DueWhat::Deadline(rule) => tr.label("deadline", rule),
        DueWhat::Hearing => tr.t("cases-upcoming-hearing"),
    }
}

fn due_rows(tr: &Tr, due: &[DueItem]) -> Vec<DueRow> {
    due.iter()
        .map(|d| DueRow {
            case: d.case.0,
            title: tr.label("case-kind", d.kind.code()),
            what: due_what(tr, &d.what),
            due: format::date(tr, d.due),
            overdue: d.overdue,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "cases/list.html")]
struct ListPage {
    v: Visit,
    heading: String,
    new_url: Option<String>,
    cases: Vec<CaseRow>,
    due: Vec<DueRow>,
}

fn list_page(v: Visit, heading: String, new_url: String, mc: MemberCases) -> Result<Response, WebError> {
    let cases = case_rows(&v.tr, &mc.cases);
    let due = due_rows(&v.tr, &mc.due);
    html(&ListPage { heading, new_url: mc.may_manage.then_some(new_url), cases, due, v })
}

async fn mine(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let mc = access.member_cases(access.own_member()?).await?;
    let heading = v.t("cases-title");
    list_page(v, heading, "/cases/new".to_owned(), mc)
}

async fn member(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let mc = access.member_cases(MemberId(id)).await?;
    // Her code, not her name: the heading is about whose cases these are, nothing more.
    let code = app.store.member_summary(mc.member).await?.ok_or(WebError::NotFound)?.code;
    let heading = v.tr.t_args("cases-member-title", "code", code);
    list_page(v, heading, format!("/members/{id}/cases/new"), mc)
}
