//! Citizen score cards: the institutions survivors rate, the round they rate them in, and
//! the pure aggregation and small-cell suppression that decide what may be published.
//!
//! Nothing here knows where ratings are stored: callers hand in tallies (how many raters gave
//! each point of a scale) and get back statistics in which every cell that could expose a
//! rater is replaced by [`Published::Suppressed`].

use crate::registry::coded_enum;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub mod aggregate;
pub mod combine;
pub mod stats;
pub mod suppress;

coded_enum!(
    /// The kinds of duty bearer in the registry. Codes are translation keys
    /// (`institution-type-police_station`) and column values in imports.
    InstitutionType {
        Ahtu => "ahtu",
        PoliceStation => "police_station",
        WomenHelpDesk => "women_help_desk",
        Dlsa => "dlsa",
        Slsa => "slsa",
        Cwc => "cwc",
        ShelterHome => "shelter_home",
        Hospital => "hospital",
        LabourDepartment => "labour_department",
        LivelihoodsMission => "livelihoods_mission",
        BankBranch => "bank_branch",
        Court => "court",
        Other => "other",
    }
);

coded_enum!(
    /// Where a round is in the community-score-card cycle. Rating happens only while `Open`;
    /// the focus group, self-assessment, meeting and action plan while `Open` or `Closed`;
    /// `Published` is final and gives the round a public page.
    RoundStatus {
        Planned => "planned",
        Open => "open",
        Closed => "closed",
        Published => "published",
    }
);

impl RoundStatus {
    /// The one forward step from each status (a round never goes back: what members rated
    /// against, and what was published, stays as it was).
    pub fn next(self) -> Option<RoundStatus> {
        match self {
            RoundStatus::Planned => Some(RoundStatus::Open),
            RoundStatus::Open => Some(RoundStatus::Closed),
            RoundStatus::Closed => Some(RoundStatus::Published),
            RoundStatus::Published => None,
        }
    }
}

coded_enum!(
    /// Progress of one action agreed at the interface meeting.
    ActionStatus {
        Planned => "planned",
        InProgress => "in_progress",
        Done => "done",
        Dropped => "dropped",
    }
);

coded_enum!(
    /// Who attended an interface meeting, counted by role (never by name).
    AttendeeRole {
        Survivor => "survivor",
        Leader => "leader",
        Official => "official",
        Facilitator => "facilitator",
        Other => "other",
    }
);

/// The smallest number of raters a published cell may have. Default 5; never below 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MinCell(u32);

#[derive(Debug, Error, PartialEq, Eq)]
#[error("the minimum cell size must be at least {floor}, not {given}")]
pub struct MinCellTooSmall {
    pub given: u32,
    pub floor: u32,
}

impl MinCell {
    pub const FLOOR: u32 = 3;
    pub const DEFAULT: MinCell = MinCell(5);

    pub fn new(k: u32) -> Result<MinCell, MinCellTooSmall> {
        if k < Self::FLOOR {
            Err(MinCellTooSmall { given: k, floor: Self::FLOOR })
        } else {
            Ok(MinCell(k))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for MinCell {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A value as it may be published: shown, or withheld because it could expose a rater.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", content = "value", rename_all = "snake_case")]
pub enum Published<T> {
    Shown(T),
    Suppressed,
}

impl<T> Published<T> {
    pub fn shown(&self) -> Option<&T> {
        match self {
            Published::Shown(v) => Some(v),
            Published::Suppressed => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimum_cell_size_is_never_below_three() {
        assert!(MinCell::new(2).is_err());
        assert_eq!(MinCell::new(3).map(MinCell::get), Ok(3));
        assert_eq!(MinCell::default().get(), 5);
    }

    #[test]
    fn a_round_only_moves_forward() {
        let mut s = RoundStatus::Planned;
        let mut seen = vec![s];
        while let Some(n) = s.next() {
            s = n;
            seen.push(s);
        }
        assert_eq!(seen, RoundStatus::ALL);
    }
}
