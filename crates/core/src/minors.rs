//! Members under 18: what may be kept about a minor before a guardian has consented.
//!
//! Until a guardian's consent is recorded (who, relation, how it was verified), Dhruva keeps
//! only the minimum that lets her collective count her in: her code, her name and her
//! membership. Her phone, year of birth and notes, and every consent to a use of her data,
//! wait for the guardian. The store asks [`may_hold`] before every such write.

use crate::consent::Purpose;
use crate::registry::coded_enum;
use thiserror::Error;
use time::Date;

/// The age below which a guardian's consent is needed (Indian law: a child is under 18).
pub const AGE_OF_MAJORITY: i32 = 18;

/// Whether someone born in `birth_year` may still be under 18 on `today`.
///
/// A year of birth cannot tell whether her birthday has passed, so she counts as a minor
/// until the year in which she certainly turned 18 is over: protection errs on her side.
pub fn may_be_minor(birth_year: i32, today: Date) -> bool {
    today.year() - birth_year <= AGE_OF_MAJORITY
}

coded_enum!(
    /// Who the guardian is to her.
    GuardianRelation {
        Mother => "mother",
        Father => "father",
        Grandparent => "grandparent",
        Sibling => "sibling",
        OtherRelative => "other_relative",
        LegalGuardian => "legal_guardian",
        ChildWelfareCommittee => "child_welfare_committee",
    }
);

coded_enum!(
    /// How the person recording it made sure the guardian is who they say.
    GuardianVerification {
        IdentityDocument => "identity_document",
        KnownToCollective => "known_to_collective",
        CourtOrCwcOrder => "court_or_cwc_order",
        OtherWitnessed => "other_witnessed",
    }
);

/// Something beyond the minimum that the store is asked to keep about her.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holding {
    Phone,
    BirthYear,
    Notes,
    Consent(Purpose),
}

/// What is known about her age and her guardian, as of the write being checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MinorStatus {
    /// Registered as under 18 (explicitly, or from her year of birth).
    pub needs_guardian: bool,
    /// A guardian's consent is recorded and not withdrawn.
    pub guardian_consented: bool,
}

/// Refusal: her guardian must consent first. Names nothing personal.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[error("she is under 18: a guardian's consent must be recorded before {0:?} is kept")]
pub struct GuardianConsentNeeded(pub Holding);

/// Whether `what` may be kept about her now.
pub fn may_hold(status: MinorStatus, what: Holding) -> Result<(), GuardianConsentNeeded> {
    if status.needs_guardian && !status.guardian_consented {
        // Every purpose opens her data to someone else, and every detail beyond her name
        // can find her: none of it without the guardian.
        return Err(GuardianConsentNeeded(what));
    }
    Ok(())
}

/// The first of several holdings that may not be kept, if any.
pub fn first_refused(status: MinorStatus, what: &[Holding]) -> Option<GuardianConsentNeeded> {
    what.iter().find_map(|w| may_hold(status, *w).err())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2025 - 06 - 01);

    #[test]
    fn she_counts_as_a_minor_until_the_year_she_certainly_turned_18_is_over() {
        assert!(may_be_minor(2010, TODAY));
        assert!(may_be_minor(2007, TODAY), "18 this year: her birthday may not have come yet");
        assert!(!may_be_minor(2006, TODAY), "19 this year: certainly 18 by now");
        assert!(!may_be_minor(1990, TODAY));
    }

    #[test]
    fn without_a_guardian_only_the_minimum_is_kept() {
        let minor = MinorStatus { needs_guardian: true, guardian_consented: false };
        for what in [Holding::Phone, Holding::BirthYear, Holding::Notes].into_iter().chain(Purpose::ALL.iter().map(|p| Holding::Consent(*p))) {
            assert_eq!(may_hold(minor, what), Err(GuardianConsentNeeded(what)), "{what:?}");
        }
    }

    #[test]
    fn with_a_guardians_consent_or_as_an_adult_everything_may_be_kept() {
        let with_guardian = MinorStatus { needs_guardian: true, guardian_consented: true };
        let adult = MinorStatus::default();
        for status in [with_guardian, adult] {
            assert_eq!(first_refused(status, &[Holding::Phone, Holding::Consent(Purpose::Research)]), None);
        }
    }

    #[test]
    fn the_first_refused_holding_is_named() {
        let minor = MinorStatus { needs_guardian: true, guardian_consented: false };
        assert_eq!(first_refused(minor, &[]), None);
        assert_eq!(first_refused(minor, &[Holding::Notes, Holding::Phone]), Some(GuardianConsentNeeded(Holding::Notes)));
    }

    #[test]
    fn relation_and_verification_codes_round_trip() {
        for r in GuardianRelation::ALL {
            assert_eq!(GuardianRelation::from_code(r.code()), Some(*r));
        }
        for v in GuardianVerification::ALL {
            assert_eq!(GuardianVerification::from_code(v.code()), Some(*v));
        }
    }
}
