//! The federation's yearly view: its latest stored snapshot — the shown cells of every round
//! published by then whose period ends in the year, summed by state and by type of
//! institution — with the date it was made and the rounds it counts. The analyst makes a new
//! snapshot with a button; nothing here is computed per request.

use super::export::{self, Context, ScorecardOut};
use super::view::{self, CardView, Names};
use crate::access::{self, Access, FederationReport};
use crate::error::WebError;
use crate::format;
use crate::pages::{html, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_store::Channel;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Deserialize)]
pub struct YearQuery {
    year: Option<String>,
}

/// The year asked for, this year by default; anything else names nothing.
fn year(q: &YearQuery) -> Result<i32, WebError> {
    match q.year.as_deref().map(str::trim) {
        None | Some("") => Ok(today().year()),
        Some(y) => y.parse().ok().filter(|y| (2000..=2100).contains(y)).ok_or(WebError::NotFound),
    }
}

async fn report(app: &AppState, page: &SignedInPage, q: &YearQuery) -> Result<FederationReport, WebError> {
    Access::new(app, &page.who.actor, Channel::Web).federation_report(year(q)?).await
}

/// A round the snapshot counts: its title, period, and its public page.
pub struct CountedRound {
    pub title: String,
    pub period: String,
    pub slug: String,
}

#[derive(Template)]
#[template(path = "reports/federation.html")]
struct FederationPage {
    v: Visit,
    year: i32,
    /// "Score cards as of …" and how many rounds; empty when no snapshot was made.
    as_of: String,
    rounds_line: String,
    counted: Vec<CountedRound>,
    k_note: String,
    may_make: bool,
    cards: Vec<(String, CardView)>,
}

#[tracing::instrument(skip_all)]
pub async fn page(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let r = report(&app, &page, &q).await?;
    let tr = &page.v.tr;
    let institutions = BTreeMap::new();
    let mut cards = Vec::new();
    let (mut as_of, mut rounds_line, mut counted) = (String::new(), String::new(), Vec::new());
    if let Some(snap) = &r.snapshot {
        for (template, card) in &snap.cards {
            let (districts, states) = access::place_names(&app, card).await?;
            let names = Names { institutions: &institutions, districts: &districts, states: &states };
            cards.push((template.form.title.get(tr.lang()).to_owned(), view::card_view(tr, template, card, &names, false)));
        }
        as_of = tr.t_args("reports-as-of", "date", format::date(tr, snap.made_at.date()));
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("year", r.year.to_string());
        args.set("count", snap.rounds.len());
        rounds_line = tr.t_with("reports-federation-rounds", &args);
        counted = snap
            .rounds
            .iter()
            .map(|round| CountedRound {
                title: round.title.clone(),
                period: format!("{} – {}", format::date(tr, round.period_start), format::date(tr, round.period_end)),
                slug: round.public_slug.clone().unwrap_or_default(),
            })
            .collect();
    }
    let k_note = tr.t_args("reports-k-note", "k", r.k.get());
    html(&FederationPage { v: page.v, year: r.year, as_of, rounds_line, counted, k_note, may_make: r.may_make, cards })
}

#[derive(Deserialize)]
pub struct SnapshotForm {
    #[serde(default)]
    year: String,
}

/// The analyst's button: a new snapshot of the year's card, then back to the page.
#[tracing::instrument(skip_all)]
pub async fn make_snapshot(State(app): State<AppState>, page: SignedInPage, PageForm(f): PageForm<SnapshotForm>) -> Result<Response, WebError> {
    let year = year(&YearQuery { year: Some(f.year) })?;
    Access::new(&app, &page.who.actor, Channel::Web).make_federation_snapshot(year).await?;
    Ok(Redirect::to(&format!("/federation/scorecards?year={year}")).into_response())
}

#[derive(Serialize)]
struct FederationOut {
    year: i32,
    /// When the snapshot served was made (RFC 3339); absent when none was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<String>,
    /// How many published rounds it counts, and which.
    rounds: usize,
    counted_rounds: Vec<CountedOut>,
    scorecards: Vec<ScorecardOut>,
}

#[derive(Serialize)]
struct CountedOut {
    title: String,
    period_start: String,
    period_end: String,
}

/// By state and type only, like the page: institutions and districts are left out.
async fn out(app: &AppState, page: &SignedInPage, q: &YearQuery) -> Result<FederationOut, WebError> {
    let r = report(app, page, q).await?;
    let institutions = BTreeMap::new();
    let mut o = FederationOut { year: r.year, as_of: None, rounds: 0, counted_rounds: Vec::new(), scorecards: Vec::new() };
    let Some(snap) = &r.snapshot else { return Ok(o) };
    for (template, card) in &snap.cards {
        let (districts, states) = access::place_names(app, card).await?;
        let cx = Context { tr: &page.v.tr, template, institutions: &institutions, districts: &districts, states: &states };
        let mut s = export::scorecard_out(&cx, None, card);
        s.by_institution.clear();
        s.by_district.clear();
        o.scorecards.push(s);
    }
    o.as_of = snap.made_at.format(&time::format_description::well_known::Rfc3339).ok();
    o.rounds = snap.rounds.len();
    o.counted_rounds = snap
        .rounds
        .iter()
        .map(|round| CountedOut {
            title: round.title.clone(),
            period_start: round.period_start.to_string(),
            period_end: round.period_end.to_string(),
        })
        .collect();
    Ok(o)
}

#[tracing::instrument(skip_all)]
pub async fn csv(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let o = out(&app, &page, &q).await?;
    let body: String = o
        .scorecards
        .iter()
        .enumerate()
        .map(|(i, s)| if i == 0 { export::csv(s) } else { export::csv(s).lines().skip(1).map(|l| format!("{l}\n")).collect() })
        .collect();
    export::download(body, "text/csv; charset=utf-8", &format!("dhruva-federation-scorecards-{}.csv", o.year))
}

#[tracing::instrument(skip_all)]
pub async fn json(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let o = out(&app, &page, &q).await?;
    export::download(export::json_body(&o)?, "application/json", &format!("dhruva-federation-scorecards-{}.json", o.year))
}
