//! The registry the coordinator keeps (issue 11): a collective's names, stage history,
//! registration and closing; partners edited and linked by dates, with only current links
//! reaching the policy; the federation's names and states; and migration 0014 over a
//! deployment from before it.

use crate::fixtures::*;
use crate::fresh::Fresh;
use dhruva_core::geography::StateCode;
use dhruva_core::policy::{self, Action, Resource, Role};
use dhruva_core::registry::{Language, Stage, TraffickingKind};
use dhruva_core::CollectiveId;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::audit::ChainStatus;
use dhruva_store::error::InputProblem;
use dhruva_store::registry::{CollectiveRecord, FederationSetup, StageSince};
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, MasterKey, Store, StoreError};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;
use time::macros::date;
use time::{Date, Duration, OffsetDateTime};

fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

fn record(name: &str, stage: Stage) -> CollectiveRecord {
    CollectiveRecord {
        name: name.to_owned(),
        names: vec![(Language::Bengali, "উত্থান".to_owned()), (Language::Hindi, String::new())],
        kind: TraffickingKind::Labour,
        district: district("WB-kolkata"),
        founded_on: Some(date!(2019 - 03 - 08)),
        stage,
        stage_since: None,
        registration_no: None,
        registered_on: None,
    }
}

fn refused(result: Result<(), StoreError>, field: &str, problem: InputProblem) {
    match result {
        Err(StoreError::Input { field: f, problem: p }) if f == field && p == problem => {}
        other => panic!("expected {field} {problem:?}, got {other:?}"),
    }
}

async fn audit_actions(store: &Store) -> Vec<String> {
    store.audit_recent(200).await.expect("audit").into_iter().map(|r| r.action).collect()
}

pub async fn a_collectives_stage_history_is_dated_and_registration_is_required(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let today = today();
    let first = store.collective_details(utthan).await.expect("read").expect("there");
    assert_eq!(first.stages, vec![StageSince { stage: Stage::Collective, since: date!(2019 - 03 - 08) }], "the first stage dates from its founding");

    // Names in the other languages, an empty one being none; the stage unchanged needs no date.
    store.edit_collective(&cli(), utthan, &record("Utthan", Stage::Collective), today).await.expect("saved");
    let saved = store.collective_details(utthan).await.expect("read").expect("there");
    assert_eq!(saved.names, vec![(Language::Bengali, "উত্থান".to_owned())]);
    assert_eq!(saved.name_in(Language::Bengali), Some("উত্থান"));
    assert_eq!(saved.stages.len(), 1);
    let c = store.collective(utthan).await.expect("read").expect("there");
    assert_eq!((c.kind, c.district.as_str()), (TraffickingKind::Labour, "WB-kolkata"));

    // Registering needs the number and date; a new stage needs its date, not before the last.
    let mut registered = record("Utthan", Stage::RegisteredOrganisation);
    registered.stage_since = Some(date!(2024 - 04 - 01));
    refused(store.edit_collective(&cli(), utthan, &registered, today).await, "registration_no", InputProblem::Missing);
    registered.registration_no = Some("S/2L/12345".to_owned());
    refused(store.edit_collective(&cli(), utthan, &registered, today).await, "registered_on", InputProblem::Missing);
    registered.registered_on = Some(date!(2024 - 04 - 01));
    registered.stage_since = None;
    refused(store.edit_collective(&cli(), utthan, &registered, today).await, "stage_since", InputProblem::Missing);
    registered.stage_since = Some(date!(2018 - 01 - 01));
    refused(store.edit_collective(&cli(), utthan, &registered, today).await, "stage_since", InputProblem::TooEarly);
    registered.stage_since = Some(today + Duration::days(1));
    refused(store.edit_collective(&cli(), utthan, &registered, today).await, "stage_since", InputProblem::Future);
    let mut long = registered.clone();
    long.names = vec![(Language::Telugu, "అ".repeat(201))];
    refused(store.edit_collective(&cli(), utthan, &long, today).await, "name_te", InputProblem::TooLong { max: 200 });
    let mut empty = registered.clone();
    empty.name = " \u{200b} ".to_owned();
    refused(store.edit_collective(&cli(), utthan, &empty, today).await, "name", InputProblem::Missing);
    let mut nowhere = registered.clone();
    nowhere.district = district("WB-no-such-place");
    registered.stage_since = Some(date!(2024 - 04 - 01));
    nowhere.stage_since = registered.stage_since;
    refused(store.edit_collective(&cli(), utthan, &nowhere, today).await, "district", InputProblem::Unknown);
    assert_eq!(store.collective_details(utthan).await.expect("read").expect("there").stages.len(), 1, "nothing refused was written");

    store.edit_collective(&cli(), utthan, &registered, today).await.expect("registered");
    let now = store.collective_details(utthan).await.expect("read").expect("there");
    assert_eq!(
        now.stages,
        vec![
            StageSince { stage: Stage::Collective, since: date!(2019 - 03 - 08) },
            StageSince { stage: Stage::RegisteredOrganisation, since: date!(2024 - 04 - 01) },
        ]
    );
    assert_eq!((now.registration_no.as_deref(), now.registered_on), (Some("S/2L/12345"), Some(date!(2024 - 04 - 01))));
    assert_eq!(store.collective(utthan).await.expect("read").expect("there").stage, Stage::RegisteredOrganisation);

    // The primary name stays unique.
    let saans = collective(store, "Saans").await;
    assert!(matches!(store.edit_collective(&cli(), saans, &record("Utthan", Stage::Collective), today).await, Err(StoreError::Duplicate(_))));
    assert!(matches!(store.edit_collective(&cli(), CollectiveId(9999), &record("X", Stage::Collective), today).await, Err(StoreError::NotFound(_))));
    let actions = audit_actions(store).await;
    assert_eq!(actions.iter().filter(|a| *a == "collective_updated").count(), 2, "{actions:?}");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: actions.len() as i64 });
}

pub async fn a_closed_collective_keeps_its_members_and_history(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let today = today();
    refused(store.close_collective(&cli(), utthan, today, " ", today).await, "reason", InputProblem::Missing);
    refused(store.close_collective(&cli(), utthan, today + Duration::days(1), "merged", today).await, "closed_on", InputProblem::Future);
    refused(store.close_collective(&cli(), utthan, date!(2019 - 01 - 01), "merged", today).await, "closed_on", InputProblem::TooEarly);
    assert_eq!(store.collective_closed_on(utthan).await.expect("read"), None, "nothing refused was written");

    store.close_collective(&cli(), utthan, date!(2025 - 05 - 31), "merged with Saans", today).await.expect("closed");
    assert!(matches!(store.close_collective(&cli(), utthan, today, "again", today).await, Err(StoreError::Duplicate(_))));
    let details = store.collective_details(utthan).await.expect("read").expect("there");
    let closure = details.closed.expect("closed");
    assert_eq!((closure.on, closure.reason.as_str()), (date!(2025 - 05 - 31), "merged with Saans"));
    assert_eq!(store.collective_closed_on(utthan).await.expect("read"), Some(date!(2025 - 05 - 31)));
    assert_eq!(store.closed_collectives().await.expect("read").get(&utthan), Some(&date!(2025 - 05 - 31)));

    // Her membership and the collective are still there; it takes no new stage or partner.
    let summary = store.member_summary(rupa.id).await.expect("read").expect("she is kept");
    assert_eq!(summary.memberships.len(), 1);
    assert!(store.collective(utthan).await.expect("read").is_some());
    let mut grown = record("Utthan", Stage::PeerGroup);
    grown.stage_since = Some(today);
    refused(store.edit_collective(&cli(), utthan, &grown, today).await, "stage", InputProblem::Closed);
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    refused(store.link_partner(&cli(), sanjog, utthan, today, today).await, "collective", InputProblem::Closed);
    assert!(audit_actions(store).await.contains(&"collective_closed".to_owned()));

    // Nobody new registers in it, even with a joining date from before it closed.
    let before = store.counts().await.expect("counts").members;
    let late = dhruva_store::members::NewRegistration {
        collective: utthan,
        joined_on: date!(2024 - 01 - 01),
        office: None,
        languages: vec![Language::Bengali],
        personal: personal("Mina Das", Some("9830044444")),
        under_18: false,
        consents: Vec::new(),
    };
    match store.register_member(&cli(), late, today).await {
        Err(StoreError::Input { field: "collective", problem: InputProblem::Closed }) => {}
        other => panic!("a closed collective took a new member: {other:?}"),
    }
    assert_eq!(store.counts().await.expect("counts").members, before, "nothing was written");
}

pub async fn partner_links_are_dated_and_only_current_ones_give_access(store: &Store) {
    let today = today();
    let sanjog = store.create_partner(&cli(), "Sanjog", Some(&district("WB-kolkata"))).await.expect("partner");
    let jabala = store.create_partner(&cli(), "Jabala", None).await.expect("partner");
    let utthan = store.create_collective(&cli(), &new_collective("Utthan", vec![sanjog])).await.expect("collective");

    // Editing a partner: the name stays unique.
    assert!(matches!(store.edit_partner(&cli(), jabala, "Sanjog", None).await, Err(StoreError::Duplicate(_))));
    refused(store.edit_partner(&cli(), jabala, "", None).await, "name", InputProblem::Missing);
    store.edit_partner(&cli(), jabala, "Jabala Action Research", Some(&district("WB-kolkata"))).await.expect("renamed");
    assert_eq!(store.partner(jabala).await.expect("read").map(|p| p.name), Some("Jabala Action Research".to_owned()));

    // A facilitator of Sanjog sees Utthan while Sanjog supports it.
    let facilitator = account(store, "facilitator", None).await;
    store.add_grant(&cli(), facilitator, &RoleGrant { role: Role::Facilitator, collective: None, partner: Some(sanjog) }).await.expect("grant");
    let sees = || async {
        let actor = store.actor(facilitator, today).await.expect("actor").expect("enabled");
        let facts = store.collective_facts(utthan).await.expect("facts").expect("there");
        policy::decide(&actor, Action::ViewCollective, Resource::Collective(&facts)).allowed
    };
    assert!(sees().await);
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    assert_eq!(store.member_facts(rupa.id, today).await.expect("facts").expect("there").collectives[0].partners, vec![sanjog]);

    // Unlinked: the next request no longer sees it, and the dated link stays as history.
    refused(store.unlink_partner(&cli(), sanjog, utthan, today + Duration::days(1), today).await, "until", InputProblem::Future);
    refused(store.unlink_partner(&cli(), sanjog, utthan, date!(2000 - 01 - 01), today).await, "until", InputProblem::TooEarly);
    store.unlink_partner(&cli(), sanjog, utthan, today, today).await.expect("unlinked");
    assert!(!sees().await, "an unlinked partner's facilitator loses access on the next request");
    assert_eq!(store.collective_facts(utthan).await.expect("facts").expect("there").partners, vec![]);
    assert!(store.member_facts(rupa.id, today).await.expect("facts").expect("there").collectives[0].partners.is_empty());
    assert!(matches!(store.unlink_partner(&cli(), sanjog, utthan, today, today).await, Err(StoreError::NotFound(_))));

    // Linking again adds a row, not before the last one ended.
    refused(store.link_partner(&cli(), sanjog, utthan, today - Duration::days(1), today).await, "since", InputProblem::TooEarly);
    store.link_partner(&cli(), sanjog, utthan, today, today).await.expect("linked again");
    assert!(matches!(store.link_partner(&cli(), sanjog, utthan, today, today).await, Err(StoreError::Duplicate(_))));
    store.link_partner(&cli(), jabala, utthan, date!(2024 - 01 - 01), today).await.expect("linked");
    assert!(sees().await);
    let links = store.links_of_partner(sanjog).await.expect("links");
    assert_eq!(links.len(), 2);
    assert_eq!((links[0].until, links[1].until), (Some(today), None));
    assert!(links.iter().all(|l| l.collective_name == "Utthan"));
    let of_utthan = store.links_of_collective(utthan).await.expect("links");
    assert_eq!(of_utthan.iter().map(|l| l.partner_name.as_str()).collect::<Vec<_>>(), ["Jabala Action Research", "Sanjog", "Sanjog"]);
    let mut current = store.collective_facts(utthan).await.expect("facts").expect("there").partners;
    current.sort();
    let mut expected = vec![sanjog, jabala];
    expected.sort();
    assert_eq!(current, expected);
    let actions = audit_actions(store).await;
    for action in ["partner_updated", "partner_linked", "partner_unlinked"] {
        assert!(actions.contains(&action.to_owned()), "{action} audited: {actions:?}");
    }
}

pub async fn the_federation_is_created_once_with_its_names_and_states(store: &Store) {
    let setup = FederationSetup {
        name: "Sampoorna Federation".to_owned(),
        names: vec![(Language::Bengali, "সম্পূর্ণা ফেডারেশন".to_owned()), (Language::Telugu, String::new())],
        states: vec![StateCode::parse("WB").expect("code"), StateCode::parse("JH").expect("code")],
    };
    let unknown = FederationSetup { states: vec![StateCode::parse("ZZ").expect("code")], ..setup.clone() };
    refused(store.create_federation(&cli(), &unknown).await, "states", InputProblem::Unknown);
    assert_eq!(store.federation().await.expect("read"), None, "nothing refused was written");
    store.create_federation(&cli(), &setup).await.expect("created");
    assert!(matches!(store.create_federation(&cli(), &setup).await, Err(StoreError::Duplicate(_))));
    let profile = store.federation_profile().await.expect("read").expect("there");
    assert_eq!(profile.name, "Sampoorna Federation");
    assert_eq!(profile.name_in(Language::Bengali), "সম্পূর্ণা ফেডারেশন");
    assert_eq!(profile.name_in(Language::Telugu), "Sampoorna Federation", "no Telugu name: the English one");
    assert_eq!(profile.states.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["JH", "WB"]);
}

fn migrations_before_registry(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 13).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

/// A deployment from before migration 0013 (schema 0001–0012) with the federation, two
/// collectives and a partner linked to one, written as that version wrote them; migrating
/// keeps them, dates the link from the collective's creation and the stage from its founding
/// (or creation), and the partner's facilitator keeps her access until it is unlinked.
async fn a_deployment_from_before_the_registry_edits_upgrades(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_registry(backend).run(&mut conn).await.expect("migrations 0001-0012 apply");
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    // Written as that version wrote it.
    for sql in [
        "INSERT INTO federation (id, name) VALUES (1, 'Old Federation')",
        "INSERT INTO partners (name, district_code, created_at) VALUES ('Sanjog', NULL, 1700000000)",
        "INSERT INTO collectives (name, kind, stage, district_code, founded_on, created_at) VALUES ('Utthan', 'sex', 'collective', 'WB-kolkata', '2019-03-08', 1700000000)",
        "INSERT INTO collectives (name, kind, stage, district_code, founded_on, created_at) VALUES ('Saans', 'labour', 'peer_group', 'WB-kolkata', NULL, 1710000000)",
        "INSERT INTO collective_partners (collective_id, partner_id) VALUES (1, 1)",
    ] {
        sqlx::query(sql).execute(&mut conn).await.expect("seed");
    }
    let _ = conn.close().await;

    store.migrate().await.expect("0013 onwards apply over the data");
    // Members and accounts are written by code that knows the later migrations.
    let rupa = member(store, CollectiveId(1), "Rupa Mondal", None).await;
    let facilitator = account(store, "facilitator", None).await;
    let sanjog = store.partner_by_name("Sanjog").await.expect("read").expect("there").id;
    store.add_grant(&cli(), facilitator, &RoleGrant { role: Role::Facilitator, collective: None, partner: Some(sanjog) }).await.expect("grant");
    let utthan = store.collective_by_name("Utthan").await.expect("read").expect("kept");
    assert_eq!(utthan.partners, vec![sanjog]);
    let details = store.collective_details(utthan.id).await.expect("read").expect("there");
    assert_eq!(details.stages, vec![StageSince { stage: Stage::Collective, since: date!(2019 - 03 - 08) }]);
    assert_eq!(details.partners.len(), 1);
    assert_eq!(
        (details.partners[0].since, details.partners[0].until),
        (date!(2023 - 11 - 14), None),
        "the link dates from the collective's creation"
    );
    assert!(details.closed.is_none() && details.names.is_empty() && details.registration_no.is_none());
    let saans = store.collective_by_name("Saans").await.expect("read").expect("kept");
    let saans_details = store.collective_details(saans.id).await.expect("read").expect("there");
    assert_eq!(
        saans_details.stages,
        vec![StageSince { stage: Stage::PeerGroup, since: date!(2024 - 03 - 09) }],
        "no founding date: since its creation"
    );
    assert_eq!(store.federation_profile().await.expect("read").map(|f| (f.name, f.states.len())), Some(("Old Federation".to_owned(), 0)));
    assert_eq!(store.member_facts(rupa.id, TODAY).await.expect("facts").expect("there").collectives[0].partners, vec![sanjog]);
    let actor = store.actor(facilitator, TODAY).await.expect("actor").expect("enabled");
    let facts = store.collective_facts(utthan.id).await.expect("facts").expect("there");
    assert!(policy::decide(&actor, Action::ViewCollective, Resource::Collective(&facts)).allowed);

    // And the new edits work on the old rows.
    let today = today();
    store.unlink_partner(&cli(), sanjog, utthan.id, today, today).await.expect("unlinked");
    let facts = store.collective_facts(utthan.id).await.expect("facts").expect("there");
    assert!(!policy::decide(&actor, Action::ViewCollective, Resource::Collective(&facts)).allowed);
    store.close_collective(&cli(), saans.id, today, "merged", today).await.expect("closed");
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
    store.migrate().await.expect("migrating again changes nothing");
}

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite_registry_edit {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    let db = super::TestDb::sqlite().await;
                    super::$name(&db.store).await;
                }
            )*
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn a_deployment_from_before_the_registry_edits_upgrades() {
                super::a_deployment_from_before_the_registry_edits_upgrades(super::Backend::Sqlite).await;
            }
        }
        mod on_postgres_registry_edit {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    let Some(db) = super::TestDb::postgres().await else { return };
                    super::$name(&db.store).await;
                }
            )*
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn a_deployment_from_before_the_registry_edits_upgrades() {
                super::a_deployment_from_before_the_registry_edits_upgrades(super::Backend::Postgres).await;
            }
        }
    };
}

on_both!(
    a_collectives_stage_history_is_dated_and_registration_is_required,
    a_closed_collective_keeps_its_members_and_history,
    partner_links_are_dated_and_only_current_ones_give_access,
    the_federation_is_created_once_with_its_names_and_states,
);
