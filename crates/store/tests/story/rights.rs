//! Her rights in the store: corrections, grievances and her copy of her data.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::Sensitive;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::consent::NewConsent;
use dhruva_store::requests::{grievance_due_on, CorrectionOutcome, CorrectionStatus};
use dhruva_store::{Store, StoreError};
use time::macros::date;
use time::Duration;

fn text(s: &str) -> Sensitive<String> {
    Sensitive::new(s.to_owned())
}

pub async fn a_correction_request_goes_from_open_to_done_or_declined_and_each_step_is_audited(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let rupa_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    let herself = web(rupa_account, Role::Member, None);
    let as_leader = web(leader, Role::Leader, Some(Purpose::CaseSupport));

    let first = store.request_correction(&herself, rupa.id, &text("My birth year is 1992, not 1994")).await.expect("requested");
    let second = store.request_correction(&herself, rupa.id, &text("Please remove the note")).await.expect("requested");
    assert!(matches!(store.request_correction(&herself, rupa.id, &text("   ")).await, Err(StoreError::Input { field: "text", .. })));
    assert!(
        matches!(store.request_correction(&herself, rupa.id, &text("a\0b")).await, Err(StoreError::Input { field: "text", .. })),
        "a NUL is refused, not kept"
    );
    let open: Vec<i64> = store.open_correction_requests().await.expect("open").iter().map(|o| o.id).collect();
    assert_eq!(open, vec![first, second]);

    let mine = store.correction_requests(&herself, rupa.id).await.expect("hers");
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[1].text.expose(), "My birth year is 1992, not 1994");
    assert_eq!(mine[1].status, CorrectionStatus::Open);
    assert!(format!("{:?}", mine[1]).contains("[redacted]") && !format!("{:?}", mine[1]).contains("1992"));

    // The leader reads them (audited), corrects one and declines the other with a reason.
    store.correction_requests(&as_leader, rupa.id).await.expect("read by the leader");
    assert!(matches!(
        store.close_correction_request(&as_leader, rupa.id, second, CorrectionOutcome::Declined, None).await,
        Err(StoreError::Input { field: "note", .. })
    ));
    store.close_correction_request(&as_leader, rupa.id, first, CorrectionOutcome::Done, None).await.expect("done");
    let reason = text("The collective's register needs the note for her case");
    store.close_correction_request(&as_leader, rupa.id, second, CorrectionOutcome::Declined, Some(&reason)).await.expect("declined");
    assert!(matches!(store.close_correction_request(&as_leader, rupa.id, first, CorrectionOutcome::Done, None).await, Err(StoreError::NotFound(_))));
    assert!(
        matches!(store.close_correction_request(&as_leader, mina.id, second, CorrectionOutcome::Done, None).await, Err(StoreError::NotFound(_))),
        "a request is closed only as the member's it is"
    );
    let mine = store.correction_requests(&herself, rupa.id).await.expect("hers");
    assert_eq!(mine[0].status, CorrectionStatus::Declined);
    assert_eq!(mine[0].note.as_ref().map(|n| n.expose().as_str()), Some(reason.expose().as_str()));
    assert_eq!(mine[1].status, CorrectionStatus::Done);
    assert_eq!(mine[1].closed_by, Some(leader));
    assert!(store.open_correction_requests().await.expect("open").is_empty());

    let actions: Vec<(String, Option<String>)> =
        store.audit_about_member(rupa.id).await.expect("audit").into_iter().rev().map(|r| (r.action, r.role)).collect();
    let expected = [
        ("correction_requested", Some("member")),
        ("correction_requested", Some("member")),
        ("view_correction_requests", Some("leader")),
        ("correction_done", Some("leader")),
        ("correction_declined", Some("leader")),
    ];
    let tail: Vec<(&str, Option<&str>)> = actions.iter().filter(|(a, _)| a.contains("correction")).map(|(a, r)| (a.as_str(), r.as_deref())).collect();
    assert_eq!(tail, expected, "her own readings are not audited, the leader's are; every change is");
}

pub async fn a_grievance_is_due_ninety_days_after_it_is_raised_and_is_answered_once(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let rupa_account = account(store, "rupa", Some(rupa.id)).await;
    let officer = account(store, "officer", None).await;
    let herself = web(rupa_account, Role::Member, None);
    let as_officer = web(officer, Role::Admin, None);
    let raised_on = date!(2025 - 01 - 10);

    let id = store.raise_grievance(&herself, rupa.id, &text("My phone number was shared"), raised_on).await.expect("raised");
    let later = store.raise_grievance(&herself, rupa.id, &text("Second"), raised_on + Duration::days(30)).await.expect("raised");
    let list = store.grievances_to_answer().await.expect("list");
    assert_eq!(list.iter().map(|g| g.id).collect::<Vec<_>>(), vec![id, later], "the first due comes first");
    assert_eq!(list[0].due_on, date!(2025 - 04 - 10));
    assert_eq!(list[0].due_on, grievance_due_on(raised_on));
    assert!(!list[0].is_overdue(date!(2025 - 04 - 10)), "due today is not yet overdue");
    assert!(list[0].is_overdue(date!(2025 - 04 - 11)));
    assert!(!list[1].is_overdue(date!(2025 - 04 - 11)));

    let seen = store.grievance_for_officer(&as_officer, id).await.expect("read").expect("found");
    assert_eq!(seen.text.expose(), "My phone number was shared");
    assert_eq!(store.grievance_for_officer(&as_officer, 9999).await.expect("read"), None);
    store.answer_grievance(&as_officer, id, &text("We have asked the leader to delete the list")).await.expect("answered");
    assert!(matches!(store.answer_grievance(&as_officer, id, &text("again")).await, Err(StoreError::NotFound(_))));

    let hers = store.grievances_of(rupa.id).await.expect("hers");
    let answered = hers.iter().find(|g| g.id == id).expect("there");
    assert_eq!(answered.answer.as_ref().map(|a| a.expose().as_str()), Some("We have asked the leader to delete the list"));
    assert_eq!(answered.answered_by, Some(officer));
    assert!(!answered.is_overdue(date!(2026 - 01 - 01)), "an answered grievance is never overdue");
    let list = store.grievances_to_answer().await.expect("list");
    assert_eq!(list.iter().map(|g| g.id).collect::<Vec<_>>(), vec![later, id], "unanswered first");

    let rows = store.audit_about_member(rupa.id).await.expect("audit");
    let officer_rows: Vec<&str> = rows.iter().filter(|r| r.account == Some(officer)).map(|r| r.action.as_str()).collect();
    assert_eq!(officer_rows, ["grievance_answered", "view_grievance"], "the officer's reading is in her history");
    assert!(!rows.iter().any(|r| r.action == "view_member_personal"), "the officer read nothing else of hers");
}

pub async fn her_export_holds_everything_about_her_and_nothing_about_anyone_else(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", Some("9830054321")).await;
    let rupa_account = account(store, "rupa", Some(rupa.id)).await;
    let herself = web(rupa_account, Role::Member, None);
    store.grant_consent(&herself, rupa.id, Purpose::CaseSupport, "in_app").await.expect("consent");
    store.withdraw_consent(&herself, rupa.id, Purpose::CaseSupport).await.expect("withdrawn");
    let witnessed = NewConsent { purpose: Purpose::Media, method: "verbal".to_owned(), witness: Some(text("Lata Das")) };
    store.record_consent(&cli(), rupa.id, &witnessed).await.expect("recorded in person");
    let partner = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    let mentor = account(store, "mentor-sanjog", None).await;
    let grant = RoleGrant { role: Role::Facilitator, collective: None, partner: Some(partner) };
    store.add_grant(&cli(), mentor, &grant).await.expect("facilitator");
    store.assign_mentor(&cli(), rupa.id, mentor).await.expect("mentor");
    store.request_correction(&herself, rupa.id, &text("Wrong birth year")).await.expect("request");
    store.raise_grievance(&herself, rupa.id, &text("Someone shared my number"), TODAY).await.expect("grievance");
    store.request_correction(&cli(), mina.id, &text("Mina's own request")).await.expect("hers");
    store.member_names(&cli(), &[mina.id]).await.expect("someone reads Mina");

    let export = store.member_export(&herself, rupa.id).await.expect("exported");
    assert!(!format!("{export:?}").contains("Rupa Mondal"), "Debug stays redacted");
    let json = serde_json::to_string(&export).expect("serialises");
    for expected in [
        "Rupa Mondal",
        "9830012345",
        "prefers calls after 6 pm",
        &rupa.code,
        "Utthan",
        "case_support",
        "Wrong birth year",
        "Someone shared my number",
        "consent_withdrawn",
        "export_member_data",
        "\"username\":\"rupa\"",
        "Lata Das",
        "mentor-sanjog",
    ] {
        assert!(json.contains(expected), "{expected:?} missing from {json}");
    }
    for foreign in ["Mina Das", "9830054321", &mina.code, "Mina's own request"] {
        assert!(!json.contains(foreign), "{foreign:?} is someone else's");
    }
    assert!(export.audit.iter().all(|r| r.subject_member == Some(rupa.id) || r.subject_account == Some(rupa_account)));
    assert_eq!(export.consents.len(), 2);
    assert!(export.consents.iter().any(|c| c.purpose == "case_support" && c.withdrawn_at.is_some()));
    assert_eq!(export.mentors.len(), 1);
    let exports = store.audit_about_member(rupa.id).await.expect("audit").iter().filter(|r| r.action == "export_member_data").count();
    assert_eq!(exports, 1, "each export is audited");
}
