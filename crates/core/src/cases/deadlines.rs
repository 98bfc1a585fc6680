//! Deadlines computed from rules kept as data (`data/case-deadlines.toml`, compiled in): a rule
//! opens a deadline when a case enters a state and is met when it reaches one of the states
//! that answer it. A case may move a deadline with a reason; the rule's own date stays the
//! legal time.
//!
//! OWNER: core-cases helper (see docs/CASEWORK-CONTRACT.md). Signatures are fixed.

use super::{CaseKind, CaseState, Entitlement};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use time::{Date, Duration, Month};

/// How long after the start a step is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Period {
    Days(u32),
    /// Calendar months; a day that does not exist in the target month becomes its last day.
    Months(u32),
}

impl Period {
    /// The due date. Saturates at `Date::MAX` rather than panicking: a date that far away is
    /// never due, which is the honest reading of an absurd period.
    pub fn after(self, start: Date) -> Date {
        match self {
            Period::Days(n) => start.checked_add(Duration::days(i64::from(n))).unwrap_or(Date::MAX),
            Period::Months(n) => add_months(start, n).unwrap_or(Date::MAX),
        }
    }
}

fn add_months(start: Date, n: u32) -> Option<Date> {
    // Months counted from year 0 keep the arithmetic in one integer.
    let index = i64::from(start.year()) * 12 + i64::from(u8::from(start.month())) - 1 + i64::from(n);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let day = start.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
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

/// The data file as written: the period is `days = N` or `months = N`, exactly one of them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    kind: CaseKind,
    entitlement: Option<Entitlement>,
    starts: CaseState,
    days: Option<u32>,
    months: Option<u32>,
    met_by: Vec<CaseState>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    rule: Vec<RawRule>,
}

const DATA: &str = include_str!("../../../../data/case-deadlines.toml");

/// Parses the rules file; `Err` names what is wrong (see [`rules_file_problem`]).
fn parse(text: &str) -> Result<Vec<Rule>, String> {
    let file: RawFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut rules: Vec<Rule> = Vec::with_capacity(file.rule.len());
    for raw in file.rule {
        let period = match (raw.days, raw.months) {
            (Some(d), None) => Period::Days(d),
            (None, Some(m)) => Period::Months(m),
            _ => return Err(format!("rule {} needs exactly one of days or months", raw.id)),
        };
        if rules.iter().any(|r| r.id == raw.id) {
            return Err(format!("rule {} is declared twice", raw.id));
        }
        if raw.met_by.is_empty() {
            return Err(format!("rule {} is met by no state", raw.id));
        }
        rules.push(Rule {
            id: raw.id,
            kind: raw.kind,
            entitlement: raw.entitlement,
            starts: raw.starts,
            period,
            met_by: raw.met_by,
            source: raw.source,
        });
    }
    Ok(rules)
}

/// What is wrong with the compiled-in rules file, if anything. [`rules`] falls back to no
/// rules rather than failing a running server; this is how the tests notice instead.
pub fn rules_file_problem() -> Option<String> {
    parse(DATA).err()
}

/// Every rule, parsed once from the data file (a broken file fails the core tests).
pub fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| parse(DATA).unwrap_or_default())
}

pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().iter().find(|r| r.id == id)
}

/// The rules that apply to a case of this kind (and catalogue item): a rule for the item
/// replaces the general rules that start in the same state.
pub fn rules_for(kind: CaseKind, entitlement: Option<Entitlement>) -> Vec<&'static Rule> {
    let all = rules();
    let specific =
        |starts: CaseState| all.iter().any(|r| r.kind == kind && r.entitlement.is_some() && r.entitlement == entitlement && r.starts == starts);
    all.iter()
        .filter(|r| r.kind == kind)
        .filter(|r| match r.entitlement {
            Some(item) => Some(item) == entitlement,
            None => !specific(r.starts),
        })
        .collect()
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
    MetLate {
        days_late: i64,
    },
    /// Not met; `days_left` is 0 on the due date itself.
    Pending {
        days_left: i64,
    },
    Overdue {
        days: i64,
    },
}

impl Deadline {
    pub fn status(&self, today: Date) -> DeadlineStatus {
        match self.met_on {
            Some(met) if met <= self.due => DeadlineStatus::MetInTime,
            Some(met) => DeadlineStatus::MetLate { days_late: (met - self.due).whole_days() },
            None if today <= self.due => DeadlineStatus::Pending { days_left: (self.due - today).whole_days() },
            None => DeadlineStatus::Overdue { days: (today - self.due).whole_days() },
        }
    }
}

/// The deadlines of a case from its history: every entry into a rule's `starts` opens one
/// (a reapplication after a rejection opens a new one), oldest first. Overrides apply to the
/// latest deadline of their rule.
pub fn deadlines(kind: CaseKind, entitlement: Option<Entitlement>, history: &[StateChange], overrides: &[Override]) -> Vec<Deadline> {
    let rules = rules_for(kind, entitlement);
    let mut out: Vec<Deadline> = Vec::new();
    for (i, entry) in history.iter().enumerate() {
        for rule in rules.iter().copied().filter(|r| r.starts == entry.to) {
            let legal_due = rule.period.after(entry.on);
            let met_on = history[i + 1..].iter().find(|later| rule.met_by.contains(&later.to)).map(|later| later.on);
            out.push(Deadline { rule, started: entry.on, legal_due, due: legal_due, overridden: false, met_on });
        }
    }
    // The last override recorded for a rule is the one in force.
    for o in overrides {
        if let Some(d) = out.iter_mut().rev().find(|d| d.rule.id == o.rule) {
            d.due = o.due;
            d.overridden = true;
        }
    }
    out
}
