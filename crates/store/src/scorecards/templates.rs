//! Which score card templates a round may use, and whether answers fit one: the shipped
//! templates of `dhruva_forms::scorecard` are the only source of truth for both.

use super::ScorecardError;
use dhruva_core::scorecard::InstitutionType;
use dhruva_forms::scorecard::{self, Template};
use std::collections::BTreeSet;

fn template(id: &str) -> Result<&'static Template, ScorecardError> {
    scorecard::template(id).ok_or_else(|| ScorecardError::UnknownTemplate(id.to_owned()))
}

pub(crate) fn require_known(id: &str) -> Result<(), ScorecardError> {
    template(id).map(|_| ())
}

/// Answers for an institution of `kind` in a round on template `id`: at least one, each an
/// indicator asked about that kind of institution, once, with a point on its scale.
/// Unanswered indicators are allowed: she skips what she did not go through ("did not go"
/// is recorded apart, with no answers, see `ratings::RatingMark`).
pub(crate) fn check_answers(id: &str, kind: InstitutionType, points: &[(String, usize)]) -> Result<(), ScorecardError> {
    let template = template(id)?;
    if points.is_empty() {
        return Err(ScorecardError::BadAnswers("no indicator was answered".to_owned()));
    }
    let asked: BTreeSet<&str> = template.indicators_for(kind).iter().map(|i| i.code.as_str()).collect();
    let mut seen = BTreeSet::new();
    for (code, point) in points {
        // Codes come from the template, never from the request, before they reach a message.
        let Some(code) = asked.get(code.as_str()) else {
            return Err(ScorecardError::BadAnswers(format!("an indicator not asked about a {} was answered", kind.code())));
        };
        if !seen.insert(*code) {
            return Err(ScorecardError::BadAnswers(format!("{code} is answered twice")));
        }
        let points_on_scale = template.scale_spec(code).map_or(0, |s| s.values.len());
        if *point >= points_on_scale {
            return Err(ScorecardError::BadAnswers(format!("{code} has no point {point}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|(c, p)| ((*c).to_owned(), *p)).collect()
    }

    #[test]
    fn only_shipped_templates_are_known() {
        assert!(require_known("standard").is_ok());
        assert!(require_known("care_0_100").is_ok());
        assert_eq!(require_known("Standard"), Err(ScorecardError::UnknownTemplate("Standard".to_owned())));
    }

    #[test]
    fn answers_name_indicators_asked_about_the_institution_once_with_a_point_on_its_scale() {
        let police = InstitutionType::PoliceStation;
        assert!(check_answers("standard", police, &points(&[("safety", 4), ("fir_registered", 1)])).is_ok());
        assert!(check_answers("standard", police, &[]).is_err());
        assert!(check_answers("standard", police, &points(&[("safety", 2), ("safety", 3)])).is_err());
        assert!(check_answers("standard", police, &points(&[("safety", 5)])).is_err(), "five faces: points 0 to 4");
        assert!(check_answers("standard", InstitutionType::Hospital, &points(&[("fir_registered", 1)])).is_err(), "asked of the police only");
        assert!(check_answers("standard", police, &points(&[("made_up", 1)])).is_err());
        assert!(check_answers("nope", police, &points(&[("safety", 1)])).is_err());
    }
}
