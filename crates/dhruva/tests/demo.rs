//! `dhruva demo`: what it loads, that loading twice duplicates nothing, and what it prints.

mod common;

use common::{census, demo, dhruva, run, DEMO_PASSWORD};
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::registry::{Language, Stage, TraffickingKind};
use dhruva_core::Sensitive;
use dhruva_store::{Accessor, DatabaseUrl, Keyring, MasterKey, Store};
use std::collections::BTreeSet;
use std::path::Path;

async fn open(data_dir: &Path) -> Store {
    let (key, created) = MasterKey::load_or_create(data_dir).expect("key file");
    assert!(!created, "the demo should have created the key");
    Store::open(&DatabaseUrl::sqlite_in(data_dir), Keyring::derive(&key)).await.expect("store opens")
}

#[tokio::test]
async fn running_the_demo_twice_duplicates_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let store = open(tmp.path()).await;
    let first = census(&store).await;
    store.close().await;

    demo(tmp.path());
    let store = open(tmp.path()).await;
    assert_eq!(census(&store).await, first);
    store.close().await;
}

#[tokio::test]
async fn the_demo_holds_three_collectives_two_partners_and_at_least_sixty_members() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let store = open(tmp.path()).await;
    let today = time::OffsetDateTime::now_utc().date();

    assert!(store.federation().await.expect("federation").expect("exists").name.contains("fictional"));
    assert_eq!(store.partners().await.expect("partners").len(), 2);
    let collectives = store.collectives().await.expect("collectives");
    assert_eq!(collectives.len(), 3);
    let in_state = |state: &str| collectives.iter().find(|c| c.district.state().as_str() == state).expect("collective in state");
    let (wb, cg, ap) = (in_state("WB"), in_state("CT"), in_state("AP"));
    assert_eq!((wb.kind, wb.stage), (TraffickingKind::Sex, Stage::RegisteredOrganisation));
    assert_eq!(cg.kind, TraffickingKind::Labour);
    assert!(matches!(ap.stage, Stage::PeerGroup | Stage::Collective));
    assert!(collectives.iter().all(|c| !c.partners.is_empty()), "every collective has a partner");

    let mut total = 0;
    for (collective, language) in [(wb, Language::Bengali), (cg, Language::Hindi), (ap, Language::Telugu)] {
        let members = store.members_of_collective(collective.id, today).await.expect("members");
        total += members.len();
        assert!(members.iter().all(|m| m.languages.contains(&language)), "{} speaks {language:?}", collective.name);
        let offices: Vec<_> = members.iter().flat_map(|m| m.memberships.iter().filter_map(|ms| ms.office)).collect();
        assert!(offices.len() >= 3, "{} has office holders", collective.name);
        let mut consents = Vec::new();
        for m in &members {
            consents.push(store.consents(m.id).await.expect("consents"));
        }
        assert!(consents.iter().filter(|c| c.allows(Purpose::CaseSupport)).count() > members.len() / 2);
        assert!(consents.iter().any(|c| c.allows(Purpose::Mentoring)));
    }
    assert!(total >= 60, "{total} members");

    let leader = store.account_by_username("demo-leader").await.expect("lookup").expect("exists");
    assert_eq!(leader.language, Language::Bengali);
    let grants = store.grants(leader.id).await.expect("grants");
    assert!(grants.iter().any(|g| g.role == Role::Leader && g.collective == Some(wb.id)), "{grants:?}");
    let facilitator = store.account_by_username("demo-facilitator").await.expect("lookup").expect("exists");
    let grants = store.grants(facilitator.id).await.expect("grants");
    assert!(grants.iter().any(|g| g.role == Role::Facilitator && g.partner.is_some_and(|p| wb.partners.contains(&p))));
    store.close().await;
}

#[tokio::test]
async fn the_demo_has_cases_of_every_kind_in_various_states_with_something_due_this_week_and_something_overdue() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let store = open(tmp.path()).await;
    let today = time::OffsetDateTime::now_utc().date();
    let wb = store.collectives().await.expect("collectives").into_iter().next().expect("the first collective");
    let mut cases = Vec::new();
    for m in store.members_of_collective(wb.id, today).await.expect("members") {
        cases.extend(store.cases_of_member(&Accessor::cli(), m.id, today).await.expect("cases"));
    }
    let kinds: BTreeSet<CaseKind> = cases.iter().map(|c| c.kind).collect();
    assert_eq!(kinds.len(), CaseKind::ALL.len(), "kinds in the demo: {kinds:?}");
    let states: BTreeSet<CaseState> = cases.iter().map(|c| c.state).collect();
    assert!(states.len() >= 8, "states in the demo: {states:?}");
    let members: Vec<_> = cases.iter().map(|c| c.member).collect::<BTreeSet<_>>().into_iter().collect();
    let due = store.due_for_members(&Accessor::cli(), &members, today, today + time::Duration::days(7)).await.expect("due");
    assert!(due.iter().any(|d| !d.overdue), "nothing due this week: {due:?}");
    assert!(due.iter().any(|d| d.overdue), "nothing overdue: {due:?}");
    // Enough claims before the district authority for the advocacy figures to show.
    let claims = store.compensation_claims(Some(wb.id)).await.expect("claims");
    assert!(claims.len() >= 5, "{} claims", claims.len());
    assert!(claims.iter().any(|c| c.awarded.is_some()) && claims.iter().any(|c| c.received.is_some()));
    store.close().await;
}

#[tokio::test]
async fn a_random_demo_password_is_printed_and_works_and_a_chosen_one_is_never_printed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let r = run(dhruva(tmp.path(), &["demo"])).assert_ok();
    let printed = r.stdout.lines().find_map(|l| l.strip_prefix("Password for all of them: ")).expect("the password is printed").to_owned();
    assert!(r.stdout.contains("demo-leader") && r.stdout.contains("demo-admin"), "{}", r.stdout);
    let store = open(tmp.path()).await;
    assert!(store.verify_login("demo-leader", &Sensitive::new(printed.clone())).await.expect("verify").is_some());
    store.close().await;

    // A second run with a chosen password resets every demo account to it.
    let r = demo(tmp.path());
    assert!(!r.all_output().contains(DEMO_PASSWORD), "the chosen password was printed");
    let store = open(tmp.path()).await;
    for username in ["demo-member", "demo-leader", "demo-facilitator", "demo-analyst", "demo-admin", "demo-coordinator"] {
        let ok = store.verify_login(username, &Sensitive::new(DEMO_PASSWORD.to_owned())).await.expect("verify");
        assert!(ok.is_some(), "{username} does not take the new password");
    }
    assert!(store.verify_login("demo-leader", &Sensitive::new(printed)).await.expect("verify").is_none());
    store.close().await;
}

#[test]
fn the_demo_prints_no_personal_data() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let r = demo(tmp.path());
    let out = r.all_output();
    // A demo member's given name and the fake phone prefix.
    assert!(!out.contains("Moumita"), "{out}");
    assert!(!out.contains("9000000"), "{out}");
}

#[tokio::test]
async fn on_postgresql_the_demo_also_loads_once_and_only_once() {
    let Some(db) = dhruva_store::testing::TestDb::postgres().await else {
        eprintln!("SKIPPED: DHRUVA_TEST_POSTGRES_URL is not set (scripts/test sets it)");
        return;
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let load = || {
        let mut cmd = dhruva(tmp.path(), &["demo", "--database-url", db.url.expose()]);
        cmd.env("DHRUVA_MASTER_KEY", db.master_key.expose()).env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
        run(cmd).assert_ok()
    };
    load();
    let first = census(&db.store).await;
    assert!(first.contains(&("collectives".to_owned(), 3)), "{first:?}");
    load();
    assert_eq!(census(&db.store).await, first);
    let ok = db.store.verify_login("demo-leader", &Sensitive::new(DEMO_PASSWORD.to_owned())).await.expect("verify");
    assert!(ok.is_some(), "the demo password opens demo-leader on PostgreSQL");
    assert!(!tmp.path().join("dhruva.db").exists(), "no SQLite file was made on the side");
}

#[tokio::test]
async fn the_demo_refuses_to_mix_fictional_people_into_a_real_deployment() {
    let tmp = tempfile::tempdir().expect("temp dir");
    run(dhruva(tmp.path(), &["migrate"])).assert_ok();
    let store = open(tmp.path()).await;
    store.ensure_federation(&dhruva_store::Accessor::cli(), "Real Forum of Collectives").await.expect("federation");
    store.close().await;

    let mut cmd = dhruva(tmp.path(), &["demo"]);
    cmd.env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
    let r = run(cmd);
    assert!(!r.status.success());
    assert!(r.stderr.contains("already holds real data"), "{}", r.stderr);
    let store = open(tmp.path()).await;
    assert_eq!(store.federation().await.expect("federation").expect("exists").name, "Real Forum of Collectives");
    assert_eq!(store.counts().await.expect("counts").members, 0);
    store.close().await;
}
