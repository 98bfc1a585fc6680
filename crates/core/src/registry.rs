//! The registry: federation, collectives, partner organisations, members and memberships.

use crate::geography::DistrictCode;
use crate::ids::{CollectiveId, MemberId, PartnerOrgId};
use crate::phone::PhoneNumber;
use crate::Sensitive;
use serde::Serialize;
use thiserror::Error;
use time::Date;

/// Declares a closed set of values with a stable lower-case code for storage, URLs and
/// translation keys (`trafficking-kind-labour`), so the code, the database and the `.ftl`
/// files agree on one spelling.
macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use coded_enum;

coded_enum!(
    /// What the members of a collective survived. Shapes which schemes and laws apply.
    TraffickingKind {
        Sex => "sex",
        Labour => "labour",
        DomesticServitude => "domestic_servitude",
        Adoption => "adoption",
        OrganTrade => "organ_trade",
        Mixed => "mixed",
    }
);

coded_enum!(
    /// How far a collective has grown: a peer group becomes a collective, then may register.
    Stage {
        PeerGroup => "peer_group",
        Collective => "collective",
        RegisteredOrganisation => "registered_organisation",
    }
);

coded_enum!(
    /// An office a member may hold in her collective.
    OfficeTitle {
        President => "president",
        Secretary => "secretary",
        Treasurer => "treasurer",
        CoreTeam => "core_team",
    }
);

coded_enum!(
    /// Why a membership ended (issue 11): she moved to another collective (which one is kept
    /// with it), left, passed away, or another reason.
    MembershipEnd {
        Moved => "moved",
        Left => "left",
        PassedAway => "passed_away",
        Other => "other",
    }
);

coded_enum!(
    /// The languages Dhruva speaks. More can be added with a translation file and a variant.
    Language {
        English => "en",
        Bengali => "bn",
        Hindi => "hi",
        Telugu => "te",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Federation {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartnerOrg {
    pub id: PartnerOrgId,
    pub name: String,
    pub district: Option<DistrictCode>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Collective {
    pub id: CollectiveId,
    pub name: String,
    pub kind: TraffickingKind,
    pub stage: Stage,
    pub district: DistrictCode,
    pub founded_on: Option<Date>,
    pub partners: Vec<PartnerOrgId>,
}

/// A member's dated place in a collective. Ended memberships stay, for history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Membership {
    pub collective: CollectiveId,
    pub since: Date,
    pub until: Option<Date>,
    pub office: Option<OfficeTitle>,
}

impl Membership {
    pub fn is_current(&self, today: Date) -> bool {
        self.since <= today && self.until.is_none_or(|until| today < until)
    }
}

/// What anyone allowed to see a member at all may see: no name, no contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberSummary {
    pub id: MemberId,
    /// Pseudonymous code such as `M-7K3Q9H`, safe to say aloud or write on paper.
    pub code: String,
    pub languages: Vec<Language>,
    pub memberships: Vec<Membership>,
}

/// The fields that identify or endanger her. Encrypted at rest; every read by someone else
/// is audited.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MemberPersonal {
    pub name: Sensitive<String>,
    pub phone: Option<Sensitive<String>>,
    pub birth_year: Option<Sensitive<i32>>,
    pub notes: Option<Sensitive<String>>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MemberInputError {
    #[error("her name is needed")]
    NameMissing,
    #[error("a name is at most 200 characters")]
    NameTooLong,
    #[error("{0}")]
    Phone(#[from] crate::phone::PhoneError),
    #[error("the year of birth must be between 1900 and this year")]
    BirthYear,
    #[error("notes are at most 5000 characters")]
    NotesTooLong,
    /// A NUL or another control character no keyboard types, in her name or notes.
    #[error("{0} holds a character no keyboard types")]
    Control(&'static str),
}

/// Personal fields as typed into a form or an API call, checked once here.
pub fn parse_personal(
    name: &str,
    phone: Option<&str>,
    birth_year: Option<i32>,
    notes: Option<&str>,
    this_year: i32,
) -> Result<MemberPersonal, MemberInputError> {
    // Cleaned as every text she types is (NFC, invisible ends trimmed; NUL refused).
    let name = crate::text::clean(name).map_err(|_| MemberInputError::Control("name"))?;
    if name.is_empty() {
        return Err(MemberInputError::NameMissing);
    }
    if name.chars().count() > 200 {
        return Err(MemberInputError::NameTooLong);
    }
    let phone = match phone.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(Sensitive::new(PhoneNumber::parse(p)?.canonical().to_owned())),
        None => None,
    };
    if let Some(year) = birth_year {
        if !(1900..=this_year).contains(&year) {
            return Err(MemberInputError::BirthYear);
        }
    }
    let notes = notes.map(crate::text::clean).transpose().map_err(|_| MemberInputError::Control("notes"))?;
    let notes = notes.filter(|n| !n.is_empty());
    if notes.as_ref().is_some_and(|n| n.chars().count() > 5000) {
        return Err(MemberInputError::NotesTooLong);
    }
    Ok(MemberPersonal { name: Sensitive::new(name), phone, birth_year: birth_year.map(Sensitive::new), notes: notes.map(Sensitive::new) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_nul_in_her_name_or_notes_is_refused_and_invisible_ends_are_trimmed() {
        assert_eq!(parse_personal("Rupa\0", None, None, None, 2026).err(), Some(MemberInputError::Control("name")));
        assert_eq!(parse_personal("Rupa", None, None, Some("a\0b"), 2026).err(), Some(MemberInputError::Control("notes")));
        assert_eq!(parse_personal("\u{200B}\u{200F}", None, None, None, 2026).err(), Some(MemberInputError::NameMissing));
        let p = parse_personal("\u{200F}রূপা ", None, None, Some("\u{FEFF}"), 2026).expect("valid");
        assert_eq!(p.name.expose(), "রূপা");
        assert!(p.notes.is_none(), "notes of only invisible characters are no notes");
    }

    #[test]
    fn codes_round_trip() {
        for kind in TraffickingKind::ALL {
            assert_eq!(TraffickingKind::from_code(kind.code()), Some(*kind));
        }
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(*stage));
        }
        assert_eq!(Language::from_code("bn"), Some(Language::Bengali));
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn a_membership_ends_on_its_until_date() {
        let m = Membership { collective: CollectiveId(1), since: date!(2020 - 01 - 01), until: Some(date!(2024 - 06 - 01)), office: None };
        assert!(m.is_current(date!(2024 - 05 - 31)));
        assert!(!m.is_current(date!(2024 - 06 - 01)));
        assert!(!m.is_current(date!(2019 - 12 - 31)));
    }

    #[test]
    fn personal_fields_are_checked_and_normalised() {
        let p = parse_personal(" Rupa ", Some("+91 98300 12345"), Some(1995), Some(""), 2026).expect("valid");
        assert_eq!(p.name.expose(), "Rupa");
        assert_eq!(p.phone.as_ref().map(|p| p.expose().as_str()), Some("9830012345"));
        assert_eq!(p.notes, None);
        assert_eq!(parse_personal("  ", None, None, None, 2026), Err(MemberInputError::NameMissing));
        assert_eq!(parse_personal("A", None, Some(2030), None, 2026), Err(MemberInputError::BirthYear));
        assert!(matches!(parse_personal("A", Some("123"), None, None, 2026), Err(MemberInputError::Phone(_))));
    }
}
