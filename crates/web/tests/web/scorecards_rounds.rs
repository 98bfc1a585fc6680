//! A score card round run through the pages: planned and opened by a leader, rated by
//! members from their phones, followed by counts only; closed rounds refuse ratings; the
//! institutions registry imports a file all or nothing.

use crate::app::{App, Browser, Page};
use crate::world::World;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::InstitutionType;
use dhruva_core::InstitutionId;
use dhruva_store::scorecards::{InstitutionFilter, NewInstitution};
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use reqwest::header::{CONTENT_TYPE, COOKIE};

pub async fn institutions(store: &Store) -> Vec<InstitutionId> {
    let district = DistrictCode::parse("WB-kolkata").expect("code");
    let mut ids = Vec::new();
    for (kind, name) in [(InstitutionType::PoliceStation, "Sonagachi Police Station"), (InstitutionType::Dlsa, "Kolkata DLSA")] {
        let new = NewInstitution { kind, name: name.to_owned(), district: district.clone() };
        ids.push(store.add_institution(&Accessor::cli(), &new).await.expect("institution"));
    }
    ids
}

/// The leader plans a round of Utthan rating both institutions, through the planning page.
pub async fn planned_round(app: &App, w: &World, leader: &mut Browser, places: &[InstitutionId]) -> i64 {
    let form = leader.get(&format!("/collectives/{}/rounds/new", w.utthan)).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let utthan = w.utthan.0.to_string();
    let a = places[0].0.to_string();
    let b = places[1].0.to_string();
    let fields = [
        ("title", "Winter 2026"),
        ("start", "2026-11-01"),
        ("end", "2026-12-31"),
        ("template", "standard"),
        ("collectives", utthan.as_str()),
        ("institutions", a.as_str()),
        ("institutions", b.as_str()),
    ];
    let r = leader.post(&format!("/collectives/{}/rounds/new", w.utthan), &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let at = r.location().expect("to the round").trim_start_matches("/rounds/").to_owned();
    let _ = app;
    at.parse().expect("a round id")
}

/// Every indicator of the standard template asked about `kind`, answered with `point`.
fn answers(kind: InstitutionType, point: usize) -> Vec<(String, String)> {
    let t = dhruva_forms::scorecard::template("standard").expect("the standard template");
    t.indicators_for(kind).iter().map(|i| (i.code.clone(), point.min(t.form.scale(&i.scale).map_or(1, |s| s.points.len()) - 1).to_string())).collect()
}

async fn rate(b: &mut Browser, round: i64, inst: InstitutionId, kind: InstitutionType, point: usize) -> Page {
    let page = b.get(&format!("/rounds/{round}/rate/{}", inst.0)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let owned = answers(kind, point);
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post(&format!("/rounds/{round}/rate/{}", inst.0), &fields).await
}

pub async fn a_round_is_planned_opened_rated_and_followed_by_counts_only(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    let page = leader.get(&format!("/rounds/{round}")).await;
    assert!(page.body.contains("Planned"), "{}", page.body);
    let opened = leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await;
    assert_eq!(opened.status, 303, "{}", opened.body);

    // Bina finds the round on her home page and rates both institutions.
    let mut bina = app.signed_in("bina").await;
    let home = bina.get("/").await;
    assert!(home.body.contains(&format!("class=\"button rate-link\" href=\"/rounds/{round}/rate\"")), "{}", home.body);
    let form = bina.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await;
    for (code, _) in answers(InstitutionType::PoliceStation, 0) {
        assert!(form.body.contains(&format!("type=\"radio\" name=\"{code}\"")), "no {code} in {}", form.body);
    }
    assert!(form.body.contains("id=\"rating-submit\""));
    let saved = rate(&mut bina, round, places[0], InstitutionType::PoliceStation, 0).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), Some(format!("/rounds/{round}/rate/{}?saved=1", places[1].0).as_str()), "on to the next one");
    // She changes her mind: her earlier answers are shown, and replaced.
    let again = bina.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await;
    assert!(again.body.contains("value=\"0\" checked"), "her answers are shown to her");
    assert_eq!(rate(&mut bina, round, places[0], InstitutionType::PoliceStation, 4).await.status, 303);
    let changed = bina.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await;
    assert!(changed.body.contains("value=\"4\" checked") && !changed.body.contains("value=\"0\" checked"), "{}", changed.body);

    // Asha, a member as well as the leader, rates too: two of Utthan's three have rated.
    assert_eq!(rate(&mut leader, round, places[1], InstitutionType::Dlsa, 2).await.status, 303);
    let progress = leader.get(&format!("/rounds/{round}")).await;
    assert!(progress.body.contains("id=\"round-progress\""), "{}", progress.body);
    assert!(progress.body.contains("2 of 3 members have rated"), "{}", progress.body);
    for marker in ["checked", "type=\"radio\"", "value=\"4\""] {
        assert!(!progress.body.contains(marker), "the round page shows no answer ({marker})");
    }
    // The facilitator follows the counts too, and never an answer.
    let mut facilitator = app.signed_in("facilitator").await;
    let seen = facilitator.get(&format!("/rounds/{round}")).await;
    assert!(seen.body.contains("2 of 3 members have rated") && !seen.body.contains("checked"), "{}", seen.body);
    assert_eq!(facilitator.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await.status, 404, "nobody else opens her rating");

    // A member of another collective cannot rate: the round is not there for her.
    let mut chitra = app.signed_in("chitra").await;
    assert_eq!(chitra.get(&format!("/rounds/{round}/rate")).await.status, 404);
    assert_eq!(chitra.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await.status, 404);
    let fields = answers(InstitutionType::PoliceStation, 1);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(chitra.post(&format!("/rounds/{round}/rate/{}", places[0].0), &fields).await.status, 404);
    assert_eq!(chitra.get(&format!("/rounds/{round}")).await.status, 404);

    // Closed: ratings are refused with a clear message; a stale button says what happened.
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await.status, 303);
    let late = bina.post(&format!("/rounds/{round}/rate/{}", places[1].0), &fields).await;
    assert_eq!(late.status, 409, "{}", late.body);
    assert!(late.body.contains("This round is not open"), "{}", late.body);
    assert!(bina.get(&format!("/rounds/{round}/rate")).await.body.contains("id=\"rating-closed\""));
    let stale = leader.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("This step has already been taken"), "{}", stale.body);
    // Publishing is for the organiser's leader, not the facilitator.
    let by_facilitator = facilitator.post(&format!("/rounds/{round}/advance"), &[("from", "closed"), ("confirm", "yes")]).await;
    assert_eq!(by_facilitator.status, 403);
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "closed"), ("confirm", "yes")]).await.status, 303);
    assert!(leader.get(&format!("/rounds/{round}")).await.body.contains("Published"));
}

pub async fn a_rating_with_a_question_unanswered_is_shown_again_with_a_message_in_her_language(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await;
    let mut bina = app.signed_in("bina").await;
    bina.post("/language", &[("lang", "bn"), ("back", "/")]).await;
    bina.get(&format!("/rounds/{round}/rate/{}", places[0].0)).await;
    let mut some = answers(InstitutionType::PoliceStation, 1);
    some.pop();
    let fields: Vec<(&str, &str)> = some.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = bina.post(&format!("/rounds/{round}/rate/{}", places[0].0), &fields).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("<html lang=\"bn\">") && r.body.contains("class=\"error\""), "{}", r.body);
    assert!(r.body.contains("value=\"1\" checked"), "what she chose is kept");
    assert!(app.store().my_rated_institutions(w.bina, dhruva_core::RoundId(round)).await.expect("read").is_empty(), "nothing saved");
}

pub async fn a_rating_without_its_csrf_token_is_refused_and_saves_nothing(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await;
    let mut bina = app.signed_in("bina").await;
    let owned = answers(InstitutionType::PoliceStation, 1);
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = bina.post_raw(&format!("/rounds/{round}/rate/{}", places[0].0), &fields, &[]).await;
    assert_eq!(r.status, 403);
    let r = leader.post_raw(&format!("/rounds/{round}/advance"), &[("from", "open")], &[]).await;
    assert_eq!(r.status, 403);
    assert!(app.store().my_rated_institutions(w.bina, dhruva_core::RoundId(round)).await.expect("read").is_empty());
}

/// Posts a CSV file the way a browser's file upload does, with the page's CSRF token.
async fn upload(app: &App, b: &Browser, token: Option<&str>, csv: &str) -> (u16, String) {
    let boundary = "----dhruvatestboundary";
    let mut body = String::new();
    if let Some(t) = token {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{t}\r\n"));
    }
    body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"i.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"));
    let cookies = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = reqwest::Client::new()
        .post(format!("{}/institutions/import", app.base))
        .header(CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(COOKIE, cookies)
        .body(body)
        .send()
        .await
        .expect("upload");
    (r.status().as_u16(), r.text().await.expect("body"))
}

pub async fn an_import_with_a_bad_row_imports_nothing_and_names_the_row(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut admin = app.signed_in("admin").await;
    let form = admin.get("/institutions/import").await;
    assert!(form.body.contains("type,name,district_code"), "a sample header is shown");
    let token = form.csrf().expect("a token");
    let bad = "type,name,district_code\npolice_station,Sonagachi PS,WB-kolkata\nspaceship,Moon Base,WB-kolkata\n";
    let (status, body) = upload(&app, &admin, Some(&token), bad).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("<td>3</td><td>type</td><td>This is not a known type of institution.</td>"), "{body}");
    assert!(app.store().institutions(&InstitutionFilter::default()).await.expect("list").is_empty(), "nothing imported");
    let (status, _) = upload(&app, &admin, None, "type,name,district_code\npolice_station,Sonagachi PS,WB-kolkata\n").await;
    assert_eq!(status, 403, "an upload without the token is refused");
    let good = "type,name,district_code\npolice_station,Sonagachi PS,WB-kolkata\ndlsa,Kolkata DLSA,WB-kolkata\n";
    let (status, body) = upload(&app, &admin, Some(&token), good).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("2 institutions were imported"), "{body}");
    assert_eq!(app.store().institutions(&InstitutionFilter::default()).await.expect("list").len(), 2);
    // A member may not import, and the page is not there for her.
    let mut bina = app.signed_in("bina").await;
    assert_eq!(bina.get("/institutions/import").await.status, 404);
}

/// An open round of Utthan over both institutions, seeded through the store, for the tests
/// that visit every page: (round, one institution).
pub async fn open_round(store: &Store, w: &World) -> (i64, i64) {
    let places = institutions(store).await;
    let new = dhruva_store::scorecards::NewRound {
        organiser: w.utthan,
        collectives: vec![w.utthan],
        institutions: places.clone(),
        template: "standard".to_owned(),
        title: "Winter 2026".to_owned(),
        period_start: time::macros::date!(2026 - 11 - 01),
        period_end: time::macros::date!(2026 - 12 - 31),
        previous: None,
    };
    let round = store.plan_round(&Accessor::cli(), &new).await.expect("planned");
    store.advance_round(&Accessor::cli(), round, dhruva_core::scorecard::RoundStatus::Planned).await.expect("opened");
    (round.0, places[0].0)
}
