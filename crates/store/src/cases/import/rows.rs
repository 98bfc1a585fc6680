//! The rows of a register, checked without the database: the header, every cell of every row,
//! how the dates fit the state, and duplicates within the file. Every problem is collected, so
//! the person fixing her sheet sees all of them at once.

use super::cells::{code, date, rupees, text};
use super::sheet::{Cell, Sheet, SheetRow};
use super::{CaseImportProblem as P, CaseRowError};
use dhruva_core::cases::workflow::{workflow, Workflow};
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::geography::DistrictCode;
use std::collections::{BTreeMap, HashSet};
use time::Date;

/// The columns a register may have, in the order the template lists them.
pub const COLUMNS: [&str; 14] = [
    "member_code",
    "kind",
    "item",
    "state",
    "opened_on",
    "filed_on",
    "decided_on",
    "district_code",
    "authority",
    "reference",
    "amount_claimed",
    "amount_awarded",
    "amount_received",
    "notes",
];
/// Without these a row means nothing; the others may be left out of the sheet altogether.
pub const REQUIRED: [&str; 4] = ["member_code", "kind", "state", "opened_on"];

/// Longest texts kept: a reference or an authority's name is a line, notes a paragraph.
const MAX_LINE_CHARS: usize = 200;
const MAX_NOTES_CHARS: usize = 2_000;

/// What the case is about, by kind: an entitlement, a document, a forum; nothing for a legal case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CaseItem {
    None,
    Entitlement(Entitlement),
    Document(DocumentKind),
    Forum(CompensationForum),
}

impl CaseItem {
    pub fn code(self) -> Option<&'static str> {
        match self {
            CaseItem::None => None,
            CaseItem::Entitlement(e) => Some(e.code()),
            CaseItem::Document(d) => Some(d.code()),
            CaseItem::Forum(f) => Some(f.code()),
        }
    }
}

/// The authority as written: a registry id (digits) or a name, to be looked up in the database.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum WrittenAuthority {
    None,
    Id(i64),
    Name(String),
}

/// What a row with a bad cell still names, so that its member, district and authority are
/// checked too and the person sees every problem of the row at once.
pub(crate) struct Lookup {
    pub row: usize,
    pub member_code: Option<String>,
    pub district: Option<DistrictCode>,
    pub authority: WrittenAuthority,
}

/// A row whose every cell is well formed. Holds personal words: no `Debug`.
pub(crate) struct Parsed {
    pub row: usize,
    pub member_code: String,
    pub kind: CaseKind,
    pub item: CaseItem,
    pub state: CaseState,
    pub opened_on: Date,
    pub filed_on: Option<Date>,
    pub decided_on: Option<Date>,
    pub district: Option<DistrictCode>,
    pub authority: WrittenAuthority,
    pub reference: Option<String>,
    pub claimed: Option<i64>,
    pub awarded: Option<i64>,
    pub received: Option<i64>,
    pub notes: Option<String>,
}

impl Parsed {
    /// What makes two rows the same case: member, kind, item and reference (case and spacing aside).
    pub fn duplicate_key(&self) -> (String, CaseKind, Option<&'static str>, String) {
        (self.member_code.clone(), self.kind, self.item.code(), normal_reference(self.reference.as_deref()))
    }
}

/// A reference as compared for duplicates: `FIR 12/2023` and `fir  12/2023` are one reference.
pub(crate) fn normal_reference(reference: Option<&str>) -> String {
    reference.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

pub(crate) fn problem(row: usize, column: &str, problem: P) -> CaseRowError {
    CaseRowError { row, column: Some(column.to_owned()), problem }
}

/// Where each known column is in the sheet.
struct Columns(BTreeMap<&'static str, usize>);

fn columns(header: &SheetRow) -> Result<Columns, Vec<CaseRowError>> {
    let mut found = BTreeMap::new();
    let mut errors = Vec::new();
    for (at, cell) in header.cells.iter().enumerate() {
        let name = match code(cell) {
            Ok(Some(name)) => name,
            // A blank header cell over an empty column is harmless; over data, it is reported by row.
            Ok(None) => continue,
            Err(p) => {
                errors.push(CaseRowError { row: header.row, column: None, problem: p });
                continue;
            }
        };
        match COLUMNS.iter().find(|c| **c == name) {
            Some(column) if found.contains_key(column) => errors.push(problem(header.row, column, P::DuplicateColumn)),
            Some(column) => {
                found.insert(*column, at);
            }
            None => errors.push(problem(header.row, &name, P::UnknownColumn)),
        }
    }
    for column in REQUIRED {
        if !found.contains_key(column) {
            errors.push(problem(header.row, column, P::MissingColumn));
        }
    }
    if errors.is_empty() {
        Ok(Columns(found))
    } else {
        Err(errors)
    }
}

/// Checks every row; returns the rows that are well formed, what the others name (for the
/// database checks) and every problem found.
pub(crate) fn parse(sheet: &Sheet, today: Date) -> (Vec<Parsed>, Vec<Lookup>, Vec<CaseRowError>) {
    let columns = match columns(&sheet.header) {
        Ok(c) => c,
        Err(errors) => return (Vec::new(), Vec::new(), errors),
    };
    let mut lookups = Vec::new();
    let named: HashSet<usize> = columns.0.values().copied().collect();
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for row in &sheet.rows {
        if row.cells.iter().enumerate().any(|(at, c)| !named.contains(&at) && !c.is_empty()) {
            errors.push(CaseRowError { row: row.row, column: None, problem: P::UnknownColumn });
        }
        let p = match one_row(row, &columns, today, &mut errors) {
            Ok(p) => p,
            Err(lookup) => {
                lookups.push(lookup);
                continue;
            }
        };
        if !seen.insert(p.duplicate_key()) {
            errors.push(problem(p.row, "reference", P::DuplicateInFile));
            continue;
        }
        parsed.push(p);
    }
    (parsed, lookups, errors)
}

/// The checks of one row. Reports each bad cell; when any was bad, what the row still names.
fn one_row(row: &SheetRow, columns: &Columns, today: Date, errors: &mut Vec<CaseRowError>) -> Result<Parsed, Lookup> {
    let before = errors.len();
    let cell = |column: &str| columns.0.get(column).and_then(|at| row.cells.get(*at)).unwrap_or(&Cell::Empty);
    let mut report = |column: &str, p: P| errors.push(problem(row.row, column, p));
    // Reads one cell with `read`; reports a bad or (when `required`) missing value.
    let mut get = |column: &str, required: bool, read: &dyn Fn(&Cell) -> Result<Option<String>, P>| match read(cell(column)) {
        Ok(None) if required => {
            report(column, P::MissingValue);
            None
        }
        Ok(value) => value,
        Err(p) => {
            report(column, p);
            None
        }
    };
    let member_code = get("member_code", true, &text).map(|c| c.to_uppercase());
    let kind_code = get("kind", true, &code);
    let state_code = get("state", true, &code);
    let item_code = get("item", false, &code);
    let district = get("district_code", false, &text);
    let authority = get("authority", false, &text);
    let reference = get("reference", false, &text);
    let notes = get("notes", false, &text);

    let kind = kind_code.and_then(|k| CaseKind::from_code(&k).or_else(|| none(&mut report, "kind", P::UnknownKind)));
    let state = state_code.and_then(|s| CaseState::from_code(&s).or_else(|| none(&mut report, "state", P::UnknownState)));
    let flow = kind.map(workflow);
    if let (Some(flow), Some(state)) = (flow, state) {
        if !flow.has_state(state) {
            report("state", P::StateNotInWorkflow);
        }
    }
    let item = kind.and_then(|kind| case_item(kind, item_code.as_deref()).map_err(|p| report("item", p)).ok());

    let mut day = |column: &str, required: bool| match date(cell(column)) {
        Ok(None) if required => none(&mut report, column, P::MissingValue),
        Ok(Some(d)) if d > today => none(&mut report, column, P::DateInFuture),
        Ok(d) => d,
        Err(p) => none(&mut report, column, p),
    };
    let (opened_on, filed_on, decided_on) = (day("opened_on", true), day("filed_on", false), day("decided_on", false));
    if let Some(opened) = opened_on {
        for (column, on) in [("filed_on", filed_on), ("decided_on", decided_on)] {
            if on.is_some_and(|on| on < opened) {
                report(column, P::DateBeforeOpened);
            }
        }
    }
    if let (Some(filed), Some(decided)) = (filed_on, decided_on) {
        if decided < filed && opened_on.is_some_and(|o| decided >= o) {
            report("decided_on", P::DecidedBeforeFiled);
        }
    }
    if let (Some(flow), Some(state)) = (flow, state) {
        if flow.has_state(state) {
            if filed_on.is_some() && !reachable(flow, &[flow.filed], state) {
                report("filed_on", P::NotYetFiled);
            }
            if decided_on.is_some() && !reachable(flow, flow.decided, state) {
                report("decided_on", P::NotDecided);
            }
        }
    }

    let district = district.and_then(|d| DistrictCode::parse(&d).map_err(|_| report("district_code", P::UnknownDistrict)).ok());
    let authority = match authority {
        None => WrittenAuthority::None,
        Some(a) if a.bytes().all(|b| b.is_ascii_digit()) => match a.parse() {
            Ok(id) => WrittenAuthority::Id(id),
            Err(_) => none(&mut report, "authority", P::UnknownInstitution).unwrap_or(WrittenAuthority::None),
        },
        Some(a) => WrittenAuthority::Name(a),
    };
    for (column, value, max) in [
        (
            "authority",
            match &authority {
                WrittenAuthority::Name(n) => Some(n.as_str()),
                _ => None,
            },
            MAX_LINE_CHARS,
        ),
        ("reference", reference.as_deref(), MAX_LINE_CHARS),
        ("notes", notes.as_deref(), MAX_NOTES_CHARS),
    ] {
        if value.is_some_and(|v| v.chars().count() > max) {
            report(column, P::TooLong);
        }
    }
    let mut amount = |column: &str| match rupees(cell(column)) {
        Ok(Some(_)) if kind.is_some_and(|k| k != CaseKind::Compensation) => none(&mut report, column, P::AmountNotForKind),
        Ok(a) => a,
        Err(p) => none(&mut report, column, p),
    };
    let (claimed, awarded, received) = (amount("amount_claimed"), amount("amount_awarded"), amount("amount_received"));

    let (Some(member_code), Some(kind), Some(item), Some(state), Some(opened_on), false) =
        (member_code.clone(), kind, item, state, opened_on, errors.len() > before)
    else {
        return Err(Lookup { row: row.row, member_code, district, authority });
    };
    Ok(Parsed {
        row: row.row,
        member_code,
        kind,
        item,
        state,
        opened_on,
        filed_on,
        decided_on,
        district,
        authority,
        reference,
        claimed,
        awarded,
        received,
        notes,
    })
}

/// Reports `p` in `column` and gives nothing, so a bad cell reads as `None` in one expression.
fn none<T>(report: &mut impl FnMut(&str, P), column: &str, p: P) -> Option<T> {
    report(column, p);
    None
}

/// The item column, as the kind needs it: required for an entitlement, a document and a
/// compensation claim (its forum), and empty for a legal case (which has none).
fn case_item(kind: CaseKind, code: Option<&str>) -> Result<CaseItem, P> {
    match (kind, code) {
        (CaseKind::Legal, None) => Ok(CaseItem::None),
        (CaseKind::Legal, Some(_)) => Err(P::ItemNotForKind),
        (_, None) => Err(P::MissingValue),
        (CaseKind::Entitlement, Some(c)) => Entitlement::from_code(c).map(CaseItem::Entitlement).ok_or(P::UnknownEntitlement),
        (CaseKind::DocumentRecovery, Some(c)) => DocumentKind::from_code(c).map(CaseItem::Document).ok_or(P::UnknownDocument),
        (CaseKind::Compensation, Some(c)) => CompensationForum::from_code(c).map(CaseItem::Forum).ok_or(P::UnknownForum),
    }
}

/// Whether `to` is one of `from` or can be reached from one of them in the workflow: a date of
/// filing fits only a case that was filed, a date of decision only one that was decided.
fn reachable(flow: &Workflow, from: &[CaseState], to: CaseState) -> bool {
    let mut seen: Vec<CaseState> = from.to_vec();
    let mut next = 0;
    while let Some(&state) = seen.get(next) {
        if state == to {
            return true;
        }
        for onward in flow.next_states(state) {
            if !seen.contains(&onward) {
                seen.push(onward);
            }
        }
        next += 1;
    }
    false
}

/// The dated history an imported case starts with: its workflow's first state on `opened_on`,
/// the filed state on `filed_on` when known, and its present state on `decided_on` (or the
/// latest date the register gives). Steps in between are not known and are not invented: the
/// history is what the register says, so deadlines run from the real filing date and the
/// figures count days from filing to decision only where both dates were recorded.
pub(crate) fn history(p: &Parsed) -> Vec<(CaseState, Date)> {
    let flow = workflow(p.kind);
    let mut steps = vec![(flow.initial(), p.opened_on)];
    if let Some(filed) = p.filed_on {
        if flow.filed != flow.initial() {
            steps.push((flow.filed, filed));
        }
    }
    if steps.last().map(|(s, _)| *s) != Some(p.state) {
        let on = p.decided_on.or(p.filed_on).unwrap_or(p.opened_on);
        steps.push((p.state, on));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn claim(state: CaseState, filed_on: Option<Date>, decided_on: Option<Date>) -> Parsed {
        Parsed {
            row: 2,
            member_code: "M-1".to_owned(),
            kind: CaseKind::Compensation,
            item: CaseItem::Forum(CompensationForum::Dlsa),
            state,
            opened_on: date!(2024 - 01 - 01),
            filed_on,
            decided_on,
            district: None,
            authority: WrittenAuthority::None,
            reference: None,
            claimed: None,
            awarded: None,
            received: None,
            notes: None,
        }
    }

    #[test]
    fn a_history_holds_only_the_dates_the_register_gives() {
        let (opened, filed, decided) = (date!(2024 - 01 - 01), date!(2024 - 01 - 10), date!(2024 - 03 - 01));
        assert_eq!(history(&claim(CaseState::Drafted, None, None)), [(CaseState::Drafted, opened)]);
        assert_eq!(history(&claim(CaseState::Filed, Some(filed), None)), [(CaseState::Drafted, opened), (CaseState::Filed, filed)]);
        assert_eq!(
            history(&claim(CaseState::Granted, Some(filed), Some(decided))),
            [(CaseState::Drafted, opened), (CaseState::Filed, filed), (CaseState::Granted, decided)]
        );
        assert_eq!(history(&claim(CaseState::Enquiry, None, None)), [(CaseState::Drafted, opened), (CaseState::Enquiry, opened)]);
    }

    #[test]
    fn filing_and_decision_dates_fit_only_states_at_or_after_them() {
        let flow = workflow(CaseKind::Compensation);
        assert!(reachable(flow, &[flow.filed], CaseState::Withdrawn), "a filed claim can be withdrawn");
        assert!(!reachable(flow, &[flow.filed], CaseState::Drafted));
        assert!(reachable(flow, flow.decided, CaseState::Closed));
        assert!(!reachable(flow, flow.decided, CaseState::Enquiry));
        let legal = workflow(CaseKind::Legal);
        assert!(!reachable(legal, &[legal.filed], CaseState::FirRefused), "a refused FIR was never registered");
    }
}
