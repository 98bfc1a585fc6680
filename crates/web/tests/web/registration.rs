//! A leader registers a member on a page, phone first (issue 11): three steps, nothing written
//! before the last; her consents asked in her language and recorded as her pending grants; a
//! minor goes to her guardian's page; a number registered anywhere is answered "already
//! registered" without naming where; another collective's leader finds nothing; bad input is
//! refused beside its field with her typing kept and nothing written; every form needs its
//! token. Then the member logs in with her mobile number, however she writes it, and a wrong
//! number is answered exactly like a wrong username. The API does the same.

use crate::app::{Api, App, Browser, Page};
use crate::world::{World, ASHA_PHONE, PASSWORD};
use dhruva_core::consent::Purpose;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::consent::ConsentState;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use serde_json::json;
use std::time::Instant;
use time::macros::date;

/// A step's fields as posted, name and value.
type Posted<'a> = Vec<(&'static str, &'a str)>;

const FRESH: &str = "7001112223";
/// Registered in Saans, another collective.
const TAKEN: &str = "9830077777";
const NEW_PASSWORD: &str = "my own secret words";

fn new_path(c: CollectiveId) -> String {
    format!("/collectives/{c}/members/new")
}

fn today() -> String {
    time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+5:30)).date().to_string()
}

async fn members(app: &App) -> i64 {
    app.store().counts().await.expect("counts").members
}

async fn audit_rows(app: &App) -> usize {
    app.store().audit_recent(10_000).await.expect("audit").len()
}

async fn holder(app: &App, phone: &str) -> Option<MemberId> {
    app.store().member_by_phone(&PhoneNumber::parse(phone).expect("phone")).await.expect("lookup")
}

async fn mita_in_saans(app: &App, w: &World) -> MemberId {
    let new = NewMember {
        code: None,
        collective: w.saans,
        joined_on: date!(2024 - 01 - 15),
        office: None,
        languages: vec![Language::Bengali],
        personal: parse_personal("Mita Das", Some(TAKEN), None, None, 2025).expect("valid"),
    };
    app.store().create_member(&Accessor::cli(), new).await.expect("member").id
}

/// Her details as step two posts them, with the phone carried from step one.
fn details<'a>(phone: &'a str, name: &'a str, birth_year: &'a str, joined: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![("phone", phone), ("name", name), ("birth_year", birth_year), ("languages", "bn"), ("languages", "en"), ("joined", joined), ("office", "")]
}

fn with<'a>(mut fields: Vec<(&'static str, &'a str)>, more: &[(&'static str, &'a str)]) -> Vec<(&'static str, &'a str)> {
    fields.extend_from_slice(more);
    fields
}

fn member_id_of(location: Option<&str>, tail: &str) -> MemberId {
    let location = location.expect("redirected");
    let id = location.strip_prefix("/members/").and_then(|r| r.strip_suffix(tail)).unwrap_or_else(|| panic!("{location}"));
    MemberId(id.parse().expect("an id"))
}

/// The main part of a page (the rest carries a fresh form token).
fn main_of(p: &Page) -> String {
    let at = p.body.find("<main").unwrap_or(0);
    p.body[at..].to_owned()
}

pub async fn a_leader_registers_a_member_in_three_steps_and_she_logs_in_with_her_number(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    let collective = asha.get(&format!("/collectives/{}", w.utthan)).await;
    assert!(collective.body.contains(&format!("href=\"{path}\"")), "the collective page links it: {}", collective.body);

    // Step one: her number only.
    let first = asha.get(&path).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.header("cache-control"), Some("no-store"));
    assert!(first.body.contains("Step 1 of 3") && first.body.contains("She has no phone"), "{}", first.body);
    let before = members(&app).await;
    let second = asha.post(&path, &[("go", "check"), ("phone", "+91 70011 12223")]).await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert!(second.body.contains("Step 2 of 3"), "{}", second.body);
    assert!(second.body.contains(&format!("value=\"{}\"", today())), "the day she joined is today unless changed");
    assert_eq!(members(&app).await, before, "nothing written before the last step");

    // Step two: about her. Step three asks her consents in her own language (Bengali).
    let fields = details("+91 70011 12223", "Rupa Mondal", "1990", "2025-03-01");
    let third = asha.post(&path, &with(fields.clone(), &[("go", "consents"), ("office", "secretary")])).await;
    assert_eq!(third.status, 200, "{}", third.body);
    assert!(third.body.contains("lang=\"bn\"") && third.body.contains("আমার কেসে সাহায্য") && third.body.contains("আমি রাজি"), "{}", third.body);
    assert!(third.body.contains("Read in English"), "she may hear them in English instead: {}", third.body);
    assert!(!third.body.contains("Help with my cases"));
    let english = asha.post(&path, &with(fields.clone(), &[("go", "lang-en"), ("office", "secretary")])).await;
    assert_eq!(english.status, 200);
    assert!(english.body.contains("Help with my cases") && english.body.contains("I agree"), "{}", english.body);
    assert_eq!(members(&app).await, before, "still nothing written");

    // Saving: one transaction, then her page with "give her a code" first.
    let saved = asha
        .post(
            &path,
            &with(
                fields,
                &[
                    ("office", "secretary"),
                    ("consent_lang", "bn"),
                    ("consent", "case_support"),
                    ("consent", "mentoring"),
                    ("method", "paper"),
                    ("go", "save"),
                ],
            ),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let rupa = member_id_of(saved.location(), "/registered");
    assert_eq!(holder(&app, FRESH).await, Some(rupa));
    let summary = app.store().member_summary(rupa).await.expect("read").expect("registered");
    assert_eq!(summary.languages, vec![Language::Bengali, Language::English]);
    assert_eq!(summary.memberships[0].collective, w.utthan);
    assert_eq!(summary.memberships[0].since, date!(2025 - 03 - 01));
    assert_eq!(summary.memberships[0].office.map(|o| o.code()), Some("secretary"));
    let history = app.store().consent_history(rupa).await.expect("history");
    let mut purposes: Vec<Purpose> = history.iter().map(|r| r.purpose).collect();
    purposes.sort();
    assert_eq!(purposes, vec![Purpose::CaseSupport, Purpose::Mentoring]);
    assert!(history.iter().all(|r| r.state == ConsentState::Pending && r.granted_by == Some(w.leader) && r.method == "paper" && r.witnessed));
    assert!(app.store().consents(rupa).await.expect("current").purposes().is_empty(), "hers to confirm");

    let done = asha.get(&format!("/members/{rupa}/registered")).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains(&summary.code) && done.body.contains("id=\"registered-give-code\""), "{}", done.body);
    assert!(done.body.find("registered-give-code") < done.body.find(&format!("href=\"/members/{rupa}\"")), "the code comes first");
    let issued = asha.post(&format!("/members/{rupa}/code"), &[]).await;
    assert_eq!(issued.status, 200, "{}", issued.body);
    let marker = "id=\"invite-code\">";
    let at = issued.body.find(marker).expect("a code shown") + marker.len();
    let code = issued.body[at..at + 12].to_owned();
    println!("page weights: step 1 {} B, step 2 {} B, step 3 {} B, done {} B", first.raw_len, second.raw_len, third.raw_len, done.raw_len);
    assert!(first.raw_len < 6_000 && second.raw_len < 8_000 && third.raw_len < 10_000 && done.raw_len < 6_000);

    // She sets her password with the code, and logs in with her number, however she writes it.
    let mut rupa_phone = app.browser();
    rupa_phone.get("/activate").await;
    let r = rupa_phone.post("/activate", &[("code", &code), ("password", NEW_PASSWORD), ("password_again", NEW_PASSWORD)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    for spelling in ["7001112223", "+91 70011 12223", "070011-12223"] {
        let mut b = app.browser();
        let r = b.login(spelling, NEW_PASSWORD).await;
        assert_eq!((r.status.as_u16(), r.location()), (303, Some("/")), "{spelling}");
    }
}

pub async fn a_minor_keeps_only_her_name_and_lands_on_her_guardians_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    asha.get(&path).await;
    asha.post(&path, &[("go", "check"), ("phone", "7001112224")]).await;
    let year = (time::OffsetDateTime::now_utc().year() - 15).to_string();
    let fields = details("7001112224", "Mitali Das", &year, "2025-03-01");
    let third = asha.post(&path, &with(fields.clone(), &[("go", "consents")])).await;
    assert_eq!(third.status, 200, "{}", third.body);
    assert!(third.body.contains("id=\"register-minor\"") && third.body.contains("She may be under 18"), "{}", third.body);
    assert!(!third.body.contains("name=\"consent\""), "no consent is asked of a minor");
    // Even a consent slipped into the form is not recorded.
    let saved = asha.post(&path, &with(fields, &[("consent", "research"), ("method", "verbal"), ("go", "save")])).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let mitali = member_id_of(saved.location(), "/guardian");
    let guardian = asha.get(&format!("/members/{mitali}/guardian")).await;
    assert_eq!(guardian.status, 200, "{}", guardian.body);
    let status = app.store().minor_status(mitali).await.expect("status");
    assert!(status.needs_guardian && !status.guardian_consented);
    let personal = app.store().member_personal(&Accessor::cli(), mitali).await.expect("read").expect("found");
    assert_eq!((personal.name.expose().as_str(), personal.phone, personal.birth_year), ("Mitali Das", None, None));
    assert!(app.store().consent_history(mitali).await.expect("history").is_empty());
    assert_eq!(holder(&app, "7001112224").await, None, "her number waits for her guardian");
}

pub async fn a_number_registered_elsewhere_is_answered_without_naming_where(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mita = mita_in_saans(&app, &w).await;
    let mita_code = app.store().member_summary(mita).await.expect("read").expect("found").code;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    asha.get(&path).await;
    let before = members(&app).await;
    for spelling in [TAKEN, "+91 98300 77777"] {
        let r = asha.post(&path, &[("go", "check"), ("phone", spelling)]).await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(r.body.contains("already registered in Dhruva — ask her to log in"), "{}", r.body);
        for secret in ["Saans", "Mita", &mita_code] {
            assert!(!r.body.contains(secret), "names {secret}: {}", r.body);
        }
        assert!(r.body.contains(&format!("value=\"{spelling}\"")), "her typing kept");
    }
    // A saved form that skips step one is answered the same, and writes nothing.
    let saved = asha
        .post(&path, &with(details(TAKEN, "Someone Else", "1990", "2025-03-01"), &[("consent", "research"), ("method", "verbal"), ("go", "save")]))
        .await;
    assert_eq!(saved.status, 409, "{}", saved.body);
    assert!(saved.body.contains("already registered in Dhruva"));
    assert_eq!(members(&app).await, before, "nothing written");
    assert_eq!(holder(&app, TAKEN).await, Some(mita));
    // Each question is in the audit log with the collective asked for, never the number.
    let asked: Vec<_> = app.store().audit_recent(50).await.expect("audit").into_iter().filter(|r| r.action == "registration_phone_checked").collect();
    assert_eq!(asked.len(), 3);
    assert!(asked.iter().all(|r| r.account == Some(w.leader) && r.subject_collective == Some(w.utthan) && r.detail.is_none()));

    // The API: yes or no, and the registration refused with its own code.
    let token = app.store().create_api_token(&Accessor::cli(), w.leader, "tests").await.expect("token");
    let api = Api::new(&app, Some(token.expose()));
    let yes = api.post("/api/v1/phone-check", &json!({ "collective": w.utthan.0, "phone": "098300-77777" })).await;
    assert_eq!((yes.status.as_u16(), yes.json()), (200, json!({ "registered": true })));
    let no = api.post("/api/v1/phone-check", &json!({ "collective": w.utthan.0, "phone": FRESH })).await;
    assert_eq!((no.status.as_u16(), no.json()), (200, json!({ "registered": false })));
    let body = json!({ "name": "Someone Else", "phone": TAKEN, "languages": ["bn"], "consents": ["research"], "consent_method": "verbal" });
    let refused = api.post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &body).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert_eq!(refused.json()["error"], "phone_registered");
    assert!(!refused.body.contains("Saans") && !refused.body.contains(&mita_code));
    let bad = api.post("/api/v1/phone-check", &json!({ "collective": w.utthan.0, "phone": "12345" })).await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert_eq!(members(&app).await, before, "nothing written");

    // Through the API the same registration, with consents pending and the minors' rule.
    let body = json!({ "name": "Lata Das", "phone": FRESH, "languages": ["hi", "en"], "joined_on": "2025-02-01", "office": "treasurer",
                       "consents": ["case_support"], "consent_method": "verbal" });
    let created = api.post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &body).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let out = created.json();
    assert_eq!((out["under_18"].clone(), out["pending_consents"].clone()), (json!(false), json!(["case_support"])));
    let lata = MemberId(out["member"]["id"].as_i64().expect("id"));
    assert_eq!(holder(&app, FRESH).await, Some(lata));
    assert_eq!(app.store().consent_history(lata).await.expect("history")[0].state, ConsentState::Pending);
    let minor = json!({ "name": "Puja Das", "under_18": true, "languages": ["bn"], "consents": ["media"], "consent_method": "verbal" });
    let refused = api.post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &minor).await;
    assert_eq!((refused.status.as_u16(), refused.json()["error"].clone()), (422, json!("guardian_consent_needed")));
    let minor = json!({ "name": "Puja Das", "under_18": true, "languages": ["bn"] });
    let created = api.post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &minor).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.json()["under_18"], json!(true));
    // The document describes both paths.
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/collectives/{id}/registrations"]["post"].is_object());
    assert!(doc["paths"]["/api/v1/phone-check"]["post"].is_object());
}

pub async fn another_collectives_leader_finds_nothing_and_a_member_may_not_register(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let path = new_path(w.utthan);
    let mut saans = app.signed_in("saans-leader").await;
    let theirs = saans.get(&path).await;
    let missing = saans.get(&new_path(CollectiveId(999_999))).await;
    assert_eq!((theirs.status.as_u16(), missing.status.as_u16()), (404, 404));
    let token = saans.get("/").await.csrf().expect("a token");
    let before = (members(&app).await, audit_rows(&app).await);
    let r = saans.post_raw(&path, &[("csrf", &token), ("go", "check"), ("phone", FRESH)], &[]).await;
    assert_eq!(r.status, 404);
    let r = saans
        .post_raw(&path, &[("csrf", &token), ("go", "save"), ("phone", FRESH), ("name", "X"), ("languages", "bn"), ("joined", "2025-03-01")], &[])
        .await;
    assert_eq!(r.status, 404);
    assert_eq!((members(&app).await, audit_rows(&app).await), before, "nothing written, not even a question");
    // Her own collective's page offers it; Utthan's members and its facilitator get no link and a 403.
    assert!(saans.get(&format!("/collectives/{}", w.saans)).await.body.contains("id=\"register-member\""));
    for user in ["bina", "facilitator"] {
        let mut b = app.signed_in(user).await;
        assert!(!b.get(&format!("/collectives/{}", w.utthan)).await.body.contains("register-member"), "{user}");
        assert_eq!(b.get(&path).await.status, 403, "{user}");
    }
    // The API: the same answers.
    let account = app.store().account_by_username("saans-leader").await.expect("read").expect("found").id;
    let token = app.store().create_api_token(&Accessor::cli(), account, "tests").await.expect("token");
    let api = Api::new(&app, Some(token.expose()));
    let r = api.post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &json!({ "name": "X", "languages": ["bn"] })).await;
    assert_eq!(r.status, 404, "{}", r.body);
    let r = api.post("/api/v1/phone-check", &json!({ "collective": w.utthan.0, "phone": ASHA_PHONE })).await;
    assert_eq!(r.status, 404, "{}", r.body);
    assert_eq!(members(&app).await, before.0);
}

pub async fn bad_input_is_refused_beside_its_field_with_her_typing_kept_and_nothing_written(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    asha.get(&path).await;
    let before = (members(&app).await, audit_rows(&app).await);

    // Step one.
    for (phone, says) in [
        ("", "Please write her mobile number"),
        ("12345", "A mobile number has 10 digits."),
        ("0331234567", "starts with 6, 7, 8 or 9"),
        ("98300\u{0}12345", "Use only digits"),
        (&"9".repeat(5000), "A mobile number has 10 digits."),
    ] {
        let r = asha.post(&path, &[("go", "check"), ("phone", phone)]).await;
        assert_eq!(r.status, 422, "{phone:?}: {}", r.body);
        assert!(r.body.contains(says) && r.body.contains("id=\"phone-error\""), "{says}: {}", r.body);
        assert!(r.raw_len < 8_000, "a long number is not sent back whole");
    }
    let kept = asha.post(&path, &[("go", "check"), ("phone", "98300 1234")]).await;
    assert!(kept.body.contains("value=\"98300 1234\""), "her typing kept: {}", kept.body);

    // Step two, and the same again on saving (a form may skip steps).
    let long = "R".repeat(201);
    let future = (time::OffsetDateTime::now_utc().date() + time::Duration::days(3)).to_string();
    let cases: Vec<(Posted, &str, &str)> = vec![
        (details(FRESH, "", "1990", "2025-03-01"), "name-error", "Please write her name."),
        (details(FRESH, &long, "1990", "2025-03-01"), "name-error", "at most 200 letters"),
        (details(FRESH, "Ru\u{0}pa", "1990", "2025-03-01"), "name-error", "cannot be kept"),
        (details(FRESH, "Rupa", "1800", "2025-03-01"), "birth_year-error", "between 1900 and this year"),
        (details(FRESH, "Rupa", "nineteen", "2025-03-01"), "birth_year-error", "Please write a number"),
        (details(FRESH, "Rupa", "1990", &future), "joined-error", "This date has not come yet."),
        (details(FRESH, "Rupa", "1990", "someday"), "joined-error", "year-month-day"),
        (vec![("phone", FRESH), ("name", "Rupa"), ("joined", "2025-03-01")], "languages-error", "at least one language"),
        (vec![("phone", FRESH), ("name", "Rupa"), ("joined", "2025-03-01"), ("languages", "xx")], "languages-error", "not a language Dhruva knows"),
        (with(details(FRESH, "Rupa", "1990", "2025-03-01"), &[("office", "queen")]), "office-error", "not an office"),
        // Asha is Utthan's president: the office changes hands by a handover, not a registration.
        (with(details(FRESH, "Rupa", "1990", "2025-03-01"), &[("office", "president")]), "office-error", "Someone holds this office now"),
    ];
    for (fields, field, says) in cases {
        for go in ["consents", "save"] {
            let r = asha.post(&path, &with(fields.clone(), &[("go", go)])).await;
            assert_eq!(r.status, 422, "{go} {says}: {}", r.body);
            assert!(r.body.contains(&format!("id=\"{field}\"")) && r.body.contains(says), "{go} {says}: {}", r.body);
            assert!(r.body.contains("Step 2 of 3"), "shown again at her details");
        }
    }
    let kept = asha.post(&path, &with(details(FRESH, "Rupa Mondal", "1800", "2025-03-01"), &[("go", "consents")])).await;
    assert!(
        kept.body.contains("value=\"Rupa Mondal\"") && kept.body.contains("value=\"1800\"") && kept.body.contains("value=\"2025-03-01\""),
        "{}",
        kept.body
    );
    assert!(kept.body.contains("value=\"bn\" checked") && kept.body.contains("value=\"en\" checked"), "{}", kept.body);
    // A tampered purpose or method is a bad request.
    let r =
        asha.post(&path, &with(details(FRESH, "Rupa", "1990", "2025-03-01"), &[("consent", "selling"), ("method", "verbal"), ("go", "save")])).await;
    assert_eq!(r.status, 400);
    assert_eq!((members(&app).await, audit_rows(&app).await), before, "nothing written, not even a question");

    // The API refuses the same, one message per field.
    let token = app.store().create_api_token(&Accessor::cli(), w.leader, "tests").await.expect("token");
    let api = Api::new(&app, Some(token.expose()));
    let before = members(&app).await;
    let r = api
        .post(
            &format!("/api/v1/collectives/{}/registrations", w.utthan),
            &json!({ "name": "", "phone": "12345", "languages": [], "joined_on": future }),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let fields = r.json()["fields"].clone();
    for field in ["name", "phone", "languages", "joined_on"] {
        assert!(fields[field].is_string(), "{field}: {fields}");
    }
    let r = api
        .post(&format!("/api/v1/collectives/{}/registrations", w.utthan), &json!({ "name": "Rupa", "languages": ["bn"], "office": "president" }))
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.json()["fields"]["office"].is_string(), "{}", r.body);
    assert_eq!(members(&app).await, before);
}

pub async fn registration_forms_need_their_csrf_token(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    asha.get(&path).await;
    let before = (members(&app).await, audit_rows(&app).await);
    let r = asha.post_raw(&path, &[("go", "check"), ("phone", FRESH)], &[]).await;
    assert_eq!(r.status, 403);
    let full = with(details(FRESH, "Rupa Mondal", "1990", "2025-03-01"), &[("consent", "research"), ("method", "verbal"), ("go", "save")]);
    let r = asha.post_raw(&path, &full, &[]).await;
    assert_eq!(r.status, 403);
    let r = asha.post_raw(&path, &with(full.clone(), &[("csrf", "forged-token")]), &[]).await;
    assert_eq!(r.status, 403);
    assert_eq!((members(&app).await, audit_rows(&app).await), before, "nothing written");
    // With its token the same form saves.
    assert_eq!(asha.post(&path, &full).await.status, 303);
}

async fn login_failure(app: &App, login: &str) -> (Page, std::time::Duration) {
    let mut b: Browser = app.browser();
    b.get("/login").await;
    let started = Instant::now();
    let r = b.post("/login", &[("login", login), ("password", PASSWORD)]).await;
    (r, started.elapsed())
}

pub async fn a_wrong_number_is_answered_like_a_wrong_username(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    // Asha logs in with her number in three spellings.
    for spelling in [ASHA_PHONE, "+91 98300 12345", "098300-12345"] {
        let mut b = app.browser();
        assert_eq!(b.login(spelling, PASSWORD).await.status, 303, "{spelling}");
    }
    // A number nobody has, a number of a member without an account, and a username nobody has.
    mita_in_saans(&app, &w).await;
    let (number, number_took) = login_failure(&app, "9830099999").await;
    let (accountless, _) = login_failure(&app, TAKEN).await;
    let (username, username_took) = login_failure(&app, "nobody-here").await;
    // A known account with a wrong password, for timing.
    let mut b = app.browser();
    b.get("/login").await;
    let started = Instant::now();
    let wrong_password = b.post("/login", &[("login", "bina"), ("password", "not her password")]).await;
    let known_took = started.elapsed();
    for r in [&number, &accountless, &username, &wrong_password] {
        assert_eq!(r.status, 401, "{}", r.body);
    }
    let same = |p: &Page, typed: &str| main_of(p).replace(&p.csrf().unwrap_or_default(), "CSRF").replace(typed, "TYPED");
    assert_eq!(same(&number, "9830099999"), same(&username, "nobody-here"), "the same page, but for her typing");
    assert_eq!(same(&accountless, TAKEN), same(&username, "nobody-here"));
    assert_eq!(same(&wrong_password, "bina"), same(&username, "nobody-here"));
    // Unknown logins pay for a password check too (a dummy hash), so time does not tell them apart.
    println!("login times: unknown number {number_took:?}, unknown username {username_took:?}, known account {known_took:?}");
    assert!(number_took * 4 > known_took && username_took * 4 > known_took, "{number_took:?} {username_took:?} {known_took:?}");
}

pub async fn changing_her_number_keeps_her_details(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = new_path(w.utthan);
    asha.get(&path).await;
    let back = asha.post(&path, &with(details("7001112225", "Rupa Mondal", "1990", "2025-03-01"), &[("go", "back_phone")])).await;
    assert_eq!(back.status, 200);
    assert!(back.body.contains("Step 1 of 3") && back.body.contains("value=\"7001112225\""), "{}", back.body);
    // The hidden details come along with the new number.
    let fields: Vec<(String, String)> = hidden_fields(&back.body);
    let mut post: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    post.extend_from_slice(&[("go", "check"), ("phone", "7001112226")]);
    let second = asha.post(&path, &post).await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert!(
        second.body.contains("value=\"Rupa Mondal\"") && second.body.contains("value=\"2025-03-01\"") && second.body.contains("7001112226"),
        "{}",
        second.body
    );
}

/// The hidden fields of a page's form, but its token.
fn hidden_fields(body: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find("<input type=\"hidden\" name=\"") {
        rest = &rest[at + "<input type=\"hidden\" name=\"".len()..];
        let name = &rest[..rest.find('"').expect("name")];
        let at = rest.find("value=\"").expect("value") + "value=\"".len();
        let value = &rest[at..at + rest[at..].find('"').expect("end")];
        if name != "csrf" {
            out.push((name.to_owned(), value.replace("&#32;", " ")));
        }
    }
    out
}
