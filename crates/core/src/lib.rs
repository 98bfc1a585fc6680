//! Dhruva's domain: the types every layer shares, the access policy and the rules.
//!
//! This crate does no I/O and has no async: everything here is a pure function of its
//! inputs, so it can be tested exhaustively. Storage and the web translate to and from it.

pub mod cases;
pub mod clock;
pub mod consent;
pub mod geography;
pub mod ids;
pub mod minors;
pub mod offices;
pub mod phone;
pub mod policy;
pub mod registry;
pub mod research;
pub mod scorecard;
pub mod sensitive;
pub mod text;

pub use ids::{AccountId, CaseId, CollectiveId, CorrespondenceId, FederationId, InstitutionId, MemberId, PartnerOrgId, RoundId};
pub use sensitive::Sensitive;
