//! "Who saw my data" is complete and cannot be flushed (issue 9, finding 4): the grievance
//! officer reading her complaint and a leader reading her correction requests are on it; a
//! list page reloaded 200 times makes one line that counts, and the earlier real read is
//! still there; each list is paged with plain links.

use crate::app::{App, Page};
use crate::world::World;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_store::access_log::READS;
use dhruva_store::audit::AuditEvent;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Channel};

/// The lines of one list on her page (`access-log` for reads, `access-refused` for refusals).
fn lines(page: &Page, list: &str) -> Vec<String> {
    let Some(start) = page.body.find(&format!("id=\"{list}\"")) else { return Vec::new() };
    let rest = &page.body[start..];
    let list = &rest[..rest.find("</ul>").expect("end of list")];
    list.split("<li>").skip(1).map(|l| l.split("</li>").next().unwrap_or_default().to_owned()).collect()
}

/// The `href` of the link with this id, unescaped, if the page has it.
fn link(page: &Page, id: &str) -> Option<String> {
    let marker = format!("id=\"{id}\" href=\"");
    let at = page.body.find(&marker)?;
    let rest = &page.body[at + marker.len()..];
    Some(rest[..rest.find('"')?].replace("&amp;", "&").replace("&#38;", "&"))
}

pub async fn the_grievance_officer_reading_her_complaint_is_on_her_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    bina.get("/profile/grievances").await;
    assert_eq!(bina.post("/profile/grievances", &[("text", "My number was given to a stranger")]).await.status, 303);
    bina.get("/profile/grievances").await;
    assert!(lines(&bina.get("/profile/access-log").await, "access-log").is_empty(), "her own reading is not listed");

    let id = app.store().grievances_of(w.bina).await.expect("hers")[0].id;
    let mut officer = app.signed_in("admin").await;
    assert_eq!(officer.get(&format!("/grievances/{id}")).await.status, 200);
    let reads = lines(&bina.get("/profile/access-log").await, "access-log");
    assert_eq!(reads.len(), 1, "{reads:?}");
    assert!(reads[0].contains("A complaint you made to the grievance officer") && reads[0].contains("admin"), "{}", reads[0]);
}

pub async fn a_leader_reading_her_correction_requests_is_on_her_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "in_app").await.expect("case support");
    let mut bina = app.signed_in("bina").await;
    bina.get("/profile/requests").await;
    assert_eq!(bina.post("/profile/requests", &[("text", "My year of birth is 1996, not 1994")]).await.status, 303);

    let mut leader = app.signed_in("asha").await;
    assert_eq!(leader.get(&format!("/members/{}/requests", w.bina)).await.status, 200);
    let reads = lines(&bina.get("/profile/access-log").await, "access-log");
    assert!(
        reads.iter().any(|l| l.contains("What you asked to have corrected") && l.contains("asha") && l.contains("Help with my cases")),
        "{reads:?}"
    );
}

pub async fn a_list_reloaded_200_times_leaves_the_earlier_read_on_her_page_and_counts_the_refusals(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    // A real read: her leader opens her page and sees her name.
    let mut leader = app.signed_in("asha").await;
    assert_eq!(leader.get(&format!("/members/{}", w.bina)).await.status, 200);
    let mut bina = app.signed_in("bina").await;
    let before = lines(&bina.get("/profile/access-log").await, "access-log");
    assert_eq!(before.len(), 1, "{before:?}");

    // The analyst reloads the contacts list; Bina never agreed to federation contact.
    let mut analyst = app.signed_in("analyst").await;
    for _ in 0..200 {
        assert_eq!(analyst.get("/federation/contacts").await.status, 200);
    }
    let page = bina.get("/profile/access-log").await;
    assert_eq!(lines(&page, "access-log"), before, "the read is still on her page, unchanged");
    let refused = lines(&page, "access-refused");
    let contact: Vec<&String> = refused.iter().filter(|l| l.contains("Your name and mobile number")).collect();
    assert_eq!(contact.len(), 1, "one line, not 200: {refused:?}");
    assert!(contact[0].contains("stopped 200 times that day") && contact[0].contains("analyst"), "{}", contact[0]);
    // The chain holds the first refusal of the day, not one per load.
    let chained = app.store().audit_about_member(w.bina).await.expect("audit");
    let denied = chained.iter().filter(|r| r.action == "access_denied" && r.detail.as_deref() == Some("action=contact_member")).count();
    assert_eq!(denied, 1);
}

pub async fn reads_and_refusals_are_paged_with_links_that_need_no_script(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    // Thirty lines: three readers, each read of every kind.
    for (account, role) in [(w.leader, Role::Leader), (w.facilitator, Role::Facilitator)] {
        for code in READS {
            let by = Accessor { account: Some(account), role: Some(role), purpose: None, channel: Channel::Web };
            app.store().record(&by, AuditEvent::new(code).member(w.bina)).await.expect("read");
        }
    }
    for code in READS {
        app.store().record(&Accessor::cli(), AuditEvent::new(code).member(w.bina)).await.expect("read");
    }
    let groups = 3 * READS.len();
    let mut bina = app.signed_in("bina").await;
    let first = bina.get("/profile/access-log").await;
    assert_eq!(lines(&first, "access-log").len(), 20);
    assert!(link(&first, "access-log-newer").is_none());
    let older = link(&first, "access-log-older").expect("an older link");
    assert!(older.starts_with("/profile/access-log?page=2&refused_page=1"), "{older}");

    let second = bina.get(&older).await;
    assert_eq!(second.status, 200);
    let rest = lines(&second, "access-log");
    assert_eq!(rest.len(), groups - 20);
    assert!(rest.iter().all(|l| !lines(&first, "access-log").contains(l)), "no line on both pages");
    assert!(link(&second, "access-log-older").is_none());
    assert!(link(&second, "access-log-newer").expect("a newer link").starts_with("/profile/access-log?page=1&refused_page=1"));
    // A page past the end, or a page number that is no number, is still her page.
    assert_eq!(bina.get("/profile/access-log?page=99").await.status, 200);
    assert_eq!(lines(&bina.get("/profile/access-log?page=x").await, "access-log").len(), 20);
}

pub async fn a_roster_reloaded_by_her_mentor_counts_the_refused_name_on_one_line(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    // Sanjog's facilitator is her mentor, but she has not agreed to mentoring: no name.
    app.store().assign_mentor(&Accessor::cli(), w.bina, w.facilitator).await.expect("assigned");
    let mut facilitator = app.signed_in("facilitator").await;
    for _ in 0..30 {
        let roster = facilitator.get(&format!("/collectives/{}", w.utthan)).await;
        assert_eq!(roster.status, 200);
        assert!(!roster.body.contains(crate::world::BINA_NAME));
    }
    let mut bina = app.signed_in("bina").await;
    let refused = lines(&bina.get("/profile/access-log").await, "access-refused");
    let name: Vec<&String> = refused.iter().filter(|l| l.contains("Your name") && l.contains("facilitator")).collect();
    assert_eq!(name.len(), 1, "{refused:?}");
    assert!(name[0].contains("stopped 30 times that day"), "{}", name[0]);
}
