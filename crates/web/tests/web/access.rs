use crate::app::App;
use crate::world::{World, ASHA_NAME, BINA_NAME, CHITRA_NAME, PASSWORD};
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;

/// A page with its per-page CSRF tokens blanked, to compare two pages byte for byte.
fn without_tokens(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    let marker = "name=\"csrf\" value=\"";
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        rest = &rest[rest.find('"').expect("closing quote")..];
    }
    out.push_str(rest);
    out
}

pub async fn a_leader_sees_her_collectives_members_and_their_names(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    let page = b.get(&format!("/collectives/{}", w.utthan)).await;
    assert_eq!(page.status, 200);
    for text in [ASHA_NAME, BINA_NAME, "Dipa Halder", &w.asha_code, &w.bina_code, "3 members", "President"] {
        assert!(page.body.contains(text), "{text} missing from {}", page.body);
    }
    assert!(!page.body.contains(CHITRA_NAME) && !page.body.contains(&w.chitra_code));
    let bina = b.get(&format!("/members/{}", w.bina)).await;
    assert!(bina.body.contains(&format!("id=\"member-name\">{BINA_NAME}<")));
    assert!(!bina.body.contains("9830054321"), "no case-support consent: no phone");
}

pub async fn another_collective_looks_exactly_like_one_that_does_not_exist(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    for (theirs, missing) in [
        (format!("/collectives/{}", w.saans), "/collectives/987654".to_owned()),
        (format!("/members/{}", w.chitra), "/members/987654".to_owned()),
        (format!("/members/{}/edit", w.chitra), "/members/987654/edit".to_owned()),
    ] {
        let (a, b2) = (b.get(&theirs).await, b.get(&missing).await);
        assert_eq!(a.status, 404, "{theirs}");
        assert_eq!(b2.status, 404, "{missing}");
        // The back link of the language switcher names the path; everything else is equal.
        let a_body = without_tokens(&a.body).replace(&theirs, "PATH");
        let b_body = without_tokens(&b2.body).replace(&missing, "PATH");
        assert_eq!(a_body, b_body, "{theirs} differs from {missing}");
        assert!(!a.body.contains(CHITRA_NAME) && !a.body.contains("Saans"));
    }
    assert_eq!(b.get("/members/not-a-number").await.status, 404);
}

pub async fn a_facilitator_sees_codes_and_only_the_names_she_was_allowed(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("facilitator", PASSWORD).await;
    let page = b.get(&format!("/collectives/{}", w.utthan)).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&w.asha_code) && page.body.contains(&w.bina_code));
    assert!(page.body.contains(ASHA_NAME), "Asha consented to mentoring");
    assert!(!page.body.contains(BINA_NAME), "Bina did not");
    let bina = b.get(&format!("/members/{}", w.bina)).await;
    assert_eq!(bina.status, 200);
    assert!(bina.body.contains("id=\"member-code\""));
    assert!(!bina.body.contains("id=\"member-name\"") && !bina.body.contains(BINA_NAME));
    let asha = b.get(&format!("/members/{}", w.asha)).await;
    assert!(asha.body.contains(&format!("id=\"member-name\">{ASHA_NAME}<")));
    assert_eq!(b.get(&format!("/collectives/{}", w.saans)).await.status, 404, "no partner of Saans");
    // Her reading of Asha's name was audited, with the purpose that allowed it.
    let rows = app.store().audit_about_member(w.asha).await.expect("audit");
    assert!(rows.iter().any(|r| r.purpose.as_deref() == Some("mentoring") && r.role.as_deref() == Some("facilitator")), "{rows:?}");
}

pub async fn the_admin_sees_codes_but_never_a_name(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("admin", PASSWORD).await;
    let home = b.get("/").await;
    assert!(home.body.contains("Accounts") && home.body.contains("Members"), "{}", home.body);
    for path in [format!("/collectives/{}", w.utthan), format!("/collectives/{}", w.saans), format!("/members/{}", w.asha)] {
        let page = b.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        for name in [ASHA_NAME, BINA_NAME, CHITRA_NAME, "Dipa Halder", "9830012345"] {
            assert!(!page.body.contains(name), "{path} shows {name}");
        }
        assert!(!page.body.contains("id=\"member-name\""));
    }
    assert!(b.get(&format!("/collectives/{}", w.utthan)).await.body.contains(&w.asha_code));
    assert_eq!(b.get(&format!("/members/{}/edit", w.asha)).await.status, 403);
}

pub async fn an_analyst_sees_collectives_but_no_members(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("analyst", PASSWORD).await;
    let list = b.get("/collectives").await;
    assert!(list.body.contains("Utthan") && list.body.contains("Saans"));
    let page = b.get(&format!("/collectives/{}", w.utthan)).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("member-link") && !page.body.contains(&w.asha_code));
    assert_eq!(b.get(&format!("/members/{}", w.asha)).await.status, 404);
}

pub async fn a_member_sees_and_corrects_her_own_profile(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("bina", PASSWORD).await;
    let profile = b.get("/profile").await;
    for text in [BINA_NAME, "9830054321", "1994", "prefers calls after 6 pm", w.bina_code.as_str(), "Utthan"] {
        assert!(profile.body.contains(text), "{text} missing from her profile");
    }
    assert_eq!(b.get(&format!("/members/{}", w.asha)).await.status, 404, "another member is not hers to see");
    assert_eq!(b.get(&format!("/collectives/{}", w.utthan)).await.status, 200, "her own collective");
    assert!(!b.get(&format!("/collectives/{}", w.utthan)).await.body.contains("member-link"), "but not its roster");
    let form = b.get("/profile/edit").await;
    assert!(form.body.contains(&format!("value=\"{BINA_NAME}\"")));
    let r = b.post("/profile/edit", &[("name", "Bina S."), ("phone", "+91 70000 11111"), ("birth_year", "1990"), ("notes", "")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/profile"));
    let p = app.store().member_personal(&Accessor::cli(), w.bina).await.expect("read").expect("found");
    assert_eq!(p.name.expose(), "Bina S.");
    // Her new number is a request her leader confirms (issue 9: no answer says whose a number is).
    assert_eq!(p.phone.as_ref().map(|x| x.expose().as_str()), Some("9830054321"));
    assert!(b.get("/profile").await.body.contains("Your leader will confirm your new number"));
    assert_eq!(p.notes, None);
}

pub async fn validation_errors_on_a_page_are_clear_and_translated(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("bina", PASSWORD).await;
    b.get("/profile/edit").await;
    let r = b.post("/profile/edit", &[("name", " "), ("phone", "12345"), ("birth_year", "nineteen"), ("notes", "")]).await;
    assert_eq!(r.status, 422);
    for text in ["Please write her name.", "A mobile number has 10 digits.", "Please write a number, such as 1995.", "value=\"12345\""] {
        assert!(r.body.contains(text), "{text} missing from {}", r.body);
    }
    assert!(r.body.contains("aria-invalid=\"true\""));
    b.post("/language", &[("lang", "bn"), ("back", "/profile/edit")]).await;
    b.get("/profile/edit").await;
    let r = b.post("/profile/edit", &[("name", "Bina"), ("phone", "5555555555"), ("birth_year", "1800"), ("notes", "")]).await;
    assert_eq!(r.status, 422);
    for text in ["মোবাইল নম্বর 6, 7, 8 বা 9 দিয়ে শুরু হয়।", "জন্মসাল 1900 থেকে এই বছরের মধ্যে হতে হবে।"]
    {
        assert!(r.body.contains(text), "{text} missing from {}", r.body);
    }
    let p = app.store().member_personal(&Accessor::cli(), w.bina).await.expect("read").expect("found");
    assert_eq!(p.name.expose(), BINA_NAME, "nothing saved");
}
