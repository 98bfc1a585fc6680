//! The cycle after the ratings: a collective's focus group agrees scores with reasons, the
//! facilitator records the providers' own assessment, the interface meeting (date, how many
//! came by role, notes) and the action plan followed up in the next round.

use super::rating::institutions_of;
use super::rounds::common::{chosen_points, indicator_views, parse_date, unprocessable, Ids, IndicatorView};
use super::rounds::refused_for;
use super::rounds::show::{action_rows, plan_summary, ActionRow};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, RoundView};
use crate::error::WebError;
use crate::format;
use crate::state::AppState;
use crate::validate::{self, FieldErrors, Messages, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::scorecard::{ActionStatus, AttendeeRole};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_store::scorecards::{GroupScores, Meeting, NewAction, MAX_SHORT_CHARS, MAX_TEXT_CHARS};
use dhruva_store::Channel;
use std::collections::BTreeMap;

/// Longest free text kept (reasons, notes, an action, a note): the store's limit.
const MAX_TEXT: usize = MAX_TEXT_CHARS;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/focus-group/{institution}", get(focus_form).post(focus_submit))
        .route("/rounds/{id}/self-assessment/{institution}", get(self_form).post(self_submit))
        .route("/rounds/{id}/meeting", get(meeting_page).post(meeting_submit))
        .route("/rounds/{id}/actions", get(actions_page).post(action_add))
        .route("/rounds/{id}/actions/{action}", post(action_update))
}

/// One posted field as typed (trimmed only); texts are read through [`validate::text`].
fn one(fields: &[(String, String)], name: &str) -> String {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
}

fn raw<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
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
    max_text: usize,
    error: Option<String>,
    /// The providers' introduction on their self-assessment.
    intro: Option<String>,
}

/// The self-assessment asks the officials in their own words (`forms/scorecards/<template>-
/// providers.toml`: "do your staff listen to survivors?"), not the survivors' ("did they
/// listen to you?"); the focus group keeps the survivors' words. Same indicators, same points.
fn worded(
    self_assessment: bool,
    template: &dhruva_forms::scorecard::Template,
    lang: dhruva_core::registry::Language,
    mut indicators: Vec<IndicatorView>,
) -> Vec<IndicatorView> {
    if let Some(words) = dhruva_forms::providers::for_template(template.id()).filter(|_| self_assessment) {
        for view in &mut indicators {
            if let Some(item) = words.items.get(&view.code) {
                view.label = item.label.get(lang).to_owned();
                view.hint = Some(item.hint.get(lang).to_owned());
            }
        }
    }
    indicators
}

fn providers_intro(self_assessment: bool, template: &dhruva_forms::scorecard::Template, lang: dhruva_core::registry::Language) -> Option<String> {
    dhruva_forms::providers::for_template(template.id()).filter(|_| self_assessment).map(|w| w.intro.get(lang).to_owned())
}

/// Focus group (`self_assessment` false) or the providers' self-assessment (true).
async fn scores_form(
    app: &AppState,
    page: SignedInPage,
    id: i64,
    institution: i64,
    self_assessment: bool,
    posted: Option<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let inst = institutions_of(app, &view).await?.into_iter().find(|i| i.id.0 == institution).ok_or(WebError::NotFound)?;
    let template =
        dhruva_forms::scorecard::template(&view.round.template).ok_or(WebError::Internal("a round names a template that is not built in"))?;
    let collective = view.focus_groups.first().copied();
    if (self_assessment && view.may_self_assess.is_none()) || (!self_assessment && collective.is_none()) {
        return Err(WebError::NotFound);
    }
    let (kind, heading) = if self_assessment { ("self-assessment", v.t("self-assessment-title")) } else { ("focus-group", v.t("focus-group-title")) };
    let action = format!("/rounds/{id}/{kind}/{institution}");
    let intro = providers_intro(self_assessment, template, v.tr.lang());
    let Some(fields) = posted else {
        let existing = if self_assessment {
            access.self_assessments(&view).await?.into_iter().find(|g| g.institution == inst.id)
        } else {
            access.focus_groups(&view).await?.into_iter().find(|(c, g)| Some(*c) == collective && g.institution == inst.id).map(|(_, g)| g)
        };
        let chosen: BTreeMap<String, usize> = existing.iter().flat_map(|g| g.points.iter().cloned()).collect();
        let indicators = worded(self_assessment, template, v.tr.lang(), indicator_views(template, inst.kind, v.tr.lang(), &chosen, &BTreeMap::new()));
        let reasons = existing.map(|g| g.reasons).unwrap_or_default();
        return html(&ScoresPage {
            id,
            heading,
            institution: inst.name,
            action,
            indicators,
            max_text: MAX_TEXT,
            intro: intro.clone(),
            reasons,
            error: None,
            v,
        });
    };
    let (chosen, errors) = chosen_points(template, inst.kind, &fields, &v.tr);
    let mut problems = FieldErrors::default();
    let reasons = validate::text("reasons", raw(&fields, "reasons"), MAX_TEXT, &mut problems);
    if !errors.is_empty() || !problems.is_empty() {
        let indicators = worded(self_assessment, template, v.tr.lang(), indicator_views(template, inst.kind, v.tr.lang(), &chosen, &errors));
        let error = Some(problems.iter().next().map_or_else(|| v.t("error-invalid"), |(_, p)| v.t(p.key())));
        return unprocessable(&ScoresPage {
            id,
            heading,
            institution: inst.name,
            action,
            indicators,
            max_text: MAX_TEXT,
            intro: intro.clone(),
            reasons,
            error,
            v,
        });
    }
    let scores = GroupScores { institution: inst.id, points: chosen.into_iter().collect(), reasons };
    let done = match (self_assessment, collective) {
        (true, _) => validate::store_refusal(access.self_assessment(&view, &scores).await)?,
        (false, Some(c)) => validate::store_refusal(access.focus_group(&view, c, &scores).await)?,
        (false, None) => return Err(WebError::NotFound),
    };
    match done {
        Ok(Ok(())) => Ok(Redirect::to(&format!("/rounds/{id}")).into_response()),
        Ok(Err(e)) => refused_for(v, &e, view.round.id),
        Err(problems) => {
            let chosen: BTreeMap<String, usize> = scores.points.into_iter().collect();
            let indicators =
                worded(self_assessment, template, v.tr.lang(), indicator_views(template, inst.kind, v.tr.lang(), &chosen, &BTreeMap::new()));
            let error = problems.iter().next().map(|(_, p)| v.t(p.key()));
            unprocessable(&ScoresPage {
                id,
                heading,
                institution: inst.name,
                action,
                indicators,
                max_text: MAX_TEXT,
                intro: intro.clone(),
                reasons: scores.reasons,
                error,
                v,
            })
        }
    }
}

async fn focus_form(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, false, None).await
}
async fn focus_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Ids(id, i): Ids,
    PageForm(f): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, false, Some(f)).await
}
async fn self_form(State(app): State<AppState>, page: SignedInPage, Ids(id, i): Ids) -> Result<Response, WebError> {
    scores_form(&app, page, id, i, true, None).await
}
async fn self_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Ids(id, i): Ids,
    PageForm(f): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
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
    max_text: usize,
    error: Option<String>,
    errors: Messages,
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
        max_text: MAX_TEXT,
        error,
        errors: Messages::default(),
        v,
    }
}

async fn meeting_page(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let m = access.meeting(&view).await?;
    html(&meeting_view(page.v, &view, id, m.as_ref(), None))
}

async fn meeting_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let mut attendance = Vec::new();
    let mut errors = FieldErrors::default();
    for r in AttendeeRole::ALL {
        let text = one(&f, &format!("attended_{}", r.code()));
        match text.parse::<u32>() {
            Ok(n) if n > 0 => attendance.push((*r, n)),
            Ok(_) => {}
            Err(_) if text.is_empty() => {}
            Err(_) => {
                if errors.get("attendance").is_none() {
                    errors.add("attendance", Problem::BadCount);
                }
            }
        }
    }
    if attendance.is_empty() && errors.get("attendance").is_none() {
        errors.add("attendance", Problem::NoAttendance);
    }
    let notes = validate::text("notes", raw(&f, "notes"), MAX_TEXT, &mut errors);
    let held_on = parse_date(&one(&f, "held_on"));
    if held_on.is_none() {
        errors.add("held_on", Problem::BadDate);
    }
    // What she typed, shown again beside the problems (the counts as typed, not as read).
    let again = |v: Visit, errors: &FieldErrors, attendance: Vec<(AttendeeRole, u32)>, notes: String| {
        let shown = Meeting { held_on: time::Date::MIN, attendance, notes };
        let mut page = meeting_view(v, &view, id, Some(&shown), Some(String::new()));
        page.error = Some(page.v.t("error-invalid"));
        page.errors = errors.messages(&page.v.tr);
        page.held_on = one(&f, "held_on");
        page.held_on_shown = None;
        for a in &mut page.attendance {
            a.count = one(&f, &format!("attended_{}", a.code));
        }
        unprocessable(&page)
    };
    let Some(held_on) = held_on.filter(|_| errors.is_empty()) else {
        return again(v, &errors, attendance, notes);
    };
    let meeting = Meeting { held_on, attendance, notes };
    match validate::store_refusal(access.record_meeting(&view, &meeting).await)? {
        Ok(Ok(())) => Ok(Redirect::to(&format!("/rounds/{id}/meeting")).into_response()),
        Ok(Err(e)) => refused_for(v, &e, view.round.id),
        Err(errors) => again(v, &errors, meeting.attendance, meeting.notes),
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
    errors: Messages,
    /// What she typed into "add an action", shown again beside its problems.
    draft: ActionDraft,
    max_text: usize,
    max_short: usize,
}

#[derive(Default)]
pub struct ActionDraft {
    pub action: String,
    pub institution: String,
    pub responsible: String,
    pub due: String,
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
        errors: Messages::default(),
        draft: ActionDraft::default(),
        max_text: MAX_TEXT,
        max_short: MAX_SHORT_CHARS,
        v,
    })
}

async fn actions_page(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    html(&actions_view(&app, &access, page.v, &view, None).await?)
}

async fn action_add(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let mut errors = FieldErrors::default();
    let action = validate::required_text("action", raw(&f, "action"), MAX_TEXT, &mut errors);
    let responsible = validate::required_text("responsible", raw(&f, "responsible"), MAX_SHORT_CHARS, &mut errors);
    let due = parse_date(&one(&f, "due"));
    if due.is_none() {
        errors.add("due", Problem::BadDate);
    }
    let institution = one(&f, "institution").parse().ok().map(InstitutionId).filter(|i| view.round.institutions.contains(i));
    let draft = ActionDraft { action: action.clone(), institution: one(&f, "institution"), responsible: responsible.clone(), due: one(&f, "due") };
    let Some(due) = due.filter(|_| errors.is_empty()) else {
        return actions_again(&app, &access, v, &view, &errors, draft).await;
    };
    match validate::store_refusal(access.add_action(&view, &NewAction { action, institution, responsible, due }).await)? {
        Ok(Ok(_)) => Ok(Redirect::to(&format!("/rounds/{id}/actions")).into_response()),
        Ok(Err(e)) => refused_for(v, &e, view.round.id),
        Err(errors) => actions_again(&app, &access, v, &view, &errors, draft).await,
    }
}

/// The actions page again, with her draft and each problem beside its field.
async fn actions_again(
    app: &AppState,
    access: &Access<'_>,
    v: Visit,
    view: &RoundView,
    errors: &FieldErrors,
    draft: ActionDraft,
) -> Result<Response, WebError> {
    let error = Some(v.t("error-invalid"));
    let mut page = actions_view(app, access, v, view, error).await?;
    page.errors = errors.messages(&page.v.tr);
    page.draft = draft;
    unprocessable(&page)
}

async fn action_update(
    State(app): State<AppState>,
    page: SignedInPage,
    Ids(id, action): Ids,
    PageForm(f): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.round(RoundId(id)).await?;
    let status = ActionStatus::from_code(&one(&f, "status")).ok_or(WebError::BadRequest)?;
    let mut errors = FieldErrors::default();
    let note = validate::text("note", raw(&f, "note"), MAX_TEXT, &mut errors);
    if let Some((_, p)) = errors.iter().next() {
        let error = Some(v.t(p.key()));
        return unprocessable(&actions_view(&app, &access, v, &view, error).await?);
    }
    let note = Some(note.as_str()).filter(|n| !n.is_empty());
    match validate::store_refusal(access.update_action(&view, action, status, note).await)? {
        Ok(Ok(())) => Ok(Redirect::to(&format!("/rounds/{id}/actions")).into_response()),
        Ok(Err(e)) => refused_for(v, &e, view.round.id),
        Err(errors) => {
            let error = errors.iter().next().map(|(_, p)| v.t(p.key()));
            unprocessable(&actions_view(&app, &access, v, &view, error).await?)
        }
    }
}
