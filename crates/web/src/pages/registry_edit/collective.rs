//! `/collectives/{id}/edit` (`EditCollective`: the coordinator, the admin, the collective's own
//! leaders) and `/collectives/{id}/close` (`CloseCollective`, after a confirmation).

use super::{date_value, district_groups, known_district, past_date, Said, MAX_NAME, MAX_REASON, MAX_REGISTRATION_NO};
use crate::access::Access;
use crate::error::WebError;
use crate::pages::institutions::StateGroup;
use crate::pages::rounds::common::unprocessable;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::policy::{Action, Decision};
use dhruva_core::registry::{Collective, Language, Stage, TraffickingKind};
use dhruva_core::CollectiveId;
use dhruva_store::registry::{name_field, CollectiveRecord, OTHER_NAME_LANGUAGES};
use dhruva_store::{Channel, StoreError};
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
pub struct EditForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    name_bn: String,
    #[serde(default)]
    name_hi: String,
    #[serde(default)]
    name_te: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    founded: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    stage_since: String,
    #[serde(default)]
    registration_no: String,
    #[serde(default)]
    registered_on: String,
}

/// One name field in another language: its form name, its label, and her typing.
pub struct NameField {
    field: &'static str,
    label: String,
    value: String,
}

#[derive(Template)]
#[template(path = "registry/collective_edit.html")]
struct EditPage {
    v: Visit,
    id: i64,
    title: String,
    f: EditForm,
    others: Vec<NameField>,
    kinds: Vec<(&'static str, String)>,
    stages: Vec<(&'static str, String)>,
    districts: Vec<StateGroup>,
    said: Said,
    max_name: usize,
    max_registration: usize,
    /// The current stage and the day it began, as a line.
    current_stage: String,
}

fn typed_name(f: &EditForm, language: Language) -> &str {
    match language {
        Language::Bengali => &f.name_bn,
        Language::Hindi => &f.name_hi,
        Language::Telugu => &f.name_te,
        Language::English => &f.name,
    }
}

async fn edit_page(app: &AppState, v: Visit, c: &Collective, f: EditForm, said: Said) -> Result<EditPage, WebError> {
    let kinds = TraffickingKind::ALL.iter().map(|k| (k.code(), v.tr.label("trafficking-kind", k.code()))).collect();
    let stages = Stage::ALL.iter().map(|s| (s.code(), v.tr.label("stage", s.code()))).collect();
    let others = OTHER_NAME_LANGUAGES
        .iter()
        .map(|l| NameField { field: name_field(*l), label: v.tr.t(&format!("registry-name-{}", l.code())), value: typed_name(&f, *l).to_owned() })
        .collect();
    let details = app.store.collective_details(c.id).await?.ok_or(WebError::NotFound)?;
    let current_stage = match details.stages.last() {
        Some(s) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("stage", v.tr.label("stage", s.stage.code()));
            args.set("date", crate::format::date(&v.tr, s.since));
            v.tr.t_with("registry-stage-current", &args)
        }
        None => v.tr.label("stage", c.stage.code()),
    };
    Ok(EditPage {
        id: c.id.0,
        title: v.tr.t_args("registry-edit-title", "name", c.name.clone()),
        districts: district_groups(app).await?,
        v,
        f,
        others,
        kinds,
        stages,
        said,
        max_name: MAX_NAME,
        max_registration: MAX_REGISTRATION_NO,
        current_stage,
    })
}

/// The collective, if she may edit it: 404 if she may not see it, 403 if she may see but not
/// edit it.
async fn editable(access: &Access<'_>, id: CollectiveId, action: Action) -> Result<(Collective, Decision), WebError> {
    let decision = access.require_on_collective(id, action).await?;
    let c = access.collective(id).await?;
    Ok((c, decision))
}

pub async fn edit_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, _) = editable(&access, CollectiveId(id), Action::EditCollective).await?;
    let details = app.store.collective_details(c.id).await?.ok_or(WebError::NotFound)?;
    let name_in = |l: Language| details.name_in(l).unwrap_or("").to_owned();
    let f = EditForm {
        name: c.name.clone(),
        name_bn: name_in(Language::Bengali),
        name_hi: name_in(Language::Hindi),
        name_te: name_in(Language::Telugu),
        district: c.district.as_str().to_owned(),
        kind: c.kind.code().to_owned(),
        founded: c.founded_on.map(date_value).unwrap_or_default(),
        stage: c.stage.code().to_owned(),
        stage_since: String::new(),
        registration_no: details.registration_no.clone().unwrap_or_default(),
        registered_on: details.registered_on.map(date_value).unwrap_or_default(),
    };
    html(&edit_page(&app, v, &c, f, Said::default()).await?)
}

pub async fn edit_submit(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<EditForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, decision) = editable(&access, CollectiveId(id), Action::EditCollective).await?;
    let today = today();
    let mut said = Said::default();
    let mut errors = FieldErrors::default();
    let name = validate::text("name", &f.name, MAX_NAME, &mut errors);
    let names: Vec<(Language, String)> =
        OTHER_NAME_LANGUAGES.iter().map(|l| (*l, validate::text(name_field(*l), typed_name(&f, *l), MAX_NAME, &mut errors))).collect();
    let registration_no = validate::text("registration_no", &f.registration_no, MAX_REGISTRATION_NO, &mut errors);
    said.problems(&v, &errors);
    if name.is_empty() {
        said.key(&v, "name", "setup-error-name");
    }
    let district = known_district(&app, &v, &mut said, "district", &f.district).await?;
    let kind = TraffickingKind::from_code(f.kind.trim());
    if kind.is_none() {
        said.key(&v, "kind", "setup-error-kind");
    }
    let stage = Stage::from_code(f.stage.trim());
    if stage.is_none() {
        said.key(&v, "stage", "setup-error-stage");
    }
    let founded_on = past_date(&v, &mut said, "founded", &f.founded, today);
    let stage_since = past_date(&v, &mut said, "stage_since", &f.stage_since, today);
    let registered_on = past_date(&v, &mut said, "registered_on", &f.registered_on, today);
    if stage.is_some_and(|s| s != c.stage) && stage_since.is_none() {
        said.key(&v, "stage_since", "registry-error-stage-since");
    }
    if stage == Some(Stage::RegisteredOrganisation) {
        if registration_no.is_empty() {
            said.key(&v, "registration_no", "registry-error-registration-no");
        }
        if registered_on.is_none() {
            said.key(&v, "registered_on", "registry-error-registered-on");
        }
    }
    let (Some(district), Some(kind), Some(stage), true) = (district, kind, stage, said.is_empty()) else {
        return unprocessable(&edit_page(&app, v, &c, f, said).await?);
    };
    let rec = CollectiveRecord {
        name,
        names,
        kind,
        district,
        founded_on,
        stage,
        stage_since,
        registration_no: Some(registration_no).filter(|r| !r.is_empty()),
        registered_on,
    };
    match app.store.edit_collective(&access.accessor(&decision), c.id, &rec, today).await {
        Ok(()) => Ok(Redirect::to(&format!("/collectives/{id}")).into_response()),
        Err(StoreError::Duplicate(_)) => {
            said.key(&v, "name", "setup-error-duplicate");
            unprocessable(&edit_page(&app, v, &c, f, said).await?)
        }
        Err(StoreError::Input { field, problem }) => {
            said.store(&v, field, problem);
            unprocessable(&edit_page(&app, v, &c, f, said).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct CloseForm {
    #[serde(default)]
    closed_on: String,
    #[serde(default)]
    reason: String,
    /// `yes` on the confirmation page's button.
    #[serde(default)]
    confirm: String,
}

#[derive(Template)]
#[template(path = "registry/collective_close.html")]
struct ClosePage {
    v: Visit,
    id: i64,
    title: String,
    f: CloseForm,
    said: Said,
    max_reason: usize,
    /// On the confirmation step: the sentence to confirm.
    confirm: Option<String>,
    /// Already closed: "closed since …" and no form.
    closed: Option<String>,
}

fn close_page(v: Visit, c: &Collective, f: CloseForm, said: Said, confirm: Option<String>, closed: Option<String>) -> ClosePage {
    ClosePage { id: c.id.0, title: v.tr.t_args("registry-close-title", "name", c.name.clone()), v, f, said, max_reason: MAX_REASON, confirm, closed }
}

fn closed_line(v: &Visit, on: time::Date) -> String {
    v.tr.t_args("registry-closed-since", "date", crate::format::date(&v.tr, on))
}

pub async fn close_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, _) = editable(&access, CollectiveId(id), Action::CloseCollective).await?;
    let closed = app.store.collective_closed_on(c.id).await?.map(|on| closed_line(&v, on));
    let f = CloseForm { closed_on: date_value(today()), ..CloseForm::default() };
    html(&close_page(v, &c, f, Said::default(), None, closed))
}

/// The first post shows what will happen and asks to confirm; the confirmed post closes it.
pub async fn close_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<CloseForm>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, decision) = editable(&access, CollectiveId(id), Action::CloseCollective).await?;
    if let Some(on) = app.store.collective_closed_on(c.id).await? {
        let closed = Some(closed_line(&v, on));
        return html(&close_page(v, &c, f, Said::default(), None, closed));
    }
    let today = today();
    let mut said = Said::default();
    let mut errors = FieldErrors::default();
    let reason = validate::text("reason", &f.reason, MAX_REASON, &mut errors);
    said.problems(&v, &errors);
    if reason.is_empty() {
        said.key(&v, "reason", "registry-error-reason");
    }
    let on = past_date(&v, &mut said, "closed_on", &f.closed_on, today);
    if on.is_none() {
        said.key(&v, "closed_on", "registry-error-closed-on");
    }
    let (Some(on), true) = (on, said.is_empty()) else {
        return unprocessable(&close_page(v, &c, f, said, None, None));
    };
    if f.confirm != "yes" {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", c.name.clone());
        args.set("date", crate::format::date(&v.tr, on));
        let sentence = v.tr.t_with("registry-close-confirm", &args);
        return html(&close_page(v, &c, f, said, Some(sentence), None));
    }
    match app.store.close_collective(&access.accessor(&decision), c.id, on, &reason, today).await {
        Ok(()) | Err(StoreError::Duplicate(_)) => Ok(Redirect::to(&format!("/collectives/{id}")).into_response()),
        Err(StoreError::Input { field, problem }) => {
            said.store(&v, field, problem);
            unprocessable(&close_page(v, &c, f, said, None, None))
        }
        Err(e) => Err(e.into()),
    }
}
