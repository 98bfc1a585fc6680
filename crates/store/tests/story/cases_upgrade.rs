//! Migration 0006 applied to a deployment that already holds data from the version before
//! (schema 0001–0005: members, a score card round, an audit chain): the old data stays
//! readable, the chain verifies, and the members already there can open and run cases.

use crate::cases::answers;
use crate::fixtures::*;
use crate::fresh::Fresh;
use crate::scorecards::{answers as rating, institution, new_round, SOUTH};
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum};
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_store::audit::ChainStatus;
use dhruva_store::cases::{Authority, NewCase};
use dhruva_store::{Backend, MasterKey};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;

fn migrations_before_cases(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 6).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn a_deployment_from_before_cases_upgrades_and_opens_a_case(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_cases(backend).run(&mut conn).await.expect("migrations 0001-0005 apply");
    let _ = conn.close().await;

    // The previous version's data, written through the previous version's code paths.
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let round = store.plan_round(&cli(), &new_round(utthan, vec![utthan], vec![police])).await.expect("planned");
    store.advance_round(&cli(), round, RoundStatus::Planned).await.expect("opened");
    store.record_rating(&cli(), round, police, rupa.id, utthan, &rating(&[("safety", 3)])).await.expect("rated");
    let rows_before = match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("{broken:?}"),
    };

    store.migrate().await.expect("0006 applies over the data");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: rows_before });
    assert_eq!(store.member_personal(&cli(), rupa.id).await.expect("read").expect("there").name.expose(), "Rupa Mondal");
    assert!(store.my_rating(rupa.id, round, police).await.expect("read").is_some());

    let new = NewCase {
        member: rupa.id,
        collective: utthan,
        kind: CaseKind::Compensation,
        entitlement: None,
        document: None,
        forum: Some(CompensationForum::Dlsa),
        authority: Authority::Registry(police),
        district: Some(district(SOUTH)),
        opened_on: TODAY,
        state: None,
        details: answers(&[("reference", "DLSA/1"), ("amount_claimed", "200000")]),
    };
    let id = store.open_case(&cli(), &new).await.expect("a case for a member from before");
    store.change_case_state(&cli(), id, CaseState::Drafted, CaseState::Filed, TODAY, None, TODAY).await.expect("filed");
    assert_eq!(store.compensation_claims(None).await.expect("claims")[0].claimed, Some(200_000));
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
    store.migrate().await.expect("migrating again changes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_deployment_from_before_cases_upgrades_and_opens_a_case() {
    a_deployment_from_before_cases_upgrades_and_opens_a_case(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_deployment_from_before_cases_upgrades_and_opens_a_case() {
    a_deployment_from_before_cases_upgrades_and_opens_a_case(Backend::Postgres).await;
}
