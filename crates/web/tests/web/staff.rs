//! Staff accounts by invitation and stopping accounts (issue 11), as people use them: the
//! coordinator invites a leader, who redeems her code and lands on her leader's home; the
//! coordinator may not touch the admin's, another coordinator's or a member's account; the
//! desks are nobody else's; a leader stops a member's account (she is logged out at once) and
//! allows it again; bad input is 422 with the message beside the field and nothing written;
//! every form needs its CSRF token; the API answers the same.

use crate::app::{Api, App, Browser, Page};
use crate::world::{account, World, PASSWORD};
use dhruva_core::policy::Role;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::testing::TestDb;
use serde_json::json;

const NEW_PASSWORD: &str = "my own secret words";

fn shown_code(page: &Page) -> String {
    let marker = "id=\"invite-code\">";
    let at = page.body.find(marker).unwrap_or_else(|| panic!("no code shown: {}", page.body)) + marker.len();
    page.body[at..at + page.body[at..].find('<').expect("end")].to_owned()
}

async fn audit_rows(app: &App) -> usize {
    app.store().audit_recent(100_000).await.expect("audit").len()
}

/// The world, with a federation coordinator (`coordinator`) and a second one (`coordinator2`).
async fn world(app: &App) -> World {
    let w = World::seed(app.store()).await;
    let grant = Some(RoleGrant { role: Role::Coordinator, collective: None, partner: None });
    account(app.store(), "coordinator", None, grant.clone()).await;
    account(app.store(), "coordinator2", None, grant).await;
    w
}

async fn id_of(app: &App, username: &str) -> i64 {
    app.store().account_by_username(username).await.expect("read").unwrap_or_else(|| panic!("{username} exists")).id.0
}

async fn invite(b: &mut Browser, fields: &[(&str, &str)]) -> Page {
    let form = b.get("/staff/new").await;
    assert_eq!(form.status, 200, "{}", form.body);
    b.post("/staff/new", fields).await
}

pub async fn the_coordinator_invites_a_leader_who_activates_and_lands_on_her_home(db: TestDb) {
    let app = App::start(db).await;
    let w = world(&app).await;
    let mut coordinator = app.signed_in("coordinator").await;
    let home = coordinator.get("/").await;
    assert!(home.body.contains("href=\"/staff\"") && home.body.contains("href=\"/staff/new\""), "{}", home.body);
    assert!(!home.body.contains("href=\"/accounts\""), "the accounts desk is the admin's");

    let scope = format!("c{}", w.utthan.0);
    let shown = invite(&mut coordinator, &[("role", "leader"), ("scope", &scope), ("username", ""), ("name", "Rina Das"), ("language", "bn")]).await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert_eq!(shown.header("cache-control"), Some("no-store"));
    let code = shown_code(&shown);
    assert_eq!((code.len(), &code[4..5]), (12, "-"), "{code}");
    // Printed for her in her language (Bengali), with her login name and where to type it.
    assert!(shown.body.contains("lang=\"bn\"") && shown.body.contains("ধ্রুবতে লগইন করার জন্য আপনার কোড"), "{}", shown.body);
    assert!(shown.body.contains("rina.das") && shown.body.contains("/activate"), "{}", shown.body);
    assert!(shown.body.contains("Valid until"), "the expiry in the coordinator's language too: {}", shown.body);
    println!("page weights: /staff/new code page {} B", shown.raw_len);
    assert!(shown.raw_len < 6_000, "{}", shown.raw_len);

    // The list says a code is waiting, never the code.
    let list = coordinator.get("/staff").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("rina.das") && list.body.contains("Code waiting until"), "{}", list.body);
    assert!(!list.body.contains(&code));
    assert!(list.body.contains("Leader of Utthan") || list.body.contains("leader of Utthan"), "{}", list.body);
    println!("page weights: /staff {} B", list.raw_len);

    let mut rina = app.browser();
    rina.get("/activate").await;
    let r = rina.post("/activate", &[("code", &code), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)]).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/login?activated=1")), "{}", r.body);
    let r = rina.login("rina.das", NEW_PASSWORD).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/")));
    let home = rina.get("/").await;
    assert!(home.body.contains("id=\"home-collectives\"") && home.body.contains("Utthan"), "her leader's home: {}", home.body);
    assert_eq!(rina.get(&format!("/collectives/{}", w.utthan.0)).await.status, 200);
}

pub async fn the_coordinator_cannot_reset_or_disable_the_admin_a_coordinator_or_a_member(db: TestDb) {
    let app = App::start(db).await;
    let w = world(&app).await;
    let mut coordinator = app.signed_in("coordinator").await;
    let list = coordinator.get("/staff").await;
    let before = audit_rows(&app).await;
    for username in ["admin", "coordinator2", "bina", "coordinator"] {
        let id = id_of(&app, username).await;
        for act in ["code", "disable", "enable"] {
            let r = coordinator.post(&format!("/accounts/{id}/{act}"), &[("back", "staff")]).await;
            assert_eq!(r.status, 403, "{username} {act}: {}", r.body);
        }
        // The list offers no button for them.
        assert!(!list.body.contains(&format!("action=\"/accounts/{id}/disable\"")), "{username}");
    }
    // Asha is a leader but also a member: her account is the admin's to reset.
    let asha = w.leader.0;
    assert_eq!(coordinator.post(&format!("/accounts/{asha}/disable"), &[]).await.status, 403);
    assert_eq!(coordinator.post("/accounts/999999/disable", &[]).await.status, 404);
    assert_eq!(audit_rows(&app).await, before, "nothing written");
    assert!(!app.store().account(dhruva_core::AccountId(id_of(&app, "admin").await)).await.expect("read").expect("there").disabled);

    // The staff she does manage: a facilitator, switched off and on.
    let facilitator = w.facilitator.0;
    assert!(list.body.contains(&format!("action=\"/accounts/{facilitator}/disable\"")), "{}", list.body);
    let r = coordinator.post(&format!("/accounts/{facilitator}/disable"), &[("back", "staff")]).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/staff?done=disabled")));
    assert!(app.store().account(w.facilitator).await.expect("read").expect("there").disabled);
    coordinator.get("/staff").await;
    let r = coordinator.post(&format!("/accounts/{facilitator}/enable"), &[("back", "staff")]).await;
    assert_eq!(r.status, 303);
    assert!(!app.store().account(w.facilitator).await.expect("read").expect("there").disabled);

    // The admin may reset a coordinator, and sees every account (a member's by her code only).
    let mut admin = app.signed_in("admin").await;
    let accounts = admin.get("/accounts").await;
    assert_eq!(accounts.status, 200);
    assert!(accounts.body.contains(&w.bina_code) && !accounts.body.contains(crate::world::BINA_NAME), "{}", accounts.body);
    let c2 = id_of(&app, "coordinator2").await;
    let r = admin.post(&format!("/accounts/{c2}/code"), &[("back", "accounts")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    shown_code(&r);
    // Never her own account (she would lock herself out).
    let own = id_of(&app, "admin").await;
    assert_eq!(admin.post(&format!("/accounts/{own}/disable"), &[]).await.status, 403);
}

pub async fn the_desks_are_nobody_elses(db: TestDb) {
    let app = App::start(db).await;
    world(&app).await;
    for username in ["analyst", "asha", "bina", "facilitator"] {
        let mut b = app.signed_in(username).await;
        for path in ["/staff", "/staff/new", "/accounts"] {
            assert_eq!(b.get(path).await.status, 404, "{username} {path}");
        }
        let token = b.get("/").await.csrf().expect("token");
        let id = id_of(&app, "saans-leader").await.to_string();
        let before = audit_rows(&app).await;
        let r = b.post_raw(&format!("/accounts/{id}/disable"), &[("csrf", &token)], &[]).await;
        assert_eq!(r.status, 404, "{username}");
        let r = b.post_raw("/staff/new", &[("csrf", &token), ("role", "analyst"), ("username", "sneaky"), ("language", "en")], &[]).await;
        assert_eq!(r.status, 404, "{username}");
        assert_eq!(audit_rows(&app).await, before, "nothing written");
    }
    let mut coordinator = app.signed_in("coordinator").await;
    assert_eq!(coordinator.get("/accounts").await.status, 404, "the accounts desk is the admin's");
    let anonymous = app.browser().get("/staff").await;
    assert_eq!(anonymous.location(), Some("/login"));
}

pub async fn a_leader_stops_her_members_account_and_allows_it_again(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    assert_eq!(bina.get("/").await.status, 200);
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&format!("/members/{}", w.bina)).await;
    assert!(page.body.contains(&format!("/members/{}/account", w.bina)), "{}", page.body);
    // The confirmation step: the page explains first, and nothing has happened yet.
    let confirm = asha.get(&format!("/members/{}/account", w.bina)).await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.body.contains("Yes, stop her account") && confirm.body.contains(&w.bina_code), "{}", confirm.body);
    assert!(!confirm.body.contains(crate::world::BINA_NAME));
    assert_eq!(bina.get("/").await.status, 200, "still logged in");
    let r = asha.post(&format!("/members/{}/account", w.bina), &[("act", "stop")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    // Her next request is logged out, and she cannot log in.
    assert_eq!(bina.get("/").await.location(), Some("/login"));
    assert_eq!(app.browser().login("bina", PASSWORD).await.status, 401);
    // In her history, as something done to her account.
    let actions: Vec<String> = app.store().audit_about_member(w.bina).await.expect("audit").into_iter().map(|r| r.action).collect();
    assert_eq!(actions.first().map(String::as_str), Some("account_disabled"), "{actions:?}");

    let page = asha.get(&format!("/members/{}/account?done=1", w.bina)).await;
    assert!(page.body.contains("Her account is stopped.") && page.body.contains("Yes, allow her account again"), "{}", page.body);
    let r = asha.post(&format!("/members/{}/account", w.bina), &[("act", "allow")]).await;
    assert_eq!(r.status, 303);
    let mut again = app.browser();
    assert_eq!(again.login("bina", PASSWORD).await.status, 303, "her password works again");
    let actions: Vec<String> = app.store().audit_about_member(w.bina).await.expect("audit").into_iter().map(|r| r.action).collect();
    assert!(actions.contains(&"account_enabled".to_owned()), "{actions:?}");
    // Her own page lists both, in words.
    let data = again.get("/profile/data").await;
    assert!(data.body.contains("your account was switched off") && data.body.contains("your account was switched on"), "{}", data.body);

    // Another collective's leader: the same 404 as for a missing member; a fellow office
    // holder's account (a role beyond a member's) is not a leader's to stop.
    let mut saans = app.signed_in("saans-leader").await;
    assert_eq!(saans.get(&format!("/members/{}/account", w.bina)).await.status, 404);
    assert_eq!(saans.get("/members/999999/account").await.status, 404);
    assert_eq!(asha.get(&format!("/members/{}/account", w.asha)).await.status, 403);
    // A member without an account: nothing to stop.
    assert_eq!(asha.get(&format!("/members/{}/account", w.dipa)).await.status, 404);
}

pub async fn bad_invitations_are_422_beside_the_field_with_nothing_written(db: TestDb) {
    let app = App::start(db).await;
    let w = world(&app).await;
    let mut coordinator = app.signed_in("coordinator").await;
    let scope = format!("c{}", w.utthan.0);
    let long = "r".repeat(65);
    // (the fields posted, the id of the message beside the field, words of that message)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 7] = [
        (&[("role", "leader"), ("scope", &scope), ("username", ""), ("name", ""), ("language", "bn")], "username-error", "Please fill this in"),
        (
            &[("role", "leader"), ("scope", &scope), ("username", "asha"), ("name", ""), ("language", "bn")],
            "username-error",
            "Someone already has this",
        ),
        (
            &[("role", "leader"), ("scope", &scope), ("username", "Rina Das!"), ("name", ""), ("language", "bn")],
            "username-error",
            "Use 3 to 64 small letters",
        ),
        (&[("role", "leader"), ("scope", &scope), ("username", &long), ("name", ""), ("language", "bn")], "username-error", ""),
        (&[("role", "leader"), ("scope", ""), ("username", "rina"), ("name", ""), ("language", "bn")], "scope-error", "A leader needs a collective"),
        (&[("role", "admin"), ("scope", ""), ("username", "rina"), ("name", ""), ("language", "bn")], "role-error", "Choose a role"),
        (&[("role", "leader"), ("scope", "c999999"), ("username", "rina"), ("name", ""), ("language", "bn")], "scope-error", "not in the registry"),
    ];
    let before = (audit_rows(&app).await, app.store().accounts().await.expect("accounts").len());
    for (fields, error_id, words) in cases {
        let r = invite(&mut coordinator, fields).await;
        assert_eq!(r.status, 422, "{fields:?}: {}", r.body);
        assert!(r.body.contains(&format!("id=\"{error_id}\"")) && r.body.contains(words), "{fields:?}: {}", r.body);
        let typed = fields.iter().find(|(k, _)| *k == "username").map(|(_, v)| *v).unwrap_or_default();
        if !typed.is_empty() && typed.len() <= 64 {
            let escaped = typed.replace('!', "&#33;");
            assert!(r.body.contains(&format!("value=\"{typed}\"")) || r.body.contains(&escaped), "typing kept: {}", r.body);
        }
        assert_eq!((audit_rows(&app).await, app.store().accounts().await.expect("accounts").len()), before, "nothing written");
    }
    // A closed collective is not offered, and refused if posted.
    let by = dhruva_store::Accessor::cli();
    let today = time::OffsetDateTime::now_utc().date();
    app.store().close_collective(&by, w.saans, today, "merged", today).await.expect("closed");
    let form = coordinator.get("/staff/new").await;
    assert!(form.body.contains(&format!("value=\"c{}\"", w.utthan.0)) && !form.body.contains(&format!("value=\"c{}\"", w.saans.0)), "{}", form.body);
    let before = (audit_rows(&app).await, app.store().accounts().await.expect("accounts").len());
    let closed = format!("c{}", w.saans.0);
    let r = coordinator.post("/staff/new", &[("role", "leader"), ("scope", &closed), ("username", "rina"), ("name", ""), ("language", "bn")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"scope-error\"") && r.body.contains("This collective is closed"), "{}", r.body);
    assert_eq!((audit_rows(&app).await, app.store().accounts().await.expect("accounts").len()), before, "nothing written");
    // In Bengali, beside the field.
    coordinator.get("/").await;
    coordinator.post("/language", &[("lang", "bn"), ("back", "/staff/new")]).await;
    let r = invite(&mut coordinator, &[("role", "leader"), ("scope", &scope), ("username", "asha"), ("name", ""), ("language", "bn")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("এটি আগে থেকেই অন্য কারও"), "{}", r.body);
}

pub async fn every_staff_form_needs_its_csrf_token(db: TestDb) {
    let app = App::start(db).await;
    let w = world(&app).await;
    let mut coordinator = app.signed_in("coordinator").await;
    coordinator.get("/staff/new").await;
    let before = audit_rows(&app).await;
    let scope = format!("c{}", w.utthan.0);
    let r = coordinator.post_raw("/staff/new", &[("role", "leader"), ("scope", &scope), ("username", "rina"), ("language", "bn")], &[]).await;
    assert_eq!(r.status, 403);
    let f = w.facilitator.0;
    for act in ["code", "disable", "enable"] {
        assert_eq!(coordinator.post_raw(&format!("/accounts/{f}/{act}"), &[], &[]).await.status, 403, "{act}");
    }
    let mut asha = app.signed_in("asha").await;
    asha.get(&format!("/members/{}/account", w.bina)).await;
    assert_eq!(asha.post_raw(&format!("/members/{}/account", w.bina), &[("act", "stop")], &[]).await.status, 403);
    assert_eq!(audit_rows(&app).await, before + 1, "only asha's login was written");
    assert!(app.store().account_by_username("rina").await.expect("read").is_none());
    assert!(!app.store().account(w.bina_account).await.expect("read").expect("there").disabled);
}

async fn token_for(app: &App, username: &str) -> String {
    let account = app.store().account_by_username(username).await.expect("read").expect("exists");
    app.store().create_api_token(&dhruva_store::Accessor::cli(), account.id, "tests").await.expect("token").expose().clone()
}

pub async fn the_api_invites_lists_resets_and_stops_with_the_same_rules(db: TestDb) {
    let app = App::start(db).await;
    let w = world(&app).await;
    let coordinator = Api::new(&app, Some(&token_for(&app, "coordinator").await));
    let r = coordinator.post("/api/v1/staff", &json!({"role": "facilitator", "partner": w.sanjog.0, "username": "meera", "language": "hi"})).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let body = r.json();
    assert_eq!(body["username"], "meera");
    let code = body["code"].as_str().expect("code").to_owned();
    assert_eq!(code.len(), 12);
    let meera = body["account"].as_i64().expect("id");

    let list = coordinator.get("/api/v1/staff").await;
    assert_eq!(list.status, 200);
    let rows = list.json();
    let row = rows.as_array().expect("list").iter().find(|r| r["username"] == "meera").expect("listed").clone();
    assert!(row["code_until"].is_string() && row["manageable"] == true, "{row}");
    assert!(!list.body.contains(&code), "never the code again");

    // Bad input: 422 with a message per field, nothing written.
    let before = audit_rows(&app).await;
    let r = coordinator.post("/api/v1/staff", &json!({"role": "leader", "username": "asha", "language": "xx"})).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let fields = &r.json()["fields"];
    assert!(fields["scope"].is_string() && fields["language"].is_string(), "{}", r.body);
    let r = coordinator.post("/api/v1/staff", &json!({"role": "analyst", "username": "asha", "language": "en"})).await;
    assert_eq!(
        (r.status.as_u16(), r.json()["fields"]["username"].as_str().map(|s| s.contains("Someone already has this"))),
        (422, Some(true)),
        "{}",
        r.body
    );
    // Not hers to touch: the admin, a member.
    let admin_id = id_of(&app, "admin").await;
    assert_eq!(coordinator.post(&format!("/api/v1/accounts/{admin_id}/code"), &json!({})).await.status, 403);
    assert_eq!(coordinator.post(&format!("/api/v1/accounts/{}/disable", w.bina_account.0), &json!({})).await.status, 403);
    assert_eq!(audit_rows(&app).await, before, "nothing written");

    // A new code voids the first; switching off voids that one too and ends her tokens.
    let r = coordinator.post(&format!("/api/v1/accounts/{meera}/code"), &json!({})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let second = r.json()["code"].as_str().expect("code").to_owned();
    assert_ne!(second, code);
    assert_eq!(coordinator.post(&format!("/api/v1/accounts/{meera}/disable"), &json!({})).await.status, 204);
    assert_eq!(coordinator.post(&format!("/api/v1/accounts/{meera}/code"), &json!({})).await.status, 409);
    assert_eq!(coordinator.post(&format!("/api/v1/accounts/{meera}/enable"), &json!({})).await.status, 204);
    let mut b = app.browser();
    b.get("/activate").await;
    let r = b.post("/activate", &[("code", &second), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)]).await;
    assert_eq!(r.status, 422, "a voided code stays void after enabling");

    // A leader gives her member a code; not to an office holder's account; not another's member.
    let asha = Api::new(&app, Some(&token_for(&app, "asha").await));
    let r = asha.post(&format!("/api/v1/members/{}/code", w.dipa), &json!({})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.json()["code"].is_string());
    assert_eq!(asha.post(&format!("/api/v1/members/{}/code", w.asha), &json!({})).await.status, 403);
    assert_eq!(asha.post(&format!("/api/v1/members/{}/code", w.chitra), &json!({})).await.status, 404);
    assert_eq!(asha.get("/api/v1/staff").await.status, 404);

    // In the OpenAPI document.
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await.json();
    for path in
        ["/api/v1/staff", "/api/v1/accounts/{id}/code", "/api/v1/accounts/{id}/disable", "/api/v1/accounts/{id}/enable", "/api/v1/members/{id}/code"]
    {
        assert!(doc["paths"][path].is_object(), "{path} in the document");
    }
}
