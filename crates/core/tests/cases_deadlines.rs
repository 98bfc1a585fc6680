//! Deadline rules on edge dates, from the compiled-in data file.

use dhruva_core::cases::deadlines::{deadlines, rule, rules, rules_file_problem, DeadlineStatus, Override, Period, StateChange};
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState as S, Entitlement};
use time::macros::date;
use time::Date;

fn change(to: S, on: Date) -> StateChange {
    StateChange { to, on }
}

#[test]
fn the_rules_file_parses_and_every_state_it_names_is_in_its_kinds_workflow() {
    assert_eq!(rules_file_problem(), None);
    assert!(rules().len() >= 9, "every rule of the file is loaded");
    for r in rules() {
        let flow = workflow(r.kind);
        assert!(flow.has_state(r.starts), "{} starts in {:?}, not a {:?} state", r.id, r.starts, r.kind);
        for s in &r.met_by {
            assert!(flow.has_state(*s), "{} is met by {:?}, not a {:?} state", r.id, s, r.kind);
        }
        assert!(r.entitlement.is_none() || r.kind == CaseKind::Entitlement, "{} names an item outside the catalogue's kind", r.id);
        assert!(!r.source.is_empty(), "{} says where its period comes from", r.id);
    }
}

#[test]
fn a_rule_is_found_by_its_id_and_an_unknown_id_is_none() {
    let lsa = rule("lsa_decision").expect("the legal services authority's rule");
    assert_eq!(lsa.period, Period::Months(2));
    assert_eq!(lsa.starts, S::Filed);
    assert!(rule("no_such_rule").is_none());
}

#[test]
fn a_month_after_the_thirty_first_of_january_is_the_last_day_of_february() {
    assert_eq!(Period::Months(1).after(date!(2025 - 01 - 31)), date!(2025 - 02 - 28));
    assert_eq!(Period::Months(1).after(date!(2024 - 01 - 31)), date!(2024 - 02 - 29));
    assert_eq!(Period::Months(1).after(date!(2025 - 01 - 15)), date!(2025 - 02 - 15));
}

#[test]
fn two_months_after_the_thirty_first_of_december_is_the_end_of_february_next_year() {
    assert_eq!(Period::Months(2).after(date!(2024 - 12 - 31)), date!(2025 - 02 - 28));
    assert_eq!(Period::Months(2).after(date!(2023 - 12 - 31)), date!(2024 - 02 - 29));
    assert_eq!(Period::Months(12).after(date!(2024 - 02 - 29)), date!(2025 - 02 - 28));
}

#[test]
fn days_cross_month_and_year_ends() {
    assert_eq!(Period::Days(7).after(date!(2024 - 12 - 28)), date!(2025 - 01 - 04));
    assert_eq!(Period::Days(30).after(date!(2024 - 02 - 01)), date!(2024 - 03 - 02));
    assert_eq!(Period::Days(0).after(date!(2024 - 02 - 01)), date!(2024 - 02 - 01));
}

#[test]
fn an_absurd_period_saturates_instead_of_panicking() {
    assert_eq!(Period::Days(u32::MAX).after(date!(2024 - 01 - 01)), Date::MAX);
    assert_eq!(Period::Months(u32::MAX).after(date!(2024 - 01 - 01)), Date::MAX);
}

#[test]
fn a_claim_filed_opens_the_two_month_decision_deadline() {
    let history = [change(S::Drafted, date!(2024 - 12 - 01)), change(S::Filed, date!(2024 - 12 - 31))];
    let ds = deadlines(CaseKind::Compensation, None, &history, &[]);
    assert_eq!(ds.len(), 1);
    let d = &ds[0];
    assert_eq!(d.rule.id, "lsa_decision");
    assert_eq!(d.started, date!(2024 - 12 - 31));
    assert_eq!((d.legal_due, d.due), (date!(2025 - 02 - 28), date!(2025 - 02 - 28)));
    assert!(!d.overridden);
    assert_eq!(d.met_on, None);
}

#[test]
fn the_due_day_itself_is_pending_with_no_days_left_and_the_day_after_is_overdue() {
    let history = [change(S::Filed, date!(2025 - 01 - 31))];
    let d = &deadlines(CaseKind::Compensation, None, &history, &[])[0];
    assert_eq!(d.due, date!(2025 - 03 - 31));
    assert_eq!(d.status(date!(2025 - 03 - 30)), DeadlineStatus::Pending { days_left: 1 });
    assert_eq!(d.status(date!(2025 - 03 - 31)), DeadlineStatus::Pending { days_left: 0 });
    assert_eq!(d.status(date!(2025 - 04 - 01)), DeadlineStatus::Overdue { days: 1 });
}

#[test]
fn met_on_the_due_day_is_in_time_and_a_day_later_is_late() {
    let on_time = [change(S::Filed, date!(2025 - 01 - 31)), change(S::Granted, date!(2025 - 03 - 31))];
    let d = &deadlines(CaseKind::Compensation, None, &on_time, &[])[0];
    assert_eq!(d.met_on, Some(date!(2025 - 03 - 31)));
    assert_eq!(d.status(date!(2026 - 01 - 01)), DeadlineStatus::MetInTime);

    let late = [change(S::Filed, date!(2025 - 01 - 31)), change(S::Rejected, date!(2025 - 04 - 01))];
    let d = &deadlines(CaseKind::Compensation, None, &late, &[])[0];
    assert_eq!(d.status(date!(2026 - 01 - 01)), DeadlineStatus::MetLate { days_late: 1 });
}

#[test]
fn a_deadline_is_met_by_the_first_answering_state_after_it_opened_not_an_earlier_one() {
    // Rejected once, appealed, granted: the payment deadline opens at the grant only.
    let history = [
        change(S::Filed, date!(2024 - 01 - 10)),
        change(S::Acknowledged, date!(2024 - 01 - 20)),
        change(S::Enquiry, date!(2024 - 02 - 01)),
        change(S::Rejected, date!(2024 - 03 - 01)),
        change(S::Appealed, date!(2024 - 04 - 01)),
        change(S::Granted, date!(2024 - 06 - 01)),
        change(S::Paid, date!(2024 - 07 - 15)),
    ];
    let ds = deadlines(CaseKind::Compensation, None, &history, &[]);
    let ids: Vec<&str> = ds.iter().map(|d| d.rule.id.as_str()).collect();
    assert_eq!(ids, ["lsa_decision", "appeal_window", "compensation_payment"]);
    assert_eq!(ds[0].met_on, Some(date!(2024 - 03 - 01)));
    assert_eq!(ds[1].met_on, Some(date!(2024 - 04 - 01)));
    assert_eq!(ds[2].met_on, Some(date!(2024 - 07 - 15)));
    assert_eq!(ds[2].status(date!(2024 - 12 - 01)), DeadlineStatus::MetLate { days_late: 14 });
}

#[test]
fn a_reapplication_after_a_rejection_opens_a_new_deadline() {
    let history = [
        change(S::Drafted, date!(2024 - 01 - 01)),
        change(S::Applied, date!(2024 - 01 - 02)),
        change(S::Rejected, date!(2024 - 02 - 15)),
        change(S::Applied, date!(2024 - 03 - 01)),
    ];
    let ds = deadlines(CaseKind::Entitlement, Some(Entitlement::RationCard), &history, &[]);
    assert_eq!(ds.len(), 2);
    assert!(ds.iter().all(|d| d.rule.id == "public_service"));
    assert_eq!(ds[0].met_on, Some(date!(2024 - 02 - 15)));
    assert_eq!(ds[0].status(date!(2024 - 03 - 05)), DeadlineStatus::MetLate { days_late: 14 });
    assert_eq!(ds[1].started, date!(2024 - 03 - 01));
    assert_eq!(ds[1].due, date!(2024 - 03 - 31));
    assert_eq!(ds[1].met_on, None);
}

#[test]
fn an_override_moves_the_due_date_of_the_latest_deadline_but_not_the_legal_time() {
    let history = [change(S::Applied, date!(2024 - 01 - 02)), change(S::Rejected, date!(2024 - 01 - 20)), change(S::Applied, date!(2024 - 03 - 01))];
    let moved = Override { rule: "public_service".into(), due: date!(2024 - 04 - 15) };
    let ds = deadlines(CaseKind::Entitlement, Some(Entitlement::Housing), &history, &[moved]);
    assert_eq!((ds[0].due, ds[0].overridden), (date!(2024 - 02 - 01), false));
    assert_eq!(ds[1].legal_due, date!(2024 - 03 - 31));
    assert_eq!((ds[1].due, ds[1].overridden), (date!(2024 - 04 - 15), true));
    assert_eq!(ds[1].status(date!(2024 - 04 - 15)), DeadlineStatus::Pending { days_left: 0 });
}

#[test]
fn the_last_override_of_a_rule_is_the_one_in_force_and_others_rules_are_untouched() {
    let history = [change(S::Filed, date!(2024 - 01 - 10)), change(S::Granted, date!(2024 - 02 - 10))];
    let overrides = [
        Override { rule: "compensation_payment".into(), due: date!(2024 - 04 - 01) },
        Override { rule: "compensation_payment".into(), due: date!(2024 - 05 - 01) },
        Override { rule: "charge_sheet".into(), due: date!(2024 - 05 - 01) },
    ];
    let ds = deadlines(CaseKind::Compensation, None, &history, &overrides);
    assert_eq!((ds[0].rule.id.as_str(), ds[0].overridden), ("lsa_decision", false));
    assert_eq!((ds[1].rule.id.as_str(), ds[1].due), ("compensation_payment", date!(2024 - 05 - 01)));
    assert_eq!(ds[1].legal_due, date!(2024 - 03 - 11));
}

#[test]
fn the_free_legal_aid_rule_replaces_the_general_thirty_day_one() {
    let history = [change(S::Applied, date!(2024 - 12 - 28))];
    let aid = deadlines(CaseKind::Entitlement, Some(Entitlement::FreeLegalAid), &history, &[]);
    assert_eq!(aid.len(), 1);
    assert_eq!(aid[0].rule.id, "legal_aid_decision");
    assert_eq!(aid[0].due, date!(2025 - 01 - 04));

    let card = deadlines(CaseKind::Entitlement, Some(Entitlement::RationCard), &history, &[]);
    assert_eq!(card.len(), 1);
    assert_eq!(card[0].rule.id, "public_service");
    let none = deadlines(CaseKind::Entitlement, None, &history, &[]);
    assert_eq!(none[0].rule.id, "public_service");
}

#[test]
fn a_legal_case_gets_its_fir_and_charge_sheet_deadlines() {
    let history = [
        change(S::ComplaintMade, date!(2024 - 05 - 01)),
        change(S::FirRegistered, date!(2024 - 05 - 10)),
        change(S::Investigation, date!(2024 - 05 - 11)),
    ];
    let ds = deadlines(CaseKind::Legal, None, &history, &[]);
    let ids: Vec<&str> = ds.iter().map(|d| d.rule.id.as_str()).collect();
    assert_eq!(ids, ["fir_decision", "charge_sheet"]);
    assert_eq!(ds[0].status(date!(2024 - 06 - 01)), DeadlineStatus::MetInTime);
    assert_eq!(ds[1].due, date!(2024 - 08 - 08));
}

#[test]
fn no_history_means_no_deadlines_and_other_kinds_rules_never_apply() {
    assert!(deadlines(CaseKind::Compensation, None, &[], &[]).is_empty());
    let history = [change(S::Applied, date!(2024 - 01 - 01))];
    let ds = deadlines(CaseKind::DocumentRecovery, None, &history, &[]);
    assert_eq!(ds.iter().map(|d| d.rule.id.as_str()).collect::<Vec<_>>(), ["document_issue"]);
}
