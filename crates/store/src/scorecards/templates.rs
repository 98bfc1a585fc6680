//! Which score card templates a round may use, and whether answers fit one.
//!
//! The one place that knows about templates, so switching to `dhruva_forms::scorecard`
//! (being written alongside) changes only this file.

use super::ScorecardError;

/// The built-in templates' ids.
pub const KNOWN_TEMPLATES: &[&str] = &["standard", "care_0_100"];

/// The most points any built-in scale has (0–100 in steps of 10 is 11).
const MAX_POINTS: usize = 11;

pub(crate) fn require_known(template: &str) -> Result<(), ScorecardError> {
    if KNOWN_TEMPLATES.contains(&template) {
        Ok(())
    } else {
        Err(ScorecardError::UnknownTemplate(template.to_owned()))
    }
}

/// Answers: at least one, each indicator once, a plausible indicator code and point.
pub(crate) fn check_points(points: &[(String, usize)]) -> Result<(), ScorecardError> {
    if points.is_empty() {
        return Err(ScorecardError::BadAnswers("no indicator was answered".to_owned()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (code, point) in points {
        let plausible = !code.is_empty() && code.len() <= 64 && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !plausible {
            return Err(ScorecardError::BadAnswers("an indicator code is not valid".to_owned()));
        }
        if !seen.insert(code.as_str()) {
            return Err(ScorecardError::BadAnswers(format!("{code} is answered twice")));
        }
        if *point >= MAX_POINTS {
            return Err(ScorecardError::BadAnswers(format!("{code} has no such point")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_built_in_templates_are_known() {
        assert!(require_known("standard").is_ok());
        assert!(require_known("care_0_100").is_ok());
        assert!(require_known("Standard").is_err());
    }

    #[test]
    fn answers_name_each_indicator_once_with_a_point_on_its_scale() {
        assert!(check_points(&[("safety".to_owned(), 2)]).is_ok());
        assert!(check_points(&[]).is_err());
        assert!(check_points(&[("safety".to_owned(), 2), ("safety".to_owned(), 3)]).is_err());
        assert!(check_points(&[("safety".to_owned(), 99)]).is_err());
        assert!(check_points(&[("no spaces".to_owned(), 1)]).is_err());
    }
}
