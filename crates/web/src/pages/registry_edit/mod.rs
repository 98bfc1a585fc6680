//! The registry the coordinator keeps (issue 11): a collective's record edited (names in four
//! languages, stage with its date, registration) and closed after a confirmation; partner
//! organisations listed, created, edited and linked to collectives by dates. What the
//! collective's own page shows of it is [`panel`].

mod collective;
mod panel;
mod partners;

pub use panel::{panel, RegistryPanel};

use super::institutions::StateGroup;
use crate::error::WebError;
use crate::state::AppState;
use crate::validate::{FieldErrors, Problem};
use crate::visit::Visit;
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::geography::DistrictCode;
use dhruva_store::error::InputProblem;
use time::Date;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/edit", get(collective::edit_form).post(collective::edit_submit))
        .route("/collectives/{id}/close", get(collective::close_form).post(collective::close_submit))
        .route("/partners", get(partners::list))
        .route("/partners/new", get(partners::new_form).post(partners::new_submit))
        .route("/partners/{id}", get(partners::show))
        .route("/partners/{id}/edit", get(partners::edit_form).post(partners::edit_submit))
        .route("/partners/{id}/link", post(partners::link))
        .route("/partners/{id}/unlink", post(partners::unlink))
}

/// The longest name, registration number and reason a form takes (the store's limits).
pub(crate) const MAX_NAME: usize = dhruva_store::registry::MAX_REGISTRY_NAME;
pub(crate) const MAX_REGISTRATION_NO: usize = dhruva_store::registry::MAX_REGISTRATION_NO;
pub(crate) const MAX_REASON: usize = dhruva_store::registry::MAX_CLOSE_REASON;

/// Messages beside fields, already in her language, by field name (`until-7` for the
/// unlink form of collective 7).
#[derive(Default)]
pub struct Said(Vec<(String, String)>);

impl Said {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }
    /// `aria-invalid` and `aria-describedby` for a field with a message (empty otherwise).
    pub fn attrs(&self, field: &str) -> String {
        match self.get(field) {
            Some(_) => format!(" aria-invalid=\"true\" aria-describedby=\"{field}-error\""),
            None => String::new(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn key(&mut self, v: &Visit, field: impl Into<String>, key: &str) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, v.t(key)));
        }
    }
    fn problems(&mut self, v: &Visit, errors: &FieldErrors) {
        for (field, problem) in errors.iter() {
            self.key(v, field, problem.key());
        }
    }
    /// The store's refusal of a typed value, beside its field (`rename` maps the store's field
    /// names to the form's).
    fn store(&mut self, v: &Visit, field: &str, problem: InputProblem) {
        self.key(v, field.to_owned(), Problem::of_store(problem).key());
    }
}

/// A date field: empty is `None`; anything but a real date, or a date after `today`, is a
/// message beside the field.
fn past_date(v: &Visit, said: &mut Said, field: &str, raw: &str, today: Date) -> Option<Date> {
    match raw.trim() {
        "" => None,
        text => match super::rounds::common::parse_date(text) {
            Some(d) if d <= today => Some(d),
            Some(_) => {
                said.key(v, field.to_owned(), Problem::FutureDate.key());
                None
            }
            None => {
                said.key(v, field.to_owned(), Problem::BadDate.key());
                None
            }
        },
    }
}

/// A district from the registry's list (`None` and a message if it is not one).
async fn known_district(app: &AppState, v: &Visit, said: &mut Said, field: &str, raw: &str) -> Result<Option<DistrictCode>, WebError> {
    Ok(match DistrictCode::parse(raw.trim()) {
        Ok(code) if app.store.district(&code).await?.is_some() => Some(code),
        _ => {
            said.key(v, field.to_owned(), "setup-error-district");
            None
        }
    })
}

/// Every district of the registry, grouped by state.
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

/// Today's date as a date field's value.
fn date_value(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
