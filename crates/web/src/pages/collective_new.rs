//! `/collectives/new`: the federation's coordinator creates a collective (issue 11).

use super::institutions::StateGroup;
use super::rounds::common::{parse_date, unprocessable};
use super::{html, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Messages};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::{Action, Decision, Resource};
use dhruva_core::registry::Language;
use dhruva_core::registry::{Stage, TraffickingKind};
use dhruva_store::registry::{name_field, CollectiveRecord, OTHER_NAME_LANGUAGES};
use dhruva_store::{Channel, StoreError};
use serde::Deserialize;

const MAX_NAME: usize = 200;

pub fn routes() -> Router<AppState> {
    Router::new().route("/collectives/new", get(form).post(submit))
}

#[derive(Template)]
#[template(path = "setup/collective_new.html")]
struct NewPage {
    v: Visit,
    f: NewForm,
    kinds: Vec<(&'static str, String)>,
    stages: Vec<(&'static str, String)>,
    districts: Vec<StateGroup>,
    errors: Messages,
    /// This page's own messages beside its fields (field, message).
    beside: Beside,
    max_name: usize,
    /// Its name in Bengali, Hindi and Telugu: (field, label, her typing).
    others: Vec<(&'static str, String, String)>,
}

#[derive(Default)]
struct Beside(Vec<(&'static str, String)>);

impl Beside {
    fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct NewForm {
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
    stage: String,
    #[serde(default)]
    founded: String,
}

/// Only whoever the policy lets create a collective sees the page; anyone else is told it
/// does not exist.
fn allowed(access: &Access<'_>) -> Result<Decision, WebError> {
    let d = access.decide(Action::CreateCollective, Resource::Deployment);
    if d.allowed {
        Ok(d)
    } else {
        Err(WebError::NotFound)
    }
}

/// Every district of the registry, grouped by state: a collective can be anywhere.
async fn district_groups(app: &AppState) -> Result<Vec<StateGroup>, WebError> {
    let mut groups = Vec::new();
    for state in app.store.states().await? {
        let districts: Vec<(String, String)> =
            app.store.districts_of(&state.code).await?.into_iter().map(|d| (d.code.as_str().to_owned(), d.name)).collect();
        if !districts.is_empty() {
            groups.push(StateGroup { name: state.name, districts });
        }
    }
    Ok(groups)
}

async fn page(app: &AppState, v: Visit, f: NewForm, errors: Messages, beside: Beside) -> Result<NewPage, WebError> {
    let kinds = TraffickingKind::ALL.iter().map(|k| (k.code(), v.tr.label("trafficking-kind", k.code()))).collect();
    let stages = Stage::ALL.iter().map(|s| (s.code(), v.tr.label("stage", s.code()))).collect();
    let others = OTHER_NAME_LANGUAGES
        .iter()
        .map(|l| (name_field(*l), v.tr.t(&format!("registry-name-{}", l.code())), typed_name(&f, *l).to_owned()))
        .collect();
    Ok(NewPage { districts: district_groups(app).await?, v, f, kinds, stages, errors, beside, max_name: MAX_NAME, others })
}

fn typed_name(f: &NewForm, language: Language) -> &str {
    match language {
        Language::Bengali => &f.name_bn,
        Language::Hindi => &f.name_hi,
        Language::Telugu => &f.name_te,
        Language::English => &f.name,
    }
}

async fn form(State(app): State<AppState>, page_: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    allowed(&Access::new(&app, &who.actor, Channel::Web))?;
    html(&page(&app, v, NewForm::default(), Messages::default(), Beside::default()).await?)
}

async fn submit(State(app): State<AppState>, page_: SignedInPage, PageForm(f): PageForm<NewForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page_;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let decision = allowed(&access)?;
    let mut errors = FieldErrors::default();
    let mut named: Vec<(&'static str, &'static str)> = Vec::new();
    let name = validate::text("name", &f.name, MAX_NAME, &mut errors);
    let names: Vec<(Language, String)> =
        OTHER_NAME_LANGUAGES.iter().map(|l| (*l, validate::text(name_field(*l), typed_name(&f, *l), MAX_NAME, &mut errors))).collect();
    if name.is_empty() && errors.get("name").is_none() {
        named.push(("name", "setup-error-name"));
    }
    let district = match DistrictCode::parse(f.district.trim()) {
        Ok(code) if app.store.district(&code).await?.is_some() => Some(code),
        _ => {
            named.push(("district", "setup-error-district"));
            None
        }
    };
    let kind = TraffickingKind::from_code(f.kind.trim());
    if kind.is_none() {
        named.push(("kind", "setup-error-kind"));
    }
    let stage = Stage::from_code(f.stage.trim());
    if stage.is_none() {
        named.push(("stage", "setup-error-stage"));
    }
    let founded_on = match f.founded.trim() {
        "" => None,
        text => match parse_date(text).filter(|d| *d <= today()) {
            Some(d) => Some(d),
            None => {
                named.push(("founded", "setup-error-founded"));
                None
            }
        },
    };
    let again = |v: Visit, errors: &FieldErrors, named: &[(&'static str, &'static str)], f: NewForm| {
        let messages = errors.messages(&v.tr);
        let beside = Beside(named.iter().map(|(field, key)| (*field, v.t(key))).collect());
        let app = app.clone();
        async move { unprocessable(&page(&app, v, f, messages, beside).await?) }
    };
    let (Some(district), Some(kind), Some(stage), true, true) = (district, kind, stage, named.is_empty(), errors.is_empty()) else {
        return again(v, &errors, &named, f).await;
    };
    // A registered organisation's number and date are given on its edit page: created here as
    // registered, it would have none, so the store asks for them (beside the stage).
    let new = CollectiveRecord { name, names, kind, stage, district, founded_on, stage_since: None, registration_no: None, registered_on: None };
    match app.store.create_collective_record(&access.accessor(&decision), &new, today()).await {
        Ok(id) => Ok(Redirect::to(&format!("/collectives/{}", id.0)).into_response()),
        Err(StoreError::Duplicate(_)) => again(v, &errors, &[("name", "setup-error-duplicate")], f).await,
        Err(StoreError::Input { field: "registration_no" | "registered_on", .. }) => {
            again(v, &errors, &[("stage", "registry-error-register-later")], f).await
        }
        Err(StoreError::Input { field, problem }) => {
            let mut errors = errors;
            errors.add(field, validate::Problem::of_store(problem));
            again(v, &errors, &[], f).await
        }
        Err(e) => Err(e.into()),
    }
}
