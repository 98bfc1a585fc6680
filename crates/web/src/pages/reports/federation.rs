//! The federation's yearly view: every published round whose period ends in the year,
//! counted together by state and by type of institution, with the same suppression.

use super::export::{self, Context, ScorecardOut};
use super::view::{self, CardView, Names};
use crate::access::{self, Access, FederationReport};
use crate::error::WebError;
use crate::pages::{html, SignedInPage};
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
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

#[derive(Template)]
#[template(path = "reports/federation.html")]
struct FederationPage {
    v: Visit,
    year: i32,
    rounds: String,
    k_note: String,
    cards: Vec<(String, CardView)>,
}

#[tracing::instrument(skip_all)]
pub async fn page(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let r = report(&app, &page, &q).await?;
    let tr = &page.v.tr;
    let institutions = BTreeMap::new();
    let mut cards = Vec::new();
    for (template, card) in &r.cards {
        let (districts, states) = access::place_names(&app, card).await?;
        let names = Names { institutions: &institutions, districts: &districts, states: &states };
        cards.push((template.form.title.get(tr.lang()).to_owned(), view::card_view(tr, template, card, &names, false)));
    }
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("year", r.year.to_string());
    args.set("count", r.rounds);
    let rounds = tr.t_with("reports-federation-rounds", &args);
    let k_note = tr.t_args("reports-k-note", "k", r.k.get());
    html(&FederationPage { v: page.v, year: r.year, rounds, k_note, cards })
}

#[derive(Serialize)]
struct FederationOut {
    year: i32,
    rounds: usize,
    scorecards: Vec<ScorecardOut>,
}

/// By state and type only, like the page: institutions and districts are left out.
async fn out(app: &AppState, page: &SignedInPage, q: &YearQuery) -> Result<FederationOut, WebError> {
    let r = report(app, page, q).await?;
    let institutions = BTreeMap::new();
    let mut scorecards = Vec::new();
    for (template, card) in &r.cards {
        let (districts, states) = access::place_names(app, card).await?;
        let cx = Context { tr: &page.v.tr, template, institutions: &institutions, districts: &districts, states: &states };
        let mut o = export::scorecard_out(&cx, None, card);
        o.by_institution.clear();
        o.by_district.clear();
        scorecards.push(o);
    }
    Ok(FederationOut { year: r.year, rounds: r.rounds, scorecards })
}

#[tracing::instrument(skip_all)]
pub async fn csv(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let o = out(&app, &page, &q).await?;
    let body: String = o.scorecards.iter().enumerate().map(|(i, s)| if i == 0 { export::csv(s) } else { export::csv(s).lines().skip(1).map(|l| format!("{l}\n")).collect() }).collect();
    export::download(body, "text/csv; charset=utf-8", &format!("dhruva-federation-scorecards-{}.csv", o.year))
}

#[tracing::instrument(skip_all)]
pub async fn json(State(app): State<AppState>, page: SignedInPage, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let o = out(&app, &page, &q).await?;
    export::download(export::json_body(&o)?, "application/json", &format!("dhruva-federation-scorecards-{}.json", o.year))
}
