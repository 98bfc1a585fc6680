//! Cases on top of the test world, with words distinctive enough to be recognised if any
//! reminder ever carried them. Bina has asked for case support; Dipa has not. Each has a
//! hearing due this week; Bina also has one that is already overdue. Cases of every kind carry
//! references, notes, an authority's name and amounts.

use crate::world::World;
use dhruva_core::cases::{CaseKind, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::{CaseId, MemberId, Sensitive};
use dhruva_store::cases::{Authority, NewCase, NewHearing};
use dhruva_store::{Accessor, Store};
use std::collections::BTreeMap;
use time::{Date, Duration};

/// Words that appear in the cases and must never appear in a reminder.
pub const REFERENCE: &str = "FIR-ZQX-4471";
pub const NOTE_WORD: &str = "Kalighatvx93";
pub const AUTHORITY: &str = "Zebra Quartz Tribunal";
pub const COURT: &str = "Sealdah Bench Nine";
pub const AMOUNT: &str = "987654";

pub struct Cased {
    pub bina_legal: CaseId,
    pub bina_overdue: CaseId,
    pub dipa_legal: CaseId,
    pub due_on: Date,
    pub overdue_on: Date,
}

/// Today in India, as the server counts it.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+5:30)).date()
}

fn details(extra: &[(&str, &str)]) -> Sensitive<BTreeMap<String, Vec<String>>> {
    let mut raw = BTreeMap::new();
    raw.insert("reference".to_owned(), vec![REFERENCE.to_owned()]);
    raw.insert("notes".to_owned(), vec![format!("Met at {NOTE_WORD} about the trafficking case")]);
    for (k, v) in extra {
        raw.insert((*k).to_owned(), vec![(*v).to_owned()]);
    }
    Sensitive::new(raw)
}

fn new_case(member: MemberId, w: &World, kind: CaseKind, opened_on: Date) -> NewCase {
    NewCase {
        member,
        collective: w.utthan,
        kind,
        entitlement: (kind == CaseKind::Entitlement).then_some(Entitlement::RationCard),
        document: (kind == CaseKind::DocumentRecovery).then_some(DocumentKind::BirthCertificate),
        forum: (kind == CaseKind::Compensation).then_some(CompensationForum::Dlsa),
        authority: Authority::Named(Sensitive::new(AUTHORITY.to_owned())),
        district: DistrictCode::parse("WB-kolkata").ok(),
        opened_on,
        state: None,
        details: details(&[]),
    }
}

async fn legal_with_hearing(store: &Store, member: MemberId, w: &World, held: Date, next: Date) -> CaseId {
    let cli = Accessor::cli();
    let id = store.open_case(&cli, &new_case(member, w, CaseKind::Legal, held - Duration::days(30))).await.expect("legal case");
    let h = NewHearing {
        held_on: held,
        court: Some(Sensitive::new(COURT.to_owned())),
        next_on: Some(next),
        note: Some(Sensitive::new(NOTE_WORD.to_owned())),
    };
    store.add_hearing(&cli, id, &h).await.expect("hearing");
    id
}

/// One more legal case of Bina's whose hearing's next date was `days_ago`, never recorded.
pub async fn missed_hearing(store: &Store, w: &World, days_ago: i64) -> CaseId {
    let today = today();
    legal_with_hearing(store, w.bina, w, today - Duration::days(days_ago + 10), today - Duration::days(days_ago)).await
}

/// Bina's consent, and cases of every kind for Bina and Dipa.
pub async fn seed(store: &Store, w: &World) -> Cased {
    let cli = Accessor::cli();
    store.grant_consent(&cli, w.bina, Purpose::CaseSupport, "paper").await.expect("case support consent");
    let today = today();
    let due_on = today + Duration::days(3);
    let overdue_on = today - Duration::days(2);
    let bina_legal = legal_with_hearing(store, w.bina, w, today - Duration::days(10), due_on).await;
    let bina_overdue = legal_with_hearing(store, w.bina, w, today - Duration::days(20), overdue_on).await;
    let dipa_legal = legal_with_hearing(store, w.dipa, w, today - Duration::days(10), due_on).await;
    for kind in [CaseKind::Entitlement, CaseKind::Compensation, CaseKind::DocumentRecovery] {
        let mut new = new_case(w.bina, w, kind, today - Duration::days(25));
        if kind == CaseKind::Compensation {
            new.details = details(&[("amount_claimed", AMOUNT), ("amount_awarded", AMOUNT), ("amount_received", AMOUNT)]);
        }
        store.open_case(&cli, &new).await.expect("case opened");
    }
    Cased { bina_legal, bina_overdue, dipa_legal, due_on, overdue_on }
}
