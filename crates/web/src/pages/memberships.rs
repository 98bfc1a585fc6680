//! `/members/{id}/membership` (issue 11): her dated history of memberships and offices, and
//! the three changes a leader of her collective makes (`ManageMemberships` on that collective):
//! end her membership with a reason, move her to another collective (its leaders then see her
//! in their list), or welcome her back to a collective she had left. Each form keeps her
//! typing and names a mistake beside its field (422); nothing is written then.

use super::offices::{planned_date, term_when};
use super::rounds::common::unprocessable;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::{today, AppState};
use crate::validate::{store_refusal, FieldErrors, Messages, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::{Action, Decision, Resource};
use dhruva_core::registry::MembershipEnd;
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::memberships::MembershipRecord;
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/members/{id}/membership", get(show))
        .route("/members/{id}/membership/end", post(end))
        .route("/members/{id}/membership/move", post(move_her))
        .route("/members/{id}/membership/rejoin", post(rejoin))
}

/// The reasons a leader gives on the "end" form (a move has its own form).
pub(crate) const END_REASONS: [MembershipEnd; 3] = [MembershipEnd::Left, MembershipEnd::PassedAway, MembershipEnd::Other];

/// Who may change her membership, and where.
pub(crate) struct Scope {
    /// Her current collective the actor manages (the source of an end or a move), with the
    /// decision that allows it.
    pub source: Option<(CollectiveId, Decision)>,
    /// Collectives she left, is not back in, and the actor manages: where she may rejoin.
    pub rejoin: Vec<(CollectiveId, Decision)>,
    /// Whether the actor may see her at all (then her name where allowed).
    pub sees_her: bool,
    pub history: Vec<MembershipRecord>,
}

/// What the actor may do to her memberships. Whoever may see her reads her dated history;
/// with neither that, a source nor a collective to rejoin: the same 404 as a member that does
/// not exist. The forms are offered (and their posts taken) only where the actor manages.
pub(crate) async fn scope(access: &Access<'_>, app: &AppState, member: MemberId) -> Result<Scope, WebError> {
    let today = today();
    let (facts, exists) = app.store.member_facts_or_stand_in(member, today).await?;
    let sees_her = exists && access.decide(Action::ViewMember, Resource::Member(&facts)).allowed;
    let source = facts.collectives.iter().find_map(|c| {
        let d = access.decide(Action::ManageMemberships, Resource::Collective(c));
        d.allowed.then_some((c.id, d))
    });
    let history = if exists { app.store.membership_history(member).await? } else { Vec::new() };
    let mut rejoin = Vec::new();
    let closed = app.store.closed_collectives().await?;
    let current: Vec<CollectiveId> = history.iter().filter(|m| m.until.is_none()).map(|m| m.collective).collect();
    for m in history.iter().filter(|m| m.until.is_some() && !current.contains(&m.collective)) {
        if rejoin.iter().any(|(c, _)| *c == m.collective) || closed.contains_key(&m.collective) {
            continue;
        }
        if let Some(cf) = app.store.collective_facts(m.collective).await? {
            let d = access.decide(Action::ManageMemberships, Resource::Collective(&cf));
            if d.allowed {
                rejoin.push((m.collective, d));
            }
        }
    }
    if !exists || (!sees_her && source.is_none() && rejoin.is_empty()) {
        return Err(WebError::NotFound);
    }
    Ok(Scope { source, rejoin, sees_her, history })
}

/// The forms' fields, all optional so one struct reads any of the three.
#[derive(Deserialize, Default, Clone)]
pub struct ChangeForm {
    #[serde(default)]
    until: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    collective: String,
    #[serde(default)]
    since: String,
}

pub struct HistoryRow {
    pub collective: String,
    pub when: String,
    pub reason: Option<String>,
}

#[derive(Template)]
#[template(path = "memberships/show.html")]
struct MembershipPage {
    v: Visit,
    id: i64,
    who: String,
    memberships: Vec<HistoryRow>,
    offices: Vec<HistoryRow>,
    source: Option<(i64, String)>,
    reasons: Vec<(&'static str, String)>,
    destinations: Vec<(i64, String)>,
    rejoin: Vec<(i64, String)>,
    f: ChangeForm,
    /// Which form the errors belong to: `end`, `move` or `rejoin`.
    failed: &'static str,
    errors: Messages,
}

// The page is drawn from its parts in one place for the show and every form sent back.
#[allow(clippy::too_many_arguments)]
async fn page(
    app: &AppState,
    access: &Access<'_>,
    v: Visit,
    id: MemberId,
    scope: &Scope,
    f: ChangeForm,
    failed: &'static str,
    errors: Messages,
) -> Result<MembershipPage, WebError> {
    let today = today();
    let mut names: HashMap<CollectiveId, String> = HashMap::new();
    for c in app.store.collectives().await? {
        names.insert(c.id, c.name);
    }
    let name_of = |c: CollectiveId| names.get(&c).cloned().unwrap_or_else(|| c.to_string());
    let who = if scope.sees_her {
        let view = access.member(id).await?;
        match view.name {
            Some(name) => format!("{} ({})", name.into_inner(), view.summary.code),
            None => view.summary.code,
        }
    } else {
        app.store.member_summary(id).await?.map(|s| s.code).ok_or(WebError::NotFound)?
    };
    let memberships = scope
        .history
        .iter()
        .map(|m| {
            let when = match m.until {
                None => v.tr.t_args("offices-membership-since", "date", format::date(&v.tr, m.since)),
                Some(until) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("since", format::date(&v.tr, m.since));
                    args.set("until", format::date(&v.tr, until));
                    v.tr.t_with("offices-membership-span", &args)
                }
            };
            let reason = match (m.ended_reason, m.moved_to) {
                (Some(MembershipEnd::Moved), Some(to)) => Some(v.tr.t_args("offices-moved-to", "collective", name_of(to))),
                (Some(r), _) => Some(v.tr.label("offices-reason", r.code())),
                (None, _) => None,
            };
            HistoryRow { collective: name_of(m.collective), when, reason }
        })
        .collect();
    let offices = app
        .store
        .office_terms_of_member(id)
        .await?
        .into_iter()
        .map(|t| HistoryRow {
            collective: format!("{}: {}", v.tr.label("office", t.term.office.code()), name_of(t.term.collective)),
            when: term_when(&v, t.term.since, t.term.until, today),
            reason: None,
        })
        .collect();
    let current: Vec<CollectiveId> = scope.history.iter().filter(|m| m.until.is_none()).map(|m| m.collective).collect();
    let closed = app.store.closed_collectives().await?;
    let mut destinations: Vec<(i64, String)> =
        names.iter().filter(|(c, _)| !current.contains(c) && !closed.contains_key(c)).map(|(c, n)| (c.0, n.clone())).collect();
    destinations.sort_by(|a, b| a.1.cmp(&b.1));
    let reasons = END_REASONS.iter().map(|r| (r.code(), v.tr.label("offices-reason", r.code()))).collect();
    Ok(MembershipPage {
        id: id.0,
        who,
        memberships,
        offices,
        source: scope.source.as_ref().map(|(c, _)| (c.0, name_of(*c))),
        reasons,
        destinations,
        rejoin: scope.rejoin.iter().map(|(c, _)| (c.0, name_of(*c))).collect(),
        f,
        failed,
        errors,
        v,
    })
}

/// `GET /members/{id}/membership`.
async fn show(State(app): State<AppState>, page_: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let scope = scope(&access, &app, MemberId(id)).await?;
    html(&page(&app, &access, v, MemberId(id), &scope, ChangeForm::default(), "", Messages::default()).await?)
}

/// The form again, with what she typed and the messages beside the fields (422).
#[allow(clippy::too_many_arguments)]
async fn again(
    app: &AppState,
    access: &Access<'_>,
    v: Visit,
    id: MemberId,
    scope: &Scope,
    f: ChangeForm,
    failed: &'static str,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let messages = errors.messages(&v.tr);
    unprocessable(&page(app, access, v, id, scope, f, failed, messages).await?)
}

/// The end reason a form names; "moved" is the move form's.
pub(crate) fn end_reason(raw: &str, errors: &mut FieldErrors) -> Option<MembershipEnd> {
    let reason = MembershipEnd::from_code(raw.trim()).filter(|r| END_REASONS.contains(r));
    if reason.is_none() {
        errors.add("reason", Problem::UnknownEndReason);
    }
    reason
}

/// `POST /members/{id}/membership/end`: from her collective the actor manages.
async fn end(State(app): State<AppState>, page_: SignedInPage, Id(id): Id, PageForm(f): PageForm<ChangeForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let member = MemberId(id);
    let scope = scope(&access, &app, member).await?;
    let Some((collective, decision)) = scope.source else { return Err(WebError::NotFound) };
    let mut errors = FieldErrors::default();
    let until = planned_date("until", &f.until, today(), &mut errors);
    let reason = end_reason(&f.reason, &mut errors);
    let (Some(until), Some(reason), true) = (until, reason, errors.is_empty()) else {
        return again(&app, &access, v, member, &scope, f, "end", errors).await;
    };
    let written = app.store.end_membership(&access.accessor(&decision), member, collective, until, reason).await;
    match store_refusal(written.map_err(WebError::from))? {
        Ok(()) => Ok(Redirect::to(&format!("/collectives/{}", collective.0)).into_response()),
        Err(errors) => again(&app, &access, v, member, &scope, f, "end", errors).await,
    }
}

/// `POST /members/{id}/membership/move`: to any collective, chosen by name.
async fn move_her(State(app): State<AppState>, page_: SignedInPage, Id(id): Id, PageForm(f): PageForm<ChangeForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let member = MemberId(id);
    let scope = scope(&access, &app, member).await?;
    let Some((from, decision)) = scope.source else { return Err(WebError::NotFound) };
    let mut errors = FieldErrors::default();
    let to = match f.to.trim().parse::<i64>().ok().map(CollectiveId) {
        Some(to) if app.store.collective(to).await?.is_some() && app.store.collective_closed_on(to).await?.is_none() => Some(to),
        _ => {
            errors.add("to", Problem::UnknownCollective);
            None
        }
    };
    let on = planned_date("date", &f.date, today(), &mut errors);
    let (Some(to), Some(on), true) = (to, on, errors.is_empty()) else {
        return again(&app, &access, v, member, &scope, f, "move", errors).await;
    };
    let written = app.store.move_member(&access.accessor(&decision), member, from, to, on).await;
    match store_refusal(written.map_err(WebError::from))? {
        Ok(()) => Ok(Redirect::to(&format!("/collectives/{}", from.0)).into_response()),
        Err(errors) => again(&app, &access, v, member, &scope, f, "move", errors).await,
    }
}

/// `POST /members/{id}/membership/rejoin`: back to a collective she left.
async fn rejoin(State(app): State<AppState>, page_: SignedInPage, Id(id): Id, PageForm(f): PageForm<ChangeForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let member = MemberId(id);
    let scope = scope(&access, &app, member).await?;
    let mut errors = FieldErrors::default();
    let chosen = f.collective.trim().parse::<i64>().ok().map(CollectiveId);
    let target = scope.rejoin.iter().find(|(c, _)| Some(*c) == chosen).cloned();
    if target.is_none() {
        errors.add("collective", Problem::UnknownCollective);
    }
    let since = planned_date("since", &f.since, today(), &mut errors);
    let (Some((collective, decision)), Some(since), true) = (target, since, errors.is_empty()) else {
        return again(&app, &access, v, member, &scope, f, "rejoin", errors).await;
    };
    let written = app.store.rejoin(&access.accessor(&decision), member, collective, since).await;
    match store_refusal(written.map_err(WebError::from))? {
        Ok(()) => Ok(Redirect::to(&format!("/members/{id}/membership")).into_response()),
        Err(errors) => again(&app, &access, v, member, &scope, f, "rejoin", errors).await,
    }
}
