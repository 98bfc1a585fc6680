//! The round page: where the round stands, how many have rated (counts only, never who or
//! how), the button to move it on, links to each step, and the previous round's action plan.

use super::period;
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::scorecard::{ActionStatus, RoundStatus};
use dhruva_core::RoundId;
use dhruva_store::scorecards::PlanAction;
use dhruva_store::Channel;
use serde::Deserialize;

pub struct ProgressRow {
    pub collective: String,
    pub line: String,
}

pub struct ActionRow {
    pub action: String,
    pub responsible: String,
    pub due: String,
    pub status: String,
    pub status_code: &'static str,
}

pub fn action_rows(v: &Visit, plan: &[PlanAction]) -> Vec<ActionRow> {
    plan.iter()
        .map(|a| ActionRow {
            action: a.action.clone(),
            responsible: a.responsible.clone(),
            due: format::date(&v.tr, a.due),
            status: v.tr.label("action-status", a.status.code()),
            status_code: a.status.code(),
        })
        .collect()
}

/// "3 of 7 actions done".
pub fn plan_summary(v: &Visit, plan: &[PlanAction]) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("done", plan.iter().filter(|a| a.status == ActionStatus::Done).count() as i64);
    args.set("total", plan.len() as i64);
    v.tr.t_with("actions-summary", &args)
}

#[derive(Template)]
#[template(path = "scorecards/round.html")]
struct RoundPage {
    v: Visit,
    id: i64,
    title: String,
    status: String,
    period: String,
    organiser: String,
    collectives: Vec<String>,
    institutions: Vec<(i64, String)>,
    progress: Option<Vec<ProgressRow>>,
    /// The next status and its button's label, for whoever may take that step.
    advance: Option<(&'static str, String)>,
    /// The step is closing or publishing: the button leads to its confirmation page.
    confirm_first: bool,
    may_rate: bool,
    may_self_assess: bool,
    may_focus_group: bool,
    in_cycle: bool,
    previous: Option<(i64, String, String, Vec<ActionRow>)>,
}

pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let r = &view.round;
    let mut names = Vec::new();
    for f in &view.facts {
        names.push(app.store.collective(f.id).await?.map(|c| c.name).unwrap_or_default());
    }
    let progress = if view.may_view_progress {
        let mut rows = Vec::new();
        for (c, rated, members) in access.round_progress(&view).await? {
            let at = view.facts.iter().position(|f| f.id == c);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("rated", rated as i64);
            args.set("members", members as i64);
            rows.push(ProgressRow {
                collective: at.and_then(|i| names.get(i).cloned()).unwrap_or_default(),
                line: v.tr.t_with("round-progress-line", &args),
            });
        }
        Some(rows)
    } else {
        None
    };
    // Only whom the policy allows sees the step's button; closing and publishing lead to
    // their confirmation page first.
    let step = view.may_advance_from(r.status).is_some();
    let advance = r.status.next().filter(|_| step).map(|next| (r.status.code(), v.tr.label("round-advance", next.code())));
    let confirm_first = super::confirm::needs_confirmation(r.status);
    let previous = match r.previous {
        Some(p) => {
            let plan = access.action_plan(p).await?;
            let title = app.store.round(p).await?.map(|x| x.title).unwrap_or_default();
            Some((p.0, title, plan_summary(&v, &plan), action_rows(&v, &plan)))
        }
        None => None,
    };
    let in_cycle = matches!(r.status, RoundStatus::Open | RoundStatus::Closed);
    html(&RoundPage {
        id,
        title: r.title.clone(),
        status: v.tr.label("round-status", r.status.code()),
        period: period(&v, r),
        organiser: names.first().cloned().unwrap_or_default(),
        collectives: names.iter().skip(1).cloned().collect(),
        institutions: crate::pages::rating::institutions_of(&app, &view).await?.into_iter().map(|i| (i.id.0, i.name)).collect(),
        progress,
        advance,
        confirm_first,
        may_rate: view.rater.is_some() && r.status == RoundStatus::Open,
        may_self_assess: view.may_self_assess.is_some(),
        may_focus_group: !view.focus_groups.is_empty(),
        in_cycle,
        previous,
        v,
    })
}

#[derive(Deserialize)]
pub struct AdvanceForm {
    #[serde(default)]
    from: String,
    /// Set by the confirmation page's button; without it closing and publishing only show
    /// that page again.
    #[serde(default)]
    confirm: String,
}

/// One step forward from the status the page showed; if someone moved the round in the
/// meantime (or a second tap of the same button arrives) the store refuses and she is told so.
/// Closing and publishing happen only with the confirmation page's `confirm`.
pub async fn advance(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<AdvanceForm>) -> Result<Response, WebError> {
    let from = RoundStatus::from_code(&f.from).ok_or(WebError::BadRequest)?;
    if super::confirm::needs_confirmation(from) && f.confirm != "yes" {
        return super::confirm::page(&app, page, RoundId(id), from).await;
    }
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    match access.advance_round(RoundId(id), from).await? {
        Ok(_) => Ok(Redirect::to(&format!("/rounds/{id}")).into_response()),
        Err(e) => super::confirm::stale(&app, v, &e, RoundId(id), from).await,
    }
}
