//! The workflow of each kind of case: its states and the transitions allowed between them, as
//! one table per kind. A transition not in the table is refused with the states it may go to.

use super::CaseKind;
use crate::registry::coded_enum;
use thiserror::Error;

coded_enum!(
    /// Every state any kind of case can be in. Which ones a kind uses is its [`Workflow`].
    /// Codes are translation keys (`case-state-filed`) and import values.
    CaseState {
        Drafted => "drafted",
        Applied => "applied",
        UnderVerification => "under_verification",
        Approved => "approved",
        Rejected => "rejected",
        Received => "received",
        Issued => "issued",
        Filed => "filed",
        Acknowledged => "acknowledged",
        Enquiry => "enquiry",
        InterimReliefOrdered => "interim_relief_ordered",
        Granted => "granted",
        PartlyGranted => "partly_granted",
        Appealed => "appealed",
        Paid => "paid",
        ComplaintMade => "complaint_made",
        FirRefused => "fir_refused",
        MagistrateComplaint => "magistrate_complaint",
        FirRegistered => "fir_registered",
        Investigation => "investigation",
        ClosureReport => "closure_report",
        ChargeSheetFiled => "charge_sheet_filed",
        Trial => "trial",
        Convicted => "convicted",
        Acquitted => "acquitted",
        Withdrawn => "withdrawn",
        Closed => "closed",
    }
);

/// One kind's states (the first is where a new case starts) and its allowed transitions.
pub struct Workflow {
    pub kind: CaseKind,
    pub states: &'static [CaseState],
    pub transitions: &'static [(CaseState, CaseState)],
    /// States in which the case has been decided (for figures: days from filing to decision).
    pub decided: &'static [CaseState],
    /// The state counted as "filed" (the start of the legal time).
    pub filed: CaseState,
}

use CaseState as S;

/// Applying for a ration card, a pension, a bank account …
static ENTITLEMENT: Workflow = Workflow {
    kind: CaseKind::Entitlement,
    states: &[S::Drafted, S::Applied, S::UnderVerification, S::Approved, S::Rejected, S::Appealed, S::Received, S::Withdrawn, S::Closed],
    transitions: &[
        (S::Drafted, S::Applied),
        (S::Drafted, S::Withdrawn),
        (S::Applied, S::UnderVerification),
        (S::Applied, S::Approved),
        (S::Applied, S::Rejected),
        (S::Applied, S::Withdrawn),
        (S::UnderVerification, S::Approved),
        (S::UnderVerification, S::Rejected),
        (S::UnderVerification, S::Withdrawn),
        (S::Approved, S::Received),
        (S::Rejected, S::Appealed),
        (S::Rejected, S::Applied),
        (S::Rejected, S::Closed),
        (S::Appealed, S::Approved),
        (S::Appealed, S::Rejected),
        (S::Received, S::Closed),
    ],
    decided: &[S::Approved, S::Rejected, S::Received],
    filed: S::Applied,
};

/// A victim-compensation claim before a district or state legal services authority.
static COMPENSATION: Workflow = Workflow {
    kind: CaseKind::Compensation,
    states: &[
        S::Drafted,
        S::Filed,
        S::Acknowledged,
        S::Enquiry,
        S::InterimReliefOrdered,
        S::Granted,
        S::PartlyGranted,
        S::Rejected,
        S::Appealed,
        S::Paid,
        S::Withdrawn,
        S::Closed,
    ],
    transitions: &[
        (S::Drafted, S::Filed),
        (S::Drafted, S::Withdrawn),
        (S::Filed, S::Acknowledged),
        (S::Filed, S::Withdrawn),
        (S::Acknowledged, S::Enquiry),
        (S::Acknowledged, S::Withdrawn),
        (S::Enquiry, S::InterimReliefOrdered),
        (S::Enquiry, S::Granted),
        (S::Enquiry, S::PartlyGranted),
        (S::Enquiry, S::Rejected),
        (S::Enquiry, S::Withdrawn),
        (S::InterimReliefOrdered, S::Granted),
        (S::InterimReliefOrdered, S::PartlyGranted),
        (S::InterimReliefOrdered, S::Rejected),
        (S::Granted, S::Paid),
        (S::PartlyGranted, S::Paid),
        (S::PartlyGranted, S::Appealed),
        (S::Rejected, S::Appealed),
        (S::Rejected, S::Closed),
        (S::Appealed, S::Granted),
        (S::Appealed, S::PartlyGranted),
        (S::Appealed, S::Rejected),
        (S::Paid, S::Closed),
    ],
    decided: &[S::Granted, S::PartlyGranted, S::Rejected, S::Paid],
    filed: S::Filed,
};

/// A criminal case against the traffickers, from the complaint to the judgment.
static LEGAL: Workflow = Workflow {
    kind: CaseKind::Legal,
    states: &[
        S::ComplaintMade,
        S::FirRefused,
        S::MagistrateComplaint,
        S::FirRegistered,
        S::Investigation,
        S::ClosureReport,
        S::ChargeSheetFiled,
        S::Trial,
        S::Convicted,
        S::Acquitted,
        S::Appealed,
        S::Withdrawn,
        S::Closed,
    ],
    transitions: &[
        (S::ComplaintMade, S::FirRegistered),
        (S::ComplaintMade, S::FirRefused),
        (S::ComplaintMade, S::Withdrawn),
        (S::FirRefused, S::MagistrateComplaint),
        (S::FirRefused, S::Closed),
        (S::MagistrateComplaint, S::FirRegistered),
        (S::MagistrateComplaint, S::Closed),
        (S::FirRegistered, S::Investigation),
        (S::Investigation, S::ChargeSheetFiled),
        (S::Investigation, S::ClosureReport),
        // A protest petition against a closure report can send it back for investigation.
        (S::ClosureReport, S::Investigation),
        (S::ClosureReport, S::Closed),
        (S::ChargeSheetFiled, S::Trial),
        (S::Trial, S::Convicted),
        (S::Trial, S::Acquitted),
        (S::Convicted, S::Appealed),
        (S::Acquitted, S::Appealed),
        (S::Appealed, S::Convicted),
        (S::Appealed, S::Acquitted),
        (S::Convicted, S::Closed),
        (S::Acquitted, S::Closed),
    ],
    decided: &[S::Convicted, S::Acquitted],
    filed: S::FirRegistered,
};

/// Getting back a birth certificate, a voter card, school certificates …
static DOCUMENT_RECOVERY: Workflow = Workflow {
    kind: CaseKind::DocumentRecovery,
    states: &[S::Drafted, S::Applied, S::UnderVerification, S::Issued, S::Rejected, S::Withdrawn, S::Closed],
    transitions: &[
        (S::Drafted, S::Applied),
        (S::Drafted, S::Withdrawn),
        (S::Applied, S::UnderVerification),
        (S::Applied, S::Issued),
        (S::Applied, S::Rejected),
        (S::Applied, S::Withdrawn),
        (S::UnderVerification, S::Issued),
        (S::UnderVerification, S::Rejected),
        (S::UnderVerification, S::Withdrawn),
        (S::Rejected, S::Applied),
        (S::Rejected, S::Closed),
        (S::Issued, S::Closed),
    ],
    decided: &[S::Issued, S::Rejected],
    filed: S::Applied,
};

/// The workflow of a kind of case.
pub fn workflow(kind: CaseKind) -> &'static Workflow {
    match kind {
        CaseKind::Entitlement => &ENTITLEMENT,
        CaseKind::Compensation => &COMPENSATION,
        CaseKind::Legal => &LEGAL,
        CaseKind::DocumentRecovery => &DOCUMENT_RECOVERY,
    }
}

/// Why a state change was refused. The web translates `code()`; `allowed` lists where the case
/// may go instead, so the message can say what she can do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TransitionError {
    #[error("a {kind:?} case has no state {state:?}")]
    NotInWorkflow { kind: CaseKind, state: CaseState },
    #[error("a {kind:?} case cannot go from {from:?} to {to:?}")]
    NotAllowed { kind: CaseKind, from: CaseState, to: CaseState, allowed: Vec<CaseState> },
    #[error("the case is already {0:?}")]
    Unchanged(CaseState),
}

impl TransitionError {
    pub fn code(&self) -> &'static str {
        match self {
            TransitionError::NotInWorkflow { .. } => "not-in-workflow",
            TransitionError::NotAllowed { .. } => "not-allowed",
            TransitionError::Unchanged(_) => "unchanged",
        }
    }
}

impl Workflow {
    /// Where a new case of this kind starts.
    pub fn initial(&self) -> CaseState {
        self.states[0]
    }

    /// The states a case may move to from `from`, in table order.
    pub fn next_states(&self, from: CaseState) -> Vec<CaseState> {
        self.transitions.iter().filter(|(f, _)| *f == from).map(|(_, t)| *t).collect()
    }

    pub fn has_state(&self, state: CaseState) -> bool {
        self.states.contains(&state)
    }

    /// No way onward: the case is over.
    pub fn is_final(&self, state: CaseState) -> bool {
        self.next_states(state).is_empty()
    }

    /// A move to `to` is confirmed on its own page first (issue 10): the case ends there (no
    /// way onward), or an authority's "no" is recorded — both stop the case's open dates and
    /// take it off the overdue lists, so one mistaken tap must not do it.
    pub fn needs_confirmation(&self, to: CaseState) -> bool {
        self.is_final(to) || matches!(to, S::Rejected | S::FirRefused | S::ClosureReport | S::Acquitted)
    }

    pub fn is_decided(&self, state: CaseState) -> bool {
        self.decided.contains(&state)
    }

    /// Checks one step. Cases imported from a register may start in any state of the
    /// workflow; after that, every change goes through here.
    pub fn check(&self, from: CaseState, to: CaseState) -> Result<(), TransitionError> {
        for s in [from, to] {
            if !self.has_state(s) {
                return Err(TransitionError::NotInWorkflow { kind: self.kind, state: s });
            }
        }
        if from == to {
            return Err(TransitionError::Unchanged(from));
        }
        if self.transitions.contains(&(from, to)) {
            Ok(())
        } else {
            Err(TransitionError::NotAllowed { kind: self.kind, from, to, allowed: self.next_states(from) })
        }
    }
}
