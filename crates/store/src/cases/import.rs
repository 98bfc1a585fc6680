//! Importing an existing case register (CSV or a workbook): every row is checked — its cells,
//! its dates against its state, its member, district and authority, duplicates within the file
//! and against the cases already recorded — before anything is written. One problem anywhere
//! means nothing is imported, and every problem is reported with the row and column where the
//! person finds it in her sheet. A preview runs the same checks and writes no case.
//!
//! What an imported case's history holds is explained at [`rows::history`].

pub(crate) mod cells;
mod check;
#[cfg(any(test, feature = "testing"))]
pub mod hostile;
mod rows;
// Also read by the members' register import (`members::import`).
pub(crate) mod sheet;

pub use rows::{CaseItem, COLUMNS, REQUIRED};
pub use sheet::{MAX_CELLS, MAX_COLUMNS, MAX_PARTS, MAX_ROWS, MAX_UNPACKED_BYTES};

use super::Authority;
use crate::audit::AuditEvent;
use crate::{Accessor, Store, StoreError};
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::geography::DistrictCode;
use dhruva_core::{CollectiveId, MemberId, Sensitive};
use serde::Serialize;
use std::collections::HashMap;
use thiserror::Error;
use time::Date;

/// What the uploaded file claims to be. The content has the last word: a workbook sent as
/// CSV is read as a workbook; text sent as a workbook is `NotASpreadsheet`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ImportFormat {
    Csv,
    Xlsx,
}

/// A checked row, as the preview shows it and the import writes it.
#[derive(Clone, Debug)]
pub struct ImportRow {
    /// 1-based, as her spreadsheet numbers it (the header is row 1 when it is the first row).
    pub row: usize,
    pub member_code: String,
    pub member: MemberId,
    pub kind: CaseKind,
    pub item: CaseItem,
    pub state: CaseState,
    pub opened_on: Date,
    pub filed_on: Option<Date>,
    pub decided_on: Option<Date>,
    pub district: Option<DistrictCode>,
    /// A registry institution when the cell held its id (or exactly its name), else the name.
    pub authority: Authority,
    pub reference: Option<Sensitive<String>>,
    pub amount_claimed: Option<Sensitive<i64>>,
    pub amount_awarded: Option<Sensitive<i64>>,
    pub amount_received: Option<Sensitive<i64>>,
    pub notes: Option<Sensitive<String>>,
    /// The dated states the case starts with (see [`rows::history`]).
    pub history: Vec<(CaseState, Date)>,
}

#[derive(Clone, Debug)]
pub enum CaseImport {
    /// Nothing was written; these rows would be imported.
    Preview(Vec<ImportRow>),
    Imported(usize),
    /// Nothing was written.
    Rejected(Vec<CaseRowError>),
}

/// One problem. `row` is 1-based and counts the header, as a spreadsheet shows it; `column`
/// is the column's code (`opened_on`), or `None` for the whole row or file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseRowError {
    pub row: usize,
    pub column: Option<String>,
    pub problem: CaseImportProblem,
}

/// What is wrong. Messages never quote the cell: it may be personal and errors get logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum CaseImportProblem {
    #[error("the file is empty or has no rows under its header")]
    Empty,
    #[error("the file is not a spreadsheet (CSV or Excel)")]
    NotASpreadsheet,
    #[error("the text is not UTF-8: save the sheet as \"CSV UTF-8\"")]
    NotUtf8,
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("a cell is beyond the first {MAX_COLUMNS} columns")]
    TooManyColumns,
    #[error("the file has more than {MAX_CELLS} cells with something in them")]
    TooManyCells,
    #[error("the workbook unpacks to more than 16 MiB")]
    TooBigUnpacked,
    #[error("an older or other kind of workbook (.xls, .xlsb, .ods): save it as .xlsx or CSV")]
    OtherWorkbook,
    #[error("a required column is missing from the header")]
    MissingColumn,
    #[error("the header names a column the import does not know")]
    UnknownColumn,
    #[error("the header names a column twice")]
    DuplicateColumn,
    #[error("the cell holds an error or a value that cannot be read")]
    Unreadable,
    #[error("a required value is missing")]
    MissingValue,
    #[error("not a kind of case")]
    UnknownKind,
    #[error("not a state any case can be in")]
    UnknownState,
    #[error("this kind of case has no such state")]
    StateNotInWorkflow,
    #[error("not in the entitlement catalogue")]
    UnknownEntitlement,
    #[error("not a kind of document")]
    UnknownDocument,
    #[error("not a legal services authority (dlsa or slsa)")]
    UnknownForum,
    #[error("this kind of case takes no item")]
    ItemNotForKind,
    #[error("not a date (YYYY-MM-DD or DD/MM/YYYY)")]
    BadDate,
    #[error("the date is in the future")]
    DateInFuture,
    #[error("the date is before the case was opened")]
    DateBeforeOpened,
    #[error("the case was decided before it was filed")]
    DecidedBeforeFiled,
    #[error("a filing date for a case whose state says it was not filed")]
    NotYetFiled,
    #[error("a decision date for a case whose state says it was not decided")]
    NotDecided,
    #[error("not a district code Dhruva knows")]
    UnknownDistrict,
    /// No such member, or one the importer may not act for: one answer, so it never says which.
    #[error("not a member code of someone whose cases you may record")]
    UnknownMember,
    #[error("no institution in the registry has this number")]
    UnknownInstitution,
    #[error("not an amount in whole rupees")]
    BadAmount,
    #[error("only a compensation claim has amounts")]
    AmountNotForKind,
    #[error("the text is too long")]
    TooLong,
    #[error("the same member, kind, item and reference appear on an earlier row")]
    DuplicateInFile,
    #[error("this case (same member, kind, item and reference) is already recorded")]
    AlreadyRecorded,
    #[error("the details do not fit this kind of case")]
    Details,
}

impl CaseImportProblem {
    /// The translation key's suffix (`case-import-unknown-member`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotASpreadsheet => "not-a-spreadsheet",
            Self::NotUtf8 => "not-utf8",
            Self::TooManyRows => "too-many-rows",
            Self::TooManyColumns => "too-many-columns",
            Self::TooManyCells => "too-many-cells",
            Self::TooBigUnpacked => "too-big-unpacked",
            Self::OtherWorkbook => "other-workbook",
            Self::MissingColumn => "missing-column",
            Self::UnknownColumn => "unknown-column",
            Self::DuplicateColumn => "duplicate-column",
            Self::Unreadable => "unreadable",
            Self::MissingValue => "missing-value",
            Self::UnknownKind => "unknown-kind",
            Self::UnknownState => "unknown-state",
            Self::StateNotInWorkflow => "state-not-in-workflow",
            Self::UnknownEntitlement => "unknown-entitlement",
            Self::UnknownDocument => "unknown-document",
            Self::UnknownForum => "unknown-forum",
            Self::ItemNotForKind => "item-not-for-kind",
            Self::BadDate => "bad-date",
            Self::DateInFuture => "date-in-future",
            Self::DateBeforeOpened => "date-before-opened",
            Self::DecidedBeforeFiled => "decided-before-filed",
            Self::NotYetFiled => "not-yet-filed",
            Self::NotDecided => "not-decided",
            Self::UnknownDistrict => "unknown-district",
            Self::UnknownMember => "unknown-member",
            Self::UnknownInstitution => "unknown-institution",
            Self::BadAmount => "bad-amount",
            Self::AmountNotForKind => "amount-not-for-kind",
            Self::TooLong => "too-long",
            Self::DuplicateInFile => "duplicate-in-file",
            Self::AlreadyRecorded => "already-recorded",
            Self::Details => "details",
        }
    }

    pub const ALL: [CaseImportProblem; 35] = [
        Self::Empty,
        Self::NotASpreadsheet,
        Self::NotUtf8,
        Self::TooManyRows,
        Self::TooManyColumns,
        Self::TooManyCells,
        Self::TooBigUnpacked,
        Self::OtherWorkbook,
        Self::MissingColumn,
        Self::UnknownColumn,
        Self::DuplicateColumn,
        Self::Unreadable,
        Self::MissingValue,
        Self::UnknownKind,
        Self::UnknownState,
        Self::StateNotInWorkflow,
        Self::UnknownEntitlement,
        Self::UnknownDocument,
        Self::UnknownForum,
        Self::ItemNotForKind,
        Self::BadDate,
        Self::DateInFuture,
        Self::DateBeforeOpened,
        Self::DecidedBeforeFiled,
        Self::NotYetFiled,
        Self::NotDecided,
        Self::UnknownDistrict,
        Self::UnknownMember,
        Self::UnknownInstitution,
        Self::BadAmount,
        Self::AmountNotForKind,
        Self::TooLong,
        Self::DuplicateInFile,
        Self::AlreadyRecorded,
        Self::Details,
    ];
}

impl Store {
    /// Checks a register and, with `commit`, imports it: every case in one audited transaction,
    /// or none. `members` maps member codes to the members the importing leader may record
    /// cases for (the web asks the policy per member); any other code is `UnknownMember`.
    /// `today` bounds the dates (the caller's today in India).
    #[tracing::instrument(skip_all)]
    #[allow(clippy::too_many_arguments)]
    pub async fn import_cases(
        &self,
        by: &Accessor,
        collective: CollectiveId,
        format: ImportFormat,
        bytes: &[u8],
        members: &HashMap<String, MemberId>,
        today: Date,
        commit: bool,
    ) -> Result<CaseImport, StoreError> {
        // Reading is bounded (see `sheet`) but still work for a core: it runs off the async
        // threads, so other requests are answered meanwhile, and a reader that panics on a
        // malformed file costs this upload only.
        let owned = bytes.to_vec();
        let sheet = match tokio::task::spawn_blocking(move || sheet::read(format, &owned)).await {
            Ok(Ok(sheet)) => sheet,
            Ok(Err(e)) => return Ok(CaseImport::Rejected(vec![e])),
            Err(_) => return Ok(CaseImport::Rejected(vec![CaseRowError { row: 1, column: None, problem: CaseImportProblem::NotASpreadsheet }])),
        };
        let (parsed, lookups, mut errors) = rows::parse(&sheet, today);
        drop(sheet);
        // The write transaction is taken before the database checks, so nothing recorded
        // meanwhile can slip between checking and inserting.
        let mut tx = self.begin_audited().await?;
        let checked = check::against_database(&mut tx, &self.keys, by, collective, parsed, &lookups, members, &mut errors).await?;
        if !errors.is_empty() {
            errors.sort_by(|a, b| (a.row, &a.column).cmp(&(b.row, &b.column)));
            // What was decrypted to look for duplicates was read: its audit rows are kept.
            tx.commit().await?;
            return Ok(CaseImport::Rejected(errors));
        }
        if !commit {
            tx.commit().await?;
            return Ok(CaseImport::Preview(checked.into_iter().map(|c| c.row).collect()));
        }
        let count = checked.len();
        for c in &checked {
            Store::insert_case(&mut tx, &self.keys, by, &c.new, &c.row.history, self.today()).await?;
        }
        let event = AuditEvent::new("cases_imported").collective(collective).detail(format!("rows={count}"));
        tx.append(by, &event).await?;
        tx.commit().await?;
        Ok(CaseImport::Imported(count))
    }
}
