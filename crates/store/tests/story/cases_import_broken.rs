//! Broken case registers: each problem is named with its row and column as the sheet shows
//! them, every problem of the file at once, and nothing is half-imported.

use crate::cases_import::{at, case_count, import, problems, register, GOOD_CSV, GOOD_XLSX};
use dhruva_store::cases::import::CaseImportProblem as P;
use dhruva_store::cases::import::ImportFormat;
use dhruva_store::Store;

const BROKEN_COLUMNS: &[u8] = include_bytes!("../fixtures/cases/broken-columns.csv");
const BROKEN_ROWS_CSV: &[u8] = include_bytes!("../fixtures/cases/broken-rows.csv");
const BROKEN_ROWS_XLSX: &[u8] = include_bytes!("../fixtures/cases/broken-rows.xlsx");
const NOT_UTF8: &[u8] = include_bytes!("../fixtures/cases/not-utf8.csv");
const PHOTO: &[u8] = include_bytes!("../fixtures/cases/photo.png");

pub async fn a_register_with_wrong_or_missing_columns_imports_nothing_and_names_each_column(store: &Store) {
    let r = register(store).await;
    assert_eq!(
        problems(import(store, &r, ImportFormat::Csv, BROKEN_COLUMNS, true).await),
        [
            at(1, "district", P::UnknownColumn),
            at(1, "kind", P::DuplicateColumn),
            at(1, "opened", P::UnknownColumn),
            at(1, "opened_on", P::MissingColumn)
        ]
    );
    let without_state = b"member_code,kind,opened_on\nM-RUPA,legal,2025-01-01\n";
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, without_state, true).await), [at(1, "state", P::MissingColumn)]);
    // Data under a column without a name would be silently lost: the row says so.
    let unnamed = b"member_code,kind,state,opened_on\nM-RUPA,legal,complaint_made,2025-01-01,FIR 1/2025\n";
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, unnamed, true).await), [(2, None, P::UnknownColumn)]);
    assert_eq!(case_count(store, &r).await, 0);
}

pub async fn every_bad_row_of_a_csv_register_is_named_with_its_row_and_column_and_nothing_is_imported(store: &Store) {
    let r = register(store).await;
    let expected = vec![
        at(3, "kind", P::UnknownKind),
        at(4, "state", P::UnknownState),
        at(5, "state", P::StateNotInWorkflow),
        at(6, "item", P::UnknownEntitlement),
        at(7, "opened_on", P::BadDate),
        at(8, "filed_on", P::DateInFuture),
        at(9, "district_code", P::UnknownDistrict),
        at(10, "district_code", P::UnknownDistrict),
        // Sita exists, in another collective; M-NOBODY does not: one answer for both.
        at(11, "member_code", P::UnknownMember),
        at(12, "member_code", P::UnknownMember),
        at(13, "reference", P::DuplicateInFile),
        at(14, "amount_claimed", P::BadAmount),
        at(15, "amount_claimed", P::AmountNotForKind),
        at(16, "filed_on", P::NotYetFiled),
        at(17, "decided_on", P::NotDecided),
        at(18, "decided_on", P::DecidedBeforeFiled),
        at(19, "filed_on", P::DateBeforeOpened),
        at(20, "member_code", P::MissingValue),
        at(21, "item", P::MissingValue),
        at(22, "authority", P::UnknownInstitution),
        at(23, "item", P::ItemNotForKind),
    ];
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, BROKEN_ROWS_CSV, false).await), expected, "the preview finds the same");
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, BROKEN_ROWS_CSV, true).await), expected);
    assert_eq!(case_count(store, &r).await, 0, "row 2 was good, and was not imported either");
    let about_sita = store.audit_about_member(r.sita).await.expect("audit");
    assert!(about_sita.iter().all(|row| row.action == "member_created"), "nothing of hers was touched: {about_sita:?}");
}

pub async fn every_bad_row_of_an_xlsx_register_is_named_with_the_sheets_own_row_numbers(store: &Store) {
    let r = register(store).await;
    // The header is on row 3 of this sheet.
    assert_eq!(
        problems(import(store, &r, ImportFormat::Xlsx, BROKEN_ROWS_XLSX, true).await),
        [
            at(5, "amount_claimed", P::BadAmount),
            at(5, "opened_on", P::BadDate),
            at(6, "district_code", P::UnknownDistrict),
            at(6, "member_code", P::UnknownMember),
            at(7, "authority", P::UnknownInstitution),
            at(7, "opened_on", P::DateInFuture),
        ]
    );
    assert_eq!(case_count(store, &r).await, 0);
}

pub async fn a_register_file_that_is_empty_not_utf8_or_not_a_spreadsheet_is_refused_whole(store: &Store) {
    let r = register(store).await;
    let whole = |row: usize, p: P| vec![(row, None, p)];
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, b"", true).await), whole(1, P::Empty));
    assert_eq!(problems(import(store, &r, ImportFormat::Xlsx, b"", true).await), whole(1, P::Empty));
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, b"member_code,kind,state,opened_on\n\n", true).await), whole(2, P::Empty));
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, NOT_UTF8, true).await), [at(2, "notes", P::NotUtf8)]);
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, b"\xFF\xFEm\0e\0m\0", true).await), whole(1, P::NotUtf8));
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, PHOTO, true).await), whole(1, P::NotASpreadsheet));
    assert_eq!(problems(import(store, &r, ImportFormat::Xlsx, PHOTO, true).await), whole(1, P::NotASpreadsheet));
    assert_eq!(problems(import(store, &r, ImportFormat::Xlsx, GOOD_CSV, true).await), whole(1, P::NotASpreadsheet));
    let cut_short = &GOOD_XLSX[..GOOD_XLSX.len() / 2];
    assert_eq!(problems(import(store, &r, ImportFormat::Xlsx, cut_short, true).await), whole(1, P::NotASpreadsheet));
    assert_eq!(case_count(store, &r).await, 0);
}
