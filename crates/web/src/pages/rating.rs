//! A member rates the institutions of an open round from her phone: one screen per
//! institution, a row of big faces per indicator, then on to the next one she has not rated.
//! She can come back and change her answers while the round is open; nobody else ever sees
//! them (the store keeps them under her key, and no page here reads anyone else's).

use super::rounds::common::{chosen_points, indicator_views, unprocessable, IndicatorView, Ids};
use super::rounds::refused_for;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, RoundView};
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::{InstitutionId, RoundId};
use dhruva_store::scorecards::{Institution, RatingAnswers, ScorecardError};
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::BTreeMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/rate", get(list))
        .route("/rounds/{id}/rate/{institution}", get(form).post(submit))
}

/// The round's institutions, in the order planned. One missing from the registry is skipped.
pub async fn institutions_of(app: &AppState, view: &RoundView) -> Result<Vec<Institution>, WebError> {
    let mut out = Vec::with_capacity(view.round.institutions.len());
    for id in &view.round.institutions {
        if let Some(i) = app.store.institution(*id).await? {
            out.push(i);
        }
    }
    Ok(out)
}

/// A round she can rate in: she is a member of a collective taking part. Anyone else gets
/// "not found", exactly as for a round that does not exist.
async fn her_round(access: &Access<'_>, id: i64) -> Result<RoundView, WebError> {
    let view = access.round(RoundId(id)).await?;
    if view.rater.is_none() {
        return Err(WebError::NotFound);
    }
    Ok(view)
}

pub struct RateRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub rated: bool,
}

#[derive(Template)]
#[template(path = "scorecards/rate_list.html")]
struct ListPage {
    v: Visit,
    id: i64,
    title: String,
    open: bool,
    saved: bool,
    next: Option<i64>,
    rows: Vec<RateRow>,
}

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

async fn list(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<Saved>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let rated = access.my_rated(&view).await?;
    let rows: Vec<RateRow> = institutions_of(&app, &view)
        .await?
        .into_iter()
        .map(|i| RateRow { id: i.id.0, kind: v.tr.label("institution-type", i.kind.code()), rated: rated.contains(&i.id), name: i.name })
        .collect();
    let open = view.round.status == RoundStatus::Open;
    let next = rows.iter().find(|r| !r.rated).map(|r| r.id).filter(|_| open);
    html(&ListPage { v, id, title: view.round.title.clone(), open, saved: q.saved.is_some(), next, rows })
}

#[derive(Template)]
#[template(path = "scorecards/rate.html")]
struct RatePage {
    v: Visit,
    id: i64,
    institution_id: i64,
    institution: String,
    kind: String,
    indicators: Vec<IndicatorView>,
    has_errors: bool,
    changing: bool,
    saved: bool,
}

async fn institution_in(app: &AppState, view: &RoundView, institution: i64) -> Result<Institution, WebError> {
    let id = InstitutionId(institution);
    if !view.round.institutions.contains(&id) {
        return Err(WebError::NotFound);
    }
    app.store.institution(id).await?.ok_or(WebError::NotFound)
}

fn template_of(view: &RoundView) -> Result<&'static dhruva_forms::scorecard::Template, WebError> {
    dhruva_forms::scorecard::template(&view.round.template).ok_or(WebError::Internal("a round names a template that is not built in"))
}

async fn form(State(app): State<AppState>, page: SignedInPage, Ids(id, institution): Ids, Query(q): Query<Saved>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let inst = institution_in(&app, &view, institution).await?;
    if view.round.status != RoundStatus::Open {
        return Ok(Redirect::to(&format!("/rounds/{id}/rate")).into_response());
    }
    let mine = access.my_rating(&view, inst.id).await?;
    let chosen: BTreeMap<String, usize> = mine.iter().flat_map(|m| m.points.iter().cloned()).collect();
    let indicators = indicator_views(template_of(&view)?, inst.kind, v.tr.lang(), &chosen, &BTreeMap::new());
    html(&RatePage {
        id,
        institution_id: institution,
        kind: v.tr.label("institution-type", inst.kind.code()),
        institution: inst.name,
        indicators,
        has_errors: false,
        changing: mine.is_some(),
        saved: q.saved.is_some(),
        v,
    })
}

async fn submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Ids(id, institution): Ids,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let inst = institution_in(&app, &view, institution).await?;
    // A closed round is said to be closed, before any complaint about her answers.
    if view.round.status != RoundStatus::Open {
        return refused_for(v, &ScorecardError::RoundNotOpen(view.round.status.code()), view.round.id);
    }
    let template = template_of(&view)?;
    let (chosen, errors) = chosen_points(template, inst.kind, &fields, &v.tr);
    if !errors.is_empty() {
        let indicators = indicator_views(template, inst.kind, v.tr.lang(), &chosen, &errors);
        return unprocessable(&RatePage {
            id,
            institution_id: institution,
            kind: v.tr.label("institution-type", inst.kind.code()),
            institution: inst.name,
            indicators,
            has_errors: true,
            changing: false,
            saved: false,
            v,
        });
    }
    let answers = RatingAnswers { points: chosen.into_iter().collect() };
    if let Err(e) = access.rate(&view, inst.id, &answers).await? {
        return refused_for(v, &e, view.round.id);
    }
    let rated = access.my_rated(&view).await?;
    let next = view.round.institutions.iter().find(|i| !rated.contains(i) && **i != inst.id);
    let to = match next {
        Some(n) => format!("/rounds/{id}/rate/{}?saved=1", n.0),
        None => format!("/rounds/{id}/rate?saved=1"),
    };
    Ok(Redirect::to(&to).into_response())
}
