//! A member runs her own cases through the pages, with plain form posts (no script): one of
//! each kind opened and moved on, a hearing, a moved due date, a refused move explained, and
//! forms without their CSRF token refused.

use crate::app::App;
use crate::cases_world::{case_id_of, open_through_pages, post_multipart, timeline_entries};
use crate::world::World;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use time::macros::date;

pub async fn a_member_opens_cases_of_each_kind_and_moves_them_on(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let home = bina.get("/").await;
    assert!(home.body.contains("id=\"my-cases\" href=\"/cases\""), "{}", home.body);
    let empty = bina.get("/cases").await;
    assert_eq!(empty.status, 200);
    assert!(empty.body.contains("No cases yet.") && empty.body.contains("href=\"/cases/new\""), "{}", empty.body);
    let kinds = bina.get("/cases/new").await;
    for kind in ["entitlement", "compensation", "legal", "document_recovery"] {
        assert!(kinds.body.contains(&format!("href=\"/cases/new?kind={kind}\"")), "{kind}");
    }

    // (kind, item, the kind's own answers, the first stage, where it moves to)
    type Plan<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let plans: [Plan; 4] = [
        ("entitlement", "ration_card", vec![("reference", "RC/2026/17")], "Being prepared", "applied"),
        ("compensation", "dlsa", vec![("amount_claimed", "150000"), ("reference", "DLSA 4/2026")], "Being prepared", "filed"),
        ("legal", "", vec![("police_station", "Sonagachi"), ("sections", "BNS 143")], "Complaint made", "fir_registered"),
        ("document_recovery", "birth_certificate", vec![], "Being prepared", "applied"),
    ];
    for (kind, item, answers, first, next) in plans {
        let mut fields = answers.clone();
        if !item.is_empty() {
            fields.push(("item", item));
        }
        let id = open_through_pages(&mut bina, "/cases", kind, &fields).await;
        let page = bina.get(&format!("/cases/{id}")).await;
        assert_eq!(page.status, 200, "{kind}: {}", page.body);
        assert!(page.body.contains(first), "{kind} starts at {first}: {}", page.body);
        assert!(page.body.contains("<ol id=\"timeline\""), "{kind}");
        let before = timeline_entries(&page);
        let update = bina.get(&format!("/cases/{id}/update")).await;
        let from = update.body.split("name=\"from\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("a move form").to_owned();
        assert!(!page.body.contains("name=\"from\""), "{kind}: the case page leads with where it is; the forms are behind one button");
        assert!(page.body.contains(&format!("id=\"case-update\" href=\"/cases/{id}/update\"")), "{kind}");
        let moved =
            bina.post(&format!("/cases/{id}/state"), &[("from", &from), ("to", next), ("on", "2026-01-12"), ("note", "went with Dipa")]).await;
        assert_eq!(moved.status, 303, "{kind}: {}", moved.body);
        let after = bina.get(&format!("/cases/{id}")).await;
        assert!(after.body.contains(&format!("data-state=\"{next}\"")), "{kind} moved to {next}");
        assert!(timeline_entries(&after) > before, "{kind}: the move is on the timeline");
        assert!(after.body.contains("went with Dipa") && after.body.contains("recorded by you"), "{kind}");
        if kind == "compensation" {
            assert!(after.body.contains("₹1,50,000"), "rupees with lakh grouping: {}", after.body);
            assert!(after.body.contains("Decision of the legal services authority"), "the deadline that filing opened: {}", after.body);
            assert!(after.body.contains("BNSS s. 396(5)"), "with the rule's source");
            let moved_date =
                bina.post(&format!("/cases/{id}/deadlines/lsa_decision"), &[("due", "2026-04-30"), ("reason", "DLSA letter gave more time")]).await;
            assert_eq!(moved_date.status, 303, "{}", moved_date.body);
            let moved_page = bina.get(&format!("/cases/{id}")).await;
            assert!(moved_page.body.contains("DLSA letter gave more time") && moved_page.body.contains("30 April 2026"), "{}", moved_page.body);
            let no_reason = bina.post(&format!("/cases/{id}/deadlines/lsa_decision"), &[("due", "2026-05-30"), ("reason", " ")]).await;
            assert!(no_reason.status.is_client_error() && no_reason.body.contains("Please write the reason."), "{}", no_reason.body);
        }
        if kind == "legal" {
            let hearing = bina
                .post(&format!("/cases/{id}/hearings"), &[("held_on", "2026-01-20"), ("court", "Sealdah court"), ("next_on", "2026-03-02")])
                .await;
            assert_eq!(hearing.status, 303, "{}", hearing.body);
            let page = bina.get(&format!("/cases/{id}")).await;
            assert!(page.body.contains("Sealdah court") && page.body.contains("Next date: 2 March 2026"), "{}", page.body);
        }
    }
    let list = bina.get("/cases").await;
    assert_eq!(list.body.matches("class=\"case-link\"").count(), 4, "{}", list.body);

    // Her details are edited with the kind's form, and shown again in Bengali.
    let id = open_through_pages(&mut bina, "/cases", "compensation", &[("item", "slsa")]).await;
    let edit = bina.get(&format!("/cases/{id}/edit")).await;
    assert!(edit.body.contains("name=\"amount_awarded\""), "{}", edit.body);
    let bad = bina.post(&format!("/cases/{id}/edit"), &[("amount_awarded", "many"), ("reference", "SLSA 9")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Please write a number.") && bad.body.contains("value=\"SLSA 9\""), "her values are kept: {}", bad.body);
    assert_eq!(bina.post(&format!("/cases/{id}/edit"), &[("amount_awarded", "12500000")]).await.status, 303);
    bina.post("/language", &[("lang", "bn"), ("back", "/")]).await;
    let bengali = bina.get(&format!("/cases/{id}")).await;
    assert!(bengali.body.contains("₹1,25,00,000") && bengali.body.contains("ক্ষতিপূরণের দাবি"), "{}", bengali.body);
    let _ = w;
}

pub async fn a_refused_move_of_her_cases_says_where_it_can_go_and_writes_nothing(db: TestDb) {
    let app = App::start(db).await;
    let _w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let id = open_through_pages(&mut bina, "/cases", "compensation", &[("item", "dlsa")]).await;
    let before = bina.get(&format!("/cases/{id}")).await;
    let entries = timeline_entries(&before);
    let refused = bina.post(&format!("/cases/{id}/state"), &[("from", "drafted"), ("to", "paid"), ("on", "2026-01-12")]).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("id=\"case-refused\""), "{}", refused.body);
    let message = refused.body.replace("&#34;", "\"");
    assert!(
        message.contains("A case at \"Being prepared\" cannot go to \"Paid\". From \"Being prepared\" it can go to: Filed, Withdrawn."),
        "{}",
        refused.body
    );
    let after = bina.get(&format!("/cases/{id}")).await;
    assert!(after.body.contains("data-state=\"drafted\""));
    assert_eq!(timeline_entries(&after), entries, "nothing was written");
    // A stale page (someone moved it first) is explained, not applied twice.
    assert_eq!(bina.post(&format!("/cases/{id}/state"), &[("from", "drafted"), ("to", "filed"), ("on", "2026-01-12")]).await.status, 303);
    let stale = bina.post(&format!("/cases/{id}/state"), &[("from", "drafted"), ("to", "withdrawn"), ("on", "2026-01-12")]).await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("The case has changed since this page was opened."), "{}", stale.body);
    // In Bengali too.
    bina.post("/language", &[("lang", "bn"), ("back", "/")]).await;
    bina.get(&format!("/cases/{id}")).await;
    let bn = bina.post(&format!("/cases/{id}/state"), &[("from", "filed"), ("to", "paid"), ("on", "2026-01-13")]).await;
    assert!(bn.body.replace("&#34;", "\"").contains("\"জমা দেওয়া হয়েছে\" ধাপ থেকে কেস \"টাকা পাওয়া গেছে\" ধাপে যেতে পারে না"), "{}", bn.body);
}

pub async fn forms_of_her_cases_without_a_csrf_token_are_refused_and_write_nothing(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    bina.get("/cases/new?kind=legal").await;
    let forged = bina.post_raw("/cases/new", &[("kind", "legal"), ("opened_on", "2026-01-10")], &[]).await;
    assert_eq!(forged.status, 403);
    let by = Accessor { role: Some(dhruva_core::policy::Role::Member), ..Accessor::cli() };
    assert!(app.store().cases_of_member(&by, w.bina, date!(2026 - 02 - 01)).await.expect("read").is_empty(), "no case was opened");
    let id = open_through_pages(&mut bina, "/cases", "legal", &[]).await;
    let page = bina.get(&format!("/cases/{id}/letters")).await;
    let csrf = page.csrf().expect("a token");
    let fields = [
        ("on", "2026-01-11"),
        ("direction", "sent"),
        ("medium", "letter"),
        ("institution", ""),
        ("authority_name", "Sonagachi PS"),
        ("summary", "Complaint copy"),
    ];
    let no_token = post_multipart(&app, &bina, &format!("/cases/{id}/letters"), None, &fields, &[]).await;
    assert_eq!(no_token.status, 403);
    let moved =
        bina.post_raw(&format!("/cases/{id}/state"), &[("from", "complaint_made"), ("to", "fir_registered"), ("on", "2026-01-12")], &[]).await;
    assert_eq!(moved.status, 403);
    let after = bina.get(&format!("/cases/{id}")).await;
    assert!(!after.body.contains("Complaint copy") && after.body.contains("data-state=\"complaint_made\""), "nothing was written");
    // With the token the same letter goes through: the refusal was the token's.
    let ok = post_multipart(&app, &bina, &format!("/cases/{id}/letters"), Some(&csrf), &fields, &[]).await;
    assert_eq!(case_id_of(&ok), id);
}
