//! Casework: opening cases of every kind, moving them through their workflows (and being
//! refused), hearings and deadline overrides. Shared builders for the other `cases_*` stories.

use crate::fixtures::*;
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, DocumentKind, Entitlement, TransitionError};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::registry::MemberSummary;
use dhruva_core::{AccountId, CaseId, CollectiveId, Sensitive};
use dhruva_forms::RawAnswers;
use dhruva_store::cases::{Authority, CaseError, NewCase, NewHearing, TimelineEntry};
use dhruva_store::{Accessor, Store, StoreError};
use time::macros::date;
use time::Date;

pub const OPENED: Date = date!(2025 - 01 - 10);

pub struct World {
    pub utthan: CollectiveId,
    pub rupa: MemberSummary,
    pub rupa_account: AccountId,
    pub leader_account: AccountId,
}

/// A collective with Rupa (who has an account) and a leader's account.
pub async fn world(store: &Store) -> World {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let rupa_account = account(store, "rupa", Some(rupa.id)).await;
    let leader_account = account(store, "leader", None).await;
    World { utthan, rupa, rupa_account, leader_account }
}

pub fn herself(w: &World) -> Accessor {
    web(w.rupa_account, Role::Member, None)
}

pub fn leader(w: &World) -> Accessor {
    web(w.leader_account, Role::Leader, Some(Purpose::CaseSupport))
}

pub fn answers(pairs: &[(&str, &str)]) -> Sensitive<RawAnswers> {
    Sensitive::new(pairs.iter().map(|(k, v)| ((*k).to_owned(), vec![(*v).to_owned()])).collect())
}

/// A case of `kind` for Rupa, with the catalogue item and details its kind takes.
pub fn new_case(w: &World, kind: CaseKind) -> NewCase {
    let (entitlement, document, forum, details) = match kind {
        CaseKind::Entitlement => {
            (Some(Entitlement::RationCard), None, None, answers(&[("reference", "RC/2025/118"), ("notes", "Applied at the block office")]))
        }
        CaseKind::DocumentRecovery => (None, Some(DocumentKind::BirthCertificate), None, answers(&[("reference", "BC/77")])),
        CaseKind::Compensation => (
            None,
            None,
            Some(CompensationForum::Dlsa),
            answers(&[("reference", "DLSA/VC/12/2025"), ("amount_claimed", "300000"), ("amount_awarded", "150000"), ("amount_received", "50000")]),
        ),
        CaseKind::Legal => (
            None,
            None,
            None,
            answers(&[("reference", "FIR 212/2024"), ("police_station", "Canning"), ("sections", "143 BNS"), ("court", "Alipore")]),
        ),
    };
    NewCase {
        member: w.rupa.id,
        collective: w.utthan,
        kind,
        entitlement,
        document,
        forum,
        authority: Authority::Named(Sensitive::new("Block Development Office, Canning".to_owned())),
        district: Some(district("WB-24-paraganas-south")),
        opened_on: OPENED,
        state: None,
        details,
    }
}

pub async fn open(store: &Store, w: &World, kind: CaseKind) -> CaseId {
    store.open_case(&herself(w), &new_case(w, kind)).await.expect("case opened")
}

/// Moves a case along `path` (its states after the current one), a day apart from `start`.
pub async fn walk(store: &Store, by: &Accessor, id: CaseId, path: &[CaseState], start: Date) {
    let mut from = store.case(by, id).await.expect("read").expect("there").summary.state;
    let mut on = start;
    for to in path {
        store.change_case_state(by, id, from, *to, on, None, TODAY).await.unwrap_or_else(|e| panic!("{from:?} -> {to:?}: {e}"));
        from = *to;
        on = on.next_day().expect("a day");
    }
}

fn case_error(result: Result<impl std::fmt::Debug, StoreError>) -> CaseError {
    match result {
        Err(StoreError::Case(e)) => e,
        other => panic!("expected a case error, got {other:?}"),
    }
}

pub async fn a_case_of_every_kind_opens_in_its_first_state_and_reads_back(store: &Store) {
    let w = world(store).await;
    for kind in CaseKind::ALL {
        let id = open(store, &w, *kind).await;
        let case = store.case(&herself(&w), id).await.expect("read").expect("there");
        assert_eq!(case.summary.kind, *kind);
        assert_eq!(case.summary.state, workflow(*kind).initial());
        assert_eq!((case.summary.opened_on, case.summary.state_since), (OPENED, OPENED));
        assert_eq!(case.details.expose(), new_case(&w, *kind).details.expose());
        assert_eq!(case.authority_name.map(|n| n.expose().clone()).as_deref(), Some("Block Development Office, Canning"));
        assert_eq!(store.case_owner(id).await.expect("owner"), Some((w.rupa.id, w.utthan)));
    }
    let listed = store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("list");
    assert_eq!(listed.len(), CaseKind::ALL.len());
    assert!(listed.windows(2).all(|p| p[0].id > p[1].id), "newest first");

    // The catalogue item must fit the kind.
    let mut wrong = new_case(&w, CaseKind::Entitlement);
    wrong.entitlement = None;
    assert_eq!(case_error(store.open_case(&herself(&w), &wrong).await), CaseError::WrongKindForThis);
    let mut wrong = new_case(&w, CaseKind::Legal);
    wrong.forum = Some(CompensationForum::Slsa);
    assert_eq!(case_error(store.open_case(&herself(&w), &wrong).await), CaseError::WrongKindForThis);
    let mut future = new_case(&w, CaseKind::Legal);
    future.opened_on = date!(2999 - 01 - 01);
    assert_eq!(case_error(store.open_case(&herself(&w), &future).await), CaseError::DateInFuture);
    let mut bad_amount = new_case(&w, CaseKind::Compensation);
    bad_amount.details = answers(&[("reference", "DLSA/2"), ("amount_claimed", "a lot")]);
    match case_error(store.open_case(&herself(&w), &bad_amount).await) {
        CaseError::Details(problems) => assert_eq!(problems[0].item, "amount_claimed"),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("list").len(), CaseKind::ALL.len());
}

pub async fn every_transition_of_every_workflow_is_allowed_and_recorded(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    for kind in CaseKind::ALL {
        let flow = workflow(*kind);
        for (from, to) in flow.transitions {
            // A case imported in `from` (the register's import may start anywhere), moved once.
            let mut new = new_case(&w, *kind);
            new.state = Some(*from);
            let id = store.open_case(&by, &new).await.expect("opened");
            store.change_case_state(&by, id, *from, *to, TODAY, None, TODAY).await.unwrap_or_else(|e| panic!("{kind:?} {from:?} -> {to:?}: {e}"));
            let summary = store.case(&by, id).await.expect("read").expect("there").summary;
            assert_eq!((summary.state, summary.state_since), (*to, TODAY));
        }
    }
    // One whole path, with a note on the way.
    let id = open(store, &w, CaseKind::Compensation).await;
    use CaseState as S;
    walk(
        store,
        &by,
        id,
        &[S::Filed, S::Acknowledged, S::Enquiry, S::InterimReliefOrdered, S::PartlyGranted, S::Paid, S::Closed],
        date!(2025 - 02 - 01),
    )
    .await;
    let timeline = store.case_timeline(&by, id, TODAY).await.expect("timeline");
    let changes = timeline.iter().filter(|e| matches!(e, TimelineEntry::StateChanged { .. })).count();
    assert_eq!(changes, 7);
    assert!(matches!(timeline.first(), Some(TimelineEntry::Opened { on: OPENED, .. })), "{timeline:?}");
}

pub async fn a_refused_transition_says_where_the_case_may_go_and_writes_nothing(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    let id = open(store, &w, CaseKind::Compensation).await;
    let audit_before = store.audit_about_member(w.rupa.id).await.expect("audit").len();
    let err = case_error(store.change_case_state(&by, id, CaseState::Drafted, CaseState::Paid, TODAY, None, TODAY).await);
    match err {
        CaseError::Transition(TransitionError::NotAllowed { allowed, .. }) => assert_eq!(allowed, vec![CaseState::Filed, CaseState::Withdrawn]),
        other => panic!("{other:?}"),
    }
    assert_eq!(err_code(store.change_case_state(&by, id, CaseState::Drafted, CaseState::Trial, TODAY, None, TODAY).await), "not-in-workflow");
    assert_eq!(err_code(store.change_case_state(&by, id, CaseState::Drafted, CaseState::Drafted, TODAY, None, TODAY).await), "unchanged");
    let summary = store.case(&by, id).await.expect("read").expect("there").summary;
    assert_eq!((summary.state, summary.state_since), (CaseState::Drafted, OPENED));
    let timeline = store.case_timeline(&by, id, TODAY).await.expect("timeline");
    assert!(!timeline.iter().any(|e| matches!(e, TimelineEntry::StateChanged { .. })));
    assert_eq!(store.audit_about_member(w.rupa.id).await.expect("audit").len(), audit_before, "nothing was audited either");
}

fn err_code(result: Result<(), StoreError>) -> &'static str {
    case_error(result).code()
}

pub async fn a_state_change_from_a_stale_page_is_refused(store: &Store) {
    let w = world(store).await;
    let id = open(store, &w, CaseKind::Entitlement).await;
    // She and the leader both see "drafted"; she files first.
    store.change_case_state(&herself(&w), id, CaseState::Drafted, CaseState::Applied, TODAY, None, TODAY).await.expect("she files");
    let err = case_error(store.change_case_state(&leader(&w), id, CaseState::Drafted, CaseState::Withdrawn, TODAY, None, TODAY).await);
    assert_eq!(err, CaseError::StaleState);
    assert_eq!(store.case(&herself(&w), id).await.expect("read").expect("there").summary.state, CaseState::Applied);
}

pub async fn a_state_change_may_not_be_dated_in_the_future_or_before_the_last_change(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    let id = open(store, &w, CaseKind::Legal).await;
    let tomorrow = TODAY.next_day().expect("a day");
    let day_before_opening = OPENED.previous_day().expect("a day");
    let (from, to) = (CaseState::ComplaintMade, CaseState::FirRegistered);
    assert_eq!(case_error(store.change_case_state(&by, id, from, to, tomorrow, None, TODAY).await), CaseError::DateInFuture);
    assert_eq!(case_error(store.change_case_state(&by, id, from, to, day_before_opening, None, TODAY).await), CaseError::DateBeforeLastChange);
    // The edges themselves are allowed: the day of the last change, and today.
    store.change_case_state(&by, id, from, to, OPENED, Some(Sensitive::new("FIR given the same day".to_owned())), TODAY).await.expect("same day");
    store.change_case_state(&by, id, to, CaseState::Investigation, TODAY, None, TODAY).await.expect("today");
    let timeline = store.case_timeline(&by, id, TODAY).await.expect("timeline");
    let note = timeline.iter().find_map(|e| match e {
        TimelineEntry::StateChanged { note: Some(n), .. } => Some(n.expose().clone()),
        _ => None,
    });
    assert_eq!(note.as_deref(), Some("FIR given the same day"));
}

pub async fn hearings_are_recorded_on_legal_cases_only(store: &Store) {
    let w = world(store).await;
    let by = leader(&w);
    let legal = open(store, &w, CaseKind::Legal).await;
    let hearing = NewHearing {
        held_on: date!(2025 - 05 - 20),
        court: Some(Sensitive::new("Alipore Sessions Court".to_owned())),
        next_on: Some(date!(2025 - 06 - 24)),
        note: Some(Sensitive::new("Adjourned, the accused absent".to_owned())),
    };
    store.add_hearing(&by, legal, &hearing).await.expect("recorded");
    for kind in [CaseKind::Compensation, CaseKind::Entitlement, CaseKind::DocumentRecovery] {
        let other = open(store, &w, kind).await;
        assert_eq!(case_error(store.add_hearing(&by, other, &hearing).await), CaseError::WrongKindForThis);
    }
    let backwards = NewHearing { next_on: Some(date!(2025 - 05 - 01)), ..hearing.clone() };
    assert!(matches!(store.add_hearing(&by, legal, &backwards).await, Err(StoreError::Input { field: "next_on", .. })));
    let timeline = store.case_timeline(&herself(&w), legal, TODAY).await.expect("timeline");
    let hearings: Vec<_> = timeline.iter().filter(|e| matches!(e, TimelineEntry::Hearing { .. })).collect();
    assert_eq!(hearings.len(), 1);
    match hearings[0] {
        TimelineEntry::Hearing { on, court, next_on, note, by } => {
            assert_eq!((*on, *next_on, *by), (date!(2025 - 05 - 20), Some(date!(2025 - 06 - 24)), Some(w.leader_account)));
            assert_eq!(court.as_ref().map(|c| c.expose().as_str()), Some("Alipore Sessions Court"));
            assert_eq!(note.as_ref().map(|c| c.expose().as_str()), Some("Adjourned, the accused absent"));
        }
        _ => unreachable!(),
    }
}

pub async fn a_deadline_is_moved_only_with_a_reason_and_only_if_the_case_has_it(store: &Store) {
    let w = world(store).await;
    let by = herself(&w);
    let id = open(store, &w, CaseKind::Compensation).await;
    let reason = |t: &str| Sensitive::new(t.to_owned());
    // Not filed yet: the decision deadline does not exist for this case.
    assert_eq!(case_error(store.override_deadline(&by, id, "lsa_decision", TODAY, reason("extension")).await), CaseError::UnknownRule);
    walk(store, &by, id, &[CaseState::Filed], date!(2025 - 02 - 03)).await;
    assert_eq!(case_error(store.override_deadline(&by, id, "lsa_decision", TODAY, reason("  ")).await), CaseError::ReasonRequired);
    assert_eq!(case_error(store.override_deadline(&by, id, "charge_sheet", TODAY, reason("x")).await), CaseError::UnknownRule, "a legal rule");
    assert_eq!(case_error(store.override_deadline(&by, id, "no_such_rule", TODAY, reason("x")).await), CaseError::UnknownRule);

    let moved = date!(2025 - 05 - 15);
    store.override_deadline(&by, id, "lsa_decision", moved, reason("DLSA wrote that the enquiry report is late")).await.expect("moved");
    let timeline = store.case_timeline(&by, id, TODAY).await.expect("timeline");
    let (deadline, why) = timeline
        .iter()
        .find_map(|e| match e {
            TimelineEntry::Deadline { deadline, reason } if deadline.rule.id == "lsa_decision" => Some((deadline.clone(), reason.clone())),
            _ => None,
        })
        .expect("the decision deadline is on the timeline");
    assert_eq!((deadline.due, deadline.legal_due, deadline.overridden), (moved, date!(2025 - 04 - 03), true));
    assert_eq!(why.map(|r| r.expose().clone()).as_deref(), Some("DLSA wrote that the enquiry report is late"));
    let summary = store.case(&by, id).await.expect("read").expect("there").summary;
    assert_eq!((summary.next_due, summary.overdue), (Some(moved), 1), "moved to 15 May, which has passed by 1 June");
}
