//! Every kind's workflow: each allowed step is accepted, every other pair is refused with the
//! states the case may go to, and every case can always reach an end.

use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState, TransitionError};
use std::collections::BTreeSet;

#[test]
fn every_transition_in_each_table_is_accepted() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        assert_eq!(flow.kind, kind);
        for &(from, to) in flow.transitions {
            assert_eq!(flow.check(from, to), Ok(()), "{kind:?}: {from:?} → {to:?}");
        }
    }
}

#[test]
fn every_other_pair_of_states_is_refused_with_the_right_error() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        for &from in CaseState::ALL {
            for &to in CaseState::ALL {
                if flow.transitions.contains(&(from, to)) {
                    continue;
                }
                let got = flow.check(from, to);
                let want = if !flow.has_state(from) {
                    TransitionError::NotInWorkflow { kind, state: from }
                } else if !flow.has_state(to) {
                    TransitionError::NotInWorkflow { kind, state: to }
                } else if from == to {
                    TransitionError::Unchanged(from)
                } else {
                    TransitionError::NotAllowed { kind, from, to, allowed: flow.next_states(from) }
                };
                assert_eq!(got, Err(want), "{kind:?}: {from:?} → {to:?}");
            }
        }
    }
}

#[test]
fn a_refusal_lists_exactly_the_states_the_case_may_go_to() {
    let flow = workflow(CaseKind::Compensation);
    match flow.check(CaseState::Drafted, CaseState::Paid) {
        Err(TransitionError::NotAllowed { allowed, .. }) => assert_eq!(allowed, [CaseState::Filed, CaseState::Withdrawn]),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let codes: BTreeSet<&str> = [
        flow.check(CaseState::Drafted, CaseState::Paid),
        flow.check(CaseState::Drafted, CaseState::Drafted),
        flow.check(CaseState::Drafted, CaseState::Trial),
    ]
    .into_iter()
    .filter_map(|r| r.err().map(|e| e.code()))
    .collect();
    assert_eq!(codes, BTreeSet::from(["not-allowed", "unchanged", "not-in-workflow"]));
}

#[test]
fn every_table_names_only_its_own_states_without_repeats() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        let distinct: BTreeSet<_> = flow.states.iter().collect();
        assert_eq!(distinct.len(), flow.states.len(), "{kind:?} lists a state twice");
        for &(from, to) in flow.transitions {
            assert!(flow.has_state(from) && flow.has_state(to), "{kind:?}: {from:?} → {to:?}");
        }
        assert!(flow.has_state(flow.filed), "{kind:?} files in a state of its own");
        assert!(flow.decided.iter().all(|s| flow.has_state(*s)), "{kind:?} decides in its own states");
    }
}

fn reachable_from(kind: CaseKind, start: CaseState) -> BTreeSet<CaseState> {
    let flow = workflow(kind);
    let mut seen = BTreeSet::from([start]);
    let mut todo = vec![start];
    while let Some(s) = todo.pop() {
        for next in flow.next_states(s) {
            if seen.insert(next) {
                todo.push(next);
            }
        }
    }
    seen
}

#[test]
fn every_state_is_reachable_from_where_a_new_case_starts() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        let seen = reachable_from(kind, flow.initial());
        for s in flow.states {
            assert!(seen.contains(s), "{kind:?}: {s:?} cannot be reached from {:?}", flow.initial());
        }
    }
}

#[test]
fn every_state_that_is_not_final_has_a_way_to_a_final_state() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        for &s in flow.states {
            assert!(reachable_from(kind, s).iter().any(|t| flow.is_final(*t)), "{kind:?}: a case in {s:?} can never end");
        }
    }
}

#[test]
fn the_initial_state_is_not_final_and_closed_is_final_wherever_it_exists() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        assert!(!flow.is_final(flow.initial()), "{kind:?}");
        for end in [CaseState::Closed, CaseState::Withdrawn] {
            if flow.has_state(end) {
                assert!(flow.is_final(end), "{kind:?}: {end:?} is an end");
            }
        }
    }
}

#[test]
fn a_move_to_an_end_or_to_an_authoritys_no_is_confirmed_and_an_ordinary_step_is_not() {
    for &kind in CaseKind::ALL {
        let flow = workflow(kind);
        for &s in flow.states {
            if flow.is_final(s) {
                assert!(flow.needs_confirmation(s), "{kind:?}: ending in {s:?} must be confirmed");
            }
        }
        assert!(!flow.needs_confirmation(flow.initial()), "{kind:?}");
    }
    let entitlement = workflow(CaseKind::Entitlement);
    assert!(entitlement.needs_confirmation(CaseState::Rejected), "the ration card marked rejected by one tap (issue 10)");
    assert!(entitlement.needs_confirmation(CaseState::Withdrawn));
    assert!(!entitlement.needs_confirmation(CaseState::UnderVerification));
    assert!(!entitlement.needs_confirmation(CaseState::Applied));
}
