use crate::app::{config, App};
use crate::world::{World, ASHA_PHONE, PASSWORD};
use dhruva_store::testing::TestDb;
use dhruva_web::WebConfig;
use std::time::Duration;

const SESSION: &str = "__Host-dhruva_session";

pub async fn a_person_logs_in_with_her_username_and_lands_on_her_home_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    let r = b.login("asha", PASSWORD).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/"));
    assert!(b.cookies.contains_key(SESSION));
    let home = b.get("/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains(&format!("class=\"collective-link\" href=\"/collectives/{}\"", w.utthan)), "{}", home.body);
    assert!(home.body.contains("logged in as leader"), "{}", home.body);
}

pub async fn a_person_logs_in_with_her_phone_number_however_it_is_written(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    for spelling in [ASHA_PHONE, "+91 98300 12345", "098300-12345"] {
        let mut b = app.browser();
        let r = b.login(spelling, PASSWORD).await;
        assert_eq!(r.status, 303, "{spelling}");
        assert_eq!(b.get("/").await.status, 200, "{spelling}");
    }
}

/// The error paragraph of a login page.
fn error_of(body: &str) -> &str {
    let start = body.find("<p class=\"error\"").expect("an error message");
    &body[start..start + body[start..].find("</p>").expect("closed")]
}

pub async fn a_wrong_password_and_an_unknown_account_get_the_same_answer(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let wrong = app.browser().login("asha", "not the password").await;
    let unknown = app.browser().login("nobody-here", "not the password").await;
    let unknown_phone = app.browser().login("9000000000", "not the password").await;
    for r in [&wrong, &unknown, &unknown_phone] {
        assert_eq!(r.status, 401);
        assert!(r.set_cookies().iter().all(|c| !c.starts_with(SESSION)));
    }
    assert_eq!(error_of(&wrong.body), error_of(&unknown.body));
    assert_eq!(error_of(&wrong.body), error_of(&unknown_phone.body));
    assert!(error_of(&wrong.body).contains("is not right"), "{}", wrong.body);
    // Her typing is given back whether or not such an account exists, so it tells nothing.
    assert!(wrong.body.contains("name=\"login\" value=\"asha\""), "the attempted name is kept: {}", wrong.body);
    assert!(unknown.body.contains("name=\"login\" value=\"nobody-here\""), "{}", unknown.body);
    assert!(!wrong.body.contains("not the password"), "the password is never given back");
}

pub async fn wrong_tries_through_her_username_and_her_phone_count_against_one_account(db: TestDb) {
    let config = WebConfig { login_first_wait: Duration::from_secs(600), ..config() };
    let app = App::start_with(db, config).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    for login in ["asha", "asha", "asha", ASHA_PHONE, "+91 98300 12345"] {
        assert_eq!(b.login(login, "wrong password!").await.status, 401, "{login}");
    }
    for _ in 0..5 {
        assert_eq!(b.login("nobody-here", "wrong password!").await.status, 401);
    }
    // Five failures across her two logins slow both; an unknown login is slowed the same way.
    let by_name = b.login("asha", PASSWORD).await;
    let by_phone = b.login("098300-12345", PASSWORD).await;
    let fake = b.login("nobody-here", PASSWORD).await;
    for r in [&by_name, &by_phone, &fake] {
        assert_eq!(r.status, 429);
        assert!(r.header("retry-after").is_some());
        // Ten minutes asked for the first wait, but no wait is longer than the two-minute cap.
        assert!(error_of(&r.body).contains("Too many tries. Please wait 2 minutes"), "{}", r.body);
    }
    assert_eq!(error_of(&by_name.body), error_of(&fake.body));
    assert!(b.get("/").await.location() == Some("/login"), "not logged in");
    // Another person's account is not affected.
    assert_eq!(app.browser().login("bina", PASSWORD).await.status, 303);
}

pub async fn the_right_password_works_after_five_failures_once_a_short_wait_is_over(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    for login in ["asha", ASHA_PHONE, "asha", ASHA_PHONE, "asha"] {
        assert_eq!(b.login(login, "wrong password!").await.status, 401, "{login}");
    }
    // A stranger who knows her name can make her wait seconds, not lock her out.
    let mut r = b.login("asha", PASSWORD).await;
    for _ in 0..3 {
        if r.status != 429 {
            break;
        }
        assert!(error_of(&r.body).contains("Too many wrong tries. Please wait"), "{}", r.body);
        let wait: u64 = r.header("retry-after").expect("retry-after").parse().expect("seconds");
        assert!(wait <= 2, "the first wait is the configured two seconds, not a lockout: {wait}");
        tokio::time::sleep(Duration::from_secs(wait)).await;
        r = b.login("asha", PASSWORD).await;
    }
    assert_eq!(r.status, 303);
    assert_eq!(b.get("/").await.status, 200);
}

pub async fn a_session_ends_at_its_lifetime_however_active(db: TestDb) {
    let config = WebConfig { session_lifetime: Duration::from_secs(3), ..config() };
    let app = App::start_with(db, config).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    assert_eq!(b.login("asha", PASSWORD).await.status, 303);
    for _ in 0..2 {
        assert_eq!(b.get("/").await.status, 200);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let r = b.get("/").await;
    assert_eq!(r.location(), Some("/login"), "never idle, but over");
    assert!(!b.cookies.contains_key(SESSION), "the browser is told to forget the session");
}

pub async fn many_names_tried_from_one_address_are_throttled(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    for i in 0..20 {
        assert_eq!(b.login(&format!("guess-{i}"), "wrong password!").await.status, 401);
    }
    assert_eq!(b.login("bina", PASSWORD).await.status, 429);
}

pub async fn an_idle_session_expires(db: TestDb) {
    let config = WebConfig { idle_timeout: Duration::from_secs(2), ..config() };
    let app = App::start_with(db, config).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    assert_eq!(b.login("asha", PASSWORD).await.status, 303);
    assert_eq!(b.get("/").await.status, 200);
    tokio::time::sleep(Duration::from_secs(4)).await;
    let r = b.get("/").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/login"));
    assert!(!b.cookies.contains_key(SESSION), "the browser is told to forget the session");
}

pub async fn logging_out_ends_the_session(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    b.get("/").await;
    let stolen = b.cookies.clone();
    let r = b.post("/logout", &[]).await;
    assert_eq!(r.location(), Some("/login"));
    assert!(!b.cookies.contains_key(SESSION));
    // The old cookie, replayed, opens nothing.
    let mut replay = app.browser();
    replay.cookies = stolen;
    assert_eq!(replay.get("/").await.location(), Some("/login"));
}

pub async fn logging_out_everywhere_ends_every_session(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let (mut phone, mut laptop, mut other) = (app.browser(), app.browser(), app.browser());
    phone.login("asha", PASSWORD).await;
    laptop.login("asha", PASSWORD).await;
    other.login("bina", PASSWORD).await;
    let profile = laptop.get("/profile").await;
    assert!(profile.body.contains("id=\"logout-everywhere\""));
    let r = laptop.post("/logout-everywhere", &[]).await;
    assert_eq!(r.location(), Some("/login"));
    assert_eq!(phone.get("/").await.location(), Some("/login"));
    assert_eq!(laptop.get("/").await.location(), Some("/login"));
    assert_eq!(other.get("/").await.status, 200, "only her own sessions end");
}

pub async fn session_cookies_are_secure_http_only_and_host_only(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let r = app.browser().login("asha", PASSWORD).await;
    let cookie = r.set_cookies().into_iter().find(|c| c.starts_with(SESSION)).expect("a session cookie");
    for part in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "gone when the browser closes: {cookie}");
}

pub async fn plain_http_deployments_get_plain_cookie_names(db: TestDb) {
    let app = App::start_with(db, WebConfig { secure_cookies: false, ..config() }).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    let r = b.login("asha", PASSWORD).await;
    let cookie = r.set_cookies().into_iter().find(|c| c.starts_with("dhruva_session=")).expect("a plain session cookie");
    assert!(!cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    assert_eq!(b.get("/").await.status, 200);
}

pub async fn quick_exit_ends_the_session_and_clears_the_site(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    let home = b.get("/").await;
    let body_start = home.body.find("<body>").expect("a body");
    let first_form = &home.body[body_start..home.body[body_start..].find("</form>").expect("a form") + body_start];
    assert!(first_form.contains("action=\"/exit\"") && first_form.contains("id=\"quick-exit\""), "quick exit comes first");
    let stolen = b.cookies.clone();
    let r = b.post("/exit", &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("https://example.org/weather"));
    assert_eq!(r.header("clear-site-data"), Some("\"cache\", \"storage\""));
    // Only her language stays: a code, so the login page she may come back to speaks it.
    assert_eq!(b.cookies.keys().collect::<Vec<_>>(), vec!["dhruva_lang"], "session and CSRF cookies expired: {:?}", b.cookies);
    let mut replay = app.browser();
    replay.cookies = stolen;
    assert_eq!(replay.get("/").await.location(), Some("/login"), "the session ended in the store");
}

pub async fn quick_exit_from_a_stale_page_still_leaves_but_ends_nothing(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    b.get("/").await;
    let cookies = b.cookies.clone();
    let r = b.post_raw("/exit", &[("csrf", "stale")], &[]).await;
    assert_eq!(r.location(), Some("https://example.org/weather"));
    assert!(r.header("clear-site-data").is_some());
    let mut same = app.browser();
    same.cookies = cookies;
    assert_eq!(same.get("/").await.status, 200, "a forged exit cannot end her session");
    // A cross-site exit is refused outright.
    let r = same.post_raw("/exit", &[], &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(r.status, 403);
}
