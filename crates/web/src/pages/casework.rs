//! The leader's secretarial desk (what is due this week and what is overdue, for members who
//! asked for case support), her own reminders, and the links a collective's page offers.
//! Reminder settings, the register import and the figures are in the submodules.

pub mod figures;
mod import;
mod settings;

use super::{html, Id, SignedInPage};
use crate::access::{Access, DeskView};
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::reminders::DAYS_AHEAD;
use crate::session::SignedIn;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::{self, Action, CollectiveFacts, Resource};
use dhruva_core::CollectiveId;
use dhruva_store::cases::{DueItem, DueWhat};
use dhruva_store::Channel;

/// A register of a few thousand cases: a few hundred KB as CSV, more as a workbook.
pub const IMPORT_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// The import's upload, with a body limit of its own (the pages' 64 KB would hold a register
/// of only a few hundred rows). Merged by `lib.rs` with the other upload routes.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/cases/import", get(import::form).post(import::check))
        .layer(axum::extract::DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(IMPORT_BODY_LIMIT))
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/casework", get(desk).post(desk_search))
        .route("/reminders", get(my_reminders))
        .route("/collectives/{id}/reminders", get(settings::form).post(settings::submit))
        .route("/collectives/{id}/cases/import/confirm", post(import::confirm))
        .route("/collectives/{id}/casework/figures", get(figures::collective))
        .route("/federation/casework", get(figures::federation))
        .route("/federation/casework/publish", post(figures::publish))
}

impl Visit {
    /// The casework links a collective's page offers this visitor. Only a hint (each page asks
    /// the policy again with the collective's full facts); leaders' actions do not depend on
    /// the collective's partners, so none are needed here.
    pub fn casework_links(&self, collective: &i64) -> Vec<(String, String)> {
        let Some(who) = &self.signed_in else { return Vec::new() };
        let facts = CollectiveFacts { id: CollectiveId(*collective), partners: Vec::new() };
        let may = |a| policy::decide(&who.actor, a, Resource::Collective(&facts)).allowed;
        let mut links = Vec::new();
        for (action, path, key) in [
            (Action::ViewCasesDue, "casework", "casework-link-desk"),
            (Action::ConfigureReminders, "reminders", "casework-link-reminders"),
            (Action::ImportCases, "cases/import", "casework-link-import"),
            (Action::ViewCaseFigures, "casework/figures", "casework-link-figures"),
        ] {
            if may(action) {
                links.push((format!("/collectives/{collective}/{path}"), self.t(key)));
            }
        }
        links
    }
}

/// One due or overdue step on the desk.
pub struct DueRow {
    pub case: i64,
    pub member: String,
    /// The kind's code, a stable hook for tests and styles whatever the language.
    pub kind_code: &'static str,
    pub kind: String,
    pub what: String,
    pub due: String,
    pub late: Option<String>,
}

fn what_label(tr: &Tr, what: &DueWhat) -> String {
    match what {
        DueWhat::Deadline(rule) => tr.label("deadline", rule),
        DueWhat::Hearing => tr.t("casework-due-hearing"),
    }
}

fn due_row(tr: &Tr, view: &DeskView, item: &DueItem, today: time::Date) -> DueRow {
    let member = match view.members.get(&item.member) {
        Some((code, Some(name))) => format!("{} ({code})", name.expose()),
        Some((code, None)) => code.clone(),
        None => String::new(),
    };
    let late = item.overdue.then(|| tr.t_args("casework-days-late", "days", (today - item.due).whole_days()));
    DueRow {
        case: item.case.0,
        member,
        kind_code: item.kind.code(),
        kind: tr.label("case-kind", item.kind.code()),
        what: what_label(tr, &item.what),
        due: format::date(tr, item.due),
        late,
    }
}

#[derive(Template)]
#[template(path = "casework/desk.html")]
struct DeskPage {
    v: Visit,
    id: i64,
    heading: String,
    overdue: Vec<DueRow>,
    due: Vec<DueRow>,
    /// "Show all 312" when a list was cut to fit a phone's page.
    overdue_more: Option<String>,
    due_more: Option<String>,
    /// Each list's page, with its previous and next links.
    pager: super::listing::Pager,
    due_pager: super::listing::Pager,
    /// The search as she typed it (cleaned), and whether names are searched too.
    q: String,
    names_searched: bool,
    /// "Show all", keeping her search.
    all_href: String,
    not_asked: String,
    links: Vec<(String, String)>,
}

/// Rows shown in each list before "show all" and per page: a desk of hundreds of overdue
/// steps is a big page on 2G, and the oldest ones are what she acts on first.
const DESK_ROWS: usize = 40;

#[derive(serde::Deserialize)]
struct DeskQuery {
    all: Option<u8>,
    #[serde(default)]
    q: String,
    /// The page of the overdue list and of the week's list, each counted from 1.
    #[serde(default)]
    overdue_page: String,
    #[serde(default)]
    week_page: String,
}

#[tracing::instrument(skip_all)]
async fn desk(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<DeskQuery>) -> Result<Response, WebError> {
    // A term in the address is not read: searches are posted (see `listing`).
    desk_page(app, page, id, DeskQuery { q: String::new(), ..q }).await
}

/// The desk searched: the form posts its term, the answer is the desk with the matches.
#[tracing::instrument(skip_all)]
async fn desk_search(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    super::PageForm(q): super::PageForm<DeskQuery>,
) -> Result<Response, WebError> {
    desk_page(app, page, id, q).await
}

async fn desk_page(app: AppState, page: SignedInPage, id: i64, q: DeskQuery) -> Result<Response, WebError> {
    use super::listing;
    let SignedInPage { v, who } = page;
    let today = today();
    let until = today.checked_add(time::Duration::days(DAYS_AHEAD)).unwrap_or(today);
    let view = Access::new(&app, &who.actor, Channel::Web).casework_desk(CollectiveId(id), today, until).await?;
    // The search looks only at what the desk already shows: her code, and her name where
    // the policy gave it to this leader (read and audited by the desk itself).
    let term = listing::term(&q.q);
    let names_searched = view.members.values().any(|(_, name)| name.is_some());
    let found = |i: &&DueItem| {
        view.members.get(&i.member).is_some_and(|(code, name)| listing::matches(&term, code, name.as_ref().map(|n| n.expose().as_str())))
    };
    let (mut overdue, mut due): (Vec<&DueItem>, Vec<&DueItem>) = view.items.iter().filter(found).partition(|i| i.overdue);
    overdue.sort_by_key(|i| (i.due, i.case));
    due.sort_by_key(|i| (i.due, i.case));
    let all = q.all == Some(1);
    let more = |n: usize| (!all && n > DESK_ROWS).then(|| v.tr.t_args("casework-show-all", "count", n as i64));
    let (overdue_more, due_more) = (more(overdue.len()), more(due.len()));
    let size = if all { usize::MAX / 2 } else { DESK_ROWS };
    let (overdue_at, week_at) = (listing::page_number(&q.overdue_page), listing::page_number(&q.week_page));
    let href = |o: usize, w: usize, anchor: &str| format!("/collectives/{id}/casework?overdue_page={o}&week_page={w}#{anchor}");
    let (overdue, pager) = listing::page_or_found(&v.tr, overdue, &term, overdue_at, size, |p| href(p, week_at, "overdue"));
    let (due, due_pager) = listing::page_or_found(&v.tr, due, &term, week_at, size, |p| href(overdue_at, p, "due-week"));
    let overdue = overdue.into_iter().map(|i| due_row(&v.tr, &view, i, today)).collect();
    let due = due.into_iter().map(|i| due_row(&v.tr, &view, i, today)).collect();
    let links = v.casework_links(&id).into_iter().filter(|(href, _)| !href.ends_with("/casework")).collect();
    html(&DeskPage {
        id,
        heading: v.tr.t_args("casework-desk-heading", "collective", view.collective.clone()),
        not_asked: v.tr.t_args("casework-not-asked", "count", view.not_asked),
        overdue,
        due,
        overdue_more,
        due_more,
        pager,
        due_pager,
        all_href: format!("/collectives/{id}/casework?all=1"),
        q: term,
        names_searched,
        links,
        v,
    })
}

pub struct ReminderLine {
    pub when: String,
    pub text: String,
    pub new: bool,
}

#[derive(Template)]
#[template(path = "casework/reminders.html")]
struct RemindersPage {
    v: Visit,
    items: Vec<ReminderLine>,
    /// What is due on her own cases (a member's page only): inside the app, so it may name
    /// the step; the reminders sent elsewhere never do.
    due: Option<Vec<super::cases::DueRow>>,
}

/// Her cases' coming and overdue dates, soonest first, each leading to its case. `None` for
/// an account that is not a member's.
async fn due_for_her(app: &AppState, tr: &Tr, who: &SignedIn) -> Result<Option<Vec<super::cases::DueRow>>, WebError> {
    let Some(member) = who.actor.member() else { return Ok(None) };
    let access = Access::new(app, &who.actor, Channel::Web);
    // Her own cases are always hers to see; should the policy ever say otherwise, the page
    // still shows her messages.
    let mc = match access.member_cases(member).await {
        Ok(mc) => mc,
        Err(WebError::NotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let rows = mc
        .due
        .iter()
        .map(|d| super::cases::DueRow {
            case: d.case.0,
            title: tr.label("case-kind", d.kind.code()),
            what: super::cases::due_what(tr, &d.what),
            due: format::date(tr, d.due),
            overdue: d.overdue,
        })
        .collect();
    Ok(Some(rows))
}

/// Her own reminders, newest first; opening the page marks them read.
async fn my_reminders(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let account = who.account.id;
    let mut list = app.store.notifications(account).await?;
    list.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    if list.iter().any(|n| !n.read) {
        app.store.mark_notifications_read(account).await?;
    }
    let items = list
        .into_iter()
        .map(|n| ReminderLine { when: format::date(&v.tr, n.created_at.to_offset(time::macros::offset!(+5:30)).date()), text: n.text, new: !n.read })
        .collect();
    let due = due_for_her(&app, &v.tr, &who).await?;
    html(&RemindersPage { v, items, due })
}

/// The home page's reminders link with the number of unread ones, for anyone who has a
/// reminder or is a member (who may get one).
pub async fn home_badge(app: &AppState, tr: &Tr, who: &SignedIn) -> Result<Option<String>, WebError> {
    let list = app.store.notifications(who.account.id).await?;
    if list.is_empty() && who.actor.member().is_none() {
        return Ok(None);
    }
    let unread = list.iter().filter(|n| !n.read).count();
    Ok(Some(tr.t_args("casework-reminders-badge", "count", unread)))
}
