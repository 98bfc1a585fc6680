//! What the score card pages share: the translated refusal page, dates typed into forms,
//! and a template's indicators turned into fieldsets of faces.

use crate::error::WebError;
use crate::i18n::Tr;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use dhruva_core::registry::Language;
use dhruva_core::scorecard::InstitutionType;
use dhruva_forms::scorecard::Template as ScoreTemplate;
use dhruva_forms::{Answer, RawAnswers};
use dhruva_store::scorecards::ScorecardError;
use std::collections::BTreeMap;
use time::Date;

/// Two numeric ids from the path (a round and an institution). Anything else: 404.
pub struct Ids(pub i64, pub i64);

impl<S: Send + Sync> FromRequestParts<S> for Ids {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Path((a, b)) = Path::<(i64, i64)>::from_request_parts(parts, state).await.map_err(|_| WebError::NotFound)?;
        Ok(Ids(a, b))
    }
}

#[derive(Template)]
#[template(path = "scorecards/refused.html")]
struct RefusedPage {
    v: Visit,
    message: String,
    back: String,
}

/// The store refused a step for a reason she can act on (the round moved on, a stale page):
/// say so in her language, with the way back.
pub fn refused(v: Visit, e: &ScorecardError, back: String) -> Result<Response, WebError> {
    let message = v.tr.label("scorecard-error", e.code());
    let page = RefusedPage { v, message, back };
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

/// A page re-shown because what she typed needs fixing.
pub fn unprocessable(page: &impl Template) -> Result<Response, WebError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

/// A date from `<input type="date">` (`2026-03-31`).
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}

/// One point of a scale as a big radio button: face, word and a colour class.
pub struct PointView {
    pub index: usize,
    /// The face Dhruva draws (`scorecards/_face.html`): 0 very bad … 4 very good.
    pub mood: Option<u8>,
    pub word: String,
    pub tone: &'static str,
    pub checked: bool,
}

/// One indicator as a fieldset.
pub struct IndicatorView {
    pub code: String,
    pub label: String,
    pub hint: Option<String>,
    pub points: Vec<PointView>,
    pub error: Option<String>,
    /// A "skip this question" choice is shown (her own rating); `skipped`: it is chosen.
    pub skippable: bool,
    pub skipped: bool,
}

/// The colour of a point as one of a few CSS classes (the CSP forbids inline styles): the
/// template's colour is read for its hue, so a template can pick its own shades.
pub fn tone(colour: Option<&str>) -> &'static str {
    let Some(hex) = colour.and_then(|c| c.strip_prefix('#')).filter(|h| h.len() == 6) else { return "tone-none" };
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).map(f64::from).unwrap_or(0.0) / 255.0;
    let (r, g, b) = (channel(0), channel(2), channel(4));
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    if max - min < 0.08 {
        return "tone-none";
    }
    let d = max - min;
    let hue = if max == r {
        60.0 * (((g - b) / d).rem_euclid(6.0))
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    match hue {
        h if !(15.0..345.0).contains(&h) => "tone-1",
        h if h < 32.0 => "tone-2",
        h if h < 70.0 => "tone-3",
        h if h < 100.0 => "tone-4",
        _ => "tone-5",
    }
}

/// The indicators of `template` that apply to `kind`, in her language, with the points
/// already chosen (`chosen`: indicator code → point index) checked.
pub fn indicator_views(
    template: &ScoreTemplate,
    kind: InstitutionType,
    lang: Language,
    chosen: &BTreeMap<String, usize>,
    errors: &BTreeMap<String, String>,
) -> Vec<IndicatorView> {
    template
        .indicators_for(kind)
        .into_iter()
        .filter_map(|ind| {
            let item = template.form.item(&ind.code)?;
            let scale = template.form.scale(&ind.scale)?;
            let points = scale
                .points
                .iter()
                .enumerate()
                .map(|(index, p)| PointView {
                    index,
                    mood: p.mood().map(|m| m.0),
                    word: p.label.get(lang).to_owned(),
                    tone: tone(p.colour.as_deref()),
                    checked: chosen.get(&ind.code) == Some(&index),
                })
                .collect();
            Some(IndicatorView {
                code: ind.code.clone(),
                label: item.label.get(lang).to_owned(),
                hint: item.hint.as_ref().map(|h| h.get(lang).to_owned()),
                points,
                error: errors.get(&ind.code).cloned(),
                skippable: false,
                skipped: false,
            })
        })
        .collect()
}

/// The posted choices for the indicators that apply, checked by the form model; every one
/// missing or not on its scale gets a message in her language.
pub fn chosen_points(
    template: &ScoreTemplate,
    kind: InstitutionType,
    fields: &[(String, String)],
    tr: &Tr,
) -> (BTreeMap<String, usize>, BTreeMap<String, String>) {
    let applicable: Vec<&str> = template.indicators_for(kind).into_iter().map(|i| i.code.as_str()).collect();
    let mut raw = RawAnswers::new();
    for (k, v) in fields.iter().filter(|(k, _)| applicable.contains(&k.as_str())) {
        raw.entry(k.clone()).or_default().push(v.clone());
    }
    let mut errors = BTreeMap::new();
    // Indicators for other kinds of institution were not asked: their complaints are moot.
    let answers = match template.form.validate(&raw) {
        Ok(a) => Some(a),
        Err(problems) => {
            for e in problems.into_iter().filter(|e| applicable.contains(&e.item.as_str())) {
                errors.insert(e.item, tr.label("form-error", e.problem.code()));
            }
            None
        }
    };
    let mut chosen = BTreeMap::new();
    for code in applicable {
        // The posted index is what the page shows checked again, even beside an error.
        let posted = raw.get(code).and_then(|v| v.first()).and_then(|v| v.parse::<usize>().ok());
        match answers.as_ref().and_then(|a| a.get(code)).or(None) {
            Some(Answer::Point(i)) => {
                chosen.insert(code.to_owned(), *i);
            }
            _ => {
                if let Some(i) = posted.filter(|_| !errors.contains_key(code)) {
                    chosen.insert(code.to_owned(), i);
                }
                errors.entry(code.to_owned()).or_insert_with(|| tr.t("rate-choose-one"));
            }
        }
    }
    (chosen, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_become_one_of_five_tones_from_red_to_green() {
        assert_eq!(tone(Some("#c62828")), "tone-1");
        assert_eq!(tone(Some("#ef6c00")), "tone-2");
        assert_eq!(tone(Some("#f9a825")), "tone-3");
        assert_eq!(tone(Some("#7cb342")), "tone-4");
        assert_eq!(tone(Some("#2e7d32")), "tone-5");
        assert_eq!(tone(Some("#777777")), "tone-none");
        assert_eq!(tone(None), "tone-none");
    }

    #[test]
    fn a_date_input_value_is_read_and_nonsense_is_not() {
        assert_eq!(parse_date("2026-03-31").map(|d| d.to_string()), Some("2026-03-31".to_owned()));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("31/03/2026"), None);
    }
}
