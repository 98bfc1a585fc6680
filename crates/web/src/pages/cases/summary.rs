//! A one-page summary of one case, to print and carry to an office: what it is, where it
//! stands, its key dates, what is due next, the authority and her references — in the
//! reader's language. It is read through the same road as the case page
//! ([`Access::case`](crate::access::Access): the same policy decision, the same audited
//! read), so anyone who may not open the case gets the same "not found" as for a case that
//! does not exist. Never kept by a browser or proxy (`no-store`).

use super::show::detail_rows;
use super::{case_title, state_label, state_since};
use crate::access::{Access, CaseView};
use crate::error::WebError;
use crate::format;
use crate::pages::{Id, SignedInPage};
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use dhruva_core::CaseId;
use dhruva_store::cases::TimelineEntry;
use dhruva_store::Channel;

/// A dated line of the summary: a label and its date in words.
pub struct DateLine {
    pub label: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "cases/summary.html")]
struct SummaryPage {
    v: Visit,
    id: i64,
    title: String,
    state: String,
    authority: Option<String>,
    /// The case's first date, stage changes and hearings, oldest first.
    dates: Vec<DateLine>,
    /// Deadlines not yet met, soonest first, and the next hearing.
    next: Vec<DateLine>,
    references: Vec<(String, String)>,
    printed: String,
}

async fn authority(app: &AppState, view: &CaseView) -> Result<Option<String>, WebError> {
    if let Some(i) = view.case.summary.authority {
        if let Some(inst) = app.store.institution(i).await? {
            return Ok(Some(inst.name));
        }
    }
    Ok(view.case.authority_name.as_ref().map(|n| n.expose().clone()))
}

fn lines(v: &Visit, view: &CaseView) -> (Vec<DateLine>, Vec<DateLine>) {
    let tr = &v.tr;
    let mut dates = Vec::new();
    let mut next: Vec<(time::Date, DateLine)> = Vec::new();
    for e in &view.timeline {
        match e {
            TimelineEntry::Opened { on, .. } => dates.push((*on, DateLine { label: tr.t("nav-summary-opened"), date: format::date(tr, *on) })),
            TimelineEntry::StateChanged { on, to, .. } => {
                dates.push((*on, DateLine { label: tr.t_args("nav-summary-moved-to", "state", state_label(tr, *to)), date: format::date(tr, *on) }));
            }
            TimelineEntry::Hearing { on, next_on, .. } => {
                dates.push((*on, DateLine { label: tr.t("nav-summary-hearing"), date: format::date(tr, *on) }));
                // A hearing's next date matters only while it is still ahead.
                if let Some(n) = next_on.filter(|n| *n >= today()) {
                    next.push((n, DateLine { label: tr.t("nav-summary-next-hearing"), date: format::date(tr, n) }));
                }
            }
            TimelineEntry::Deadline { deadline, .. } if deadline.met_on.is_none() => {
                let status = super::timeline::deadline_status(tr, deadline);
                next.push((
                    deadline.due,
                    DateLine { label: tr.label("deadline", &deadline.rule.id), date: format!("{} · {status}", format::date(tr, deadline.due)) },
                ));
            }
            _ => {}
        }
    }
    dates.sort_by_key(|(d, _)| *d);
    next.sort_by_key(|(d, _)| *d);
    (dates.into_iter().map(|(_, l)| l).collect(), next.into_iter().map(|(_, l)| l).collect())
}

pub async fn summary(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let view = Access::new(&app, &who.actor, Channel::Web).case(CaseId(id)).await?;
    let s = &view.case.summary;
    let (dates, next) = lines(&v, &view);
    let body = SummaryPage {
        id,
        title: case_title(&v.tr, s),
        state: state_since(&v.tr, s.state, s.state_since),
        authority: authority(&app, &view).await?,
        dates,
        next,
        references: detail_rows(&v.tr, dhruva_forms::cases::form(s.kind), view.case.details.expose()),
        printed: v.tr.t_args("nav-summary-printed", "date", format::date(&v.tr, today())),
        v,
    }
    .render()?;
    let mut response = Html(body).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
