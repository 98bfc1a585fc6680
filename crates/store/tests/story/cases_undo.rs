//! The short undo of a case move (issue 10): she takes back a move she made herself within
//! the window, as a new dated and audited event; the move stays in the history, the case and
//! its deadlines are as before. Refused after the window, for someone else's move, and once
//! anything else was recorded on the case.

use crate::cases::{herself, leader, new_case, world, World};
use crate::fixtures::*;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::{CaseId, Sensitive};
use dhruva_store::cases::{CaseError, TimelineEntry, UNDO_WINDOW_SECONDS};
use dhruva_store::{Accessor, Store, StoreError};
use time::macros::date;
use time::{Date, Duration, OffsetDateTime};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn undo_error(result: Result<(), StoreError>) -> CaseError {
    match result {
        Err(StoreError::Case(e)) => e,
        other => panic!("expected an undo refusal, got {other:?}"),
    }
}

/// A ration-card application of Rupa's, applied for on 1 March (its 30 days run out before
/// TODAY, so it is overdue).
async fn applied(store: &Store, w: &World, by: &Accessor) -> CaseId {
    let mut new = new_case(w, CaseKind::Entitlement);
    new.opened_on = date!(2025 - 02 - 20);
    let id = store.open_case(&herself(w), &new).await.expect("opened");
    store.change_case_state(by, id, CaseState::Drafted, CaseState::Applied, date!(2025 - 03 - 01), None, TODAY).await.expect("applied");
    id
}

async fn state_and_due(store: &Store, w: &World, id: CaseId) -> (CaseState, Date, u32, Option<Date>) {
    let cases = store.cases_of_member(&herself(w), w.rupa.id, TODAY).await.expect("cases");
    let c = cases.iter().find(|c| c.id == id).expect("listed");
    (c.state, c.state_since, c.overdue, c.next_due)
}

async fn moves(store: &Store, w: &World, id: CaseId) -> Vec<(CaseState, CaseState, bool, bool)> {
    store
        .case_timeline(&herself(w), id, TODAY)
        .await
        .expect("timeline")
        .into_iter()
        .filter_map(|e| match e {
            TimelineEntry::StateChanged { from, to, undo, undone, .. } => Some((from, to, undo, undone)),
            _ => None,
        })
        .collect()
}

pub async fn her_own_move_is_undone_within_the_window_and_the_case_and_its_deadlines_come_back(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    let id = applied(store, &w, &by).await;
    let before = state_and_due(store, &w, id).await;
    assert_eq!((before.0, before.2), (CaseState::Applied, 1), "overdue while the application waits: {before:?}");
    assert_eq!(store.due_for_members(&leader(&w), &[w.rupa.id], TODAY, TODAY).await.expect("desk").len(), 1);

    // One mistaken tap: rejected. The deadline stops; it leaves the overdue list.
    store.change_case_state(&by, id, CaseState::Applied, CaseState::Rejected, date!(2025 - 05 - 30), None, TODAY).await.expect("rejected");
    assert_eq!(state_and_due(store, &w, id).await.2, 0);
    assert!(store.due_for_members(&leader(&w), &[w.rupa.id], TODAY, TODAY).await.expect("desk").is_empty());

    let m = store.undoable_case_move(&by, id, now()).await.expect("read").expect("her move can be undone");
    assert_eq!((m.from, m.to), (CaseState::Applied, CaseState::Rejected));
    assert!(m.until > now() && m.until <= now() + Duration::seconds(UNDO_WINDOW_SECONDS), "{m:?}");
    assert!(store.undoable_case_move(&leader(&w), id, now()).await.expect("read").is_none(), "not the leader's move");

    store.undo_case_move(&by, id, m.event, now()).await.expect("undone");
    assert_eq!(state_and_due(store, &w, id).await, before, "the state, its date and its deadline are as before the move");
    assert_eq!(store.due_for_members(&leader(&w), &[w.rupa.id], TODAY, TODAY).await.expect("desk").len(), 1, "back on the overdue list");
    // Nothing is deleted: the move is in the history, marked undone, and the undo after it.
    assert_eq!(
        moves(store, &w, id).await,
        vec![
            (CaseState::Drafted, CaseState::Applied, false, false),
            (CaseState::Applied, CaseState::Rejected, false, true),
            (CaseState::Rejected, CaseState::Applied, true, false),
        ]
    );
    let audit = store.audit_about_member(w.rupa.id).await.expect("audit");
    assert_eq!(audit.iter().filter(|r| r.action == "case_move_undone").count(), 1);
    // Taken back once: the same button again (a second tap) is refused and changes nothing.
    assert_eq!(undo_error(store.undo_case_move(&by, id, m.event, now()).await), CaseError::UndoAfterLaterEvent);
    assert!(store.undoable_case_move(&by, id, now()).await.expect("read").is_none(), "an undo is not undone in turn");
    assert_eq!(moves(store, &w, id).await.len(), 3);
    // She can make the move again, the ordinary way.
    store.change_case_state(&by, id, CaseState::Applied, CaseState::Rejected, date!(2025 - 05 - 31), None, TODAY).await.expect("again");

    // A claim filed by mistake: undoing it takes back its filing date too.
    let claim = store.open_case(&by, &new_case(&w, CaseKind::Compensation)).await.expect("claim");
    store.change_case_state(&by, claim, CaseState::Drafted, CaseState::Filed, date!(2025 - 05 - 20), None, TODAY).await.expect("filed");
    // Rupa's only claim.
    let filed = |claims: Vec<dhruva_core::cases::figures::ClaimFacts>| claims.first().map(|c| c.filed_on);
    assert_eq!(filed(store.compensation_claims(Some(w.utthan)).await.expect("claims")), Some(Some(date!(2025 - 05 - 20))));
    let m = store.undoable_case_move(&by, claim, now()).await.expect("read").expect("undoable");
    store.undo_case_move(&by, claim, m.event, now()).await.expect("undone");
    assert_eq!(filed(store.compensation_claims(Some(w.utthan)).await.expect("claims")), Some(None));
}

pub async fn an_undo_after_the_window_is_refused_and_changes_nothing(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    let id = applied(store, &w, &by).await;
    store.change_case_state(&by, id, CaseState::Applied, CaseState::Withdrawn, date!(2025 - 05 - 30), None, TODAY).await.expect("withdrawn");
    let m = store.undoable_case_move(&by, id, now()).await.expect("read").expect("undoable now");
    let later = now() + Duration::seconds(UNDO_WINDOW_SECONDS + 60);
    assert!(store.undoable_case_move(&by, id, later).await.expect("read").is_none());
    assert_eq!(undo_error(store.undo_case_move(&by, id, m.event, later).await), CaseError::UndoExpired);
    assert_eq!(state_and_due(store, &w, id).await.0, CaseState::Withdrawn);
    assert_eq!(moves(store, &w, id).await.len(), 2, "no undo recorded");
}

pub async fn only_the_account_that_made_the_move_may_undo_it(store: &Store) {
    let w = world(store).await;
    let id = applied(store, &w, &leader(&w)).await;
    let m = store.undoable_case_move(&leader(&w), id, now()).await.expect("read").expect("the leader's own move");
    assert!(store.undoable_case_move(&herself(&w), id, now()).await.expect("read").is_none());
    assert_eq!(undo_error(store.undo_case_move(&herself(&w), id, m.event, now()).await), CaseError::UndoNotYours);
    assert_eq!(undo_error(store.undo_case_move(&Accessor::cli(), id, m.event, now()).await), CaseError::UndoNotYours);
    assert_eq!(state_and_due(store, &w, id).await.0, CaseState::Applied);
    store.undo_case_move(&leader(&w), id, m.event, now()).await.expect("the leader takes back her own move");
    assert_eq!(state_and_due(store, &w, id).await.0, CaseState::Drafted);
}

pub async fn a_move_followed_by_anything_else_on_the_case_cannot_be_undone(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    // A later move: the earlier one cannot be taken back any more.
    let id = applied(store, &w, &by).await;
    let first = store.undoable_case_move(&by, id, now()).await.expect("read").expect("undoable");
    store.change_case_state(&by, id, CaseState::Applied, CaseState::UnderVerification, date!(2025 - 04 - 01), None, TODAY).await.expect("moved on");
    assert_eq!(undo_error(store.undo_case_move(&by, id, first.event, now()).await), CaseError::UndoAfterLaterEvent);
    assert_eq!(state_and_due(store, &w, id).await.0, CaseState::UnderVerification);
    // A date moved after the move.
    let other = applied(store, &w, &by).await;
    let m = store.undoable_case_move(&by, other, now()).await.expect("read").expect("undoable");
    let rule = store
        .case_timeline(&by, other, TODAY)
        .await
        .expect("timeline")
        .into_iter()
        .find_map(|e| match e {
            TimelineEntry::Deadline { deadline, .. } => Some(deadline.rule.id.clone()),
            _ => None,
        })
        .expect("the application has a deadline");
    let reason = Sensitive::new("The block office asked for two more weeks".to_owned());
    store.override_deadline(&leader(&w), other, &rule, date!(2025 - 07 - 01), reason).await.expect("date moved");
    assert!(store.undoable_case_move(&by, other, now()).await.expect("read").is_none());
    assert_eq!(undo_error(store.undo_case_move(&by, other, m.event, now()).await), CaseError::UndoAfterLaterEvent);
    assert_eq!(state_and_due(store, &w, other).await.0, CaseState::Applied);
    // Not a move at all (the opening) or a move of another case: nothing to undo.
    let third = store.open_case(&by, &new_case(&w, CaseKind::Entitlement)).await.expect("opened");
    assert!(store.undoable_case_move(&by, third, now()).await.expect("read").is_none(), "the opening is not a move");
    assert_eq!(undo_error(store.undo_case_move(&by, third, m.event, now()).await), CaseError::UndoNothing);
}
