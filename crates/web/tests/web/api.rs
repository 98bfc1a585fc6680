use crate::app::{Api, App};
use crate::world::{World, BINA_NAME, CHITRA_NAME};
use dhruva_core::AccountId;
use dhruva_store::testing::TestDb;
use serde_json::json;

async fn token(app: &App, account: AccountId) -> String {
    app.store().create_api_token(&dhruva_store::Accessor::cli(), account, "tests").await.expect("token").expose().clone()
}

async fn token_for(app: &App, username: &str) -> String {
    let account = app.store().account_by_username(username).await.expect("read").expect("exists");
    token(app, account.id).await
}

pub async fn requests_without_a_valid_token_are_refused(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    for api in [Api::new(&app, None), Api::new(&app, Some("dhv_not-a-real-token"))] {
        let r = api.get("/api/v1/collectives").await;
        assert_eq!(r.status, 401);
        assert_eq!(r.header("www-authenticate"), Some("Bearer"));
        assert_eq!(r.json()["error"], "sign_in_required");
    }
    // A browser session is not an API credential.
    let mut b = app.browser();
    b.login("asha", crate::world::PASSWORD).await;
    assert_eq!(b.get("/api/v1/collectives").await.status, 401);
}

pub async fn a_member_token_reads_herself_but_not_another_member(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let api = Api::new(&app, Some(&token(&app, w.bina_account).await));
    let me = api.get(&format!("/api/v1/members/{}", w.bina)).await;
    assert_eq!(me.status, 200, "{}", me.body);
    let me = me.json();
    assert_eq!(me["code"], w.bina_code.as_str());
    assert_eq!(me["name"], BINA_NAME);
    assert_eq!(me["personal"]["phone"], "9830054321");
    let other = api.get(&format!("/api/v1/members/{}", w.asha)).await;
    let missing = api.get("/api/v1/members/987654").await;
    assert_eq!(other.status, 404);
    assert_eq!(other.body, missing.body, "another member reads exactly like nobody");
    assert!(!other.body.contains(&w.asha_code));
    assert_eq!(api.get(&format!("/api/v1/members/{}", w.chitra)).await.status, 404);
    let whoami = api.get("/api/v1/me").await.json();
    assert_eq!(whoami["username"], "bina");
    assert_eq!(whoami["member"], w.bina.0);
}

pub async fn a_leader_creates_a_member_and_her_name_and_phone_are_not_stored_in_plaintext(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let api = Api::new(&app, Some(&token(&app, w.leader).await));
    let name = "Parbati Sardar-Hembram";
    let body = json!({
        "name": name, "phone": "+91 93300 77441", "birth_year": 1997, "notes": "Contact through the office only",
        "languages": ["bn", "hi"], "joined_on": "2025-02-01", "office": "treasurer"
    });
    let r = api.post(&format!("/api/v1/collectives/{}/members", w.utthan), &body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let created = r.json();
    let id = created["id"].as_i64().expect("an id");
    assert_eq!(r.location(), Some(format!("/api/v1/members/{id}").as_str()));
    assert!(created.get("name").is_none(), "the creation echo carries no personal data");
    assert_eq!(created["memberships"][0]["office"], "treasurer");
    assert_eq!(created["memberships"][0]["since"], "2025-02-01");
    let read = api.get(&format!("/api/v1/members/{id}")).await.json();
    assert_eq!(read["name"], name, "her leader sees her name");
    assert!(read.get("personal").is_none(), "but not her phone without case-support consent");
    assert_eq!(read["languages"], json!(["bn", "hi"]));

    if let Some(dir) = &app.db.dir {
        let mut bytes = std::fs::read(dir.path().join("dhruva.db")).expect("database file");
        if let Ok(wal) = std::fs::read(dir.path().join("dhruva.db-wal")) {
            bytes.extend(wal);
        }
        for needle in [name, "Parbati", "Hembram", "9330077441", "93300 77441", "Contact through the office"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()), "{needle} is in the database files");
        }
    }
}

pub async fn members_can_only_be_created_where_the_policy_allows(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let body = json!({ "name": "Someone New" });
    let leader = Api::new(&app, Some(&token(&app, w.leader).await));
    let theirs = leader.post(&format!("/api/v1/collectives/{}/members", w.saans), &body).await;
    let missing = leader.post("/api/v1/collectives/987654/members", &body).await;
    assert_eq!(theirs.status, 404);
    assert_eq!(theirs.body, missing.body);
    let facilitator = Api::new(&app, Some(&token_for(&app, "facilitator").await));
    let r = facilitator.post(&format!("/api/v1/collectives/{}/members", w.utthan), &body).await;
    assert_eq!(r.status, 403, "she sees Utthan but may not register members");
    let member = Api::new(&app, Some(&token(&app, w.bina_account).await));
    assert_eq!(member.post(&format!("/api/v1/collectives/{}/members", w.utthan), &body).await.status, 403);
    // Invalid input to a collective she cannot see still says only "not found".
    assert_eq!(leader.post(&format!("/api/v1/collectives/{}/members", w.saans), &json!({"name": ""})).await.status, 404);
    let roster = leader.get(&format!("/api/v1/collectives/{}/members", w.utthan)).await.json();
    assert_eq!(roster.as_array().map(Vec::len), Some(3), "nothing was created");
    // A phone number already registered is accepted like any other (kept and flagged for the
    // grievance officer): "already registered" would say it is a survivor's number.
    let r = leader.post(&format!("/api/v1/collectives/{}/members", w.utthan), &json!({"name": "New", "phone": crate::world::ASHA_PHONE})).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(!r.body.contains(&w.asha_code) && !r.body.contains("Asha"));
}

pub async fn validation_errors_are_422_with_a_translated_message_per_field(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut api = Api::new(&app, Some(&token(&app, w.leader).await));
    let bad = json!({
        "name": "  ", "phone": "12345", "birth_year": 1800, "notes": "x".repeat(6000),
        "languages": ["bn", "xx"], "joined_on": "2999-01-01", "office": "queen"
    });
    let path = format!("/api/v1/collectives/{}/members", w.utthan);
    let r = api.post(&path, &bad).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let e = r.json();
    assert_eq!(e["error"], "invalid");
    assert_eq!(e["fields"]["name"], "Name: Please write her name.");
    assert_eq!(e["fields"]["phone"], "Mobile number: A mobile number has 10 digits.");
    for field in ["birth_year", "notes", "languages", "joined_on", "office"] {
        assert!(e["fields"][field].as_str().is_some_and(|m| m.len() > 10), "{field}: {e}");
    }
    assert!(!r.body.contains("12345"), "values are not echoed");
    api.accept_language = Some("bn".into());
    let e = api.post(&path, &json!({"name": "Rupa", "joined_on": "24/11/2026"})).await.json();
    assert_eq!(e["fields"]["joined_on"], "যোগ দেওয়ার তারিখ: তারিখ বছর-মাস-দিন এভাবে লিখুন, যেমন 2026-11-24।");
    assert_eq!(e["message"], "কিছু তথ্য ঠিক করতে হবে। প্রতিটি ঘরের নিচের লেখাটি দেখুন।");
    let r = api.post(&path, &json!({"name": 5})).await;
    assert_eq!(r.status, 400, "a body of the wrong shape");
    assert!(!r.body.contains("invalid type"), "serde's message (which may quote values) is not passed on");
}

pub async fn personal_fields_are_edited_by_her_or_not_at_all(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let her = Api::new(&app, Some(&token(&app, w.bina_account).await));
    let path = format!("/api/v1/members/{}/personal", w.bina);
    let r = her.put(&path, &json!({"name": "Bina Sardar", "phone": "7000022222", "birth_year": null, "notes": null})).await;
    assert_eq!(r.status, 202, "her new number waits for her leader: {}", r.body);
    let me = her.get(&format!("/api/v1/members/{}", w.bina)).await.json();
    assert_eq!(me["personal"]["phone"], "9830054321");
    assert_eq!(me["personal"]["birth_year"], serde_json::Value::Null);
    let leader = Api::new(&app, Some(&token(&app, w.leader).await));
    let r = leader.put(&path, &json!({"name": "Changed by someone else"})).await;
    assert_eq!(r.status, 403, "no case-support consent");
    let r = leader.put(&format!("/api/v1/members/{}/personal", w.chitra), &json!({"name": "x"})).await;
    assert_eq!(r.status, 404);
    let r = her.put(&path, &json!({"name": "", "phone": "1"})).await;
    assert_eq!(r.status, 422);
}

pub async fn lists_are_filtered_by_the_policy(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let names =
        |v: serde_json::Value| -> Vec<String> { v.as_array().expect("a list").iter().map(|c| c["name"].as_str().unwrap_or("").to_owned()).collect() };
    let facilitator = Api::new(&app, Some(&token_for(&app, "facilitator").await));
    assert_eq!(names(facilitator.get("/api/v1/collectives").await.json()), vec!["Utthan"]);
    let roster = facilitator.get(&format!("/api/v1/collectives/{}/members", w.utthan)).await.json();
    let shown: Vec<&str> = roster.as_array().expect("list").iter().filter_map(|m| m["name"].as_str()).collect();
    assert_eq!(shown, vec![crate::world::ASHA_NAME], "only the consenting member's name");
    let admin = Api::new(&app, Some(&token_for(&app, "admin").await));
    assert_eq!(names(admin.get("/api/v1/collectives").await.json()).len(), 2);
    let roster = admin.get(&format!("/api/v1/collectives/{}/members", w.saans)).await;
    assert!(roster.body.contains(&w.chitra_code) && !roster.body.contains(CHITRA_NAME));
    let analyst = Api::new(&app, Some(&token_for(&app, "analyst").await));
    assert_eq!(analyst.get(&format!("/api/v1/collectives/{}/members", w.utthan)).await.status, 403);
    let c = analyst.get(&format!("/api/v1/collectives/{}", w.utthan)).await.json();
    assert_eq!(c["district"], "WB-kolkata");
    assert_eq!(c["partners"], json!([w.sanjog.0]));
}

pub async fn the_openapi_document_describes_the_member_paths(db: TestDb) {
    let app = App::start(db).await;
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await;
    assert_eq!(doc.status, 200);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")), "{}", doc["openapi"]);
    let paths = &doc["paths"];
    assert!(paths["/api/v1/collectives/{id}/members"]["post"].is_object(), "create member");
    assert!(paths["/api/v1/members/{id}"]["get"].is_object(), "get member");
    assert!(paths["/api/v1/members/{id}/personal"]["put"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["schemas"]["NewMemberIn"]["required"].as_array().is_some_and(|r| r.contains(&json!("name"))));
}

/// Any string in any field of the API's bodies, and any path id, answers 4xx or success with
/// JSON, never a server error; a NUL is never kept in a member's fields.
pub async fn no_api_body_or_path_answers_a_server_error(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let api = Api::new(&app, Some(&token(&app, w.leader).await));
    let bina = Api::new(&app, Some(&token_for(&app, "bina").await));
    let create = format!("/api/v1/collectives/{}/members", w.utthan);
    for s in crate::forms_forgiving::fuzz() {
        let bodies = [
            json!({"name": s, "phone": s, "birth_year": s, "notes": s, "languages": [s], "joined_on": s, "office": s}),
            json!({"name": format!("Rupa {s}"), "joined_on": "2025-02-01", "notes": s}),
            json!({"name": "Rupa", "languages": s, "birth_year": 1990}),
        ];
        for body in &bodies {
            let r = api.post(&create, body).await;
            assert!(!r.status.is_server_error(), "create with {body}: {} {}", r.status, r.body);
            assert!(r.header("content-type").is_some_and(|c| c.starts_with("application/json")), "JSON back: {}", r.body);
            let r = bina.put(&format!("/api/v1/members/{}/personal", w.bina), body).await;
            assert!(!r.status.is_server_error(), "update with {body}: {} {}", r.status, r.body);
        }
        let encoded: String = s.bytes().take(64).map(|b| format!("%{b:02X}")).collect();
        for path in
            [format!("/api/v1/members/{encoded}"), format!("/api/v1/collectives/{encoded}/members"), format!("/api/v1/rounds/{encoded}/scorecard")]
        {
            let r = api.get(&path).await;
            assert!(r.status.is_client_error(), "{path}: {}", r.status);
        }
    }
    for raw in ["", "{", "[]", "null", "{\"name\": \"\\u0000\"}", "{\"name\": 1e999}"] {
        let r = api.send_raw(&create, raw).await;
        assert!(r.status.is_client_error(), "{raw:?}: {} {}", r.status, r.body);
    }
    let list = api.get(&create).await;
    assert_eq!(list.status, 200);
    for m in list.json().as_array().expect("a list") {
        let one = api.get(&format!("/api/v1/members/{}", m["id"])).await;
        assert!(!one.body.contains("\\u0000"), "a NUL was kept: {}", one.body);
    }
}
