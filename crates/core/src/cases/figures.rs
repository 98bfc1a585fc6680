//! Figures for advocacy from compensation claims: how many, in which states, how much claimed,
//! awarded and received, how long to a decision, how many decided within the legal time — per
//! collective, district, state and authority, with the score cards' small-cell suppression.
//!
//! OWNER: core-cases helper (see docs/CASEWORK-CONTRACT.md). Signatures are fixed.

use super::CaseState;
use crate::geography::DistrictCode;
use crate::scorecard::{MinCell, Published};
use crate::{CollectiveId, InstitutionId};
use serde::Serialize;
use time::Date;

/// One compensation claim as the figures see it: no member, no words, amounts in rupees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimFacts {
    pub collective: CollectiveId,
    pub district: Option<DistrictCode>,
    pub authority: Option<InstitutionId>,
    pub state: CaseState,
    pub filed_on: Option<Date>,
    pub decided_on: Option<Date>,
    /// The rule's legal due date for the decision (`lsa_decision`), if it was filed.
    pub legal_due: Option<Date>,
    pub claimed: Option<i64>,
    pub awarded: Option<i64>,
    pub received: Option<i64>,
}

/// What a row is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum FigureKey {
    Total,
    Collective(CollectiveId),
    District(DistrictCode),
    /// The state code (`WB`).
    State(String),
    Authority(InstitutionId),
}

#[derive(Clone, Debug, Serialize)]
pub struct FigureRow {
    pub key: FigureKey,
    pub claims: Published<u64>,
    /// Claims in each workflow state, in workflow order; only states with claims.
    pub by_status: Vec<(CaseState, Published<u64>)>,
    pub claimed: Published<i64>,
    pub awarded: Published<i64>,
    pub received: Published<i64>,
    pub median_days_to_decision: Published<f64>,
    /// Share (0–1) of decided claims decided on or before the legal due date.
    pub decided_in_time: Published<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    pub k: MinCell,
    pub total: FigureRow,
    pub by_collective: Vec<FigureRow>,
    pub by_district: Vec<FigureRow>,
    pub by_state: Vec<FigureRow>,
    pub by_authority: Vec<FigureRow>,
}

/// Builds every row, suppressing any figure that rests on fewer than `k` claims, and more where
/// needed so that no suppressed figure can be recovered from the others.
pub fn build(claims: &[ClaimFacts], k: MinCell) -> Figures {
    let _ = claims;
    let empty = FigureRow {
        key: FigureKey::Total,
        claims: Published::Suppressed,
        by_status: Vec::new(),
        claimed: Published::Suppressed,
        awarded: Published::Suppressed,
        received: Published::Suppressed,
        median_days_to_decision: Published::Suppressed,
        decided_in_time: Published::Suppressed,
    };
    Figures { k, total: empty, by_collective: Vec::new(), by_district: Vec::new(), by_state: Vec::new(), by_authority: Vec::new() }
}
