//! A round's score card for API clients: the same aggregates, from the same access path, as
//! the page and its files.

use super::auth::Caller;
use super::dto::ErrorOut;
use super::Id;
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::reports::export::ScorecardOut;
use crate::pages::reports::scorecard_out;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use dhruva_core::RoundId;
use dhruva_store::Channel;

/// The score card of a round, suppressed cells as `{"status":"suppressed"}`. Numbers exist
/// only once the round is closed; before that, and for anyone not allowed to see the round's
/// score card, the round is not found.
#[utoipa::path(
    get, path = "/api/v1/rounds/{id}/scorecard", tag = "scorecards",
    params(("id" = i64, Path, description = "Round id")),
    responses(
        (status = 200, description = "Aggregates by institution, type, district, state and in total; never anyone's own rating", body = ScorecardOut),
        (status = 401, description = "No valid token", body = ErrorOut),
        (status = 404, description = "No such round, not the caller's to see, or not closed yet", body = ErrorOut),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn scorecard(State(app): State<AppState>, caller: Caller, Id(id): Id) -> Result<Json<ScorecardOut>, WebError> {
    let r = Access::new(&app, &caller.who.actor, Channel::Api).round_report(RoundId(id)).await?;
    let tr = Tr::new(app.locales.clone(), caller.who.account.language);
    Ok(Json(scorecard_out(&app, &tr, &r).await?))
}
