//! No individual rating is reachable through any score card page, file or API, by any role:
//! only the member herself ever reads her own answers (through the rating pages, not here).

use crate::app::{Api, App};
use crate::reports_pages::assert_suppressed;
use crate::reports_world::{self, BINA_POINTS, HOSPITAL, RATED};
use crate::world::{World, PASSWORD};
use dhruva_store::testing::TestDb;

pub async fn no_individual_rating_is_reachable_by_any_role_through_any_route(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let id = s.round.0;
    // Bina alone rated the hospital; were a cell of it shown, its mean would be her answer.
    let her_values: Vec<String> = BINA_POINTS.iter().map(|p| format!("\"mean\": {}.0", p + 1)).collect();
    let routes = [format!("/rounds/{id}/scorecard"), format!("/rounds/{id}/scorecard.csv"), format!("/rounds/{id}/scorecard.json")];
    let mut fetched = 0;
    for user in ["asha", "bina", "chitra", "saans-leader", "facilitator", "analyst", "admin"] {
        let mut b = app.browser();
        assert_eq!(b.login(user, PASSWORD).await.status, 303);
        for path in &routes {
            let page = b.get(path).await;
            if page.status != 200 {
                assert_eq!(page.status, 404, "{user} {path}");
                continue;
            }
            fetched += 1;
            if path.ends_with(".json") {
                assert_suppressed(&page.json(), &s);
                for v in &her_values {
                    let hospital = page.body.split(HOSPITAL).nth(1).unwrap_or("").split("\"id\"").next().unwrap_or("");
                    assert!(!hospital.contains(v.as_str()), "{user} {path}: her answer {v}");
                }
            }
            if path.ends_with(".csv") {
                for line in page.body.lines().filter(|l| l.contains(HOSPITAL)) {
                    assert!(line.contains(",suppressed,") || line.contains(",no_ratings,"), "{user}: {line}");
                }
            }
        }
        let api = Api::new(&app, Some(&crate::reports_pages::token(&app, user).await));
        let r = api.get(&format!("/api/v1/rounds/{id}/scorecard")).await;
        if r.status == 200 {
            assert_suppressed(&r.json(), &s);
        } else {
            assert_eq!(r.status, 404, "{user} API");
        }
        let fed = b.get("/federation/scorecards.json?year=2026").await;
        assert!(fed.status == 200 || fed.status == 404, "{user} federation");
    }
    assert!(fetched >= 12, "the allowed roles did fetch the score card ({fetched})");
    let slug = reports_world::publish(app.store(), &s).await;
    let mut stranger = app.browser();
    for path in [format!("/public/scorecards/{slug}"), format!("/public/scorecards/{slug}.csv"), format!("/public/scorecards/{slug}.json")] {
        let page = stranger.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        if path.ends_with(".json") {
            assert_suppressed(&page.json(), &s);
        }
    }
    // The analyst's federation view, once she makes a snapshot, counts the published round,
    // the hospital still hidden.
    let mut analyst = app.browser();
    analyst.login("analyst", PASSWORD).await;
    assert_eq!(analyst.get("/federation/scorecards?year=2026").await.status, 200);
    assert_eq!(analyst.post("/federation/scorecards/snapshot", &[("year", "2026")]).await.status, 303);
    let fed = analyst.get("/federation/scorecards.json?year=2026").await;
    assert_eq!(fed.status, 200);
    let fed = fed.json();
    assert_eq!(fed["rounds"], 1);
    let card = &fed["scorecards"][0];
    let hospital = card["by_type"].as_array().expect("types").iter().find(|r| r["key"] == "hospital").expect("hospital type");
    for (j, _) in RATED.iter().enumerate() {
        assert_ne!(hospital["cells"][j]["status"], "shown");
    }
    assert_eq!(analyst.get("/federation/scorecards?year=2026").await.status, 200);
    let mut leader = app.browser();
    leader.login("asha", PASSWORD).await;
    assert_eq!(leader.get("/federation/scorecards?year=2026").await.status, 404, "the federation view is the analyst's");
}
