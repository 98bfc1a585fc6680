//! A member rates the institutions of an open round from her phone: one screen per
//! institution, a row of big faces per indicator, then on to the next one she has not done.
//! Any question may be skipped ("skip this question": a deliberate choice, never a blank
//! that looks like a forgotten one), and for a whole institution she can say "I did not go
//! there". Both leave the figures alone: only the faces she chose are counted. Her list says
//! how far she has got ("3 of 8 done") and which are done, not gone or still to do.
//! She can come back and change anything while the round is open; nobody else ever sees her
//! answers (the store keeps them under her key, and no page here reads anyone else's).

use super::rounds::common::{indicator_views, unprocessable, Ids, IndicatorView};
use super::rounds::refused_for;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, RoundView};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_forms::scorecard::Template as ScoreTemplate;
use dhruva_forms::{Answer, RawAnswers};
use dhruva_store::scorecards::{Institution, RatingAnswers, RatingMark, ScorecardError};
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// The value of the "skip this question" choice.
pub const SKIP: &str = "skip";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/rate", get(list))
        .route("/rounds/{id}/rate/{institution}", get(form).post(submit))
        .route("/rounds/{id}/rate/{institution}/not-gone", post(not_gone))
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

/// Where she is with one institution.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Progress {
    ToDo,
    Done,
    NotGone,
}

impl Progress {
    fn of(marks: &BTreeMap<InstitutionId, bool>, id: InstitutionId) -> Progress {
        match marks.get(&id) {
            None => Progress::ToDo,
            Some(false) => Progress::Done,
            Some(true) => Progress::NotGone,
        }
    }

    /// The CSS class and `data-state` of her list's row.
    pub fn code(self) -> &'static str {
        match self {
            Progress::ToDo => "todo",
            Progress::Done => "done",
            Progress::NotGone => "not-gone",
        }
    }
}

pub struct RateRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub state: &'static str,
    pub state_word: String,
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
    progress: String,
    rows: Vec<RateRow>,
}

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

/// "3 of 8 done" (done counts "did not go" too: she has answered for it).
fn progress_line(tr: &Tr, done: usize, total: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("done", done);
    args.set("total", total);
    tr.t_with("rate-progress", &args)
}

async fn list(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<Saved>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let marks = access.my_marks(&view).await?;
    let institutions = institutions_of(&app, &view).await?;
    let rows: Vec<RateRow> = institutions
        .into_iter()
        .map(|i| {
            let state = Progress::of(&marks, i.id);
            RateRow {
                id: i.id.0,
                kind: v.tr.label("institution-type", i.kind.code()),
                state: state.code(),
                state_word: v.tr.label("rate-state", state.code()),
                name: i.name,
            }
        })
        .collect();
    let open = view.round.status == RoundStatus::Open;
    let next = rows.iter().find(|r| r.state == Progress::ToDo.code()).map(|r| r.id).filter(|_| open);
    let done = rows.iter().filter(|r| r.state != Progress::ToDo.code()).count();
    let progress = progress_line(&v.tr, done, rows.len());
    html(&ListPage { v, id, title: view.round.title.clone(), open, saved: q.saved.is_some(), next, progress, rows })
}

#[derive(Template)]
#[template(path = "scorecards/rate.html")]
struct RatePage {
    v: Visit,
    id: i64,
    institution_id: i64,
    institution: String,
    kind: String,
    /// "Place 2 of 5 · 1 of 5 done".
    place: String,
    progress: String,
    indicators: Vec<IndicatorView>,
    /// Why the page is shown again, in her language (a question left without a choice, every
    /// question skipped).
    problem: Option<String>,
    changing: bool,
    not_gone: bool,
    saved: bool,
}

async fn institution_in(app: &AppState, view: &RoundView, institution: i64) -> Result<Institution, WebError> {
    let id = InstitutionId(institution);
    if !view.round.institutions.contains(&id) {
        return Err(WebError::NotFound);
    }
    app.store.institution(id).await?.ok_or(WebError::NotFound)
}

fn template_of(view: &RoundView) -> Result<&'static ScoreTemplate, WebError> {
    dhruva_forms::scorecard::template(&view.round.template).ok_or(WebError::Internal("a round names a template that is not built in"))
}

/// Her questions, each with a "skip this question" choice: `chosen` are the faces she chose,
/// `skipped` the questions she chose to skip.
fn her_questions(
    template: &ScoreTemplate,
    kind: InstitutionType,
    tr: &Tr,
    chosen: &BTreeMap<String, usize>,
    skipped: &BTreeSet<String>,
    errors: &BTreeMap<String, String>,
) -> Vec<IndicatorView> {
    let mut views = indicator_views(template, kind, tr.lang(), chosen, errors);
    for ind in &mut views {
        ind.skippable = true;
        ind.skipped = skipped.contains(&ind.code);
    }
    views
}

/// Where the institution is in the round and how far she has got.
async fn place_and_progress(
    access: &Access<'_>,
    view: &RoundView,
    tr: &Tr,
    institution: InstitutionId,
) -> Result<(String, String, Option<bool>), WebError> {
    let marks = access.my_marks(view).await?;
    let total = view.round.institutions.len();
    let position = view.round.institutions.iter().position(|i| *i == institution).map_or(1, |p| p + 1);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("position", position);
    args.set("total", total);
    let done = view.round.institutions.iter().filter(|i| marks.contains_key(i)).count();
    Ok((tr.t_with("rate-place", &args), progress_line(tr, done, total), marks.get(&institution).copied()))
}

async fn form(State(app): State<AppState>, page: SignedInPage, Ids(id, institution): Ids, Query(q): Query<Saved>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let inst = institution_in(&app, &view, institution).await?;
    if view.round.status != RoundStatus::Open {
        return Ok(Redirect::to(&format!("/rounds/{id}/rate")).into_response());
    }
    let template = template_of(&view)?;
    let mine = access.my_mark(&view, inst.id).await?;
    let chosen: BTreeMap<String, usize> = match &mine {
        Some(RatingMark::Rated(a)) => a.points.iter().cloned().collect(),
        _ => BTreeMap::new(),
    };
    // A rating saved before shows the questions she skipped as skipped; a new one shows none.
    let skipped: BTreeSet<String> = match &mine {
        Some(RatingMark::Rated(_)) => {
            template.indicators_for(inst.kind).into_iter().map(|i| i.code.clone()).filter(|c| !chosen.contains_key(c)).collect()
        }
        _ => BTreeSet::new(),
    };
    let indicators = her_questions(template, inst.kind, &v.tr, &chosen, &skipped, &BTreeMap::new());
    let (place, progress, _) = place_and_progress(&access, &view, &v.tr, inst.id).await?;
    html(&RatePage {
        id,
        institution_id: institution,
        kind: v.tr.label("institution-type", inst.kind.code()),
        institution: inst.name,
        place,
        progress,
        indicators,
        problem: None,
        changing: matches!(mine, Some(RatingMark::Rated(_))),
        not_gone: matches!(mine, Some(RatingMark::NotGone)),
        saved: q.saved.is_some(),
        v,
    })
}

/// What she posted, read against the questions asked about this kind of institution: the
/// faces she chose (checked by the form model), the questions she skipped, and a message
/// beside every question left with neither.
pub struct Posted {
    pub chosen: BTreeMap<String, usize>,
    pub skipped: BTreeSet<String>,
    pub errors: BTreeMap<String, String>,
}

pub fn read_posted(template: &ScoreTemplate, kind: InstitutionType, fields: &[(String, String)], tr: &Tr) -> Posted {
    let asked: Vec<&str> = template.indicators_for(kind).into_iter().map(|i| i.code.as_str()).collect();
    let mut raw = RawAnswers::new();
    let mut skipped = BTreeSet::new();
    for (k, value) in fields.iter().filter(|(k, _)| asked.contains(&k.as_str())) {
        if value == SKIP {
            skipped.insert(k.clone());
        } else {
            raw.entry(k.clone()).or_default().push(value.clone());
        }
    }
    // A question both skipped and answered (a forged post): the face wins, as on the page
    // the last choice would.
    skipped.retain(|k| !raw.contains_key(k));
    let mut errors = BTreeMap::new();
    let answers = match template.form.validate(&raw) {
        Ok(a) => Some(a),
        Err(problems) => {
            for e in problems.into_iter().filter(|e| asked.contains(&e.item.as_str())) {
                errors.insert(e.item, tr.label("form-error", e.problem.code()));
            }
            None
        }
    };
    let mut chosen = BTreeMap::new();
    for code in asked {
        match answers.as_ref().and_then(|a| a.get(code)) {
            Some(Answer::Point(i)) => {
                chosen.insert(code.to_owned(), *i);
            }
            _ if skipped.contains(code) => {}
            _ => {
                // The posted index is what the page shows checked again, even beside an error.
                let posted = raw.get(code).and_then(|v| v.first()).and_then(|v| v.parse::<usize>().ok());
                if let Some(i) = posted.filter(|_| !errors.contains_key(code)) {
                    chosen.insert(code.to_owned(), i);
                }
                errors.entry(code.to_owned()).or_insert_with(|| tr.t("rate-choose-or-skip"));
            }
        }
    }
    Posted { chosen, skipped, errors }
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
    let posted = read_posted(template, inst.kind, &fields, &v.tr);
    let problem = if !posted.errors.is_empty() {
        Some(v.t("rate-fix-choose"))
    } else if posted.chosen.is_empty() {
        // Nothing to count: if she did not go there, that is the button to press.
        Some(v.t("rate-all-skipped"))
    } else {
        None
    };
    if let Some(problem) = problem {
        let indicators = her_questions(template, inst.kind, &v.tr, &posted.chosen, &posted.skipped, &posted.errors);
        let (place, progress, mine) = place_and_progress(&access, &view, &v.tr, inst.id).await?;
        return unprocessable(&RatePage {
            id,
            institution_id: institution,
            kind: v.tr.label("institution-type", inst.kind.code()),
            institution: inst.name,
            place,
            progress,
            indicators,
            problem: Some(problem),
            changing: false,
            not_gone: mine == Some(true),
            saved: false,
            v,
        });
    }
    let answers = RatingAnswers { points: posted.chosen.into_iter().collect() };
    save_and_go_on(&access, v, &view, inst.id, &RatingMark::Rated(answers)).await
}

/// "I did not go there": recorded for this institution (replacing any answers she gave it),
/// counted nowhere.
async fn not_gone(State(app): State<AppState>, page: SignedInPage, Ids(id, institution): Ids) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = her_round(&access, id).await?;
    let inst = institution_in(&app, &view, institution).await?;
    if view.round.status != RoundStatus::Open {
        return refused_for(v, &ScorecardError::RoundNotOpen(view.round.status.code()), view.round.id);
    }
    save_and_go_on(&access, v, &view, inst.id, &RatingMark::NotGone).await
}

/// Saves her mark and takes her to the next institution she has not done, or to her list.
async fn save_and_go_on(
    access: &Access<'_>,
    v: Visit,
    view: &RoundView,
    institution: InstitutionId,
    mark: &RatingMark,
) -> Result<Response, WebError> {
    if let Err(e) = access.mark(view, institution, mark).await? {
        return refused_for(v, &e, view.round.id);
    }
    let marks = access.my_marks(view).await?;
    let id = view.round.id.0;
    let next = view.round.institutions.iter().find(|i| !marks.contains_key(i) && **i != institution);
    let to = match next {
        Some(n) => format!("/rounds/{id}/rate/{}?saved=1", n.0),
        None => format!("/rounds/{id}/rate?saved=1"),
    };
    Ok(Redirect::to(&to).into_response())
}
