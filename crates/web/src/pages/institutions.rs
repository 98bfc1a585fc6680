//! The registry of duty bearers: list and filter, add one, import a CSV file (all or
//! nothing, every bad row named).

use super::rounds::common::unprocessable;
use super::view::Places;
use super::{html, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::state::AppState;
use crate::validate::{self, FieldErrors, Messages};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::InstitutionType;
use dhruva_store::scorecards::{ImportOutcome, InstitutionFilter, NewInstitution, MAX_NAME_CHARS};
use dhruva_store::Channel;
use serde::Deserialize;

/// The header an import file starts with, shown on the page as a sample.
const SAMPLE: &str = "type,name,district_code\npolice_station,Sonagachi Police Station,WB-kolkata";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/institutions", get(list))
        .route("/institutions/new", get(new_form).post(new_submit))
        .route("/institutions/import", get(import_form).post(import_submit))
}

/// One state's districts for a `<select>`'s `<optgroup>`: (code, name) pairs.
#[derive(Clone)]
pub struct StateGroup {
    pub name: String,
    pub districts: Vec<(String, String)>,
}

/// The states whose districts an account may choose: every state for the federation (which
/// keeps the registry), else the states of the collectives she may add institutions for.
async fn chooser_states(app: &AppState, access: &Access<'_>) -> Result<Option<Vec<dhruva_core::geography::StateCode>>, WebError> {
    use dhruva_core::policy::{Action, CollectiveFacts, Resource};
    if access.decide(Action::ManageInstitutions, Resource::Deployment).allowed {
        return Ok(None);
    }
    let mut states = Vec::new();
    for c in app.store.collectives().await? {
        let facts = CollectiveFacts { id: c.id, partners: c.partners.clone() };
        if access.decide(Action::AddInstitution, Resource::Collective(&facts)).allowed && !states.contains(&c.district.state()) {
            states.push(c.district.state());
        }
    }
    Ok(Some(states))
}

/// The districts she may choose from, grouped by state (states by name, districts by name).
async fn district_groups(app: &AppState, access: &Access<'_>) -> Result<Vec<StateGroup>, WebError> {
    let limited = chooser_states(app, access).await?;
    let mut groups = Vec::new();
    for state in app.store.states().await? {
        if limited.as_ref().is_some_and(|only| !only.contains(&state.code)) {
            continue;
        }
        let districts: Vec<(String, String)> =
            app.store.districts_of(&state.code).await?.into_iter().map(|d| (d.code.as_str().to_owned(), d.name)).collect();
        if !districts.is_empty() {
            groups.push(StateGroup { name: state.name, districts });
        }
    }
    Ok(groups)
}

/// The posted district, if it is one she was offered: a real district of the registry in a
/// state she may choose. Anything else (a typed code, an old link) is refused beside the field.
async fn chosen_district(app: &AppState, access: &Access<'_>, raw: &str) -> Result<Option<DistrictCode>, WebError> {
    let Ok(code) = DistrictCode::parse(raw.trim()) else { return Ok(None) };
    if app.store.district(&code).await?.is_none() {
        return Ok(None);
    }
    let allowed = chooser_states(app, access).await?.is_none_or(|only| only.contains(&code.state()));
    Ok(allowed.then_some(code))
}

pub struct InstitutionRow {
    pub name: String,
    pub kind: String,
    pub place: String,
}

/// The types as (code, label) pairs for a `<select>`.
pub fn kind_options(v: &Visit) -> Vec<(&'static str, String)> {
    InstitutionType::ALL.iter().map(|k| (k.code(), v.tr.label("institution-type", k.code()))).collect()
}

#[derive(Template)]
#[template(path = "scorecards/institutions.html")]
struct ListPage {
    v: Visit,
    rows: Vec<InstitutionRow>,
    kinds: Vec<(&'static str, String)>,
    kind: String,
    district: String,
    districts: Vec<StateGroup>,
    may_import: bool,
}

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    district: String,
}

async fn list(State(app): State<AppState>, page: SignedInPage, Query(f): Query<Filter>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let filter = InstitutionFilter { kind: InstitutionType::from_code(&f.kind), district: DistrictCode::parse(f.district.trim()).ok() };
    let found = access.institutions(&filter).await?;
    let mut places = Places::new(&app);
    let mut rows = Vec::with_capacity(found.len());
    for i in found {
        rows.push(InstitutionRow { kind: v.tr.label("institution-type", i.kind.code()), place: places.name(&i.district).await?, name: i.name });
    }
    let may_import = access.may_import_institutions();
    let districts = district_groups(&app, &access).await?;
    html(&ListPage { kinds: kind_options(&v), v, rows, kind: f.kind, district: f.district, districts, may_import })
}

#[derive(Template)]
#[template(path = "scorecards/institution_new.html")]
struct NewPage {
    v: Visit,
    kinds: Vec<(&'static str, String)>,
    kind: String,
    name: String,
    district: String,
    districts: Vec<StateGroup>,
    /// Beside the chooser: the posted district is not one she was offered.
    district_error: Option<String>,
    error: Option<String>,
    errors: Messages,
    max_name: usize,
}

async fn new_form(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let access = Access::new(&app, &page.who.actor, Channel::Web);
    access.institution_adder().await?.ok_or(WebError::NotFound)?;
    let districts = district_groups(&app, &access).await?;
    let v = page.v;
    html(&NewPage {
        kinds: kind_options(&v),
        v,
        kind: String::new(),
        name: String::new(),
        district: String::new(),
        districts,
        district_error: None,
        error: None,
        errors: Messages::default(),
        max_name: MAX_NAME_CHARS,
    })
}

#[derive(Deserialize)]
pub struct NewForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    district: String,
}

async fn new_submit(State(app): State<AppState>, page: SignedInPage, PageForm(f): PageForm<NewForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    access.institution_adder().await?.ok_or(WebError::NotFound)?;
    let kind = InstitutionType::from_code(&f.kind);
    let district = chosen_district(&app, &access, &f.district).await?;
    let mut errors = FieldErrors::default();
    let name = validate::text("name", &f.name, MAX_NAME_CHARS, &mut errors);
    let districts = district_groups(&app, &access).await?;
    let district_missing = district.is_none();
    let problem = match (kind, &district) {
        (None, _) => Some("institution-error-kind"),
        (_, None) => Some("nav-district-unknown"),
        _ if name.is_empty() => Some("institution-error-name"),
        _ if !errors.is_empty() => Some("error-invalid"),
        _ => None,
    };
    let again = |v: Visit, error: Option<String>, errors: &FieldErrors, name: String| {
        let errors = errors.messages(&v.tr);
        let districts = districts.clone();
        let district_error = district_missing.then(|| v.t("nav-district-unknown"));
        unprocessable(&NewPage {
            kinds: kind_options(&v),
            v,
            kind: f.kind.clone(),
            name,
            district: f.district.clone(),
            districts,
            district_error,
            error,
            errors,
            max_name: MAX_NAME_CHARS,
        })
    };
    let (Some(kind), Some(district), None) = (kind, district, problem) else {
        let error = problem.map(|k| v.t(k));
        return again(v, error, &errors, name);
    };
    match validate::store_refusal(access.add_institution(&NewInstitution { kind, name: name.clone(), district }).await) {
        Ok(Ok(Ok(_))) => Ok(Redirect::to("/institutions").into_response()),
        Ok(Ok(Err(e))) => {
            let error = Some(v.tr.label("scorecard-error", e.code()));
            again(v, error, &errors, name)
        }
        Ok(Err(errors)) => {
            let error = Some(v.t("error-invalid"));
            again(v, error, &errors, name)
        }
        Err(WebError::Conflict) => {
            let error = Some(v.t("institution-error-duplicate"));
            again(v, error, &errors, name)
        }
        Err(e) => Err(e),
    }
}

pub struct RowProblem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "scorecards/import.html")]
struct ImportPage {
    v: Visit,
    sample: &'static str,
    imported: Option<String>,
    problems: Vec<RowProblem>,
}

async fn import_form(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    if !Access::new(&app, &page.who.actor, Channel::Web).may_import_institutions() {
        return Err(WebError::NotFound);
    }
    html(&ImportPage { v: page.v, sample: SAMPLE, imported: None, problems: Vec::new() })
}

/// The uploaded file's bytes (the whole body is already capped by the server's body limit,
/// so a file cannot exhaust memory).
async fn file_of(mut form: Multipart) -> Result<Vec<u8>, WebError> {
    while let Some(field) = form.next_field().await.map_err(|_| WebError::BadRequest)? {
        if field.name() == Some("file") {
            return Ok(field.bytes().await.map_err(|_| WebError::BadRequest)?.to_vec());
        }
    }
    Err(WebError::BadRequest)
}

async fn import_submit(State(app): State<AppState>, page: SignedInPage, form: Multipart) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    if !access.may_import_institutions() {
        return Err(WebError::NotFound);
    }
    let bytes = file_of(form).await?;
    match access.import_institutions(&bytes).await? {
        ImportOutcome::Imported(n) => {
            let imported = Some(v.tr.t_args("import-done", "count", n as i64));
            html(&ImportPage { v, sample: SAMPLE, imported, problems: Vec::new() })
        }
        ImportOutcome::Rejected(errors) => {
            let problems = errors
                .into_iter()
                .map(|e| RowProblem {
                    row: e.row,
                    column: e.column.unwrap_or_else(|| "—".to_owned()),
                    message: v.tr.label("import-problem", e.problem.code()),
                })
                .collect();
            unprocessable(&ImportPage { v, sample: SAMPLE, imported: None, problems })
        }
    }
}
