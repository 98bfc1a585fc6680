//! Grants someone else recorded for her, waiting for her answer: the rows her page lists, her
//! confirm / refuse, a second office holder's confirmation with a witness, and the notice on
//! her home page.

use super::{show, when, who};
use crate::access::{Access, ConsentsView};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::{Id, PageForm, SignedInPage};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::{AccountId, MemberId, Sensitive};
use dhruva_store::consent::ConsentState;
use dhruva_store::{Channel, StoreError};
use serde::Deserialize;

/// A grant someone recorded that waits for her: what, who recorded it, when, and what the
/// visitor can do about it.
pub struct PendingRow {
    pub id: i64,
    pub line: String,
    pub witness: Option<String>,
    /// For the leader's view: why she cannot confirm it herself, or `None` when she can.
    pub note: Option<String>,
}

/// Her pending grants, oldest first, with what this visitor may do about each.
pub(super) fn pending_rows(tr: &Tr, view: &ConsentsView, own_account: Option<AccountId>, herself: Option<AccountId>) -> Vec<PendingRow> {
    let mut rows: Vec<PendingRow> = view
        .records
        .iter()
        .filter(|e| e.record.state == ConsentState::Pending && e.record.withdrawn_at.is_none())
        .map(|e| {
            let r = &e.record;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("purpose", tr.label("purpose", r.purpose.code()));
            args.set("method", tr.label("consent-method", &r.method));
            args.set("who", who(tr, r.granted_by, herself, &view.usernames));
            args.set("when", when(tr, r.granted_at));
            let note = if view.is_herself {
                None
            } else if view.has_account {
                Some(tr.t("consent-pending-she-confirms"))
            } else if r.granted_by == own_account || !view.may_confirm_as_second {
                Some(tr.t("consent-pending-second-officer"))
            } else {
                None
            };
            PendingRow {
                id: r.id,
                line: tr.t_with("consent-pending-line", &args),
                witness: e.witness.as_ref().map(|w| tr.t_args("consent-record-witness", "witness", w.expose().clone())),
                note,
            }
        })
        .collect();
    rows.reverse();
    rows
}

/// The notice on her home page while someone else has recorded choices she has not yet seen.
pub async fn home_notice(app: &AppState, tr: &Tr, who: &crate::session::SignedIn) -> Result<Option<String>, WebError> {
    let Some(member) = who.actor.member() else { return Ok(None) };
    let untold = app.store.untold_consents(member).await?;
    Ok((untold > 0).then(|| tr.t_args("consent-notice", "count", untold)))
}

/// Her answer to a grant someone recorded for her.
#[derive(Deserialize)]
pub struct PendingForm {
    #[serde(default)]
    id: i64,
    #[serde(default)]
    decision: String,
}

pub async fn own_pending(State(app): State<AppState>, page: SignedInPage, PageForm(form): PageForm<PendingForm>) -> Result<Response, WebError> {
    let id = page.who.actor.member().ok_or(WebError::NotFound)?;
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let confirm = match form.decision.as_str() {
        "confirm" => true,
        "refuse" => false,
        _ => return Err(WebError::BadRequest),
    };
    access.decide_own_consent(id, form.id, confirm).await?;
    Ok(Redirect::to("/profile/consents").into_response())
}

/// A second office holder's confirmation, with the witness. Not `Debug`: the name is personal.
#[derive(Deserialize)]
pub struct SecondOfficerForm {
    #[serde(default)]
    id: i64,
    #[serde(default)]
    witness: String,
}

#[tracing::instrument(skip_all)]
pub async fn member_confirm(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<SecondOfficerForm>,
) -> Result<Response, WebError> {
    let id = MemberId(id);
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let Ok(witness) = dhruva_core::text::clean(&form.witness) else { return show(&app, page, id, Some("field-error-text-control")).await };
    if witness.is_empty() || witness.chars().count() > 200 {
        return show(&app, page, id, Some("consents-record-witness-missing")).await;
    }
    match access.confirm_consent_as_second_officer(id, form.id, &Sensitive::new(witness)).await {
        Ok(()) => Ok(Redirect::to(&format!("/members/{id}/consents")).into_response()),
        // She has an account, or this office holder recorded it: the page says who confirms.
        Err(WebError::Store(StoreError::Invalid(_))) => show(&app, page, id, Some("consent-pending-not-yours")).await,
        Err(e) => Err(e),
    }
}
