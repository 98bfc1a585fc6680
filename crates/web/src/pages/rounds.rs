//! Rounds of the score card cycle: a collective's rounds, planning one, and the round page
//! that moves it forward (open, close, publish) and links to every step.

pub mod common;
mod confirm;
pub mod show;

use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::AppState;
use crate::validate::{self, FieldErrors, Messages};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use common::{parse_date, refused, unprocessable};
use dhruva_core::policy::Role;
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::{CollectiveId, InstitutionId, RoundId};
use dhruva_store::scorecards::{InstitutionFilter, NewRound, Round, MAX_TITLE_CHARS};
use dhruva_store::Channel;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/rounds", get(list))
        .route("/collectives/{id}/rounds/new", get(plan_form).post(plan_submit))
        .route("/rounds/{id}", get(show::show))
        .route("/rounds/{id}/advance", get(confirm::show).post(show::advance))
        .merge(super::rating::routes())
        .merge(super::cycle::routes())
}

pub struct RoundRow {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub period: String,
}

pub fn period(v: &Visit, r: &Round) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("from", format::date(&v.tr, r.period_start));
    args.set("to", format::date(&v.tr, r.period_end));
    v.tr.t_with("round-period", &args)
}

#[derive(Template)]
#[template(path = "scorecards/rounds.html")]
struct ListPage {
    v: Visit,
    collective_id: i64,
    collective: String,
    rounds: Vec<RoundRow>,
    may_plan: bool,
}

async fn list(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let c = access.collective(CollectiveId(id)).await?;
    let (rounds, may_plan) = access.collective_rounds(c.id).await?;
    let rounds = rounds
        .iter()
        .map(|r| RoundRow { id: r.id.0, title: r.title.clone(), status: v.tr.label("round-status", r.status.code()), period: period(&v, r) })
        .collect();
    html(&ListPage { v, collective_id: id, collective: c.name, rounds, may_plan })
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "scorecards/round_new.html")]
struct PlanPage {
    v: Visit,
    action: String,
    title: String,
    start: String,
    end: String,
    templates: Vec<Choice>,
    collectives: Vec<Choice>,
    institutions: Vec<Choice>,
    previous: Vec<Choice>,
    error: Option<String>,
    errors: Messages,
    max_title: usize,
}

/// What was posted (repeated checkbox fields, so kept as pairs).
struct Posted(Vec<(String, String)>);

impl Posted {
    fn one(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
    }
    fn ids(&self, name: &str) -> Vec<i64> {
        self.0.iter().filter(|(k, _)| k == name).filter_map(|(_, v)| v.parse().ok()).collect()
    }
}

async fn plan_page(
    app: &AppState,
    v: Visit,
    access: &Access<'_>,
    organiser: CollectiveId,
    posted: &Posted,
    error: Option<String>,
) -> Result<PlanPage, WebError> {
    let c = access.collective(organiser).await?;
    let lang = v.tr.lang();
    let template = posted.one("template");
    let templates = dhruva_forms::scorecard::builtin()
        .iter()
        .map(|t| Choice {
            checked: t.id() == template || (template.is_empty() && t.id() == "standard"),
            value: t.id().to_owned(),
            label: t.form.title.get(lang).to_owned(),
        })
        .collect();
    let chosen = posted.ids("collectives");
    let collectives = access
        .visible_collectives()
        .await?
        .into_iter()
        .map(|x| Choice { checked: x.id == organiser || chosen.contains(&x.id.0), value: x.id.0.to_string(), label: x.name })
        .collect();
    // Institutions of the organiser's state: a whole country's would not fit on a phone.
    let state = c.district.state();
    let picked = posted.ids("institutions");
    let institutions = access
        .institutions(&InstitutionFilter::default())
        .await?
        .into_iter()
        .filter(|i| i.district.state() == state)
        .map(|i| Choice {
            checked: picked.contains(&i.id.0),
            value: i.id.0.to_string(),
            label: format!("{} — {}", i.name, v.tr.label("institution-type", i.kind.code())),
        })
        .collect();
    let prev = posted.one("previous");
    let previous = access
        .collective_rounds(organiser)
        .await?
        .0
        .into_iter()
        .filter(|r| r.organiser == organiser)
        .map(|r| Choice { checked: prev == r.id.0.to_string(), value: r.id.0.to_string(), label: r.title })
        .collect();
    let _ = app;
    Ok(PlanPage {
        action: format!("/collectives/{}/rounds/new", organiser.0),
        title: posted.one("title"),
        start: posted.one("start"),
        end: posted.one("end"),
        templates,
        collectives,
        institutions,
        previous,
        error,
        errors: Messages::default(),
        max_title: MAX_TITLE_CHARS,
        v,
    })
}

async fn plan_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    access.require_on_collective(CollectiveId(id), dhruva_core::policy::Action::PlanRound).await?;
    html(&plan_page(&app, v, &access, CollectiveId(id), &Posted(Vec::new()), None).await?)
}

async fn plan_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let organiser = CollectiveId(id);
    let posted = Posted(fields);
    let start = parse_date(&posted.one("start"));
    let end = parse_date(&posted.one("end"));
    let mut errors = FieldErrors::default();
    let title = validate::required_text("title", &posted.one("title"), MAX_TITLE_CHARS, &mut errors);
    let mut collectives: Vec<CollectiveId> = posted.ids("collectives").into_iter().map(CollectiveId).collect();
    if !collectives.contains(&organiser) {
        collectives.insert(0, organiser);
    }
    let institutions: Vec<InstitutionId> = posted.ids("institutions").into_iter().map(InstitutionId).collect();
    let problem = if title.is_empty() {
        Some("round-error-title")
    } else if !errors.is_empty() {
        Some("error-invalid")
    } else if start.is_none() || end.is_none() {
        Some("round-error-dates")
    } else if institutions.is_empty() {
        Some("round-error-institutions")
    } else {
        None
    };
    let (Some(period_start), Some(period_end), None) = (start, end, problem) else {
        let error = problem.map(|k| v.t(k));
        let mut page = plan_page(&app, v, &access, organiser, &posted, error).await?;
        page.errors = errors.messages(&page.v.tr);
        return unprocessable(&page);
    };
    let new = NewRound {
        organiser,
        collectives,
        institutions,
        template: posted.one("template"),
        title,
        period_start,
        period_end,
        previous: posted.one("previous").parse().ok().map(RoundId),
    };
    match validate::store_refusal(access.plan_round(&new).await)? {
        Ok(Ok(round)) => Ok(Redirect::to(&format!("/rounds/{}", round.0)).into_response()),
        Ok(Err(e)) => {
            let error = Some(v.tr.label("scorecard-error", e.code()));
            unprocessable(&plan_page(&app, v, &access, organiser, &posted, error).await?)
        }
        Err(errors) => {
            let error = Some(v.t("error-invalid"));
            let mut page = plan_page(&app, v, &access, organiser, &posted, error).await?;
            page.errors = errors.messages(&page.v.tr);
            unprocessable(&page)
        }
    }
}

/// Links for the home page: a member to the open rounds she can rate (`a.rate-link`), those
/// who run rounds to their collectives' rounds, the federation to the registry.
pub async fn home_links(app: &AppState, v: &Visit, access: &Access<'_>, roles: &[Role]) -> Result<Vec<(String, String, &'static str)>, WebError> {
    let mut links = Vec::new();
    if roles.contains(&Role::Member) {
        for c in access.visible_collectives().await? {
            for r in app.store.rounds_of_collective(c.id).await? {
                if r.status == RoundStatus::Open && r.collectives.contains(&c.id) && access.round(r.id).await?.rater.is_some() {
                    let href = format!("/rounds/{}/rate", r.id.0);
                    if !links.iter().any(|(h, _, _): &(String, String, &str)| *h == href) {
                        links.push((href, v.tr.t_args("home-rate-round", "title", r.title.clone()), "button rate-link"));
                    }
                }
            }
        }
    }
    if roles.iter().any(|r| matches!(r, Role::Leader | Role::Facilitator)) {
        for c in access.visible_collectives().await? {
            if access.require_on_collective(c.id, dhruva_core::policy::Action::RunRound).await.is_ok() {
                links.push((format!("/collectives/{}/rounds", c.id.0), v.tr.t_args("home-rounds-of", "collective", c.name), "rounds-link"));
            }
        }
    }
    if access.may_import_institutions() {
        links.push(("/institutions".to_owned(), v.t("institutions-title"), "institutions-link"));
    }
    Ok(links)
}

/// The refusal page for a step the store turned down, back to the round.
pub fn refused_for(v: Visit, e: &dhruva_store::scorecards::ScorecardError, round: RoundId) -> Result<Response, WebError> {
    refused(v, e, format!("/rounds/{}", round.0))
}
