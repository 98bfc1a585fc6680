use crate::app::{App, Browser};
use crate::world::{World, PASSWORD};
use dhruva_core::registry::Language;
use dhruva_store::testing::TestDb;

/// `form-action` names the quick-exit site (configured as https://example.org/weather):
/// browsers apply it to the redirect that answers the quick-exit form.
const CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' https://example.org; frame-ancestors 'none'; base-uri 'none'";

/// The pages each kind of visitor sees, to check them all alike.
async fn every_page(app: &App, w: &World) -> Vec<(String, Browser, String)> {
    let mut out = Vec::new();
    let anonymous = app.browser();
    for path in ["/login", "/no-such-page", "/erased", "/privacy"] {
        out.push((format!("anonymous {path}"), app.browser(), path.to_owned()));
    }
    drop(anonymous);
    // A closed, published score card round beside the rest, so its pages are checked too.
    let scored = crate::reports_world::seed(app.store(), w).await;
    let slug = crate::reports_world::publish(app.store(), &scored).await;
    let report = format!("/rounds/{}/scorecard", scored.round.0);
    for path in ["/public/scorecards".to_owned(), format!("/public/scorecards/{slug}")] {
        out.push((format!("anonymous {path}"), app.browser(), path));
    }
    let (round, inst) = crate::scorecards_rounds::open_round(app.store(), w).await;
    let (case, _) = crate::cases_world::seed_case_with_letter(app.store(), w).await;
    let by_user: [(&str, Vec<String>); 5] = [
        (
            "asha",
            vec![
                "/".into(),
                "/collectives".into(),
                format!("/collectives/{}", w.utthan),
                format!("/members/{}", w.bina),
                "/profile".into(),
                "/profile/edit".into(),
                format!("/members/{}", w.chitra),
                "/requests".into(),
                format!("/members/{}/requests", w.asha),
                format!("/members/{}/consents", w.bina),
                format!("/members/{}/mentors", w.bina),
                format!("/members/{}/guardian", w.bina),
                "/federation/media".into(),
                report.clone(),
                "/privacy".into(),
                format!("/collectives/{}/rounds", w.utthan),
                format!("/collectives/{}/rounds/new", w.utthan),
                format!("/collectives/{}/members/new", w.utthan),
                format!("/members/{}/registered", w.bina),
                format!("/rounds/{round}"),
                format!("/rounds/{round}/focus-group/{inst}"),
                format!("/rounds/{round}/meeting"),
                format!("/rounds/{round}/actions"),
                "/institutions/new".into(),
                format!("/collectives/{}/casework", w.utthan),
                format!("/collectives/{}/reminders", w.utthan),
                format!("/collectives/{}/cases/import", w.utthan),
                format!("/collectives/{}/members/import", w.utthan),
                format!("/collectives/{}/casework/figures", w.utthan),
                format!("/members/{}/account", w.bina),
                format!("/collectives/{}/offices", w.utthan),
                format!("/collectives/{}/offices/handover", w.utthan),
                format!("/members/{}/membership", w.bina),
            ],
        ),
        (
            "bina",
            vec![
                "/".into(),
                "/profile".into(),
                "/profile/edit".into(),
                "/profile/data".into(),
                "/profile/requests".into(),
                "/profile/grievances".into(),
                "/profile/erase".into(),
                "/profile/consents".into(),
                "/profile/mentors".into(),
                "/profile/access-log".into(),
                format!("/members/{}/membership", w.bina),
                report.clone(),
                format!("/rounds/{round}/rate"),
                format!("/rounds/{round}/rate/{inst}"),
                "/cases".into(),
                "/cases/new".into(),
                "/cases/new?kind=compensation".into(),
                format!("/cases/{case}"),
                format!("/cases/{case}/edit"),
                format!("/cases/{case}/letters"),
                "/reminders".into(),
            ],
        ),
        (
            "facilitator",
            vec!["/".into(), format!("/collectives/{}", w.utthan), format!("/members/{}", w.asha), format!("/rounds/{round}/self-assessment/{inst}")],
        ),
        (
            "analyst",
            vec![
                "/".into(),
                "/collectives".into(),
                format!("/collectives/{}", w.utthan),
                "/federation/contacts".into(),
                "/federation/research".into(),
                "/federation/scorecards?year=2026".into(),
                "/federation/casework".into(),
                report.clone(),
                "/federation/media".into(),
            ],
        ),
        (
            "admin",
            vec![
                "/".into(),
                "/collectives".into(),
                format!("/collectives/{}", w.utthan),
                format!("/members/{}", w.asha),
                "/grievances".into(),
                "/institutions".into(),
                "/institutions/import".into(),
                "/staff".into(),
                "/staff/new".into(),
                "/accounts".into(),
            ],
        ),
    ];
    for (user, paths) in by_user {
        for path in paths {
            let mut b = app.browser();
            assert_eq!(b.login(user, PASSWORD).await.status, 303, "{user} logs in");
            out.push((format!("{user} {path}"), b, path));
        }
    }
    out
}

pub async fn every_response_carries_the_security_headers(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut css_url = String::new();
    for (label, mut b, path) in every_page(&app, &w).await {
        let r = b.get(&path).await;
        assert_eq!(r.header("content-security-policy"), Some(CSP), "{label}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{label}");
        assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{label}");
        assert!(r.header("permissions-policy").is_some_and(|p| p.contains("camera=()")), "{label}");
        assert_eq!(r.header("cache-control"), Some("no-store"), "{label}: the back button shows nothing");
        let at = r.body.find("/static/dhruva.").expect("the stylesheet");
        css_url = r.body[at..at + r.body[at..].find('"').expect("quoted")].to_owned();
    }
    let mut b = app.browser();
    for path in ["/healthz", "/api/v1/openapi.json", "/api/v1/collectives"] {
        let r = b.get(path).await;
        assert_eq!(r.header("content-security-policy"), Some(CSP), "{path}");
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
    }
    let css = b.get(&css_url).await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(css.header("cache-control").is_some_and(|c| c.contains("immutable")), "the hashed stylesheet is cached for long");
    assert_eq!(b.get("/static/dhruva.0000.css").await.status, 404);
}

pub async fn no_page_carries_script_or_inline_style(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    for (label, mut b, path) in every_page(&app, &w).await {
        let body = b.get(&path).await.body.to_lowercase();
        for banned in ["<script", " style=", " onclick=", " onload=", "javascript:"] {
            assert!(!body.contains(banned), "{label} contains {banned}");
        }
        assert!(body.starts_with("<!doctype html>\n<html lang=\""), "{label}");
    }
}

pub async fn every_page_with_its_css_weighs_at_most_30_kb_gzipped(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut report = Vec::new();
    let mut css_bytes = None;
    for (label, mut b, path) in every_page(&app, &w).await {
        let html = b.get_gzipped(&path).await;
        assert_eq!(html.header("content-encoding"), Some("gzip"), "{label}");
        if css_bytes.is_none() {
            let page = b.get(&path).await;
            let at = page.body.find("/static/dhruva.").expect("the stylesheet");
            let url = &page.body[at..at + page.body[at..].find('"').expect("quoted")];
            let css = b.get_gzipped(url).await;
            assert_eq!(css.header("content-encoding"), Some("gzip"));
            css_bytes = Some(css.raw_len);
        }
        let css = css_bytes.unwrap_or_default();
        report.push(format!("{label}: html {} B + css {css} B gzipped", html.raw_len));
        assert!(html.raw_len + css <= 30 * 1024, "{label} weighs {} bytes", html.raw_len + css);
    }
    eprintln!("page weights:\n  {}", report.join("\n  "));
}

pub async fn the_login_page_speaks_bengali_after_the_switcher(db: TestDb) {
    let app = App::start(db).await;
    let mut b = app.browser();
    let english = b.get("/login").await;
    assert!(english.body.contains("<html lang=\"en\">") && english.body.contains("Password"));
    let r = b.post("/language", &[("lang", "bn"), ("back", "/login")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/login"));
    assert_eq!(b.cookies.get("dhruva_lang").map(String::as_str), Some("bn"));
    let bengali = b.get("/login").await;
    assert!(bengali.body.contains("<html lang=\"bn\">"));
    for text in ["লগ ইন", "পাসওয়ার্ড", "ইউজারনেম বা মোবাইল নম্বর", "এখনই বেরিয়ে যান"]
    {
        assert!(bengali.body.contains(text), "no {text} in {}", bengali.body);
    }
    assert!(!bengali.body.contains("Password"));
    // The failure message is Bengali too.
    let failed = b.post("/login", &[("login", "nobody"), ("password", "wrong password")]).await;
    assert!(failed.body.contains("পাসওয়ার্ড ঠিক নয়"), "{}", failed.body);
}

pub async fn the_login_page_speaks_bengali_to_a_phone_set_to_bengali(db: TestDb) {
    let app = App::start(db).await;
    let mut b = app.browser();
    b.accept_language = Some("bn-IN,bn;q=0.9,en-US;q=0.8,en;q=0.7".into());
    let page = b.get("/login").await;
    assert!(page.body.contains("<html lang=\"bn\">"));
    assert!(page.body.contains("পাসওয়ার্ড"));
    b.accept_language = Some("te-IN".into());
    assert!(b.get("/login").await.body.contains("పాస్‌వర్డ్"));
    b.accept_language = Some("fr-FR, de".into());
    assert!(b.get("/login").await.body.contains("<html lang=\"en\">"));
}

pub async fn a_language_chosen_while_logged_in_is_kept_on_her_account(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    b.login("asha", PASSWORD).await;
    b.get(&format!("/collectives/{}", w.utthan)).await;
    let r = b.post("/language", &[("lang", "hi"), ("back", &format!("/collectives/{}", w.utthan))]).await;
    assert_eq!(r.location(), Some(format!("/collectives/{}", w.utthan).as_str()));
    let account = app.store().account(w.leader).await.expect("read").expect("found");
    assert_eq!(account.language, Language::Hindi);
    // On another phone, with no language cookie and an English browser, she gets Hindi.
    let mut other = app.browser();
    other.accept_language = Some("en".into());
    other.login("asha", PASSWORD).await;
    let home = other.get("/").await;
    assert!(home.body.contains("<html lang=\"hi\">"), "{}", home.body);
    assert!(home.body.contains("मुख्य पन्ना"));
    // A hostile "back" goes home instead.
    let r = other.post("/language", &[("lang", "te"), ("back", "//evil.example/")]).await;
    assert_eq!(r.location(), Some("/"));
}

pub async fn the_hooks_the_browser_test_relies_on_are_in_place(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.browser();
    let login = b.get("/login").await;
    for hook in ["action=\"/login\"", "name=\"login\"", "name=\"password\"", "id=\"login-submit\"", "id=\"quick-exit\""] {
        assert!(login.body.contains(hook), "{hook}");
    }
    for (code, name) in [("en", "English"), ("bn", "বাংলা"), ("hi", "हिन्दी"), ("te", "తెలుగు")] {
        assert!(login.body.contains(&format!("<button name=\"lang\" value=\"{code}\" lang=\"{code}\"")), "{code}");
        assert!(login.body.contains(&format!(">{name}</button>")), "{name}");
    }
    b.login("asha", PASSWORD).await;
    assert!(b.get("/").await.body.contains("class=\"collective-link\""));
    let collective = b.get(&format!("/collectives/{}", w.utthan)).await;
    assert_eq!(collective.body.matches("class=\"member-link\"").count(), 3);
    let member = b.get(&format!("/members/{}", w.bina)).await;
    assert!(member.body.contains(&format!("id=\"member-code\" class=\"code\">{}<", w.bina_code)));
    assert!(member.body.contains("id=\"member-name\""));
}
