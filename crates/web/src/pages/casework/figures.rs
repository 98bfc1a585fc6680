//! Compensation figures for advocacy: a collective's, the federation's, and an authority's
//! beside its ratings on a score card — each read from the latest stored release, dated on the
//! page, and the analyst's "publish figures now". Every number is already suppressed by
//! `dhruva_core::cases::figures::release`; this only formats (rupees in lakhs and crores, days,
//! percentages) and says "fewer than k" where a figure is withheld.

use super::super::{html, Id, PageForm, SignedInPage};
use crate::access::{self, figure_key, Access, HeldRows, Released};
use crate::error::WebError;
use crate::format::{self, indian_number};
use crate::i18n::Tr;
use crate::state::{now, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse as _, Redirect, Response};
use dhruva_core::cases::figures::{FigureKey, FigureRow, Figures};
use dhruva_core::scorecard::Published;
use dhruva_core::{CollectiveId, InstitutionId};
use dhruva_store::cases::RELEASE_MIN_CELL;
use dhruva_store::Channel;
use std::collections::BTreeMap;

/// One row of a figures table, formatted.
pub struct FigureLine {
    pub name: String,
    pub claims: String,
    pub stages: String,
    pub claimed: String,
    pub awarded: String,
    pub received: String,
    pub median: String,
    pub in_time: String,
    /// "as of 1 November 2026" when the row is withheld now and shown as an earlier release
    /// showed it.
    pub held: Option<String>,
}

struct Fmt<'a> {
    tr: &'a Tr,
    suppressed: String,
    held: &'a HeldRows,
}

impl<'a> Fmt<'a> {
    fn new(tr: &'a Tr, k: u32, held: &'a HeldRows) -> Self {
        Fmt { tr, suppressed: tr.t_args("casework-suppressed", "k", k), held }
    }

    /// The row as this release shows it, or — withheld now — as the last release that showed
    /// it did, with that release's date.
    fn line(&self, row: &FigureRow, names: &BTreeMap<String, String>) -> FigureLine {
        match (row.claims.shown(), self.held.get(&row.key)) {
            (None, Some((on, earlier))) => {
                let mut line = self.line_of(earlier, names);
                line.held = Some(self.tr.t_args("figures-held-as-of", "date", format::date(self.tr, *on)));
                line
            }
            _ => self.line_of(row, names),
        }
    }

    fn show<T>(&self, p: &Published<T>, f: impl Fn(&T) -> String) -> String {
        match p {
            Published::Shown(v) => f(v),
            Published::Suppressed => self.suppressed.clone(),
        }
    }

    fn line_of(&self, row: &FigureRow, names: &BTreeMap<String, String>) -> FigureLine {
        let name = match &row.key {
            FigureKey::Total => self.tr.t("casework-figures-total"),
            key => names.get(&figure_key(key)).cloned().unwrap_or_else(|| match key {
                FigureKey::District(d) => d.to_string(),
                FigureKey::State(s) => s.clone(),
                _ => self.tr.t("casework-none"),
            }),
        };
        let count = |n: &u64| indian_number(i64::try_from(*n).unwrap_or(i64::MAX));
        let rupees = |n: &i64| format!("₹{}", indian_number(*n));
        let stages = row
            .by_status
            .iter()
            .map(|(state, n)| format!("{}: {}", self.tr.label("case-state", state.code()), self.show(n, count)))
            .collect::<Vec<_>>()
            .join(", ");
        FigureLine {
            name,
            claims: self.show(&row.claims, count),
            stages: if stages.is_empty() { self.tr.t("casework-none") } else { stages },
            claimed: self.show(&row.claimed, rupees),
            awarded: self.show(&row.awarded, rupees),
            received: self.show(&row.received, rupees),
            median: self.show(&row.median_days_to_decision, |d| format!("{d:.0}")),
            in_time: self.show(&row.decided_in_time, |s| format!("{:.0}%", s * 100.0)),
            held: None,
        }
    }
}

/// The figures' sections as (id, heading, rows); `one_collective` leaves out "by collective"
/// (it would repeat the total).
fn sections(
    tr: &Tr,
    f: &Figures,
    held: &HeldRows,
    names: &BTreeMap<String, String>,
    one_collective: bool,
) -> Vec<(&'static str, String, Vec<FigureLine>)> {
    let fmt = Fmt::new(tr, f.k.get(), held);
    let lines = |rows: &[FigureRow]| rows.iter().map(|r| fmt.line(r, names)).collect::<Vec<_>>();
    let mut out = vec![("figures-total", tr.t("casework-figures-total"), vec![fmt.line(&f.total, names)])];
    if !one_collective {
        out.push(("figures-by-collective", tr.t("casework-figures-by-collective"), lines(&f.by_collective)));
    }
    out.push(("figures-by-district", tr.t("casework-figures-by-district"), lines(&f.by_district)));
    out.push(("figures-by-state", tr.t("casework-figures-by-state"), lines(&f.by_state)));
    out.push(("figures-by-authority", tr.t("casework-figures-by-authority"), lines(&f.by_authority)));
    out.retain(|(_, _, rows)| !rows.is_empty());
    out
}

#[derive(Template)]
#[template(path = "casework/figures.html")]
struct FiguresPage {
    v: Visit,
    heading: String,
    k_note: String,
    /// "Figures as of 6 December 2026"; `None` before the first release.
    as_of: Option<String>,
    /// On a collective's page: the places and authorities count every collective's claims.
    shared_note: Option<String>,
    empty: bool,
    sections: Vec<(&'static str, String, Vec<FigureLine>)>,
    /// The analyst's "publish figures now".
    publish: bool,
    /// Dates of the releases before the one shown, newest first (the analyst's page).
    earlier: Vec<String>,
}

fn figures_page(v: Visit, scope: String, released: Option<&Released>, names: &BTreeMap<String, String>, one_collective: bool) -> FiguresPage {
    let k = released.map_or(RELEASE_MIN_CELL.get(), |r| r.figures.k.get());
    let (as_of, empty, sections) = match released {
        Some(r) => {
            let empty = r.figures.total.claims == Published::Shown(0);
            let sections = if empty { Vec::new() } else { sections(&v.tr, &r.figures, &r.held, names, one_collective) };
            (Some(as_of_text(&v.tr, r.as_of)), empty, sections)
        }
        None => (None, false, Vec::new()),
    };
    FiguresPage {
        heading: v.tr.t_args("casework-figures-heading", "scope", scope),
        k_note: v.tr.t_args("casework-figures-k", "k", k),
        as_of,
        shared_note: (one_collective && released.is_some()).then(|| v.tr.t("casework-figures-shared")),
        sections,
        empty,
        publish: false,
        earlier: Vec::new(),
        v,
    }
}

/// "Figures as of 6 December 2026", in the reader's language.
fn as_of_text(tr: &Tr, on: time::Date) -> String {
    tr.t_args("figures-as-of", "date", format::date(tr, on))
}

#[tracing::instrument(skip_all)]
pub async fn collective(State(app): State<AppState>, p: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (name, released) = access.collective_case_figures(CollectiveId(id)).await?;
    let names = match &released {
        Some(r) => access.figure_names(&r.figures).await?,
        None => BTreeMap::new(),
    };
    let mut page = figures_page(v, name, released.as_ref(), &names, true);
    // Before the first release the analyst can make one from here too.
    page.publish = released.is_none() && access.may_publish_figures();
    html(&page)
}

#[tracing::instrument(skip_all)]
pub async fn federation(State(app): State<AppState>, p: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let released = access.federation_case_figures().await?;
    let names = match &released {
        Some(r) => access.figure_names(&r.figures).await?,
        None => BTreeMap::new(),
    };
    let releases = access.figure_releases().await?;
    let scope = v.t("casework-figures-federation");
    let mut page = figures_page(v, scope, released.as_ref(), &names, false);
    page.publish = access.may_publish_figures();
    // The first in the list is the release shown.
    page.earlier = releases.iter().skip(1).map(|r| format::date(&page.v.tr, r.as_of)).collect();
    html(&page)
}

/// The analyst's "publish figures now": a new release from the claims as they are, then
/// back to the federation's figures, which show it.
#[tracing::instrument(skip_all)]
pub async fn publish(State(app): State<AppState>, p: SignedInPage, PageForm(_): PageForm<PublishForm>) -> Result<Response, WebError> {
    let SignedInPage { who, .. } = p;
    Access::new(&app, &who.actor, Channel::Web).publish_figures(now()).await?;
    Ok(Redirect::to("/federation/casework").into_response())
}

/// Only the CSRF token, which the visit has already checked.
#[derive(serde::Deserialize)]
pub struct PublishForm {}

/// The authority rows of the latest release for the institutions on a score card, formatted,
/// with the release's date. Suppressed aggregates only, so the public page may show them too.
pub struct ScorecardFigures {
    /// "Figures as of …" (empty when there are no lines).
    pub as_of: String,
    pub lines: Vec<FigureLine>,
}

impl ScorecardFigures {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Empty when there is no release yet or it names none of the card's institutions.
pub async fn scorecard_lines<T>(app: &AppState, tr: &Tr, institutions: &BTreeMap<InstitutionId, T>) -> Result<ScorecardFigures, WebError> {
    let ids: Vec<InstitutionId> = institutions.keys().copied().collect();
    let none = || ScorecardFigures { as_of: String::new(), lines: Vec::new() };
    let Some((as_of, rows, held)) = access::authority_figures(app, &ids).await? else { return Ok(none()) };
    if rows.is_empty() {
        return Ok(none());
    }
    let names = access::figure_names(app, rows.iter().map(|(_, r)| r)).await?;
    let fmt = Fmt::new(tr, access::case_min_cell(app).get(), &held);
    Ok(ScorecardFigures { as_of: as_of_text(tr, as_of), lines: rows.iter().map(|(_, r)| fmt.line(r, &names)).collect() })
}
