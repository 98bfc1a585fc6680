use crate::app::{config, Api, App};
use crate::world::{World, ASHA_NAME, BINA_NAME, PASSWORD};
use dhruva_core::Sensitive;
use dhruva_store::testing::TestDb;
use dhruva_web::WebConfig;

pub async fn health_is_reported_from_the_database(db: TestDb) {
    let app = App::start(db).await;
    let r = app.browser().get("/healthz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "ok\n");
}

const METRICS_TOKEN: &str = "a-metrics-token-of-enough-length";

pub async fn metrics_name_routes_but_never_ids_codes_or_names(db: TestDb) {
    let config = WebConfig { metrics_token: Some(Sensitive::new(METRICS_TOKEN.to_owned())), ..config() };
    let app = App::start_with(db, config).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    app.browser().login("asha", "wrong password").await;
    b.get(&format!("/members/{}", w.bina)).await;
    b.get(&format!("/collectives/{}", w.utthan)).await;
    b.get("/no/such/page").await;
    let m = Api::new(&app, Some(METRICS_TOKEN)).get("/metrics").await;
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

pub async fn metrics_are_not_found_without_the_configured_token(db: TestDb) {
    // No token configured: nobody gets them, signed in or not.
    let app = App::start(db).await;
    World::seed(app.store()).await;
    assert_eq!(app.browser().get("/metrics").await.status, 404);
    assert_eq!(app.signed_in("asha").await.get("/metrics").await.status, 404);
    assert_eq!(Api::new(&app, Some(METRICS_TOKEN)).get("/metrics").await.status, 404);
    // A token configured: only its bearer gets them; anyone else sees a path that is not there.
    let config = WebConfig { metrics_token: Some(Sensitive::new(METRICS_TOKEN.to_owned())), ..config() };
    let app = App::start_with(TestDb::sqlite().await, config).await;
    let anonymous = app.browser().get("/metrics").await;
    let unknown = app.browser().get("/no-such-path").await;
    assert_eq!(anonymous.status, 404);
    assert_eq!(unknown.status, 404);
    for wrong in ["a-metrics-token-of-enough-lengtH", "", "a-metrics-token"] {
        assert_eq!(Api::new(&app, Some(wrong)).get("/metrics").await.status, 404, "{wrong}");
    }
    let m = Api::new(&app, Some(METRICS_TOKEN)).get("/metrics").await;
    assert_eq!(m.status, 200);
    assert!(m.body.contains("dhruva_members"), "{}", m.body);
}
