//! Consent given verbally or on paper: recorded with its method and witness, the witness's
//! name sealed under her data key, read back only by an audited read.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::Sensitive;
use dhruva_store::consent::NewConsent;
use dhruva_store::testing::TestDb;
use dhruva_store::StoreError;
use sqlx::{AnyConnection, Connection as _, Row as _};

const WITNESS: &str = "Parvati Halder";

fn paper(purpose: Purpose, witness: Option<&str>) -> NewConsent {
    NewConsent { purpose, method: "paper".to_owned(), witness: witness.map(|w| Sensitive::new(w.to_owned())) }
}

pub async fn a_witness_is_sealed_under_her_key_and_read_back_only_with_an_audit(db: &TestDb) {
    let store = &db.store;
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    let as_leader = web(leader, Role::Leader, None);
    let as_rupa = web(her_account, Role::Member, None);

    assert!(store.record_consent(&as_leader, rupa.id, &paper(Purpose::Media, Some(WITNESS))).await.expect("recorded"));
    assert!(!store.record_consent(&as_leader, rupa.id, &paper(Purpose::Media, None)).await.expect("already granted"));
    store.grant_consent(&as_rupa, rupa.id, Purpose::Research, "in_app").await.expect("granted");

    // The database holds only ciphertext, and the audit row says "witnessed", not who.
    let mut raw = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    let rows = sqlx::query("SELECT witness_ct FROM consents").fetch_all(&mut raw).await.expect("raw read");
    let sealed: Vec<Vec<u8>> = rows.iter().filter_map(|r| r.try_get::<Option<Vec<u8>>, _>(0).expect("column")).collect();
    assert_eq!(sealed.len(), 1);
    assert!(!sealed[0].windows(WITNESS.len()).any(|w| w == WITNESS.as_bytes()), "the witness's name is sealed");
    let audit = store.audit_about_member(rupa.id).await.expect("audit");
    assert!(audit.iter().all(|r| !r.detail.as_deref().unwrap_or("").contains("Parvati")));
    assert!(audit.iter().any(|r| r.detail.as_deref() == Some("purpose=media;method=paper;witnessed;pending")), "{audit:?}");

    // She reads her own records without a trace; a leader's read is audited.
    let before = store.audit_about_member(rupa.id).await.expect("audit").len();
    let mine = store.consent_records(&as_rupa, rupa.id).await.expect("records");
    assert_eq!(store.audit_about_member(rupa.id).await.expect("audit").len(), before);
    assert_eq!(mine.len(), 2, "newest first");
    assert_eq!((mine[0].record.purpose, mine[0].record.granted_by, mine[0].witness.is_none()), (Purpose::Research, Some(her_account), true));
    assert_eq!((mine[1].record.method.as_str(), mine[1].record.granted_by), ("paper", Some(leader)));
    assert_eq!(mine[1].witness.as_ref().map(|w| w.expose().as_str()), Some(WITNESS));
    assert!(mine[1].record.witnessed);
    store.consent_records(&as_leader, rupa.id).await.expect("records");
    let newest = &store.audit_about_member(rupa.id).await.expect("audit")[0];
    assert_eq!((newest.action.as_str(), newest.account, newest.role.as_deref()), ("view_consents", Some(leader), Some("leader")));

    // She withdraws what the leader recorded for her.
    store.withdraw_consent(&as_rupa, rupa.id, Purpose::Media).await.expect("withdrawn");
    let history = store.consent_history(rupa.id).await.expect("history");
    let media = history.iter().find(|c| c.purpose == Purpose::Media).expect("media record");
    assert_eq!((media.granted_by, media.withdrawn_by), (Some(leader), Some(her_account)));
    assert!(!store.consents(rupa.id).await.expect("read").allows(Purpose::Media));

    let too_long = "x".repeat(201);
    assert!(matches!(
        store.record_consent(&as_leader, rupa.id, &paper(Purpose::Mentoring, Some(&too_long))).await,
        Err(StoreError::Input { field: "witness", .. })
    ));
}
