//! Citizen score cards: the institutions survivors rate, rounds of the community-score-card
//! cycle, her ratings, and the running tallies that aggregation reads.
//!
//! Privacy rule: her answers are sealed under HER data key (erasing her makes them noise),
//! and the running tally of each (round, institution) is one row sealed under a deployment
//! subkey. A stolen database therefore shows who took part in a round, never how anyone
//! rated. Audit rows name rounds, institutions and members — never a rating's values.

#[cfg(feature = "testing")]
mod bench_seed;
mod cycle;
mod import;
mod institutions;
mod ratings;
mod rounds;
pub mod snapshots;
mod tally;
mod templates;

pub use cycle::{GroupScores, Meeting, NewAction, PlanAction, MAX_SHORT_CHARS, MAX_TEXT_CHARS};
pub use import::{ImportOutcome, ImportProblem, RowError};
pub use institutions::{Institution, InstitutionFilter, NewInstitution, MAX_NAME_CHARS};
pub use ratings::{RatingAnswers, RatingMark, RatingOfHers};
pub use rounds::{NewRound, Round, MAX_TITLE_CHARS};
pub use snapshots::{FederationCard, RoundCard, SnapshotsMade};
pub use tally::Tallies;

use thiserror::Error;

/// Why a score card write was refused. Messages hold ids and codes, never a rating.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ScorecardError {
    #[error("no district has the code {0}")]
    UnknownDistrict(String),
    #[error("no score card template is called {0:?}")]
    UnknownTemplate(String),
    #[error("a round needs at least one institution")]
    NoInstitutions,
    #[error("the organising collective must be among the collectives taking part")]
    OrganiserNotTakingPart,
    #[error("the period must not end before it starts")]
    PeriodReversed,
    #[error("the previous round belongs to another organiser or does not exist")]
    UnknownPreviousRound,
    /// Someone else moved the round first (the page was stale).
    #[error("the round is {actual}, not {expected}")]
    StaleStatus { expected: &'static str, actual: &'static str },
    #[error("a published round is final")]
    AlreadyPublished,
    #[error("ratings are taken only while the round is open (it is {0})")]
    RoundNotOpen(&'static str),
    #[error("this step is recorded only while the round is open or closed (it is {0})")]
    StepNotNow(&'static str),
    #[error("the institution is not part of this round")]
    InstitutionNotInRound,
    #[error("the collective is not taking part in this round")]
    CollectiveNotTakingPart,
    #[error("she is not a current member of a collective taking part in this round")]
    NotTakingPart,
    #[error("the answers do not fit the round's template: {0}")]
    BadAnswers(String),
}

impl ScorecardError {
    /// A stable code, for translation keys and the API.
    pub fn code(&self) -> &'static str {
        match self {
            ScorecardError::UnknownDistrict(_) => "unknown_district",
            ScorecardError::UnknownTemplate(_) => "unknown_template",
            ScorecardError::NoInstitutions => "no_institutions",
            ScorecardError::OrganiserNotTakingPart => "organiser_not_taking_part",
            ScorecardError::PeriodReversed => "period_reversed",
            ScorecardError::UnknownPreviousRound => "unknown_previous_round",
            ScorecardError::StaleStatus { .. } => "stale_status",
            ScorecardError::AlreadyPublished => "already_published",
            ScorecardError::RoundNotOpen(_) => "round_not_open",
            ScorecardError::StepNotNow(_) => "step_not_now",
            ScorecardError::InstitutionNotInRound => "institution_not_in_round",
            ScorecardError::CollectiveNotTakingPart => "collective_not_taking_part",
            ScorecardError::NotTakingPart => "not_taking_part",
            ScorecardError::BadAnswers(_) => "bad_answers",
        }
    }
}
