//! Importing institutions from a CSV file: every row is checked (against the districts and
//! the registry, and against the other rows) before anything is written, every problem is
//! reported with its row and column, and one problem means nothing is imported.

use super::institutions::{clean_name, district_exists, insert, is_registered, name_key};
use crate::audit::AuditEvent;
use crate::{Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::InstitutionType;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The columns, in any order; others are ignored.
const COLUMNS: [&str; 3] = ["type", "name", "district_code"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum ImportOutcome {
    Imported(usize),
    /// Nothing was imported.
    Rejected(Vec<RowError>),
}

/// One problem. `row` is 1-based and counts the header as row 1, as a spreadsheet shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub row: usize,
    pub column: Option<String>,
    pub problem: ImportProblem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportProblem {
    MissingColumn,
    UnknownType,
    EmptyName,
    UnknownDistrict,
    DuplicateInFile,
    AlreadyRegistered,
    NotUtf8,
    Malformed,
}

impl ImportProblem {
    /// The translation key's suffix (`import-problem-unknown_type`).
    pub fn code(self) -> &'static str {
        match self {
            ImportProblem::MissingColumn => "missing_column",
            ImportProblem::UnknownType => "unknown_type",
            ImportProblem::EmptyName => "empty_name",
            ImportProblem::UnknownDistrict => "unknown_district",
            ImportProblem::DuplicateInFile => "duplicate_in_file",
            ImportProblem::AlreadyRegistered => "already_registered",
            ImportProblem::NotUtf8 => "not_utf8",
            ImportProblem::Malformed => "malformed",
        }
    }
}

/// A row that parsed, waiting for the database checks.
struct Candidate {
    row: usize,
    kind: InstitutionType,
    name: String,
    district: DistrictCode,
}

fn problem(row: usize, column: Option<&str>, problem: ImportProblem) -> RowError {
    RowError { row, column: column.map(str::to_owned), problem }
}

/// Reads the file without the database: the header, each row's fields, duplicates within it.
/// Returns the rows that parsed (to be checked against the database too, so that every
/// problem is reported at once) and the problems found.
fn parse(bytes: &[u8]) -> (Vec<Candidate>, Vec<RowError>) {
    // A byte-order mark from a spreadsheet is not part of the first column's name.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(_)) => return (Vec::new(), vec![problem(1, None, ImportProblem::Malformed)]),
        None => return (Vec::new(), COLUMNS.iter().map(|c| problem(1, Some(c), ImportProblem::MissingColumn)).collect()),
    };
    let names: Vec<Option<String>> = header.iter().map(|h| std::str::from_utf8(h).ok().map(|s| s.trim().to_ascii_lowercase())).collect();
    let mut index = BTreeMap::new();
    let mut errors = Vec::new();
    for column in COLUMNS {
        match names.iter().position(|n| n.as_deref() == Some(column)) {
            Some(i) => {
                index.insert(column, i);
            }
            None => errors.push(problem(1, Some(column), ImportProblem::MissingColumn)),
        }
    }
    if !errors.is_empty() {
        return (Vec::new(), errors);
    }
    let (kind_at, name_at, district_at) = (index["type"], index["name"], index["district_code"]);

    let mut candidates = Vec::new();
    let mut seen: BTreeMap<(InstitutionType, String, String), usize> = BTreeMap::new();
    for (i, record) in records.enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
                errors.push(problem(row, None, ImportProblem::NotUtf8));
                continue;
            }
            Err(_) => {
                errors.push(problem(row, None, ImportProblem::Malformed));
                continue;
            }
        };
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let mut field = |at: usize, column: &str| -> Option<String> {
            match record.get(at).map(std::str::from_utf8) {
                Some(Ok(text)) => Some(text.trim().to_owned()),
                Some(Err(_)) => {
                    errors.push(problem(row, Some(column), ImportProblem::NotUtf8));
                    None
                }
                None => {
                    errors.push(problem(row, Some(column), ImportProblem::Malformed));
                    None
                }
            }
        };
        let (kind, name, district) = (field(kind_at, "type"), field(name_at, "name"), field(district_at, "district_code"));
        // Types are codes, matched exactly (case aside): a near miss is reported, never guessed.
        let kind = kind.and_then(|k| {
            let found = InstitutionType::from_code(&k.to_ascii_lowercase());
            if found.is_none() {
                errors.push(problem(row, Some("type"), ImportProblem::UnknownType));
            }
            found
        });
        let name = name.and_then(|n| match clean_name(&n) {
            Ok(clean) => Some(clean),
            Err(_) if n.trim().is_empty() => {
                errors.push(problem(row, Some("name"), ImportProblem::EmptyName));
                None
            }
            Err(_) => {
                errors.push(problem(row, Some("name"), ImportProblem::Malformed));
                None
            }
        });
        let district = district.and_then(|d| match DistrictCode::parse(&d) {
            Ok(code) => Some(code),
            Err(_) => {
                errors.push(problem(row, Some("district_code"), ImportProblem::UnknownDistrict));
                None
            }
        });
        let (Some(kind), Some(name), Some(district)) = (kind, name, district) else { continue };
        let key = (kind, name_key(&name), district.as_str().to_owned());
        if seen.contains_key(&key) {
            errors.push(problem(row, Some("name"), ImportProblem::DuplicateInFile));
            continue;
        }
        seen.insert(key, row);
        candidates.push(Candidate { row, kind, name, district });
    }
    (candidates, errors)
}

impl Store {
    /// Imports `type,name,district_code` rows, all or nothing, in one audited transaction.
    pub async fn import_institutions_csv(&self, by: &Accessor, bytes: &[u8]) -> Result<ImportOutcome, StoreError> {
        let (candidates, mut errors) = parse(bytes);
        // The write transaction is taken before the database checks, so nothing registered
        // meanwhile can slip between checking and inserting.
        let mut tx = self.begin_audited().await?;
        let mut known_districts = BTreeSet::new();
        for c in &candidates {
            if !known_districts.contains(c.district.as_str()) {
                if district_exists(tx.conn(), &c.district).await? {
                    known_districts.insert(c.district.as_str().to_owned());
                } else {
                    errors.push(problem(c.row, Some("district_code"), ImportProblem::UnknownDistrict));
                    continue;
                }
            }
            if is_registered(tx.conn(), c.kind, &c.name, &c.district).await? {
                errors.push(problem(c.row, Some("name"), ImportProblem::AlreadyRegistered));
            }
        }
        if !errors.is_empty() {
            errors.sort_by(|a, b| (a.row, &a.column).cmp(&(b.row, &b.column)));
            return Ok(ImportOutcome::Rejected(errors));
        }
        let at = tx.at();
        for c in &candidates {
            insert(tx.conn(), c.kind, &c.name, &c.district, at).await?;
        }
        tx.append(by, &AuditEvent::new("institutions_imported").detail(format!("rows={}", candidates.len()))).await?;
        tx.commit().await?;
        Ok(ImportOutcome::Imported(candidates.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(csv: &str) -> Vec<(usize, Option<String>, ImportProblem)> {
        parse(csv.as_bytes()).1.into_iter().map(|e| (e.row, e.column, e.problem)).collect()
    }

    #[test]
    fn a_missing_header_column_is_named() {
        assert_eq!(errors("type,name\npolice_station,Canning PS\n"), vec![(1, Some("district_code".to_owned()), ImportProblem::MissingColumn)]);
    }

    #[test]
    fn spaces_and_case_in_the_header_and_fields_are_forgiven_but_unknown_types_are_not() {
        let (rows, problems) = parse(b" Type , NAME ,district_code \n police_station ,  Canning   PS , WB-kolkata\n");
        assert!(problems.is_empty());
        assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Canning PS"]);
        assert_eq!(errors("type,name,district_code\npolice,Canning PS,WB-kolkata\n"), vec![(2, Some("type".to_owned()), ImportProblem::UnknownType)]);
    }

    #[test]
    fn every_bad_row_is_reported_with_its_row_and_column() {
        let csv = "type,name,district_code\ncourt,,WB-kolkata\ncourt,A Court,not a code!\ncourt,a  court,WB-kolkata\ncourt,A court,WB-kolkata\n";
        assert_eq!(
            errors(csv),
            vec![
                (2, Some("name".to_owned()), ImportProblem::EmptyName),
                (3, Some("district_code".to_owned()), ImportProblem::UnknownDistrict),
                (5, Some("name".to_owned()), ImportProblem::DuplicateInFile),
            ]
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_reported() {
        let mut csv = b"type,name,district_code\ncourt,".to_vec();
        csv.extend_from_slice(&[0xff, 0xfe]);
        csv.extend_from_slice(b",WB-kolkata\n");
        let found = parse(&csv).1;
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].row, found[0].problem), (2, ImportProblem::NotUtf8));
    }
}
