//! The federation's coordinator creates a collective from a page (issue 11).

use crate::app::App;
use crate::world::{account, World};
use dhruva_core::policy::Role;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::testing::TestDb;

async fn coordinator(app: &App) {
    account(app.store(), "coord", None, Some(RoleGrant { role: Role::Coordinator, collective: None, partner: None })).await;
}

pub async fn the_coordinator_creates_a_collective_from_her_home(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    let home = b.get("/").await;
    assert!(home.body.contains("href=\"/collectives/new\""), "her home links the page: {}", home.body);
    let form = b.get("/collectives/new").await;
    assert_eq!(form.status, 200);
    // Every district of the registry is offered (39 KB of text), about 9 KB as sent compressed.
    let sent = b.get_gzipped("/collectives/new").await.raw_len;
    assert!(sent < 12_000, "the page weighs {sent} bytes compressed");
    assert!(form.body.contains("value=\"WB-kolkata\""), "the district chooser offers the registry's districts");
    let before = app.store().collectives().await.expect("collectives").len();
    let r = b
        .post(
            "/collectives/new",
            &[("name", "Notun Alo"), ("district", "WB-kolkata"), ("kind", "labour"), ("stage", "peer_group"), ("founded", "2024-05-01")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let all = app.store().collectives().await.expect("collectives");
    assert_eq!(all.len(), before + 1);
    let made = all.iter().find(|c| c.name == "Notun Alo").expect("created");
    assert_eq!(r.location(), Some(format!("/collectives/{}", made.id.0).as_str()));
    assert_eq!(made.district.as_str(), "WB-kolkata");
    assert_eq!(made.kind.code(), "labour");
    assert_eq!(made.stage.code(), "peer_group");
    // Her collective's page opens for her; its roster's names do not exist for her.
    assert_eq!(b.get(&format!("/collectives/{}", made.id.0)).await.status, 200);
}

pub async fn a_bad_collective_is_refused_beside_its_fields_with_her_typing_kept_and_nothing_written(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    b.get("/collectives/new").await;
    let before = app.store().collectives().await.expect("collectives").len();
    let r = b
        .post(
            "/collectives/new",
            &[("name", "Notun Alo"), ("district", "XX-nowhere"), ("kind", "labour"), ("stage", "peer_group"), ("founded", "2999-01-01")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"district-error\""), "{}", r.body);
    assert!(r.body.contains("Choose the district from the list."), "{}", r.body);
    assert!(r.body.contains("id=\"founded-error\""), "{}", r.body);
    assert!(r.body.contains("value=\"Notun Alo\""), "her typing is kept");
    assert!(r.body.contains("value=\"2999-01-01\""), "her typing is kept");
    // A name already taken is refused beside the name.
    let r = b
        .post("/collectives/new", &[("name", "Utthan"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective"), ("founded", "")])
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("id=\"name-error\""), "{}", r.body);
    assert!(r.body.contains("already exists"), "{}", r.body);
    assert_eq!(app.store().collectives().await.expect("collectives").len(), before, "nothing written");
}

pub async fn only_whoever_may_create_a_collective_sees_the_page(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    for user in ["asha", "facilitator", "analyst"] {
        let mut b = app.signed_in(user).await;
        assert!(!b.get("/").await.body.contains("href=\"/collectives/new\""), "{user}'s home");
        assert_eq!(b.get("/collectives/new").await.status, 404, "{user}");
        let r = b.post("/collectives/new", &[("name", "Sneaky"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")]).await;
        assert_eq!(r.status, 404, "{user}");
    }
    assert!(app.store().collective_by_name("Sneaky").await.expect("lookup").is_none());
}
