//! The cycle after the ratings: a collective's focus group agrees scores with reasons, the
//! facilitator records the providers' own assessment, the interface meeting (date, how many
//! came by role, notes) and the action plan followed up in the next round.

use super::rating::institutions_of;
use super::rounds::common::{chosen_points, indicator_views, parse_date, unprocessable, IndicatorView, Ids};
use super::rounds::refused_for;
use super::rounds::show::{action_rows, plan_summary, ActionRow};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, RoundView};
use crate::error::WebError;
use crate::format;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::scorecard::{ActionStatus, AttendeeRole};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_store::scorecards::{GroupScores, Meeting, NewAction};
use dhruva_store::Channel;
use std::collections::BTreeMap;

/// Longest free text kept (reasons, notes, an action): a paragraph, not a report.
const MAX_TEXT: usize = 2000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/focus-group/{institution}", get(focus_form).post(focus_submit))
        .route("/rounds/{id}/self-assessment/{institution}", get(self_form).post(self_submit))
        .route("/rounds/{id}/meeting", get(meeting_page).post(meeting_submit))
        .route("/rounds/{id}/actions", get(actions_page).post(action_add))
        .route("/rounds/{id}/actions/{action}", post(action_update))
}

fn one(fields: &[(String, String)], name: &str) -> String {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "scorecards/scores.html")]
struct ScoresPage {
    v: Visit,
    id: i64,
    heading: String,
    institution: String,
    action: String,
    indicators: Vec<IndicatorView>,
    reasons: String,
    error: Option<String>,
}

/// Focus group (`self_assessment` false) or the providers' self-assessment (true).
async fn scores_form(app: &AppState, page: SignedInPage, id: i64, institution: i64, self_assessment: bool, posted: Option<Vec<(String, String)>>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let inst = institutions_of(app, &view).await?.into_iter().find(|i| i.id.0 == institution).ok_or(WebError::NotFound)?;
    let template = dhruva_forms::scorecard::template(&view.round.template).ok_or(WebError::Internal("a round names a template that is not built in"))?;
    let collective = view.focus_groups.first().copied();
    if (self_assessment && view.may_self_assess.is_none()) || (!self_assessment && collective.is_none()) {
        return Err(WebError::NotFound);
    }
    let (kind, heading) = if self_assessment { ("self-assessment", v.t("self-assessment-title")) } else { ("focus-group", v.t("focus-group-title")) };
    let action = format!("/rounds/{id}/{kind}/{institution}");
    let Some(fields) = posted else {
        let existing = if self_assessment {
            access.self_assessments(&view).await?.into_iter().find(|g| g.institution == inst.id)
        } else {
            access.focus_groups(&view).await?.into_iter().find(|(c, g)| Some(*c) == collective && g.institution == inst.id).map(|(_, g)| g)
        };
        let chosen: BTreeMap<String, usize> = existing.iter().flat_map(|g| g.points.iter().cloned()).collect();
        let indicators = indicator_views(template, inst.kind, v.tr.lang(), &chosen, &BTreeMap::new());
        let reasons = existing.map(|g| g.reasons).unwrap_or_default();
        return html(&ScoresPage { id, heading, institution: inst.name, action, indicators, reasons, error: None, v });
    };
    let (chosen, errors) = chosen_points(template, inst.kind, &fields, &v.tr);
    let reasons = one(&fields, "reasons");
    let too_long = reasons.chars().count() > MAX_TEXT;
    if !errors.is_empty() || too_long {
        let indicators = indicator_views(template, inst.kind, v.tr.lang(), &chosen, &errors);
        let error = Some(v.t(if too_long { "cycle-text-too-long" } else { "error-invalid" }));
        return unprocessable(&ScoresPage { id, heading, institution: inst.name, action, indicators, reasons, error, v });
    }
    let scores = GroupScores { institution: inst.id, points: chosen.into_iter().collect(), reasons };
    let done = match (self_assessment, collective) {
        (true, _) => access.self_assessment(&view, &scores).await?,
        (false, Some(c)) => access.focus_group(&view, c, &scores).await?,
        (false, None) => return Err(WebError::NotFound),
    };
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/rounds/{id}")).into_response()),
        Err(e) => refused_for(v, &e, view.round.id),
    }
}

async fn focus_form(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, false, None).await
}
async fn focus_submit(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids, PageForm(f): PageForm<Vec<(String, String)>>) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, false, Some(f)).await
}
async fn self_form(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, true, None).await
}
async fn self_submit(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids, PageForm(f): PageForm<Vec<(String, String)>>) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, true, Some(f)).await
}

pub struct Attendance {
    pub code: &'static str,
    pub label: String,
    pub count: String,
}

#[derive(Template)]
#[template(path = "scorecards/meeting.html")]
struct MeetingPage {
    v: Visit,
    id: i64,
    may_edit: bool,
    held_on: String,
    held_on_shown: Option<String>,
    attendance: Vec<Attendance>,
    notes: String,
    error: Option<String>,
}

fn meeting_view(v: Visit, view: &RoundView, id: i64, m: Option<&Meeting>, error: Option<String>) -> MeetingPage {
    let attendance = AttendeeRole::ALL
        .iter()
        .map(|r| Attendance {
            code: r.code(),
            label: v.tr.label("attendee-role", r.code()),
            count: m.and_then(|m| m.attendance.iter().find(|(x, _)| x == r)).map(|(_, n)| n.to_string()).unwrap_or_default(),
        })
        .collect();
    MeetingPage {
        id,
        may_edit: view.may_run.is_some(),
        held_on: m.map(|m| m.held_on.to_string()).unwrap_or_default(),
        held_on_shown: m.map(|m| format::date(&v.tr, m.held_on)),
        attendance,
        notes: m.map(|m| m.notes.clone()).unwrap_or_default(),
        error,
        v,
    }
}

async fn meeting_page(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let m = access.meeting(&view).await?;
    html(&meeting_view(page.v, &view, id, m.as_ref(), None))
}

async fn meeting_submit(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<Vec<(String, String)>>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let mut attendance = Vec::new();
    let mut bad = false;
    for r in AttendeeRole::ALL {
        let text = one(&f, &format!("attended_{}", r.code()));
        match text.parse::<u32>() {
            Ok(n) if n > 0 => attendance.push((*r, n)),
            Ok(_) => {}
            Err(_) => bad |= !text.is_empty(),
        }
    }
    let notes = one(&f, "notes");
    let held_on = parse_date(&one(&f, "held_on"));
    let problem = match held_on {
        None => Some("meeting-error-date"),
        _ if bad => Some("meeting-error-count"),
        _ if notes.chars().count() > MAX_TEXT => Some("cycle-text-too-long"),
        _ => None,
    };
    let (Some(held_on), None) = (held_on, problem) else {
        let error = problem.map(|k| v.t(k));
        let shown = Meeting { held_on: time::Date::MIN, attendance, notes };
        let mut page = meeting_view(v, &view, id, Some(&shown), error);
        page.held_on = one(&f, "held_on");
        page.held_on_shown = None;
        return unprocessable(&page);
    };
    match access.record_meeting(&view, &Meeting { held_on, attendance, notes }).await? {
        Ok(()) => Ok(Redirect::to(&format!("/rounds/{id}/meeting")).into_response()),
        Err(e) => refused_for(v, &e, view.round.id),
    }
}

pub struct ActionLine {
    pub id: i64,
    pub row: ActionRow,
    pub note: String,
}

#[derive(Template)]
#[template(path = "scorecards/actions.html")]
struct ActionsPage {
    v: Visit,
    id: i64,
    may_edit: bool,
    summary: String,
    actions: Vec<ActionLine>,
    statuses: Vec<(&'static str, String)>,
    institutions: Vec<(i64, String)>,
    error: Option<String>,
}

async fn actions_view(app: &AppState, access: &Access<'_>, v: Visit, view: &RoundView, error: Option<String>) -> Result<ActionsPage, WebError> {
    let plan = access.action_plan(view.round.id).await?;
    let rows = action_rows(&v, &plan);
    let actions = plan.iter().zip(rows).map(|(a, row)| ActionLine { id: a.id, row, note: a.note.clone().unwrap_or_default() }).collect();
    Ok(ActionsPage {
        id: view.round.id.0,
        may_edit: view.may_run.is_some(),
        summary: plan_summary(&v, &plan),
        actions,
        statuses: ActionStatus::ALL.iter().map(|s| (s.code(), v.tr.label("action-status", s.code()))).collect(),
        institutions: institutions_of(app, view).await?.into_iter().map(|i| (i.id.0, i.name)).collect(),
        error,
        v,
    })
}

async fn actions_page(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    html(&actions_view(&app, &access, page.v, &view, None).await?)
}

async fn action_add(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<Vec<(String, String)>>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let action = one(&f, "action");
    let responsible = one(&f, "responsible");
    let due = parse_date(&one(&f, "due"));
    let institution = one(&f, "institution").parse().ok().map(InstitutionId).filter(|i| view.round.institutions.contains(i));
    let problem = match due {
        _ if action.is_empty() || responsible.is_empty() => Some("actions-error-missing"),
        _ if action.chars().count() > MAX_TEXT || responsible.chars().count() > MAX_TEXT => Some("cycle-text-too-long"),
        None => Some("actions-error-date"),
        Some(_) => None,
    };
    let (Some(due), None) = (due, problem) else {
        let error = problem.map(|k| v.t(k));
        return unprocessable(&actions_view(&app, &access, v, &view, error).await?);
    };
    match access.add_action(&view, &NewAction { action, institution, responsible, due }).await? {
        Ok(_) => Ok(Redirect::to(&format!("/rounds/{id}/actions")).into_response()),
        Err(e) => refused_for(v, &e, view.round.id),
    }
}

async fn action_update(State(app): State<AppState>, page: SignedInPage, Ids(id, action): Ids, PageForm(f): PageForm<Vec<(String, String)>>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let status = ActionStatus::from_code(&one(&f, "status")).ok_or(WebError::BadRequest)?;
    let note = one(&f, "note");
    if note.chars().count() > MAX_TEXT {
        let error = Some(v.t("cycle-text-too-long"));
        return unprocessable(&actions_view(&app, &access, v, &view, error).await?);
    }
    let note = Some(note.as_str()).filter(|n| !n.is_empty());
    match access.update_action(&view, action, status, note).await? {
        Ok(()) => Ok(Redirect::to(&format!("/rounds/{id}/actions")).into_response()),
        Err(e) => refused_for(v, &e, view.round.id),
    }
}
