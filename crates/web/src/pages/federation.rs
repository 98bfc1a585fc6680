//! The federation's uses of members' data, each gated by her consent: whom it may contact,
//! how many are in research (and a de-identified download), whose story it may use.

use super::{html, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use dhruva_core::policy::Role;
use dhruva_store::Channel;

impl Visit {
    /// Whether to offer the federation-wide links on the home page. Only a hint: each page
    /// asks the policy about every member it shows.
    pub fn offers_federation_uses(&self) -> bool {
        self.signed_in.as_ref().is_some_and(|s| s.actor.has_role(Role::Analyst))
    }

    /// Whether to offer the list of members willing to share their story.
    pub fn offers_media_list(&self) -> bool {
        self.signed_in.as_ref().is_some_and(|s| s.actor.has_role(Role::Analyst) || s.actor.has_role(Role::Leader))
    }
}

#[derive(Template)]
#[template(path = "federation_contacts.html")]
struct ContactsPage {
    v: Visit,
    rows: Vec<(String, String, String)>,
    /// How many agreed in all, before any search.
    total: usize,
    q: String,
    pager: super::listing::Pager,
}

/// The members who agreed to the federation's contact, searched by code or name (each shown
/// to this reader by her consent) and paged.
pub async fn contacts(State(app): State<AppState>, page: SignedInPage, Query(query): Query<super::listing::ListQuery>) -> Result<Response, WebError> {
    // A term in the address is not read: searches are posted (see `listing`).
    contacts_page(app, page, super::listing::ListQuery { q: String::new(), page: query.page }).await
}

/// The contacts searched: the form posts its term, the answer is the page with the matches.
pub async fn contacts_search(
    State(app): State<AppState>,
    page: SignedInPage,
    PageForm(query): PageForm<super::listing::ListQuery>,
) -> Result<Response, WebError> {
    contacts_page(app, page, query).await
}

async fn contacts_page(app: AppState, page: SignedInPage, query: super::listing::ListQuery) -> Result<Response, WebError> {
    use super::listing;
    let SignedInPage { v, who } = page;
    let rows = Access::new(&app, &who.actor, Channel::Web).federation_contacts().await?;
    let total = rows.len();
    let q = listing::term(&query.q);
    let not_given = v.t("value-not-given");
    let found: Vec<(String, String, String)> = rows
        .into_iter()
        .filter(|r| listing::matches(&q, &r.code, Some(r.name.expose())))
        .map(|r| (r.code, r.name.into_inner(), r.phone.map(|p| p.into_inner()).unwrap_or_else(|| not_given.clone())))
        .collect();
    let href = |p: usize| format!("/federation/contacts?page={p}");
    let (rows, pager) = listing::page_or_found(&v.tr, found, &q, listing::page_number(&query.page), listing::PER_PAGE, href);
    html(&ContactsPage { v, rows, total, q, pager })
}

#[derive(Template)]
#[template(path = "federation_research.html")]
struct ResearchPage {
    v: Visit,
    count: String,
    generalised: String,
}

pub async fn research(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let count = Access::new(&app, &who.actor, Channel::Web).research_count().await?;
    let count = v.tr.t_args("federation-research-count", "count", count);
    let generalised = v.tr.t_args("federation-research-generalised", "k", crate::access::RESEARCH_MIN_CELL.get());
    html(&ResearchPage { v, count, generalised })
}

/// The de-identified file, as a download (never cached: it is fresh and random each time).
pub async fn research_download(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let export = Access::new(&app, &page.who.actor, Channel::Web).research_export().await?;
    let body = serde_json::to_vec_pretty(&export).map_err(|_| WebError::Internal("the research file could not be written"))?;
    let disposition = format!("attachment; filename=\"dhruva-research-{}.json\"", export.export);
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

#[derive(Template)]
#[template(path = "federation_media.html")]
struct MediaPage {
    v: Visit,
    rows: Vec<(String, String, String)>,
}

pub async fn media(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    if !v.offers_media_list() {
        return Err(WebError::NotFound);
    }
    let rows = Access::new(&app, &who.actor, Channel::Web).media_list().await?;
    let rows = rows.into_iter().map(|r| (r.code, r.name.into_inner(), r.collective)).collect();
    html(&MediaPage { v, rows })
}
