//! Importing a case register: a good CSV and a good workbook are previewed without writing and
//! then imported whole, with the history, authority and amounts the register gives; a case
//! already recorded stops the whole file. (Broken files: `cases_import_broken.rs`.)

use crate::fixtures::*;
use crate::scorecards::{institution, KOLKATA, SOUTH};
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::scorecard::InstitutionType;
use dhruva_core::{CollectiveId, InstitutionId, MemberId, Sensitive};
use dhruva_store::audit::ChainStatus;
use dhruva_store::cases::import::{CaseImport, CaseImportProblem, CaseItem, ImportFormat, ImportRow};
use dhruva_store::cases::Authority;
use dhruva_store::members::NewMember;
use dhruva_store::{Accessor, Store};
use std::collections::HashMap;
use time::macros::date;

pub const GOOD_CSV: &[u8] = include_bytes!("../fixtures/cases/good.csv");
pub const GOOD_XLSX: &[u8] = include_bytes!("../fixtures/cases/good.xlsx");

/// A collective with three members (codes `M-RUPA`, `M-MINA`, `M-LATA`) whose cases its leader
/// may record, a member of another collective (`M-SITA`), and the DLSA in the registry.
pub struct Register {
    pub utthan: CollectiveId,
    pub rupa: MemberId,
    pub mina: MemberId,
    pub lata: MemberId,
    pub sita: MemberId,
    pub dlsa: InstitutionId,
    pub leader: Accessor,
    pub codes: HashMap<String, MemberId>,
}

async fn coded_member(store: &Store, collective: CollectiveId, code: &str, name: &str) -> MemberId {
    let new =
        NewMember { code: Some(code.to_owned()), collective, joined_on: JOINED, office: None, languages: vec![], personal: personal(name, None) };
    store.create_member(&cli(), new).await.expect("member created").id
}

pub async fn register(store: &Store) -> Register {
    let utthan = collective(store, "Utthan").await;
    let mukti = collective(store, "Mukti").await;
    let rupa = coded_member(store, utthan, "M-RUPA", "Rupa Mondal").await;
    let mina = coded_member(store, utthan, "M-MINA", "Mina Das").await;
    let lata = coded_member(store, utthan, "M-LATA", "Lata Sen").await;
    let sita = coded_member(store, mukti, "M-SITA", "Sita Bibi").await;
    let dlsa = institution(store, InstitutionType::Dlsa, "DLSA South 24 Parganas", SOUTH).await;
    let account = account(store, "utthan-leader", None).await;
    let leader = web(account, Role::Leader, Some(Purpose::CaseSupport));
    // Sita is not in the map: the web leaves out whoever the leader may not act for.
    let codes = [("M-RUPA", rupa), ("m-mina ", mina), ("M-LATA", lata)].into_iter().map(|(c, m)| (c.to_owned(), m)).collect();
    Register { utthan, rupa, mina, lata, sita, dlsa, leader, codes }
}

/// Every case of the register's members, Sita's included: what "nothing was written" counts.
pub async fn case_count(store: &Store, r: &Register) -> usize {
    let mut count = 0;
    for member in [r.rupa, r.mina, r.lata, r.sita] {
        count += store.cases_of_member(&cli(), member, TODAY).await.expect("cases").len();
    }
    count
}

pub async fn import(store: &Store, r: &Register, format: ImportFormat, bytes: &[u8], commit: bool) -> CaseImport {
    store.import_cases(&r.leader, r.utthan, format, bytes, &r.codes, TODAY, commit).await.expect("the import ran")
}

/// The problems found, as (row, column, problem); panics when the file was accepted.
pub fn problems(outcome: CaseImport) -> Vec<(usize, Option<String>, CaseImportProblem)> {
    match outcome {
        CaseImport::Rejected(errors) => errors.into_iter().map(|e| (e.row, e.column, e.problem)).collect(),
        other => panic!("a bad file was accepted: {other:?}"),
    }
}

pub fn at(row: usize, column: &str, problem: CaseImportProblem) -> (usize, Option<String>, CaseImportProblem) {
    (row, Some(column.to_owned()), problem)
}

fn previewed(outcome: CaseImport) -> Vec<ImportRow> {
    match outcome {
        CaseImport::Preview(rows) => rows,
        other => panic!("expected a preview: {other:?}"),
    }
}

fn amount(a: &Option<Sensitive<i64>>) -> Option<i64> {
    a.as_ref().map(|a| *a.expose())
}

pub async fn a_good_csv_register_is_previewed_without_writing_then_imported_whole(store: &Store) {
    let r = register(store).await;
    let rows = previewed(import(store, &r, ImportFormat::Csv, GOOD_CSV, false).await);
    assert_eq!(case_count(store, &r).await, 0, "a preview writes nothing");
    assert_eq!(rows.iter().map(|row| row.row).collect::<Vec<_>>(), [2, 3, 4, 5, 6, 7]);
    let claim = &rows[0];
    assert_eq!(
        (claim.member, claim.kind, claim.item, claim.state),
        (r.rupa, CaseKind::Compensation, CaseItem::Forum(CompensationForum::Dlsa), CaseState::PartlyGranted)
    );
    assert_eq!(claim.authority, Authority::Registry(r.dlsa), "a name the registry knows in that district is its institution");
    assert_eq!((amount(&claim.amount_claimed), amount(&claim.amount_awarded), amount(&claim.amount_received)), (Some(300_000), Some(150_000), None));
    assert_eq!(
        claim.history,
        [(CaseState::Drafted, date!(2024 - 01 - 10)), (CaseState::Filed, date!(2024 - 01 - 20)), (CaseState::PartlyGranted, date!(2024 - 04 - 02))]
    );
    assert_eq!(
        (rows[1].item, rows[1].opened_on),
        (CaseItem::Entitlement(Entitlement::RationCard), date!(2024 - 02 - 15)),
        "DD/MM/YYYY is read day first"
    );
    assert!(matches!(&rows[1].authority, Authority::Named(n) if n.expose() == "Block Food Office Canning"));
    assert_eq!(
        rows[2].history,
        [
            (CaseState::ComplaintMade, date!(2023 - 11 - 05)),
            (CaseState::FirRegistered, date!(2023 - 11 - 06)),
            (CaseState::ChargeSheetFiled, date!(2023 - 11 - 06))
        ],
        "steps the register does not date are not invented"
    );
    assert_eq!(rows[4].history, [(CaseState::Drafted, date!(2025 - 05 - 20))]);
    assert_eq!(rows[5].notes.as_ref().map(|n| n.expose().as_str()), Some("Wanted a widow pension form from the wrong office"));

    assert!(matches!(import(store, &r, ImportFormat::Csv, GOOD_CSV, true).await, CaseImport::Imported(6)));
    assert_eq!(case_count(store, &r).await, 6);
    let rupas = store.cases_of_member(&cli(), r.rupa, TODAY).await.expect("cases");
    let claim = rupas.iter().find(|c| c.kind == CaseKind::Compensation).expect("her claim");
    assert_eq!((claim.state, claim.state_since, claim.authority), (CaseState::PartlyGranted, date!(2024 - 04 - 02), Some(r.dlsa)));
    assert_eq!(claim.district, Some(district(SOUTH)));
    let minas = store.cases_of_member(&cli(), r.mina, TODAY).await.expect("cases");
    assert!(minas.iter().any(|c| c.kind == CaseKind::Compensation && c.district == Some(district(KOLKATA)) && c.state == CaseState::Enquiry));

    // The figures see the register's dates and amounts without anyone's key.
    let claims = store.compensation_claims(Some(r.utthan)).await.expect("claims");
    assert_eq!(claims.len(), 2);
    let facts = claims.iter().find(|c| c.authority == Some(r.dlsa)).expect("Rupa's claim");
    assert_eq!((facts.filed_on, facts.decided_on), (Some(date!(2024 - 01 - 20)), Some(date!(2024 - 04 - 02))));
    assert_eq!((facts.claimed, facts.awarded, facts.received), (Some(300_000), Some(150_000), None));

    let recent = store.audit_recent(20).await.expect("audit");
    assert!(recent
        .iter()
        .any(|row| row.action == "cases_imported" && row.subject_collective == Some(r.utthan) && row.detail.as_deref() == Some("rows=6")));
    assert_eq!(recent.iter().filter(|row| row.action == "case_opened").count(), 6);
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));

    // The same register again: every row is already recorded, and nothing is added.
    let again = problems(import(store, &r, ImportFormat::Csv, GOOD_CSV, true).await);
    assert_eq!(again, (2..=7).map(|row| at(row, "reference", CaseImportProblem::AlreadyRecorded)).collect::<Vec<_>>());
    assert_eq!(case_count(store, &r).await, 6);
    let about_rupa = store.audit_about_member(r.rupa).await.expect("audit");
    assert!(
        about_rupa.iter().any(|row| row.action == "view_cases" && row.account == r.leader.account),
        "opening her cases to compare references is a read by the leader, recorded"
    );
}

pub async fn a_good_xlsx_register_is_imported_with_excels_dates_numbers_and_labels(store: &Store) {
    let r = register(store).await;
    let rows = previewed(import(store, &r, ImportFormat::Xlsx, GOOD_XLSX, false).await);
    assert_eq!(rows.iter().map(|row| row.row).collect::<Vec<_>>(), [2, 3, 5, 6], "the blank row 4 is skipped, not renumbered");
    assert_eq!(
        rows[0].history,
        [(CaseState::Drafted, date!(2023 - 06 - 01)), (CaseState::Filed, date!(2023 - 06 - 12)), (CaseState::Paid, date!(2023 - 09 - 30))]
    );
    assert_eq!(amount(&rows[0].amount_received), Some(250_000));
    assert_eq!(
        (rows[1].member, rows[1].item, rows[1].state),
        (r.mina, CaseItem::Entitlement(Entitlement::WidowPension), CaseState::UnderVerification)
    );
    assert_eq!(rows[1].reference.as_ref().map(|x| x.expose().as_str()), Some("4521"), "a reference typed as a number reads back whole");
    assert_eq!((rows[3].member_code.as_str(), rows[3].item), ("M-LATA", CaseItem::Document(DocumentKind::VoterId)));
    assert_eq!(rows[3].history, [(CaseState::Drafted, date!(2025 - 01 - 05)), (CaseState::Issued, date!(2025 - 02 - 10))]);
    assert_eq!(case_count(store, &r).await, 0);

    assert!(matches!(import(store, &r, ImportFormat::Xlsx, GOOD_XLSX, true).await, CaseImport::Imported(4)));
    assert_eq!(case_count(store, &r).await, 4);
    let facts = store.compensation_claims(Some(r.utthan)).await.expect("claims");
    assert_eq!(facts.len(), 1);
    assert_eq!((facts[0].state, facts[0].decided_on, facts[0].received), (CaseState::Paid, Some(date!(2023 - 09 - 30)), Some(250_000)));
}

pub async fn a_register_with_one_case_already_recorded_imports_none_of_its_rows(store: &Store) {
    let r = register(store).await;
    assert!(matches!(import(store, &r, ImportFormat::Csv, GOOD_CSV, true).await, CaseImport::Imported(6)));
    let header = "member_code,kind,item,state,opened_on,filed_on,reference\n";
    let new = "M-LATA,legal,,complaint_made,2025-04-01,,FIR 7/2025\n";
    // Mina's FIR, written with other spacing and case: the same reference.
    let recorded = "M-MINA,legal,,fir_registered,2023-11-05,2023-11-06,fir  112/2023\n";
    let file = format!("{header}{new}{recorded}");
    assert_eq!(problems(import(store, &r, ImportFormat::Csv, file.as_bytes(), true).await), [at(3, "reference", CaseImportProblem::AlreadyRecorded)]);
    assert_eq!(case_count(store, &r).await, 6, "the new row was not imported either");
    let fixed = format!("{header}{new}");
    assert!(matches!(import(store, &r, ImportFormat::Csv, fixed.as_bytes(), true).await, CaseImport::Imported(1)));
    assert_eq!(case_count(store, &r).await, 7);
}
