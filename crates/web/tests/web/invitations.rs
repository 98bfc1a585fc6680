//! Accounts by invitation (issue 11): a leader gives a member of her collective a one-time code,
//! shown once; the member sets her password with it at `/activate` and logs in. A wrong code
//! is refused with her typing kept and nothing written; every new form needs its CSRF token;
//! another collective's leader gets the same 404 as for a missing member. (Expiry is told in
//! the store's story.)

use crate::app::{App, Browser, Page};
use crate::world::{World, PASSWORD};
use dhruva_store::testing::TestDb;

const NEW_PASSWORD: &str = "my own secret words";

/// The code on the page shown after issuing one.
fn shown_code(page: &Page) -> String {
    let marker = "id=\"invite-code\">";
    let at = page.body.find(marker).unwrap_or_else(|| panic!("no code shown: {}", page.body)) + marker.len();
    page.body[at..at + page.body[at..].find('<').expect("end")].to_owned()
}

async fn give_code(leader: &mut Browser, member: i64) -> Page {
    let form = leader.get(&format!("/members/{member}/code")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    leader.post(&format!("/members/{member}/code"), &[]).await
}

async fn activate(b: &mut Browser, code: &str, password: &str, again: &str) -> Page {
    b.get("/activate").await;
    b.post("/activate", &[("code", code), ("password", password), ("password_again", again)]).await
}

async fn audit_rows(app: &App) -> usize {
    app.store().audit_recent(100_000).await.expect("audit").len()
}

pub async fn a_leader_gives_a_code_and_she_activates_her_account_and_logs_in(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    // Dipa has no account: the leader's page offers her a code.
    let page = asha.get(&format!("/members/{}", w.dipa)).await;
    assert!(page.body.contains(&format!("/members/{}/code", w.dipa)), "{}", page.body);
    let issued = give_code(&mut asha, w.dipa.0).await;
    assert_eq!(issued.status, 200, "{}", issued.body);
    let code = shown_code(&issued);
    assert_eq!((code.len(), &code[4..5], &code[9..10]), (12, "-", "-"), "{code}");
    assert!(issued.body.contains("Valid until"), "{}", issued.body);
    assert_eq!(issued.header("cache-control"), Some("no-store"));
    let account = app.store().account_of_member(w.dipa).await.expect("read").expect("made for her");
    assert!(issued.body.contains(&account.username), "her login name is shown");
    // The page does not show the code again.
    assert!(!asha.get(&format!("/members/{}/code", w.dipa)).await.body.contains(&code));

    let mut dipa = app.browser();
    // Light pages: a few KB each, uncompressed.
    let form = dipa.get("/activate").await;
    println!("page weights: /activate {} B, code shown {} B", form.raw_len, issued.raw_len);
    assert!(form.raw_len < 6_000 && issued.raw_len < 6_000, "{} {}", form.raw_len, issued.raw_len);
    let r = activate(&mut dipa, &code.to_lowercase(), NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/login?activated=1")), "{}", r.body);
    let login = dipa.get("/login?activated=1").await;
    assert!(login.body.contains("id=\"login-activated\""), "{}", login.body);
    let r = dipa.login(&account.username, NEW_PASSWORD).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/")));

    // Used once: the same code again is refused and changes nothing.
    let mut other = app.browser();
    let r = activate(&mut other, &code, "someone else's words", "someone else's words").await;
    assert_eq!(r.status, 422);
    assert_eq!(
        app.store().verify_login(&account.username, &dhruva_core::Sensitive::new(NEW_PASSWORD.to_owned())).await.expect("login"),
        Some(account.id)
    );
}

pub async fn a_wrong_code_is_refused_with_her_typing_kept_and_nothing_written(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let code = shown_code(&give_code(&mut asha, w.bina.0).await);
    let wrong = if code.starts_with('A') { "CCCC-CCCC-CC" } else { "AAAA-AAAA-AA" };
    let before = audit_rows(&app).await;
    let mut bina = app.browser();
    let r = activate(&mut bina, wrong, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("This code is not right"), "{}", r.body);
    assert!(r.body.contains(&format!("value=\"{wrong}\"")), "her typing kept: {}", r.body);
    assert!(!r.body.contains(NEW_PASSWORD), "never the password");
    // Two passwords that differ: refused before the code is even tried.
    let r = activate(&mut bina, &code, NEW_PASSWORD, "my own secret wordz").await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("The two passwords are not the same"), "{}", r.body);
    assert_eq!(audit_rows(&app).await, before, "nothing written");
    assert_eq!(bina.login("bina", PASSWORD).await.status, 303, "her old password still works");
    // The right code still works after the mistakes.
    let mut fresh = app.browser();
    assert_eq!(activate(&mut fresh, &code, NEW_PASSWORD, NEW_PASSWORD).await.status, 303);
}

pub async fn every_new_form_needs_its_csrf_token(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let code = shown_code(&give_code(&mut asha, w.bina.0).await);
    let before = audit_rows(&app).await;

    let mut anyone = app.browser();
    anyone.get("/activate").await;
    let r = anyone.post_raw("/activate", &[("code", &code), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)], &[]).await;
    assert_eq!(r.status, 403);
    let r = asha.post_raw(&format!("/members/{}/code", w.dipa), &[], &[]).await;
    assert_eq!(r.status, 403);
    let mut bina = app.signed_in("bina").await;
    let r = bina.post_raw("/profile/password", &[("current", PASSWORD), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)], &[]).await;
    assert_eq!(r.status, 403);

    assert_eq!(app.store().account_of_member(w.dipa).await.expect("read"), None, "no account made");
    // Bina's login above is the only new row.
    assert_eq!(audit_rows(&app).await, before + 1, "nothing else written");
    assert_eq!(bina.login("bina", PASSWORD).await.status, 303, "password unchanged");
}

pub async fn another_collectives_leader_gets_the_same_404_as_for_a_missing_member(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut saans = app.signed_in("saans-leader").await;
    let missing = saans.get("/members/999999/code").await;
    let theirs = saans.get(&format!("/members/{}/code", w.dipa)).await;
    assert_eq!((missing.status.as_u16(), theirs.status.as_u16()), (404, 404));
    // The same page (its main part: the rest carries a fresh form token and its own address).
    let main = |p: &Page| p.body[p.body.find("<main>").expect("main")..].to_owned();
    assert_eq!(main(&missing), main(&theirs));
    let token = saans.get("/").await.csrf().expect("a token");
    let r = saans.post_raw(&format!("/members/{}/code", w.dipa), &[("csrf", &token)], &[]).await;
    assert_eq!(r.status, 404);
    assert_eq!(app.store().account_of_member(w.dipa).await.expect("read"), None, "nothing made");

    // A leader may not reset a fellow office holder's account (it holds a role): only the admin.
    let mut asha = app.signed_in("asha").await;
    assert_eq!(asha.get(&format!("/members/{}/code", w.asha)).await.status, 403);
    let mut admin = app.signed_in("admin").await;
    let r = give_code(&mut admin, w.asha.0).await;
    assert_eq!(r.status, 200);
    shown_code(&r);
    // Her member page offers nothing to someone who may not.
    let mut facilitator = app.signed_in("facilitator").await;
    let page = facilitator.get(&format!("/members/{}", w.dipa)).await;
    assert!(!page.body.contains("/code\""), "{}", page.body);
}

pub async fn she_changes_her_own_password_knowing_the_current_one(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    assert!(bina.get("/profile").await.body.contains("href=\"/profile/password\""));
    bina.get("/profile/password").await;
    let r = bina.post("/profile/password", &[("current", "not my password"), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Your current password is not right"), "{}", r.body);
    let r = bina.post("/profile/password", &[("current", PASSWORD), ("password", "short"), ("password_again", "short")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at least 10 characters"), "{}", r.body);
    let r = bina.post("/profile/password", &[("current", PASSWORD), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)]).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("id=\"own-password-done\""), "{}", r.body);
    let mut again = app.browser();
    assert_eq!(again.login("bina", PASSWORD).await.status, 401);
    assert_eq!(again.login("bina", NEW_PASSWORD).await.status, 303);
}

pub async fn guessing_codes_from_one_client_is_slowed_like_guessing_passwords(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let code = shown_code(&give_code(&mut asha, w.bina.0).await);
    let wrong = if code.starts_with('A') { "CCCC-CCCC-CC" } else { "AAAA-AAAA-AA" };
    let mut guesser = app.browser();
    for _ in 0..5 {
        assert_eq!(activate(&mut guesser, wrong, NEW_PASSWORD, NEW_PASSWORD).await.status, 422);
    }
    // Now even the right code waits: the client is slowed, not told which guess was close.
    let r = activate(&mut guesser, &code, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.header("retry-after").is_some());
    assert!(r.body.contains(&format!("value=\"{code}\"")), "her typing kept");
    assert_eq!(bina_logs_in(&app).await, 303, "nothing changed: her old password works");
}

async fn bina_logs_in(app: &App) -> u16 {
    app.browser().login("bina", PASSWORD).await.status.as_u16()
}
