//! Score card reports: a round's score card (page, CSV, JSON) for those allowed to see it,
//! the federation's yearly view, and published rounds' public pages (in [`public`]).
//! Every number comes from [`crate::access`]'s stored cards; pages only format them.

pub mod export;
mod federation;
pub mod public;
pub mod view;

use super::{html, Id, SignedInPage};
use crate::access::{self, Access, RoundReport};
use crate::error::WebError;
use crate::format;
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::RoundId;
use dhruva_store::Channel;
use export::{Context, ScorecardOut};
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;
use view::{ActionLine, CardView, Names, ScoresLine};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/scorecard", get(round_page))
        .route("/rounds/{id}/scorecard.csv", get(round_csv))
        .route("/rounds/{id}/scorecard.json", get(round_json))
        .route("/federation/scorecards", get(federation::page))
        .route("/federation/scorecards/snapshot", post(federation::make_snapshot))
        .route("/federation/scorecards.csv", get(federation::csv))
        .route("/federation/scorecards.json", get(federation::json))
}

pub use public::public_routes;

#[derive(Template)]
#[template(path = "reports/scorecard.html")]
pub struct ScorecardPage {
    pub v: Visit,
    pub title: String,
    pub period: String,
    pub k_note: String,
    pub prepared: String,
    /// "Score card as of …": the day its stored card was made (empty before it is closed).
    pub as_of: String,
    pub card: Option<CardView>,
    pub trend: Option<String>,
    pub focus_groups: Vec<ScoresLine>,
    pub self_assessments: Vec<ScoresLine>,
    pub plan: Vec<ActionLine>,
    pub previous_plan: Option<(String, Vec<ActionLine>)>,
    /// Where the CSV and JSON of this score card are.
    pub files: String,
    pub public: bool,
    /// Compensation figures from casework for the institutions on the card (suppressed).
    pub casework: crate::pages::casework::figures::ScorecardFigures,
}

/// District and state names for a report's card (empty when there is no card yet).
pub(crate) async fn places(app: &AppState, r: &RoundReport) -> Result<(BTreeMap<String, String>, BTreeMap<String, String>), WebError> {
    match &r.card {
        Some(card) => access::place_names(app, card).await,
        None => Ok((BTreeMap::new(), BTreeMap::new())),
    }
}

/// The page of a round's report; `public` leaves out what only participants read.
pub(crate) async fn scorecard_page(app: &AppState, v: Visit, r: RoundReport, files: String, public: bool) -> Result<ScorecardPage, WebError> {
    let tr = &v.tr;
    let (districts, states) = places(app, &r).await?;
    let casework = crate::pages::casework::figures::scorecard_lines(app, tr, &r.institutions).await?;
    let names = Names { institutions: &r.institutions, districts: &districts, states: &states };
    let mut args = FluentArgs::new();
    args.set("from", format::date(tr, r.round.period_start));
    args.set("to", format::date(tr, r.round.period_end));
    let inst_name = |id| r.institutions.get(&id).map(|i| i.name.clone()).unwrap_or_default();
    let focus_groups = r
        .focus_groups
        .iter()
        .map(|(who, g)| view::scores_line(tr, r.template, who.clone().unwrap_or_default(), inst_name(g.institution), g, !public))
        .collect();
    let self_assessments =
        r.self_assessments.iter().map(|g| view::scores_line(tr, r.template, String::new(), inst_name(g.institution), g, !public)).collect();
    let previous_plan = match &r.previous_plan {
        Some((prev, actions)) => {
            let ids: Vec<_> = actions.iter().filter_map(|a| a.institution).collect();
            let names = access::institutions_named(app, ids).await?;
            Some((prev.title.clone(), view::action_lines(tr, &names, actions)))
        }
        None => None,
    };
    Ok(ScorecardPage {
        title: r.round.title.clone(),
        period: tr.t_with("reports-period", &args),
        k_note: tr.t_args("reports-k-note", "k", r.k.get()),
        prepared: tr.t_args("reports-prepared", "date", format::date(tr, today())),
        as_of: r.made_at.map(|at| tr.t_args("reports-as-of", "date", format::date(tr, at.date()))).unwrap_or_default(),
        card: r.card.as_ref().map(|c| view::card_view(tr, r.template, c, &names, true)),
        trend: view::trend_chart(tr, r.template, &r.trend),
        // Never on the public page, whatever the report holds.
        focus_groups: if public { Vec::new() } else { focus_groups },
        self_assessments,
        plan: view::action_lines(tr, &r.institutions, &r.plan),
        previous_plan,
        files,
        public,
        casework,
        v,
    })
}

/// The score card as the files and the API give it; `NotFound` until there are results.
pub(crate) async fn scorecard_out(app: &AppState, tr: &crate::i18n::Tr, r: &RoundReport) -> Result<ScorecardOut, WebError> {
    let card = r.card.as_ref().ok_or(WebError::NotFound)?;
    let (districts, states) = places(app, r).await?;
    let cx = Context { tr, template: r.template, institutions: &r.institutions, districts: &districts, states: &states };
    Ok(export::scorecard_out(&cx, Some(&r.round), card))
}

#[tracing::instrument(skip_all)]
async fn round_page(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let r = Access::new(&app, &who.actor, Channel::Web).round_report(RoundId(id)).await?;
    html(&scorecard_page(&app, v, r, format!("/rounds/{id}/scorecard"), false).await?)
}

#[tracing::instrument(skip_all)]
async fn round_csv(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let r = Access::new(&app, &page.who.actor, Channel::Web).round_report(RoundId(id)).await?;
    let out = scorecard_out(&app, &page.v.tr, &r).await?;
    export::download(export::csv(&out), "text/csv; charset=utf-8", &format!("dhruva-scorecard-{id}.csv"))
}

#[tracing::instrument(skip_all)]
async fn round_json(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let r = Access::new(&app, &page.who.actor, Channel::Web).round_report(RoundId(id)).await?;
    let out = scorecard_out(&app, &page.v.tr, &r).await?;
    export::download(export::json_body(&out)?, "application/json", &format!("dhruva-scorecard-{id}.json"))
}
