//! Her rights over HTTP: her copy, corrections, complaints and erasure.

use crate::app::App;
use crate::world::{World, ASHA_NAME, ASHA_PHONE, BINA_NAME, CHITRA_NAME, PASSWORD};
use dhruva_core::consent::Purpose;
use dhruva_core::Sensitive;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use time::{Duration, OffsetDateTime};

const BINA_PHONE: &str = "9830054321";

/// A page with its per-page CSRF tokens blanked and the switcher's back link named `PATH`.
fn comparable(body: &str, path: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    let marker = "name=\"csrf\" value=\"";
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        rest = &rest[rest.find('"').expect("closing quote")..];
    }
    out.push_str(rest);
    out.replace(path, "PATH")
}

/// The registry counts on a federation-wide home page.
fn counts(home: &str) -> String {
    let start = home.find("<dl class=\"counts\">").expect("counts");
    home[start..start + home[start..].find("</dl>").expect("end")].to_owned()
}

pub async fn her_copy_holds_her_data_and_nobody_elses_and_nobody_else_can_fetch_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let profile = bina.get("/profile").await;
    assert!(profile.body.contains("href=\"/profile/data\"") && profile.body.contains("href=\"/profile/erase\""));

    let page = bina.get("/profile/data").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    for text in [BINA_NAME, BINA_PHONE, &w.bina_code, "Utthan", "prefers calls after 6 pm", "you looked at all your data"] {
        assert!(page.body.contains(text), "{text} missing from her page");
    }
    for foreign in [ASHA_NAME, ASHA_PHONE, CHITRA_NAME, &w.asha_code, &w.chitra_code, "Dipa"] {
        assert!(!page.body.contains(foreign), "{foreign} is someone else's");
    }

    let file = bina.get("/profile/data.json").await;
    assert_eq!(file.status, 200);
    assert_eq!(file.header("content-type"), Some("application/json"));
    assert_eq!(file.header("content-disposition"), Some("attachment; filename=\"dhruva-my-data.json\""));
    assert_eq!(file.header("cache-control"), Some("no-store"));
    let json = file.json();
    assert_eq!(json["personal"]["name"], BINA_NAME);
    assert_eq!(json["personal"]["phone"], BINA_PHONE);
    assert_eq!(json["member"]["code"], w.bina_code.as_str());
    assert_eq!(json["account"]["username"], "bina");
    assert!(json["audit"].as_array().is_some_and(|rows| rows.iter().any(|r| r["action"] == "export_member_data")));
    for foreign in [ASHA_NAME, ASHA_PHONE, CHITRA_NAME, &w.asha_code, "Dipa"] {
        assert!(!file.body.contains(foreign), "{foreign} is someone else's");
    }

    // Asha, a leader and a member, gets her own copy, never Bina's.
    let mut asha = app.signed_in("asha").await;
    let hers = asha.get("/profile/data.json").await.json();
    assert_eq!(hers["personal"]["name"], ASHA_NAME);
    // For anyone who is not a member, the addresses do not exist.
    for user in ["admin", "analyst", "facilitator", "saans-leader"] {
        let mut b = app.signed_in(user).await;
        for path in ["/profile/data", "/profile/data.json", "/profile/requests", "/profile/grievances", "/profile/erase"] {
            let (theirs, missing) = (b.get(path).await, b.get("/profile/no-such-page").await);
            assert_eq!(theirs.status, 404, "{user} {path}");
            assert_eq!(comparable(&theirs.body, path), comparable(&missing.body, "/profile/no-such-page"), "{user} {path}");
            assert!(!theirs.body.contains(BINA_NAME) && !theirs.body.contains(ASHA_NAME));
        }
    }
    let mut anonymous = app.browser();
    assert_eq!(anonymous.get("/profile/data.json").await.location(), Some("/login"));
}

pub async fn a_correction_is_asked_made_by_her_leader_and_closed_each_step_in_the_audit_log(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "in_app").await.expect("case support");
    let mut bina = app.signed_in("bina").await;
    bina.get("/profile/requests").await;
    let empty = bina.post("/profile/requests", &[("text", "   ")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Please write something."));
    let sent = bina.post("/profile/requests", &[("text", "My year of birth is 1996, not 1994")]).await;
    assert_eq!((sent.status.as_u16(), sent.location()), (303, Some("/profile/requests")));
    assert!(bina.get("/profile/requests").await.body.contains("Waiting"));

    let mut leader = app.signed_in("asha").await;
    assert!(leader.get("/").await.body.contains("href=\"/requests\""));
    let queue = leader.get("/requests").await;
    assert!(queue.body.contains(&format!("href=\"/members/{}/requests\"", w.bina)), "{}", queue.body);
    let requests = leader.get(&format!("/members/{}/requests", w.bina)).await;
    assert_eq!(requests.status, 200);
    assert!(requests.body.contains("My year of birth is 1996, not 1994"));
    let declined = leader.post(&format!("/members/{}/requests/1", w.bina), &[("outcome", "declined"), ("note", "")]).await;
    assert_eq!(declined.status, 422, "declining needs a reason");
    leader.get(&format!("/members/{}/edit", w.bina)).await;
    let fields = [("name", BINA_NAME), ("phone", BINA_PHONE), ("birth_year", "1996"), ("notes", "prefers calls after 6 pm")];
    assert_eq!(leader.post(&format!("/members/{}/edit", w.bina), &fields).await.status, 303);
    leader.get(&format!("/members/{}/requests", w.bina)).await;
    let closed = leader.post(&format!("/members/{}/requests/1", w.bina), &[("outcome", "done")]).await;
    assert_eq!(closed.status, 303);
    assert!(!leader.get("/requests").await.body.contains(&format!("/members/{}/requests", w.bina)));
    assert!(bina.get("/profile/requests").await.body.contains("Corrected"));

    // A leader of another collective finds nothing there; without consent, Asha may not act.
    let mut other = app.signed_in("saans-leader").await;
    assert_eq!(other.get(&format!("/members/{}/requests", w.bina)).await.status, 404);
    app.store().withdraw_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport).await.expect("withdrawn");
    assert_eq!(leader.get(&format!("/members/{}/requests", w.bina)).await.status, 403);

    let actions: Vec<String> = app.store().audit_about_member(w.bina).await.expect("audit").into_iter().rev().map(|r| r.action).collect();
    let trail: Vec<&str> = actions.iter().map(String::as_str).filter(|a| a.contains("correction") || *a == "edit_member_personal").collect();
    assert_eq!(
        trail,
        [
            "correction_requested",
            "view_correction_requests",
            "view_correction_requests",
            "edit_member_personal",
            "view_correction_requests",
            "correction_done"
        ]
    );
}

pub async fn a_complaint_reaches_the_grievance_officer_with_its_due_date_and_the_answer_comes_back(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let old_day = (OffsetDateTime::now_utc() - Duration::days(100)).date();
    let old = Sensitive::new("Nobody answered me last time".to_owned());
    let old_id = app.store().raise_grievance(&Accessor::cli(), w.asha, &old, old_day).await.expect("an old complaint");

    let mut bina = app.signed_in("bina").await;
    bina.get("/profile/grievances").await;
    let sent = bina.post("/profile/grievances", &[("text", "My number was given to a stranger")]).await;
    assert_eq!(sent.status, 303);
    let mine = bina.get("/profile/grievances").await;
    assert!(mine.body.contains("Waiting for an answer") && mine.body.contains("Answer due by"));
    let new_id = app.store().grievances_of(w.bina).await.expect("hers")[0].id;

    let mut admin = app.signed_in("admin").await;
    assert!(admin.get("/").await.body.contains("href=\"/grievances\""));
    let queue = admin.get("/grievances").await;
    assert_eq!(queue.status, 200);
    let overdue_at = queue.body.find(&format!("href=\"/grievances/{old_id}\"")).expect("the old one is listed");
    let new_at = queue.body.find(&format!("href=\"/grievances/{new_id}\"")).expect("the new one is listed");
    assert!(overdue_at < new_at, "the one due first comes first");
    assert!(queue.body.contains("<li class=\"overdue\">") && queue.body.contains("Overdue"));
    assert!(!queue.body.contains("My number was given") && !queue.body.contains(BINA_NAME), "the list holds no texts or names");

    let one = admin.get(&format!("/grievances/{new_id}")).await;
    assert!(one.body.contains("My number was given to a stranger"));
    for theirs in [BINA_NAME, BINA_PHONE, &w.bina_code, "prefers calls"] {
        assert!(!one.body.contains(theirs), "the officer sees only the complaint, not {theirs}");
    }
    let answered = admin.post(&format!("/grievances/{new_id}"), &[("text", "The leader has deleted the list; sorry.")]).await;
    assert_eq!(answered.status, 303);
    let mine = bina.get("/profile/grievances").await;
    assert!(mine.body.contains("The leader has deleted the list; sorry.") && mine.body.contains("Answered on"));
    let rows = app.store().audit_about_member(w.bina).await.expect("audit");
    assert!(rows.iter().any(|r| r.action == "view_grievance" && r.role.as_deref() == Some("admin")));

    for user in ["asha", "analyst", "facilitator", "bina"] {
        let mut b = app.signed_in(user).await;
        assert_eq!(b.get("/grievances").await.status, 404, "{user}");
        assert_eq!(b.get(&format!("/grievances/{new_id}")).await.status, 404, "{user}");
    }
}

pub async fn erasure_needs_her_password_and_then_she_is_gone_for_everyone_but_still_counted(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut analyst = app.signed_in("analyst").await;
    let counts_before = counts(&analyst.get("/").await.body);

    let mut bina = app.signed_in("bina").await;
    let form = bina.get("/profile/erase").await;
    assert!(form.body.contains("cannot be undone") && form.body.contains("type=\"password\""));
    let wrong = bina.post("/profile/erase", &[("password", "not her password")]).await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("Nothing was erased"));
    assert!(app.store().member_summary(w.bina).await.expect("read").is_some());

    let done = bina.post("/profile/erase", &[("password", PASSWORD)]).await;
    assert_eq!((done.status.as_u16(), done.location()), (303, Some("/erased")));
    assert_eq!(done.header("clear-site-data"), Some("\"cache\""));
    assert!(done.set_cookies().iter().any(|c| c.to_ascii_lowercase().contains("max-age=0")), "her session cookie is expired");
    assert!(bina.get("/erased").await.body.contains("Your data is erased"));
    assert_eq!(bina.get("/profile").await.location(), Some("/login"));
    let mut again = app.browser();
    assert_eq!(again.login("bina", PASSWORD).await.status, 401, "she cannot log in");
    assert_eq!(again.login(BINA_PHONE, PASSWORD).await.status, 401);

    let mut leader = app.signed_in("asha").await;
    let (gone, missing) = (leader.get(&format!("/members/{}", w.bina)).await, leader.get("/members/987654").await);
    assert_eq!(gone.status, 404);
    assert_eq!(comparable(&gone.body, &format!("/members/{}", w.bina)), comparable(&missing.body, "/members/987654"));
    let roster = leader.get(&format!("/collectives/{}", w.utthan)).await;
    assert!(!roster.body.contains(BINA_NAME) && !roster.body.contains(&w.bina_code));
    assert_eq!(counts(&analyst.get("/").await.body), counts_before, "the federation's counts still count her");
    assert!(app.store().erasure_ledger().expect("ledger").entries().expect("verifies").iter().any(|e| e.member == w.bina));
}
