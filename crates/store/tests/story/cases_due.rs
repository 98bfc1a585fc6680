//! What is due, on the edge dates; and the compensation claims behind the figures, read
//! without any member's key.

use crate::cases::{herself, leader, new_case, world, World};
use crate::fixtures::*;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::CaseId;
use dhruva_store::cases::{DueItem, DueWhat, NewHearing};
use dhruva_store::testing::TestDb;
use dhruva_store::Store;
use sqlx::{AnyConnection, Connection as _};
use time::macros::date;
use time::Date;

/// Opens a case in its first state and moves it along the rest of `history`.
async fn walked(store: &Store, w: &World, kind: CaseKind, history: &[(CaseState, Date)]) -> CaseId {
    let mut new = new_case(w, kind);
    new.opened_on = history[0].1;
    new.state = Some(history[0].0);
    let by = herself(w);
    let id = store.open_case(&by, &new).await.expect("opened");
    for pair in history.windows(2) {
        let ((from, _), (to, on)) = (pair[0], pair[1]);
        store.change_case_state(&by, id, from, to, on, None, TODAY).await.unwrap_or_else(|e| panic!("{from:?} -> {to:?}: {e}"));
    }
    id
}

fn summary(items: &[DueItem]) -> Vec<(CaseId, DueWhat, Date, bool)> {
    items.iter().map(|i| (i.case, i.what.clone(), i.due, i.overdue)).collect()
}

pub async fn due_dates_are_listed_up_to_the_last_day_and_overdue_from_the_day_after(store: &Store) {
    let w = world(store).await;
    use CaseState as S;
    // Filed on 1 April: the authority's two months end on 1 June.
    let claim = walked(store, &w, CaseKind::Compensation, &[(S::Drafted, date!(2025 - 03 - 20)), (S::Filed, date!(2025 - 04 - 01))]).await;
    // FIR on 3 March: the 90 days for the charge sheet end on 1 June; next hearing on 7 June.
    let fir = walked(store, &w, CaseKind::Legal, &[(S::ComplaintMade, date!(2025 - 03 - 01)), (S::FirRegistered, date!(2025 - 03 - 03))]).await;
    let hearing = NewHearing { held_on: date!(2025 - 05 - 10), court: None, next_on: Some(date!(2025 - 06 - 07)), note: None };
    store.add_hearing(&herself(&w), fir, &hearing).await.expect("hearing");
    // A withdrawn claim is not chased, even though its decision never came.
    let withdrawn = walked(store, &w, CaseKind::Compensation, &[(S::Drafted, date!(2025 - 03 - 20)), (S::Filed, date!(2025 - 04 - 01))]).await;
    store.change_case_state(&herself(&w), withdrawn, S::Filed, S::Withdrawn, date!(2025 - 04 - 02), None, TODAY).await.expect("withdrawn");

    let me = [w.rupa.id];
    let due = |today: Date, until: Date| {
        let by = herself(&w);
        async move { summary(&store.due_for_members(&by, &me, today, until).await.expect("due")) }
    };
    let decision = DueWhat::Deadline("lsa_decision");
    let charge_sheet = DueWhat::Deadline("charge_sheet");
    let june = |d: u8| Date::from_calendar_date(2025, time::Month::June, d).expect("a June date");

    // On the due date itself: due, not overdue; the hearing is the last day of the window.
    assert_eq!(
        due(june(1), june(7)).await,
        vec![(claim, decision.clone(), june(1), false), (fir, charge_sheet.clone(), june(1), false), (fir, DueWhat::Hearing, june(7), false)]
    );
    assert_eq!(due(june(1), june(6)).await.len(), 2, "the hearing is one day beyond the window");
    // The day after: overdue, and still listed whatever the window.
    assert_eq!(due(june(2), june(2)).await, vec![(claim, decision.clone(), june(1), true), (fir, charge_sheet.clone(), june(1), true)]);
    // Before the window reaches them: nothing.
    assert!(due(date!(2025 - 05 - 20), date!(2025 - 05 - 31)).await.is_empty());

    // The runner sees the same across the deployment.
    assert_eq!(summary(&store.all_due(june(1), june(7)).await.expect("all due")), due(june(1), june(7)).await);
    // A decision made meets the deadline: the claim drops out.
    walk_on(store, &w, claim, &[(S::Acknowledged, date!(2025 - 04 - 10)), (S::Enquiry, date!(2025 - 04 - 20)), (S::Granted, date!(2025 - 05 - 30))])
        .await;
    let after = due(june(1), june(7)).await;
    assert!(!after.iter().any(|(c, what, ..)| *c == claim && *what == decision), "{after:?}");
}

async fn walk_on(store: &Store, w: &World, id: CaseId, steps: &[(CaseState, Date)]) {
    let by = herself(w);
    for (to, on) in steps {
        let from = store.case(&by, id).await.expect("read").expect("there").summary.state;
        store.change_case_state(&by, id, from, *to, *on, None, TODAY).await.expect("moved");
    }
}

pub async fn a_leader_looking_at_due_dates_is_audited_and_the_runner_is_not(store: &Store) {
    let w = world(store).await;
    walked(store, &w, CaseKind::Compensation, &[(CaseState::Drafted, date!(2025 - 03 - 20)), (CaseState::Filed, date!(2025 - 04 - 01))]).await;
    let views = || async { store.audit_about_member(w.rupa.id).await.expect("audit").iter().filter(|r| r.action == "view_cases").count() };
    let before = views().await;
    store.due_for_members(&herself(&w), &[w.rupa.id], TODAY, TODAY).await.expect("her own");
    store.all_due(TODAY, TODAY).await.expect("the runner");
    assert_eq!(views().await, before);
    let items = store.due_for_members(&leader(&w), &[w.rupa.id], TODAY, TODAY).await.expect("the leader's desk");
    assert_eq!(items.len(), 1);
    assert_eq!(views().await, before + 1);
}

pub async fn compensation_claims_give_amounts_without_any_members_key(db: &TestDb) {
    let store = &db.store;
    let w = world(store).await;
    use CaseState as S;
    let claim = walked(
        store,
        &w,
        CaseKind::Compensation,
        &[
            (S::Drafted, date!(2025 - 01 - 10)),
            (S::Filed, date!(2025 - 01 - 31)),
            (S::Acknowledged, date!(2025 - 02 - 05)),
            (S::Enquiry, date!(2025 - 02 - 10)),
        ],
    )
    .await;
    walk_on(store, &w, claim, &[(S::Granted, date!(2025 - 04 - 15)), (S::Paid, date!(2025 - 05 - 01))]).await;
    walked(store, &w, CaseKind::Legal, &[(S::ComplaintMade, date!(2025 - 01 - 10))]).await;
    // Her key is gone (as if the database were read by someone who never had it).
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    sqlx::query("DELETE FROM member_keys WHERE member_id = $1").bind(w.rupa.id.0).execute(&mut conn).await.expect("key removed");
    let _ = conn.close().await;
    assert!(store.case(&herself(&w), claim).await.is_err(), "her words cannot be opened any more");

    let claims = store.compensation_claims(Some(w.utthan)).await.expect("claims");
    assert_eq!(claims.len(), 1, "only compensation claims");
    let c = &claims[0];
    assert_eq!((c.collective, c.state, c.authority), (w.utthan, S::Paid, None));
    assert_eq!(c.district.as_ref().map(|d| d.as_str()), Some("WB-24-paraganas-south"));
    assert_eq!((c.filed_on, c.decided_on), (Some(date!(2025 - 01 - 31)), Some(date!(2025 - 04 - 15))));
    assert_eq!(c.legal_due, Some(date!(2025 - 03 - 31)), "two months after 31 January is the last day of March");
    assert_eq!((c.claimed, c.awarded, c.received), (Some(300_000), Some(150_000), Some(50_000)));
    assert_eq!(store.compensation_claims(None).await.expect("all").len(), 1);
    assert!(store.compensation_claims(Some(collective(store, "Another").await)).await.expect("none").is_empty());
}

pub async fn a_withdrawn_case_owes_nothing_and_shows_nothing_overdue(store: &Store) {
    let w = world(store).await;
    use CaseState as S;
    // Applied for a ration card on 1 March, withdrawn on 20 May: the 30 days had run out,
    // but she stopped the application; nothing is overdue any more.
    let app = walked(store, &w, CaseKind::Entitlement, &[(S::Drafted, date!(2025 - 02 - 20)), (S::Applied, date!(2025 - 03 - 01))]).await;
    let before = store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("cases");
    assert_eq!(before.iter().find(|c| c.id == app).map(|c| c.overdue), Some(1), "overdue while pending");
    store.change_case_state(&herself(&w), app, S::Applied, S::Withdrawn, date!(2025 - 05 - 20), None, TODAY).await.expect("withdrawn");
    let after = store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("cases");
    let case = after.iter().find(|c| c.id == app).expect("still listed");
    assert_eq!((case.overdue, case.next_due), (0, None), "{case:?}");
    let due = store.due_for_members(&herself(&w), &[w.rupa.id], TODAY, TODAY + time::Duration::days(7)).await.expect("due");
    assert!(due.iter().all(|d| d.case != app), "{due:?}");
}
