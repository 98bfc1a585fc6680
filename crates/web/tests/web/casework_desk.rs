//! The leader's desk and the reminder settings, over HTTP.

use crate::app::App;
use crate::casework_world::{self, AMOUNT, AUTHORITY, REFERENCE};
use crate::world::{World, BINA_NAME};
use dhruva_store::testing::TestDb;

pub async fn the_desk_lists_due_and_overdue_cases_only_for_members_who_asked_for_case_support(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let c = casework_world::seed(app.store(), &w).await;
    let desk = format!("/collectives/{}/casework", w.utthan.0);
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&desk).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let overdue_at = page.body.find("id=\"overdue\"").expect("an overdue section");
    let week_at = page.body.find("id=\"due-week\"").expect("a this-week section");
    let end = page.body.find("id=\"not-asked\"").expect("the count of the others");
    let (overdue, week) = (&page.body[overdue_at..week_at], &page.body[week_at..end]);
    let link = |case: dhruva_core::CaseId| format!("href=\"/cases/{}\"", case.0);
    assert!(overdue.contains(&link(c.bina_overdue)), "Bina's missed hearing is under Overdue: {overdue}");
    assert!(week.contains(&link(c.bina_legal)), "her hearing this week is under this week: {week}");
    assert!(week.contains("Next hearing"));
    assert!(!page.body.contains(&link(c.dipa_legal)), "Dipa did not ask for case support: her case is not shown");
    assert!(!page.body.contains("Dipa Halder"), "nor her name");
    assert!(page.body.contains(BINA_NAME), "Bina is named for her leader");
    assert!(page.body.contains("One member has not asked for case support"), "Dipa is counted: {}", page.body);
    assert!(page.body.contains(&format!("/cases/{}/letters", c.bina_legal.0)), "a record-a-letter shortcut");
    for word in [REFERENCE, AUTHORITY, AMOUNT] {
        assert!(!page.body.contains(word), "the desk shows dates, not details ({word})");
    }
    let collective = asha.get(&format!("/collectives/{}", w.utthan.0)).await;
    assert!(collective.body.contains(&format!("href=\"{desk}\"")), "her collective's page links the desk");

    for (user, status) in [("bina", 403), ("facilitator", 403), ("admin", 403), ("chitra", 404), ("saans-leader", 404)] {
        let mut b = app.signed_in(user).await;
        assert_eq!(b.get(&desk).await.status.as_u16(), status, "{user} on Utthan's desk");
    }
    assert_ne!(app.browser().get(&desk).await.status.as_u16(), 200, "nothing without signing in");
}

pub async fn the_settings_page_refuses_a_message_that_gives_casework_away(db: TestDb) {
    // A deployment with SMS and email gateways, so both are offered (see welcome.rs for one without).
    let gateways = dhruva_web::WebConfig { reminder_sms: true, reminder_email: true, ..crate::app::config() };
    let app = App::start_with(db, gateways).await;
    let w = World::seed(app.store()).await;
    let path = format!("/collectives/{}/reminders", w.utthan.0);
    let mut asha = app.signed_in("asha").await;
    let form = asha.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("You have a reminder in Dhruva"), "the default text is shown");
    let refused = asha.post(&path, &[("message", "Court date tomorrow"), ("sms", "on")]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("contains &#34;Court&#34;"), "the word is named as she wrote it: {}", refused.body);
    let kept = app.store().reminder_settings(w.utthan).await.expect("settings");
    assert_eq!((kept.message, kept.sms), (None, false), "nothing was saved");

    let saved = asha.post(&path, &[("message", "Tea at five"), ("email", "on")]).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved.body.contains("id=\"settings-saved\""));
    let s = app.store().reminder_settings(w.utthan).await.expect("settings");
    assert_eq!((s.message.as_deref(), s.sms, s.email), (Some("Tea at five"), false, true));

    let mut bina = app.signed_in("bina").await;
    assert_eq!(bina.get(&path).await.status, 403, "a member does not configure reminders");
    let mut other = app.signed_in("saans-leader").await;
    assert_eq!(other.get(&path).await.status, 404, "another collective's leader finds nothing");
}

pub async fn a_long_desk_shows_the_oldest_forty_of_each_list_and_a_link_to_all(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    casework_world::seed(app.store(), &w).await;
    // Forty-four more hearings missed, oldest first on the desk.
    for days in 0..44 {
        casework_world::missed_hearing(app.store(), &w, 30 + days).await;
    }
    let desk = format!("/collectives/{}/casework", w.utthan.0);
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&desk).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let overdue = &page.body[page.body.find("id=\"overdue\"").expect("overdue")..page.body.find("id=\"due-week\"").expect("week")];
    assert_eq!(overdue.matches("class=\"due-item\"").count(), 40, "{overdue}");
    // Each missed hearing's case is also past the police's time for the complaint.
    let at = overdue.find("Show all ").expect("a link to the whole list") + "Show all ".len();
    let total: usize = overdue[at..].split('<').next().and_then(|n| n.trim().parse().ok()).expect("the number of overdue steps");
    assert!(total >= 45, "{total}");
    let all = asha.get(&format!("{desk}?all=1")).await;
    assert_eq!(all.status, 200);
    let all_overdue = &all.body[all.body.find("id=\"overdue\"").expect("overdue")..all.body.find("id=\"due-week\"").expect("week")];
    assert_eq!(all_overdue.matches("class=\"due-item\"").count(), total);
    assert!(!all.body.contains("Show all"));
}
