//! A consent recorded by someone other than her waits for her: it is not a consent (the policy's
//! facts do not list it) until she confirms it, or — without an account — a second office
//! holder does with a witness. Grants recorded before the upgrade stay in force, and she is told.

use crate::fixtures::*;
use crate::fresh::Fresh;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::Sensitive;
use dhruva_store::consent::{ConsentState, NewConsent};
use dhruva_store::{Backend, MasterKey, Store, StoreError};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;

fn told_by_leader(purpose: Purpose) -> NewConsent {
    NewConsent { purpose, method: "verbal".to_owned(), witness: Some(Sensitive::new("Parvati Halder".to_owned())) }
}

async fn pending_id(store: &Store, member: dhruva_core::MemberId, purpose: Purpose) -> i64 {
    let history = store.consent_history(member).await.expect("history");
    history.iter().find(|r| r.purpose == purpose && r.state == ConsentState::Pending && r.withdrawn_at.is_none()).expect("a pending grant").id
}

pub async fn a_grant_a_leader_records_waits_until_she_confirms_or_refuses_it(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    let (as_rupa, as_leader) = (web(her_account, Role::Member, None), web(leader, Role::Leader, None));

    assert!(store.record_consent(&as_leader, rupa.id, &told_by_leader(Purpose::CaseSupport)).await.expect("recorded"));
    assert!(store.record_consent(&as_leader, rupa.id, &told_by_leader(Purpose::FederationContact)).await.expect("recorded"));
    assert!(!store.record_consent(&as_leader, rupa.id, &told_by_leader(Purpose::CaseSupport)).await.expect("already waiting"));
    let facts = store.member_facts(rupa.id, TODAY).await.expect("facts").expect("found");
    assert!(facts.consents.purposes().is_empty(), "pending grants open nothing");
    assert_eq!(store.untold_consents(rupa.id).await.expect("count"), 2, "she has two records to be told of");
    let audit = store.audit_about_member(rupa.id).await.expect("audit");
    assert!(audit
        .iter()
        .any(|r| r.action == "consent_granted" && r.detail.as_deref() == Some("purpose=case_support;method=verbal;witnessed;pending")));

    // Only she decides: a leader's (or anyone else's) confirmation of her own grant is refused.
    let case_support = pending_id(store, rupa.id, Purpose::CaseSupport).await;
    assert!(matches!(store.confirm_consent(&as_leader, rupa.id, case_support).await, Err(StoreError::NotFound(_))));
    store.confirm_consent(&as_rupa, rupa.id, case_support).await.expect("she confirms");
    assert!(matches!(store.confirm_consent(&as_rupa, rupa.id, case_support).await, Err(StoreError::NotFound(_))), "once");
    let contact = pending_id(store, rupa.id, Purpose::FederationContact).await;
    store.refuse_consent(&as_rupa, rupa.id, contact).await.expect("she refuses");
    assert_eq!(store.consents(rupa.id).await.expect("read").purposes(), [Purpose::CaseSupport]);

    let history = store.consent_history(rupa.id).await.expect("history");
    let confirmed = history.iter().find(|r| r.id == case_support).expect("kept");
    assert_eq!((confirmed.state, confirmed.granted_by, confirmed.decided_by), (ConsentState::Granted, Some(leader), Some(her_account)));
    let refused = history.iter().find(|r| r.id == contact).expect("kept");
    assert_eq!((refused.state, refused.withdrawn_by), (ConsentState::Refused, Some(her_account)));
    assert!(refused.withdrawn_at.is_some(), "a refusal closes it, so it can be asked again");

    // Answering told her; so does her page (not a leader's look at it); tapping "agree" on a
    // purpose a leader recorded confirms that record.
    assert_eq!(store.untold_consents(rupa.id).await.expect("count"), 0, "she answered both");
    assert!(store.record_consent(&as_leader, rupa.id, &told_by_leader(Purpose::Mentoring)).await.expect("recorded"));
    store.mark_consents_told(&as_leader, rupa.id).await.expect("a leader's look changes nothing");
    assert_eq!(store.untold_consents(rupa.id).await.expect("count"), 1);
    store.mark_consents_told(&as_rupa, rupa.id).await.expect("told");
    assert_eq!(store.untold_consents(rupa.id).await.expect("count"), 0);
    store.grant_consent(&as_rupa, rupa.id, Purpose::Mentoring, "in_app").await.expect("she agrees");
    let mentoring: Vec<_> = store.consent_history(rupa.id).await.expect("history").into_iter().filter(|r| r.purpose == Purpose::Mentoring).collect();
    assert_eq!(mentoring.len(), 1, "the leader's record, confirmed, not a second one");
    assert_eq!((mentoring[0].state, mentoring[0].decided_by), (ConsentState::Granted, Some(her_account)));

    // Withdrawal stays immediate, whoever recorded the grant.
    store.withdraw_consent(&as_leader, rupa.id, Purpose::CaseSupport).await.expect("withdrawn");
    assert_eq!(store.consents(rupa.id).await.expect("read").purposes(), [Purpose::Mentoring]);
}

pub async fn a_second_office_holder_confirms_for_a_member_without_an_account(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let dipa = member(store, utthan, "Dipa Sardar", None).await;
    let first = account(store, "secretary", None).await;
    let second = account(store, "president", None).await;
    let (as_first, as_second) = (web(first, Role::Leader, None), web(second, Role::Leader, None));
    let witness = Sensitive::new("Mamata Bag".to_owned());

    store.record_consent(&as_first, dipa.id, &told_by_leader(Purpose::CaseSupport)).await.expect("recorded");
    let id = pending_id(store, dipa.id, Purpose::CaseSupport).await;
    let refused = store.confirm_consent_as_second_officer(&as_first, dipa.id, id, &witness).await;
    assert!(matches!(refused, Err(StoreError::Invalid(_))), "not the one who recorded it");
    let no_witness = store.confirm_consent_as_second_officer(&as_second, dipa.id, id, &Sensitive::new(" ".to_owned())).await;
    assert!(matches!(no_witness, Err(StoreError::Input { field: "witness", .. })));
    assert!(store.consents(dipa.id).await.expect("read").purposes().is_empty(), "nothing written on refusal");

    store.confirm_consent_as_second_officer(&as_second, dipa.id, id, &witness).await.expect("confirmed");
    assert_eq!(store.consents(dipa.id).await.expect("read").purposes(), [Purpose::CaseSupport]);
    let entries = store.consent_records(&as_second, dipa.id).await.expect("records");
    assert_eq!((entries[0].record.decided_by, entries[0].record.state), (Some(second), ConsentState::Granted));
    assert_eq!(entries[0].confirm_witness.as_ref().map(|w| w.expose().as_str()), Some("Mamata Bag"));
    let audit = store.audit_about_member(dipa.id).await.expect("audit");
    assert!(audit.iter().any(|r| r.action == "consent_confirmed"
        && r.account == Some(second)
        && r.detail.as_deref() == Some("purpose=case_support;by=second_officer;witnessed")));

    // With an account of her own, only she confirms.
    let her = account(store, "dipa", Some(dipa.id)).await;
    store.record_consent(&as_first, dipa.id, &told_by_leader(Purpose::Mentoring)).await.expect("recorded");
    let id = pending_id(store, dipa.id, Purpose::Mentoring).await;
    assert!(matches!(store.confirm_consent_as_second_officer(&as_second, dipa.id, id, &witness).await, Err(StoreError::Invalid(_))));
    store.confirm_consent(&web(her, Role::Member, None), dipa.id, id).await.expect("she confirms");
}

fn migrations_before_confirmation(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 9).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn grants_from_before_the_upgrade_stay_in_force_and_she_is_told_of_them(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_confirmation(backend).run(&mut conn).await.expect("migrations before 0009 apply");
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    // The previous version wrote these rows (its columns only): one she gave, one a leader recorded.
    for (purpose, by) in [(Purpose::Research, her_account), (Purpose::CaseSupport, leader)] {
        sqlx::query("INSERT INTO consents (member_id, purpose, method, granted_at, granted_by) VALUES ($1, $2, 'paper', 1700000000, $3)")
            .bind(rupa.id.0)
            .bind(purpose.code())
            .bind(by.0)
            .execute(&mut conn)
            .await
            .expect("an old grant");
    }
    let _ = conn.close().await;

    store.migrate().await.expect("0009 applies over the data");
    assert_eq!(store.consents(rupa.id).await.expect("read").purposes(), [Purpose::CaseSupport, Purpose::Research], "both stay in force");
    assert_eq!(store.untold_consents(rupa.id).await.expect("count"), 1, "she is told of the one the leader recorded");
    let history = store.consent_history(rupa.id).await.expect("history");
    assert!(history.iter().all(|r| r.state == ConsentState::Granted && r.decided_by.is_none()));
    store.migrate().await.expect("migrating again changes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_grants_from_before_the_upgrade_stay_in_force_and_she_is_told_of_them() {
    grants_from_before_the_upgrade_stay_in_force_and_she_is_told_of_them(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_grants_from_before_the_upgrade_stay_in_force_and_she_is_told_of_them() {
    grants_from_before_the_upgrade_stay_in_force_and_she_is_told_of_them(Backend::Postgres).await;
}

/// A grant waiting for her, a second office holder's sealed witness and her request for a new
/// number are restored as they were: still waiting, still sealed, still hers to decide.
pub async fn pending_consents_and_phone_requests_travel_through_a_backup(db: &dhruva_store::testing::TestDb) {
    let store = &db.store;
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let dipa = member(store, utthan, "Dipa Sardar", None).await;
    let her = account(store, "rupa", Some(rupa.id)).await;
    let (first, second) = (account(store, "secretary", None).await, account(store, "president", None).await);
    let (as_rupa, as_first, as_second) = (web(her, Role::Member, None), web(first, Role::Leader, None), web(second, Role::Leader, None));
    store.record_consent(&as_first, rupa.id, &told_by_leader(Purpose::CaseSupport)).await.expect("recorded");
    store.record_consent(&as_first, dipa.id, &told_by_leader(Purpose::CaseSupport)).await.expect("recorded");
    let id = pending_id(store, dipa.id, Purpose::CaseSupport).await;
    store.confirm_consent_as_second_officer(&as_second, dipa.id, id, &Sensitive::new("Mamata Bag".to_owned())).await.expect("confirmed");
    let new_number = dhruva_core::phone::PhoneNumber::parse("7001112223").expect("phone");
    store.request_phone_change(&as_rupa, rupa.id, &new_number).await.expect("asked");

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dhruva.backup");
    store.backup(&file).await.expect("backup");
    let Some(target) = Fresh::on(store.backend(), &crate::fresh::key_of(db), true).await else { return };
    target.store.restore(&file).await.expect("restores");
    let restored = &target.store;

    assert!(restored.consents(rupa.id).await.expect("read").purposes().is_empty(), "still waiting for her");
    assert_eq!(restored.untold_consents(rupa.id).await.expect("count"), 1);
    let entries = restored.consent_records(&as_second, dipa.id).await.expect("records");
    assert_eq!(entries[0].confirm_witness.as_ref().map(|w| w.expose().as_str()), Some("Mamata Bag"), "the sealed witness opens");
    assert_eq!(restored.consents(dipa.id).await.expect("read").purposes(), [Purpose::CaseSupport]);
    let waiting = restored.pending_phone_changes(utthan, TODAY).await.expect("list");
    assert_eq!(waiting.len(), 1);
    restored.decide_phone_change(&as_first, rupa.id, waiting[0].id, true).await.expect("the sealed number opens");
    assert_eq!(restored.member_by_phone(&new_number).await.expect("lookup"), Some(rupa.id));
    let id = pending_id(restored, rupa.id, Purpose::CaseSupport).await;
    restored.confirm_consent(&as_rupa, rupa.id, id).await.expect("she confirms after the restore");
}
