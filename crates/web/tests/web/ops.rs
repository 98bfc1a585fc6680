use crate::app::App;
use crate::world::{World, ASHA_NAME, BINA_NAME, PASSWORD};
use dhruva_store::testing::TestDb;

pub async fn health_is_reported_from_the_database(db: TestDb) {
    let app = App::start(db).await;
    let r = app.browser().get("/healthz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "ok\n");
}

pub async fn metrics_name_routes_but_never_ids_codes_or_names(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    app.browser().login("asha", "wrong password").await;
    b.get(&format!("/members/{}", w.bina)).await;
    b.get(&format!("/collectives/{}", w.utthan)).await;
    b.get("/no/such/page").await;
    let m = b.get("/metrics").await;
    assert_eq!(m.status, 200);
    for expected in [
        "dhruva_http_requests_total{route=\"/members/{id}\",method=\"GET\",status=\"2xx\"} 1",
        "route=\"unmatched\"",
        "dhruva_logins_total{outcome=\"succeeded\"} 1",
        "dhruva_logins_total{outcome=\"failed\"} 1",
        "dhruva_members 4",
        "dhruva_collectives 2",
        "dhruva_http_request_duration_seconds_bucket",
    ] {
        assert!(m.body.contains(expected), "{expected} missing from\n{}", m.body);
    }
    for leak in [w.asha_code.as_str(), w.bina_code.as_str(), ASHA_NAME, BINA_NAME, "asha", &format!("/members/{}\"", w.bina), "/no/such"] {
        assert!(!m.body.contains(leak), "{leak} in metrics");
    }
}
