//! The confirmation pages of a round's two steps that cannot be taken back (issue 10):
//! closing the rating (nobody can rate any more; the card is built now, from what was given)
//! and publishing the card (anyone with the link reads it, and the federation's yearly card
//! counts it). The round page's button leads here; only this page's button carries `confirm`.
//! A second tap, or a page left open while someone else took the step, is refused by the
//! store's compare-and-set on the status the page showed, and answered here in words.

use crate::access::Access;
use crate::error::WebError;
use crate::pages::{html, Id, SignedInPage};
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::RoundId;
use dhruva_store::scorecards::ScorecardError;
use dhruva_store::Channel;
use fluent_bundle::FluentArgs;
use serde::Deserialize;

/// Closing and publishing are confirmed; opening a planned round is not (nothing is lost by
/// it, and the rating can still be closed later only through its own confirmation).
pub fn needs_confirmation(from: RoundStatus) -> bool {
    matches!(from, RoundStatus::Open | RoundStatus::Closed)
}

#[derive(Template)]
#[template(path = "decisions/round.html")]
struct ConfirmPage {
    v: Visit,
    id: i64,
    title: String,
    /// `open` (closing) or `closed` (publishing): what the form sends back as `from`.
    from: &'static str,
    heading: String,
    /// What the step means, one paragraph each.
    meaning: Vec<String>,
    /// Publishing a card whose cells are mostly withheld.
    warning: Option<String>,
    button: String,
}

#[derive(Template)]
#[template(path = "scorecards/refused.html")]
struct StalePage {
    v: Visit,
    message: String,
    back: String,
}

#[derive(Deserialize, Default)]
pub struct FromQuery {
    #[serde(default)]
    from: Option<String>,
}

/// `GET /rounds/{id}/advance[?from=open|closed]`: the confirmation of the round's next step.
pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<FromQuery>) -> Result<Response, WebError> {
    let from = match q.from.as_deref() {
        Some(code) => RoundStatus::from_code(code).ok_or(WebError::BadRequest)?,
        None => {
            let access = Access::new(&app, &page.who.actor, Channel::Web);
            access.round(RoundId(id)).await?.round.status
        }
    };
    if !needs_confirmation(from) {
        return Ok(Redirect::to(&format!("/rounds/{id}")).into_response());
    }
    self::page(&app, page, RoundId(id), from).await
}

/// The confirmation page for moving the round on from `from`; nothing is written. Refused
/// (403) to whoever may not take the step; a page that no longer matches the round says so.
pub async fn page(app: &AppState, page: SignedInPage, id: RoundId, from: RoundStatus) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let view = access.round(id).await?;
    view.may_advance_from(from).ok_or(WebError::Forbidden)?;
    if view.round.status != from {
        let e = ScorecardError::StaleStatus { expected: from.code(), actual: view.round.status.code() };
        return stale(app, v, &e, id, from).await;
    }
    let mut meaning = Vec::new();
    let mut warning = None;
    let (heading, button) = match from {
        RoundStatus::Open => {
            let (rated, members) =
                access.round_progress(&view).await?.iter().fold((0i64, 0i64), |(r, m), (_, rated, members)| {
                    (r + i64::try_from(*rated).unwrap_or(0), m + i64::try_from(*members).unwrap_or(0))
                });
            let mut args = FluentArgs::new();
            args.set("rated", rated);
            args.set("members", members);
            meaning.push(v.t("decide-close-stops"));
            meaning.push(v.tr.t_with("decide-close-card-now", &args));
            meaning.push(v.t("decide-close-who"));
            (v.t("decide-close-heading"), v.t("decide-close-button"))
        }
        _ => {
            meaning.push(v.t("decide-publish-public"));
            meaning.push(v.t("decide-publish-federation"));
            meaning.push(v.t("decide-publish-final"));
            if let Some((withheld, total, k)) = access.withheld_cells(&view).await? {
                let mut args = FluentArgs::new();
                args.set("withheld", withheld as i64);
                args.set("total", total as i64);
                args.set("k", i64::from(k));
                if total > 0 && withheld * 2 > total {
                    warning = Some(v.tr.t_with("decide-publish-mostly-withheld", &args));
                } else {
                    meaning.push(v.tr.t_with("decide-publish-withheld", &args));
                }
            }
            (v.t("decide-publish-heading"), v.t("decide-publish-button"))
        }
    };
    html(&ConfirmPage { id: id.0, title: view.round.title.clone(), from: from.code(), heading, meaning, warning, button, v })
}

/// The store refused the step: the round is no longer where the page thought. When it is
/// exactly one step on (a second tap of the same button) that is what she is told.
pub async fn stale(app: &AppState, v: Visit, e: &ScorecardError, id: RoundId, from: RoundStatus) -> Result<Response, WebError> {
    let now = app.store.round(id).await?.map(|r| r.status);
    let message = match (e, now) {
        (ScorecardError::StaleStatus { .. }, Some(now)) if Some(now) == from.next() => {
            v.tr.t_args("decide-round-already", "status", v.tr.label("round-status", now.code()))
        }
        _ => v.tr.label("scorecard-error", e.code()),
    };
    let page = StalePage { v, message, back: format!("/rounds/{}", id.0) };
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}
