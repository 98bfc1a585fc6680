//! The forms of case details, one per kind of case (`forms/cases/*.toml`, compiled in). The
//! store validates a case's details against its kind's form; the pages render it. Item names
//! the store and the figures rely on: every kind has `reference` and `notes`; entitlement and
//! document recovery have `other_name`; compensation has `amount_claimed`, `interim_amount`,
//! `amount_awarded`, `amount_received` (whole rupees, at least 0); legal has `police_station`,
//! `sections`, `court`, `lawyer`.

use crate::error::FormError;
use crate::model::{Form, Text};
use dhruva_core::cases::CaseKind;
use std::sync::OnceLock;

/// Each kind's form file, in the order of `CaseKind::ALL`.
const SOURCES: [(CaseKind, &str); 4] = [
    (CaseKind::Entitlement, include_str!("../../../forms/cases/entitlement.toml")),
    (CaseKind::Compensation, include_str!("../../../forms/cases/compensation.toml")),
    (CaseKind::Legal, include_str!("../../../forms/cases/legal.toml")),
    (CaseKind::DocumentRecovery, include_str!("../../../forms/cases/document_recovery.toml")),
];

/// The form of a kind of case, parsed once. A file that does not parse gives an empty form
/// (no details asked) rather than taking the server down; the tests make sure none fails.
pub fn form(kind: CaseKind) -> &'static Form {
    static FORMS: OnceLock<Vec<(CaseKind, Form)>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| SOURCES.iter().map(|(kind, text)| (*kind, Form::from_toml(text).unwrap_or_else(|_| empty(*kind)))).collect());
    static EMPTY: OnceLock<Form> = OnceLock::new();
    forms.iter().find(|(k, _)| *k == kind).map(|(_, f)| f).unwrap_or_else(|| EMPTY.get_or_init(|| empty(kind)))
}

fn empty(kind: CaseKind) -> Form {
    Form { id: format!("case_{}", kind.code()), version: 0, title: Text::default(), scales: Vec::new(), items: Vec::new() }
}

/// Each kind's form file parsed afresh (for tests and a start-up check).
pub fn parse_all() -> Vec<(CaseKind, Result<Form, FormError>)> {
    SOURCES.iter().map(|(kind, text)| (*kind, Form::from_toml(text))).collect()
}

/// The items each kind's form must have, because the store or the figures read them.
pub fn required_items(kind: CaseKind) -> &'static [&'static str] {
    match kind {
        CaseKind::Entitlement => &["reference", "notes", "other_name"],
        CaseKind::Compensation => &["reference", "notes", "amount_claimed", "interim_amount", "amount_awarded", "amount_received"],
        CaseKind::Legal => &["reference", "notes", "police_station", "sections", "court", "lawyer"],
        CaseKind::DocumentRecovery => &["reference", "notes", "other_name"],
    }
}

#[cfg(test)]
#[path = "cases/tests.rs"]
mod tests;
