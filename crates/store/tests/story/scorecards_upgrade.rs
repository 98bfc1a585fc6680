//! Migration 0005 applied to a deployment that already holds data from the version before
//! (schema 0001–0004, a collective, members, an audit chain): the old data stays readable,
//! the chain verifies, and a round can be run with the members who were already there.

use crate::fixtures::*;
use crate::fresh::Fresh;
use crate::scorecards::{answers, institution, new_round, tallies_of, SOUTH};
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_store::audit::ChainStatus;
use dhruva_store::{Backend, MasterKey};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;

fn migrations_before_score_cards(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 5).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn a_deployment_from_before_score_cards_upgrades_and_runs_a_round(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_score_cards(backend).run(&mut conn).await.expect("migrations 0001-0004 apply");
    let tables: i64 = match backend {
        Backend::Sqlite => sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ratings'").fetch_one(&mut conn).await,
        Backend::Postgres => sqlx::query_scalar("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'ratings'").fetch_one(&mut conn).await,
    }
    .expect("catalog");
    assert_eq!(tables, 0, "the deployment is from before score cards");
    let _ = conn.close().await;

    // The previous version's data, written through the previous version's code paths.
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let rows_before = match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("{broken:?}"),
    };

    store.migrate().await.expect("0005 applies over the data");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: rows_before });
    assert_eq!(store.member_personal(&cli(), rupa.id).await.expect("read").expect("there").name.expose(), "Rupa Mondal");

    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let round = store.plan_round(&cli(), &new_round(utthan, vec![utthan], vec![police])).await.expect("planned");
    store.advance_round(&cli(), round, RoundStatus::Planned).await.expect("opened");
    for m in [rupa.id, mina.id] {
        store.record_rating(&cli(), round, police, m, utthan, &answers(&[("safety", 3)])).await.expect("rated");
    }
    assert_eq!(tallies_of(store, round, police).await["safety"].n(), 2);
    assert_eq!(store.round_progress(round).await.expect("progress"), vec![(utthan, 2, 2)]);
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
    store.migrate().await.expect("migrating again changes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_deployment_from_before_score_cards_upgrades_and_runs_a_round() {
    a_deployment_from_before_score_cards_upgrades_and_runs_a_round(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_deployment_from_before_score_cards_upgrades_and_runs_a_round() {
    a_deployment_from_before_score_cards_upgrades_and_runs_a_round(Backend::Postgres).await;
}
