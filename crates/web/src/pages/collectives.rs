//! The collectives the visitor may see, and one collective with its members.

use super::listing::{self, ListQuery, Pager};
use super::view::{collective_row, collective_rows, roster_rows, CollectiveRow, Places, RosterRow};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use dhruva_core::CollectiveId;
use dhruva_store::Channel;

#[derive(Template)]
#[template(path = "collectives.html")]
struct ListPage {
    v: Visit,
    collectives: Vec<CollectiveRow>,
}

pub async fn list(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let visible = Access::new(&app, &who.actor, Channel::Web).visible_collectives().await?;
    let collectives = collective_rows(&v.tr, &mut Places::new(&app), &visible).await?;
    html(&ListPage { v, collectives })
}

#[derive(Template)]
#[template(path = "collective.html")]
struct DetailPage {
    v: Visit,
    c: CollectiveRow,
    /// Its registry record: names, stage history, registration, partners with dates, closing.
    registry: super::registry_edit::RegistryPanel,
    /// `None` when the visitor may see the collective but not who is in it.
    roster: Option<Vec<RosterRow>>,
    member_count: String,
    names_shown: bool,
    /// The search as she typed it (cleaned), and the page of the roster shown.
    q: String,
    pager: Pager,
    /// Whether the visitor may see the collective's score card rounds.
    rounds_link: bool,
}

pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(query): Query<ListQuery>) -> Result<Response, WebError> {
    // A term in the address is not read: searches are posted (see `listing`).
    detail(app, page, id, ListQuery { q: String::new(), page: query.page }).await
}

/// The roster searched: the form posts its term, the answer is the page with the matches.
pub async fn search(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(query): PageForm<ListQuery>) -> Result<Response, WebError> {
    detail(app, page, id, query).await
}

async fn detail(app: AppState, page: SignedInPage, id: i64, query: ListQuery) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let collective = access.collective(CollectiveId(id)).await?;
    // The roster as the policy lets her see it (names read and audited where allowed); the
    // search then only looks through that, in memory.
    let roster = access.roster(&collective).await?.map(|entries| roster_rows(&v.tr, &collective, entries));
    let registry = super::registry_edit::panel(&app, &v, &access, &collective).await?;
    let count = roster.as_ref().map_or(0, Vec::len);
    let names_shown = roster.iter().flatten().any(|m| m.name.is_some());
    let q = listing::term(&query.q);
    let at = listing::page_number(&query.page);
    let href = |p: usize| format!("/collectives/{id}?page={p}#roster");
    let (roster, pager) = match roster {
        Some(rows) => {
            let found: Vec<RosterRow> = rows.into_iter().filter(|m| listing::matches(&q, &m.code, m.name.as_deref())).collect();
            let (shown, pager) = listing::page_or_found(&v.tr, found, &q, at, listing::PER_PAGE, href);
            (Some(shown), pager)
        }
        None => (None, Pager { line: String::new(), previous: None, next: None }),
    };
    let facts = dhruva_core::policy::CollectiveFacts { id: collective.id, partners: collective.partners.clone() };
    let rounds_link = access.decide(dhruva_core::policy::Action::ViewCollective, dhruva_core::policy::Resource::Collective(&facts)).allowed;
    html(&DetailPage {
        c: collective_row(&v.tr, &mut Places::new(&app), &collective).await?,
        registry,
        names_shown,
        member_count: v.tr.t_args("collective-members-heading", "count", count),
        roster,
        q,
        pager,
        rounds_link,
        v,
    })
}
