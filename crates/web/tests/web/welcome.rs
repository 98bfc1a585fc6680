//! The login page as a first-week user meets it (issue 10, finding 5): her typing kept after
//! a refusal, who can help, and her language remembered — also past "Exit now".

use crate::app::App;
use crate::world::{World, PASSWORD};
use dhruva_core::registry::Language;
use dhruva_store::testing::TestDb;

/// The `<html lang>` of a page.
fn lang_of(body: &str) -> &str {
    let start = body.find("<html lang=\"").expect("an html element") + "<html lang=\"".len();
    &body[start..start + body[start..].find('"').expect("closed")]
}

/// The value of the login field, up to the attribute's closing quote.
fn login_value(body: &str) -> &str {
    let start = body.find("name=\"login\" value=\"").expect("the login field") + "name=\"login\" value=\"".len();
    &body[start..start + body[start..].find('"').expect("closed")]
}

pub async fn a_refused_login_keeps_the_username_never_the_password_and_says_who_can_help(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    b.accept_language = Some("bn-IN".into());
    let first = b.get("/login").await;
    assert!(first.body.contains("name=\"login\" value=\"\""), "an empty field at first: {}", first.body);
    assert!(first.body.contains("পাসওয়ার্ড ভুলে গেছেন? আপনার সংঘের নেত্রীর"), "who can help, in Bengali: {}", first.body);
    let r = b.post("/login", &[("login", "asha"), ("password", "Wrong Horse 77")]).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains("name=\"login\" value=\"asha\""), "{}", r.body);
    assert!(!r.body.contains("Wrong Horse 77"), "the password is never written back");
    assert!(!r.body.contains("type=\"password\" value="), "the password field stays empty");
    assert!(r.body.contains("id=\"login-help\""));
    // What she typed is written back as text, never as markup.
    let r = b.post("/login", &[("login", "\"><script>x</script>"), ("password", "x")]).await;
    assert_eq!(r.status, 401);
    assert!(!r.body.contains("<script>x"), "{}", r.body);
    let kept = login_value(&r.body);
    assert!(kept.contains("script") && !kept.contains(['<', '>']), "escaped inside the attribute: {kept}");
    // A very long paste is cut to what a login can be.
    let long = "৯".repeat(5000);
    let r = b.post("/login", &[("login", &long), ("password", "x")]).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains(&format!("value=\"{}\"", "৯".repeat(100))) && !r.body.contains(&"৯".repeat(101)));
    // The right password still works after the refusals.
    assert_eq!(b.post("/login", &[("login", "asha"), ("password", PASSWORD)]).await.status, 303);
}

pub async fn a_language_chosen_before_login_survives_exit_now_over_the_browsers_english(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    b.accept_language = Some("en-IN,en;q=0.9".into());
    assert_eq!(lang_of(&b.get("/login").await.body), "en");
    let r = b.post("/language", &[("lang", "bn"), ("back", "/login")]).await;
    assert_eq!(r.location(), Some("/login"));
    let cookie = r.set_cookies().into_iter().find(|c| c.starts_with("dhruva_lang=")).expect("a language cookie");
    for part in ["dhruva_lang=bn", "Max-Age=31536000", "HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    assert_eq!(lang_of(&b.get("/login").await.body), "bn", "the cookie wins over the browser's English");
    assert_eq!(b.login("asha", PASSWORD).await.status, 303);
    b.get("/").await;
    let r = b.post("/exit", &[]).await;
    assert_eq!(r.status, 303);
    assert!(!r.header("clear-site-data").unwrap_or("").contains("cookies"), "clearing every cookie would take her language too");
    assert_eq!(b.cookies.get("dhruva_lang").map(String::as_str), Some("bn"));
    assert!(!b.cookies.keys().any(|k| k.contains("session") || k.contains("csrf")), "{:?}", b.cookies);
    let login = b.get("/login").await;
    assert_eq!(login.status, 200);
    assert_eq!(lang_of(&login.body), "bn", "after Exit now the login page is in Bengali");
    assert!(login.body.contains("পাসওয়ার্ড"));
}

pub async fn her_accounts_language_is_written_down_at_exit_now(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    // She chose Telugu on another phone: it is on her account, not in this browser.
    let holder = dhruva_store::Accessor::account_holder(w.leader, dhruva_store::Channel::Web);
    app.store().set_account_language(&holder, w.leader, Language::Telugu).await.expect("set");
    let mut b = app.browser();
    b.accept_language = Some("en".into());
    b.login("asha", PASSWORD).await;
    assert!(!b.cookies.contains_key("dhruva_lang"));
    assert_eq!(lang_of(&b.get("/").await.body), "te");
    b.post("/exit", &[]).await;
    assert_eq!(b.cookies.get("dhruva_lang").map(String::as_str), Some("te"));
    assert_eq!(lang_of(&b.get("/login").await.body), "te");
    // A browser that never chose keeps nothing: its own language is not written down.
    let mut fresh = app.browser();
    fresh.accept_language = Some("hi".into());
    fresh.get("/login").await;
    let r = fresh.post("/exit", &[]).await;
    assert!(r.set_cookies().iter().all(|c| !c.starts_with("dhruva_lang=")), "{:?}", r.set_cookies());
}

pub async fn the_language_choice_comes_before_the_page_and_right_after_exit_now(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut b = app.browser();
    let page = b.get("/login").await;
    let body = &page.body;
    let exit = body.find("id=\"quick-exit\"").expect("exit");
    let langs = body.find("id=\"languages\"").expect("language choice");
    let main = body.find("<main").expect("main");
    assert!(exit < langs && langs < main, "exit, then languages, then the page");
    assert_eq!(body.matches("name=\"lang\" value=\"bn\"").count(), 1, "one language choice per page");
    assert!(body[langs..main].contains("aria-label=\"Language:\""), "named for screen readers");
}

/// The page's `<main>`, where the words under test are.
fn main_of(body: &str) -> &str {
    let start = body.find("<main").expect("main");
    &body[start..body.find("</main>").expect("closed")]
}

pub async fn her_reminders_page_says_what_is_due_on_her_cases_and_links_each(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let cased = crate::casework_world::seed(app.store(), &w).await;
    let mut b = app.signed_in("bina").await;
    let page = b.get("/reminders").await;
    assert_eq!(page.status, 200);
    let main = main_of(&page.body);
    assert!(main.contains("What is due on your cases"), "{main}");
    assert!(main.contains(&format!("href=\"/cases/{}\"", cased.bina_legal.0)), "her coming hearing leads to its case: {main}");
    assert!(main.contains(&format!("href=\"/cases/{}\"", cased.bina_overdue.0)), "{main}");
    assert!(!main.contains(&format!("href=\"/cases/{}\"", cased.dipa_legal.0)), "never another member's case");
    assert!(main.contains("Past its date"), "the missed date says so in words, not colour alone: {main}");
    let date = dhruva_web::format::indian_number(i64::from(cased.due_on.year()));
    assert!(main.contains(&date.replace(',', "")), "the date is shown: {main}");
    // In her language.
    b.post("/language", &[("lang", "bn"), ("back", "/reminders")]).await;
    let main_bn = b.get("/reminders").await.body;
    assert!(main_of(&main_bn).contains("আপনার কেসে যা বাকি আছে"), "{main_bn}");
    // A leader without a member record sees her messages only.
    let mut leader = app.signed_in("asha").await;
    let page = leader.get("/reminders").await;
    assert_eq!(page.status, 200);
    assert!(!main_of(&page.body).contains("id=\"reminders-due\""));
}

pub async fn reminder_settings_offer_and_accept_sms_and_email_only_with_a_gateway(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.signed_in("asha").await;
    let path = format!("/collectives/{}/reminders", w.utthan);
    let page = b.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("name=\"sms\"") && !page.body.contains("name=\"email\""), "nothing sends SMS or email here");
    assert!(page.body.contains("id=\"settings-in-app-only\""));
    let r = b.post(&path, &[("message", "Please open Dhruva today."), ("sms", "on")]).await;
    assert_eq!(r.status, 422, "a hand-made post for SMS is refused");
    assert!(r.body.contains("cannot go by SMS or email here yet"), "{}", r.body);
    assert!(r.body.contains("value=\"Please open Dhruva today.\""), "her typing kept");
    let kept = app.store().reminder_settings(w.utthan).await.expect("read");
    assert!(!kept.sms && kept.message.is_none(), "nothing saved");
    assert_eq!(b.post(&path, &[("message", "Please open Dhruva today.")]).await.status, 200);

    // Where the deployment has a gateway, both are offered and kept.
    let config = dhruva_web::WebConfig { reminder_sms: true, reminder_email: true, ..crate::app::config() };
    let db2 = TestDb::sqlite().await;
    let app2 = App::start_with(db2, config).await;
    let w2 = World::seed(app2.store()).await;
    let mut b2 = app2.signed_in("asha").await;
    let path2 = format!("/collectives/{}/reminders", w2.utthan);
    let page = b2.get(&path2).await;
    assert!(page.body.contains("name=\"sms\"") && page.body.contains("name=\"email\""));
    assert_eq!(b2.post(&path2, &[("message", ""), ("sms", "on")]).await.status, 200);
    assert!(app2.store().reminder_settings(w2.utthan).await.expect("read").sms);
}

pub async fn her_data_and_her_mentor_page_speak_to_her_in_words(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut b = app.signed_in("bina").await;
    // An audit action without a sentence before (her rating) reads as words.
    let store = app.store();
    let holder = dhruva_store::Accessor::account_holder(w.bina_account, dhruva_store::Channel::Web);
    store.record(&holder, dhruva_store::audit::AuditEvent::new("rating_recorded").member(w.bina)).await.expect("recorded");
    let data = b.get("/profile/data").await;
    assert_eq!(data.status, 200);
    let main = main_of(&data.body);
    assert!(main.contains("you rated the services in a score card round"), "{main}");
    assert!(!main.contains("rating_recorded"), "no raw code: {main}");
    assert!(!main.contains(">Role<"), "no 'Role: Not given' for a member: {main}");
    let mentors = b.get("/profile/mentors").await;
    let main = main_of(&mentors.body);
    assert!(main.contains("who supports you") && main.contains("You have no mentor yet."), "{main}");
    assert!(!main.contains("supports her"), "{main}");
    // The leader's view of a member's mentor page still speaks about her.
    let mut leader = app.signed_in("asha").await;
    let page = leader.get(&format!("/members/{}/mentors", w.bina)).await;
    if page.status == 200 {
        assert!(main_of(&page.body).contains("supports her"), "{}", page.body);
    }
}

pub async fn the_providers_self_assessment_asks_the_office_in_its_own_words(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (round, inst) = crate::scorecards_rounds::open_round(app.store(), &w).await;
    let mut facilitator = app.signed_in("facilitator").await;
    let page = facilitator.get(&format!("/rounds/{round}/self-assessment/{inst}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let main = main_of(&page.body);
    assert!(main.contains("do your staff listen to them properly"), "the providers' question: {main}");
    assert!(main.contains("id=\"providers-intro\""), "{main}");
    assert!(!main.contains("did they listen to you"), "not the survivors' question: {main}");
    // The focus group keeps the survivors' words.
    let mut leader = app.signed_in("asha").await;
    let page = leader.get(&format!("/rounds/{round}/focus-group/{inst}")).await;
    assert_eq!(page.status, 200);
    let main = main_of(&page.body);
    assert!(main.contains("did they listen to you"), "{main}");
    assert!(!main.contains("id=\"providers-intro\""));
    // In Bengali too.
    facilitator.post("/language", &[("lang", "bn"), ("back", "/")]).await;
    let page = facilitator.get(&format!("/rounds/{round}/self-assessment/{inst}")).await;
    assert!(main_of(&page.body).contains("কর্মীরা কি তাঁদের কথা মন দিয়ে শোনেন"), "{}", page.body);
}
