//! A case's details: her answers to the kind's form (`dhruva_forms::cases::form(kind)`).

use super::CaseError;
use dhruva_core::cases::CaseKind;
use dhruva_forms::RawAnswers;

/// Checks the answers against the kind's form and keeps only what the form asked and she
/// answered (a page posts its CSRF token beside the answers; it is not hers to keep). The
/// errors name items and problems, never what she typed.
pub(super) fn validate(kind: CaseKind, raw: &RawAnswers) -> Result<RawAnswers, CaseError> {
    let answers = dhruva_forms::cases::form(kind).validate(raw).map_err(CaseError::Details)?;
    Ok(raw.iter().filter(|(item, _)| answers.get(item).is_some()).map(|(k, v)| (k.clone(), v.clone())).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), vec![(*v).to_owned()])).collect()
    }

    #[test]
    fn only_the_forms_answered_items_are_kept() {
        let kept = validate(CaseKind::Compensation, &raw(&[("reference", "DLSA/1"), ("csrf", "token"), ("amount_claimed", "5000")])).expect("valid");
        assert_eq!(kept, raw(&[("amount_claimed", "5000"), ("reference", "DLSA/1")]));
    }

    #[test]
    fn a_bad_amount_is_refused_by_item_without_its_value() {
        let Err(CaseError::Details(errors)) = validate(CaseKind::Compensation, &raw(&[("amount_claimed", "-5")])) else {
            panic!("a negative amount is refused");
        };
        assert_eq!(errors[0].item, "amount_claimed");
        assert!(!format!("{errors:?}").contains("-5"));
    }
}
