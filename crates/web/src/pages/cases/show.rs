//! The case page and its small forms: move the case on (one button per allowed stage, each
//! with a date and a note), record a hearing (legal cases), move a due date with a reason.

use super::timeline::{self, EntryView};
use super::{case_title, iso, past_date, refusal_message, refused, state_label, words};
use crate::access::{Access, CaseView};
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::pages::rounds::common::unprocessable;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Messages, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::{CaseId, Sensitive};
use dhruva_forms::{Form, ItemKind, RawAnswers};
use dhruva_store::cases::TimelineEntry;
use dhruva_store::Channel;
use serde::Deserialize;

/// One stage she can move the case to.
pub struct MoveView {
    pub code: &'static str,
    pub label: String,
    /// The stage ends the case or records a "no": its confirmation page comes first.
    pub confirm: bool,
}

/// A deadline not yet met, with its rule's source and any reason it was moved.
pub struct DueView {
    pub rule: String,
    pub due_date: time::Date,
    pub label: String,
    pub due: String,
    pub status: String,
    pub overdue: bool,
    pub source: String,
    pub moved: Option<String>,
}

#[derive(Template)]
#[template(path = "cases/show.html")]
struct ShowPage {
    v: Visit,
    id: i64,
    title: String,
    state: String,
    state_code: &'static str,
    /// "Where it is and what happens next": the next date (with what it is for), and the
    /// stages the case can go to next, in her words (empty: the case is over).
    next_date: Option<String>,
    next_overdue: bool,
    next_steps: String,
    is_final: bool,
    /// Her own move she may still take back: its event, what it was, minutes left.
    undo: Option<UndoView>,
    /// A move was just taken back.
    undone: bool,
    authority: Option<String>,
    details: Vec<(String, String)>,
    due: Vec<DueView>,
    may_manage: bool,
    saved: bool,
    /// Her list: "my cases" for herself, the member's cases for a leader.
    back: String,
    timeline: Vec<EntryView>,
}

/// The move she may still undo, as the case page offers it.
pub struct UndoView {
    pub event: i64,
    pub line: String,
    pub left: String,
}

/// The update page: the forms that change the case (a stage, a hearing, a moved date), behind
/// the case page's one "Update this case" button.
#[derive(Template)]
#[template(path = "cases/update.html")]
struct UpdatePage {
    v: Visit,
    id: i64,
    title: String,
    state: String,
    state_code: &'static str,
    due: Vec<DueView>,
    moves: Vec<MoveView>,
    is_final: bool,
    is_legal: bool,
    today: String,
    /// The hearing form as she typed it, with its problems (empty when first shown).
    hearing: HearingForm,
    errors: Messages,
    max_court: usize,
    max_note: usize,
}

/// The longest court name and note on a case page's small forms, in characters.
pub const MAX_COURT_CHARS: usize = 200;
pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    undone: Option<String>,
}

/// Her answers to the kind's form, as (label, value) in her language; amounts in rupees with
/// lakh and crore grouping.
pub fn detail_rows(tr: &Tr, form: &Form, raw: &RawAnswers) -> Vec<(String, String)> {
    let Ok(answers) = form.validate(raw) else {
        return Vec::new();
    };
    let lang = tr.lang();
    form.items
        .iter()
        .filter_map(|item| {
            let a = answers.get(&item.name)?;
            let value = match (a, &item.kind) {
                (dhruva_forms::Answer::Integer(n), _) if item.name.starts_with("amount") || item.name.ends_with("_amount") => {
                    format::rupees(n.saturating_mul(100))
                }
                (dhruva_forms::Answer::Integer(n), _) => format::indian_number(*n),
                (dhruva_forms::Answer::Date(d), _) => format::date(tr, *d),
                (dhruva_forms::Answer::Choice(c), ItemKind::SelectOne { choices }) => {
                    choices.iter().find(|x| x.value == *c).map_or(c.clone(), |x| x.label.get(lang).to_owned())
                }
                (dhruva_forms::Answer::Choices(cs), ItemKind::SelectMultiple { choices }) => cs
                    .iter()
                    .map(|c| choices.iter().find(|x| x.value == *c).map_or(c.clone(), |x| x.label.get(lang).to_owned()))
                    .collect::<Vec<_>>()
                    .join(", "),
                (dhruva_forms::Answer::Text(t), _) => t.clone(),
                _ => return None,
            };
            Some((item.label.get(lang).to_owned(), value))
        })
        .collect()
}

fn due_views(tr: &Tr, timeline: &[TimelineEntry]) -> Vec<DueView> {
    timeline
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::Deadline { deadline, reason } if deadline.met_on.is_none() => Some(DueView {
                rule: deadline.rule.id.clone(),
                due_date: deadline.due,
                label: tr.label("deadline", &deadline.rule.id),
                due: tr.t_args("case-due-on", "date", format::date(tr, deadline.due)),
                status: timeline::deadline_status(tr, deadline),
                overdue: deadline.due < today(),
                // The rule in her language; the English `source` in the data file is for maintainers.
                source: tr.t_args("case-due-source", "source", tr.label("welcome-rule", &deadline.rule.id)),
                moved: timeline::moved_line(tr, deadline, reason.as_ref().map(|r| r.expose().as_str())),
            }),
            _ => None,
        })
        .collect()
}

async fn authority_text(app: &AppState, view: &CaseView) -> Result<Option<String>, WebError> {
    if let Some(i) = view.case.summary.authority {
        if let Some(inst) = app.store.institution(i).await? {
            return Ok(Some(inst.name));
        }
    }
    Ok(view.case.authority_name.as_ref().map(|n| n.expose().clone()))
}

pub async fn show(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> Result<Response, WebError> {
    let app = app.clone();
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.case(CaseId(id)).await?;
    let s = &view.case.summary;
    let flow = workflow(s.kind);
    let due = due_views(&v.tr, &view.timeline);
    let next_date = s.next_due.map(|date| {
        let what = due.iter().find(|d| d.due_date == date).map(|d| d.label.clone()).unwrap_or_default();
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("date", format::date(&v.tr, date));
        a.set("what", what);
        v.tr.t_with("decide-case-next-date", &a)
    });
    let steps: Vec<String> = flow.next_states(s.state).into_iter().map(|st| state_label(&v.tr, st)).collect();
    let next_steps = match steps.is_empty() {
        true => v.t("decide-case-over"),
        false => v.tr.t_args("decide-case-next-steps", "steps", steps.join(", ")),
    };
    let undo = match view.may_manage {
        true => access.undoable_case_move(CaseId(id)).await?.map(|m| {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("from", state_label(&v.tr, m.from));
            a.set("to", state_label(&v.tr, m.to));
            let minutes = ((m.until - time::OffsetDateTime::now_utc()).whole_seconds().max(0) + 59) / 60;
            UndoView { event: m.event, line: v.tr.t_with("decide-undo-line", &a), left: v.tr.t_args("decide-undo-left", "minutes", minutes) }
        }),
        false => None,
    };
    html(&ShowPage {
        id,
        title: case_title(&v.tr, s),
        state: super::state_since(&v.tr, s.state, s.state_since),
        state_code: s.state.code(),
        next_overdue: s.next_due.is_some_and(|d| d < today()),
        next_date,
        next_steps,
        is_final: flow.is_final(s.state),
        undo,
        undone: q.undone.is_some(),
        authority: authority_text(&app, &view).await?,
        details: detail_rows(&v.tr, dhruva_forms::cases::form(s.kind), view.case.details.expose()),
        due,
        may_manage: view.may_manage,
        saved: q.saved.is_some(),
        back: match who.actor.member() == Some(s.member) {
            true => "/cases".to_owned(),
            false => format!("/members/{}/cases", s.member),
        },
        timeline: timeline::entries(&app, &v.tr, who.actor.account, &view.timeline).await?,
        v,
    })
}

/// `GET /cases/{id}/update`: the forms that change the case, for whoever may manage it.
pub async fn update(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let hearing = HearingForm { held_on: iso(today()), ..HearingForm::default() };
    html(&update_page(&app, page, id, hearing, Messages::default()).await?)
}

async fn update_page(app: &AppState, page: SignedInPage, id: i64, hearing: HearingForm, errors: Messages) -> Result<UpdatePage, WebError> {
    let app = app.clone();
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.case(CaseId(id)).await?;
    if !view.may_manage {
        return Err(WebError::NotFound);
    }
    let s = &view.case.summary;
    let flow = workflow(s.kind);
    let moves = flow
        .next_states(s.state)
        .into_iter()
        .map(|st| MoveView {
            code: st.code(),
            label: v.tr.t_args("case-move-to", "state", state_label(&v.tr, st)),
            confirm: flow.needs_confirmation(st),
        })
        .collect();
    Ok(UpdatePage {
        id,
        title: case_title(&v.tr, s),
        state: super::state_since(&v.tr, s.state, s.state_since),
        state_code: s.state.code(),
        due: due_views(&v.tr, &view.timeline),
        moves,
        is_final: flow.is_final(s.state),
        is_legal: s.kind == CaseKind::Legal,
        today: iso(today()),
        hearing,
        errors,
        max_court: MAX_COURT_CHARS,
        max_note: MAX_NOTE_CHARS,
        v,
    })
}

fn back_to(id: i64) -> Redirect {
    Redirect::to(&format!("/cases/{id}?saved=1"))
}

#[derive(Deserialize)]
pub struct StateForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    on: String,
    #[serde(default)]
    note: String,
    /// Set by the confirmation page's button; a move that needs it shows that page without it.
    #[serde(default)]
    confirm: String,
}

pub async fn change_state(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<StateForm>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (Some(from), Some(to)) = (CaseState::from_code(&f.from), CaseState::from_code(&f.to)) else {
        return Err(WebError::BadRequest);
    };
    let Some(on) = past_date(&f.on) else {
        return refused(v.clone(), v.t("cases-error-date"), format!("/cases/{id}"));
    };
    let mut errors = FieldErrors::default();
    validate::text("note", &f.note, MAX_NOTE_CHARS, &mut errors);
    if let Some((_, p)) = errors.iter().next() {
        return refused(v.clone(), v.t(p.key()), format!("/cases/{id}"));
    }
    if f.confirm != "yes" {
        let view = access.case(CaseId(id)).await?;
        let flow = workflow(view.case.summary.kind);
        if flow.needs_confirmation(to) {
            // A stale page or a stage the case cannot go to is refused as the store would,
            // before anything is asked.
            if view.case.summary.state != from {
                return refused(v.clone(), refusal_message(&v.tr, &dhruva_store::cases::CaseError::StaleState), format!("/cases/{id}"));
            }
            if let Err(e) = flow.check(from, to) {
                return refused(v.clone(), refusal_message(&v.tr, &e.into()), format!("/cases/{id}"));
            }
            return super::confirm::case_move(v, &view, CaseId(id), from, to, &f.on, &f.note);
        }
    }
    match access.change_case_state(CaseId(id), from, to, on, words(&f.note)).await? {
        Ok(()) => Ok(back_to(id).into_response()),
        Err(e) => refused(v.clone(), refusal_message(&v.tr, &e), format!("/cases/{id}")),
    }
}

#[derive(Deserialize, Default)]
pub struct HearingForm {
    #[serde(default)]
    held_on: String,
    #[serde(default)]
    court: String,
    #[serde(default)]
    next_on: String,
    #[serde(default)]
    note: String,
}

pub async fn hearing(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<HearingForm>) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    let mut errors = FieldErrors::default();
    let held_on = past_date(&f.held_on);
    if held_on.is_none() {
        errors.add("held_on", Problem::BadDate);
    }
    // The next date is ahead by nature: any real date is accepted.
    let next_on = crate::pages::rounds::common::parse_date(&f.next_on);
    if !f.next_on.trim().is_empty() && next_on.is_none() {
        errors.add("next_on", Problem::BadDate);
    }
    if let (Some(h), Some(n)) = (held_on, next_on) {
        if n < h {
            errors.add("next_on", Problem::BeforeHearing);
        }
    }
    let court = validate::text("court", &f.court, MAX_COURT_CHARS, &mut errors);
    let note = validate::text("note", &f.note, MAX_NOTE_CHARS, &mut errors);
    let typed = HearingForm { held_on: f.held_on.trim().to_owned(), court: court.clone(), next_on: f.next_on.trim().to_owned(), note: note.clone() };
    let Some(held_on) = held_on.filter(|_| errors.is_empty()) else {
        let messages = errors.messages(&page.v.tr);
        return unprocessable(&update_page(&app, page, id, typed, messages).await?);
    };
    let h = dhruva_store::cases::NewHearing { held_on, court: words(&court), next_on, note: words(&note) };
    match validate::store_refusal(access.add_hearing(CaseId(id), &h).await)? {
        Ok(Ok(())) => Ok(back_to(id).into_response()),
        Ok(Err(e)) => {
            let v = page.v;
            refused(v.clone(), refusal_message(&v.tr, &e), format!("/cases/{id}"))
        }
        Err(errors) => {
            let messages = errors.messages(&page.v.tr);
            unprocessable(&update_page(&app, page, id, typed, messages).await?)
        }
    }
}

/// A case id and a rule id from the path. Anything else: 404.
pub struct CaseRule(pub i64, pub String);

impl<S: Send + Sync> FromRequestParts<S> for CaseRule {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Path((id, rule)) = Path::<(i64, String)>::from_request_parts(parts, state).await.map_err(|_| WebError::NotFound)?;
        Ok(CaseRule(id, rule))
    }
}

#[derive(Deserialize)]
pub struct OverrideForm {
    #[serde(default)]
    due: String,
    #[serde(default)]
    reason: String,
}

pub async fn override_deadline(
    State(app): State<AppState>,
    page: SignedInPage,
    CaseRule(id, rule): CaseRule,
    PageForm(f): PageForm<OverrideForm>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let back = format!("/cases/{id}");
    let Some(due) = crate::pages::rounds::common::parse_date(&f.due) else {
        return refused(v.clone(), v.tr.label("form-error", "not-a-date"), back);
    };
    let mut errors = FieldErrors::default();
    let reason = validate::text("reason", &f.reason, MAX_NOTE_CHARS, &mut errors);
    if let Some((_, p)) = errors.iter().next() {
        return refused(v.clone(), v.t(p.key()), back);
    }
    if reason.is_empty() {
        return refused(v.clone(), v.t("case-override-reason-required"), back);
    }
    match access.override_deadline(CaseId(id), &rule, due, Sensitive::new(reason)).await? {
        Ok(()) => Ok(back_to(id).into_response()),
        Err(e) => refused(v.clone(), refusal_message(&v.tr, &e), back),
    }
}

#[derive(Deserialize)]
pub struct UndoForm {
    #[serde(default)]
    event: String,
}

/// `POST /cases/{id}/undo`: takes back her own move, if the store still allows it; a late or
/// stale undo is told why, and nothing changes.
pub async fn undo(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<UndoForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let event: i64 = f.event.trim().parse().map_err(|_| WebError::BadRequest)?;
    match access.undo_case_move(CaseId(id), event).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{id}?undone=1")).into_response()),
        Err(e) => refused(v.clone(), refusal_message(&v.tr, &e), format!("/cases/{id}")),
    }
}
