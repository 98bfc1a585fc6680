//! Figures published as dated releases over data that keeps changing.
//!
//! INTERIM: the signatures are fixed (docs/PRIVACY-CONTRACT.md); the cross-release audit is
//! being written. Until then `release` is the single-release build and records nothing.

use super::{build, ClaimFacts, Figures};
use crate::scorecard::MinCell;
use serde::{Deserialize, Serialize};

/// Stable per claim and opaque: the store derives it from the case with a keyed hash.
pub type ClaimToken = [u8; 16];

/// What one release published and over which contributions. Private: the store seals it,
/// and only the next release's audit reads it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReleaseRecord {}

/// The figures for a new release, suppressed together with every release before it
/// (`earlier`, oldest first), and the record the releases after it must be audited against.
pub fn release(claims: &[ClaimFacts], k: MinCell, earlier: &[ReleaseRecord]) -> (Figures, ReleaseRecord) {
    let _ = earlier;
    (build(claims, k), ReleaseRecord::default())
}
