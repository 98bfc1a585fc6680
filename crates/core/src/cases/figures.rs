//! Figures for advocacy from compensation claims: how many, in which states, how much claimed,
//! awarded and received, how long to a decision, how many decided within the legal time — per
//! collective, district, state and authority, with the score cards' small-cell suppression.
//!
//! Leaves are the claims' (collective, district, authority) combinations; they are never
//! published, only rows over them, so suppression is [`suppress_hidden_leaves`]: a withheld
//! row count, or a small combination, stays unrecoverable by subtraction across every grouping
//! at once. Each state's counts get the same audit across rows, and within a row the withheld
//! states are never one alone or fewer than k together. Amounts get the audit over their own
//! contributors. A suppressed row lists no states at all: which states it has would tell.
//! Not protected: a combination's count in one state (the rows never split that finely, but
//! a reader can sometimes narrow it down by combining a state's rows with the row counts).
//!
//! OWNER: core-cases helper (see docs/CASEWORK-CONTRACT.md). Signatures are fixed.

use super::CaseState;
use crate::geography::DistrictCode;
use crate::scorecard::suppress::{HiddenLeaves, Table};
use crate::scorecard::{MinCell, Published};
use crate::{CollectiveId, InstitutionId};
use serde::{Deserialize, Serialize};
use time::Date;

mod held;
mod history;
mod layout;
pub use held::last_shown;
use history::Audit;
pub use history::{release, ClaimToken, Forgotten, ReleaseRecord};

/// One compensation claim as the figures see it: no member, no words, amounts in rupees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimFacts {
    /// Stable per claim and opaque (the store derives it with a key); never a case id. Lets a
    /// release tell which claims changed since the releases before it.
    pub token: ClaimToken,
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
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FigureKey {
    Total,
    Collective(CollectiveId),
    District(DistrictCode),
    /// The state code (`WB`).
    State(String),
    Authority(InstitutionId),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
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

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Figures {
    pub k: MinCell,
    pub total: FigureRow,
    pub by_collective: Vec<FigureRow>,
    pub by_district: Vec<FigureRow>,
    pub by_state: Vec<FigureRow>,
    pub by_authority: Vec<FigureRow>,
}

/// Builds every row, suppressing any figure that rests on fewer than `k` claims, and more where
/// needed so that no suppressed figure can be recovered from the others. One release with no
/// release before it: see [`release`] for figures published again and again.
pub fn build(claims: &[ClaimFacts], k: MinCell) -> Figures {
    release(claims, k, &[]).0
}

/// The body of [`release`]: `audit` remembers the earlier releases and what this one shows.
fn build_audited(claims: &[ClaimFacts], k: MinCell, audit: &Audit<'_>) -> Figures {
    let layout = audit.layout;
    let (row_hidden, states, status_hidden) = suppress_counts(audit, claims, k);
    let partitions = layout.row_partitions();
    let amount = |name: &str, pick: fn(&ClaimFacts) -> Option<i64>| -> Vec<Published<i64>> {
        let table = layout.measure_table(claims, |c| pick(c).is_some());
        let withheld = audit.suppress(name, &spec(&table, row_hidden.clone(), partitions.clone(), true), &pick);
        (0..layout.rows.len())
            .map(|r| {
                let values: Vec<i64> = layout.claims_of(r).filter_map(|i| pick(&claims[i])).collect();
                shown_if(!withheld[r] && enough(values.len(), k), || values.iter().fold(0i64, |a, v| a.saturating_add(*v)))
            })
            .collect()
    };
    let claimed = amount("claimed", |c| c.claimed);
    let awarded = amount("awarded", |c| c.awarded);
    let received = amount("received", |c| c.received);
    // Medians and shares are not sums, so no total of them pins another down; only their
    // change between releases must rest on k claims or more.
    let days_held = audit.changed_too_little("days", &days_to_decision);
    let timed_held = audit.changed_too_little("in_time", &decided_in_time);

    let mut rows: Vec<FigureRow> = Vec::with_capacity(layout.rows.len());
    for (r, key) in layout.rows.iter().enumerate() {
        let mine: Vec<&ClaimFacts> = layout.claims_of(r).map(|i| &claims[i]).collect();
        // An empty total is "fewer than k" too: the page says so rather than print a zero.
        let shown = !row_hidden[r] && enough(mine.len(), k);
        let by_status = if shown {
            states
                .iter()
                .enumerate()
                .filter_map(|(s, (state, table))| {
                    let n = table.group_n(r);
                    (n > 0).then(|| (*state, shown_if(!status_hidden[s][r], || n)))
                })
                .collect()
        } else {
            Vec::new()
        };
        let days: Vec<i64> = mine.iter().filter_map(|c| days_to_decision(c)).collect();
        let timed: Vec<bool> = mine.iter().filter_map(|c| decided_in_time(c)).map(|t| t == 1).collect();
        rows.push(FigureRow {
            key: key.clone(),
            claims: shown_if(shown, || mine.len() as u64),
            by_status,
            claimed: claimed[r].clone(),
            awarded: awarded[r].clone(),
            received: received[r].clone(),
            median_days_to_decision: shown_if(shown && !days_held[r] && enough(days.len(), k), || median(&days)),
            decided_in_time: shown_if(shown && !timed_held[r] && enough(timed.len(), k), || {
                timed.iter().filter(|&&t| t).count() as f64 / timed.len() as f64
            }),
        });
    }
    split(rows, k)
}

fn spec(table: &Table, withheld: Vec<bool>, partitions: Vec<(usize, Vec<usize>)>, protect_leaves: bool) -> HiddenLeaves<'_> {
    let n = table.groups.len();
    HiddenLeaves { table, private: vec![false; n], withheld, follows: vec![None; n], partitions, protect_leaves }
}

/// Which row counts and which status counts to withhold. Row counts: no small row, no small
/// combination and no withheld row can be worked out across the groupings. Status counts, per
/// state: no small cell and no withheld cell can be worked out across the rows; within a row,
/// withheld states are none or several adding up to at least k, so the row's count minus the
/// shown states gives nothing away. A row whose only state would be given away goes too, and
/// everything is worked out again until nothing more moves.
/// Rows withheld; each state with claims and its table; per state, rows whose count is withheld.
type CountSuppression = (Vec<bool>, Vec<(CaseState, Table)>, Vec<Vec<bool>>);

fn suppress_counts(audit: &Audit<'_>, claims: &[ClaimFacts], k: MinCell) -> CountSuppression {
    let layout = audit.layout;
    let r_len = layout.rows.len();
    let counts = layout.measure_table(claims, |_| true);
    let partitions = layout.row_partitions();
    let mut present: Vec<CaseState> = claims.iter().map(|c| c.state).collect();
    present.sort_by_key(|s| (layout::status_order(*s), *s));
    present.dedup();
    let states: Vec<(CaseState, Table)> = present.into_iter().map(|s| (s, layout.measure_table(claims, |c| c.state == s))).collect();
    let mut row_extra = vec![false; r_len];
    let mut status_extra = vec![vec![false; r_len]; states.len()];
    let suppress_state = |s: usize, row_hidden: &[bool], extra: &[bool]| {
        let withheld = (0..r_len).map(|r| row_hidden[r] || extra[r]).collect();
        let state = states[s].0;
        audit.suppress(&status_measure(state), &spec(&states[s].1, withheld, Vec::new(), false), &move |c: &ClaimFacts| {
            (c.state == state).then_some(1)
        })
    };
    let count_all = |_: &ClaimFacts| Some(1);
    let mut row_hidden = audit.suppress("claims", &spec(&counts, row_extra.clone(), partitions.clone(), true), &count_all);
    let mut status_hidden: Vec<Vec<bool>> = (0..states.len()).map(|s| suppress_state(s, &row_hidden, &status_extra[s])).collect();
    loop {
        // Only what moved is worked out again: each audit is the expensive part.
        let mut rows_moved = false;
        let mut states_moved = vec![false; states.len()];
        for r in (0..r_len).filter(|&r| !row_hidden[r]) {
            let n = |s: usize| states[s].1.group_n(r);
            let here: Vec<usize> = (0..states.len()).filter(|&s| n(s) > 0).collect();
            let hidden: Vec<usize> = here.iter().copied().filter(|&s| status_hidden[s][r]).collect();
            let sum: u64 = hidden.iter().map(|&s| n(s)).sum();
            if hidden.is_empty() || (hidden.len() >= 2 && sum >= u64::from(k.get())) {
                continue;
            }
            match here.iter().copied().filter(|&s| !status_hidden[s][r]).min_by_key(|&s| (n(s), s)) {
                Some(s) => {
                    status_extra[s][r] = true;
                    states_moved[s] = true;
                }
                None => {
                    row_extra[r] = true;
                    rows_moved = true;
                }
            }
        }
        if rows_moved {
            row_hidden = audit.suppress("claims", &spec(&counts, row_extra.clone(), partitions.clone(), true), &count_all);
            states_moved = vec![true; states.len()];
        }
        if !states_moved.contains(&true) {
            return (row_hidden, states, status_hidden);
        }
        for (s, moved) in states_moved.into_iter().enumerate() {
            if moved {
                status_hidden[s] = suppress_state(s, &row_hidden, &status_extra[s]);
            }
        }
    }
}

fn enough(n: usize, k: MinCell) -> bool {
    n >= k.get() as usize
}

fn shown_if<T>(show: bool, value: impl FnOnce() -> T) -> Published<T> {
    if show {
        Published::Shown(value())
    } else {
        Published::Suppressed
    }
}

/// Days from filing to decision; a decision dated before the filing is a typing error in a
/// register and would drag the median, so it is left out.
fn days_to_decision(c: &ClaimFacts) -> Option<i64> {
    let days = (c.decided_on? - c.filed_on?).whole_days();
    (days >= 0).then_some(days)
}

/// 1 when a decided claim was decided within the legal time, 0 when late; `None` undecided.
fn decided_in_time(c: &ClaimFacts) -> Option<i64> {
    Some(i64::from(c.decided_on? <= c.legal_due?))
}

fn status_measure(state: CaseState) -> String {
    format!("status:{}", state.code())
}

fn median(values: &[i64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_unstable();
    let mid = v.len() / 2;
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[mid] as f64,
        _ => (v[mid - 1] as f64 + v[mid] as f64) / 2.0,
    }
}

/// Every row of a set of figures, the total first.
pub fn rows_of(f: &Figures) -> impl Iterator<Item = &FigureRow> {
    std::iter::once(&f.total).chain(&f.by_collective).chain(&f.by_district).chain(&f.by_state).chain(&f.by_authority)
}

/// Sorts the rows into the groupings; keys within a grouping are already in order.
fn split(rows: Vec<FigureRow>, k: MinCell) -> Figures {
    let mut figures = Figures {
        k,
        total: empty_row(FigureKey::Total),
        by_collective: Vec::new(),
        by_district: Vec::new(),
        by_state: Vec::new(),
        by_authority: Vec::new(),
    };
    for row in rows {
        match row.key {
            FigureKey::Total => figures.total = row,
            FigureKey::Collective(_) => figures.by_collective.push(row),
            FigureKey::District(_) => figures.by_district.push(row),
            FigureKey::State(_) => figures.by_state.push(row),
            FigureKey::Authority(_) => figures.by_authority.push(row),
        }
    }
    figures
}

fn empty_row(key: FigureKey) -> FigureRow {
    FigureRow {
        key,
        claims: Published::Suppressed,
        by_status: Vec::new(),
        claimed: Published::Suppressed,
        awarded: Published::Suppressed,
        received: Published::Suppressed,
        median_days_to_decision: Published::Suppressed,
        decided_in_time: Published::Suppressed,
    }
}

/// A claim with only what the release tests vary: its token, collective and amount claimed.
#[cfg(test)]
pub(crate) fn test_claim(n: u8, collective: i64, claimed: Option<i64>) -> ClaimFacts {
    ClaimFacts {
        token: [n; 16],
        collective: crate::CollectiveId(collective),
        district: None,
        authority: None,
        state: CaseState::Filed,
        filed_on: None,
        decided_on: None,
        legal_due: None,
        claimed,
        awarded: None,
        received: None,
    }
}
