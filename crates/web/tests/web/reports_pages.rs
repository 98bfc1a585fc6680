//! Score card reports over HTTP: who sees a round's score card, what is suppressed in every
//! output, and the public page of a published round.

use crate::app::{Api, App, Page};
use crate::reports_world::{self, Scored, FOCUS_REASON, HOSPITAL, ROUND_TITLE};
use crate::world::World;
use dhruva_store::testing::TestDb;
use serde_json::Value;

pub async fn token(app: &App, user: &str) -> String {
    let account = app.store().account_by_username(user).await.expect("read").expect("exists");
    app.store().create_api_token(&dhruva_store::Accessor::cli(), account.id, "tests").await.expect("token").expose().clone()
}

/// The cells of one institution's row in a score card's JSON.
fn institution_cells(card: &Value, id: i64) -> &Vec<Value> {
    let rows = card["by_institution"].as_array().expect("rows");
    let row = rows.iter().find(|r| r["id"] == id).expect("the institution is listed");
    row["cells"].as_array().expect("cells")
}

fn all_rows(card: &Value) -> Vec<&Value> {
    let mut rows = vec![&card["total"]];
    for level in ["by_state", "by_district", "by_type", "by_institution"] {
        rows.extend(card[level].as_array().expect("rows"));
    }
    rows
}

/// Nothing under k is shown, the lone-rated hospital is hidden on every indicator, and in
/// the total (which holds all three institutions) never exactly one cell is hidden — one
/// hidden cell could be had by subtracting the others from the total.
pub fn assert_suppressed(card: &Value, s: &Scored) {
    let k = card["k"].as_u64().expect("k");
    for row in all_rows(card) {
        for c in row["cells"].as_array().expect("cells") {
            if c["status"] == "shown" {
                assert!(c["n"].as_u64().expect("n") >= k, "a shown cell under k: {c}");
            }
        }
    }
    let indicators = card["indicators"].as_array().expect("indicators").len();
    for j in 0..indicators {
        let hospital = &institution_cells(card, s.hospital.0)[j];
        assert_ne!(hospital["status"], "shown", "the hospital's indicator {j}");
        if hospital["status"] == "no_ratings" {
            continue;
        }
        let leaves = [s.police.0, s.dlsa.0, s.hospital.0].map(|id| institution_cells(card, id)[j]["status"] != "shown");
        let hidden = leaves.iter().filter(|h| **h).count() + usize::from(card["total"]["cells"][j]["status"] != "shown");
        assert!(hidden != 1, "indicator {j}: exactly one hidden cell in the total's group is recoverable");
        let hospital_type = card["by_type"].as_array().expect("types").iter().find(|r| r["key"] == "hospital").expect("hospital type");
        assert_ne!(hospital_type["cells"][j]["status"], "shown", "the hospital is the only one of its type");
    }
}

fn csv_rows(body: &str) -> Vec<Vec<String>> {
    body.lines().skip(1).map(|l| l.split(',').map(str::to_owned).collect()).collect()
}

fn assert_csv_suppressed(page: &Page, s: &Scored) {
    assert_eq!(page.status, 200);
    let rows = csv_rows(&page.body);
    assert!(!rows.is_empty());
    for r in &rows {
        // template, level, key, name, indicator, status, n, …
        if r[5] == "shown" {
            assert!(r[6].parse::<u64>().expect("n") >= 5, "a shown row under k: {r:?}");
        } else {
            assert!(r[6..].iter().all(String::is_empty), "a hidden row carries numbers: {r:?}");
        }
        if r[1] == "institution" && r[2] == s.hospital.to_string() {
            assert_ne!(r[5], "shown", "{r:?}");
        }
    }
}

/// The text of some markup, tags left out.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The hospital's rows in the page's tables carry the note and no number.
fn assert_page_suppressed(page: &Page) {
    assert_eq!(page.status, 200, "{}", page.body);
    let mut seen = 0;
    for row in page.body.split("<tr>").map(|r| &r[..r.find("</tr>").unwrap_or(r.len())]).filter(|r| r.contains(HOSPITAL) && r.contains("<td")) {
        seen += 1;
        let cells = text(&row[row.find("</small></td>").expect("the name cell")..]);
        assert!(cells.contains("fewer than 5 raters") || cells.contains("No ratings"), "{row}");
        assert!(!cells.chars().any(|c| c.is_ascii_digit() && c != '5'), "a number beside the hospital: {row}");
    }
    assert!(seen >= 4, "the hospital has a row per rated indicator");
    assert!(!page.body.contains(&format!("{HOSPITAL}: ")), "no bar for the hospital in any chart");
}

pub async fn a_lone_raters_institution_is_hidden_in_the_page_files_api_and_public_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let mut leader = app.signed_in("asha").await;
    let id = s.round.0;
    let page = leader.get(&format!("/rounds/{id}/scorecard")).await;
    assert_page_suppressed(&page);
    assert!(page.body.contains(ROUND_TITLE) && page.body.contains("<svg"), "title and charts");
    assert!(page.body.contains(FOCUS_REASON), "members' own page shows the focus group's reasons");
    assert_csv_suppressed(&leader.get(&format!("/rounds/{id}/scorecard.csv")).await, &s);
    let json = leader.get(&format!("/rounds/{id}/scorecard.json")).await;
    assert_eq!(json.status, 200);
    assert_suppressed(&json.json(), &s);
    let api = Api::new(&app, Some(&token(&app, "asha").await));
    let r = api.get(&format!("/api/v1/rounds/{id}/scorecard")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_suppressed(&r.json(), &s);
    assert!(api.get("/api/v1/openapi.json").await.body.contains("/api/v1/rounds/{id}/scorecard"));

    let slug = reports_world::publish(app.store(), &s).await;
    let mut stranger = app.browser();
    let public = stranger.get(&format!("/public/scorecards/{slug}")).await;
    assert_page_suppressed(&public);
    assert!(!public.body.contains(FOCUS_REASON), "a focus group's reasons are never public");
    assert!(!public.body.contains("Inspector Roy"), "nor a name in the action plan");
    assert!(public.body.contains("Open a help desk"), "the action plan is public");
    assert_csv_suppressed(&stranger.get(&format!("/public/scorecards/{slug}.csv")).await, &s);
    assert_suppressed(&stranger.get(&format!("/public/scorecards/{slug}.json")).await.json(), &s);
}

pub async fn a_member_of_another_collective_finds_no_score_card(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let id = s.round.0;
    for user in ["chitra", "saans-leader", "admin"] {
        let mut b = app.signed_in(user).await;
        for path in [
            format!("/rounds/{id}/scorecard"),
            format!("/rounds/{id}/scorecard.csv"),
            format!("/rounds/{id}/scorecard.json"),
            "/rounds/999999/scorecard".to_owned(),
        ] {
            assert_eq!(b.get(&path).await.status, 404, "{user} {path}");
        }
        let api = Api::new(&app, Some(&token(&app, user).await));
        assert_eq!(api.get(&format!("/api/v1/rounds/{id}/scorecard")).await.status, 404, "{user} API");
    }
    for user in ["bina", "facilitator", "analyst"] {
        assert_eq!(app.signed_in(user).await.get(&format!("/rounds/{id}/scorecard")).await.status, 200, "{user}");
    }
}

pub async fn the_public_page_exists_only_after_publishing_and_needs_no_login(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let mut stranger = app.browser();
    let list = stranger.get("/public/scorecards").await;
    assert_eq!(list.status, 200);
    assert!(!list.body.contains(ROUND_TITLE), "not listed before publishing");
    assert_eq!(stranger.get("/public/scorecards/not-a-slug").await.status, 404);
    let slug = reports_world::publish(app.store(), &s).await;
    let list = stranger.get("/public/scorecards").await;
    assert!(list.body.contains(ROUND_TITLE) && list.body.contains(&slug));
    let page = stranger.get(&format!("/public/scorecards/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"quick-exit\"") && page.body.contains("name=\"lang\" value=\"bn\""));
    // The language switcher works from the public page, for someone never signed in.
    let back = format!("/public/scorecards/{slug}");
    let switched = stranger.post("/language", &[("lang", "bn"), ("back", &back)]).await;
    assert_eq!(switched.status, 303);
    let bn = stranger.get(&back).await;
    assert!(bn.body.contains("<html lang=\"bn\"") && bn.body.contains("জনের কম মূল্যায়নকারী"), "the page in Bengali");
    // Signed in or not, the public page is the same: no session is read there.
    let mut leader = app.signed_in("asha").await;
    let as_leader = leader.get(&back).await;
    assert_eq!(as_leader.status, 200);
    assert!(!as_leader.body.contains(FOCUS_REASON) && !as_leader.body.contains("/logout"));
}
