use crate::app::App;
use crate::world::{World, BINA_NAME, PASSWORD};
use dhruva_core::MemberId;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;

async fn name_of(app: &App, id: MemberId) -> String {
    let p = app.store().member_personal(&Accessor::cli(), id).await.expect("read").expect("found");
    p.name.expose().clone()
}

pub async fn a_post_without_a_token_is_refused_and_changes_nothing(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("bina", PASSWORD).await;
    b.get("/profile/edit").await;

    let r = b.post_raw("/profile/edit", &[("name", "Someone Else"), ("phone", ""), ("birth_year", ""), ("notes", "")], &[]).await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("This page was open too long"), "a translated, actionable page: {}", r.body);
    assert_eq!(name_of(&app, w.bina).await, BINA_NAME);

    let r = b.post_raw("/language", &[("lang", "bn"), ("back", "/")], &[]).await;
    assert_eq!(r.status, 403);
    assert!(b.get("/").await.body.contains("<html lang=\"en\">"), "the language did not change");

    let r = b.post_raw("/logout", &[], &[]).await;
    assert_eq!(r.status, 403);
    assert_eq!(b.get("/").await.status, 200, "still logged in");
}

pub async fn a_token_from_another_session_is_refused(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut attacker = app.browser();
    attacker.login("chitra", PASSWORD).await;
    let foreign = attacker.get("/profile").await.csrf().expect("a token");
    let mut b = app.browser();
    b.login("bina", PASSWORD).await;
    let fields = [("csrf", foreign.as_str()), ("name", "Someone Else"), ("phone", ""), ("birth_year", ""), ("notes", "")];
    assert_eq!(b.post_raw("/profile/edit", &fields, &[]).await.status, 403);
    let tampered = format!("{}x", b.get("/profile").await.csrf().expect("a token"));
    let fields = [("csrf", tampered.as_str()), ("name", "Someone Else")];
    assert_eq!(b.post_raw("/profile/edit", &fields, &[]).await.status, 403);
    assert_eq!(name_of(&app, w.bina).await, BINA_NAME);
}

pub async fn a_cross_site_post_is_refused_even_with_a_token(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("bina", PASSWORD).await;
    let token = b.get("/profile/edit").await.csrf().expect("a token");
    let fields = [("csrf", token.as_str()), ("name", "Someone Else"), ("phone", ""), ("birth_year", ""), ("notes", "")];
    for headers in [[("sec-fetch-site", "cross-site")], [("origin", "https://evil.example")]] {
        let r = b.post_raw("/profile/edit", &fields, &headers).await;
        assert_eq!(r.status, 403, "{headers:?}");
        assert!(r.body.contains("came from another website"), "{}", r.body);
    }
    assert_eq!(name_of(&app, w.bina).await, BINA_NAME);
    // The same form from our own page goes through.
    let r = b.post_raw("/profile/edit", &fields, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(name_of(&app, w.bina).await, "Someone Else");
}

pub async fn a_form_token_from_before_login_is_refused_after_login(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    let before = b.get("/login").await.csrf().expect("a token on the login page");
    assert_eq!(b.post("/login", &[("login", "bina"), ("password", PASSWORD)]).await.status, 303);
    let stale = [("csrf", before.as_str()), ("lang", "bn"), ("back", "/")];
    assert_eq!(b.post_raw("/language", &stale, &[]).await.status, 403);
    assert!(b.get("/").await.body.contains("<html lang=\"en\">"), "the language did not change");
    // A token of her session works …
    let fresh = b.get("/profile").await.csrf().expect("a token");
    let ok = [("csrf", fresh.as_str()), ("lang", "bn"), ("back", "/")];
    assert_eq!(b.post_raw("/language", &ok, &[]).await.status, 303);
    // … and after logout the pre-login token is still dead: login gave a new pre-login cookie.
    b.get("/").await;
    assert_eq!(b.post("/logout", &[]).await.location(), Some("/login"));
    assert_eq!(b.post_raw("/language", &stale, &[]).await.status, 403);
}
