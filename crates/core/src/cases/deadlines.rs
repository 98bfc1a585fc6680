//! Deadlines computed from rules kept as data (`data/case-deadlines.toml`, compiled in): a rule
//! opens a deadline when a case enters a state and is met when it reaches one of the states
//! that answer it. A case may move a deadline with a reason; the rule's own date stays the
//! legal time.
//!
//! OWNER: core-cases helper (see docs/CASEWORK-CONTRACT.md). Signatures are fixed.

use super::{CaseKind, CaseState, Entitlement};
use serde::Serialize;
use time::Date;

/// How long after the start a step is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Period {
    Days(u32),
    /// Calendar months; a day that does not exist in the target month becomes its last day.
    Months(u32),
}

impl Period {
    pub fn after(self, start: Date) -> Date {
        let _ = start;
        unimplemented_for_now()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: String,
    pub kind: CaseKind,
    /// Only for this item of the catalogue; a specific rule replaces the general ones with the
    /// same `starts` for that item.
    pub entitlement: Option<Entitlement>,
    pub starts: CaseState,
    pub period: Period,
    pub met_by: Vec<CaseState>,
    /// The law or scheme the period comes from, shown beside the deadline.
    pub source: String,
}

/// Every rule, parsed once from the data file (a broken file fails the core tests).
pub fn rules() -> &'static [Rule] {
    &[]
}

pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().iter().find(|r| r.id == id)
}

/// One entry of a case's history, oldest first: the state it entered and on which date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateChange {
    pub to: CaseState,
    pub on: Date,
}

/// A deadline moved for this case (the reason is kept by the store, sealed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Override {
    pub rule: String,
    pub due: Date,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub rule: &'static Rule,
    /// When the state that opened it was entered.
    pub started: Date,
    /// The rule's date: the legal time.
    pub legal_due: Date,
    /// The date that counts for this case: the override's, or the rule's.
    pub due: Date,
    pub overridden: bool,
    /// When a state in `met_by` was reached, if it was.
    pub met_on: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DeadlineStatus {
    /// Met on or before its due date.
    MetInTime,
    MetLate { days_late: i64 },
    /// Not met; `days_left` is 0 on the due date itself.
    Pending { days_left: i64 },
    Overdue { days: i64 },
}

impl Deadline {
    pub fn status(&self, today: Date) -> DeadlineStatus {
        let _ = today;
        DeadlineStatus::Pending { days_left: 0 }
    }
}

/// The deadlines of a case from its history: every entry into a rule's `starts` opens one
/// (a reapplication after a rejection opens a new one), oldest first. Overrides apply to the
/// latest deadline of their rule.
pub fn deadlines(kind: CaseKind, entitlement: Option<Entitlement>, history: &[StateChange], overrides: &[Override]) -> Vec<Deadline> {
    let _ = (kind, entitlement, history, overrides);
    Vec::new()
}

fn unimplemented_for_now() -> Date {
    Date::MIN
}
